/**
 * Session 30 (issues #10/#15): two more ways a warm reply leaves the door open or says what comes next, and one wish it
 * ends on. "Ready for you to collect" / "waiting for you at the desk" say what comes next as "ready for collection"
 * does; "a refill is only an email away" is an open door; "Congratulations on your new home." is a wish read past like
 * "Have a great trip!". Near misses: the fact with nothing waiting for the customer, and a wish after a bare fact, still
 * get the card. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const ASKS = 'Hi, could you tell me where things stand? Thanks.';
const nextStepMissing = (body: string) =>
  analyzer.analyze(`Hi Jo,\n\n${body}\n\nBest,\nSam`, { channel: 'email', customerMessage: ASKS }).findings.some((f) => f.ruleId === 'next-step-missing');

describe('s30: ready and waiting for them, an open door in other words, a congratulation read past', () => {
  it.each([
    'Completion went through at 12:40. The keys are with the agent, ready for you to collect.',
    'Your suit has had its final press and is ready for you to pick up.',
    'The repaired watch came back from the workshop this morning and is ready for you to collect at the counter.',
    'Your prescription has been made up and is waiting for you at the pharmacy desk.',
    'The new glasses arrived today and are waiting for you at the front desk.',
    'Both parcels are in the locker at Station Road, waiting for you with code 4471.',
    'The passport renewal is done and the new one is ready for you to pick up from the branch.',
    'Your formula is saved, so a refill is only an email away.',
    'The pattern is on file, so a second set is just a phone call away.',
    'We kept your measurements, so the next pair is only a message away.',
    'The design stays in your account; a reprint is just a click away.',
    'Completion went through at 12:40 and the keys are ready for you to collect.\n\nCongratulations on your new home.',
    'Your suit is ready for you to pick up.\n\nCongratulations to you both on the wedding!',
    "Your course place is confirmed and you're all set.\n\nCongrats on getting in!",
    'The car passed its MOT and is ready for you to collect from 3pm.\n\nCongratulations on your first car!',
    'Your new keys are cut and waiting for you at reception.',
    'Your bike is serviced and waiting for you in the workshop.',
    'The dress is altered and ready for you to try on.',
    'Your certificates are printed and waiting for you in the school office.',
    'We still have the plates, so another box is just a text away.',
    'Spare filters for this model are only a phone call away.',
    'Your photos are printed and waiting for you at the till.',
    'Your cake is boxed and waiting for you at the shop.\n\nCongratulations to the happy couple!',
    'The ring is resized and ready for you to collect.\n\nCongratulations on your engagement!',
  ])('no next-step-missing: %j', (body) => expect(nextStepMissing(body)).toBe(false));

  it.each([
    'The keys are with the agent in Leeds.',
    'We are waiting for you to sign the contract.',
    'Your suit has had its final press.',
    'Your prescription has been made up.',
    'Your formula is saved in our records.',
    "We can't refund the deposit, as the booking terms don't allow it.\n\nCongratulations on the wedding!",
    'The hire is not covered by the insurance.\n\nCongrats on your first car!',
  ])('still next-step-missing: %j', (body) => expect(nextStepMissing(body)).toBe(true));
});
