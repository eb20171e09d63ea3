/**
 * Time pressure told as a fact: an event that falls on a named day ("the hearing is Monday"), in a few days ("our
 * move is in 4 days"), or a thing needed for a day ("I need them for Friday") reads as urgent; a question that only
 * checks a plan is on time ("just checking it will be ready for Saturday?"), or a day that only names a booking
 * ("my appointment for Thursday"), is calm. Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';

const moodsOf = (message: string) => readMood(message)?.moods ?? [];

describe('time pressure told as a fact', () => {
  it.each([
    ['an event on a named day', 'The keys still have not been posted. Completion is Tuesday.'],
    ['a need for a named day', 'The costume came in the wrong colour and we need it for Sunday.'],
    ['an event in a few days', 'My surgery is in 5 days and the hospital has no record of the referral.'],
    ['a day that pays people', 'Half the staff are missing from this month\'s run. Payday is Thursday.'],
  ])('reads urgency in %s', (_name, message) => {
    expect(moodsOf(message)).toContain('urgent');
  });

  it.each([
    ['a question that checks a plan', 'Hi, just checking the banners will be ready for Friday? We are collecting them then.'],
    ['a booking named by its day', 'Could you move my appointment for Wednesday 2:15 to the week after?'],
    ['a day with no need beside it', 'We are a group of six staying on Friday night, is there parking nearby?'],
  ])('reads no hurry in %s', (_name, message) => {
    expect(moodsOf(message)).not.toContain('urgent');
  });
});
