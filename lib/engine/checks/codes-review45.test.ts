/**
 * Review 45: plain45's exemptions for a code explained beside it read a new clause after the comma ("DCV, the depot
 * will…") or any next sentence about something else ("It's the second delay…") as the code's meaning.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

// The rule ships switched off; read as a lead who turned it on.
const rule = { ...defaultPack.rules.find((r) => r.id === 'unexplained-code')!, enabled: true };
const alone = createAnalyzer([rule]);
const flagged = (text: string) => alone.analyze(text).findings.some((f) => f.ruleId === 'unexplained-code');

describe('unexplained-code: a code is explained by a gloss, not by the next clause or sentence (review 45)', () => {
  it.each([
    'Your refund is on hold for KVR, the bank will release it on Monday.',
    'The router shows LOS, your engineer can look at it on Friday.',
    'Your refund is on hold for KVR. It is a busy month for the bank.',
    "The router shows LOS. It's the second fault this year, sorry.",
    "The router shows LOS. That's what we see after a storm.",
  ])('flags: %s', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Your refund is on hold for KVR, a routine check the bank runs, until Monday.',
    'The router shows LOS, meaning no signal reaches it from the street.',
    "The router shows LOS. That's the light for a lost line signal.",
    'The router shows LOS. It means no signal reaches it from the street.',
  ])('passes: %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
