/**
 * Session 45 (warm45): a get-well wish meets the illness or injury the customer told; a hope about a thing or results,
 * or the greeting "I hope you're well", meets nothing.
 */
import { describe, expect, it } from 'vitest';
import { acknowledgesFeelings } from './acknowledges';

describe('a get-well wish acknowledges', () => {
  it.each([
    "Hope you're feeling better!",
    'I hope your daughter is on the mend.',
    "Hope Grandad's feeling better today.",
    'Hope your little one feels better soon 😊',
    'Get well soon!',
    'Wishing you a speedy recovery, Sam.',
  ])('%s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(true);
  });

  it.each([
    "I hope you're well.",
    'Hope you are well and had a good weekend.',
    'We hope your next visit is better.',
    'I hope you get better results with the new filter.',
    'I hope the app gets better with the update.',
  ])('not: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(false);
  });
});

describe('a hope about the thing is no get-well wish', () => {
  it.each(['I hope it gets better soon.', 'Hope this gets better with the next update!', 'I hope that feels better now.'])('not: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(false);
  });
});
