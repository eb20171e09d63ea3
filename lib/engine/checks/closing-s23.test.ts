/**
 * next-step-missing, session 23 (issue #10 items 3–4, read on dev-extra-ch): no stock "anything else?" appended after a
 * dead end said without "we" ("Until then nothing can happen."), or after the reply's own verdict ("We trust this
 * clarifies the position."); a request made with "Kindly" is a next step already. Sentences written here, none from a
 * data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');

describe('s23: no stock closing after a dead end or a verdict', () => {
  it.each([
    'Hello Mr Ito,\n\nThe permit needs a signed plan from your architect. Until then nothing can happen.\n\nRegards,\nPlanning',
    'Hi Jo,\n\nYour order is waiting for the bank transfer. Nothing can be done before it clears.\n\nThanks,\nSam',
    'Dear Mrs Bell,\n\nThe excess applies to every claim under section 3. We trust this clarifies the position.\n\nKind regards,\nClaims',
    'Hello,\n\nThe fee was set at the annual review. I hope the above explains our decision.\n\nBest,\nAccounts',
  ])('advice only: %j', (text) => {
    const finding = closingOf(text);
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
  });

  it.each([
    'Hi Ana,\n\nThe courier has the parcel at the depot. Kindly send the delivery note so we can match it.\n\nThanks,\nLuis',
    'Hi Ana,\n\nThe pallet went to the wrong hub. Kindly do the needful and send the signed POD so we can trace it.\n\nThanks,\nLuis',
  ])('a "Kindly" request is the next step: %j', (text) => expect(closingOf(text)).toBeUndefined());

  it.each([
    'Hello Mr Ito,\n\nYour permit was approved this morning and the signed copy is attached.\n\nRegards,\nPlanning',
    'Hi Jo,\n\nYour refund of £42 went back to your card today.\n\nThanks,\nSam',
  ])('still offers a closing after plain news: %j', (text) => {
    const finding = closingOf(text);
    expect(finding?.suggestions.length ?? 0).toBeGreaterThan(0);
  });
});
