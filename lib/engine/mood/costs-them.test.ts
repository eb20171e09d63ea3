/**
 * Upset told by what the fault costs the customer, with no feeling word: a thing they cannot use as it came, a room or
 * a business stopped, a fine for our slip, a part missing, their name missing from a list, a fault back at the same
 * hour each day, a family stranded, a question asked of us in anger. Look-alikes stay calm: a thing they no longer use
 * because their life changed, a missing item asked about in general, a stranding with no one depending on them.
 * Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moodsOf = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moodsOf(message).some((m) => UPSET_MOODS.includes(m));

describe('what the fault costs them, told as a fact', () => {
  it.each([
    ['a thing they cannot use as it came', 'The new rug sheds everywhere, we can\'t use it like this.'],
    ['a room left unusable', 'The leak was fixed but the bathroom is still unusable after the plasterer left.'],
    ['a business stopped', 'Since the plugin update our checkout fails and orders have stopped.'],
    ['a fine for our slip', 'Your team sent my VAT return late and I was fined £200.'],
    ['a part missing', 'The wardrobe came with two hinges missing.'],
    ['a name missing from a list', 'I paid in March and my son is not on the class register.'],
    ['a fault back at the same hour', 'The wifi cuts out every evening at about nine.'],
    ['a question asked in anger', 'You sold the same seats twice. How is that fair?'],
    ['a single word of scorn', 'Forty minutes on hold and then cut off. Joke.'],
    ['the wrong thing sent by us', 'The quote you sent has the wrong postcode on it and the survey is booked.'],
    ['a fault since our update, beside a locked-out team', 'Since your update the whole office is locked out of the portal.'],
    ['a sum paid beside a fault that came back', 'The washer is leaking again after the repair. I paid £120.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it('reads worry in a family stranded', () => {
    expect(moodsOf('The coach broke down and we are stuck in Lyon with three kids.')).toContain('worried');
  });

  it.each([
    ['a thing they no longer use because they moved', 'Please close my account, I can\'t use the pool anymore since we moved.'],
    ['a question about what happens if a part is missing', 'What should I do if a part is missing when I unpack it?'],
    ['a joke that is not scorn', 'My son loved the joke book, thank you!'],
    ['a sum paid, asked about', 'I paid £40 for the deposit last week, can I have a receipt for it?'],
    ['a time since, with nothing wrong', 'We have been members since last Monday and love the classes.'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});
