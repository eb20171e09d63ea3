/**
 * Session 30's family of unsafe closings (issue #10 item 3: "a do not reply never becomes reply"): the reply steers the
 * customer away from writing to someone directly, and a one-click closing then invites them to write here. The family
 * was named by the session-30 reader of the fresh half (a "reply here" after a line asking customers not to contact
 * their account manager directly); every sentence below is written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { neighbourProblems } from './rewording-safety';

const analyzer = createAnalyzer(defaultPack);
const closingsOf = (text: string) =>
  analyzer
    .analyze(text, { channel: 'email' })
    .findings.filter((f) => f.ruleId === 'next-step-missing')
    .flatMap((f) => f.suggestions);
const REPLY_HERE = " If anything else comes up, reply here and I'll be glad to help.";
const ANYTHING_ELSE = ' Let me know if there is anything else I can help you with.';

describe('s30: no "reply here" after the reply steers the customer away from direct contact', () => {
  const steeredAway = [
    'Your export is fixed. In future, requests should come to the support queue, not directly to Priya.',
    'The rota is updated. Please log changes in the request tracker rather than emailing your account manager directly.',
    'Your order is back on track. Please avoid contacting the warehouse team, as they cannot see your account.',
    'The invoice is reissued. Kindly refrain from calling the finance office about billing questions.',
    'The engineer has been booked. Please do not ring the engineer directly to move the slot.',
    'The new card is on its way. Instead of messaging the branch manager, raise any card issue with the fraud line.',
    "The access is restored. Don't text the site supervisor directly about passes.",
    'Your locker is reassigned. For anything else, please go to the front desk instead of approaching the coaches.',
  ];

  it.each(steeredAway)('a closing that invites a reply here is refused: %s', (text) => {
    for (const closing of [REPLY_HERE, ANYTHING_ELSE]) {
      expect(neighbourProblems(text, text + closing).join('; ')).toMatch(/invites a reply here after telling the customer where requests go instead/);
    }
  });

  it('the coach offers no one-click "reply here" closing after such a line', () => {
    const text = 'Hi Dana,\n\nThe export has been fixed. In future, requests should come to the support queue, not directly to Priya.\n\nBest,\nSam';
    const closings = closingsOf(text);
    expect(closings.some((s) => /reply here|anything else I can help/i.test(JSON.stringify(s)))).toBe(false);
  });

  const steeredHere = [
    'Your export is fixed. Next time, just reply to this email rather than calling the depot.',
    'The rota is updated. Please keep questions in this thread instead of messaging the team on WhatsApp.',
    'Your order is back on track. You can message us here rather than phoning the shop.',
    'The engineer has been booked for Tuesday.',
    'The new card is on its way and should arrive by Friday.',
    'Your account manager, Priya, will call you directly on Monday to talk through the renewal.',
  ];

  it.each(steeredHere)('a reply that steers here, or nowhere, keeps its closing: %s', (text) => {
    expect(neighbourProblems(text, text + REPLY_HERE).join('; ')).not.toMatch(/where requests go instead/);
  });
});
