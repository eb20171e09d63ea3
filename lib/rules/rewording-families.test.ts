/**
 * The session-18 reader's families of unsafe rewordings (issue #10, items 3–4), each with its near misses: a cut that
 * leaves a verb without its complement or a rule said as a fact, "we'll need you to" on someone else's step, an
 * organisation's "we will" made the agent's beside "us", a "Further to your email," lead-in left fronting the bare
 * fact, an acknowledgement or a closing beside a rebuke, an excuse or another channel. All sentences are written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';
import { neighbourProblems, rewordingProblems } from './rewording-safety';

const analyzer = createAnalyzer(defaultPack);
const applied = (text: string, ruleId: string, customerMessage?: string) =>
  analyzer
    .analyze(text, { channel: 'email', ...(customerMessage ? { customerMessage } : {}) })
    .findings.filter((f) => f.ruleId === ruleId)
    .flatMap((f) => f.suggestions.map((s) => text.slice(0, f.start) + s + text.slice(f.end)));
/** A test body: whatever the card offers for `ruleId` on the text, none of it matches `pattern`. */
const neverOffers = (ruleId: string, pattern: RegExp) => (text: string) => {
  for (const after of applied(text, ruleId)) expect(after).not.toMatch(pattern);
};

describe('family 1: a cut leaves a verb without its complement, or a rule said as a fact', () => {
  it.each([
    'Offline maps may be included in a future release, but there is no date yet.',
    'The export button is going to be included in an upcoming update.',
    'Bulk editing could be incorporated in a later version.',
    'A calendar view will be featured in a future release of the app.',
  ])('no Apply that leaves "included" bare: %s', neverOffers('in-the-near-future', /\b(?:included|incorporated|featured)\s*[,.]/));

  it.each([
    ['We will add offline maps in the near future.', 'We will add offline maps.'],
    ['Your new card will be posted in the coming days.', 'Your new card will be posted.'],
  ])('a cut that leaves a whole sentence still applies: %s', (text, expected) => expect(applied(text, 'in-the-near-future')).toEqual([expected]));

  it.each([
    ['The policy requires that you return the saddle within 14 days.', 'You return the saddle within 14 days.'],
    ['Our policy requires that every hive is inspected before collection.', 'Every hive is inspected before collection.'],
    ['Booking terms require that guests check out by 10am.', 'Guests check out by 10am.'],
  ])('a requirement is not restated as a fact: %s', (before, after) => {
    expect(rewordingProblems(before, after)).toContain('states as a fact what the sentence required');
  });

  it.each([
    ['No further action is required.', "You're all set."],
    ['Our policy states that refunds take 14 days.', 'Refunds take 14 days.'],
    ['The policy requires that you return it within 14 days.', 'You need to return it within 14 days.'],
  ])('a denied requirement, none at all, or one kept is no problem: %s', (before, after) => {
    expect(rewordingProblems(before, after)).not.toContain('states as a fact what the sentence required');
  });

  it('the card offers no Apply that turns "The policy requires that you…" into a statement', () => {
    expect(applied('The policy requires that you return the item within 14 days.', 'per-our-policy')).toEqual([]);
  });
});

