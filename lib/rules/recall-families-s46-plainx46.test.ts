/**
 * Session 46, plainx46 (issue #10), under the A/B protocol: an interaction habit a lead reads as a hand-off, stated by
 * grammar rather than by words. Our own wording, not taken from dev files, a check batch or held-out data.
 *
 * sent-to-a-form: pointed at steps, an article or a link instead of an answer, in any mood, a question included
 * ("Have you tried the steps on this page?", "Try resetting it with the steps at this link").
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const only = (id: string) => {
  const analyzer = createAnalyzer(defaultPack.rules.filter((r) => r.id === id));
  return (text: string) => analyzer.analyze(text, {}).findings.filter((f) => f.ruleId === id).length;
};

const families: Array<{ rule: string; flags: string[]; nearMisses: string[] }> = [
  {
    rule: 'sent-to-a-form',
    flags: [
      'Have you tried the steps on this page yet?',
      'Did you follow the instructions here to reset it?',
      'Have you already gone through the troubleshooting guide below?',
      'Did you try clearing your cache using the steps in this article?',
      'Could you try reinstalling the app by following the steps here?',
      'You might try the tips on this page first.',
      'Please see the following link for details.',
      'Try resetting your password with the steps at this link.',
    ],
    nearMisses: [
      "I've followed the steps on this page and your account is working again.",
      'Here are the steps: open Settings, tap Wi-Fi, then choose your network.',
      "Did you get the text with your code? If not, I'll resend it now.",
      "I've put the steps below so you have them, and I'll stay on the chat while you try.",
      'Did the steps I sent earlier work for you?',
      "Could you send me a photo of the screen so I can see what's happening?",
      "Thanks for trying those steps, I'm sorry they didn't fix it. I've booked a technician for Thursday at 10am.",
      'The link in your confirmation email opens your booking, and I have extended it to Sunday.',
    ],
  },
];

describe.each(families)('session 46, plainx46: $rule', ({ rule, flags, nearMisses }) => {
  const count = only(rule);
  it.each(flags)('flags %s', (text) => {
    expect(count(text)).toBeGreaterThan(0);
  });
  it.each(nearMisses)('passes %s', (text) => {
    expect(count(text)).toBe(0);
  });
});
