/**
 * Whole-reply checks read grammar, not position: a counterfactual or a clause of time is no faceless passive, a time
 * read off the record is no plan while "it'll be ready" is one.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, customerMessage?: string) => analyzer.analyze(text, { channel: 'email', customerMessage }).findings.map((f) => f.ruleId);
const letter = (body: string) => `Hi Noor,\n\n${body}\n\nBest,\nAli`;

describe('faceless-passive', () => {
  it.each([
    'Your leak should have been treated as an emergency from the first call, and I have booked a plumber for 9am.',
    'The reminder went out before your payment was processed, which is why it crossed with your transfer. I have cancelled it.',
  ])('not the news: %s', (body) => expect(ruleIds(letter(body))).not.toContain('faceless-passive'));
  it('reads the main clause after a clause of time', () =>
    expect(ruleIds(letter('Once your documents have been received, your application will be processed.'))).toContain('faceless-passive'));
});

describe('next-step-missing', () => {
  it('a time read off the record is a report', () =>
    expect(ruleIds(letter('Visits are logged at reception. The log for Monday shows a visit at 3:40pm.'))).toContain('next-step-missing'));
  it.each(["It'll be ready at the front desk for a week.", 'Your keys will be waiting at reception.'])('a plan: %s', (line) =>
    expect(ruleIds(letter(`I've moved your booking to the Harbour Street branch. ${line}`))).not.toContain('next-step-missing'));
});
