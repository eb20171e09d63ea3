import { describe, expect, it, vi } from 'vitest';

// The storage item itself needs the extension APIs; the list logic is pure.
vi.mock('wxt/utils/storage', () => ({ storage: { defineItem: () => ({}) } }));
const { normalizePhrase, withPhrase } = await import('./ignored-phrases');

describe('withPhrase', () => {
  it.each([
    [[], 'Per our records', ['Per our records']],
    [['Per our records'], 'per  our records', ['Per our records']],
    [['I’m afraid'], "I'm afraid", ['I’m afraid']],
    [['a'], '   ', ['a']],
  ])('%j + %j -> %j', (list, phrase, expected) => {
    expect(withPhrase(list, phrase)).toEqual(expected);
  });

  it('normalizes case, apostrophes and spaces', () => {
    expect(normalizePhrase('  You’re\n RIGHT ')).toBe("you're right");
  });
});
