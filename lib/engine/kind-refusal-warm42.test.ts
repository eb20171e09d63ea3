import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { offersSomething, regretsTheNo } from './kind-refusal';

/**
 * Session 42: a no said kindly without a stated reason — the agent's own sorry beside it, then something done or
 * offered — is a hint, not a warning. The cold forms (a bare no, a no with a lecture, a stock "sorry for any
 * inconvenience", a sorry with nothing done, a "deed" done against the customer) keep their warning or suggestion.
 */
const analyzer = createAnalyzer(defaultPack);
const customerMessage = 'My order of garden chairs arrived with one leg bent. Can you take them back and refund me?';
const severities = (body: string) =>
  analyzer
    .analyze(`Hi Morgan,\n\n${body}\n\nKind regards,\nTeodor`, { customerMessage, channel: 'email' })
    .findings.flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })));
const refusalSeverities = (body: string) =>
  severities(body)
    .filter((f) => ['we-are-unable-to', 'not-permitted', 'we-dont-offer', 'not-possible-to', 'thats-impossible'].includes(f.ruleId))
    .map((f) => f.severity);

describe('a no with the agent’s own sorry and something done or offered', () => {
  it.each([
    "We can't hold the table past 8pm on Fridays, sorry! Would 7:30 work? I'll put a candle on the cake for you.",
    "I'm afraid we can't waive the restocking fee. I've spread it over three months so it's easier on you.",
    "We can't collect furniture from outside the mainland, I'm sorry. I've booked a local courier to pick the chairs up on Wednesday instead.",
    "I'm really sorry, we're unable to refund a single chair from a set. I'll send a replacement leg by first-class post today.",
    "Apologies, we aren't able to take back garden furniture once it's been assembled. Would a 25% partial refund work for you?",
    "I'm afraid we cannot swap the colour at this point. I've, however, added free assembly to your next order.",
    "We're not able to refund the delivery charge, sorry! I have, however, credited £15 to your account for the bent leg.",
    "I'm so sorry, I'm not able to cancel it now. I've split the remaining payment across two months so it's lighter.",
    "We unfortunately can't offer same-day pickups. I'm sorry about that. Shall I book the first slot on Thursday morning?",
  ])('a hint, not a warning: %s', (body) => {
    expect(refusalSeverities(body).every((s) => s === 'hint')).toBe(true);
  });
});

describe('the cold forms keep their warning or suggestion', () => {
  it.each([
    'We are unable to help with that.',
    'We are unable to refund it. Please read our terms.',
    // A stock formula is no sorry.
    'We are unable to refund it. We apologise for any inconvenience. I have attached our returns policy.',
    // A sorry with nothing done.
    "I'm sorry, we are unable to refund it. That is our policy.",
    // A sorry, and a "deed" done against the customer.
    "I'm sorry, we are unable to refund it. I've closed this ticket.",
    "Sorry, we are unable to refund opened items. We'll charge the return postage to your card.",
    // A sorry, and the customer sent elsewhere (no deed of ours).
    "Sorry, we are unable to help with that. You can contact the manufacturer.",
    // Only words from the agent.
    "I'm sorry, we cannot refund it. I've explained this twice already.",
  ])('keeps it: %s', (body) => {
    const found = refusalSeverities(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((s) => s === 'warning' || s === 'suggestion')).toBe(true);
  });
});

describe('a sorry and an offer beside a lecture', () => {
  it('keeps the reply warned', () => {
    const found = severities("I'm sorry, we can't refund it. You should have read the terms before ordering. I'll send you a copy.");
    expect(found.some((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('the words', () => {
  it.each(["I'm so sorry", 'Sorry!', 'Apologies, we', 'I apologise', "I'm afraid we can't", 'I wish I could say yes', "we're gutted to say"])('regret: %s', (s) => {
    expect(regretsTheNo(s)).toBe(true);
  });
  it.each(['Sorry for any inconvenience', "We're sorry if you feel let down", 'We apologise for any trouble caused', 'Unfortunately not'])('no regret: %s', (s) => {
    expect(regretsTheNo(s)).toBe(false);
  });
  it.each(["I've split it into two payments", "I'll keep your seats until 7", 'We can post a new leg', 'Would Friday suit you?', 'Do you want me to hold it?', 'I have, however, posted it'])(
    'offers: %s',
    (s) => {
      expect(offersSomething(s)).toBe(true);
    },
  );
  it.each(["I've noted your complaint", "I can't do that", "We'll have to close the case", 'I will not be refunding it', "I've told you before", 'I can see why', "We've decided not to", 'Could you send your order number?'])(
    'offers nothing: %s',
    (s) => {
      expect(offersSomething(s)).toBe(false);
    },
  );
});
