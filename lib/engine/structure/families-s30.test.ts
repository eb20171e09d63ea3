/**
 * One table per family from session 30's look at the layouts (issue 15, data/layouts/dev-extra-ae.jsonl and
 * data/replies/dev-extra-dr.jsonl): a helpdesk's suggested articles under the reply, a template's promotion line, a web
 * form's submission pasted with its fields, a quotation with its source under the signature, a messaging app's notices in
 * other wordings, a chat tool's tag glued to the agent's last line, a closing wish over the name, a fediverse handle before
 * the greeting, answers tagged "[Agent]:" under the customer's unmarked questions. Each row another shape of the family, none of them
 * from the batches, with the agent's own lines that look alike and must stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { readStructure } from './read-structure';
import { kindOf } from './fixtures/kind-of';

describe('a helpdesk’s suggested articles under the reply', () => {
  it.each([
    ['Related articles', '• Setting up two-factor login\n• Changing your email address'],
    ['📖 Recommended reading:', 'How refunds work · Returning a gift · Lost parcels'],
    ['Help articles you may find useful', '- Pairing your speaker\n- Updating the firmware\n- Resetting to factory settings'],
    ['You might also like:', 'Our guide to winter tyres'],
    ['Popular questions', 'Where is my order? · Can I change my delivery slot?'],
  ])('reads %s and its items past, with or without a sign-off above', (heading, items) => {
    const block = `${heading}\n${items}`;
    for (const text of [
      `Hi Rae,\n\nYour password reset link is on its way; it works for 24 hours.\n\n${block}`,
      `Hi Rae,\n\nYour password reset link is on its way; it works for 24 hours.\n\nBest,\nOmar\n\n${block}`,
    ]) {
      expect(misreadLines({ id: 'art', text, notAgentText: [block] })).toEqual([]);
      expect(kindOf(text, 'Your password reset')).toBe('body');
    }
  });

  it.each([
    'These two guides might help as well:\n• Setting up two-factor login\n• Changing your email address',
    'Related: the charger you asked about is back in stock on Friday.',
    'Related articles:\n• Setting up two-factor login\nI wrote the second one myself, so tell me if anything is unclear.',
    'Related articles:\n• Setting up two-factor login\n\nThanks,\nOmar',
  ])('keeps the agent’s %s theirs', (lines) => {
    const text = `Hi Rae,\n\nYour password reset link is on its way.\n\n${lines}`;
    expect(kindOf(text, lines.slice(0, 12))).not.toBe('footer');
  });
});

describe('a template’s promotion among the last lines', () => {
  it.each([
    '🛍️ Shop the sale: up to 50% off winter coats until Sunday.',
    'Download the Parcelly app: App Store | Google Play',
    'Refer a friend and you’ll both get $10 off.',
    'Book direct and save 10% on your next stay.',
    '🎁 Gift cards now available — use code GIFT5 for £5 off.',
    'Start your free trial today — 20% off your first year.',
  ])('reads %s past under a reply with no sign-off', (promo) => {
    const text = `Hi Luis,\n\nYour booking for 3 nights from 12 March is confirmed.\n\n${promo}`;
    expect(misreadLines({ id: 'promo', text, notAgentText: [promo] })).toEqual([]);
    expect(kindOf(text, 'Your booking')).toBe('body');
  });

  it.each([
    'Use code SPRING10 for 10% off your next box.',
    'The app is on the App Store and Google Play; search for Parcelly.',
    'I’ve added 20% off your next order with code THANKS20.',
    'Sorry again: use code OOPS15 at checkout for 15% off.',
    '👍 We can offer a refund or a replacement, whichever you prefer.',
    'Your order qualifies for the sale price, so I’ve refunded the difference.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Luis,\n\nYour booking for 3 nights from 12 March is confirmed.\n\n${line}`;
    expect(kindOf(text, line.slice(0, 10))).toBe('body');
  });
});

describe('a web form’s submission pasted with its fields', () => {
  it.each([
    'New submission from Book a repair\nName: Hana Ito\nDevice: iPhone 13\nMessage: The screen cracked along the top when I dropped it, and now the touch doesn’t work on the left side at all.',
    'Submitted through the contact form on 3 March 2026 at 09:12\nEmail: p.ross@example.com\nQuestion: Do you deliver to Orkney, and if so how long does it usually take for a sofa to arrive there?',
    'New website form enquiry\nName: Tom Birch\nPhone: 07700 900321\nDetails: The boiler makes a loud banging noise every morning when it starts, and the radiators stay cold.',
    '--- Received via online booking form ---\nGuests: 4\nDate: 14 May\nNotes: One of us uses a wheelchair, so we need a table near the door and a step-free way in please.',
  ])('reads %s as the customer’s, above or below the reply', (form) => {
    for (const text of [
      `Hi,\n\nThanks for getting in touch; we can do that on Thursday.\n\nBest,\nNia\n\n${form}`,
      `${form}\n\nHi,\n\nThanks for getting in touch; we can do that on Thursday.\n\nBest,\nNia`,
      `Hi,\n\nThanks for getting in touch; we can do that on Thursday.\n\n${form}`,
    ]) {
      expect(misreadLines({ id: 'form', text, notAgentText: [form] })).toEqual([]);
    }
    // Under a reply with no sign-off, the fields' prose was the agent's last paragraph.
    expect(kindOf(`Hi,\n\nThanks for getting in touch; we can do that on Thursday.\n\n${form}`, form.slice(0, 12))).toBe('quote');
  });

  it.each(['I submitted the form for you, so you don’t need to fill it in again.', 'New submissions from the form go straight to me now.'])('keeps the agent’s %s theirs', (line) => {
    const text = `Hi Hana,\n\n${line}\nIt should be sorted by Friday.\n\nBest,\nNia`;
    expect(kindOf(text, line.slice(0, 10))).toBe('body');
  });
});

describe('a quotation with its source on the line under it, ending the reply', () => {
  it.each([
    ['“Do what you can, with what you have, where you are.”', '— Theodore Roosevelt'],
    ['"Service is the rent we pay for being."', '- Marian Wright Edelman'],
    ['*"Well done is better than well said."*', '– Benjamin Franklin'],
    ['“Trust in the Lord with all your heart.”', '— Proverbs 3:5'],
  ])('reads %s %s as signature, not as a dashed sign-off', (quote, source) => {
    for (const text of [
      `Hi Ben,\n\nYour mug is back in stock and I've reserved one for you.\n\n${quote}\n${source}`,
      `Hi Ben,\n\nYour mug is back in stock and I've reserved one for you.\n\nOm shanti,\nHolly\n${quote}\n${source}`,
    ]) {
      expect(kindOf(text, quote)).toBe('signature');
      expect(kindOf(text, source)).toBe('signature');
      expect(kindOf(text, 'Your mug')).toBe('body');
    }
  });

  it('keeps a dashed name under the agent’s sentence a sign-off', () => {
    const text = 'Hi Ben,\n\nYour mug is back in stock and I’ve reserved one for you.\n\nEnjoy it!\n— Holly';
    expect(kindOf(text, '— Holly')).toBe('sign-off');
  });
});

describe('a messaging app’s notices and a tool’s tag glued to the agent’s last line', () => {
  it.each(['Messages in this chat are end-to-end encrypted. Tap to learn more.', 'Messages to this chat are now end-to-end encrypted.', '(2/2) · Posted via Hootsuite'])(
    'reads %s past under a chat answer',
    (notice) => {
      const text = `Your new card is on its way and will arrive by Friday.\n\n${notice}`;
      expect(misreadLines({ id: 'n', text, notAgentText: [notice] })).toEqual([]);
    },
  );

  it.each([' — Sent by Amir (Billing) · 14:02', ' - Sent via Gorgias', ' · Posted via Sprout Social'])('reads the tag %s past and keeps the sentence', (tag) => {
    const body = 'Your refund of £18.50 went out today.';
    const text = `${body}${tag}`;
    expect(kindOf(text, tag.trim())).toBe('footer');
    expect(kindOf(text, 'Your refund')).toBe('body');
  });

  it('keeps the agent’s own words about a parcel', () => {
    const text = 'Hi Jo, the spare part is on its way — sent by Royal Mail this morning.';
    expect(misreadLines({ id: 'rm', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a closing wish with the name alone under it', () => {
  it.each(['Happy holidays! 🎄', 'Enjoy your new bike!', 'Wishing you a calm week ahead!', 'Good luck with the move!', 'Bon voyage!'])('reads %s over the name as the sign-off', (wish) => {
    const text = `Hi Sam,\n\nYour order shipped this morning.\n\n${wish}\nPriya`;
    expect(kindOf(text, wish)).toBe('sign-off');
    expect(kindOf(text, 'Priya')).toBe('sign-off');
  });

  it.each(['Enjoy the show!\nTickets are attached.', 'Happy to help!\nI have refunded the fee too.'])('keeps the agent’s %s as body', (lines) => {
    const text = `Hi Sam,\n\nYour order shipped this morning.\n\n${lines}`;
    expect(kindOf(text, lines.split('\n')[1]!)).toBe('body');
  });
});

describe('a fediverse handle with its server before the greeting', () => {
  it.each(['@sam@mastodon.social Hi Sam,', '@lee@hachyderm.io Lee,', '@ana@social.example.org Hello Ana!'])('reads %s as the greeting', (greeting) => {
    const text = `${greeting} the outage is over and sync is back.`;
    expect(readStructure(text).parts[0]?.kind).toBe('greeting');
  });
});

describe('answers typed under the customer’s unmarked questions with a tag and a colon', () => {
  it.each([
    ['Is the studio open on Sundays?', 'Can I bring a friend to my trial class?', '[Agent]'],
    ['1. Will the plumber need to turn the water off?', '2. How long will it take?', '[Support]'],
    ['Do you ship to Norway?', 'And is there customs to pay?', '[Lena]'],
  ])('reads %s and %s as the customer’s', (q1, q2, tag) => {
    const text = `Hi Kai,\n\nAnswers below:\n\n${q1}\n${tag}: Yes, from 9 to 1.\n\n${q2}\n${tag}: Of course, no charge.\n\nBest,\nLena`;
    expect(misreadLines({ id: 'tq', text, notAgentText: [q1, q2] })).toEqual([]);
    expect(kindOf(text, `${tag}: Yes`)).toBe('body');
  });

  it('keeps the agent’s own question theirs when only one answer is tagged, or none', () => {
    const one = 'Hi Kai,\n\nCould you send a photo of the label?\n[Agent]: I need it to book the courier.\n\nBest,\nLena';
    expect(kindOf(one, 'Could you send')).toBe('body');
    const none = 'Hi Kai,\n\nWould Tuesday suit you?\nIf not, Thursday is free too.\n\nWould you like a reminder text?\nWe can send one the day before.\n\nBest,\nLena';
    expect(kindOf(none, 'Would Tuesday')).toBe('body');
  });
});
