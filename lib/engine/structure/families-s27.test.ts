/**
 * One table per family from session 27's look at the layouts (issue 15, data/layouts/dev-extra-y.jsonl): a macro's heading
 * over the record it prints and a field ending in a name's initial, a helpdesk naming itself after "Sent from" (and the
 * agent's own "Sent via DHL …" sentence, which is no app's line), Teams' dated headings and a chat card over the answer, a
 * chat log's "Chat started:" heading, a social reply's name after the handle, and greetings in more languages. Each row
 * another shape of the family, none of them from the batch, with the agent's own lines that look alike and must stay the
 * agent's.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { readStructure } from './read-structure';

const kinds = (text: string) => readStructure(text).parts.map((p) => p.kind);

describe('a macro’s heading over the record it prints', () => {
  it.each([
    ['Order summary', 'Order: 55102\nItem: Oak desk, 140 cm\nTotal: €329.00'],
    ['Case details:', 'Case number: 00981234\nOpened: 01/12/2026\nStatus: Closed'],
    ['Your booking details', 'Booking ref: QX7R2P\nCheck-in: Fri 12 Dec\nRoom: Double, sea view'],
    ['Ticket information', 'Ticket ID: 77310\nPriority: Normal\nAssignee: Jo M.'],
    ['Return summary:', 'Return number: RMA-44120\nItems: 2\nRefund: £58.00'],
    ['Shipment details', 'Tracking number: 1Z 999 AA1 01 2345 6784\nCarrier: UPS'],
  ])('reads %s and its fields past, above and below the agent’s lines', (heading, fields) => {
    const block = `${heading}\n${fields}`;
    for (const text of [
      `Hi Mo,\n\nSorry for the wait; it's all sorted now and I'll check on it again on Friday.\n\n${block}\n\nBest,\nAnna`,
      `Hi Mo,\n\nSorry for the wait; it's all sorted now.\n\nBest,\nAnna\nCustomer Care | Oakline\n\n${block}`,
    ]) {
      expect(misreadLines({ id: 'rec', text, notAgentText: text.includes('Oakline') ? [`Customer Care | Oakline\n\n${block}`] : [block] })).toEqual([]);
    }
  });

  it.each([
    'Case details: I’ve attached the photos and the engineer’s report, so you have them in one place.',
    'Order summary below, and I’ve double-checked every line of it.',
    'Here are the details:',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Mo,\n\nThanks for waiting.\n${line}\n\nBest,\nAnna`;
    expect(kindOf(text, line.slice(0, 12))).toBe('body');
  });

  it('keeps a heading with no record under it the agent’s', () => {
    const text = 'Hi Mo,\n\nOrder summary\nI’ve changed the size to a medium and the colour to green.\n\nBest,\nAnna';
    expect(kindOf(text, 'Order summary')).toBe('body');
  });

  it.each(['Assignee: Ravi S.', 'Owner: Tomás R.', 'Handled by: Li W.'])('reads the field %s, ending in an initial, as the record’s', (field) => {
    const text = `Hello,\n\nThe visit is booked for Thursday.\n\nTicket: #88412\nStatus: Pending\n${field}\n\nRegards,\nSam`;
    expect(kindOf(text, field)).toBe('code');
  });
});

describe('a helpdesk naming itself after “Sent from”, and the agent’s sentence that starts alike', () => {
  it.each(['Sent from LiveChat', 'Sent from Kayako', '— Sent from Crisp', 'Sent from HappyFox Help Desk', 'Sent from Tidio'])(
    'reads %s as the signature, not the signed name',
    (line) => {
      const text = `Hi Ana,\n\nYour refund went out this morning.\n\n${line}`;
      expect(kindOf(text, line)).toBe('signature');
      expect(kinds(text)).not.toContain('sign-off');
    },
  );

  it.each([
    'Sent via Royal Mail this morning, so you should have it by Friday.',
    'Sent via courier today.',
    'Sent with tracking yesterday; the number is below.',
    'Sent from our Leeds depot, which is why it took a day longer.',
    'Sent from Manchester this morning, it’ll reach you tomorrow.',
    'Sent using the express service, so we’ll have it with you on Monday.',
  ])('keeps %s and the lines under it the agent’s', (line) => {
    const text = `Hi Petra,\n\n${line} Sorry it took longer than we said.\n\nThanks,\nKarl`;
    expect(kindOf(text, line.slice(0, 10))).toBe('body');
    expect(kindOf(text, 'Thanks,')).toBe('sign-off');
  });
});

describe('a chat pasted from Teams with dates, a chat card over the answer, and a chat log’s start line', () => {
  it.each([
    '[02/12/2026 10:42] Kowalski, Piotr\nall three printers on floor 2 still offline\n[02/12/2026 10:51] Service Desk\nwe are looking at it',
    '[2.12.2026 09:14] Nowak, Anna\nthe VPN drops every hour\n[2.12.2026 09:20] Lee, Sam\ncan you send the log?',
    '[12/02/26, 3:40 PM] Ortiz, Luis\nthe invoice total is wrong\n[12/02/26, 3:45 PM] Billing Bot\nYour request has been logged.',
  ])('reads the pasted turns past, with the agent’s lines around them', (chat) => {
    const text = `Hi,\n\nHere is the thread from Teams:\n\n${chat}\n\nI've fixed it now and I'll check again tomorrow.\n\nRegards,\nSam`;
    expect(misreadLines({ id: 'teams', text, notAgentText: [chat] })).toEqual([]);
  });

  it.each(['Dana Kim 10:42 AM', 'Luis Ortiz 9:05', 'Mei Chen 3:17 PM'])('reads the card %s and its message over a greeting answer as quoted', (heading) => {
    const card = `${heading}\nthe export button is greyed out for me`;
    const text = `${card}\n\nHi there, sorry about that! I've given your role export rights again.`;
    expect(misreadLines({ id: 'card', text, notAgentText: [card] })).toEqual([]);
  });

  it('keeps a name and a clock over the agent’s own words when no greeting answers it', () => {
    const text = 'Sam Lee 10:42 AM\nis when the meter last reported.\n\nI’ve booked an engineer for tomorrow.';
    expect(kindOf(text, 'Sam Lee')).toBe('body');
  });

  it.each(['Chat started: Mon 1 Dec 2026, 10:41', 'Conversation started: 2 December 2026 at 09:12', 'Chat started on 1 Dec 2026, 10:41'])(
    'reads %s over the log as the log’s',
    (heading) => {
      const log = `${heading}\n(10:42:13 AM) Visitor: is my car ready\n(10:43:02 AM) Agent Tom: It should be ready tomorrow.`;
      const text = `Hello,\n\nHere is the chat you asked for.\n\n${log}\n\nThe car is ready now, and I'll ring you when the keys are at the desk.\n\nRegards,\nNia`;
      expect(misreadLines({ id: 'log', text, notAgentText: [log] })).toEqual([]);
    },
  );
});

describe('a social reply’s name after the handle greets', () => {
  it.each([
    ['@priya_s Priya, so sorry about the wait!', '@priya_s Priya,'],
    ['@tomh1990 Tom! Thanks for the lovely review 😊', '@tomh1990 Tom!'],
    ['@the_maria_k Maria, that’s not the welcome we want.', '@the_maria_k Maria,'],
    ['@li_wei @jo_b Li and Jo, congratulations on the new flat!', '@li_wei @jo_b Li and Jo,'],
    ['@kemi.o Kemi 🙏 we’ve refunded the fee today.', '@kemi.o Kemi 🙏'],
    ['@sven_a Sven — the train is running again from 14:00.', '@sven_a Sven —'],
  ])('reads the opening of %s as the greeting', (text, greeting) => {
    const part = readStructure(text).parts[0]!;
    expect(part.kind).toBe('greeting');
    expect(text.slice(part.start, part.end)).toBe(greeting);
  });

  it.each([
    '@kai_plays @rita_r Yes, sorry all! The login server is back.',
    '@ana_l Lisbon, Porto and Faro flights are running again.',
    '@ana_l Lisbon flights are running on time from 14:00.',
    '@bo_r Thanks! We’ve passed it on to the kitchen.',
    '@jess_m Great news: the parcel is out for delivery.',
    '@mark_t Monday, 9 am, is the earliest slot we have.',
  ])('keeps %s the body', (text) => {
    expect(readStructure(text).parts[0]!.kind).toBe('body');
  });
});

describe('greetings in more languages', () => {
  it.each(['Kedves Anna,', 'Ahoj Petře,', 'Cześć Kasia,', 'Witam serdecznie,', 'Xin chào chị Lan,', 'Selamat pagi Pak Budi,', 'Bună Ioana,', 'Αγαπητή Μαρία,', 'Шановна Олено,', 'Добрий день, Олено!', 'Здравствуйте, Ирина!', 'สวัสดีครับ คุณสมชาย'])(
    'reads %s as the greeting',
    (greeting) => {
      const text = `${greeting}\n\nyour order left us today and arrives on Thursday.\n\nBest,\nSam`;
      expect(kindOf(text, greeting)).toBe('greeting');
    },
  );
});

describe('a machine translation’s notice, and a badge in a signature', () => {
  it.each([
    'This message was automatically translated from English. View original',
    'Translated by Google · View original',
    '[This reply was machine-translated from Spanish]',
    '🌐 Auto-translated from Portuguese',
    '(Translated from German by DeepL)',
    'Automatically translated to French',
  ])('reads %s as the tool’s line, after the reply and between its paragraphs', (notice) => {
    for (const text of [
      `Hi Ana,\n\nYour refund went out today and should arrive by Friday.\n\n${notice}`,
      `Hi Ana,\n\n${notice}\n\nYour refund went out today and should arrive by Friday.\n\nBest,\nSam`,
    ]) {
      expect(misreadLines({ id: 'tr', text, notAgentText: [notice] })).toEqual([]);
    }
  });

  it.each([
    'Translated from Spanish, your note says the parcel was left outside.',
    'Translated into French, the manual is attached.',
    'Translated by our team, so the wording may differ a little.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Ana,\n\nYour refund went out today.\n\n${line}`;
    expect(kindOf(text, line)).toBe('body');
  });

  it.each([
    '🏆 Winner, UK Customer Experience Awards 2026',
    'Shortlisted – Retail Service Awards 2026',
    'Proud winners of the Great Taste Awards',
    '⭐ Rated Excellent on Trustpilot',
    'Voted 4.9/5 by our customers on Feefo',
  ])('reads the badge %s as signature, never the signed name', (badge) => {
    for (const text of [`Hi Ana,\n\nYour refund went out today.\n\n${badge}`, `Hi Ana,\n\nYour refund went out today.\n\nBest,\nSam\n${badge}`]) {
      expect(kindOf(text, badge)).toBe('signature');
    }
  });

  it.each(['You rated us on Trustpilot, thank you so much!', 'Rated 5 stars by you on Google, thanks a million!', 'We were shortlisted for two awards this year, so thank you for voting!'])(
    'keeps the agent’s %s theirs',
    (line) => {
      const text = `Hi Ana,\n\nYour refund went out today.\n\n${line}`;
      expect(kindOf(text, line)).toBe('body');
    },
  );
});
