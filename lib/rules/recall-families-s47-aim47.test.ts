/**
 * Session 47, aim47 (issue #10), under the A/B protocol: where the cold core of a sentence sits.
 * After a leading reason clause ("Because the form was incomplete, …", "Since the seal is broken, …"): the main clause
 *   is read as a clause start, so anchored patterns see it; a condition ("If the claim is declined, …") still does not.
 * Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describe, expect, it } from 'vitest';
import { reasonClauseStarts } from '../engine/sentence-doc';
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';

describe('where the main clause after a leading reason clause starts', () => {
  it('after because, since, as, given (that), seeing as and now that, up to its comma', () => {
    const because = 'Because the form was incomplete, the claim was declined.';
    expect(reasonClauseStarts(because, 0, 0)).toEqual([because.indexOf('the claim')]);
    const since = "Since you didn't attach the receipt or the photos we asked for, nothing more can be done.";
    expect(reasonClauseStarts(since, 0, 0)).toEqual([since.indexOf('nothing')]);
    const given = 'Given that the tag was cut off, the return was refused.';
    expect(reasonClauseStarts(given, 0, 0)).toEqual([given.indexOf('the return')]);
  });

  it('not after a condition, a sentence with no comma, or where the introductory clause already starts it', () => {
    expect(reasonClauseStarts('If the claim is declined, I will call you.', 0, 0)).toEqual([]);
    expect(reasonClauseStarts('Because the depot is closed today the van comes tomorrow.', 0, 0)).toEqual([]);
    const short = 'As you asked, the parcel goes out today.';
    expect(reasonClauseStarts(short, 0, short.indexOf('the parcel'))).toEqual([]);
  });
});

const cases: FamilyCase[] = [
  ['a refusal in the main clause after a leading reason clause', 'request-denied',
    ['Because the photos were blurry, your claim was declined.',
      'Since the receipt was missing, your refund request was declined.',
      'Given that the tag was removed, your return request was declined.',
      'As the order was placed after the cut-off, your application has been refused.',
      'Now that the deadline has passed, your appeal has been rejected.',
      'Since the warranty ran out in May, your claim was refused.',
      'Because of the weather, your claim was declined.',
      'Seeing that the booking was made through an agent, your refund request has been refused.'],
    ["Because your request was declined by the bank, I've sent a new payment link.",
      "If your claim is declined, I'll call you to go through the options.",
      'Since your claim was approved, the refund reaches you on Friday.',
      'Since you asked, your refund was approved this morning.',
      "As your claim was declined in error, I've reopened it today.",
      'Because the form was incomplete, I have filled in the last page for you.',
      'When your claim is declined, you can appeal within 30 days.',
      "Since the photos were blurry, your claim was declined at first, but I've approved it now."]],
  ['told, in the main clause after a leading reason clause', 'you-were-told',
    ['Seeing as the parcel was signed for, you were told it had arrived.'],
    ['Because the courier was late, you were told the wrong time, and I am sorry.']],
];

describeRecallFamilies('session 47, aim47: the cold core in the main clause after a reason clause', cases);
