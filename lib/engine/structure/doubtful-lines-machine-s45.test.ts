import { describe, expect, it } from 'vitest';
import { doubtfulSpans } from './doubtful-lines';
import { readStructure } from './read-structure';

const doubted = (text: string, customerMessage?: string) =>
  doubtfulSpans(text, readStructure(text, { customerMessage }), customerMessage).map(([s, e]) => text.slice(s, e).trim());
/** The line is kept from the rules: read as a part that is not the agent's prose, or doubted by the net. */
const readPast = (text: string, line: string) => {
  const at = text.indexOf(line);
  const kind = readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
  return (kind !== 'body' && kind !== 'list-item') || doubted(text).includes(line);
};

describe('doubtful lines: lines whose shape only a machine writes (session 45)', () => {
  it('doubts a signature’s fields set apart by bars under the body', () => {
    const text = 'Hi Lea,\n\nYour parcel left today and arrives on Friday.\n\nOmar Saleh | Support Lead | Ext. 210 | Tue–Sat\nRecipients must reply through the portal.';
    expect(doubted(text)).toContain('Omar Saleh | Support Lead | Ext. 210 | Tue–Sat');
  });

  it('doubts a ticket’s labelled line glued under its field block, not one that talks to the customer', () => {
    const fields = 'Hello,\n\nThe credit was added. It shows in 3 days.\n\nStatus: Waiting on client\nAssigned to: Tier 1\nSLA: 24h\nRemark: client must send the receipt first';
    // Session 46: the structure pass reads the note with the fields; the net doubts it where the pass leaves it as prose.
    expect(readPast(fields, 'Remark: client must send the receipt first')).toBe(true);
    const told = 'Hello,\n\nThe credit was added. It shows in 3 days.\n\nStatus: Waiting on client\nAssigned to: Tier 1\nSLA: 24h\nRemark: you can send the receipt any time';
    expect(doubted(told)).not.toContain('Remark: you can send the receipt any time');
  });

  it('doubts an app’s receipt or event line the pass left inside the agent’s text (at the edges it reads them itself)', () => {
    const text = 'Hi Rui, sorry about the mix-up.\nTag refund added by automation\nI’ve moved your booking to 3pm.\nSeen 09:14\nAnything else I can do?';
    const spans = doubted(text);
    expect(spans).toContain('Tag refund added by automation');
    expect(spans.some((s) => s.includes('moved your booking'))).toBe(false);
  });

  it('doubts nothing when the machine-shaped line is all the agent wrote', () => {
    expect(doubted('Order shipped by courier')).toEqual([]);
  });

  it('leaves the agent’s own lines alone: a bar in a sentence, a labelled line that speaks to the customer, a P.S.', () => {
    expect(doubted('Hi Ann,\n\nPick A | B | C and I’ll set it up today.')).toEqual([]);
    expect(doubted('Hi Ann,\n\nNote: your refund is on its way.\nStatus: sent today.')).toEqual([]);
    expect(doubted('Hi Ann,\n\nYour kettle is on its way.\n\nBest wishes,\nTom\n\nP.S. The spare lid is in the box too.')).toEqual([]);
  });

  it('doubts prose under an app’s notice that the agent left, unless it speaks as "I"', () => {
    const left = 'Hi Omar, Lisa here. I’ve removed the late fee.\nLisa left the chat\nPlease rate this conversation. Your feedback is required.';
    // Session 46: glued under the notice, the structure pass reads it as the app's; the net doubts what the pass leaves.
    expect(readPast(left, 'Please rate this conversation. Your feedback is required.')).toBe(true);
    const apart = 'Hi Omar, Lisa here. I’ve removed the late fee.\nLisa left the chat\n\nPlease rate this conversation. Your feedback is required.';
    expect(doubted(apart)).toContain('Please rate this conversation. Your feedback is required.');
    const own = 'Hi Omar, Lisa here. I’ve removed the late fee.\nLisa left the chat\nSorry, I’m back: the refund is done too.';
    expect(doubted(own)).toEqual([]);
  });
});

const read = (text: string) => readStructure(text).parts.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`);

describe('the structure pass: machine-written lines it reads as theirs (session 45)', () => {
  it('reads WhatsApp’s clock-then-date turns above the reply as quoted', () => {
    const text = '[09:41, 12/11/2026] Ken: the mixer is still not here\n[09:44, 12/11/2026] Ken: anyone??\n\nHi Ken, sorry for the wait. It left the depot this morning.';
    expect(read(text)[0]).toBe('quote:[09:41, 12/11/2026] Ken: the mixer is still not here\n[09:44, 12/11/2026] Ken: anyone??');
  });

  it('reads a helpdesk app’s "Sent from <App> mobile" as its line, and "Sent from our Leeds depot" as the agent’s', () => {
    expect(read('Hi Jo, your refund went back to your card today.\n\nSent from Gladly mobile')).toContain('signature:Sent from Gladly mobile');
    expect(read('Hi Jo, your parcel is on its way.\n\nSent from our Leeds depot')).toContain('body:Sent from our Leeds depot');
  });

  it('reads a mail scanner’s "was checked for viruses" line as a footer under the signed name', () => {
    const text = 'Hi Ben,\n\nI’ve fixed the meter reading.\n\nKind regards,\nAsha (she/her)\n\nThis email was checked for viruses by NetGuard. Users are responsible for their own devices.';
    expect(read(text).at(-1)).toBe('footer:This email was checked for viruses by NetGuard. Users are responsible for their own devices.');
  });
});
