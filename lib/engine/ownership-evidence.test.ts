import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { errandIn, otherPartyIn, withErrandAdvice, withOwnershipAdvice } from './ownership-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const cardIn = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'cold-rule', principle: 'plain-language', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Plainer.', suggestions: [], ...extra };
};
const party = (s: string) => otherPartyIn(s, 0, s.length, s) !== null;
const errand = (s: string) => errandIn(s, 0, s.length) !== null;

describe('another party named as the doer of the step', () => {
  it.each([
    'Fees are set by head office.',
    'Inspections are carried out by independent third-party inspectors.',
    'Returns are scanned in by our fulfilment partner.',
    'The surgery will contact you if anything else is needed.',
    'Kindly note the lab will re-check the order.',
    'Our Head Office will review the case.',
    'Someone on our team will reach out.',
  ])('finds it in "%s"', (s) => expect(party(s)).toBe(true));

  it.each([
    // A hand-off with a time is the fix asked for.
    'The surgery will contact you by Friday.',
    'Our engineer will be with you on Tuesday at 10am.',
    // A refusal, not a hand-off; a means, not a party; a state of the party.
    "Unfortunately progress can't be recovered by our team.",
    'The refund is sent by email.',
    'Our team will be happy to help.',
    // Done, not to come, and nobody else named.
    'The engineer fixed the boiler.',
    'Your refund will be processed.',
  ])('finds none in "%s"', (s) => expect(party(s)).toBe(false));
});

describe('the customer sent to do the errand with a party themselves', () => {
  it.each([
    'Kindly contact the airline counter for alternate arrangements.',
    'You should contact your local environmental health department.',
    'This is a matter you will need to take up with the council directly.',
    'Kindly ask your landlord to confirm with his bank.',
  ])('finds it in "%s"', (s) => expect(errand(s)).toBe(true));

  it.each([
    "I'll contact the courier now.",
    'We have already asked the supplier.',
    'Please do not call the clinic to chase.',
    'Patients should not contact the surgery.',
    'Please do not hesitate to contact the pharmacy.',
    'You can reply here any time.',
  ])('finds none in "%s"', (s) => expect(errand(s)).toBe(false));
});

describe('a card of another principle whose sentence leaves the step with someone else says who should own it', () => {
  const text = 'Please be advised that fees are set by head office.';
  const sentence = { start: 0, end: text.length, agentActs: false };

  it('takes the party in, as an ownership member, its advice after the card\'s own', () => {
    const out = withOwnershipAdvice(cardIn(text, 'Please be advised that', { advice: 'Plainer.', suggestions: ['Just so you know,'] }), text, sentence, sentence, 'someone-elses-job', 'Say what you will do.');
    expect(out.advice).toBe('Plainer. Say what you will do.');
    expect(out.text).toBe('Please be advised that fees are set by head office');
    expect(out.suggestions).toEqual(['Just so you know, fees are set by head office']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['cold-rule', 'plain-language'], ['someone-elses-job', 'ownership']]);
  });

  it('leaves the card unchanged where it serves ownership, the agent acts in the sentence, or no party is in its region', () => {
    const own = cardIn(text, 'Please be advised that', { principle: 'ownership' });
    expect(withOwnershipAdvice(own, text, sentence, sentence, 'someone-elses-job', 'Say.')).toBe(own);
    const other = cardIn(text, 'Please be advised that');
    expect(withOwnershipAdvice(other, text, sentence, { ...sentence, agentActs: true }, 'someone-elses-job', 'Say.')).toBe(other);
    expect(withOwnershipAdvice(other, text, { start: 0, end: 22 }, sentence, 'someone-elses-job', 'Say.')).toBe(other);
    const handsOff = cardIn(text, 'Please be advised that', { ruleId: 'not-my-department' });
    expect(withOwnershipAdvice(handsOff, text, sentence, sentence, 'someone-elses-job', 'Say.')).toBe(handsOff);
  });

  it('tells an errand the same way, with the errand rule as the member', () => {
    const errandText = 'Kindly ask your landlord to confirm with his bank.';
    const out = withErrandAdvice(cardIn(errandText, 'Kindly'), errandText, { start: 0, end: errandText.length }, { agentActs: false }, 'contact-them-directly', 'Offer to ask.');
    expect(out.text).toBe('Kindly ask your landlord');
    expect(out.merged?.map((m) => m.ruleId)).toEqual(['cold-rule', 'contact-them-directly']);
    const acts = cardIn(errandText, 'Kindly');
    expect(withErrandAdvice(acts, errandText, { start: 0, end: errandText.length }, { agentActs: true }, 'contact-them-directly', 'Offer to ask.')).toBe(acts);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const findings = analyzer.analyze('Hi Sam, thanks for writing in. Please be advised that the lab will re-check the order.').findings;
    const told = findings.filter((f) => f.alsoRuleIds?.includes('someone-elses-job'));
    expect(told).toHaveLength(1);
    expect(told[0]!.ruleId).not.toBe('someone-elses-job');
    expect(told[0]!.advice).toContain('Say what you will do yourself');
    expect(findings.filter((f) => f.ruleId === 'someone-elses-job')).toHaveLength(0);
  });
});

describe('the agent owns the step in the next sentence', () => {
  // Review49: "The fees are set by head office. I'll ask them to review yours and reply by Friday." says what the agent
  // will do, one sentence on; the card on the first still asked them to say what they will do yourself.
  it('tells no hand-off where the next sentence says what the agent will do, and tells it where none does', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.some((f) => f.alsoRuleIds?.includes('someone-elses-job'));
    expect(told("Hi Tom,\n\nKindly note the fees are set by head office. I'll ask them to review yours and reply by Friday.\n\nThanks,\nAna")).toBe(false);
    expect(told('Hi Tom,\n\nKindly note the fees are set by head office. They change every April.\n\nThanks,\nAna')).toBe(true);
  });
});

describe('parties and errands on untrusted text', () => {
  it('reads long runs of words in linear time', () => {
    const long = `${'the '.repeat(100_000)}will be processed.`;
    expect(otherPartyIn(long, 0, long.length, long)).toBeNull();
    const errands = `${'ask your '.repeat(50_000)}friend.`;
    expect(errandIn(errands, 0, errands.length)).toBeNull();
  });
});
