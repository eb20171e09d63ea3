/**
 * A stated obligation stays one: "You are required to…", "…is mandatory", "Members are obliged to…" said as "We ask you
 * to…" or "Could you…?" becomes a request the customer may decline, a change of meaning the card must not Apply (a dev
 * reading of session 28 found "You are required to…" → "We ask you to…"). "We'll need you to…" keeps it; a denied
 * obligation ("You are not required to…") is none; a plain "You need to restart the router" may still become a favour.
 * Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { rewordingProblems } from './rewording-safety';

const OBLIGATION_AS_REQUEST = /stated obligation/;
const problemsOf = (before: string, after: string) => rewordingProblems(before, after).filter((p) => OBLIGATION_AS_REQUEST.test(p));

describe('an obligation said as a request is refused', () => {
  it.each([
    ['You are required to upload a photo of the damage.', 'We ask you to upload a photo of the damage.'],
    ['Tenants are obliged to report leaks within 24 hours.', 'Could you report leaks within 24 hours?'],
    ['You will be required to sign the handover sheet.', 'Could you sign the handover sheet?'],
    ['Helmets are compulsory on every ride.', 'We kindly ask you to wear a helmet on every ride.'],
    ['Members are obligated to book the court in advance.', 'We ask members to book the court in advance.'],
    ['A signed consent form is mandatory before the treatment.', 'Could you bring a signed consent form before the treatment?'],
  ])('%s → %s', (before, after) => {
    expect(problemsOf(before, after)).toHaveLength(1);
  });
});

describe('near misses keep their rewordings', () => {
  it.each([
    ['You are required to upload a photo of the damage.', "We'll need you to upload a photo of the damage."],
    ['You are not required to send anything else.', 'Could you keep the receipt, just in case?'],
    ['Booking is no longer mandatory for the pool.', 'Could you still book a lane at busy times?'],
    ['You need to restart the router.', 'Could you restart the router?'],
    ['We ask you to keep your password safe.', 'We ask you to keep your password safe, please.'],
  ])('%s → %s', (before, after) => {
    expect(problemsOf(before, after)).toEqual([]);
  });
});

describe('what the card offers', () => {
  const analyzer = createAnalyzer(defaultPack);
  it.each([
    'You are required to upload a photo of the damage.',
    'You will be required to log a fault through the merchant portal.',
    'You are obliged to give two weeks notice.',
    'Hi Sam, you are required to bring photo ID to the appointment.',
  ])('never turns the obligation in %s into a request', (text) => {
    const offered = analyzer.analyze(text).findings.flatMap((f) => f.suggestions);
    expect(offered.filter((s) => /\b(?:we ask|could you|would you)\b/i.test(s))).toEqual([]);
  });
});
