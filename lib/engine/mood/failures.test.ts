/**
 * A service that failed the customer, told as a plain fact, reads as upset the way a person reads it: the visit that
 * never came, the wrong item, food late and cold, a promise not kept, money lost. The customer's own slip, a worry
 * that is already over, the reason for an earlier request and someone else's scam do not.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));
const moodsOf = (message: string) => readMood(message)?.moods ?? [];

describe('failures told as plain facts', () => {
  it.each([
    ['a visit that never came', 'The plumber did not turn up this morning.'],
    ['the wrong item', 'You sent the wrong model of hoover.'],
    ['food late and cold', 'dinner came 50 minutes late and ice cold'],
    ['a parcel marked delivered', 'Tracking says delivered but the box is not on my porch.'],
    ['a fault that came back', 'The damp patch is back two weeks after your man painted over it.'],
    ['an outage that lasts', 'The gym doors have been closed since Monday and nobody says why.'],
    ['a promise not kept', 'I was told it would be ready by noon. It is now 4pm.'],
    ['a charge they did not agree to', 'You quoted £300 and now the invoice says £420. I never agreed to that.'],
    ['a charge after paying', 'I got a reminder letter with a late fee even though I paid on the 2nd.'],
    ['money lost to the failure', 'The booking widget is broken on our site and we are losing bookings.'],
    ['a fault that came within weeks', 'The kettle died after three weeks.'],
    ['an accusation of a scam by someone who paid', 'I paid for the annual plan and you cut the features. That is a scam.'],
    ['a customer who calls us as bad as the seller', 'The seller never posted it and you closed my claim. You are as bad as they are.'],
    ['a demand in a question', 'The boiler you fitted leaks again. What are you going to do about it?'],
    ['a third party and us together', 'The seller scammed me and your site did nothing about it.'],
    ['a courier and us together', 'The courier lost my parcel and you keep telling me to wait for them.'],
    ['a restaurant and the app together', 'The restaurant forgot half my order and your app would not let me report it.'],
    ['a fake seller we let stay', 'A fake seller took my money and you let them stay on the site.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['their own slip', 'I typed the wrong address at checkout, can you change it to 4 Elm Road?'],
    ['a worry that is over', 'My daughter was nervous about her first swim, but she loved it! Same time next week?'],
    ['the reason for an earlier request', 'I paused my plan in May for an injury. Has it restarted yet?'],
    ['a scam message they only report', 'A text says my parcel is held at customs and I owe £2. Is that a scam? I am not expecting anything.'],
    ['a calm question about a wrong size', 'Can I swap a wrong size for the next one up, or do I return it first?'],
    ['a plain question', 'Do the kayaks come with paddles, or should I bring my own?'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it('reads a worry that is over as happy, and a worry still felt as worry', () => {
    expect(moodsOf('He was nervous before the exam, but he loved it.')).not.toContain('worried');
    expect(moodsOf("I'm nervous about the exam tomorrow.")).toContain('worried');
  });

  it('names no fraud when the customer calls us a scam: the acknowledgement meets anger, not fear', () => {
    const reading = readMood('I paid for lifetime access and now you say lifetime means five years. That is a scam.')!;
    expect(reading.moods).toContain('frustrated');
    expect(reading.acknowledgements.map((a) => a.sentence).join(' ')).not.toMatch(/targeted|frightening|someone got into/i);
  });
});
