/**
 * Session 27 (issue #10 items 3–4): a customer the mood reader reads as upset, whom the reply blames, sends elsewhere or
 * leaves waiting with no time, gets no stock "anything else?" to Apply: it reads as if the matter were settled. The card
 * keeps its advice. A calm customer, or a reply that reports the problem put right, keeps the one-click closing.
 * Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === 'next-step-missing');

const UPSET = [
  'The plumber never came and nobody rang. I have a toddler and no hot water. This is appalling.',
  "I've been waiting three weeks for my deposit back and I'm really worried, I need it for the new flat.",
  'Absolutely disgusted. Third time the delivery has failed and I took the day off for it.',
];
const OPEN = [
  'Hello,\n\nThe visit was missed because the engineer was held up on another job. A new visit will be booked in due course. Thank you for your patience.\n\nRegards,\nHomeFix',
  'Hello,\n\nDeposit returns are handled by the lettings office once the inventory is signed off. This will be processed in due course.\n\nRegards,\nKeyLets',
  "Hello,\n\nDeliveries fail when nobody is in to sign. You should have left a safe-place note. Your redelivery request is in the depot's queue.\n\nRegards,\nParcelCo",
];

describe('an upset customer whose problem the reply leaves open', () => {
  it.each(OPEN.map((text, i) => [text, UPSET[i]!]))('gets advice, not a stock closing to Apply: %s', (text, message) => {
    const found = nextStep(text, message);
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual([]);
    expect(found[0]!.advice).toMatch(/what happens next/);
  });
});

describe('near misses keep the one-click closing', () => {
  it.each(OPEN)('a calm customer: %s', (text) => {
    expect(nextStep(text, 'Hello, just wondering where things are up to. Thanks')[0]?.suggestions.length).toBeGreaterThan(0);
  });
  it('an upset customer whose problem the reply reports put right', () => {
    const fixed = 'Hello,\n\nYour deposit has been refunded in full to the account you gave us. The lettings office signed off the inventory this morning.\n\nRegards,\nKeyLets';
    expect(nextStep(fixed, UPSET[1]!)[0]?.suggestions.length).toBeGreaterThan(0);
  });
});

describe('a refusal said as our practice ("we are not accepting returns") is a no', () => {
  const CALM = 'Hello, can I send this back? Thanks';
  it.each([
    'Hello,\n\nWe are not accepting returns of opened cosmetics. Please store the jar somewhere cool.\n\nRegards,\nGlowCo',
    "Hello,\n\nWe don't offer partial refunds on multi-day passes. The pass stays valid until August.\n\nRegards,\nParkCo",
    'Hello,\n\nWe do not issue credit notes for late cancellations. The booking itself was kept open for you.\n\nRegards,\nHallCo',
    // Contracted: "we're" is one word, with no space before its "'re".
    "Hello,\n\nWe're not accepting exchanges on sale items. The receipt stays valid for the warranty.\n\nRegards,\nShoeCo",
    "Hello,\n\nI'm not issuing refunds for the second session. It went ahead as booked.\n\nRegards,\nYogaCo",
  ])('advice, not a stock closing: %s', (text) => {
    const found = nextStep(text, CALM);
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual([]);
  });
  it('a near miss: what we do accept keeps the closing', () => {
    const text = 'Hello,\n\nWe are accepting returns of unopened items until the end of the month. The jar you have is unopened.\n\nRegards,\nGlowCo';
    expect(nextStep(text, CALM)[0]?.suggestions.length).toBeGreaterThan(0);
  });
});
