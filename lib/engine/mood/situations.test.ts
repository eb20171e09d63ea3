/**
 * Situations told as plain facts, read by grammar (situations.ts): each family flags paraphrases that differ in
 * structure, and near misses of the same words stay calm. None of these sentences is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { nlp } from '../../nlp/nlp';
import { readMood, UPSET_MOODS } from '../mood';
import { situationHits } from './situations';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

describe('situations read by grammar', () => {
  it.each([
    // harm to someone they care for
    'Our daughter fell off the climbing frame at your soft play and split her lip.',
    'My husband was bitten by the neighbour\'s dog while your courier held the gate open.',
    'My little boy has a burn on his hand from the hot tap in your changing room.',
    'Grandma collapsed in the queue after standing for an hour.',
    // money taken or lost
    'You debited €89 from my account on the 3rd for a plan I never chose.',
    'The garage has charged me $260 for a part they did not fit.',
    'Because of the double payment I am £120 overdrawn this week.',
    'I paid £45 for express delivery and it still came a week late.',
    'I closed my account in May and £8.50 was debited for June as well.',
    // a promise broken
    'Your engineer told me the boiler would be fixed by Friday. It is Monday and we still have no heat.',
    'We were promised a refund within five days but nothing has arrived.',
    'The salesman assured us the sofa would fit through the door. It does not.',
    // treated badly
    'The receptionist laughed at my mother when she asked for help with the form.',
    'Your driver yelled at us for taking too long to load the buggy.',
    'The manager spoke to me like a child in front of my colleagues.',
    // an event missed through us
    'We missed our flight because your taxi turned up forty minutes late.',
    'My son missed his football final as the kit you sent was the wrong size.',
    'I missed my sister\'s wedding when your train sat outside Reading for three hours.',
    // a hazard at home
    'Since your fitter left the kitchen smells of gas.',
    'There are sparks coming from the socket you installed.',
    'There is a water leak under the new dishwasher and it is spreading across the floor.',
    // contacts counted
    'I have explained the fault to four different agents on your helpline.',
    'I have called you every week since March about the same meter.',
    'I spent hours on hold yesterday trying to get through.',
    // a worry named by its idiom
    'The nursery sent her home with the wrong inhaler and I am beside myself.',
  ])('reads "%s" as upset', (message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    // a calm question about a sum, a refund, a charge
    'When will the £120 refund reach my account?',
    'I was charged £4.99 for delivery, is that the standard rate for Saturday?',
    'I paid £30 for the tickets last week and they arrived today.',
    'The invoice shows a £12.50 charge for postage.',
    // a happy customer mentioning the people they care for
    'My kids loved the pottery class, thank you so much!',
    'Thank you for moving our booking when my husband was ill, it was such a relief.',
    'My daughter cried with joy when she opened the parcel!',
    'My son has just passed his test. How do I add him to my policy?',
    // said and done, asked, or the customer's own plan
    'You said the parcel would come on Friday and it did.',
    'The pharmacist said to take it with food. Is that right?',
    'I missed your call earlier, could you ring me back?',
    'How many times can I reschedule a lesson?',
    'Can I pay my gas bill online?',
    "I said I would call back today but I can't make it.",
    'I was beside myself with joy when the ring arrived!',
    // a charge told calmly with a hope for the fix
    'I closed my account in May and £8.50 was debited for June as well. Hopefully that can be put right. Thanks.',
  ])('leaves "%s" calm', (message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('situations read with patterns parsed once', () => {
  it('parses no compromise pattern again for the next message', () => {
    const one = (nlp.world() as unknown as { methods: { one: { parseMatch: (...args: unknown[]) => unknown } } }).methods.one;
    const told = [
      'You debited €89 from my account on the 3rd for a plan I never chose. My son was bitten by your dog.',
      'We ordered 40 chairs and only 12 arrived. You said it would be fixed by the 14th. It is the 21st.',
    ];
    const first = told.map((t) => situationHits(t));
    const parse = one.parseMatch;
    let parses = 0;
    one.parseMatch = (...args: unknown[]) => {
      parses++;
      return parse(...args);
    };
    try {
      // Same messages, same readings, and not one pattern parsed again: each was parsed on its first use.
      expect(told.map((t) => situationHits(t))).toEqual(first);
      expect(parses).toBe(0);
    } finally {
      one.parseMatch = parse;
    }
  });
});
