/**
 * Session 45, aim45 (issue #10), under the A/B protocol: a grammar slot, not a family of words. you-would-have-known
 * reads the speaker presuming the customer knew ("I'm sure you appreciate…", "I'd assumed you knew…", "we assumed you
 * were aware of…") with any tense and with or without "as", when what they knew follows; deferring to what the customer
 * knows best, knowing how they feel, or a presumption about what they want passes.
 * Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['presumed knowledge, the speaker sure the customer knew', 'you-would-have-known',
    ["I'm sure you appreciate that parking in the city centre is limited.",
      "I'd assumed you knew the tour starts at the harbour.",
      'We had assumed you were aware of the weight limit when you booked.',
      "I'm certain you understand that opened software cannot be returned.",
      "As I'm sure you know, the lifts are closed for repair.",
      "I assumed you'd realise the price was per person.",
      "I'm sure you were aware of the dress code before you arrived.",
      'We thought you understood the deposit was non-refundable.'],
    ["I'm sure you'll love the new layout.",
      "I'm sure you know your garden best, so tell me which spot works.",
      'I assumed you would want the refund to your card, so it went back there this morning.',
      'I thought you might like to know the parcel has left the depot.',
      "I'm sure you understand how worrying this has been, and I'm sorry it dragged on.",
      "We thought you were owed a discount, so it's been applied.",
      "I'm not sure you know about the new branch, so here is the address.",
      "I'm sure you're keen to get this sorted quickly."]],
];

describeRecallFamilies('session 45, aim45: you-would-have-known, the speaker presumes the customer knew', cases);
