/**
 * Session 37's families of warm false alarms (issue #10), found by ranking every rule's false alarms on all dev tune
 * files (scripts/rule-first-look.ts) and on a new tune batch (dev-extra-el: faith bodies, South African, Nigerian,
 * Singaporean, Filipino, Jamaican and Texan desks), written again here in other words. Grouped by why the rule misread:
 * the duty is the customer's own option; a "normal" that reassures with the phase passing, a result in range, or a
 * pain not to be borne; a condition, not a claim ("if it still happens"); relief said with a negative; a private
 * detail for a list the reply already put them on. Each warm form must pass; beside it the cold form of the same habit
 * must still flag. Sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  analyzer.analyze(text, { channel }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // An option the customer may take, named first; what they asked of us still comes with an order.
    rule: 'you-need-to',
    warm: ["If you'd like to add your beliefs to the record, you'll need to log in and tick the box on page two."],
    cold: ['If you want a refund, you need to send it back first.', 'You will need to fill in the form again.'],
  },
  {
    // Relief said with a negative: what will not happen to them.
    rule: 'not-permitted',
    warm: ["You won't be summonsed while we sort this out.", "Matches that dropped won't count as losses."],
    cold: ["Cancelled sessions won't count towards your loyalty points.", 'Fees will not be refunded.'],
  },
  {
    // A condition, not a claim that it is normal.
    rule: 'thats-expected',
    warm: ['Please update and let us know if it still happens.'],
    cold: ['These things happen.', "It's a known issue."],
  },
  {
    // Common for a while, with the phase passing or the pain not to be borne; a result inside its range.
    rule: 'waved-away-as-normal',
    warm: [
      'Pale and still is really common for the first day, and they colour back up within a day or two.',
      "Pain like this is common in the first weeks but it isn't something you have to put up with.",
      'Your results are back and everything is within the normal range.',
    ],
    cold: ['Pale gills are really common for the first day after a journey.', 'Some leaking is very common for the first term of use.'],
  },
];

describe('s37: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});
