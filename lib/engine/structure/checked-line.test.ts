import { describe, expect, it } from 'vitest';
import { checkedLine, nothingOwnLine, skippedCountsLine } from './checked-line';

describe('checkedLine', () => {
  it('says what was skipped, in the order it appears', () => {
    expect(checkedLine([])).toBe('Checked your whole reply.');
    expect(checkedLine(['signature'])).toBe('Checked your reply; skipped your signature.');
    expect(checkedLine(['quote', 'signature'])).toBe('Checked your reply; skipped the quoted email and your signature.');
    expect(checkedLine(['signature', 'footer', 'quote', 'quote'])).toBe('Checked your reply; skipped your signature, the legal footer and the quoted email.');
  });
});

describe('skippedCountsLine', () => {
  it('says, from counts only, how many replies had each part read past', () => {
    expect(skippedCountsLine(undefined)).toBeNull();
    expect(skippedCountsLine({})).toBeNull();
    expect(skippedCountsLine({ signature: 1 })).toBe('Checked only your own words: skipped your signature in 1 reply.');
    expect(skippedCountsLine({ signature: 9, quote: 4, code: 0 })).toBe('Checked only your own words: skipped the quoted email in 4 replies and your signature in 9 replies.');
  });
});

describe('nothingOwnLine', () => {
  it('names what a box holding nothing of the agent\'s holds, or nothing for an empty box', () => {
    expect(nothingOwnLine([])).toBeNull();
    expect(nothingOwnLine(['signature'])).toBe('Only your signature so far, which Rapport skips.');
    expect(nothingOwnLine(['signature', 'quote'])).toBe('Only your signature and the quoted email so far, which Rapport skips.');
  });
});
