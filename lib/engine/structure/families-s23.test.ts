/**
 * One table per family from session 23's look at the layouts (issue 15, data/layouts/dev-extra-s.jsonl): the agent's own
 * lines that start like a mail header's fields ("From: us, …", "To: confirm …"), a letter's salutation in the customer's
 * language over a generic addressee in lower case ("Estimado cliente,"), and the agent's last lines glued to the body
 * with no name over them ("Book on 0161 …"). Each row another shape of the family, none of them from the batch, with
 * rows of the theirs that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isFieldLine, isGreetingLine, isHeaderFrom } from './patterns';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('the agent’s lines that start with a header’s label', () => {
  it.each([
    ['a delivery’s from and date', 'Here is the plan for your move:\nFrom: our Leeds depot at 7 am\nDate: Friday 11 December\nWe will ring when the van leaves.'],
    ['hours after "From:"', 'Our new opening hours start next week.\nFrom: 9 am on weekdays, 10 am on Saturdays\nSent: your new card, by post today\nIt should arrive by Monday.'],
    ['"From:" in lower case with a subject line', 'Two things changed on your account:\nFrom: now on, statements come by email\nSubject: to your approval, we moved the direct debit to the 5th\nTell me if either is a problem.'],
    ['a German label over the agent’s words', 'Kurz zusammengefasst:\nVon: uns bekommen Sie eine Gutschrift\nDatum: Freitag, 11. Dezember\nMelden Sie sich gern bei Fragen.'],
  ])('keeps %s as the agent’s', (_, body) => {
    const text = `Hi Ana,\n\n${body}\n\nBest,\nTom`;
    expect(misreadLines({ id: 'from', text, notAgentText: [] })).toEqual([]);
  });

  it.each([
    ['a name', 'From: Ana Costa'],
    ['an address in lower case', 'From: ana.costa@example.com'],
    ['a name in a script without case', 'From: 王芳'],
    ['a quoted name', 'From: "Acme Support" <help@acme.example>'],
    ['a bold label', '**From:** Ana Costa'],
  ])('still reads a header’s "From:" line with %s', (_, line) => {
    expect(isHeaderFrom(line)).toBe(true);
  });

  it.each(['From: us, the new plan by Monday', 'From: 9 am on Friday', 'From the logs: the job failed at 02:14', 'To: do list for Friday'])(
    'reads %s as no header line',
    (line) => {
      expect(isHeaderFrom(line)).toBe(false);
    },
  );

  it('still reads an Outlook header with names only as history', () => {
    const header = 'From: Ana Costa\nSent: Monday, 30 November 2026 10:02\nTo: Support\nSubject: Refund\n\nWhere is my refund?';
    const text = `Hi Ana,\n\nYour refund left today.\n\nBest,\nTom\n\n${header}`;
    expect(misreadLines({ id: 'header', text, notAgentText: [header] })).toEqual([]);
  });

  it.each([
    ['a label over the agent’s sentence', 'Next: we reprint all 2,000 flyers on Friday morning', false],
    ['a label over a plan in lower case', 'To: confirm the final headcount with the caterer by Friday', false],
    ['a short value in lower case', 'Driver: assigned on the day', true],
    ['an order’s value', 'Status: Dispatched', true],
  ])('reads %s as a field: %s', (_, line, field) => {
    expect(isFieldLine(line)).toBe(field);
  });
});

describe('a letter’s salutation in the customer’s language over a generic addressee', () => {
  it.each([
    ['Spanish', 'Estimada clienta,'],
    ['Italian', 'Gentile cliente,'],
    ['Italian, formal', 'Spettabile ditta,'],
    ['German', 'Sehr geehrte Damen und Herren,'],
    ['French', 'Chère cliente,'],
    ['French, formal', 'Madame, Monsieur,'],
    ['Portuguese', 'Prezado cliente,'],
    ['Dutch', 'Geachte heer/mevrouw,'],
    ['Polish', 'Dzień dobry,'],
    ['Danish', 'Kære kunde,'],
    ['Spanish with a colon', 'Estimados clientes:'],
  ])('reads the %s salutation as the greeting', (_, greeting) => {
    const text = `${greeting}\n\nYour order left our warehouse today and arrives on Friday.\n\nBest regards,\nAnna`;
    expect(kindOf(text, greeting)).toBe('greeting');
    expect(kindOf(text, 'Your order')).toBe('body');
  });

  it.each([
    ['an English line that starts with "Care"', 'Care instructions: wash at 30 degrees.'],
    ['a name that starts like a salutation', "Cara's order left today."],
    ['a place that starts like one', 'Madame Tussauds tickets are sold out this week.'],
  ])('keeps %s as no greeting', (_, line) => {
    expect(isGreetingLine(line, line.length)).toBe(false);
  });
});

describe('the agent’s last lines glued to the body, with no name over them', () => {
  it.each([
    ['a booking line with a phone', 'Viewings run from 10 to 4 on Saturdays.\nBook a slot on 0113 496 0555'],
    ['a reference and an instruction', 'Your claim was registered this morning.\nClaim number: CL-448120\nQuote this when you call us'],
    ['a link and an instruction', 'The form is online now.\nFill it in at forms.example/transfer before Friday'],
  ])('keeps %s as the agent’s', (_, body) => {
    const text = `Hi Sam,\n\n${body}`;
    expect(misreadLines({ id: 'glued', text, notAgentText: [] })).toEqual([]);
  });

  it.each([
    ['a company and its phone', 'Acme Lettings | 0113 496 0555'],
    ['a name with pronouns', 'Jo Park (they/them)'],
    ["a logo's alt text", '[image: Acme Lettings logo]'],
    ['a social line', 'Follow us on Instagram @acmelettings'],
    ['a registration line', 'Registered in England and Wales no. 01234567'],
  ])('still reads %s glued under the body as theirs', (_, line) => {
    const text = `Hi Sam,\n\nViewings run from 10 to 4 on Saturdays.\n${line}`;
    expect(skipped(text, line)).toBe(true);
    expect(kindOf(text, 'Viewings')).toBe('body');
  });
});

describe('a phone’s or a helpdesk’s line under a reply with no sign-off', () => {
  const reply = 'Hi Jan,\n\nYour replacement left our warehouse today and should reach you by Thursday.';
  it.each([
    ['Finnish', 'Lähetetty iPhonesta'],
    ['Slovenian', 'Poslano z mojega iPhona'],
    ['Romanian', 'Trimis de pe iPhone'],
    ['Catalan', 'Enviat des del meu iPhone'],
    ['Indonesian', 'Dikirim dari Samsung Galaxy saya'],
    ['Hungarian', 'iPhone-ról küldve'],
    ['a helpdesk marker between arrows', '↑ Please reply above this line ↑'],
    ['a helpdesk marker after a pointing hand', '👆 Reply above this line to answer'],
  ])('reads the %s line as theirs', (_, line) => {
    const text = `${reply}\n\n${line}`;
    expect(skipped(text, line)).toBe(true);
    expect(kindOf(text, 'Your replacement')).toBe('body');
  });

  it.each([
    ['a sentence about the phone', 'Restart your iPhone and try again.'],
    ['a Finnish word in a sentence', 'Lähetetty paketti saapuu torstaina, kiitos kärsivällisyydestä.'],
  ])('keeps %s as the agent’s', (_, line) => {
    const text = `${reply}\n\n${line}`;
    expect(kindOf(text, line)).toBe('body');
  });
});

describe('a reply is never only a greeting over a signature', () => {
  it.each([
    ['a table between bars and a short last sentence', "Here's your order:\n\nItem | Qty | Price\nRouter X2 | 1 | £89\n\nIt ships today.\n\nLee"],
    ['a short sentence under fields between bars', 'Your new plan:\nBroadband | 500 Mb | £32\nStarts Monday.\n\nLee'],
    ['a lead and a contact line of the agent’s', 'Call me directly:\n0161 496 0555\nI’m in all week.\n\nPriya'],
  ])('keeps %s as the agent’s, and the name under it signs', (_, body) => {
    const text = `Hi Kim,\n\n${body}`;
    const name = body.slice(body.lastIndexOf('\n') + 1);
    expect(misreadLines({ id: 'only-greeting', text, notAgentText: [] })).toEqual([]);
    expect(kindOf(text, name)).toBe('sign-off');
  });

  it('still reads a signature block under the agent’s last sentence', () => {
    const text = 'Hi Kim,\n\nIt ships today.\nLee Park | Support | 0800 123 456';
    expect(kindOf(text, 'Lee Park')).toBe('signature');
    expect(kindOf(text, 'It ships')).toBe('body');
  });
});

describe('a signature’s name that starts like a greeting, under a reply with no greeting', () => {
  // A name with its pronouns is signature; a name alone on top of a block with no valediction signs the reply (the
  // documented conventions, data/layouts/README.md).
  it.each([
    ['pronouns and a company', 'Ola Nowak (she/her)\nCustomer Care · Brightline', 'Ola Nowak (she/her)\nCustomer Care · Brightline'],
    ['a title with a bar', 'Hei Lun\nSupport Lead | Fjord Outdoor', 'Support Lead | Fjord Outdoor'],
    ['a phone under it', 'Ola Berg\nT: 0161 496 0555', 'T: 0161 496 0555'],
  ])('reads the block with %s as a signature, and the reply above it as the agent’s', (_, block, theirs) => {
    const text = `Your refund is on its way and should land by Friday.\n\n${block}`;
    expect(misreadLines({ id: 'ola', text, notAgentText: [theirs] })).toEqual([]);
    expect(kindOf(text, 'Your refund')).toBe('body');
  });

  it('still reads a heading above a greeting as theirs', () => {
    const text = 'PRIVATE & CONFIDENTIAL\n\nOla Maria,\n\nYour refund is on its way.\n\nBest,\nTom';
    expect(kindOf(text, 'PRIVATE')).toBe('footer');
  });
});

describe('an earlier message under a reply with no sign-off, headed in words', () => {
  const reply = "Hi Sam,\n\nSorry for the trouble with the delivery. I've rebooked it for Friday morning and I'll text you when the van leaves.";
  const message = 'This is ridiculous, you people never listen. I demand a refund immediately!';
  it.each([
    ['an original message with its sender and date', `Original message from Sam Lee (3 Dec 2026):\n    ${message}`],
    ['a colleague’s earlier reply with its date', 'Previous reply from our team, 2 Dec 2026:\nUnfortunately we cannot rebook deliveries.'],
    ['a last e-mail with its time', `Last email from Sam, 10:12 this morning:\n${message}`],
    ['a ticket’s history', `Ticket history\nSam Lee · 3 Dec 2026, 10:12\n${message}`],
    ['a case thread with a colon', `Case thread:\n${message}`],
    ['an attribution with a weekday', `Sam Lee wrote on Thursday:\n${message}`],
    ['an automatic translation’s note', `[Automatically translated from German]\n${message}`],
    ['a machine translation’s note', `(Machine translated from Polish)\n${message}`],
  ])('reads %s as theirs', (_, theirs) => {
    const text = `${reply}\n\n${theirs}`;
    expect(misreadLines({ id: 'history', text, notAgentText: [theirs] })).toEqual([]);
  });

  it.each([
    ['a plan after earlier messages', 'Previous messages aside, here is the plan:\nThe van comes on Friday.'],
    ['the agent’s own note on a weekday', 'I wrote to the depot on Thursday and they confirmed:\nThe van comes on Friday.'],
    ['a history the agent tells', 'Ticket history shows two failed attempts, so I escalated it.'],
  ])('keeps %s as the agent’s', (_, body) => {
    const text = `${reply}\n\n${body}`;
    expect(misreadLines({ id: 'own', text, notAgentText: [] })).toEqual([]);
  });
});

describe('the customer’s message named by their name over it', () => {
  const message = 'This is ridiculous, you people never listen. I demand a refund!';
  it.each([
    ['with a translation note', "Sam's message (translated from Spanish):"],
    ['an e-mail', 'Ana’s email:'],
    ['a question', "Priya's question:"],
  ])('reads the message under %s as theirs', (_, header) => {
    const theirs = `${header}\n${message}`;
    const text = `Hi Sam,\n\nSorry about that! I've rebooked your delivery for Friday morning.\n\n${theirs}`;
    expect(misreadLines({ id: 'named', text, notAgentText: [theirs] })).toEqual([]);
  });

  it("keeps the agent's line that names someone's message and goes on", () => {
    const text = "Hi Sam,\n\nAna's message: we got it and it's fixed.\n\nBest,\nTom";
    expect(kindOf(text, "Ana's message")).toBe('body');
  });
});
