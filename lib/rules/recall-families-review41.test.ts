/**
 * Review 41: plainly warm or neutral sentences that session 41's widened patterns flagged, written by the reviewer (not
 * taken from dev files, a check batch or held-out data). Each rule's own paraphrase list was full.
 */
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

const cases: FamilyCase[] = [
  ['"give" is a hand-off only with the call after it', 'contact-them-directly',
    ["I'd suggest you give them a call.", 'Maybe give the pharmacy a ring.', 'Please give the GP surgery a ring.'],
    ["It's best to give the paint a full day to dry.",
      'Maybe give the app a quick restart and it should pick up the change.']],
];

describeRecallFamilies('review 41', cases);
