import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';

const analyzer = createAnalyzer(defaultPack);
const REPLY = 'Hi Dana,\n\nWe looked at the photos of the jacket you sent.\n\nBest,\nSam';
const NOTICE = '\n\nThis mailbox is not monitored. Please do not reply to this email.';

const closingOffers = (text: string) => analyzer.analyze(text).findings.filter((f) => f.ruleId === 'next-step-missing').flatMap((f) => f.suggestions);

describe("a no-reply notice in the reply's own footer", () => {
  it('keeps the closing from inviting a reply, and moves neither the findings nor warmth', () => {
    const plain = analyzer.analyze(REPLY);
    const underNotice = analyzer.analyze(REPLY + NOTICE);
    expect(closingOffers(REPLY).some((s) => /\breply\b/i.test(s))).toBe(true);
    expect(closingOffers(REPLY + NOTICE).filter((s) => /\b(?:reply|write|get in touch|let (?:me|us) know)\b/i.test(s))).toEqual([]);
    expect(underNotice.findings.map((f) => [f.ruleId, f.start, f.end])).toEqual(plain.findings.map((f) => [f.ruleId, f.start, f.end]));
    expect(underNotice.scores.warmth).toBe(plain.scores.warmth);
  });

  it('is not read from quoted history (an earlier automated e-mail the customer quotes)', () => {
    const quoted = `${REPLY}\n\nOn Mon, 3 Mar 2025, Acme <noreply@acme.example> wrote:\n> Please do not reply to this email.`;
    expect(closingOffers(quoted)).toEqual(closingOffers(REPLY));
  });
});
