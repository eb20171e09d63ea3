/**
 * Upset said without a feeling word: understatement ("Not ideal."), a threat to leave, the replacement failing the same
 * way, a wait that ended in a brush-off, work the fault destroyed, a business turning its own customers away, and a
 * complaint asked as a question. Each has near misses a person reads as calm.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

describe('upset said without a feeling word', () => {
  it.each([
    ['understatement', 'The returns label you emailed did not scan at the post office. Not ideal.'],
    ['not thrilled', "I'm not thrilled that the express service took nine days."],
    ['less than impressed', 'Honestly, less than impressed with how the install went.'],
    ['a let-down', 'Bit of a let-down after all the build-up.'],
    ['considering switching', "I've been with you for years and I'm seriously considering switching."],
    ['an ultimatum', "If the fee isn't reversed I'm closing my account."],
    ['taking business elsewhere', 'We will be taking our business elsewhere next quarter.'],
    ['the same fault in the replacement', 'The replacement kettle also leaks from the base, same as the first one.'],
    ['a replacement that fails again', 'The replacement router does the same after a day.'],
    ['a wait that ended in a brush-off', 'Forty minutes in the queue to be told to restart my router.'],
    ['only to be told', 'I drove to the depot only to be told it was not there.'],
    ['work the fault destroyed', 'The site logged me out. Two hours of work gone.'],
    ['work lost, said the other way', 'The sync wiped three days of edits.'],
    ['a business turning customers away', "We've had to turn away customers who only had cards."],
    ['a complaint asked as a question', "How is it acceptable that a parcel marked 'fragile' arrives with a boot print on it?"],
    ['new and already failing, asked', 'Is it normal that a brand new washing machine bangs on every spin?'],
    ['a renewal up by a percentage', 'My renewal went up 38% with no claims.'],
  ])('%s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a plain cancellation', "Please cancel my subscription, I'm moving abroad. Thanks for everything!"],
    ['a plan to move', "I'm moving to Bristol next month, can I transfer my membership?"],
    ['a question about what is normal', 'Is it normal for the app to ask for my location?'],
    ['a brand new customer', 'I bought a brand new laptop, how do I install the app?'],
    ['a praise of the replacement', 'The replacement works perfectly, thank you!'],
    ['a fine wait', 'Not a problem at all, I can wait until Friday.'],
    ['thinking of upgrading', "I'm thinking of upgrading to the family plan, what does it cost?"],
  ])('stays calm: %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('a payroll run is a deadline', () => {
  it('reads the hurry of a payroll run on a day', () => {
    expect(readMood("Our payroll run is Thursday and the software rejects every bank file.")?.moods).toContain('urgent');
  });
  it.each([
    ["a flight as the topic of a question", "My flight is on Monday, what's the baggage allowance?"],
    ['a flight and a wish', "Our flight is tomorrow at 9am and we'd like to add a bag."],
  ])('reads no hurry in %s', (_name, message) => {
    expect(readMood(message)?.moods ?? []).not.toContain('urgent');
  });
  it('still reads the hurry of a flight leaving with the boarding pass missing', () => {
    expect(readMood("My flight leaves in 3 hours and the app won't show my boarding pass!")?.moods).toContain('urgent');
  });
  it('reads none in a question about when payroll runs', () => {
    expect(readMood('Can I change which day the payroll runs?')?.moods ?? []).not.toContain('urgent');
  });
});
