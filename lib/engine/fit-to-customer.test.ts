import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';
import { fitToCustomer } from './fit-to-customer';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
/** What the card offers for `ruleId` once the engine fits the rewordings to the customer's name and message. */
const offered = (text: string, customerMessage: string, ruleId: string) => {
  const result = analyzer.analyze(text, { channel: 'email', customerMessage });
  const finding = fitToCustomer(text, result.findings, { customerName: result.mood?.customerName, customerMessage, upset: result.mood?.needsAcknowledgement }).find((f) => f.ruleId === ruleId);
  return finding ? finding.suggestions.map((_, i) => applySuggestion(text, finding, i)) : [];
};

describe('family 7: a role greeting gets the name the customer gave, never an invented one', () => {
  it.each([
    ['Dear Valued Customer,\n\nYour box was sent with two ice packs.\n\nThe Curd Club', 'My box arrived warm again.\n\nThanks,\nPriya Natarajan', 'Dear Priya,'],
    ['Hello Subscriber,\n\nYour plan renews on 3 March.\n\nHopline', 'Which day does my plan renew?\n\nCheers,\nEwan', 'Hello Ewan,'],
    ['Dear Pet Owner,\n\nIndividual cremations take up to four weeks.\n\nPeaceful Paws', 'Still no ashes after three weeks.\n\nDaniela', 'Dear Daniela,'],
  ])('%s', (text, message, opening) => expect(offered(text, message, 'dear-customer')[0]).toMatch(new RegExp(`^${opening}\\n`)));

  it.each([
    ['Dear Customer,\n\nYour order left on Monday.\n\nShop', 'where is my order'],
    ['Dear Member,\n\nYour membership renews on 1 July.\n\nClub', 'Which month does my membership renew? Thanks'],
  ])('with no name given, the name-less greeting stays: %s', (text, message) => expect(offered(text, message, 'dear-customer')).toEqual([expect.stringMatching(/^Hi there,\n/)]));

  // s22: the engine itself reads a name left at the end of the message's own line.
  it.each([
    ['Dear Customer,\n\nThe refund was sent to your card on Monday.\n\nBlue Harbour Tours', 'I still have not got my refund for the cancelled boat trip. — Marisol Vega', 'Dear Marisol,'],
    ['Dear Policyholder,\n\nYour claim was received on 4 June.\n\nClaims', 'Why has nobody called me about the claim?? Graham Pell', 'Dear Graham,'],
  ])('the engine greets by a name signed inline: %s', (text, customerMessage, opening) => {
    const finding = analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'dear-customer');
    expect(finding && applySuggestion(text, finding, 0)).toMatch(new RegExp(`^${opening}\\n`));
  });

  it('a name that is no name is not used', () => {
    const finding = { ruleId: 'dear-customer', start: 0, end: 13, text: 'Dear Customer', suggestions: ['Hi there'] };
    expect(fitToCustomer('Dear Customer,', [finding], { customerName: 'thanks a lot!!' })[0]!.suggestions).toEqual(['Hi there']);
    expect(fitToCustomer('Dear Customer,', [finding], { customerName: null })[0]!.suggestions).toEqual(['Hi there']);
    expect(fitToCustomer('Dear Customer,', [{ ...finding, ruleId: 'please-note' }], { customerName: 'Priya' })[0]!.suggestions).toEqual(['Hi there']);
  });
});

describe('family 6: a customer who asked when gets no bare promise from a vague-time cut', () => {
  it.each([
    ["Hi,\n\nWe'll finish it when we get a chance. The movement is with the engraver.\n\nTimeworks", 'When will my clock be ready? It has been with you since August.', 'when-we-get-a-chance'],
    ['Hi Ruth,\n\nThey will ship as and when we can.\n\nHiveworks', 'When will the frames ship?', 'when-we-get-a-chance'],
    ['Hello,\n\nThe pilot will send it in due course.\n\nAerialScan', 'How long until we get the survey report?', 'in-due-course'],
    // s25: "We'll finish it." alone is refused for anyone too, whatever they asked (only "it will happen" left).
    ["Hi,\n\nWe'll finish it when we get a chance.\n\nTimeworks", 'Can you also polish the case?', 'when-we-get-a-chance'],
  ])('%s', (text, message, rule) => expect(offered(text, message, rule)).toEqual([]));

  it.each([
    // s24: "Your consultant will be in touch." alone is refused by the safety net for anyone (only "it will happen" left).
    ['Hello,\n\nYour consultant will be in touch in due course about the scan results.\n\nClinic', 'When will I hear back?', 'in-due-course', 'Hello,\n\nYour consultant will be in touch about the scan results.\n\nClinic'],
    ['Hi,\n\nWe will see her when we have a moment between appointments.\n\nSmileRight', 'When can she be seen?', 'when-we-get-a-chance', 'Hi,\n\nWe will see her between appointments.\n\nSmileRight'],
  ])('a customer who did not ask when, or a promise that still says more, keeps the cut: %s', (text, message, rule, expected) => expect(offered(text, message, rule)).toEqual([expected]));
});

describe('s26: a customer who complains about us is not thanked for their "comments" as for a tip', () => {
  it.each([
    ['Hello,\n\nWe note your comments. The crew followed the method statement.\n\nRegards,\nDeckSafe', 'The scaffolders left bolts all over my drive. Absolutely shocking.'],
    ['Hi,\n\nWe note your comments. The room was cleaned at 11am.\n\nFront Desk', 'The room was disgusting when we arrived and nobody came to help.'],
  ])('no "Thanks for sharing your comments": %s', (text, message) => {
    const lines = offered(text, message, 'logged-and-noted');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/Thanks for sharing/);
  });

  it('a customer who only gives a view may still be thanked for it', () => {
    const text = 'Hello,\n\nWe note your comments. The café will trial oat milk in June.\n\nRegards,\nParkside Café';
    expect(offered(text, 'It would be nice if you stocked oat milk.', 'logged-and-noted').some((l) => /Thanks for sharing/.test(l))).toBe(true);
  });
});
