/**
 * Moods said in plain words: money still going out after the customer tried to stop it ("you keep taking money", "This
 * is theft."), a long time stuck on one thing ("I've been trying to cancel for a month"), what the failure cost them in
 * their day ("…and was late for my exam", "the driver drove straight past me"), and praise for a person ("a credit to
 * you", "so polite"). Each has near misses a person reads otherwise. Messages are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moods = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moods(message).some((m) => UPSET_MOODS.includes(m));

describe('upset said in plain words', () => {
  it.each([
    'I cancelled in May and you keep taking money every month.',
    'You keep charging me for a plan I ended. This is theft.',
    "I've been trying to cancel for a month and nobody picks up.",
    'We have been trying to get through for two weeks.',
    'The bus drove straight past me at the stop.',
    'The train sat outside the station for ages and I was late for my interview.',
    'Your courier turned up at 2 instead of 9, which made me late for work.',
  ])('reads upset: %s', (message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    "I'm trying to book for a week in June, is the cottage free?",
    'I was late for the yoga class on Monday, can I still get the handout?',
    'Can you stop taking the payment on the 1st and take it on the 5th instead?',
    'Does the 42 bus go past the station?',
    'Sorry I was late for the viewing!',
  ])('stays calm: %s', (message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('praise for a person', () => {
  it.each([
    'Just wanted to say Chris who fitted our boiler was a credit to you, so polite and tidy.',
    'The lady on the phone yesterday was really helpful.',
    'Your driver was incredibly considerate with my mum.',
  ])('reads happy: %s', (message) => {
    expect(moods(message)).toContain('happy');
  });

  it.each(['The agent was not very helpful.', 'Is the engineer qualified to fit a heat pump?'])('does not: %s', (message) => {
    expect(moods(message)).not.toContain('happy');
  });
});
