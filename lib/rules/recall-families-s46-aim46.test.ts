/**
 * Session 46, aim46 (issue #10), under the A/B protocol: a grammar slot, not a family of words. A turn word ("but",
 * "however", "instead", "alternatively", "meanwhile", "in the meantime") that an `unless` matches alone excuses a no
 * only when it comes after it ("We can't refund it, but we can move it"): the turn is the way forward. Before the no
 * ("I'm sorry, but we can't…", "However, we cannot…") it only leads into it (phrase.ts, isBareTurn). Shared by every
 * rule whose unless is a bare choice of turn words (we-are-unable-to, final-say, not-possible-to, thats-impossible…).
 * Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a no after the turn word, none after it', 'we-are-unable-to',
    ["I'm sorry, but we are unable to change the booking.",
      'However, we are unable to reissue the ticket.',
      'The lamp can go back to the shop, but we will not be able to pay for the fitter.',
      'I know this is a blow but we cannot offer a refund.'],
    ['We are unable to change the booking, but I can move you to the next tour.',
      'We cannot reissue the ticket; instead I have emailed you a new code.',
      'We are unable to refund the fee, however I have added a credit of the same amount.',
      "We can't open on Sunday, but the Monday slot is yours if you'd like it.",
      "We're unable to ship abroad; alternatively, the Dublin store can post it."]],
  ['the final word after the turn word', 'final-say',
    ["I'm sorry but that's how it is.",
      'I hear you, but the decision stands.'],
    ['The decision stands for now, but I have asked the manager to review it on Monday.',
      "That's how it works, but I can walk you through it so it's easy."]],
  ['no way after the turn word', 'not-possible-to',
    ["I'm sorry, but there is no way to change the seat.",
      'However, there is no option to move the date.'],
    ['There is no way to change the seat online, but I have asked the crew to help when you board.',
      'There is no option to move the date; instead I have held the next one for you.']],
  ['no exception after the turn word', 'thats-impossible',
    ['We do understand, but that is not an option.',
      'I know you were hoping otherwise, but this is out of the question.'],
    ['That is not an option for this fare, but I have asked my manager to make an exception.',
      'This is out of the question for the seat you picked, however the row behind is free and I have moved you.']],
];

describeRecallFamilies('session 46, aim46: a turn word excuses only the no before it', cases);
