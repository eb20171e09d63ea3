import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string) => analyzer.analyze(text).findings.map((f) => f.ruleId);

describe('a refusal excused by the way forward in the next two sentences', () => {
  it('stays excused when a bare thank-you line sits between', () => {
    expect(ruleIds("That's impossible. I have sent you a new one today.")).not.toContain('thats-impossible');
    expect(ruleIds("That's impossible. Thanks for your enquiry. The shop is shut on Monday. I have sent you a new one today.")).not.toContain('thats-impossible');
  });

  it('is not excused by a way forward three content sentences later', () => {
    expect(ruleIds("That's impossible. The shop is shut on Monday. The stock arrives in May. I have sent you a new one today.")).toContain('thats-impossible');
  });

  it('applying the opener rewording keeps the refusal excused and adds no finding', () => {
    const before = "That's impossible. In response to your enquiry, the blue model is back in stock on Monday. I have sent the PDF invoice to your email.";
    const after = "That's impossible. Thanks for your enquiry. The blue model is back in stock on Monday. I have sent the PDF invoice to your email.";
    expect(ruleIds(before)).toContain('cold-opener');
    expect(ruleIds(after).filter((id) => !ruleIds(before).includes(id))).toEqual([]);
  });
});
