/**
 * Real social messages (session 33): a concern said with its strength is a worry ("I'm very concerned about my
 * father"), the letter-writer's "I am concerned that…" is not; a time gone by ("signed in 2 hours ago") is no deadline;
 * a name in quotes that starts on a brand's inner capital ("iPhone Upgrade Program") is no scare quote; swearing at
 * what happened ("what the hell", "wtf") and weariness ("getting tired of") are frustration; the pleading face and a
 * typed sad face said twice (":((") are sadness, a single ":(" is not; "on hold for 3+ hours" is a wait.
 */
import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';

const moods = (message: string) => readMood(message)?.moods ?? [];
const cues = (message: string) => (readMood(message)?.evidence ?? []).map((e) => e.cue);

describe('a concern said with its strength', () => {
  it.each(['I am very concerned about my father, he had his pension paid into the old account', "We are extremely concerned that the kids' flights might be cancelled", "i'm so concern for my sister she works on the ward every day"])(
    'is a worry: %s',
    (message) => expect(moods(message)).toContain('worried'),
  );
  it('the plain "I am concerned that" of a letter is not', () => expect(moods('I am concerned that the invoice total looks different from the quote.')).not.toContain('worried'));
});

describe('a time gone by', () => {
  it.each(["I was signed in 2 hours ago and now it says my password is wrong, please help me I can prove it's mine", 'logged in 20 minutes ago and now the app needs a code, i need help'])(
    'is no deadline: %s',
    (message) => expect(moods(message)).not.toContain('urgent'),
  );
  it('a time to come still is', () => expect(moods('I need the reset link in 2 hours or I miss the filing window')).toContain('urgent'));
});

describe('a name in quotes', () => {
  it("starting on a brand's inner capital is no scare quote", () =>
    expect(cues('I\'ve paid into the "iPhone Upgrade Program" for 8 months and now you say I\'m not on it. Nobody can help me.')).not.toContain('sarcasm'));
  it('a scare quote in lower case still is', () => expect(cues('they charged me for "express delivery" and it came a week late. Nobody can help me.')).toContain('sarcasm'));
});

describe('feelings said in the words of a tweet', () => {
  it.each([
    ['swearing at what happened', 'what the hell, my crew did the whole job and only the leader got paid. why'],
    ['wtf', 'kicked from the lobby again wtf'],
    ['weariness', 'Getting really tired of this update breaking my saves'],
    ['a pleading face', 'reinstalled twice, still stuck on the logo 🥺'],
    ['a sad face said twice', 'cant get into my old email at all :(('],
    ['a long hold', "I've been on hold for 2+ hours to talk to someone about my card"],
  ])('reads %s upset', (_name, message) => expect(moods(message).some((m) => m !== 'confused' && m !== 'happy')).toBe(true));

  it.each([
    ['a tired wish', "I'm tired of the old theme, can I switch to dark mode?"],
    ['a single typed sad face beside a question', 'forgot my password :( how do I reset it from the app?'],
  ])('reads %s calm', (_name, message) => expect(moods(message)).toEqual([]));
});
