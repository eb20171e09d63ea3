/** The popup's one line on why the draft scores what it does (used by hand, session 53). */
import { describe, expect, it } from 'vitest';
import { scoreWhy } from './score-why';

describe('scoreWhy', () => {
  it('says "mostly" only for a principle that outweighs every other', () => {
    const findings = [
      { principle: 'respect', severity: 'warning' },
      { principle: 'respect', severity: 'hint' },
      { principle: 'empathy', severity: 'suggestion' },
    ] as const;
    expect(scoreWhy(20, findings)).toBe('3 things below cool this reply (mostly respect); fixing them raises the score.');
  });

  it('names no principle as "mostly" when several weigh the same (one finding each)', () => {
    const findings = [
      { principle: 'positivity', severity: 'suggestion' },
      { principle: 'plain-language', severity: 'suggestion' },
      { principle: 'empathy', severity: 'suggestion' },
    ] as const;
    expect(scoreWhy(0, findings)).toBe('3 things below cool this reply; fixing them raises the score.');
  });

  it('names the one finding’s principle without "mostly"', () => {
    expect(scoreWhy(75, [{ principle: 'welcome', severity: 'hint' }])).toBe('Already warm; 1 thing below would polish it (welcome).');
  });
});
