/**
 * Review of session 37's exemptions: each one excuses what it was written for, not the cold form beside it. Wording of
 * our own; the rules' paraphrase lists hold the rest (thats-expected's is at its limit of 40).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const analyzer = createAnalyzer(defaultPack);
const flags = (text: string, rule: string) =>
  analyzer.analyze(text, { channel: 'email' }).findings.some((f) => [f.ruleId, ...(f.alsoRuleIds ?? []), ...(f.merged ?? []).map((m) => m.ruleId)].includes(rule));

describe('thats-expected: "if it happens again" excuses only beside the offer', () => {
  it.each([
    "These things happen, if it happens again we can't do anything more.",
    'Delays happen, and if it happens again that is down to the courier.',
  ])('still flags: %s', (text) => {
    expect(flags(text, 'thats-expected')).toBe(true);
  });
  it.each(["Sorry about the mix-up. If it happens again, text me and I'll swap it the same day.", "Sorry about the mix-up. Do ring me if that happens again and I'll come round."])(
    'leaves the offer alone: %s',
    (text) => {
      expect(flags(text, 'thats-expected')).toBe(false);
    },
  );
});
