import { describe, expect, it, test } from 'vitest';
import type { Finding } from '../engine/types';
import { badgeLabel, badgeTooltip, bandWord, messageWithoutPrinciple } from './labels';

const finding = (principle: Finding['principle'], message: string) => ({ principle, message }) as Finding;

describe('labels of the in-page UI', () => {
  test.each([
    ['respect', 'Respect: "You need to…" reads as an order.', '"You need to…" reads as an order.'],
    ['plain-language', 'Plain language: "per our policy" sounds like a rulebook talking.', '"per our policy" sounds like a rulebook talking.'],
    ['follow-through', 'Follow-through: the reply ends without a next step.', 'The reply ends without a next step.'],
    ['empathy', 'Name how they feel before the fix.', 'Name how they feel before the fix.'],
  ] as const)('%s: the principle is named once, not again in the message', (principle, message, expected) => {
    expect(messageWithoutPrinciple(finding(principle, message))).toBe(expected);
  });

  it('the badge tooltip says what the numbers are', () => {
    expect(badgeTooltip(6, 5, 'cold')).toBe('6 suggestions · warmth 5 of 100, cold');
    expect(badgeTooltip(1, 80, 'warm')).toBe('1 suggestion · warmth 80 of 100, warm');
    expect(badgeTooltip(0, 90, 'warm')).toBe('No suggestions · warmth 90 of 100, warm');
    expect(badgeTooltip(2, 40, 'neutral', false)).toBe('Rapport: not checked (not English)');
  });

  it('the badge’s accessible name says what it is and what it does', () => {
    expect(badgeLabel(6, 5, 'cold')).toBe('Rapport: 6 suggestions, warmth 5 of 100 (cold). Open the list.');
    expect(badgeLabel(0, 0, 'cold', true, true)).toMatch(/could not check this draft.*Open the list\.$/);
  });

  it('the band is a word, capitalised for the badge', () => {
    expect(['cold', 'neutral', 'warm'].map((b) => bandWord(b as 'cold'))).toEqual(['Cold', 'Neutral', 'Warm']);
  });
});
