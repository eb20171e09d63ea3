/**
 * One table per family of layouts that leaked on a tenth batch (data/layouts/dev-extra-i.jsonl, issue 15): messengers'
 * reply headers and previews, chat apps' headings copied over the message the agent answers, chat events with a clock,
 * exported chat histories, order, booking and ticket fields, and valedictions in other scripts. Each row another shape
 * of the family, and rows of the agent's own words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { kindOf } from './fixtures/kind-of';
import { isChatNotice, isFieldLine, isMessageHeading, isReplyPreview, isSignOffLine } from './patterns';

const analyzer = createAnalyzer(defaultPack);
const ANSWER = 'Hi Sam! Yes, the refund went out today and reaches your card in 3–5 days.';

describe('a messenger’s reply to one message', () => {
  it.each([
    ['Replying to Ana Souza', '“my parcel says delivered but it isn’t here”'],
    ['In reply to Omar', '"can I change the date of my booking?"'],
    ['You', '“Your check-up is on Tuesday 4 March at 3:30pm.”'],
  ])('%s over the quoted message', (header, message) => {
    const text = `${header}\n${message}\n${ANSWER}`;
    expect(kindOf(text, header)).toBe('quote');
    expect(kindOf(text, message)).toBe('quote');
    expect(kindOf(text, 'Yes, the refund')).toBe('body');
  });

  it('keeps the agent’s line under a header when it is not in quotation marks', () => {
    const text = `Replying to Ana Souza\n${ANSWER}`;
    expect(kindOf(text, 'Yes, the refund')).toBe('body');
  });

  it.each(['↪ @Dex: server lagging every evening', '↩︎ In reply to Omar: can I change the date of my booking?', '⤷ Priya Shah: is it in stock?'])(
    'reads the app’s preview as quote: %s',
    (preview) => {
      expect(isReplyPreview(preview)).toBe(true);
      expect(kindOf(`${preview}\n${ANSWER}`, preview)).toBe('quote');
    },
  );

  it.each(['In reply to your email: yes, it ships today.', '→ Next: open Settings', '↳ Tap Save'])('keeps the agent’s line: %s', (line) => {
    expect(isReplyPreview(line)).toBe(false);
  });
});

describe('a chat app’s heading copied at the top, over the message the agent answers', () => {
  it.each([
    ['Northwind Helpdesk APP  10:41 AM', 'Ticket #5521 created from this thread.'],
    ['[10:42] Chen, Wei', 'my payslip shows the wrong tax code'],
    ['Kai — Today at 10:42 AM', 'hey, did anyone else lose their save after 1.4?'],
    ['Mira — 03/12/2025 9:15 PM', 'why was my account banned??'],
    ['Forwarded from Harbor Bikes Support', 'Warranty claims go through the manufacturer.'],
    ['Tom Hughes · 2h', 'Queued 2 hours and the ride closed. Disgraceful.'],
    ['Priya replied to you · 3m', 'any update on my bag?'],
  ])('%s', (heading, message) => {
    const text = `${heading}\n${message}\nThe refund went out today and reaches your card in 3–5 days.`;
    expect(kindOf(text, heading)).toBe('quote');
    expect(kindOf(text, message)).toBe('quote');
    expect(kindOf(text, 'The refund went out')).toBe('body');
  });

  it('reads a Slack speaker line over one message when the agent’s answer under it greets', () => {
    const text = `Ola Bakare  9:58 AM\ncan’t find where to approve leave requests\n${ANSWER}`;
    expect(kindOf(text, 'can’t find')).toBe('quote');
    expect(kindOf(text, 'Yes, the refund')).toBe('body');
  });

  it('leaves a Teams conversation pasted under the reply to the reading that reads it past', () => {
    const text =
      'Hi,\n\nLaptop replacements need your line manager’s approval.\n\nService Desk\n\n[10:02 AM] Fraser, Callum\nmy laptop won’t boot\n[10:05 AM] IT Service Desk (Bot)\nA technician will be with you shortly.\n[11:40 AM] Fraser, Callum\nstill waiting';
    for (const line of ['[10:02 AM]', 'my laptop won’t boot', 'A technician', 'still waiting']) expect(['quote', 'signature', 'footer']).toContain(kindOf(text, line));
    expect(kindOf(text, 'Laptop replacements')).toBe('body');
  });

  it.each(['Sam Lee', 'Thanks — see you at 10:42', 'Step 1 — 10:42 AM'])('is no heading: %s', (line) => {
    expect(isMessageHeading(line)).toBe(false);
  });
});

describe('a chat app’s events, with a clock before or after', () => {
  it.each([
    '10:42 Priority set to High',
    'Status changed to Pending',
    'Tag added: prescriptions · 09:12',
    'Seen by Amira at 10:44',
    '3 replies  Last reply today at 10:41 AM',
    'Call back requested 10:43',
    '2025.03.12 Wednesday',
  ])('%s', (line) => {
    expect(isChatNotice(line)).toBe(true);
    const text = `${line}\nThe refund went out today.`;
    expect(kindOf(text, line.slice(0, 10))).toBe('footer');
    expect(kindOf(text, 'The refund went out')).toBe('body');
  });

  it.each(['I set the priority to high for you.', 'Your status changed to Gold this morning!', 'I added a tag so the team sees it.'])(
    'keeps the agent’s sentence: %s',
    (line) => expect(isChatNotice(line)).toBe(false),
  );

  it('reads an exported LINE history past its date line', () => {
    const text = '[LINE] Chat history with Denki Store\n2025.03.12 Wednesday\n10:38\tYuki\tthe headphones are the wrong colour\nExchanges need the original packaging.';
    expect(kindOf(text, '[LINE]')).toBe('quote');
    expect(kindOf(text, '10:38')).toBe('quote');
    expect(kindOf(text, 'Exchanges need')).toBe('body');
  });
});

describe('order, booking and ticket fields', () => {
  it.each([
    'Order: #48213\nPlaced: 2 March 2025\nShipping: Standard (3–5 working days)\nStatus: Dispatched',
    'Reservation | KX-88120\nPick-up | Faro Airport, 3 Mar 10:00\nReturn | Faro Airport, 10 Mar 10:00',
    'Ticket ID: INC-20931\nCategory: Network / VPN\nAssigned group: Service Desk L2\nPriority: P3',
    '• Ticket: #77410\n• Status: Resolved\n• Product: Business Hosting',
    'Order #1047\nFig & Cedar candle × 1\nTotal: £24.00',
  ])('%s', (fields) => {
    const text = `Hi Jo,\n\nYour order is with the courier.\n\n${fields}\n\nIt should reach you by Friday.\n\nBest,\nAnn`;
    expect(kindOf(text, fields.slice(0, 6))).toBe('code');
    expect(kindOf(text, 'It should reach you')).toBe('body');
    expect(kindOf(text, 'Best,')).toBe('sign-off');
  });

  it('keeps fields the agent introduces on the line above as theirs', () => {
    const text = 'Hi Ana,\n\nHere is what I changed:\nDate: Friday 7 March\nTime: 10:00\nDriver: Sam\n\nThe driver will call ahead.';
    expect(kindOf(text, 'Date: Friday')).toBe('body');
  });

  it('keeps the agent’s bulleted list of who to ask as theirs', () => {
    const text = 'Hi Ana,\n\nWho to contact from now on:\n\n- Invoices: Maria Lopez, Billing\n- Technical problems: Omar Haddad, Support\n- Your contract: Tom Reyes, Account Manager\n\nBest,\nAnn';
    expect(kindOf(text, '- Invoices')).toBe('list-item');
  });

  it.each(['Reason: the parcel was damaged in transit.', 'Note: I have refunded the postage too, so you are not out of pocket at all today.', 'Call: 0161 555 0199'])(
    'is no field: %s',
    (line) => expect(isFieldLine(line)).toBe(false),
  );

  it('scores a cold reply the same with the booking fields or without them', () => {
    const body = 'Hello,\n\nTyre damage is the renter’s responsibility under the agreement.\n\nRegards,\nSol Rentals';
    const fields = 'Reservation | KX-88120\nPick-up | Faro Airport, 3 Mar 10:00\nReturn | Faro Airport, 10 Mar 10:00';
    const withFields = body.replace('\n\nRegards', `\n\n${fields}\n\nRegards`);
    expect(analyzer.analyze(withFields).scores.warmth).toBe(analyzer.analyze(body).scores.warmth);
  });
});

describe('valedictions in other scripts over the agent’s name', () => {
  it.each([
    ['よろしくお願いいたします。', '佐藤 健', 'カスタマーサポート | Hikari Optics'],
    ['감사합니다.', '김민준', 'SeoulGlow 고객지원팀'],
    ['धन्यवाद,', 'अंकित शर्मा', 'Customer Care, Jio Plus'],
    ['祝好，', '王芳 (Fang Wang)', '客户服务 · Jade Leaf Teas'],
    ['مع أطيب التحيات،', 'ليلى حسن', 'Layla Hassan | Sahara Travel'],
    ['ขอบคุณค่ะ', 'Nok', 'Front Desk · Riverside Hotel Bangkok'],
  ])('%s', (valediction, name, signature) => {
    expect(isSignOffLine(valediction)).toBe(true);
    const text = `Hello,\n\nThe replacement ships today.\n\n${valediction}\n${name}\n${signature}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, signature)).toBe('signature');
  });

  it('keeps a thank-you sentence in the body as the agent’s', () => {
    expect(isSignOffLine('감사합니다 for your patience')).toBe(false);
  });
});

describe('batch 2 (i0061–i0076, after the batch-1 fixes): more messengers’ lines', () => {
  it.each(['Replied to your message', 'Lin recalled a message', '[Sticker]', '[Voice message]', 'Read Tue 13:52', 'Seen yesterday at 21:04'])('%s', (line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each(['I replied to your message this morning.', 'Read the guide first.', 'Lin recalled the order number for me.'])('keeps the agent’s sentence: %s', (line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it('reads "You replied to Priya" over the quoted message as quote', () => {
    const text = `You replied to Priya\n"do I need to send receipts?"\n${ANSWER}`;
    expect(kindOf(text, 'You replied')).toBe('quote');
    expect(kindOf(text, '"do I need')).toBe('quote');
    expect(kindOf(text, 'Yes, the refund')).toBe('body');
  });

  it('reads a heading with a date and a clock at the top over its message', () => {
    const text = 'Marta · 12 Mar, 18:04\nthe sauna has been broken for two weeks\nThe part is on order.';
    expect(kindOf(text, 'the sauna')).toBe('quote');
    expect(kindOf(text, 'The part is on order.')).toBe('body');
  });
});

describe('batch 2: fields whose numbers look like phone numbers, Outlook’s line in German, an Urdu valediction', () => {
  it('reads a booking’s confirmation number and PIN as fields', () => {
    expect(isFieldLine('Confirmation number: 4021.883.517')).toBe(true);
    const text = 'Hello,\n\nThe booking is confirmed.\n\nConfirmation number: 4021.883.517\nPIN code: 7731\nCheck-in: Fri 14 March\n\nBest regards,\nGuest Services';
    expect(kindOf(text, 'PIN code')).toBe('code');
    expect(kindOf(text, 'Best regards')).toBe('sign-off');
  });

  it.each(['Tel: 0161 555 0199', 'Mobile: +44 7700 900123', 'Address: 1 Mill Lane, Leeds LS1 4AB'])('keeps a contact line out of the fields: %s', (line) => {
    expect(isFieldLine(line)).toBe(false);
  });

  it('reads "Outlook für Android herunterladen" as the phone’s signature', () => {
    const text = 'Hello,\n\nReturns are only accepted unopened.\n\nMarkus\n\nOutlook für Android herunterladen';
    expect(kindOf(text, 'Outlook für')).toBe('signature');
  });

  it('reads "شکریہ،" as a valediction over the agent’s name', () => {
    const text = 'Hello,\n\nParcels are returned after three failed attempts.\n\nشکریہ،\nعلی رضا\nCustomer Service | SwiftPak';
    expect(kindOf(text, 'علی رضا')).toBe('sign-off');
    expect(kindOf(text, 'Customer Service')).toBe('signature');
  });
});
