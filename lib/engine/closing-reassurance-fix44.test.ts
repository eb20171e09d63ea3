import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { refuses } from './refusal';

/**
 * Session 44 (issue #10): a sentence that reassures the customer that something of theirs stays as it is ("This won't
 * change your delivery date") was read as a no by the closing check's final-word patterns, which got after-a-no advice
 * instead of the stock closing. Reassurance is no refusal; a decision or a charge that will not change still is.
 */
const REASSURANCES = [
  "This doesn't change your collection slot.",
  "The move won't change when your parcels arrive.",
  'The switch will not change the delivery day.',
  'Your booking reference will not change.',
  'Your monthly price remains the same.',
  "Your login details won't change.",
  'Your plan stays the same.',
  'Nothing else is affected.',
];
const STILL_FINAL = [
  "This doesn't change our decision.",
  'The fee remains unchanged.',
  'The figure will not change.',
  'Your late fee will not change.',
  'Your car valuation stands and will not change.',
  'The assessment remains the same.',
];

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
const reply = (sentence: string) => `Hi Rosa,\n\nThe new courier took over your deliveries last week. ${sentence}\n\nKind regards,\nPat`;

describe('reassurance that nothing changes (fix44)', () => {
  it.each(REASSURANCES)('gets the stock closing, not after-a-no advice: "%s"', (sentence) => {
    const finding = closingOf(reply(sentence));
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    expect(finding!.advice ?? '').not.toMatch(/where the customer can turn/);
  });

  it.each(STILL_FINAL)('a decision or a charge that will not change is still a closed door: "%s"', (sentence) => {
    const finding = closingOf(reply(sentence));
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/where the customer can turn/);
  });

  it('the refusal reader reads past the reassurance too', () => {
    expect(refuses('The switch will not change the delivery day.')).toBe(false);
    expect(refuses("We won't change the delivery day.")).toBe(true);
  });
});
