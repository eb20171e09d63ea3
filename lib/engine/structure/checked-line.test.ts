import { describe, expect, it } from 'vitest';
import { checkedLine, nothingOwnLine, skippedCountsLine, withLeftOut } from './checked-line';

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

describe('withLeftOut', () => {
  it('adds the kinds the editor left out of the text after the ones the check read past, each once', () => {
    expect(withLeftOut([], ['signature', 'quote'])).toEqual(['signature', 'quote']);
    expect(withLeftOut(['quote'], ['signature', 'quote'])).toEqual(['quote', 'signature']);
    expect(withLeftOut(['footer', 'footer'], ['signature', 'signature'])).toEqual(['footer', 'signature']);
  });

  it('keeps the check\'s own list when the editor left nothing out', () => {
    expect(withLeftOut(['quote', 'signature'], [])).toEqual(['quote', 'signature']);
    expect(withLeftOut(['quote'], undefined)).toEqual(['quote']);
    expect(withLeftOut([], [])).toEqual([]);
  });

  it('makes the line name what the editor left out: a Gmail reply with its signature and the quoted email below', () => {
    expect(checkedLine(withLeftOut([], ['signature', 'quote']))).toBe('Checked your reply; skipped your signature and the quoted email.');
    expect(checkedLine(withLeftOut(['signature'], ['signature', 'quote']))).toBe('Checked your reply; skipped your signature and the quoted email.');
  });
});
