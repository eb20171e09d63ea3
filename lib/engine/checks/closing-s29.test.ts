/**
 * Session 29 (issues #10/#15): last lines the closing check counted as a next step that leave the customer with none.
 * A promise only to look ("We'll look into it.", "The team will check the logs."), someone else's promise on someone
 * else's clock ("The car will be ready when the part arrives."), and a lecture ("I'm sure you'll agree that…", "You'll
 * want to keep it clear for next time."). Beside each, the warm near miss with a time, word back or a concrete act
 * still counts. Sentences written here, none copied from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const UPSET = 'This is the third time I have written about this and nobody has done anything. Fix it.';
const nextStep = (body: string, customerMessage = UPSET) =>
  analyzer.analyze(`Hi Dana,\n\nThanks for your message about the boiler. ${body}\n\nRegards,\nOmar`, { channel: 'email', customerMessage }).findings.some((f) => f.ruleId === 'next-step-missing');

describe('s29: a promise only to look is no next step', () => {
  it.each([
    "We'll look into it.",
    'We will look into this.',
    'Our team will check the logs.',
    'Maintenance will check.',
    'The warehouse team will investigate.',
    "I'll look at it.",
    'Someone will review your file.',
    'The committee will consider your request.',
    'They will decide whether a refund is due.',
    'Our engineers are going to look into the fault.',
    "OK, we'll check.",
    'The depot will also review the footage.',
    'The manager will make a decision.',
    'Head office will follow this up.',
    'We will look into it with the supplier.',
  ])('flagged: %j', (line) => expect(nextStep(line)).toBe(true));
  it.each([
    "We'll look into it and call you by Friday.",
    "I'll check the logs this afternoon and email you what I find.",
    "We'll look into it and get back to you.",
    "I'll look at it today.",
    'Send me the serial number and I will check it.',
    "If it's still dripping, I'll check it myself.",
    'Our engineer will check it on Tuesday between 8 and 12.',
    "We'll review the bill and refund the difference.",
    "I'll check in with you on Monday.",
    'The night porter will check you in whenever you arrive.',
    "We'll check the line again tonight and text you.",
    'Please send a photo and we will look into it.',
    "I'll check with the depot and let you know.",
    'The team will review it within two working days.',
    "We'll look into it first thing tomorrow.",
  ])('still a next step: %j', (line) => expect(nextStep(line)).toBe(false));
});

describe("s29: someone else's promise on someone else's clock", () => {
  it.each([
    'The car will be ready when the part arrives.',
    'The fitter will return once the replacement worktop is in.',
    'Your parcel will arrive when the courier is next in your area.',
    'The editor will make a decision when the reports are received.',
    'They will come back once things quieten down.',
    'The contractor will attend after the survey is done.',
    'Your refund will be processed once the warehouse has inspected the goods.',
    'The landlord will reply when he is back.',
  ])('flagged: %j', (line) => expect(nextStep(line)).toBe(true));
  it.each([
    "Luis will call you when he's 30 minutes away.",
    'The car will be ready when the part arrives on Thursday.',
    "I'll refund you once the item is back with us.",
    'Your card will work again once you have reset your PIN.',
    'The fitter will ring you as soon as the worktop is in.',
    "We'll let you know when the part arrives.",
    'The courier will deliver it tomorrow, once the van is loaded.',
    'Your engineer will text you when she is on her way.',
  ])('still a next step: %j', (line) => expect(nextStep(line)).toBe(false));
});

describe('s29: a lecture is no next step', () => {
  it.each([
    "I'm sure you'll agree that airing the room is something any tenant can do.",
    "I'm sure you understand that an old car will show wear.",
    'As I am sure you appreciate, our staff cannot watch every table.',
    "We're confident you will accept that the charge is fair.",
    "You'll want to keep the area around the boiler clear for next time.",
    "You'll need to book earlier in future.",
    "You will have to read the guide going forward.",
  ])('flagged: %j', (line) => expect(nextStep(line)).toBe(true));
  it.each([
    "You'll get a text the day before the visit.",
    "You'll see the refund in two to three days.",
    "You'll want to bring photo ID on Thursday.",
    "I've added a £5 credit to your account for next time.",
    "I'm sure you'll love it, and I'll call you on Monday to see how it's going.",
    "You'll need to sign for it when it arrives tomorrow.",
  ])('still a next step: %j', (line) => expect(nextStep(line)).toBe(false));
});

describe('s29: a date on the record or a term of the account is no next step', () => {
  it.each([
    'Your lease ran until 31 May.',
    'Your boiler could not be reached on 4 October.',
    'Messages from before 2 April were deleted automatically.',
    'The outage on 3 June lasted two hours.',
    'I can see three payments of £20 on 9 August.',
    'We can see the request from February on your file.',
    'The price rise reflects the new tariff approved in January.',
    'The policy renews on 14 October.',
    'The new rate applies from 1 March.',
    'Evening slots are available from 5 January.',
    'The invoice is payable within 30 days.',
    'Refunds are only available within 14 days.',
    'A late fee of £25 may be applied.',
    'We have no availability this month.',
  ])('flagged: %j', (line) => expect(nextStep(line)).toBe(true));
  it.each([
    'Your new card was posted today and should arrive by Thursday.',
    "I've booked you in for Friday at 9.",
    'I have moved your appointment, and it is now on Friday at 10am.',
    'The engineer will be with you on 3 June between 8 and 12.',
    'The refund was issued today and should show within five days.',
    'Your new plan starts on 1 June and we will send the welcome pack the week before.',
    "I'll apply the discount from 1 March.",
    'Your parcel arrives tomorrow before noon.',
    'The new rate will apply from 1 March, and I will email you the new schedule on Monday.',
    'We have a free slot on Tuesday at 2pm, shall I book it?',
  ])('still a next step: %j', (line) => expect(nextStep(line)).toBe(false));
});

describe('s29: warm endings beside the new shapes still count', () => {
  const CALM = 'Hi, can you tell me where things stand? Thanks.';
  it.each([
    "Your album proofs will be ready in about three weeks — I'll send the link as soon as they are.",
    "Yes, Rob can come at 8 instead of 11 tomorrow. He'll ring when he's ten minutes away.",
    'Your membership is frozen from today, and you can restart it whenever you are ready; the remaining days are kept.',
    "Good catch, thank you. The corrected quote with the 10% discount is attached; it's valid until 30 April.",
    'The parts will arrive in two days, and the fitter will come once they are in.',
  ])('no next-step-missing: %j', (line) => expect(nextStep(line, CALM)).toBe(false));
});
