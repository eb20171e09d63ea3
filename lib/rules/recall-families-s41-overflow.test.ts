/**
 * Session 41: paraphrases the helpers wrote past a rule's limits (40 flag and 40 pass paraphrases per rule, schema.ts),
 * kept here so each still runs against its rule. Written by the helpers, not taken from dev files, a check batch or
 * held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['non-refundable and not returnable after any subject', 'not-permitted',
    ['The deposit of £300 is non-refundable.',
      'Any instalments already taken are non-refundable.',
      'The booking fee is £12 and is non-refundable.',
      'The course fee, once paid, is non-refundable.',
      'Engraved rings cannot be returned.'],
    []],
  ['thanks for patience and understanding as a stock line', 'stock-sympathy',
    ['Thanks for your patience and understanding.'],
    ['Thank you for your patience while I chased the courier: it arrives tomorrow by noon.']],
  ["a step someone else must finish, in the active voice", 'wait-on-an-event',
    ['The pool will reopen after the builders finish the works.'],
    []],
  ['harm filed as part of the activity, nothing to worry about', 'waved-away-as-normal',
    ['Missed connections are part and parcel of rail travel.',
      'There is therefore no cause for concern.',
      'A bit of drizzle is all part of the adventure.'],
    ['Breakfast is part of your package, so just show your key at the café.',
      "I'd love you to be part of the pilot group, and I'll send the details today.",
      'The knocking is most likely air in the pipes, so it is not dangerous, but please keep the heating low until I visit at 10am.']],
  ['nerves called normal are reassurance, not a fault waved away', 'thats-expected',
    [],
    ['Nerves before a first lesson are completely normal.',
      'A few butterflies on the morning of the exam are perfectly natural.']],
];

describeRecallFamilies('s41 overflow', cases);
