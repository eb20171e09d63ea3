/**
 * Session 43, aim43 (issue #10), under the A/B protocol: a grammar slot, not a family of words. "We can't give you a
 * date" flags when the date is named by what it is for ("a completion date", "a delivery date", "any firm repair
 * timescale"), not only as a bare "date" or "timeframe"; a date that is given, or a date of something else, passes.
 * Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['no time given, the time named by what it is for', 'no-time-given',
    ['We cannot give a completion date for the works.',
      "Sorry, we can't give you a delivery date yet.",
      'Unfortunately we are unable to provide a repair timescale.',
      'We are unable to give any firm completion timescale.',
      "I'm not able to offer a return date for the loan car.",
      'The depot cannot confirm a collection date.',
      "We can't provide a rough installation timeline at this point.",
      'We are not able to give you a likely dispatch date.'],
    ['We can give you a delivery date: it arrives on Friday 14 March.',
      "I've confirmed the completion date with the builder: 3 June.",
      'Your repair timescale is five working days, so by next Tuesday.',
      'The installation date is set for tomorrow morning.',
      'Thanks for confirming your date of birth.',
      'We can offer a delivery date of 12 May, or 14 May if that suits better.',
      'I can confirm the dispatch date is today.',
      'Here is the new collection date: Monday at 9am.',
      'Happy to move your return date to the weekend.']],
];

describeRecallFamilies('session 43, aim43: no-time-given, the time named by its purpose', cases);
