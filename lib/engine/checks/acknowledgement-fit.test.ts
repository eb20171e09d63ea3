/**
 * Acknowledgements and rewordings that fit (issue #10 item 3): the suggested line names the customer's actual situation
 * (a death, harm, a fraud, their own slip, a purchase for someone close, money they cannot spare, a feeling stronger than
 * "disappointed"), never concedes what the reply disputes, never speaks as "I" in an automated notice; a rewording keeps
 * a fee owed, asks for the step rather than for "ensuring" it, and never leaves a clause that reads wrong beside it.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { neighbourProblems, rewordingProblems, isAutomatedNotice } from '../../rules/rewording-safety';
import { createAnalyzer } from '../analyzer';
// The line the card offers, one-click or prefilled in a fill-in: its wording is tested alike.
import { offeringPrefills } from './acknowledgement-offered';
import { readMood } from '../mood';
import { situationIn, unsupportedClaims } from '../mood/acknowledge';
import { fitTheAsk, reword } from '../rewrite';
import { packOfferingAcknowledgementBesideBlame } from '../../rules/testing/fixtures';

const analyzer = offeringPrefills(createAnalyzer(defaultPack));
const lineFor = (message: string) => readMood(message)?.acknowledgements[0]?.sentence ?? '';
const findingsOf = (text: string, customerMessage?: string) => analyzer.analyze(text, { channel: 'email', customerMessage }).findings;
const acknowledgementOf = (text: string, customerMessage: string) => findingsOf(text, customerMessage).find((f) => f.ruleId === 'acknowledge-feelings');
// Beside a line the pack flags for blaming the customer the default pack offers no line at all
// (acknowledgement-beside-blame.test.ts); the wording such a line would have is read with a pack that offers it.
const besideBlame = offeringPrefills(createAnalyzer(packOfferingAcknowledgementBesideBlame(defaultPack.rules)));

describe('the acknowledgement names the situation the customer is in', () => {
  it.each([
    ['a death', "My mother passed away last month and the bank keeps writing to her. It's really upsetting.", /sorry for your loss/],
    ['a pet that died', "Our dog died during surgery last week. We're heartbroken.", /sorry for your loss/],
    ['a funeral missed because of us', "I missed my grandmother's funeral because you cancelled the flight. I want a refund.", /missed the funeral/],
    ['someone close who is dying', "I got a parking charge visiting my dying mother. The machine was broken!", /really hard time/],
    ['a child harmed', "My son had an allergic reaction after the curry. We spent the night in A&E. I'm furious.", /frightening for you and your son/],
    ['the customer hurt', 'The treadmill belt snapped and I went flying. My wrist is swollen. Disgraceful.', /you were hurt/],
    ['a fright with nobody hurt', "The shelf unit collapsed last night and smashed onto my daughter's bed. Thankfully she wasn't in it. I'm shaking.", /really frightening\.$/],
    ['payments they never made', "Someone took £1,200 overnight. I didn't make these payments. I'm terrified.", /payments you never made/],
    ['a scam', "I paid a seller £450 and they vanished. I think I've been scammed.", /targeted/],
    ['money they cannot spare', "I got the date wrong, my own fault, but I'm a student and can't afford a new ticket. Please help.", /money worries/],
    ['a gift for someone close', "I bought a bike for my son's birthday and the wheel is missing. Really disappointed.", /right for your son/],
    ['a family occasion', "The cake for my daughter's wedding was the wrong flavour and the top tier was cracked. It was supposed to be perfect.", /right for your daughter's wedding/],
    ['devastation', "I'm devastated. My bill says I owe £1,400 after a reconciliation.", /how much this has upset you/],
  ])('names %s', (_name, message, line) => {
    expect(lineFor(message)).toMatch(line);
  });

  it('reads ashes and a crematorium as a bereavement, and swelling alone as no harm', () => {
    expect(lineFor('The ashes were meant to be ready for the memorial on Sunday and now you say Wednesday. Unbelievable.')).toMatch(/sorry for your loss/);
    expect(situationIn('My new tattoo is a bit swollen and red, is that normal or should I be worried?')).toBeNull();
  });

  it('claims only what the message shows: no loss without a death, no fraud when the customer calls us a scam', () => {
    expect(unsupportedClaims('The parcel is late again.', "I'm so sorry for your loss.")).toContain('a loss');
    expect(unsupportedClaims('My late father’s watch came back scratched.', "I'm so sorry for your loss.")).toEqual([]);
    expect(situationIn('You say lifetime means five years now. That is a scam.')).toBeNull();
    expect(situationIn('The order arrived late.')).toBeNull();
  });

  it("keeps the builders' own exact line where it says more: a clause of the customer's, a break-in, a deadline", () => {
    expect(lineFor("The cake for my daughter's party is ruined.")).toBe("I'm so sorry the cake for your daughter's party is ruined — I know how much it mattered.");
    expect(lineFor("My account was hacked and they sent scam emails to my contacts. I'm scared.")).toMatch(/someone got into your account/);
    expect(lineFor('I accidentally deleted the shared folder, I have a client presentation tomorrow!')).toMatch(/presentation is tomorrow/);
  });

  it('never hopes on anyone’s behalf (a hope reads as a hedge) nor names a relative who was not harmed', () => {
    const lines = [
      "My son had an allergic reaction and we were in A&E all night. I'm so angry.",
      "The shelf unit collapsed last night and smashed onto my daughter's bed. Thankfully she wasn't in it. I'm shaking.",
      'I fell off the scooter when the brake failed and my knee is bleeding. Furious.',
    ].map(lineFor);
    for (const line of lines) expect(line).not.toMatch(/\bhope\b/);
    expect(lines[1]).not.toMatch(/daughter/);
  });
});

describe('the acknowledgement fits the reply around it', () => {
  it('offers no first-person line inside an automated notice', () => {
    const text = 'This is an automated message. Your enquiry has been received and will be answered within 5 working days.\n\nParcelDash';
    const finding = acknowledgementOf(text, 'Where is my parcel?? Tracking has said out for delivery for 4 days. Ridiculous.');
    expect(finding?.suggestions ?? []).toEqual([]);
    expect(isAutomatedNotice(text)).toBe(true);
    expect(isAutomatedNotice('Hi Sam, I have automated the report for you.')).toBe(false);
  });

  it('offers no first-person line where the automated notice sits in the footer', () => {
    const text = 'Dear Member,\n\nYour benefit payment is on hold until your review on 4 June at 11:00.\n\nThis is an automated message, do not reply.';
    const finding = acknowledgementOf(text, "My payment still hasn't come and I can't pay my rent. I'm desperate.");
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/automated notice/);
  });

  it('does not concede a fault the reply disputes in other words', () => {
    const customer = "My laptop screen cracked on its own while closed on my desk. I didn't drop it! Outrageous.";
    const reply = 'Hello,\n\nThe inspection found the damage is consistent with impact and is therefore not covered. The repair cost is £210.\n\nRepairs Centre';
    const suggestion = acknowledgementOf(reply, customer)?.suggestions[0] ?? '';
    expect(suggestion).not.toMatch(/screen cracked|that's so frustrating/);
  });

  it('promises nothing the reply says is out of its hands', () => {
    const reply = "Hello,\n\nDeposit returns are run by the protection scheme and the timing is outside of our hands. We'll be in touch once the scheme releases the funds.\n\nLettings Team";
    const suggestion = acknowledgementOf(reply, "It's been 9 weeks since I moved out and I still don't have my deposit. This is ridiculous.")?.suggestions[0] ?? '';
    expect(suggestion).toMatch(/^I'm sorry/);
    expect(suggestion).not.toMatch(/put it right/);
  });

  it('concedes nothing ("that\'s not good enough") in a reply that says the matter is someone else\'s', () => {
    const reply = "Hello,\n\nSchedule changes fall outside our remit. We would recommend that you take the matter up with the carrier.\n\nHoliday Desk";
    const suggestion = acknowledgementOf(reply, 'Nobody told me the flight time had changed and I missed the transfer. Absolutely fuming.')?.suggestions[0] ?? '';
    expect(suggestion).not.toMatch(/not good enough|shouldn't have had to/);
  });

  it('puts the line after "To whom it may concern,", never before it', () => {
    const reply = 'To whom it may concern,\n\nAll dogs are fed twice daily according to the owner’s instructions.\n\nKennel Office';
    const finding = acknowledgementOf(reply, "When we collected Max he had lost weight and had a sore on his leg. We're very upset.");
    expect(finding).toBeDefined();
    expect(reply.slice(finding!.start, finding!.end)).not.toMatch(/^To whom/);
  });
});

describe('rewordings that fit the ask', () => {
  it('asks for the step, not for "ensuring" it', () => {
    expect(fitTheAsk('Could you ensure you change your password?', 'Please ensure you change your password.', 'Please ensure')).toBe('Could you change your password?');
    expect(fitTheAsk('Could you ensure all photos are attached?', 'Please ensure all photos are attached.', 'Please ensure')).toBe('Could you make sure all photos are attached?');
  });

  it('keeps a payment owed as owed: "You\'ll need to pay…" or "We ask you to pay…", never "Could you pay…?"', () => {
    const sentence = 'You are required to pay the full balance plus £85 costs.';
    const match = { start: 0, end: sentence.indexOf('.'), captures: new Map([['action', 'pay the full balance plus £85 costs']]) };
    expect(reword(sentence, match, ['Could you {action}?', 'We ask you to {action}.']).replacements).toEqual(["You'll need to pay the full balance plus £85 costs", 'We ask you to pay the full balance plus £85 costs']);
    // Already said so: nothing to offer.
    expect(fitTheAsk('Could you purchase a new ticket?', 'You will need to purchase a new ticket.', 'You will need to')).toBeNull();
    // A request that obliged nobody stays a request.
    expect(fitTheAsk('Could you pay at the desk?', 'Kindly pay at the desk.', 'Kindly')).toBe('Could you pay at the desk?');
  });
});

describe('rewording safety: what reads wrong in or beside the sentence', () => {
  it.each([
    ['"I" on the company\'s timetable', 'We will look into it at our earliest convenience.', "I'll look into it at our earliest convenience.", /earliest convenience/],
    ['half of "terms and conditions"', 'Compensation is capped at £50 per item as per our terms and conditions.', 'Compensation is capped at £50 per item and conditions.', /fixed pair/],
    ['a fee made a favour', 'You must pay the change fee of £150.', 'Could you pay the change fee of £150?', /payment the customer owes/],
    ['advice for next time about the past', 'You should have told us before you left.', 'Next time, it can help to tell us before you left.', /next time about what already happened/],
    ['the agent doing what the account owner must', 'Adjustments are made once a request has been submitted by the account owner.', "Adjustments are made once I've submitted a request by the account owner.", /gives to someone else/],
    ['a second verb left without its object', 'Your request has been logged and passed to the contractor.', "I've logged your request and passed to the contractor.", /without an object/],
    ['when it was said left as when it happens', 'As mentioned on the phone yesterday, the plumber will attend on Friday.', 'On the phone yesterday, the plumber will attend on Friday.', /when it was said/],
    ['the agent working "by" someone else', 'Your order is under review by the pharmacist.', "I'm looking into your order for you by the pharmacist.", /work "by" someone else/],
  ])('names %s', (_name, before, after, problem) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(problem);
  });

  it('keeps a payment owed when only the words around it change', () => {
    expect(rewordingProblems('You must pay the change fee of £150.', "We'll need you to pay the change fee of £150.").join('; ')).not.toMatch(/payment the customer owes/);
  });

  it.each([
    ['a first-person line in an automated notice', 'This is an automated response. We are aware of an issue in your area.', "I'm sorry for the trouble. This is an automated response. We are aware of an issue in your area.", /automated notice/],
    ['a stock closing after "refrain from sending further copies"', 'Please refrain from sending further copies.', 'Please refrain from sending further copies. Let me know if there is anything else I can help you with.', /turns away/],
    ['a stock closing after a flat "we do not"', 'We do not restore data on behalf of users.', 'We do not restore data on behalf of users. Let me know if there is anything else I can help you with.', /bad news/],
    ['a stock closing after "the issue is with your router"', 'The issue is with your router.', 'The issue is with your router. Let me know if there is anything else I can help you with.', /redirect or a blame/],
    ['a stock closing after a redirect to a scheme', 'If you disagree, you must raise a dispute with the deposit scheme.', 'If you disagree, you must raise a dispute with the deposit scheme. Let me know if there is anything else I can help you with.', /redirect or a blame/],
    ['a stock closing after a threat', 'Please update your card. Failure to do so may result in further declines.', 'Please update your card. Failure to do so may result in further declines. Let me know if there is anything else I can help you with.', /bad news/],
    ['an invitation after "not to raise duplicate tickets"', 'We request you not to raise duplicate tickets for the same issue.', 'We request you not to raise duplicate tickets for the same issue. If anything else comes up, reply here and I\'ll be glad to help.', /turns away/],
    ['a stock closing after "the charge therefore stands"', 'The £70 charge therefore stands.', 'The £70 charge therefore stands. Let me know if there is anything else I can help you with.', /bad news/],
  ])('names %s', (_name, before, after, problem) => {
    expect(neighbourProblems(before, after).join('; ')).toMatch(problem);
  });

  it('lets a warm closing follow plain help', () => {
    const before = 'I have refunded the £79 to your card.';
    expect(neighbourProblems(before, `${before} Let me know if there is anything else I can help you with.`)).toEqual([]);
  });
});

describe('the inserted line stands where the agent\'s own words start', () => {
  const applied = (text: string, customerMessage: string, channel: 'chat' | 'social' | 'email') => {
    const f = analyzer.analyze(text, { channel, customerMessage }).findings.find((x) => x.ruleId === 'acknowledge-feelings');
    return f?.suggestions?.[0] === undefined ? null : text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end);
  };

  it.each([
    ['a bot handover label', 'Bot handover > Agent Tomasz: Please send a photo of the meter.', 'Bot handover > Agent Tomasz: '],
    ['a handover written with a chevron', 'Virtual assistant » Sam: Please send a photo of the meter.', 'Virtual assistant » Sam: '],
  ])('after %s, never before it', (_name, text, label) => {
    const after = applied(text, 'You billed me £400 for one month, this is ridiculous and I am furious!', 'chat');
    expect(after).not.toBeNull();
    expect(after!.startsWith(label)).toBe(true);
    expect(after!.slice(label.length)).toMatch(/^I['’]m|^I understand/);
  });

  it('after a social reply\'s handles and its hello, with the handles still first', () => {
    const text = '@ria_k Hello! Saves only sync when the account is linked. Unlinked progress cannot be restored.';
    const after = applied(text, '@Game lost all my progress after the update, level 40 gone!!', 'social');
    expect(after).not.toBeNull();
    expect(after!).toMatch(/^@ria_k Hello! \S/);
    expect(after!.indexOf('Hello!')).toBeLessThan(after!.search(/sorry|understand/i));
  });
});

describe('a line for money or details someone else used names the thing', () => {
  it.each([
    ['a card used abroad', 'Someone used my card in Madrid yesterday, I have never been there.', /a payment you didn't make/],
    ['details used for a contract', "Someone used my details to open a phone contract, it wasn't me. I'm so stressed.", /someone else uses your details/],
  ])('for %s', (_name, message, line) => {
    const said = readMood(message)?.acknowledgements.map((a) => a.sentence).join(' ') ?? '';
    expect(said).toMatch(line);
    expect(said).not.toMatch(/something you never did/);
  });
});

describe('a justification deleted from the front of a sentence leaves no fragment', () => {
  it('withholds "as per" when the phrase runs on past the match to its comma', () => {
    const text = 'As per the rules you accepted on sign-up, refunds are not offered after 14 days.';
    for (const f of findingsOf(text)) {
      for (const s of f.suggestions ?? []) expect(text.slice(0, f.start) + s + text.slice(f.end)).not.toMatch(/^\W*(?:you|we|they) \w+ed\b[^.]*,/i);
    }
  });
  it('still drops "as per your request," where the comma ends it', () => {
    const text = 'As per your request, I have cancelled the second order.';
    const f = findingsOf(text).find((x) => x.ruleId === 'as-per');
    expect(f && text.slice(0, f.start) + f.suggestions![0] + text.slice(f.end)).toBe('I have cancelled the second order.');
  });
});

describe('a reply that holds its ground concedes nothing in the inserted line', () => {
  it.each([
    ['nothing is wrong on our side', 'Runs fine on our end. Try a different browser.'],
    ['the rules forbid what was asked', 'Staff are not allowed to give out other guests\' details. Please speak to the duty manager.'],
    ['it puts the fault on the customer', 'Parcels are left when nobody answers. Next time please make sure someone is in.'],
    ['it says no in the passive', 'Replacements are not given for items reported after 30 days.'],
  ])('drops "that\'s not good enough" when %s', (_name, text) => {
    const customerMessage = "This is the third time I've asked and nobody has told me anything. Useless.";
    const f = besideBlame.analyze(text, { channel: 'email', customerMessage }).findings.find((x) => x.ruleId === 'acknowledge-feelings');
    expect(f?.suggestions?.[0]).toBeDefined();
    expect(f!.suggestions![0]).not.toMatch(/not good enough|far too long|shouldn['’]t have had to/);
  });
});

describe('"I\'m here to help" stays out of a reply that says no', () => {
  it.each([
    'Late entries are not accepted under any circumstances. The results are final.',
    'Refunds are not given for partial stays.',
  ])('%s', (text) => {
    const f = acknowledgementOf(text, 'I was in hospital and missed the deadline, I am so worried about what happens now.');
    for (const s of f?.suggestions ?? []) expect(s).not.toMatch(/here to help/);
  });
});

describe('a deadline line that loses its promise still names the pressure', () => {
  it('says the time is short rather than only restating the date', () => {
    const f = acknowledgementOf('Bookings for the hall are handled by the council. You need to contact them directly.', 'The christening is on Saturday and the hall still is not confirmed, I need this sorted by Friday!');
    const line = f?.suggestions?.[0] ?? '';
    expect(line).toMatch(/^I know /);
    expect(line).toMatch(/^I know [^.]*(?:much time|time-sensitive|pressing)/);
    expect(line).not.toMatch(/on (?:it|this) right away/);
  });
  it('stays short before help that is simply given', () => {
    const f = acknowledgementOf('The signed contract is attached.', 'I need the signed contract today for the bank, please!');
    for (const s of f?.suggestions ?? []) expect(s).not.toMatch(/much time/);
  });
});

describe('a reply that scolds the customer for writing again concedes nothing', () => {
  it('drops "you shouldn\'t have had to chase us" beside "calling multiple times does not help"', () => {
    const f = acknowledgementOf('Your report is with the team. Calling multiple times does not speed up the process.', "This is the fourth time I've reported the leak. Still nothing. I'm fed up.");
    expect(f?.suggestions?.[0]).toBeDefined();
    expect(f!.suggestions![0]).not.toMatch(/shouldn['’]t have had to chase/);
  });
});

describe('a promise to put it right needs an action, not a note on file', () => {
  const message = 'The driver was rude and half my order is missing. Absolutely fuming.';
  it('leaves the promise out when the reply only logs the complaint', () => {
    const f = acknowledgementOf('We have logged your complaint about the driver. Missing items must be reported in the app.', message);
    expect(f?.suggestions?.[0]).toBeDefined();
    expect(f!.suggestions![0]).not.toMatch(/put it right|on (?:it|this)/);
  });
  it('keeps it when the reply logs it and acts too', () => {
    const f = acknowledgementOf("We have logged your complaint about the driver, and I've refunded the missing items to your card.", message);
    expect(f?.suggestions?.[0]).toMatch(/put it right|on (?:it|this)/);
  });
});

describe('a reply that shrugs at the timing carries no promise to put it right', () => {
  it.each([
    "The workshop is busy, it'll be done whenever they get to it. We'll text you.",
    "We've raised it with the supplier, they'll get to it when they can.",
  ])('%s', (text) => {
    const f = acknowledgementOf(text, 'bike was booked in for a service last week, still not ready?');
    expect(f?.suggestions?.[0]).toBeDefined();
    expect(f!.suggestions![0]).not.toMatch(/put it right|I['’]m on (?:it|this)/);
  });
});
