/**
 * A no with the agent's sorry or its reason, whose way forward comes after the reason in a paragraph of its own ("I'm
 * sorry, but we can't move the gas meter. It belongs to the network… . What we can do instead is…"), is a kind no: a
 * hint, as when the offer comes in the next two sentences (session 47). A worse line between the no and the offer, a
 * no with neither sorry nor reason, an offer that only hands over the rules, or one too far down the reply keeps it.
 * Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';

const analyzer = createAnalyzer(defaultPack);
/** The severity of the refusal rule's card (also where it shares a card with another rule: `merged`). */
const severity = (text: string, ruleId = 'we-are-unable-to') =>
  analyzer
    .analyze(text, { channel: 'email', customerMessage: 'Could you do this for us, please?' })
    .findings.flatMap((f) => [f, ...(f.merged ?? [])])
    .find((f) => f.ruleId === ruleId)?.severity;
const email = (...paragraphs: string[]) => `Hi Sam,\n\n${paragraphs.join('\n\n')}\n\nBest,\nRiya`;

const GAS = "I'm sorry, but we can't move the gas meter to the garage. It belongs to the network operator. Only their engineers may touch it.";
const SEATS = "I'm afraid we can't seat the two groups together. The hall layout is fixed by the fire officer. The aisles have to stay clear.";

describe('a kind no with its way forward a paragraph on', () => {
  it.each([
    [GAS, "What we can do instead is box it in with a vented cover, which many owners choose. I'll send you a quote today."],
    [GAS, "Here's what I can do: I'll ask the operator for a relocation visit and chase them weekly."],
    [GAS, 'If it helps, I can book their survey for you and be there on the day.'],
    [GAS, 'Would a vented cupboard around it work for you? I can sketch one this week.'],
    [SEATS, "The good news is that row F has twelve seats side by side, and I've held them for you until Friday."],
    [SEATS, "Instead, I can put both groups in the same block, one row apart. Shall I book that?"],
    [SEATS, "I've kept two tables together in the foyer for the interval, so you can all meet there."],
    [SEATS, "I'd be happy to call you to go through the seating plan together."],
  ])('softens "%s" then "%s"', (no, offer) => {
    expect(severity(email(no, offer))).toBe('hint');
  });
});

describe('the suggestion stays', () => {
  it.each([
    // Neither a sorry nor a reason with the no.
    ["We can't move the gas meter to the garage. The meter is read every May. Readings are on your bill.", "I'll send you a vented cover for it."],
    ["We can't seat the two groups together. The doors open at seven. The show starts at half past.", 'Shall I put both groups in the same block?'],
    // A worse line between the no and the offer.
    [GAS + ' As I explained before, this was in your contract.', "What we can do instead is box it in. I'll send a quote."],
    [SEATS + ' You should have booked earlier.', "Instead, I can put both groups in the same block. Shall I book that?"],
    // The "way forward" only hands over the rules.
    [GAS, "I've attached our policy on meter positions for you."],
    [SEATS, "I've attached the venue's terms and conditions."],
    // The offer too far down the reply, after a long stretch of other matters.
    [
      GAS + ' The meter was fitted in 2009. It was last read in May. Your tariff is unchanged. The next reading is due in June.',
      "What we can do instead is box it in. I'll send a quote.",
    ],
    // No offer at all.
    [SEATS, 'The doors open at seven and the show starts at half past.'],
  ])('keeps "%s" then "%s"', (no, offer) => {
    expect(severity(email(no, offer))).toBe('suggestion');
  });
});

describe('a deed past a turn to another matter is no way forward (review47)', () => {
  it.each([
    'On another note, I have updated the delivery address on your account as you asked.',
    "Regarding your other booking, I've moved it to the Saturday matinee.",
    "By the way, I've added your new phone number to the account.",
  ])('keeps the suggestion when the later paragraph opens "%s"', (other) => {
    expect(severity(email(GAS, other))).toBe('suggestion');
  });

  it('also when the other matter comes right after the no\'s reason', () => {
    const no = "I'm sorry, but we can't move the gas meter. It belongs to the network operator.";
    expect(severity(email(no, "On another note, I've updated the delivery address on your account."))).toBe('suggestion');
    // The way forward on the same matter still excuses it (softened, or dropped as the kind no it is).
    expect(['hint', undefined]).toContain(severity(email(no, "Here's what I can do: I'll ask the operator for a relocation visit.")));
  });
});
