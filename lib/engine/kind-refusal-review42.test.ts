import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { offersSomething } from './kind-refusal';

/**
 * Review of session 42's kind refusals: a sorry beside a no is softened only when the agent then does something for the
 * customer. A deed done to the customer or their case ("I've locked this thread", "we'll deduct the fee"), a "Shall I
 * close it?" or a "How about reading the terms?" is no way forward, and the no keeps its suggestion.
 */
const analyzer = createAnalyzer(defaultPack);
const customerMessage = 'The kettle I bought stopped working after a week. I want my money back please.';
const refusal = (body: string) =>
  analyzer
    .analyze(`Hello Priya,\n\n${body}\n\nBest,\nOskar`, { customerMessage, channel: 'email' })
    .findings.flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })))
    .filter((f) => f.ruleId === 'we-are-unable-to')
    .map((f) => f.severity);

describe('a sorry with a deed done against the customer keeps the no flagged', () => {
  it.each([
    "I'm sorry, we are unable to refund used kettles. I've locked this conversation now.",
    "Sorry, we are unable to refund used kettles. I have marked the case as resolved.",
    "I'm sorry, we are unable to refund used kettles. We'll deduct the testing fee from your deposit.",
    "Apologies, we are unable to refund used kettles. We will terminate the account if this continues.",
    "I'm sorry, we are unable to refund used kettles. Shall I close the case?",
    "I'm sorry, we are unable to refund used kettles. How about reading the warranty card first?",
    "I'm sorry, we are unable to refund used kettles. I've passed the matter to our collections team.",
    "Sorry, we are unable to refund used kettles. I will now end this chat.",
    "Sorry, we are unable to refund used kettles. I've passed your details to our solicitors.",
    "I'm sorry, we are unable to refund used kettles. I have attached our warranty policy.",
    "I'm sorry, we are unable to refund used kettles. Would you like a copy of our terms?",
    "I'm sorry, we are unable to refund used kettles. I'll let you go now.",
  ])('%s', (body) => {
    const found = refusal(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s !== 'hint')).toBe(true);
  });
});

describe('the deeds themselves', () => {
  it.each([
    "I've deactivated the account",
    "We've flagged your profile for review",
    'We will keep the deposit',
    'I will escalate this no further',
    "I've escalated it to our legal department",
    'Shall we cancel the order?',
    "I'll now close the chat",
    'We will shortly end the conversation',
    "I've sent you a link to our returns policy",
    "We'll leave it there",
  ])('offers nothing: %s', (s) => {
    expect(offersSomething(s)).toBe(false);
  });
  it.each(["I've kept your old price on the new order", "I've marked your parcel for next-day dispatch", 'Shall I book a collection?', 'How about a new kettle instead?', "I'll keep a spare aside for you", "I'll now book the engineer for you", "I'll let you know when it ships", "I've sent you the new policy number"])(
    'still offers: %s',
    (s) => {
      expect(offersSomething(s)).toBe(true);
    },
  );
});
