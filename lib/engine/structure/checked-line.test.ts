import { describe, expect, it } from 'vitest';
import { checkedLine } from './checked-line';

describe('checkedLine', () => {
  it('says what was skipped, in the order it appears', () => {
    expect(checkedLine([])).toBe('Checked your whole reply.');
    expect(checkedLine(['signature'])).toBe('Checked your reply; skipped your signature.');
    expect(checkedLine(['quote', 'signature'])).toBe('Checked your reply; skipped the quoted email and your signature.');
    expect(checkedLine(['signature', 'footer', 'quote', 'quote'])).toBe('Checked your reply; skipped your signature, the legal footer and the quoted email.');
  });
});
