import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
const COLD = 'Dear Customer,\n\nAs per our policy, you need to send the form yourself. That is impossible to change. Please be advised that you must wait.';
const END = ' I will call you on Friday at 10am.\n\nRegards';
const codeCards = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings.filter((f) => f.ruleId === 'unexplained-code' || f.alsoRuleIds?.includes('unexplained-code'));

describe('codes in a cold reply (inColdReplies, session 52)', () => {
  it('gives a code in a sentence with no card a hint of its own where the reply is cold elsewhere', () => {
    expect(codeCards(`${COLD} Your MPAN is on the bill.${END}`).some((f) => f.text.includes('MPAN'))).toBe(true);
  });
  it('keeps the customer\'s own acronym, an explained one and an everyday one', () => {
    expect(codeCards(`${COLD} Your MPAN is on the bill.${END}`, 'Where do I find my MPAN?')).toEqual([]);
    expect(codeCards(`${COLD} Your MPAN (the number on your meter) is on the bill.${END}`)).toEqual([]);
    expect(codeCards(`${COLD} Your PDF is on the bill.${END}`)).toEqual([]);
  });
  it('says nothing of a code in a reply that is not cold elsewhere', () => {
    expect(codeCards('Thanks for asking! Your MPAN is on the bill.')).toEqual([]);
  });
});
