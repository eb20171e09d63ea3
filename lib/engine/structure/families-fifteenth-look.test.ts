/**
 * One table per family from the fifteenth look (issue 15): the 47 dev layout replies with a line on the wrong side, sorted
 * by family (data/layouts/README.md), and a tune batch (data/layouts/dev-extra-o.jsonl). Fixed by general cues: a
 * right-to-left line's invisible direction mark is no part of the line, a pasted chat's own lines (a framed end notice,
 * a clock between a speaker and the colon, an app's heading, a lead that names the chat, "speaker · clock" pairs mid-reply),
 * a quote bar typed as "| ", a statement's next clause, a dashed sign-off that is the name itself, and the postscripts and
 * the signature under them. Each row another shape of the family, and rows of the agent's own words that look alike.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { continuesStatement, isChatNotice, isCompanyWithMotto, isQuoteMarked, isTranscriptHeading, signOffCarriesName, speakerLabel } from './patterns';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('a right-to-left header line that starts with a direction mark', () => {
  it.each([
    ['Arabic Outlook', '\u200fمن: عمر حسن <omar@example.ae>\n\u200fتاريخ: الأربعاء، 5 مارس 2025\n\u200fإلى: support@example.com\n\u200fالموضوع: حجز'],
    ['Hebrew Outlook', '\u200fמאת: דנה כהן <dana@example.co.il>\n\u200fנשלח: יום ד׳ 5 במרץ 2025\n\u200fאל: support@example.com\n\u200fנושא: החזר'],
  ])('reads each line of the %s header as the history it is (the measure starts at the first visible character)', (_, header) => {
    const text = `Hi,\n\nYour refund is on its way today.\n\nBest,\nYael\n\n${header}\n\nWhere is my refund?`;
    const notAgentText = [`${header}\n\nWhere is my refund?`];
    expect(misreadLines({ id: 'rtl', text, notAgentText })).toEqual([]);
  });

  it('still counts a line the agent wrote with a mark in front of it as the agent’s', () => {
    const text = 'Hi Omar,\n\n\u200fYour refund is on its way today.\n\nBest,\nLayla';
    expect(misreadLines({ id: 'rtl-agent', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a chat pasted into an e-mail', () => {
  const reply = (middle: string) => `Hi Ana,\n\nHere is the chat, as promised:\n\n${middle}\n\nYour parcel went out at 4, and the tracking link is in your inbox.\n\nBest,\nTom`;

  it.each([
    ['a clock between speaker and colon', 'Tom (Dispatch) 09:41: Your parcel is at the depot.\nAna 09:42: can you send it today?\nTom (Dispatch) 09:43: Yes, it goes out at 4.'],
    ['speaker · clock pairs mid-reply', 'Tom · 09:41\nYour parcel is at the depot.\nAna · 09:42\ncan you send it today?'],
    ['an app’s heading over the turns', 'Messenger · Acme Support\nAcme Support: Your parcel is at the depot\nYou: can you send it today?\nAcme Support: Yes, at 4'],
    ['an app’s chat heading', 'WhatsApp chat with Acme Support\n[02/12/2026, 11:20] Ana: can you send it today?\n[02/12/2026, 11:24] Acme Support: Yes, at 4'],
    ['a lead that names the chat over one turn', 'From the chat on 30/11:\nSupport Agent: Your parcel will go out within 24 hours.'],
    ['a one-word "Livechat" heading over two turns', 'Livechat transcript\nAna: can you send it today?\nTom: yes, at 4'],
    ['a framed end notice', '--- Conversation started 1 Dec 2026 ---\nVisitor: hello? is my parcel coming\nAgent: Hi, can you confirm your order number?\nVisitor: 44120938\n--- Conversation ended by agent ---'],
  ])('reads %s as theirs, and the agent’s answer under it as the agent’s', (_, chat) => {
    const text = reply(chat);
    for (const line of chat.split('\n')) expect(skipped(text, line)).toBe(true);
    expect(kindOf(text, 'Here is the chat')).toBe('body');
    expect(kindOf(text, 'Your parcel went out')).toBe('body');
  });

  it('keeps the agent’s own words that look alike', () => {
    // A lead about a chat over the agent's own sentence, and a timed plan of the agent's.
    const text = 'Hi Ana,\n\nFrom the chat on 30/11:\nI can see you asked for a refund, and it went out today.\n\nTom 09:41 is when I checked.\n\nBest,\nTom';
    expect(kindOf(text, 'I can see')).toBe('body');
    expect(kindOf(text, 'Tom 09:41')).toBe('body');
  });

  // The shapes one by one: a chat's notice, a transcript's heading, a turn's speaker.
  it.each<[string, (head: string) => unknown, unknown]>([
    ['--- Conversation ended by agent ---', isChatNotice, true],
    ['— Chat closed by visitor —', isChatNotice, true],
    ['--- Conversation started 1 Dec 2026 ---', isChatNotice, true],
    ['--- Thanks for your patience ---', isChatNotice, false],
    ['WhatsApp chat with Sunward Travel', isTranscriptHeading, true],
    ['From the chat on 30/11:', isTranscriptHeading, true],
    ['Livechat transcript', isTranscriptHeading, true],
    ['From the start, we wanted to help:', isTranscriptHeading, false],
    ['Thanks for the chat earlier today.', isTranscriptHeading, false],
    ['Owen (Pharmacist) 10:14: You can take it with food', speakerLabel, 'owen (pharmacist)'],
    ['Salma 10:15: and with my inhaler?', speakerLabel, 'salma'],
    ['Support Agent: Your withdrawal is on its way', speakerLabel, 'support agent'],
    ['Step 2: open the app', speakerLabel, null],
    ['At 10:15: the engineer arrives', speakerLabel, null],
  ])('reads "%s"', (head, read, expected) => {
    expect(read(head)).toBe(expected);
  });
});

describe('the customer quoted behind a bar typed as "| "', () => {
  it('reads the quoted line as theirs and the answer under it as the agent’s', () => {
    const text = 'Hi Ana,\n\n| Where is my order? It was due on Monday.\nIt ships today, and I have refunded the delivery fee.\n\nBest,\nTom';
    expect(skipped(text, '| Where')).toBe(true);
    expect(kindOf(text, 'It ships today')).toBe('body');
  });

  it.each([
    ['| Where is my order?', true],
    ['| Starter | £9 | 1 |', false],
    ['|---|---|', false],
    ['Tom Reid | Support Lead', false],
  ])('reads "%s" as quote-marked: %s', (head, expected) => {
    expect(isQuoteMarked(head)).toBe(expected);
  });
});

describe('a statement that runs over lines before the sign-off', () => {
  it.each([
    "SELECT id, total FROM orders\nWHERE status = 'paid';",
    'SELECT employee_id, SUM(days) FROM leave\nWHERE status = 1\nGROUP BY employee_id;',
    'SELECT o.id FROM orders o\nLEFT JOIN refunds r ON r.order_id = o.id\nORDER BY o.id\nLIMIT 10;',
  ])('reads every line as code: %s', (sql) => {
    const text = `Hi Ana,\n\nThe report runs this:\n\n${sql}\n\nI have fixed the filter, so it is right from today.\n\nBest,\nTom`;
    for (const line of sql.split('\n')) expect(kindOf(text, line)).toBe('code');
    expect(kindOf(text, 'I have fixed')).toBe('body');
  });

  it('keeps an agent’s sentence that starts with a clause’s word in prose', () => {
    const text = 'Hi Ana,\n\nThe report runs now.\nWhere the totals differ, I have corrected them.\n\nBest,\nTom';
    expect(kindOf(text, 'Where the totals')).toBe('body');
    expect(continuesStatement("WHERE status = 'paid';")).toBe(true);
    expect(continuesStatement('Where the totals differ, I have corrected them.')).toBe(false);
  });
});

describe('a dashed sign-off over a signature block, with no valediction', () => {
  it.each(['— T. Marsh', '– Tom Marsh', '-T. Marsh', '— A. Fenwick'])('signs off with "%s" and reads the block under it as signature', (dashed) => {
    const text = `Hi Ana,\n\nYour order ships today.\n\n${dashed}\nWarehouse Lead | Acme Supplies\n0161 555 0101`;
    expect(kindOf(text, dashed)).toBe('sign-off');
    expect(skipped(text, 'Warehouse Lead')).toBe(true);
    expect(signOffCarriesName(dashed)).toBe(true);
  });

  it('keeps a valediction waiting for the name under it', () => {
    expect(signOffCarriesName('Kind regards,')).toBe(false);
    const text = 'Hi Ana,\n\nYour order ships today.\n\nKind regards,\nTom\nWarehouse Lead | Acme Supplies';
    expect(kindOf(text, 'Tom')).toBe('sign-off');
    expect(skipped(text, 'Warehouse Lead')).toBe(true);
  });
});

describe('postscripts under the sign-off', () => {
  it.each([
    'P.S. The tracking link comes tonight.\nP.P.S. And a discount code for next time.',
    'PS: the tracking link comes tonight.\nPPS: and a discount code.',
    'P.S. The tracking link comes tonight.\n\nP.P.S. And a discount code for next time.',
  ])('reads every postscript as the agent’s: %s', (ps) => {
    const text = `Hi Ana,\n\nYour order ships today.\n\nBest,\nTom\n\n${ps}`;
    for (const line of ps.split('\n').filter(Boolean)) expect(skipped(text, line)).toBe(false);
  });

  it.each([
    ['a full name over a title', 'Leah Brooks\nCustomer Happiness | Kiln & Co.\nwww.kilnandco.example'],
    ['a full name over a company and a phone', 'Tom Marsh\nAcme Supplies\n0161 555 0101'],
  ])('reads %s under the P.S. of a reply signed off above it as the signature', (_, block) => {
    const text = `Hi Ana,\n\nYour order ships today.\n\nBest,\nTom\n\nP.S. Use THANKYOU10 for 10% off next time.\n\n${block}`;
    expect(kindOf(text, 'Tom\n\nP.S.')).toBe('sign-off');
    expect(kindOf(text, 'P.S.')).toBe('body');
    for (const line of block.split('\n')) expect(skipped(text, line)).toBe(true);
  });
});

describe('a role signed under a valediction that a chat app also shows as a badge', () => {
  it.each(['Admin', 'Moderator', 'Staff'])('reads "%s" under "Regards," as the signed name, and a motto under it as signature', (role) => {
    const text = `Hello,\n\nRefunds are processed within 14 days.\n\nRegards,\n${role}\nAcme Music School 🎵 Where music makes us happy!`;
    expect(kindOf(text, role)).toBe('sign-off');
    expect(skipped(text, 'Acme Music School')).toBe(true);
  });

  it('still reads a chat app’s notice with no valediction above it as the app’s', () => {
    const text = 'Hi Sam,\n\nYour refund is on its way.\n\nAgent Kim joined the chat\n\nAnything else, just ask!';
    expect(skipped(text, 'Agent Kim joined')).toBe(true);
  });
});

describe('a company’s motto under a team signed with no valediction', () => {
  it.each([
    ['Maintenance', 'Acme Lettings · Your home, our heart', 'Thank you for being a wonderful tenant!'],
    ['Customer Care', 'Brightside Energy | Here for you', 'We love hearing from our customers!'],
  ])('reads "%s" as the signed team and the company line and tagline under it as signature', (team, company, tagline) => {
    const text = `Dear Tenant,\n\nRepairs are allocated to contractors in order of priority.\n\n${team}\n${company}\n${tagline}`;
    expect(kindOf(text, team)).toBe('sign-off');
    expect(skipped(text, company)).toBe(true);
    expect(skipped(text, tagline)).toBe(true);
  });

  it.each([
    ['Acme Lettings · Your home, our heart', true],
    ['Brightside Energy | Here for you', true],
    ['Acme · Call us on 0800 123 4567', false],
    ['Acme · Your order ships today.', false],
    ['see you soon · Tom', false],
    ['Acme Lettings · Your home · Our heart', false],
  ])('reads "%s" as a company with its motto: %s', (head, expected) => {
    expect(isCompanyWithMotto(head)).toBe(expected);
  });
});
