/**
 * Session 28's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-dc and a sample of the other dev
 * files and written again here in other words. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { rewordingProblems } from './rewording-safety';

const analyzer = createAnalyzer(defaultPack);
const suggestionsOf = (text: string, ruleId: string) =>
  analyzer.analyze(text, { channel: 'email' }).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.suggestions);

describe('s28: a cut of the review or approval an outcome waits on', () => {
  it.each([
    'A refund may be issued once finance have reviewed it.',
    'The fee might be waived once underwriting have assessed it.',
    'A goodwill credit may be added once billing have reviewed.',
  ])('is advice, not a one-click cut: %s', (text) => {
    expect(suggestionsOf(text, 'when-we-get-a-chance')).toEqual([]);
  });

  it.each([
    ['Your deposit may be returned after the landlord has approved the inventory.', 'Your deposit may be returned.'],
    ['The claim could be paid pending approval from the insurer.', 'The claim could be paid.'],
    ['Access may be granted once IT has verified your badge.', 'Access may be granted.'],
  ])('refused by the safety net: %s', (before, after) => {
    expect(rewordingProblems(before, after, after === before ? '' : before.slice(after.length - 1, -1)).join('; ')).toMatch(/review or approval the outcome waits on/);
  });

  it('a vague wait is still cut', () => {
    expect(suggestionsOf("We'll look into it when we get a chance.", 'when-we-get-a-chance')).not.toEqual([]);
    expect(rewordingProblems('The team will review your file as time permits.', 'The team will review your file.', ' as time permits').join('; ')).not.toMatch(/review or approval/);
  });
});

describe('s28: no closing that invites more here after the reply routes requests elsewhere', () => {
  const closingsOf = (text: string, customerMessage: string) =>
    analyzer.analyze(text, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === 'next-step-missing').flatMap((f) => f.suggestions);
  it.each([
    ['We were charged for a seat we removed. Can you refund it?', 'Hello,\n\nThe seat was suspended, not removed. Suspended seats are still billed, as shown on the pricing page. Billing changes are out of scope for this queue; open a ticket with accounts via the admin console.\n\nRegards,\nPlatform Team'],
    ['Can you add dark mode to the app?', 'Hello,\n\nThat is a feature request rather than a bug. Feature requests go to the product team; log one with them through the support centre.\n\nRegards,\nApp Support'],
    ['Our export has been failing since Monday.', 'Hi,\n\nExports run on the reporting service, which this team does not manage. Please file a case with reporting via the help center.\n\nThanks,\nDesk'],
  ])('no one-click "anything else?" beside "open a ticket … via the console": %s', (message, text) => {
    expect(closingsOf(text, message)).toEqual([]);
  });

  it('a closing after an answer that routes nothing elsewhere is still offered', () => {
    const found = closingsOf('Hello,\n\nI have refunded the suspended seat (£12) to your card today.\n\nRegards,\nPlatform Team', 'We were charged for a seat we removed. Can you refund it?');
    expect(Array.isArray(found)).toBe(true);
  });
});

describe('s28: a cut that leaves a phrase standing alone', () => {
  it.each([
    'No exceptions can be made for safety reasons.',
    'No exceptions will be made due to insurance rules.',
    'No exceptions can be made under any membership tier.',
  ])('no one-click cut: %s', (text) => {
    const cuts = analyzer.analyze(`Hi Sam, grip socks are mandatory. ${text}`, { channel: 'email' }).findings.filter((f) => f.ruleId === 'no-exceptions').flatMap((f) => f.suggestions);
    expect(cuts).toEqual([]);
  });

  it.each([
    ['Refunds are not given after 30 days, no exceptions, for hygiene reasons.', 'For hygiene reasons.'],
    ['No exceptions can be made on medical grounds.', 'On medical grounds.'],
  ])('refused by the safety net: %s', (before, after) => {
    expect(rewordingProblems(before, after, 'No exceptions can be made').join('; ')).toMatch(/phrase with no clause|has no verb/);
  });

  it('a sentence that is whole after the cut is still offered', () => {
    expect(suggestionsOf('All sales are final, no exceptions.', 'no-exceptions')).not.toEqual([]);
  });
});

describe('s28: a told-you-so cut that keeps where it was said', () => {
  it.each([
    ['As explained at check-in, towels are charged separately.', 'At check-in, towels are charged separately.'],
    ['As mentioned during the consultation, results can take six weeks.', 'During the consultation, results can take six weeks.'],
    ['As stated in the welcome pack, lockers are emptied nightly.', 'In the welcome pack, lockers are emptied nightly.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/where or when it was said/);
  });

  it('a told-you-so with nothing attached is still cut', () => {
    expect(rewordingProblems('As mentioned, towels are charged separately.', 'Towels are charged separately.').join('; ')).not.toMatch(/where or when it was said/);
  });
});
