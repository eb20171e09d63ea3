/**
 * Upset said in other registers than feeling words: a formal letter's anger, understatement, sarcastic thanks, the same
 * let-down listed twice, a wait told as its length, a charge for what they did not have, being turned away, what came
 * wrong. Look-alikes stay calm: a complaint procedure asked about, a genuine thank-you, a wait that is fine, a bill
 * asked about, an item asked about before it comes. And time words that are no hurry: a polite "urgent answer", "right
 * now" of a harm happening, the customer's own bill falling due. Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moodsOf = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moodsOf(message).some((m) => UPSET_MOODS.includes(m));

describe('upset in other registers', () => {
  it.each([
    ['a formal complaint lodged', 'I am writing to lodge a formal complaint about the handling of my mother\u2019s account.'],
    ['a complaint in the strongest terms', 'I must object in the strongest possible terms to the way my tenancy was ended.'],
    ['a letter writer dismayed', 'We were dismayed to find the marquee half erected when the guests arrived.'],
    ['a conduct called wholly improper', 'Charging a cancellation fee after your own branch closed is wholly improper.'],
    ['an explanation awaited', 'The surveyor never attended. I await your explanation.'],
    ['not the service paid for', 'Three visits and the damp is back. This is not the service we paid for.'],
    ['understatement: less than ideal', 'The crib arrived a week after the baby, which was less than ideal.'],
    ['understatement: a bit of a problem', 'The van can\u2019t get under the new barrier, which is a bit of a problem for deliveries.'],
    ['understatement: one who rarely complains', 'I don\u2019t usually complain, but the carpet fitter left the door open and the cat got out.'],
    ['feeling misled', 'The advert said unlimited data. I feel misled.'],
    ['sarcasm: for the privilege', 'Forty pounds for a seat by the toilets. Thanks for the privilege.'],
    ['sarcasm: thanks for losing it', 'Thanks so much for losing my passport application.'],
    ['sarcasm: a short "really helpful" beside a wait', 'Cut off after an hour on hold. Really helpful.'],
    ['a let-down listed twice', 'Another cancelled lesson, another wasted evening.'],
    ['a wait told as its length', 'We have been sitting in arrivals for three hours with no driver.'],
    ['a wait told with no one named', 'been waiting 3 hours at arrivals for the shuttle'],
    ['a wait in a queue told as its length', 'I\u2019ve been on hold for 40 minutes and nobody has picked up.'],
    ['charged for what they cancelled', 'I was charged for the spa day I cancelled in March.'],
    ['billed for a place they left', 'We were billed for the unit we moved out of last year.'],
    ['payments still taken', 'You are still taking payments for a policy I ended.'],
    ['turned away at the door', 'My son was turned away from the trip although we had paid.'],
    ['closed when they arrived', 'The pool was closed when we got there with the children.'],
    ['no one came', 'We waited all morning and no engineer came.'],
    ['what came wrong', 'The invitations came back with the wrong date printed on them.'],
    ['what came without a part', 'The bed arrived without the slats.'],
    ['what came broken, said of the whole delivery', 'The plates arrived with half the set cracked.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a complaint procedure asked about', 'Where can I read your complaints procedure before I join?'],
    ['a genuine thank-you', 'Thanks so much for blocking the card so quickly, that was really helpful.'],
    ['a praise of an evening in', 'Nothing like sitting by the fire with one of your candles. Lovely!'],
    ['a charge asked about that matches', 'I was charged \u00a312 today, is that the monthly fee?'],
    ['a part asked about before it comes', 'Will the bed arrive with the slats or are they separate?'],
    ['another of something happy', 'Another lovely stay, see you next year!'],
    ['a wait that is fine', 'No rush at all, we\u2019ve only been waiting 2 days and the garden can wait.'],
    ['an order reference beside praise', 'Order #KB-20431 came today and it is perfect, thank you!'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it('reads a fault beside an order reference as a fault, not a calm error report', () => {
    expect(upset('Order #KB-20431: one mug arrived smashed and the lid crushed.')).toBe(true);
  });
});

describe('time words that are no hurry', () => {
  it.each([
    ['a polite "urgent answer"', 'My refund has been on hold for a week. I\u2019d appreciate an urgent answer, thank you.'],
    ['"right now" of a harm happening', 'Someone is using my card right now in another country.'],
    ['their own rent falling due', 'My wages are late and my rent is due on Friday.'],
  ])('reads no urgency in %s', (_name, message) => {
    expect(moodsOf(message)).not.toContain('urgent');
  });

  it.each([
    ['"right now" asked of us', 'I need a locksmith right now, I\u2019m locked out with the baby inside.'],
    ['an urgent answer demanded', 'This is urgent. The hearing is tomorrow at 10 and I need the letter.'],
    ['a payment of ours due', 'The deposit is due by Friday and you still haven\u2019t released my funds. I need them today.'],
  ])('still reads urgency in %s', (_name, message) => {
    expect(moodsOf(message)).toContain('urgent');
  });
});

describe('worry and anger words that describe the customer, not what happened', () => {
  it.each([
    ['eager to start', 'I\u2019m really anxious to get going with the course! When are the dates out?'],
    ['eager to book', 'We\u2019re anxious to book before the summer, is July still free?'],
    ['bad with passwords', 'I\u2019m terrible with logins, can you send the link again?'],
    ['bad at forms', 'I am terrible at forms, which box is the postcode?'],
  ])('reads no upset when %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['anxious about an outcome', 'I\u2019m anxious about the biopsy results you haven\u2019t sent.'],
    ['our service called terrible', 'The signal in the new flat is terrible and you said it would be fine.'],
  ])('still reads upset when %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});
