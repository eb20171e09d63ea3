/**
 * Session 45, plain45 (issue #10), under the A/B protocol: a code is jargon when the reply uses it as if the customer
 * knew it. The unexplained-code check passes a code the reply explains in a comma appositive, a gloss ("meaning …") or
 * the next sentence ("That's the code …"), a product's name before a product word ("the XR plan"), and an identifier the
 * customer is asked to quote. Our own wording, not taken from dev files, a check batch or held-out data.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const base = defaultPack.rules.find((r) => r.id === 'unexplained-code')!;
const single = createAnalyzer([{ ...base, enabled: true }]);
const codesIn = (text: string, customerMessage?: string) =>
  single.analyze(text, { customerMessage }).findings.filter((f) => f.ruleId === 'unexplained-code').map((f) => f.text);

// Used as if the customer knew it: any grammar, any place in the sentence.
const jargon = [
  'Your transfer is stuck at KYC, so it cannot move yet.',
  'We have passed this to the TAM and they are reviewing it.',
  'Sorry, the boiler failed its CP12 so we cannot sign it off.',
  "I've checked and the parcel is showing RTS at the depot.",
  'Once QA clears the batch, it will ship.',
  'The fault is with the NTU, not your router.',
  'Unfortunately the card was declined with a DNH.',
  'Could you confirm the MPRN for the property?',
  "Your PAC is ready. I'll text it to you tonight.",
  'We need the PSR form back before the visit.',
];

// Explained in place or in the next sentence, a product's name, an everyday acronym, an identifier to quote, or the
// customer's own word: warm support voices.
const nearMisses: Array<[string, string?]> = [
  ["I've sent your PAC, the code your new network asks for, by text this morning."],
  ['It was filed as NAR, meaning no action is needed from you.'],
  ["Your PAC is on its way by text. That's the code your new network needs to move your number."],
  ['The job is with our L2 team now. It means a senior engineer has it, and she will call you at 3pm.'],
  ['The XR plan includes unlimited calls, so you will not pay extra this month.'],
  ['I have moved you onto the GT model at no extra cost, and it ships tomorrow.'],
  ['Please quote KLM4TX when you call, and the team will find your booking straight away.'],
  ['Your reference is QZ7PL and I have put a note on it for you.'],
  ['Yes, the DNO visit is booked for Friday morning.', 'When is the DNO coming out?'],
  ["I've attached the receipt as a PDF, and the VAT is on its own line."],
  ['Your order 55-K2 left our warehouse today with DPD.'],
  ['Thanks so much, Jo. Your refund went out at 9am GMT and lands by Friday.'],
];

describe('session 45, plain45: a code used as if the customer knew it', () => {
  it.each(jargon)('flags %s', (text) => {
    expect(codesIn(text).length).toBeGreaterThan(0);
  });
  it.each(nearMisses)('passes %s', (text, customerMessage) => {
    expect(codesIn(text, customerMessage)).toEqual([]);
  });
});
