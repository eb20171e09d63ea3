import { describe, expect, it } from 'vitest';
import { FIRST_LOOK_BUDGET_MS, FIRST_LOOK_MIN_NEW_CHARS, firstLookFor, newCharacters } from './first-look';

describe('newCharacters', () => {
  it('counts what lies between the common start and end', () => {
    expect(newCharacters(null, 'hello')).toBe(5);
    expect(newCharacters('hello world', 'hello world')).toBe(0);
    expect(newCharacters('hello world', 'hello big world')).toBe(4);
    expect(newCharacters('hello world', 'hello')).toBe(0);
    expect(newCharacters('abc', 'xyz')).toBe(3);
    // A repeated run is not counted twice: "aa" → "aaa" adds one character.
    expect(newCharacters('aa', 'aaa')).toBe(1);
  });
});

describe('firstLookFor', () => {
  const long = 'x'.repeat(FIRST_LOOK_MIN_NEW_CHARS);
  it('starts a first look only when a long stretch of text is new', () => {
    expect(firstLookFor(null, long, 5)).toEqual({ at: 5, budgetMs: FIRST_LOOK_BUDGET_MS });
    expect(firstLookFor(null, long.slice(1), 5)).toBeNull();
    expect(firstLookFor(long, `${long}y`, 5)).toBeNull();
    expect(firstLookFor('short', `short ${long}`, null)).toEqual({ at: long.length + 6, budgetMs: FIRST_LOOK_BUDGET_MS });
  });
  it('keeps the caret inside the text', () => {
    expect(firstLookFor(null, long, long.length + 50)?.at).toBe(long.length);
    expect(firstLookFor(null, long, -3)?.at).toBe(0);
  });
});
