/**
 * Session 24's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-cm and written again here in other
 * words: a vague time cut so that only "it will happen" is left, a request followed by a question that asks it again, a
 * duty a refusal or a charge rests on made a request, a comma splice carried into a question, a customer's judgement
 * conceded after a sorry, a sorry for "the trouble" to a customer who reports a death, a fraud, a danger or their health.
 * Each has near misses that must still be offered. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { applySuggestion } from '../engine/apply';
import { fitToCustomer } from '../engine/fit-to-customer';
import { defaultPack } from './default';
import { neighbourProblems, rewordingProblems } from './rewording-safety';
import { appliedRewordings as applied } from './testing/applied-rewordings';

describe('s24: a cut never leaves only "it will happen"', () => {
  it.each([
    ['The locksmith will attend in due course.', 'The locksmith will attend.', 'in due course'],
    ['Your visa letter will be issued at a later date.', 'Your visa letter will be issued.', 'at a later date'],
    ['The landlord has been told and will respond at his earliest convenience.', 'The landlord has been told and will respond.', 'at his earliest convenience'],
    ['Your file went to the surveyor, who will inspect it shortly.', 'Your file went to the surveyor, who will inspect it.', 'shortly'],
    ['The replacement lens will be with you in due course.', 'The replacement lens will be with you.', 'in due course'],
    ['Our partner will call you soonish.', 'Our partner will call you.', 'soonish'],
  ])('refused: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toMatch(/the obvious/);
  });

  it.each([
    ['The locksmith will attend in due course to change the barrel.', 'The locksmith will attend to change the barrel.', 'in due course'],
    ['Your visa letter will be issued at a later date by the embassy.', 'Your visa letter will be issued by the embassy.', 'at a later date'],
    ['In due course, the deposit will reach your account.', 'The deposit will reach your account.', 'In due course'],
    ['The funds will be released in due course once the buyer signs.', 'The funds will be released once the buyer signs.', 'in due course'],
  ])('offered, the sentence still says something: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).not.toMatch(/the obvious/);
  });

  it('a sentence that was already only "it will happen" is not the cut\'s doing', () => {
    expect(rewordingProblems('It will be fixed. We will call you in due course.', 'It will be fixed. We will call you.', 'in due course').join(' ')).toMatch(/the obvious/);
    expect(rewordingProblems('It will be fixed. Please wait.', 'It will be fixed. Please hold.', 'wait').join(' ')).not.toMatch(/the obvious/);
  });

  it('the rules offer the cut only where something is left', () => {
    expect(applied('The technician will visit in due course.', 'in-due-course')).toEqual([]);
    expect(applied('The technician will visit in due course to read the meter.', 'in-due-course')).toEqual(['The technician will visit to read the meter.']);
    expect(applied('A driver will come round at their earliest convenience.', 'vague-soon')).toEqual([]);
  });
});

describe('s24: a rewording that asks is not followed by a question asking it again', () => {
  it.each([
    ['You need to reset the thermostat. Have you tried that?', 'Could you reset the thermostat? Have you tried that?'],
    ['You must re-pair the earbuds. Did you do this yet?', 'Could you re-pair the earbuds? Did you do this yet?'],
    ['Please clear the app cache. Have you tried it already?', 'Could you clear the app cache? Have you tried it already?'],
  ])('refused: %s', (before, after) => {
    expect(neighbourProblems(before, after)).toContain('asks twice (a question after the rewording that already asks)');
  });

  it.each([
    ['You need to reset the thermostat. Has the display come back?', 'Could you reset the thermostat? Has the display come back?'],
    ['You need to reset the thermostat. It takes a minute.', 'Could you reset the thermostat? It takes a minute.'],
  ])('offered before another question or a statement: %s', (before, after) => {
    expect(neighbourProblems(before, after)).not.toContain('asks twice (a question after the rewording that already asks)');
  });
});

describe('s24: the duty a refusal or a charge rests on stays a duty', () => {
  it.each([
    ['Per the membership terms, you are responsible for cancelling before renewal, and renewals are not refundable.', 'Per the membership terms, we\'ll need you to cancel before renewal, and renewals are not refundable.'],
    ['You are liable for the damage to the hull, so the deposit cannot be returned.', 'We ask you to look after the hull, so the deposit cannot be returned.'],
  ])('in the same sentence, refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).toMatch(/duty a refusal rests on/);
  });

  it('a duty with no refusal beside it may be reworded', () => {
    expect(rewordingProblems('You are responsible for cancelling before renewal.', 'We\'ll need you to cancel before renewal.').join(' ')).not.toMatch(/duty a refusal rests on/);
    expect(rewordingProblems('You are not responsible for the damage, and the deposit will be returned.', 'You are not responsible for the damage, and the deposit will be returned today.').join(' ')).not.toMatch(/duty a refusal rests on/);
  });

  it.each([
    ["It is the visitor's responsibility to display a permit. The £60 charge remains payable.", 'We ask everyone to display a permit. The £60 charge remains payable.'],
    ['Hirers are responsible for returning the skis by 5pm. No refund can be given for the extra day.', 'We ask everyone to return the skis by 5pm. No refund can be given for the extra day.'],
    ['The late fee will be charged. Members are responsible for booking classes in the app.', 'The late fee will be charged. We ask everyone to book classes in the app.'],
  ])('in the sentence beside it, made a request, refused: %s', (before, after) => {
    expect(neighbourProblems(before, after)).toContain('turns the duty a refusal or a charge rests on into a request (a meaning of its own)');
  });

  it('a house rule beside good news may still become the team\'s ask', () => {
    expect(neighbourProblems('Guests are responsible for returning towels to reception. Your refund was sent today.', 'We ask everyone to return towels to reception. Your refund was sent today.')).not.toContain(
      'turns the duty a refusal or a charge rests on into a request (a meaning of its own)',
    );
  });
});

describe('s24: a comma splice is not carried into a question', () => {
  it.each([
    ['Refund requests are not handled on the phone, please use the returns page.', 'Refund requests are not handled on the phone, could you use the returns page?'],
    ['The warehouse is closed today, please collect it tomorrow.', 'The warehouse is closed today, could you collect it tomorrow?'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).toMatch(/comma splice/);
  });

  it.each([
    ['If the light stays red, please send us a photo.', 'If the light stays red, could you send us a photo?'],
    ['Thanks, please send the invoice.', 'Thanks, could you send the invoice?'],
    ['When it arrives, please check the seal.', 'When it arrives, could you check the seal?'],
  ])('a condition, a time or a thanks before the comma is fine: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).not.toMatch(/comma splice/);
  });
});

describe('s24: a sorry never concedes the customer\'s judgement of the work', () => {
  it.each([
    ['We are sorry you feel the repair was not up to standard.', "I'm sorry the repair was not up to standard."],
    ['We regret that you consider the cleaning substandard.', "I'm sorry the cleaning was substandard."],
    ['Sorry you think our fitter was careless.', "I'm sorry our fitter was careless."],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).toMatch(/concedes as fact/);
  });

  it('a sorry for a fact the agent states is offered', () => {
    expect(rewordingProblems('We apologise for the delay to your repair.', "I'm sorry about the delay to your repair.").join(' ')).not.toMatch(/concedes as fact/);
  });
});

describe('s24: no sorry for "the trouble" to a customer reporting a death, a fraud, a danger or their health', () => {
  const analyzer = createAnalyzer(defaultPack);
  const offered = (text: string, customerMessage: string) => {
    const result = analyzer.analyze(text, { channel: 'email', customerMessage });
    const finding = fitToCustomer(text, result.findings, { customerMessage }).find((f) => f.ruleId === 'sorry-for-any-inconvenience');
    return finding ? finding.suggestions.map((_, i) => applySuggestion(text, finding, i)) : [];
  };
  const reply = 'Hello,\n\nWe apologise for any inconvenience caused. The account has been frozen while we check it.\n\nSupport';

  it.each([
    'My mother passed away in March and you are still sending her bills.',
    'Somebody hacked my account and bought three phones with my card.',
    'There is smoke coming out of the heater you installed.',
    'Since the new tablets I have been dizzy and vomiting.',
  ])('no trouble line for: %s', (message) => {
    const lines = offered(reply, message);
    expect(lines.some((l) => /trouble|inconvenience|hassle/i.test(l.split('\n')[2] ?? ''))).toBe(false);
  });

  it('a plain complaint still gets the trouble line', () => {
    expect(offered(reply, 'Why is my account frozen? I could not pay for my shopping.').some((l) => /trouble/.test(l))).toBe(true);
  });
});

describe('s24: a comma splice carried over is not offered, a basis a duty rests on stays, "could you cooperate?" is no question', () => {
  it.each([
    ['Please note that refunds go back to the original card, we cannot pay cash.', 'Refunds go back to the original card, we cannot pay cash.'],
    ['Kindly be informed that the depot is closed on Sundays, it does not open until Monday.', 'The depot is closed on Sundays, it does not open until Monday.'],
  ])('a rewritten sentence that keeps a splice is refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).toMatch(/comma splice/);
  });

  it.each([
    ['Please note that if the seal is broken, we cannot take it back.', 'If the seal is broken, we cannot take it back.'],
    ['Please note that the depot is closed on Sundays, so it opens again on Monday.', 'The depot is closed on Sundays, so it opens again on Monday.'],
    ['Please note that, as you know, the depot is closed.', 'As you know, the depot is closed.'],
  ])('a condition or a joined clause is no splice: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).not.toMatch(/comma splice/);
  });

  it('a cut of the terms a duty rests on is refused, a cut beside a plain fact is not', () => {
    expect(rewordingProblems('You should have cancelled 24 hours ahead as per the terms.', 'You should have cancelled 24 hours ahead.')).toContain('drops the records or terms qualifier');
    expect(rewordingProblems('As per the terms, the class starts at 9am.', 'The class starts at 9am.')).not.toContain('drops the records or terms qualifier');
  });

  it('"Could you cooperate?" asks what the customer cannot answer', () => {
    expect(rewordingProblems('Kindly cooperate with the driver.', 'Could you cooperate with the driver?').join(' ')).toMatch(/cannot answer/);
    expect(rewordingProblems('Kindly send the photo.', 'Could you send the photo?').join(' ')).not.toMatch(/cannot answer/);
  });
});

describe('s24 (lead): no "reply here" after the reply said where requests go', () => {
  const closing = ' If anything else comes up, reply here and I\'ll be glad to help.';
  it.each([
    'Changes to your plan should be submitted via the customer portal. The current plan runs until May.',
    'Please use the ticketing system for new requests. Your laptop is booked in for Tuesday.',
    'Access requests must go through the IT service desk rather than your manager. The licence renews in June.',
    'You can raise new faults on our website form. The engineer visit is confirmed for 9am.',
    'Please log any further issues via the tenant app. The boiler part has been ordered.',
    'All refund claims are to be made through the booking website. Your voucher code is below.',
  ])('refused: %s', (before) => {
    expect(neighbourProblems(before, before + closing).join(' ')).toMatch(/where requests go/);
  });

  it.each([
    'Your refund went out today and should show within three days.',
    'I have used the portal to book your engineer for Tuesday.',
    'We updated the form on our website last week, so the old link no longer works.',
    'The team must be told through the portal when a part arrives, and I have done that for you.',
  ])('offered: %s', (before) => {
    expect(neighbourProblems(before, before + closing).join(' ')).not.toMatch(/where requests go/);
  });
});