describe("family 3: \"we'll need you to\" only where the need is ours", () => {
  it.each([
    'Yes: you will need to pay the vet first and then send us the invoice.',
    "He'll need a club licence first; you need to register on their website, which takes ten minutes.",
    'You need to contact the shearer directly as he is self-employed.',
    'You must claim from the courier directly for the damaged box.',
    "The river trust requires a buoyancy aid, so if yours has no mark you'll need to use one of ours.",
    'You need to pay the garage directly when you collect the car.',
  ])('no "we\'ll need you to" and no favour question on a third party\'s step: %s', neverOffers('you-need-to', /we['’]ll need you to|\b(?:so|and|but) (?:if|when)\b[^?]*\bcould you\b/i));

  it.each([
    ['You need to pay the remaining balance of £184 before we can unlock it.', "We'll need you to pay the remaining balance of £184 before we can unlock it."],
    ['To reactivate you need to update the card on file.', "To reactivate, we'll need you to update the card on file."],
    ['You need to restart the router.', 'Could you restart the router?'],
  ])('our own need still reads as ours: %s', (text, expected) => expect(applied(text, 'you-need-to')).toContain(expected));

  it.each([
    "We'll need you to pay the vet first and then send us the invoice.",
    "We'll need you to register on their website first.",
    "We'll need you to contact the courier directly.",
  ])('the check names it: %s', (after) => {
    expect(rewordingProblems('You need to do it.', after).join(' ')).toContain("someone else's");
  });
});

describe("family 6: the organisation's \"we will\" stays where the sentence speaks for it", () => {
  it.each([
    'We will contact the owner of the empty flat, and our officer will visit on Thursday.',
    "We will update the status page every 30 minutes, and you can contact us here if anything else looks off.",
    'We will inspect the hedge, and our contractor will trim it back by Friday.',
  ])('no "I\'ll" beside "us" or "our …": %s', neverOffers('we-will-look-into-it', /\bI['’]ll\b/));

  it.each([
    ['We will look into it.', "I'll look into it."],
    ['We will look into it and the workshop will be in touch.', "I'll look into it and the workshop will be in touch."],
  ])('a promise the agent can keep still becomes theirs: %s', (text, expected) => expect(applied(text, 'we-will-look-into-it')).toEqual([expected]));
});

describe('family 7: a lead-in that only introduced the deleted notice goes with it', () => {
  it.each([
    ['Further to your email, please be advised that the fuel berth closes at 5pm on Sundays.', 'The fuel berth closes at 5pm on Sundays.'],
    ['Further to your question, please be advised that closed-toe shoes are required.', 'Closed-toe shoes are required.'],
    ['Following our call, please be advised that the engineer comes on Friday.', 'The engineer comes on Friday.'],
    ['Hi, further to your question, please be advised that closed-toe shoes are required.', 'Hi, closed-toe shoes are required.'],
  ])('%s', (text, expected) => expect(applied(text, 'please-be-advised')).toEqual([expected]));

  it.each([
    ['Further to your email of 3 May, we would like to inform you that the part has arrived.', 'Further to your email of 3 May, the part has arrived.'],
    ['Please be advised that the office closes at 4pm.', 'The office closes at 4pm.'],
  ])('a lead-in with a date, or none, stays as it was: %s', (text, expected) => expect(applied(text, 'please-be-advised')).toEqual([expected]));
});

describe('families 4 and 5: an insert beside a rebuke, an excuse or another channel', () => {
  const angry = 'WHERE IS MY ORDER??? THREE WEEKS AND NOTHING.';
  it.each([
    'Hello,\n\nPlease do not write in capital letters, it is considered rude. Your order left on 3 March with tracking MD448.\n\nRegards,\nHive Mead',
    'Hello,\n\nPlease stop shouting at our staff. Your order left on 3 March with tracking MD448.\n\nRegards,\nHive Mead',
  ])('no one-click acknowledgement right before a rebuke of the tone: %s', (text) => {
    expect(applied(text, 'acknowledge-feelings', angry)).toEqual([]);
  });

  it('a judgement of the wait goes before an excuse of busy lines', () => {
    const text = 'Dear Ms Byrne,\n\nOur phone lines are very busy at this time of year. Please call back or use the webchat.\n\nRegards,\nShellfish Co';
    for (const after of applied(text, 'acknowledge-feelings', 'I waited 40 minutes on the phone and got cut off. Not good enough.')) {
      expect(after).not.toMatch(/not good enough|too long/);
    }
  });

  it.each([
    'Dear Ms Byrne,\n\nOur phone lines are very busy at this time of year. Please call back or use the webchat.\n\nRegards,\nShellfish Co',
    'Hi Tom,\n\nAll changes must be made through the booking portal under My trips.\n\nThanks,\nCliff Lift',
  ])('no stock closing after the reply sends contact elsewhere: %s', (text) => {
    expect(applied(text, 'next-step-missing')).toEqual([]);
  });

  it('a closing still follows a plain answer', () => {
    expect(applied('Hi Nell,\n\nSwaps are done on your account page. Thursday still has two looms free.\n\nWarp Studio', 'next-step-missing').length).toBeGreaterThan(0);
  });
});

describe('dev sample families: a question the customer cannot answer, advice for next time about the past', () => {
  it.each([
    ['Kindly await further correspondence.', 'Could you await further correspondence?'],
    ['Please wait for the engineer.', 'Could you wait for the engineer?'],
  ])('%s', (before, after) => expect(rewordingProblems(before, after).join(' ')).toContain('cannot answer'));

  it('"if you had" after "Next time" is advice about what already happened', () => {
    const problems = rewordingProblems('You should have uploaded earlier if you had a fixed launch date.', 'Next time, it can help to upload earlier if you had a fixed launch date.');
    expect(problems.join(' ')).toContain('already happened');
  });

  it('"if you have" after "Next time" is advice for the future', () => {
    const problems = rewordingProblems('You should have uploaded earlier.', 'Next time, it can help to upload earlier if you have a fixed launch date.');
    expect(problems.join(' ')).not.toContain('already happened');
  });

  it.each([
    ['Once a decision has been reached, you will be notified.', "Once a decision has been reached, I'll keep you posted.", 'running updates'],
    ['We have logged your issue.', "I've read your issue.", 'only logged'],
  ])('%s', (before, after, named) => expect(rewordingProblems(before, after).join(' ')).toContain(named));
});

/**
 * Session 20 (reword11): the families the session-19 reader still found on held-out replies, each tested on the rewritten
 * sentence in general, not on the sentence it was seen in. All sentences are written here.
 */
describe('s20 family 1: a cut of "as I said" leaves no time of the saying and no orphan', () => {
  it.each([
    'As mentioned when you dropped it off, mounts take eight to ten months.',
    'As I explained when we spoke on Friday, the frame is oak, not ash.',
    'As I said before you paid, the deposit is non-refundable.',
    'As we discussed after you called, the boiler needs a new fan.',
  ])('no Apply that opens on when it was said: %s', neverOffers('as-i-said-before', /^(?:When|Before|After|You|We)\b[^.]*,/));

  it.each([
    'As I said in my previous email, confirmation.',
    'As stated in our letter of 4 June, the final reading.',
    'Like I told you on the phone, your booking reference.',
  ])('no Apply that leaves a noun phrase after the comma: %s', (text) => {
    for (const rule of ['as-i-said-before', 'as-mentioned-before']) expect(applied(text, rule)).toEqual([]);
  });

  it.each([
    ['As I explained on the phone, flights cancelled for weather are rebooked, not refunded.', 'Flights cancelled for weather are rebooked, not refunded.'],
    ['Like I told you before, the voucher is valid for 24 months.', 'The voucher is valid for 24 months.'],
    ['As I said earlier, turn the engine off and moor up.', 'Turn the engine off and moor up.'],
  ])('a cut that leaves a whole clause still applies: %s', (text, expected) => expect(applied(text, 'as-i-said-before')).toEqual([expected]));
});

describe('s20 family 2: the only reason for a charge or a no survives the cut', () => {
  it.each([
    'The £12 was deducted as per our policy on embroidered items.',
    'Your deposit was kept in line with our policy for late cancellations.',
    'The call-out fee was charged per company policy on wasted visits.',
  ])('no Apply that drops the only reason: %s', (text) => {
    for (const after of applied(text, 'per-our-policy')) expect(after).toMatch(/embroidered|late cancellations|wasted visits/);
  });

  it.each([
    ['As per our policy, tiered cakes are delivered by two people, so the charge is the same for any venue.', 'Tiered cakes are delivered by two people, so the charge is the same for any venue.'],
    ['In line with our policy, lessons are cancelled when fewer than three skaters book.', 'Lessons are cancelled when fewer than three skaters book.'],
  ])('where the reason is in the rest of the sentence, the attribution goes: %s', (text, expected) => expect(applied(text, 'per-our-policy')).toEqual([expected]));
});

describe("s20 family 3: \"we'll need you to\" only where no other body sets the need", () => {
  it.each([
    'You need to get a referral letter from your GP before the NHS will fund the new pair.',
    'You need to send the signed mandate so your bank can release the funds.',
    'You need to appeal to the council, as the ticket is theirs.',
    'Yes, there is space on the 7am. The harbour authority requires gas bottles to be off. You need to turn them off before boarding.',
    'You need to obtain a certificate from the DVSA before the test can be booked.',
    'You need to pay the vet on the day and then claim the cost back from us with the invoice.',
  ])('no "we\'ll need you to": %s', neverOffers('you-need-to', /we['’]ll need you to/i));

  it.each([
    ['You need to pay the remaining balance of £184 before we can unlock it.', "We'll need you to pay the remaining balance of £184 before we can unlock it."],
    ['You need to update the card on file before your renewal can go through.', "We'll need you to update the card on file before your renewal can go through."],
    ['You must also bring your provisional licence to the test.', "We'll need you to bring your provisional licence to the test."],
  ])('our own need still reads as ours: %s', (text, expected) => expect(applied(text, 'you-need-to')).toContain(expected));
});

describe('s20 family 4: no offer of help that the next sentence takes back', () => {
  it.each([
    'Dear Mrs Ahmed,\n\nWe understand your concern. However, ashes are only released on weekdays by appointment.\n\nBereavement Services',
    'We understand your concern. Unfortunately, the decision to cancel cannot be reviewed.',
    "We understand your concern. But the examiner's decision is final.",
    'We understand your frustration. You should have read the terms before booking.',
  ])('the opener keeps no "here to help": %s', (text) => {
    const offers = applied(text, 'we-understand-your-concern');
    for (const after of offers) expect(after).not.toMatch(/here to help/);
  });

  it.each([
    ['We understand your concern. However, ashes are only released on weekdays by appointment.', 'I understand your concern. However, ashes are only released on weekdays by appointment.'],
    ['We understand your concern. Yes, after a new tattoo we ask donors to wait 4 months.', "I understand your concern, and I'm here to help. Yes, after a new tattoo we ask donors to wait 4 months."],
    ["We understand your concern. I've booked an engineer for 9am tomorrow.", "I understand your concern, and I'm here to help. I've booked an engineer for 9am tomorrow."],
  ])('%s', (text, expected) => expect(applied(text, 'we-understand-your-concern')).toEqual([expected]));

  it('the check names it', () => {
    const before = 'We understand your concern. However, the refund window has closed.';
    const after = "I understand your concern, and I'm here to help. However, the refund window has closed.";
    expect(neighbourProblems(before, after).join(' ')).toContain('takes back');
  });
});

// s20 families 6 (a bare promise to a customer who asked when) and 7 (the customer's name in a role greeting) need the
// customer's message: lib/engine/fit-to-customer.test.ts.
describe('s20 family 6: when-we-get-a-chance never cuts a real condition', () => {
  it.each([
    "We'll send the invoice when we get the part back.",
    "We'll return it when we get the new motor back from the supplier.",
    'The clinic will call you when we get the scan results.',
  ])('a real condition is no vague time: %s', (text) => expect(applied(text, 'when-we-get-a-chance')).toEqual([]));
});

describe("s20 family 5: the organisation's work on a visit stays the organisation's", () => {
  it.each([
    "If the light stays on, we'll investigate on Tuesday's visit, which is booked for 10am.",
    'We will check the meter at the next inspection.',
    "We'll look at the damp during the annual service in May.",
  ])('no "I\'ll" for work done on a visit: %s', neverOffers('we-will-look-into-it', /\bI['’]ll\b/));

  it.each([
    ['We will update you when the removal date is set.', "I'll update you when the removal date is set."],
    ['We will look into it if you send the photos.', "I'll look into it if you send the photos."],
  ])('a promise the agent keeps still becomes theirs: %s', (text, expected) => expect(applied(text, 'we-will-look-into-it')).toEqual([expected]));
});
