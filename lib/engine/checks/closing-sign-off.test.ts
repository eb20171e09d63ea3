/**
 * next-step-missing and greeting-missing read the body's length, not the signer's: a reply signed "Dr. Ana de la
 * Cruz⏎Acme Support" gets the same findings as the same reply signed "Ana⏎Acme Support".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const STRUCTURE_RULES = new Set(['next-step-missing', 'greeting-missing']);
const structureFindings = (text: string, channel?: 'email' | 'chat') =>
  analyzer
    .analyze(text, channel ? { channel } : {})
    .findings.filter((f) => STRUCTURE_RULES.has(f.ruleId))
    .map((f) => [f.ruleId, f.start, f.end, f.suggestions, f.advice ?? null]);

const REPLIES = [
  'Hi Jo,\n\nTo reset it:\n\n1. Open Settings.\n2. Tap Reset.',
  'To reset it:\n\n1. Open Settings.\n2. Tap Reset.',
  'Hi Sam,\n\nTo reset your router:\n\n1. Unplug it for ten seconds.\n2. Plug it back in.\n3. Wait for the green light.',
  'Dear Mr Okafor,\n\nThe meter reading on your bill was estimated because our reader could not reach the meter in March.',
  'Your parcel was handed to the courier this morning.',
  "Hi Lina,\n\nI've sent you a reset email. Let me know if it doesn't arrive in a few minutes.",
];
const CLOSINGS = ['', '\n\nBest,', '\n\nKind regards,', '\n\nThanks!', '\n\nCheers,'];
const TITLES = ['', 'Dr. ', 'Dr ', 'Mr. ', 'Mr ', 'Ms. ', 'Mrs ', 'Prof. '];
const FIRST = ['Ana', 'Tom', 'Anne-Marie', 'Jean-Luc', 'Kofi', 'Siobhán'];
const LAST = ['', ' de la Cruz', ' van der Berg', " O'Neil", ' O’Brien', ' Smith-Jones', ' Reid', ' von Trapp', ' Mac Donald'];
const TEAM_LINES = ['', '\nAcme Support', '\nSenior Advisor, Acme Outdoor', '\nCustomer Care | Acme Co.'];

describe('sign-off name shapes never change the structure findings', () => {
  it('a titled, multi-part, hyphenated or apostrophised name reads like a bare first name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPLIES),
        fc.constantFrom(...CLOSINGS),
        fc.constantFrom(...TITLES),
        fc.constantFrom(...FIRST),
        fc.constantFrom(...LAST),
        fc.constantFrom(...TEAM_LINES),
        fc.constantFrom(undefined, 'email' as const),
        (body, closing, title, first, last, team, channel) => {
          const plain = `${body}${closing}\n${closing ? '' : '\n'}Ana${team}`;
          const shaped = `${body}${closing}\n${closing ? '' : '\n'}${title}${first}${last}${team}`;
          expect(structureFindings(shaped, channel)).toEqual(structureFindings(plain, channel));
        },
      ),
      { numRuns: 150, seed: 10 },
    );
  });

  it.each([
    ['Ana\nAcme Support'],
    ['Dr. Ana de la Cruz\nAcme Support'],
    ["Mr. Tom O'Neil\nAcme Support"],
  ])('a long list reply without a next step is flagged whoever signs it (%s)', (signer) => {
    // A list of what was found, not of steps for the customer (steps to follow are a next step, closing-families.test.ts).
    const text = `Hi Sam,\n\nWhat our engineer found on the line:\n\n1. The router firmware was out of date.\n2. The line speed was capped at 10 Mb.\n3. The old fault was still open.\n\nBest,\n${signer}`;
    const finding = analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
    expect(finding && text.slice(finding.start, finding.end)).toBe('The old fault was still open.');
  });

  it.each([['Ana\nAcme Support'], ['Dr. Ana de la Cruz\nAcme Support']])('a short list reply gets no closing whoever signs it (%s)', (signer) => {
    const text = `Hi Jo,\n\nTo reset it:\n\n1. Open Settings.\n2. Tap Reset.\n\n${signer}`;
    expect(analyzer.analyze(text, { channel: 'email' }).findings.some((f) => f.ruleId === 'next-step-missing')).toBe(false);
  });
});
