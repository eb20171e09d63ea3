/**
 * Upset told in forms earlier cues missed: a customer passed from one team to the next, the same let-down counted
 * ("the second missed drop this month"), someone gravely ill or in hospital in any tense, a death named by its noun,
 * what the fault cost a business counted in money or bookings. And a worry the customer plays down ("slightly
 * panicking", "a bit nervous") counts only beside another cue. Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moodsOf = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moodsOf(message).some((m) => UPSET_MOODS.includes(m));

/** One family: the messages that read upset, and the look-alikes that stay calm. */
function family(name: string, upsetMessages: string[], calmMessages: string[]) {
  describe(name, () => {
    it.each(upsetMessages)('reads upset in "%s"', (message) => {
      expect(upset(message)).toBe(true);
    });
    it.each(calmMessages)('stays calm in "%s"', (message) => {
      expect(upset(message)).toBe(false);
    });
  });
}

family(
  'passed around',
  [
    'I was transferred between sales and accounts three times before anyone listened.',
    'Your chat team bounced me back and forth with the warehouse all week.',
    'I keep getting passed from one department to another about a simple refund.',
    'Each agent I spoke to said a different team handles it.',
    'The shop is telling me to contact the manufacturer and the manufacturer says it is yours.',
    'Honestly I am going round in circles with you people about the parking permit.',
    'They sent me around three departments and nobody could find the order.',
  ],
  [
    'Could you transfer the domain to my new account please?',
    'The parcel was passed to the local depot this morning, is that right?',
    'Can the booking be moved between the two dates you offered?',
    'Please send the invoice to our accounts department.',
    'Each room has a different colour scheme, which one is the quietest?',
    'I passed my driving test, thanks for the lessons!',
  ],
);

family(
  'the same let-down counted',
  [
    'This is the second missed collection this month.',
    'The lift is out for the third weekend running.',
    'Fourth late delivery in a row now.',
    'Your letters asked for the same payslips, which I sent both times.',
    'You keep asking me for the same documents.',
    'That is the 3rd cancelled lesson this term.',
  ],
  [
    'Can I book a second lesson this month?',
    'Is the third floor open this weekend?',
    'We would like the same table as last time please.',
    'Both times I visited the staff were lovely, thank you.',
    'The fourth book in the series comes out this year, can I pre-order it?',
    'Could I have a second copy of the receipt?',
  ],
);

describe('grave illness, a death and money lost, told as facts', () => {
  it.each([
    ["I'll be in hospital that week, can I move the booking?", 'worried'],
    ['My wife is staying in the hospice now and I handle the account.', 'worried'],
    ["I'm recovering from chemotherapy and can't get to the branch.", 'worried'],
    ['He was diagnosed with cancer in May and we need to pause the plan.', 'worried'],
    ["Following my father's death I am dealing with his energy account.", 'disappointed'],
    ['Since the loss of our son we have not used the membership.', 'disappointed'],
    ['We lost three private bookings worth about £900 because of it.', 'frustrated'],
    ['Buying replacements at retail cost us £420 on top.', 'frustrated'],
  ])('reads "%s" as %s', (message, mood) => {
    expect(moodsOf(message)).toContain(mood);
  });

  it.each([
    'Is there parking near the hospital entrance for visitors?',
    'I work at the hospital, do you offer an NHS discount?',
    'Can I buy a gift card for a friend recovering at home?',
    'How much does the deluxe cleaning cost?',
    'What would a lost key cost me to replace?',
    'The death of the old model was no loss, the new one is great!',
  ])('stays calm in "%s"', (message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('a worry the customer plays down', () => {
  it.each([
    'Slightly panicking, did the gift box go to my sister or to me?',
    'Bit nervous about the nut-free range, is it made in a separate factory?',
    'I am a little bit worried my size is wrong, can I swap it?',
    'Kind of nervous question, does the lender check my credit again?',
    'A tad anxious that I picked the wrong date, can you check?',
    'Somewhat worried the paint colour is off, can I see a sample?',
  ])('stays calm in "%s"', (message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    'I am really worried, someone has used my card without my permission.',
    "I'm so nervous, my flight is in two hours and the booking has vanished.",
    'Slightly panicking: my account was hacked and money is missing.',
    'Worried sick, the boiler is leaking and we have a newborn.',
    'I am very anxious about the surgery bill, I cannot afford it.',
    "Scared to death, there's a smell of gas in the kitchen.",
  ])('still reads worry in "%s"', (message) => {
    expect(moodsOf(message)).toContain('worried');
  });
});

family(
  'what they ordered came wrong: our failure, not their slip',
  [
    'The nucleus colony I ordered arrived with half the bees dead.',
    'The sofa we ordered arrived with a leg missing.',
    'The cake I booked came with the wrong name on it.',
    'The jacket I bought arrived with the zip hanging off.',
    'The tiles we ordered were delivered without the trim.',
    'The frame I picked arrived with the glass cracked.',
  ],
  [
    'I picked the wrong colour, can I swap it?',
    'I typed the wrong address at checkout, can you change it?',
    'We ordered the wrong size, how do returns work?',
    'I booked the wrong date by mistake, can I move it to Friday?',
    'I entered the wrong email when I signed up.',
    'I added the wrong item to my basket, can you take it off?',
  ],
);
