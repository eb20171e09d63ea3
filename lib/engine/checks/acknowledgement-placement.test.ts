/**
 * acknowledge-feelings never puts its line right before a redirect or a bare "Noted.": there the finding is advice,
 * and the agent names the feeling in their own words. Before a refusal the line stays without a promise ("I'm here
 * to help"); before an answer it is written as before.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

const WORRIED = "I'm really worried, I can't log in with sso and my payroll run is due today.";
const FURIOUS = "I'm furious. The seller sent a broken phone and your site took my money. This is disgusting.";

describe('acknowledge-feelings before a no, a redirect or a bare note', () => {
  it.each([
    ['a bare "Noted."', 'Hi Priya,\n\nNoted.\n\nBest,\nSam', WORRIED],
    ['a redirect to the seller', 'Hello,\n\nPlease contact the seller directly about the condition of the item.\n\nRegards,\nMarketplace Team', FURIOUS],
    ['a redirect after an inline greeting', 'Hi Dan, you will need to contact your bank about the charge.', FURIOUS],
    ['"not responsible"', 'Dear Mr Ade,\n\nWe are not responsible for items sold by third-party sellers.\n\nRegards,\nSupport', FURIOUS],
    ['a social "Noted"', '@dan_w Noted!', FURIOUS],
  ])('is advice only before %s', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer, text.startsWith('@') ? 'social' : 'email');
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/own words/);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it.each([
    ['a refusal', 'Hi Priya,\n\nWe are unable to reset sso accounts from support.\n\nBest,\nSam', WORRIED],
    ['a short refusal', "We can't refund orders from marketplace sellers.", FURIOUS],
    ['a redirect later in the reply', 'Hi Priya,\n\nThe sso outage is on the identity provider side. You will need to contact your provider about the payroll login.\n\nBest,\nSam', WORRIED],
  ])('writes the line before %s without a promise', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer);
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of finding!.suggestions) expect(suggestion).not.toMatch(/here to help|put it right|on it|let['’]s/i);
  });

  it.each([
    ['an answer', 'Hi Priya,\n\nYour sso access is restored and the payroll run can go ahead today.\n\nBest,\nSam', WORRIED],
    ['a fix for the order', "Hello,\n\nI've refunded the full price of the phone to your card today.\n\nRegards,\nMarketplace Team", FURIOUS],
  ])('still writes the line before %s', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer);
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
  });
});

describe('acknowledge-feelings keeps the spelling of the word it puts at a sentence start', () => {
  const WORRIED_CALM = "I'm so worried, nothing works and I have no idea what is going on.";
  it.each([
    ['Hi Priya,\n\nsso is back up for everyone now.\n\nBest,\nSam', /\. SSO is back up/],
    ['Hi Priya, sso is back up for everyone now.', /\. SSO is back up/],
    ['iPhone sync is back up for everyone now.', /\. iPhone sync is back up/],
    ['eBay orders sync again as of this morning.', /\. eBay orders sync/],
    ['the sync is back up for everyone now.', /\. The sync is back up/],
  ])('%s', (text, expected) => {
    const finding = acknowledgementOf(text, WORRIED_CALM);
    expect(finding?.suggestions[0]).toMatch(expected);
  });
});

describe('acknowledge-feelings after a chat speaker label', () => {
  it('puts the line after "Agent (Rhea):", where the agent\'s words start', () => {
    const finding = acknowledgementOf('Agent (Rhea): Your new router ships today.', FURIOUS, 'chat');
    expect(finding!.suggestions[0]).toMatch(/^Agent \(Rhea\): I'm sorry\b.*\. Your new router ships today\.$/);
  });

  it('reads "Good news:" in an e-mail as the sentence, not as a label', () => {
    const finding = acknowledgementOf('Good news: your new phone ships today.', FURIOUS);
    expect(finding!.suggestions[0]).toMatch(/^I'm sorry\b.*\. Good news: your new phone ships today\.$/);
  });
});

describe('acknowledge-feelings before a sentence that opens on a number', () => {
  it('keeps the word after the number as the agent wrote it', () => {
    const finding = acknowledgementOf('Hi Jo,\n\n3 licences have been added to your plan, and the invoice follows at month end.\n\nBest,\nAmir', WORRIED);
    expect(finding?.suggestions[0]).toMatch(/ 3 licences have been added/);
  });
});

describe('acknowledge-feelings beside a request for more patience', () => {
  it('does not concede the wait is far too long while asking for more of it', () => {
    const finding = acknowledgementOf('Hi Sam,\n\nYour documents are with the assessor. Please allow up to 10 working days.\n\nBest,\nLeah', "I've been waiting 6 weeks for the assessment and still nothing. This is ridiculous.");
    expect(finding?.suggestions[0]).toMatch(/^I'm sorry/);
    expect(finding?.suggestions[0]).not.toMatch(/far too long|not good enough/);
  });
});
