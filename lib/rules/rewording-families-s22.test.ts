/**
 * Session 22's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-ce and written again here in other
 * words: the passive's second verb left as a participle after "I'll", the occasion of the saying left fronting the news,
 * "we'll need you to" on a step another body sets, a stock closing right after a rule the customer must keep. Each has
 * near misses that must still be offered. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';
import { rewordingProblems } from './rewording-safety';
import { appliedRewordings } from './testing/applied-rewordings';

const analyzer = createAnalyzer(defaultPack);
const applied = appliedRewordings;

describe("s22: the passive's second verb is never left as a participle after \"I'll\"", () => {
  it.each([
    'Your appeal will be passed to the regional manager and reviewed.',
    'Your feedback will be forwarded to the kitchen team and considered.',
    'The case will be referred to our compliance officer and assessed within 10 days.',
  ])('no Apply leaves "and <participle>": %s', (text) => {
    for (const after of applied(text, 'will-be-passed-on')) expect(after).not.toMatch(/\bI['’]ll\b[^.]*\band \p{L}+ed\b(?!\s+\p{L}+ (?:to|on))/u);
  });

  it('the check names it, and passes a participle that is an adjective or after "be"', () => {
    expect(rewordingProblems('Your appeal will be sent to the board and decided.', "I'll send your appeal to the board and decided.").join(' ')).toMatch(/participle/);
    expect(rewordingProblems('Please ensure the form is signed and dated.', "I'll make sure the form is signed and dated.").join(' ')).not.toMatch(/participle/);
    expect(rewordingProblems('The signed and dated form will be sent to you.', "I'll send you the signed and dated form.").join(' ')).not.toMatch(/participle/);
  });

  it('a passive with one verb still becomes the agent\'s promise', () => {
    expect(applied('Your complaint will be reviewed within 5 working days.', 'will-be-passed-on')).toEqual(["I'll review your complaint within 5 working days."]);
  });
});

describe('s22: a cut of "as advised at …" leaves no occasion of the saying fronting the news', () => {
  it.each([
    ['As explained at the viewing, we cannot hold the flat without a deposit.', 'At the viewing, we cannot hold the flat without a deposit.'],
    ['As mentioned during your consultation, the implant cannot be fitted this month.', 'During your consultation, the implant cannot be fitted this month.'],
    ['As explained at your induction, the weights room closes at 9pm.', 'At your induction, the weights room closes at 9pm.'],
    ['As we discussed on the phone, the van is booked for Monday.', 'On the phone, the van is booked for Monday.'],
    ['As I have told you on several occasions, the frame was shipped to the workshop in Leeds.', 'On several occasions, the frame was shipped to the workshop in Leeds.'],
  ])('%s', (before, after) => expect(rewordingProblems(before, after).join(' ')).toMatch(/when it was said/));

  it('a page or a document where it was written may stay in front of the news', () => {
    expect(rewordingProblems('As clearly stated on the order page, delivery is not included.', 'On the order page, delivery is not included.').join(' ')).not.toMatch(/when it was said/);
  });

  it('a time that is the time of the news stays', () => {
    expect(rewordingProblems('As mentioned, at the end of the month the gym closes for a week.', 'At the end of the month the gym closes for a week.').join(' ')).not.toMatch(/when it was said/);
  });
});

describe('s22: "we\'ll need you to" only where the need is ours', () => {
  it.each([
    ["You need to get written permission from the council before we can start.", "We'll need you to get written permission from the council before we can start."],
    ['You need to obtain approval from the Land Registry first.', "We'll need you to obtain approval from the Land Registry first."],
    ['You need to register the change before the Driver and Vehicle Agency will release the plates.', "We'll need you to register the change before the Driver and Vehicle Agency will release the plates."],
    ['You need to be signed off by your physiotherapist before you can return to class.', "We'll need you to be signed off by your physiotherapist before you can return to class."],
    ['Under the harbour rules you need to carry a working VHF radio.', "Under the harbour rules we'll need you to carry a working VHF radio."],
  ])('%s', (before, after) => expect(rewordingProblems(before, after).join(' ')).toMatch(/another body sets/));

  it.each([
    ['You need to send the signed form before we can refund you.', "We'll need you to send the signed form before we can refund you."],
    ['You need to bring photo ID to collect the parcel.', "We'll need you to bring photo ID to collect the parcel."],
    ['You need to return the old unit before we dispatch the new one.', "We'll need you to return the old unit before we dispatch the new one."],
    ['You need to upload a photo ID before the pharmacist can release it.', "We'll need you to upload a photo ID before the pharmacist can release it."],
  ])('our own need stays offered: %s', (before, after) => expect(rewordingProblems(before, after).join(' ')).not.toMatch(/another body/));
});

describe('s22: no stock closing right after a rule the customer must keep', () => {
  const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
  it.each([
    'Hello,\n\nThe marina gate code changes every month. Berth holders must not lend their fobs to visitors.\n\nHarbour Office',
    'Dear Mr Abara,\n\nYour parking permit is attached. Please refrain from parking on the grass verge by the entrance.\n\nEstates Team',
    'Hi,\n\nThe studio reopens on Monday. Members are not permitted to bring guests to the evening sessions.\n\nRegards,\nFront Desk',
  ])('advice only, no Apply: %s', (text) => {
    const finding = closingOf(text);
    if (finding) expect(finding.suggestions).toEqual([]);
  });

  it('a requirement on a thing ("must not be older than") is no rule of conduct: the closing stays', () => {
    const finding = closingOf('Hello,\n\nPhotos for the pass must not be older than one month. The form is attached.\n\nPass Office');
    expect(finding?.suggestions.length ?? 1).toBeGreaterThan(0);
  });

  it('a reply ending on plain information still gets a closing', () => {
    const finding = closingOf('Hello,\n\nThe marina gate code changes every month. The new code is on your berth invoice.\n\nHarbour Office');
    expect(finding?.suggestions.length ?? 1).toBeGreaterThan(0);
  });
});
