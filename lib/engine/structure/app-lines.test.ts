/**
 * Session 42 (issue 15): app and transcript lines at a reply's edges, read by their shape (app-lines.ts) rather than by
 * each app's wording. Each table pairs the lines that are the app's with the agent's own lines beside them, which must
 * stay the agent's. None of the rows is from a layout batch.
 */
import { describe, expect, it } from 'vitest';
import { isAppEventLine, isAppMetaLine, isStampOnly, isTurnHeading, turnShape } from './app-lines';
import { kindOf } from './fixtures/kind-of';
import { SKIPPED_PART_KINDS } from './types';

const skipped = (text: string, needle: string) => (SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));
/** Every `theirs` needle is read past, and the agent's `agents` needle is coached. */
function readsTheirs(text: string, theirs: readonly string[], agents: string): void {
  for (const needle of theirs) expect(skipped(text, needle), needle).toBe(true);
  expect(skipped(text, agents)).toBe(false);
}

describe('an event the app logs in the third person or the passive', () => {
  it.each(['Ticket reassigned to Tier 2 by Sofia', 'The ticket was merged into #5521', 'Lena reacted with 👍', 'Ken liked your message', 'Label "returns" removed by rule', 'Invoice was automatically emailed'])(
    'reads %j as an event',
    (line) => expect(isAppEventLine(line)).toBe(true),
  );
  it.each([
    ['a sentence with its full stop', 'The parcel was collected by the courier this morning.'],
    ['the agent speaking as "we"', 'We were told by the courier it left today'],
    ['the agent speaking to the customer', 'Your refund was approved by finance'],
    ['a greeting', 'Hi Lena'],
    ['a long line', 'The replacement part that was ordered last week from the supplier in Rotterdam arrived at the depot'],
  ])('does not read %s as an event', (_, line) => expect(isAppEventLine(line)).toBe(false));
});

describe('a metadata line: pieces between dots, one of them a time, an age or a count', () => {
  it.each(['harborfan · 3h', '2 replies · 14 likes', '❤️ 1 · 👍 1', 'Delivered · 16:40', 'posted by u/fernbrook · 6 hr. ago', 'Last seen 5 min ago', 'Active 2h ago', 'online'])(
    'reads %j as metadata',
    (line) => expect(isAppMetaLine(line)).toBe(true),
  );
  it.each(['Member Services · Roam Rewards', 'Mon–Fri · 9–5', 'Thanks · Merci · Danke', 'Active listening matters to us.', 'We are online until 6 pm.'])(
    'does not read %j as metadata',
    (line) => expect(isAppMetaLine(line)).toBe(false),
  );
});

describe('a transcript turn’s shape', () => {
  it.each([
    ['[Tue 10:14] Guest: do you have parking?', 'guest'],
    ['09:41 Mrs Olsen: hello, is the clinic open', 'mrs olsen'],
    ['Rui Costa (08:03): the app logs me out', 'rui costa'],
    ['Visitor 2291: anyone there?', 'visitor 2291'],
  ])('reads %j as a turn by %j', (line, label) => expect(turnShape(line)?.label).toBe(label));
  it.each(['Note: restart the app after updating.', 'Step 2: open Settings', 'Order: 4471', 'P.S. the code works twice'])('reads %j as no turn', (line) => expect(turnShape(line)).toBeNull());
  it.each(['Kasia, 11:02', '@chris.w  10:41 AM', 'Omar H. — 3/14/2026 4:51 PM', '[10:42 AM] Patel, Raj', 'harborfan · 3h', 'Freshly (auto-reply), 11:02'])(
    'reads %j as a turn’s heading',
    (line) => expect(isTurnHeading(line)).toBe(true),
  );
  it.each(['Best wishes, Sam', 'Open daily, 9:00–17:00', 'Call me at 10:30 tomorrow.'])('reads %j as no heading', (line) => expect(isTurnHeading(line)).toBe(false));
});

