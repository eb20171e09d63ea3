import { describe, expect, it } from 'vitest';
import { doubtfulSpans } from './doubtful-lines';
import { readStructure } from './read-structure';

const doubted = (text: string, customerMessage?: string) =>
  doubtfulSpans(text, readStructure(text, { customerMessage }), customerMessage).map(([s, e]) => text.slice(s, e).trim());

describe('doubtful lines: lines whose shape only a machine writes (session 45)', () => {
  it('doubts a signature’s fields set apart by bars under the body', () => {
    const text = 'Hi Lea,\n\nYour parcel left today and arrives on Friday.\n\nOmar Saleh | Support Lead | Ext. 210 | Tue–Sat\nRecipients must reply through the portal.';
    expect(doubted(text)).toContain('Omar Saleh | Support Lead | Ext. 210 | Tue–Sat');
  });

  it('doubts a ticket’s labelled line glued under its field block, not one that talks to the customer', () => {
    const fields = 'Hello,\n\nThe credit was added. It shows in 3 days.\n\nStatus: Waiting on client\nAssigned to: Tier 1\nSLA: 24h\nRemark: client must send the receipt first';
    expect(doubted(fields)).toContain('Remark: client must send the receipt first');
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
    // A line naming the chat's machinery there is read as the app's outright since session 53 (after-chat-ended.ts).
    const left = 'Hi Omar, Lisa here. I’ve removed the late fee.\nLisa left the chat\nPlease take a moment to tell us how we did today.';
    expect(doubted(left)).toContain('Please take a moment to tell us how we did today.');
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
