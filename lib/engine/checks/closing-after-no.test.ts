/**
 * next-step-missing after a "no": an open door appended after a refusal or a shutdown line ("This matter is now
 * closed.", "We won't be taking further action on this.") would invite the customer to argue it again, so the
 * finding is advice (no Apply); replies that do end on a next step in words the markers don't know stay quiet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');

const OPENINGS = ['Dear Ms Lowe,', 'Hello,', 'Hi Ravi,'];
const FACTS = [
  'The excess was deducted in line with the terms you accepted when you booked.',
  'Our assessor reviewed the photographs and the repair report.',
  'The charge was applied because the vehicle was returned with less fuel than at collection.',
];
const SAYING_NO = [
  "We won't be taking further action on this.",
  'This matter is now closed.',
  'The decision is final and cannot be appealed.',
  'Please don\u2019t contact us about this again.',
  'Your appeal has been rejected.',
  'Delivery fees are non-refundable.',
  'We are unable to assist further with this request.',
  'Your complaint is now closed.',
  'We will not be reviewing the case again.',
  'No refund will be issued.',
  'We consider this matter closed.',
];
const SIGN_OFFS = ['\n\nRegards,\nClaims Team', '\n\nKind regards,\nOlu', ''];

describe('next-step-missing after a refusal or a shutdown line', () => {
  it('is advice only: no closing is written after the no', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPENINGS), fc.constantFrom(...FACTS), fc.constantFrom(...SAYING_NO), fc.constantFrom(...SIGN_OFFS), (hi, fact, no, signOff) => {
        const finding = closingOf(`${hi}\n\n${fact} ${no}${signOff}`);
        expect(finding).toBeDefined();
        expect(finding!.suggestions).toEqual([]);
        expect(finding!.advice).toMatch(/where the customer can turn/);
      }),
      { numRuns: 60 },
    );
  });

  it('still offers a closing to the same reply without the no', () => {
    for (const fact of FACTS) expect(closingOf(`Dear Ms Lowe,\n\n${fact}\n\nRegards,\nClaims Team`)?.suggestions.length).toBeGreaterThan(0);
  });

  it('keeps the closing after a "no" that turns to what can be done', () => {
    const finding = closingOf('Hi Ravi,\n\nWe cannot refund the delivery fee, but the voucher code from the delay email works on any order.\n\nKind regards,\nOlu');
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
  });
});

describe('next-step-missing after a dead end a phrase rule caught', () => {
  // Refusals in words the closing's own patterns do not list: the positivity rule that flags the sentence tells.
  it.each([
    'Sadly we\u2019re not able to extend the trial.',
    'There is no way to recover deleted messages.',
    "Changes aren't permitted after booking.",
    'We do not sell gift cards.',
  ])('is advice only after "%s"', (refusal) => {
    const text = `Hi Sam,\n\nThanks for getting in touch about your account. ${refusal}\n\nBest,\nJo`;
    const findings = analyzer.analyze(text, { channel: 'email' }).findings;
    expect(findings.some((f) => f.principle === 'positivity' && f.ruleId !== 'next-step-missing')).toBe(true);
    expect(closingOf(text)?.suggestions).toEqual([]);
    expect(closingOf(text)?.advice).toBeTruthy();
  });

  it('offers the closing again once the agent dismisses that rule', () => {
    const text = 'Hi Sam,\n\nThanks for getting in touch about your account. There is no way to recover deleted messages.\n\nBest,\nJo';
    const refusal = analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.principle === 'positivity')!;
    const closing = analyzer.analyze(text, { channel: 'email', ignored: { ruleIds: [refusal.ruleId] } }).findings.find((f) => f.ruleId === 'next-step-missing');
    expect(closing?.suggestions.length).toBeGreaterThan(0);
  });
});

describe('next-step-missing reads a next step in everyday words', () => {
  it.each([
    ['a look forward to welcoming', 'Dear Mr Roy,\n\nYour table for six is booked for Saturday evening and the window seats are yours. We look forward to welcoming you.\n\nKind regards,\nMina'],
    ['something ready to collect', 'Hi Jan,\n\nThe new glasses have arrived from the lab and are ready for collection at the Market Street branch.\n\nBest,\nMina'],
    ['a date ahead', 'Hi Jan,\n\nThe three books on your card are renewed and are now due back on 14 April.\n\nLibrary Team'],
    ['an offer for what they may want', "Hi Jan,\n\nWe never send payment links by text, so that message wasn't from us. If you ever want to check a real order, the Orders page in the app is the safe place to look.\n\nBest,\nMina"],
  ])('stays quiet: %s', (_name, text) => {
    expect(closingOf(text)).toBeUndefined();
  });
});
