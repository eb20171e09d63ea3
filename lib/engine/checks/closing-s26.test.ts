/**
 * Session 26 (issue #10): a calm customer's question answered in full, the body ending on a wish ("Have a lovely
 * trip!", "Enjoy the rides!"), is closed as well as the same wish in the sign-off is: no next-step finding. An upset
 * customer, a statement with no question, or a refusal above the wish still get theirs. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === 'next-step-missing');

const ANSWER =
  'Hi Ruth,\n\nYes, your card works at any cash machine in Portugal and the rest of the EU. Withdrawals abroad are free from our side, though a few machines add a small fee of their own and show it on screen first. Your PIN stays the same.';
const CALM = "I'm off to Portugal next month, will my debit card work in cash machines there?";

describe('a body that ends on a wish after a calm question answered', () => {
  it.each(['Have a lovely trip!', 'Enjoy the crossing!', 'Safe travels!'])('needs no next step: %s', (wish) => {
    expect(nextStep(`${ANSWER} ${wish}\n\nBest,\nOla`, CALM)).toEqual([]);
  });
  it('still gets one when the last line only hopes about the matter', () => {
    expect(nextStep(`${ANSWER} Hopefully it works first time.\n\nBest,\nOla`, CALM)).not.toEqual([]);
  });
  it('still gets one when the customer is upset', () => {
    expect(nextStep(`${ANSWER} Have a lovely trip!\n\nBest,\nOla`, "This is ridiculous, I'm furious. Nobody has answered me in two weeks! Will the card work in Portugal or not??")).not.toEqual([]);
  });
  it('still gets its advice after a refusal', () => {
    const no = 'Hi Ruth,\n\nUnfortunately we are unable to refund the fees some machines add abroad, they are charged by the machine owner and that will not change. Your PIN stays the same. Have a lovely trip!\n\nBest,\nOla';
    expect(nextStep(no, CALM)).not.toEqual([]);
  });
});
