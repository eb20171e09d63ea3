/**
 * Session 28 (issues #10/#15), sentences the whole-reply checks took for an acknowledgement or a next step that a team
 * lead would not: a sorry that names nothing in front of a brush-off, the team's stock "We appreciate your patience." /
 * "We understand how important…", and a last step that only sends the customer to someone else. Each family has its
 * near misses that must still count. Sentences written here, not copied from any data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { withoutFormulas } from './acknowledges';

const analyzer = createAnalyzer(defaultPack);
const findings = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') => analyzer.analyze(text, { channel, customerMessage }).findings;
const acknowledgement = (text: string, message: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  findings(text, message, channel).find((f) => f.ruleId === 'acknowledge-feelings');
const nextStep = (text: string, message: string) => findings(text, message).find((f) => f.ruleId === 'next-step-missing');

const ANGRY = 'Third time the courier has left my parcel in the rain and the printer inside is ruined. I am furious.';
const email = (body: string) => `Hi Sam,\n\n${body}\n\nRegards,\nOrders Team`;

describe('a sorry that names nothing, in front of a brush-off, acknowledges nothing', () => {
  it.each([
    ['Sorry to hear that.', 'Parcels left outside are the courier’s responsibility, so please contact the courier.'],
    ['Sorry for the trouble.', 'Damage in transit is not covered by our returns policy.'],
    ['Apologies.', 'You should have chosen a safe place when you ordered.'],
    ['We are sorry to hear this.', 'Our drivers always follow the delivery procedure, and the photo shows the door.'],
    ['We were sorry to read your email.', 'Weather damage falls outside our remit.'],
    ['Sorry for the inconvenience!', 'We are unable to offer a refund for items left at the door.'],
    ['Yikes, sorry about that!', 'The delivery note clearly said to bring it inside, as previously explained.'],
    ['I apologise for the issue.', 'Refunds are not given for printers once they have been opened.'],
    ['We do apologise.', 'This is not something we can control once the parcel leaves our warehouse.'],
    ['Really sorry to hear that!', 'Please take it up with the courier directly.'],
    ['Sorry about this.', 'It is the customer’s responsibility to be in for the delivery.'],
    ['We are sorry you have been affected.', 'Claims can only be made by the account holder and yours was too late.'],
    ['So sorry for the hassle.', 'The printer was in perfect condition when it left us, so the fault is not ours.'],
    ['Oh no, sorry to hear!', 'Please do not contact us again about this delivery.'],
    ['Apologies for the problem.', 'We can’t replace it.'],
    ['We’re very sorry for the experience.', 'Please ensure you are home next time to take the parcel.'],
  ])('%s + %s', (sorry, brushOff) => {
    expect(acknowledgement(email(`${sorry} ${brushOff}`), ANGRY)).toBeDefined();
  });

  it.each([
    // Beside help, the same short sorry meets them.
    ['Sorry for the trouble!', 'I’ve sent a new printer by next-day delivery and asked the courier to hand it over in person.'],
    ['Sorry to hear that.', 'I’ve refunded the printer in full today and booked a collection for the wet one.'],
    ['Apologies.', 'A replacement is on its way and will be with you tomorrow before noon.'],
    ['Yikes, sorry about that!', 'I’ll ring the depot this morning and get a new one out to you today.'],
    ['We are sorry to hear this.', 'We have refunded your order and will call you tomorrow about the courier.'],
    ['Sorry about that.', 'Let me get a replacement out to you: it ships today and I’ve added a note to hand it to you in person.'],
    ['So sorry for the hassle.', 'We can’t get the old one dried out, but I’ve sent a new one free of charge.'],
    // A sorry that names what happened counts even beside a firm line.
    ['I’m so sorry the printer was left out in the rain again.', 'Damage in transit is not covered by our returns policy, but I can claim it from the courier for you.'],
    ['Sorry your printer was ruined, that’s the third time and it’s not good enough.', 'Please contact the courier with the tracking number.'],
    ['I’m sorry you’ve had to deal with this three times.', 'We are unable to refund the postage.'],
    ['That’s awful, I’m sorry the parcel was left in the rain.', 'The courier is responsible for where it was left.'],
    ['I can see how frustrating this is after three soaked parcels.', 'Refunds are not given once a printer has been opened.'],
    ['Sorry, that’s really not good enough from our courier.', 'We cannot refund the postage.'],
    ['You’re right to be furious, and I’m sorry.', 'Claims can only be made within 48 hours.'],
  ])('near miss, still counts: %s + %s', (sorry, rest) => {
    expect(acknowledgement(email(`${sorry} ${rest}`), ANGRY)).toBeUndefined();
  });
});

describe('the team’s stock patience and importance lines acknowledge nothing', () => {
  it.each([
    'We appreciate your patience.',
    'We appreciate your understanding.',
    'We really appreciate your patience!',
    'We appreciate your patience and understanding.',
    'I appreciate your understanding in this matter.',
    'We greatly appreciate your patience.',
    'We understand how important it is to have a working printer.',
    'We understand the importance of receiving your order in good condition.',
    'We fully understand how important deliveries are to our customers.',
    'We understand just how important it is to get your parcels on time.',
    'We do understand how important a printer is for a home office.',
  ])('%s', (sentence) => {
    expect(withoutFormulas(sentence)).not.toBeNull();
    expect(acknowledgement(email(`${sentence} Your claim is with the courier and will be reviewed in due course.`), ANGRY)).toBeDefined();
  });

  it.each([
    'I really appreciate your patience while I chased the courier, and I’m sorry it came to this.',
    'Thanks for your patience through three soaked deliveries: that’s far too many.',
    'I appreciate your patience more than I can say after three ruined parcels.',
    'I understand how frustrating it is to find your printer soaked again.',
    'I can only imagine how annoying a third soaked parcel is.',
    'I understand how important the printer is to you, and I’m sorry it arrived ruined.',
    'We appreciate your patience, and we’re sorry the printer was left out in the rain.',
    'Three soaked parcels is a lot to put up with, and I appreciate your patience.',
    'You’ve been more than patient with us, and I appreciate it.',
    'We understand you’re fed up, and rightly so.',
  ])('near miss, still counts: %s', (sentence) => {
    expect(acknowledgement(email(`${sentence} Your claim is with the courier and will be reviewed in due course.`), ANGRY)).toBeUndefined();
  });
});

const MESSAGE = 'The mower you serviced last week has stopped starting altogether and it cost me £90. Not happy.';
describe('a last step that only sends the customer to someone else is no next step', () => {
  it.each([
    'If you wish to pursue this further, please take it up with the engine maker.',
    'Should you want to dispute it, you must contact the manufacturer directly.',
    'The part came from our supplier, so please claim with them.',
    'You will need to take the matter up with the parts distributor.',
    'Please complain to the manufacturer, as the engine is theirs.',
    'You can take it up with the warranty provider.',
    'For this you would need to call the engine maker directly.',
    'Any complaint should be raised with the distributor, so please get in touch with them directly.',
    'You may wish to take your complaint up with the retailer who sold you the mower.',
    'Please appeal to the warranty company through their website.',
    'If you are unhappy, you can speak to the manufacturer directly.',
    'Please take this up with your insurer.',
    'It would be best to write to the engine maker directly.',
    'The carburettor is a third-party part, so any claim should go to them: please claim through their site.',
  ])('%s', (last) => {
    const text = `Hello,\n\nWe serviced the mower to the schedule on the job sheet. ${last}\n\nRegards,\nMowCare`;
    const found = nextStep(text, MESSAGE);
    expect(found).toBeDefined();
    // Advice, never a stock "reply here" right after sending them elsewhere.
    expect(found!.suggestions).toEqual([]);
  });

  it.each([
    'We’ll take it up with the engine maker ourselves and call you on Friday.',
    'I’ve contacted the manufacturer directly and will ring you tomorrow with their answer.',
    'If it still won’t start, call me directly on 01632 960 441 and I’ll send an engineer.',
    'Reply to me directly and I’ll book it in.',
    'I’ll take this up with the distributor myself; you don’t need to contact them.',
    'We can pay the repairer directly, and I’ll arrange it with them today.',
    'Bring it back on Saturday and we’ll look at it while you wait.',
    'If you’d like, I can book it in for Tuesday at 10.',
    'I will call you tomorrow morning to arrange a collection.',
    'Let me know which day suits and I’ll send a van.',
    'Please reply with a photo of the engine plate and I’ll order the part today.',
    'You can message me directly here any time.',
    'We’ll claim from the supplier for you, so there’s nothing you need to do.',
    'I’ve asked the manufacturer to take it up with us directly, and I’ll update you by Thursday.',
  ])('near miss, still a next step: %s', (last) => {
    const text = `Hello,\n\nSorry the mower has stopped starting so soon after the service. ${last}\n\nRegards,\nMowCare`;
    expect(nextStep(text, MESSAGE)).toBeUndefined();
  });
});

const CHARGED = 'You have charged me three times for the same order and now I am overdrawn. This is a disgrace.';
describe('reading the record with a count ("I can see both charges") meets no feeling', () => {
  it.each([
    'I can see both charges.',
    'I can see all three payments on your account.',
    'I can see all of them from this morning.',
    'I can see each payment in the log.',
    'I can see every transaction you mention.',
    'I can see several attempts on the card.',
    'I can see both of the debits.',
    'I can see all 3 charges from 14:02.',
    'I can see all the payments went through.',
    'I can see both transactions listed under your order.',
    'I can see each of the charges on our side.',
    'I can see all three, yes.',
    'I can see several entries for that order.',
    'I can see every one of them.',
    'I can see both amounts pending on your card.',
  ])('%s', (sentence) => {
    expect(acknowledgement(email(`${sentence} Duplicate payments are reviewed by the payments team within 10 working days.`), CHARGED)).toBeDefined();
  });

  it.each([
    'I can see how worrying it is to be overdrawn because of us.',
    'I can see why you’re angry: three charges for one order is a disgrace.',
    'I can see both charges, and I’m sorry: being overdrawn because of our mistake is awful.',
    'I can see all three charges, and I’m so sorry you’ve been left overdrawn.',
    'I can see that this has been really stressful.',
    'I can only imagine how stressful being overdrawn is.',
    'I can understand how upsetting this is.',
    'I can see all three payments, which is our mistake, and I’m sorry.',
    'I can see both charges — that must have been a horrible shock.',
    'I can see each charge, and you’re right, that’s not good enough.',
    'I can imagine how frustrating that is.',
    'I can see how much trouble this has caused you.',
    'I can see all of them, and I completely understand why you’re upset.',
    'I can see every charge, and I’m sorry you had to find them yourself.',
    'I can see several charges, and I hate to see you overdrawn because of us.',
  ])('near miss, still counts: %s', (sentence) => {
    expect(acknowledgement(email(`${sentence} Duplicate payments are reviewed by the payments team within 10 working days.`), CHARGED)).toBeUndefined();
  });
});

const FEE = 'You charged me a £60 late fee when the bus broke down and I could not get there. This is outrageous.';
describe('"I\'m afraid" softens the no, it does not meet the customer', () => {
  it.each([
    'The fee stands, I’m afraid.',
    'It is what it is, I’m afraid.',
    'I’m afraid we can’t accept responsibility for public transport.',
    'I’m afraid I can’t help further with this.',
    'That’s down to you, I’m afraid.',
    'I’m afraid the charge is correct.',
    'The policy applies to everyone, I’m afraid.',
    'I’m afraid there is no discretion on late fees.',
    'No exceptions can be made, I’m afraid.',
    'I’m afraid the booking terms are clear on this.',
    'Late is late, I’m afraid.',
    'I’m afraid the system applies it automatically.',
    'The bus company is responsible for that, I’m afraid.',
    'I’m afraid that’s the rule.',
    'It has to stand, I’m afraid.',
    'I’m afraid the £60 will not be refunded.',
  ])('%s', (sentence) => {
    expect(acknowledgement(email(`${sentence} The late fee is shown on your booking confirmation.`), FEE)).toBeDefined();
  });

  it.each([
    'I’m afraid the fee can’t be lifted, and I’m so sorry the bus let you down like that.',
    'I’m afraid it’s true, and I know how galling that is when the bus broke down.',
    'I’m afraid I can’t refund it, but I understand how unfair it feels.',
    'I’m afraid that should have been explained to you before you booked.',
    'I’m afraid the fee was our mistake: the driver’s breakdown report should have cancelled it.',
    'I’m afraid the bus broke down on us too, and that’s a horrible way to start the day.',
    'Oh no, I’m afraid that sounds like a really stressful morning.',
    'I’m afraid you’re right, and that’s not good enough.',
    'I can see why you’re cross, and I’m afraid the fee went on automatically.',
    'I’m afraid we got this one wrong.',
    'I’m afraid that’s frustrating news, and I’m sorry.',
    'Sorry, I’m afraid the fee was applied before we knew about the breakdown.',
    'I’m afraid it’s been a nightmare of a week for the buses.',
    'I’m afraid you shouldn’t have been charged at all.',
  ])('near miss, still counts: %s', (sentence) => {
    expect(acknowledgement(email(`${sentence} The late fee is shown on your booking confirmation.`), FEE)).toBeUndefined();
  });

  it.each(['Not much more we can do this end sorry.', 'Not a lot we can do about it, sorry.', 'Not much else I can do from here, sorry!'])(
    'a sorry tagged onto a shrug is a formula: %s',
    (sentence) => {
      expect(withoutFormulas(sentence)).not.toBeNull();
      expect(acknowledgement(email(`${sentence} The late fee is shown on your booking confirmation.`), FEE)).toBeDefined();
    },
  );
});
