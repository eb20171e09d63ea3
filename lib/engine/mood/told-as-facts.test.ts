/**
 * Upset told as plain facts, without a feeling word, reads as upset the way a person reads it; look-alikes stay calm.
 * Three families: hardship (money the customer cannot spare gone astray, a stretched budget, someone close gravely ill
 * or newly dead, a con that took their money; not a site "I've never heard of", a budget asked about, a con only
 * reported); upset said in plain words (the body's reaction, a reversal, a bill that jumped, money short by a sum, a
 * medicine given wrong or nearly gone; not a price rise asked about, "now you say" in a thank-you); let down and left
 * waiting (an event called off with the money not back, a repair kept past the time promised, nobody saying a word;
 * not a cancellation asked about or given as the customer's own reason).
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

describe('upset said in plain words', () => {
  it.each([
    ["the body's reaction", 'Somebody emptied my current account overnight. I am literally shaking.'],
    ['a feeling in the stomach', 'I moved £1,200 after a call from "your fraud team". I feel sick to my stomach.'],
    ['a sleepless wait', 'The clinic wrote that my results need a follow-up and nobody picks up the phone. I have not slept.'],
    ['the end of their tether', 'Six weeks without a working boiler. I am at the end of my tether.'],
    ['a stressful letter', 'You sent a bailiff letter for a bill I settled in March. It has been really stressful.'],
    ['a reversal of what was promised', 'Your engineer said the repair was under warranty and now you say it is not.'],
    ['a bill that jumped', 'My monthly payment has jumped from £48 to £131 without a word.'],
    ['money short by a sum', 'The refund came through $75 less than you agreed on the call.'],
    ['a medicine given wrong', 'The pharmacy gave my dad the wrong dose of his blood thinner.'],
    ['a medicine nearly gone', 'My repeat prescription still has not been sent and I am down to my last two tablets.'],
    ['an account stopped after paying every month', 'Why was my account suspended? I have paid every single month.'],
    ['charged after cancelling', 'I cancelled the plan in April and you took another payment this week.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['who pays asked as a plan', 'Who pays for the parking at the venue, us or the hotel?'],
    ['a price rise asked about in advance', 'Will the price go up from £10 next year or stay the same?'],
    ['a reversal that helps', 'Thanks, now you say it is covered I will book the repair.'],
    ['a medicine to reorder in good time', 'I have ten tablets left, can I order the next box now?'],
    ['a cancellation they chose', 'I cancelled my gym plan last month, please confirm nothing else will be taken.'],
    ['a stress that is the subject', 'Do you run stress-management workshops for teams?'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('let down and left waiting', () => {
  it.each([
    ['an event called off and the money not back', 'The comedy night was cancelled a month ago and I have had no refund.'],
    ['money still not back', 'My order was cancelled on the 2nd and I still do not have the £64.'],
    ['a repair kept past the time promised', 'The laptop has been in for repair for five weeks. You said 7 days.'],
    ['nobody saying a word', 'I sent the meter photos a fortnight ago and no one has said anything since.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a cancellation asked about', 'If the match is cancelled because of rain, do we get a refund?'],
    ['a cancellation of their own', 'My class was cancelled by me last week, can I book Thursday instead?'],
    ['a cancellation given as their reason', 'Sorry I missed the tasting, because my train was cancelled. Can I join the next one?'],
    ['a repair time asked about', 'How long is a screen repair usually in for? You said 7 days on the phone.'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});