describe('runs of app lines at the top or bottom of a reply', () => {
  it.each([
    [
      'two speakers in a row, one named by a role, over the answer',
      'User: my voucher expired yesterday\nSupport: Let me look into that.\n\nGood news, Ivo: I have extended the voucher to 30 April, so you can still use it on the spring menu.',
      ['User: my voucher', 'Support: Let me'],
      'Good news, Ivo',
    ],
    [
      'an event and a reaction count glued under the answer',
      'Thanks for your patience, Ken. The bike will be ready for collection on Saturday from 10 am.\n\nKen liked your message\n❤️ 1 · 👍 1',
      ['Ken liked', '❤️ 1'],
      'Thanks for your patience',
    ],
    [
      'a quoted post under a social reply: who and when, the post, its counts',
      '@harborfan sorry about the long queue at gate B 😞 We have passed this to the venue team and they are adding staff for Saturday. ^LM\n\nharborfan · 3h\n@HarborArena 45 minutes at gate B, seriously\n2 replies · 14 likes',
      ['harborfan · 3h', '@HarborArena 45', '2 replies'],
      'sorry about the long queue',
    ],
    [
      'headings with their messages over the answer',
      'Kasia, 11:02\nmy order arrived without the lid\nFreshly (auto-reply), 11:02\nThanks! We reply within 2 hours.\n\nHi Kasia, so sorry about the missing lid! A new one is on its way by first-class post.',
      ['Kasia, 11:02', 'my order arrived', 'Freshly (auto-reply)', 'Thanks! We reply'],
      'so sorry about the missing lid',
    ],
    [
      'stamped turns with a weekday over the answer',
      '[Tue 10:14] Guest: do you have parking?\n[Tue 10:14] Guest: and is breakfast included\n\nHi! Yes to both: free parking behind the hotel, and breakfast is served 7–10 am.',
      ['[Tue 10:14] Guest: do', '[Tue 10:14] Guest: and'],
      'Yes to both',
    ],
    [
      'a presence and its age under the answer',
      'Your booking is confirmed for 2 guests on 12 May. See you then!\n\nLast seen 5 min ago\nonline',
      ['Last seen', 'online'],
      'Your booking is confirmed',
    ],
    [
      'a passive event under a notice the pass already knew',
      'All set, Dev: your plan is paused from 1 May.\n\nStatus changed to Pending\nFollow-up reminder scheduled by workflow',
      ['Follow-up reminder'],
      'All set, Dev',
    ],
  ])('%s', (_, text, theirs, agents) => readsTheirs(text, theirs, agents));

  it.each([
    ['two passive sentences of the agent’s at the end', 'Thanks for the update, Rina.\n\nThe technician was booked for Friday.\nThe old part was sent back to the supplier', 'The old part'],
    ['one unpunctuated event-like line alone at the end', 'Hi Jo, I have checked the account.\n\nEverything was updated by our team', 'Everything was updated'],
    ['the agent’s notes under the answer', 'Hi Ali, the update fixed it on our test phones too.\n\nNote: restart the app after updating.\nNote: the old cache is cleared automatically.', 'Note: restart'],
    ['passive lines of the agent’s between greeting and sign-off', 'Hi Sam,\n\nThe parcel was collected by the courier this morning.\nIt was signed for by your neighbour at number 12.\n\nBest,\nAva', 'It was signed'],
    ['a reply made only of event-like lines', 'Refund issued by finance\nLabel sent to the customer', 'Label sent'],
  ])('keeps %s as the agent’s', (_, text, needle) => expect(skipped(text, needle)).toBe(false));
});

