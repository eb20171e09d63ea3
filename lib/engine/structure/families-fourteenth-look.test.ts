/**
 * One table per family of layouts from a fourteenth batch (data/layouts/dev-extra-m.jsonl, issue 15), fixed by general
 * cues rather than by the batch's own words: a helpdesk's "reply above this line" at the very top, the customer's message
 * pasted under "You wrote:" and a blank line or under a line that introduces it, a record line pasted on its own, rows cut
 * by tabs or commas, a database shell's "+" rule, other runtimes' crash output, JSON objects one a line, the customer's
 * turn labelled with their role, and a code ("FL3-HP02") that is no name. Each row another shape of the family, and rows
 * of the agent's own words that look alike.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';
import { isCustomerTurn, isLogLine, isMessageLead, isNameLike, isRecordLine, isReplyAboveMarker, isWhollyQuoted } from './patterns';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');
const reply = (middle: string) => `Hi Sam,\n\nThanks for the details.\n\n${middle}\n\nI've fixed it on our side, so it works again now.\n\nBest,\nAna`;

describe('a helpdesk’s reply marker at the very top of the reply', () => {
  it.each([
    '--- Reply above this line ---',
    '##- Please type your reply above this line -##',
    '##- Bitte geben Sie Ihre Antwort über dieser Zeile ein. -##',
    '== Reply above this line ==',
    '## Responda por encima de esta línea ##',
  ])('is the helpdesk’s, and the reply under it the agent’s: %s', (marker) => {
    const text = `${marker}\n\nHello,\n\nOutages are listed on our status page.\n\nRegards,\nHosting Support`;
    expect(skipped(text, marker)).toBe(true);
    expect(kindOf(text, 'Hello,')).toBe('greeting');
    expect(kindOf(text, 'Outages')).toBe('body');
    expect(kindOf(text, 'Regards,')).toBe('sign-off');
  });

  it('still starts the history when the reply stands above it', () => {
    const text = 'Hi Sam,\n\nYour refund is on its way.\n\nBest,\nAna\n\n##- Please type your reply above this line -##\n\nSam: where is my refund?';
    expect(kindOf(text, 'Sam: where')).toBe('quote');
    expect(isReplyAboveMarker('--- Reply above this line ---')).toBe(true);
    expect(isReplyAboveMarker('Please reply to this email with your order number.')).toBe(false);
  });
});

describe('the customer’s message pasted into the reply', () => {
  it.each(['You wrote:', 'You said:', 'The customer wrote:'])('under "%s" and a blank line, the paragraph is theirs', (header) => {
    const text = reply(`${header}\n\nThe blue on the flyers is much darker than the proof. I can't hand these out.`);
    expect(skipped(text, header)).toBe(true);
    expect(skipped(text, 'The blue')).toBe(true);
    expect(kindOf(text, "I've fixed")).toBe('body');
  });

  it('keeps the agent’s answer under a header with no verb', () => {
    const text = reply('Your question:\n\nYes, we deliver on Sundays between 10 and 4.');
    expect(kindOf(text, 'Yes, we deliver')).toBe('body');
  });

  it.each(['Re your email:', 'Regarding your message:', 'About your last ticket:'])('"%s" over their words in quotation marks', (lead) => {
    const text = reply(`${lead}\n\n"Your app keeps logging me out every five minutes. Fix it."`);
    expect(skipped(text, lead)).toBe(true);
    expect(skipped(text, '"Your app')).toBe(true);
    expect(kindOf(text, "I've fixed")).toBe('body');
  });

  it('keeps a lead-in over the agent’s own words, and reads the shapes', () => {
    expect(kindOf(reply('Regarding your message:\n\nThe refund went out this morning.'), 'The refund')).toBe('body');
    expect(isMessageLead('Re your email:')).toBe(true);
    expect(isMessageLead('Here is what to do:')).toBe(false);
    expect(isWhollyQuoted('“It stopped working on Tuesday.”')).toBe(true);
    expect(isWhollyQuoted('"Reconnect" is in Settings, under Accounts.')).toBe(false);
  });

  it.each(['Hi, my bill this month is £64 but my plan is £30. Can you check?', 'Hello there, the tap still drips after the visit on Monday.'])(
    'a paragraph that greets under a line ending in a colon is theirs: %s',
    (message) => {
      const text = reply(`Thanks for sending this over:\n\n${message}`);
      expect(skipped(text, message)).toBe(true);
      expect(kindOf(text, 'Thanks for sending')).toBe('body');
      expect(kindOf(text, "I've fixed")).toBe('body');
    },
  );

  it('keeps the agent’s paragraph under a colon when it does not greet, or when the reply did not greet', () => {
    expect(kindOf(reply('Here is what happened:\n\nThe courier scanned it at the wrong depot.'), 'The courier')).toBe('body');
    const ungreeted = 'Thanks for sending this over:\n\nHi, my bill is £64.\n\nI have fixed it.';
    expect(kindOf(ungreeted, 'Hi, my bill')).not.toBe('quote');
  });

  it.each(['Customer: I paid for business and was moved to economy.', 'Client: the invoice shows the wrong VAT number again', 'Guest: the room was not cleaned on either day'])(
    'the customer’s turn labelled with their role: %s',
    (turn) => {
      const text = `Dear Ms Park,\n\n${turn}\nDowngrades happen when the aircraft changes, and I've refunded the difference.\n\nRegards,\nCustomer Relations`;
      expect(skipped(text, turn)).toBe(true);
      expect(kindOf(text, 'Downgrades')).toBe('body');
    },
  );

  it('reads a form’s field as no turn', () => {
    expect(isCustomerTurn('Customer: Jane Smith')).toBe(false);
    expect(isCustomerTurn('Customer: I paid for business and was moved.')).toBe(true);
  });
});

describe('data pasted into a reply', () => {
  it.each(['GLX*SERV 02/12 £9.99', 'AMZN MKTP 2026-11-28 €24.50', 'TFL TRAVEL CH 30.11. 7,20 EUR'])('a record line on its own: %s', (record) => {
    expect(isRecordLine(record)).toBe(true);
    expect(skipped(reply(record), record)).toBe(true);
  });

  it('keeps a shouted line and a line of prose with an amount', () => {
    expect(isRecordLine('PLEASE READ THIS BEFORE 12/12')).toBe(false);
    expect(isRecordLine('Your refund of £9.99 went out on 02/12.')).toBe(false);
    expect(kindOf(reply('PLEASE READ THIS BEFORE 12/12'), 'PLEASE')).toBe('body');
  });

  it.each([
    ['tabs', 'Type\tName\tValue\nA\t@\t203.0.113.24\nCNAME\twww\tsites.example.net'],
    ['commas', 'employee_id,name,email\nE201,Tom Hart,tom.hart@example.com\nE214,Lea Brun,lea.brun@example.com'],
    ['a database shell', ' sku    | system | counted\n--------+--------+---------\n TB-101 |     40 |      38\n TB-107 |      5 |       0'],
  ])('rows cut by %s are a table', (_, table) => {
    const text = reply(table);
    for (const row of table.split('\n')) if (/\w/.test(row)) expect(skipped(text, row.trim()), row).toBe(true);
    expect(kindOf(text, "I've fixed")).toBe('body');
  });

  it('keeps prose with commas and a signature cut by one tab', () => {
    const prose = reply('We checked the box, the label, and the scan history.\nNothing was missing, so the parcel is with the courier.');
    expect(kindOf(prose, 'We checked')).toBe('body');
    expect(kindOf(reply('Ana Ruiz\tSupport Lead'), 'Ana Ruiz')).not.toBe('code');
  });

  it.each([
    ['Go', 'panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.loadPlayer(0xc000010000)\n        /srv/game/player.go:88 +0x1d4'],
    ['Rust', "thread 'main' panicked at src/main.rs:10:5:\ncalled `Option::unwrap()` on a `None` value"],
    ['JSON lines', '{"ts":"2026-12-02T06:11:02Z","status":503,"attempt":5}\n{"ts":"2026-12-02T06:41:02Z","status":503,"attempt":6}'],
  ])('%s crash output or log lines are code', (_, code) => {
    const text = reply(code);
    const first = code.split('\n')[0]!;
    expect(skipped(text, first)).toBe(true);
    expect(kindOf(text, "I've fixed")).toBe('body');
  });

  it('reads the machine lines’ shapes, and prose as none', () => {
    expect(isLogLine('goroutine 1 [running]:')).toBe(true);
    expect(isLogLine('main.loadPlayer(0xc000010000)')).toBe(true);
    expect(isLogLine('/srv/game/player.go:88 +0x1d4')).toBe(true);
    expect(isLogLine('Panic over: your parcel is at the depot.')).toBe(false);
    expect(isLogLine('Call us (free) on 0800 555 0100.')).toBe(false);
  });
});

describe('a code among the words of the reply’s last line', () => {
  it('is no name: the line is the agent’s last sentence, over the team’s name', () => {
    expect(isNameLike('Use FL3-HP02.')).toBe(false);
    expect(isNameLike('L2 Support')).toBe(true);
    const text = 'Hi,\n\nThe print server shows the first printer offline.\n\nUse FL3-HP02.\n\nIT Service Desk';
    expect(kindOf(text, 'Use FL3-HP02.')).toBe('body');
    expect(kindOf(text, 'IT Service Desk')).toBe('sign-off');
  });
});
