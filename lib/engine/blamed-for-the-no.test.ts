import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { blamesTheCustomer } from './kind-refusal';

/**
 * Session 43 (issue #10): "Sorry, we are unable to refund it as you broke it yourself." got only a positivity
 * suggestion. The reason blames the customer: a respect rule flags it (blamed-for-the-no), and kind-refusal.ts never
 * reads such a no as kind, even with that rule dismissed. A reason that is a fact about the item or the order, or the
 * customer's own request, is no blame.
 */
const BLAMING = [
  'Sorry, we are unable to refund the kettle as you broke it yourself.',
  "I'm sorry, we can't swap the lamp since you didn't read the fitting guide.",
  'Apologies, we cannot waive the late fee because you ignored our reminder email.',
  "Sorry, we can't lower the price as you chose the wrong plan at sign-up.",
  'Sorry, the repair is not covered because you dropped the speaker in the bath.',
  'Unfortunately we cannot accept the return as you never registered the warranty.',
  "Sorry, no refund is due, since the seal was broken by yourself.",
];
const FACTUAL = [
  'Sorry, we are unable to refund the kettle as it was opened.',
  "Sorry, we can't take the sofa back because the item was custom made.",
  "I'm sorry, we can't repair it for free since the warranty ended in May.",
  "Sorry, we can't reinstate the order as you asked us to cancel it.",
  "Sorry, we can't refund the fare because the flight left on time.",
];

const analyzer = createAnalyzer(defaultPack);
const customerMessage = 'The kettle stopped working after two weeks. I want a refund.';
const analyzed = (body: string, ignored: string[] = []) =>
  analyzer.analyze(`Hello Priya,\n\n${body}\n\nBest,\nOskar`, { customerMessage, channel: 'email', ignored: { ruleIds: ignored } }).findings;
const ruleIds = (body: string) => analyzed(body).flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, principle: f.principle })));

describe('a no blamed on the customer', () => {
  it.each(BLAMING)('is flagged under respect: "%s"', (sentence) => {
    expect(ruleIds(sentence).some((f) => f.principle === 'respect')).toBe(true);
    expect(blamesTheCustomer(sentence)).toBe(true);
  });

  it.each(FACTUAL)('a reason that is a fact or their own request is no blame: "%s"', (sentence) => {
    expect(ruleIds(sentence).some((f) => f.ruleId === 'blamed-for-the-no')).toBe(false);
    expect(blamesTheCustomer(sentence)).toBe(false);
  });

  it('an owned mistake beside it is no blame', () => {
    expect(blamesTheCustomer("As you missed the email we sent to the wrong address, that's our mistake and I've fixed it.")).toBe(false);
  });
});

describe('kind-refusal never softens a no blamed on the customer', () => {
  const unableSeverity = (body: string, ignored: string[] = []) =>
    analyzed(body, ignored)
      .flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })))
      .filter((f) => f.ruleId === 'we-are-unable-to')
      .map((f) => f.severity);

  it('keeps the refusal above a hint, even with the blame rule dismissed', () => {
    const body = "I'm afraid we can't waive the restocking fee as you damaged the box. I've spread it over three months so it's easier on you.";
    for (const ignored of [[], ['blamed-for-the-no']]) {
      const found = unableSeverity(body, ignored);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((s) => s !== 'hint')).toBe(true);
    }
  });

  it('still softens the same no with a factual reason and a way forward', () => {
    const found = unableSeverity("I'm afraid we can't waive the restocking fee as the box was opened. I've spread it over three months so it's easier on you.");
    expect(found).toEqual(['hint']);
  });
});
