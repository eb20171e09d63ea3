import { describe, expect, it } from 'vitest';
import { sharedEnd, sharedStart } from './shared-ends';

describe('shared ends of two drafts', () => {
  it('counts the code units two texts share at the start and at the end', () => {
    expect(sharedStart('Hi Maria, thanks', 'Hi Maria, sorry')).toBe(10);
    expect(sharedEnd('Thanks, Priya', 'Cheers, Priya')).toBe('s, Priya'.length);
    expect(sharedStart('same', 'same')).toBe(4);
    expect(sharedEnd('', 'anything')).toBe(0);
  });

  it('never ends between the halves of an emoji that differ only in their second half', () => {
    // 😀 (D83D DE00) and 😁 (D83D DE01) share their first half: the shared start is the text before them.
    expect(sharedStart('Done 😀 now', 'Done 😁 now')).toBe('Done '.length);
    expect(sharedStart('Café ☕ 😀', 'Café ☕ 😀')).toBe('Café ☕ 😀'.length);
  });

  it('never starts between the halves of an emoji that differ only in their first half', () => {
    // 𐘀 (D801 DE00) and 😀 (D83D DE00) share their second half: the shared end is the text after them.
    expect(sharedEnd('see 𐘀 you', 'see 😀 you')).toBe(' you'.length);
    expect(sharedEnd('Thanks 🙏', 'Cheers 🙏')).toBe('s 🙏'.length);
  });
});