describe('round 2: clocks alone, nicks, handles, clocked labels and a messenger’s name over its message', () => {
  it.each(['15:20', 'Just now', '✓✓ 18:05', 'Mon 21:04', '3h'])('reads %j as a stamp alone', (line) => expect(isStampOnly(line)).toBe(true));
  it.each(['15:20 works for me', 'Call at 15:20.', 'Now'])('reads %j as no stamp alone', (line) => expect(isStampOnly(line)).toBe(false));
  it.each([
    ['[08:12] <tom_k> the build fails on step 3', 'tom_k'],
    ['Ola 08:12: is the store open', 'ola'],
  ])('reads %j as a turn by %j', (line, label) => expect(turnShape(line)?.label).toBe(label));
  it.each(['Rosa Lind · Customer', 'tealeaf_fan', '@olive.grove', 'u/quietpine'])('reads %j as a heading', (line) => expect(isTurnHeading(line)).toBe(true));
  it.each(['Sam · Support', 'Sam Lee | Customer', 'Thanks', 'Olive'])('reads %j as no heading', (line) => expect(isTurnHeading(line)).toBe(false));

  it.each([
    ['the app’s ticks and clock glued under the answer', 'Thanks, Noa! The code is applied and the new total is £31.\n✓✓ 09:44', ['✓✓ 09:44'], 'The code is applied'],
    [
      'an IRC log over the answer',
      '[08:12] <tom_k> the build fails on step 3\n[08:13] <tom_k> on windows only\n\nHi Tom, thanks for the detail. The Windows runner had an old SDK; we updated it and the build passes now.',
      ['[08:12] <tom_k>', '[08:13] <tom_k>'],
      'Hi Tom, thanks',
    ],
    [
      'the customer’s message headed by their role, with its age under it',
      'Hi Rosa! The spare filter ships tomorrow at no cost.\n\nRosa Lind · Customer\nyou are the best!! 🙏\n2m',
      ['Rosa Lind · Customer', 'you are the best', '2m'],
      'The spare filter ships',
    ],
    [
      'a comment headed by a bare handle, with its age and counts under it',
      '@tealeaf_fan so sorry the lid cracked! A new jar is on its way, details in your DMs 💚\n\ntealeaf_fan\nthe lid of my jar cracked in the post 😢\n2d · 3 likes · Reply',
      ['tealeaf_fan\nthe lid', 'the lid of my jar', '2d · 3 likes'],
      'so sorry the lid cracked',
    ],
    [
      'two turns with a clock before the colon over the answer',
      'Max (Bot) 08:01: Hello! What can I help with?\nOla 08:02: is the store open on Sunday\n\nHi Ola, yes: the Main Street store is open 10 am to 4 pm on Sundays.',
      ['Max (Bot) 08:01', 'Ola 08:02'],
      'Hi Ola, yes',
    ],
    [
      'a messenger’s name over messages with their clocks',
      'Hola Inés! Your table for two is booked for Friday at 9 pm.\n\nInés Vidal\n19:02\nmil gracias\n19:03',
      ['Inés Vidal', '19:02', 'mil gracias', '19:03'],
      'Your table for two',
    ],
    ['one labelled turn glued under the app’s note', 'Yes, we deliver to Skye in 3–4 working days.\n\n(edited)\nRuairi: great thanks', ['(edited)', 'Ruairi: great'], 'we deliver to Skye'],
  ])('%s', (_, text, theirs, agents) => readsTheirs(text, theirs, agents));

  it.each([
    ['turns labelled with the agent’s own name that make up the reply', 'Handoff → Agent Jo\nJo: Hello\nJo: Refunds go back to the card used at checkout\nJo: The refund was raised today and takes five days', 'Jo: Refunds go back'],
    ['the agent signing with their team under the answer', 'Your parcel left the depot this morning and arrives tomorrow.\n\nSam · Support', 'Sam · Support'],
    ['a booking’s name and time over the agent’s instruction', 'Your visit is booked:\n\nDr Okoro\nMar 9, 2:30 PM\nPlease bring your insurance card.', 'Please bring'],
  ])('keeps %s as the agent’s', (_, text, needle) => expect(skipped(text, needle)).toBe(false));
});

describe('review42: topic labels the agent answers under are no speaker', () => {
  it.each([
    ['two answers under the same topic', 'Thanks Noor, I went through your account and here is what I found.\nBilling: the March invoice went out twice on the 3rd\nBilling: nothing more to pay until April, the duplicate is void', 'Billing: nothing more'],
    ['two options under the same label', 'Hi Tomas, I have two ways to sort the cracked screen for you.\nOption: a courier collects the phone on Monday\nOption: you drop it at the Leeds store any day', 'Option: you drop'],
  ])('keeps %s as the agent’s', (_, text, needle) => expect(skipped(text, needle)).toBe(false));
  it.each(['Billing: the card was charged twice', 'Refund: sent back to the card today', 'Next steps: we book the engineer'])('reads %j as no turn', (line) => expect(turnShape(line)).toBeNull());
});

describe('review42: the agent trailing off is no bare handle', () => {
  it.each(['ok...', 'hmm..', 'right...', 'sure..'])('reads %j as no heading', (line) => expect(isTurnHeading(line)).toBe(false));
  it.each(['river.stone', 'mo_b_22', 'a.b_c'])('still reads %j as a handle', (line) => expect(isTurnHeading(line)).toBe(true));
  it('keeps the lines under an "ok..." as the agent’s', () => {
    const text = 'Thanks for bearing with me, I asked the stockroom about it.\n\nok..\nthe size 9 is gone until spring, sadly\nhmm..\nthe 9.5 runs small so it might fit you';
    expect(skipped(text, 'the size 9 is gone')).toBe(false);
    expect(skipped(text, 'the 9.5 runs small')).toBe(false);
  });
});
