/**
 * Upset that people say in plain words rather than feeling words: the body's reaction ("I'm shaking", "sick to my
 * stomach"), a reversal ("now you say it isn't covered"), a bill that jumped, money short by a sum, a medicine given
 * wrong or nearly gone, the phone nobody picks up. Look-alikes stay calm: a question about who pays, a price rise
 * asked about in advance, "now you say" in a thank-you, a medicine to reorder in good time.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

describe('upset said in plain words', () => {
  it.each([
    ["the body's reaction", 'Somebody emptied my current account overnight. I am literally shaking.'],
    ['a feeling in the stomach', 'I moved £1,200 after a call from "your fraud team". I feel sick to my stomach.'],
    ['a sleepless wait', 'The clinic wrote that my results need a follow-up and nobody picks up the phone. I have not slept.'],
    ['the end of their tether', 'Six weeks without a working boiler. I am at the end of my tether.'],
    ['a stressful letter', 'You sent a bailiff letter for a bill I settled in March. It has been really stressful.'],
    ['a reversal of what was promised', 'Your engineer said the repair was under warranty and now you say it is not.'],
    ['a bill that jumped', 'My monthly payment has jumped from £48 to £131 without a word.'],
    ['money short by a sum', 'The refund came through $75 less than you agreed on the call.'],
    ['a medicine given wrong', 'The pharmacy gave my dad the wrong dose of his blood thinner.'],
    ['a medicine nearly gone', 'My repeat prescription still has not been sent and I am down to my last two tablets.'],
    ['an account stopped after paying every month', 'Why was my account suspended? I have paid every single month.'],
    ['charged after cancelling', 'I cancelled the plan in April and you took another payment this week.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['who pays asked as a plan', 'Who pays for the parking at the venue, us or the hotel?'],
    ['a price rise asked about in advance', 'Will the price go up from £10 next year or stay the same?'],
    ['a reversal that helps', 'Thanks, now you say it is covered I will book the repair.'],
    ['a medicine to reorder in good time', 'I have ten tablets left, can I order the next box now?'],
    ['a cancellation they chose', 'I cancelled my gym plan last month, please confirm nothing else will be taken.'],
    ['a stress that is the subject', 'Do you run stress-management workshops for teams?'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});
