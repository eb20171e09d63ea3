/**
 * Review 45: you-would-have-known's "I'm sure you appreciate…" slot (aim45) read a forecast or an offer as a presumption:
 * "you'd appreciate a quick update" says what they would like, "you know the feeling" shares it. Both pass; the
 * presumption that they knew still flags. Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['a presumption that the customer knew, beside what they would like', 'you-would-have-known',
    ["I'm sure you'd appreciate that the gym shuts at ten.",
      "I'm sure you will understand that worn shoes cannot be swapped.",
      "We assumed you knew the shuttle leaves from gate B."],
    ["I'm sure you'd appreciate a quick word on where the parcel is: it left the depot today.",
      "I thought you would appreciate some notice, so here it is: the shop closes early on Friday.",
      "I'm sure you'll appreciate an extra week on the trial, so I've added one.",
      "I'm sure you know the feeling when a delivery slips, and I've chased it for you."]],
];

describeRecallFamilies('review 45: you-would-have-known passes a forecast, an offer or a shared feeling', cases);
