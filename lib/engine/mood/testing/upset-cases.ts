/**
 * One runner for the mood reader's tables of messages a person reads as upset and their near misses that stay calm.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

export function describeUpsetCases(title: string, cases: { upset: readonly string[]; calm: readonly string[] }): void {
  describe(title, () => {
    it.each(cases.upset)('reads upset: %s', (message) => {
      expect(upset(message)).toBe(true);
    });
    it.each(cases.calm)('stays calm: %s', (message) => {
      expect(upset(message)).toBe(false);
    });
  });
}
