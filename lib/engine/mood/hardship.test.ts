/**
 * Hardship told without a feeling word still reads as upset, the way a person reads it: money the customer cannot
 * spare gone astray or taken, a budget already stretched, someone close seriously ill or newly dead, a con that took
 * their money, a delivery failed while they sat at home. Words that only look like these (a site "I've never heard
 * of", a budget asked about, an illness that is over, a con they only report) do not.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moodsOf = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moodsOf(message).some((m) => UPSET_MOODS.includes(m));

describe('hardship told as plain facts', () => {
  it.each([
    ['money meant for the rent sent astray', 'I paid £650 into the wrong account, one number out. That was my rent money. Is there any way back?'],
    ['a budget already stretched', 'There is a £45 fee on my statement I was never told about. Money is tight for us right now.'],
    ['a pension that must stretch', 'My bill went up by £30 a month and I live on a fixed income.'],
    ['a parent seriously ill', 'I have to move my booking, my mother is critically ill and I need to fly home. Can the fee go?'],
    ['a partner in hospital', 'My husband is in hospital after a fall so I cannot make the class on Thursday. Can I have a credit?'],
    ['a death in the family', 'My brother died last week and your company keeps emailing him offers. How do I close his account?'],
    ['a con that took their money', 'Someone pretending to be your helpdesk on WhatsApp got me to send them £300. Can you stop the payment?'],
    ['a site that let a seller con them', 'A seller on your marketplace conned me out of $180 and nobody has looked at my report.'],
    ['a failed delivery while they were in', 'The driver left a card saying nobody was home. I was in all day waiting for it.'],
    ['charging carrying on after they left', 'I closed the account in May and I am still being charged every month.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a card payment to a shop they do not know, read as fear not a wait', 'There are two payments on my card to a shop I have never heard of. Was my card cloned?'],
  ])('reads worry, not a frustrated wait, in %s', (_name, message) => {
    const moods = moodsOf(message);
    expect(moods).toContain('worried');
    expect(moods).not.toContain('frustrated');
  });

  it.each([
    ['a brand they never heard of', "I'd never heard of you before my friend told me. Do you deliver to Leeds?"],
    ['a budget asked about', 'We have a budget of £2,000 for the venue. What packages fit that?'],
    ['a fixed price asked about', 'Is the price fixed for the first year or can it change?'],
    ['an illness that is over', 'I was ill last month but I am fine now. Can I rebook the missed lesson?'],
    ['a hospital as a place', 'Is there a bus stop near the hospital entrance? I have an appointment there.'],
    ['a con only reported', 'Heads up: there is a fake account on Instagram using your logo and asking people for card details.'],
    ['a home all day planned', 'I will be home all day on Friday, so any delivery slot is fine.'],
    ['rent asked about as a plan', 'Can I pay my rent by card instead of bank transfer from next month?'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});
