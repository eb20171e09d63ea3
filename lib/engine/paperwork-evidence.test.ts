import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { paperworkIn } from './paperwork-evidence';
import { withRespectAdvice } from './respect-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const pointer = (s: string) => {
  const at = paperworkIn(s, 0, s.length, s);
  return at && s.slice(at.start, at.end);
};

describe('the rulebook or a notice held up at the customer', () => {
  it.each([
    ['As per our terms, the deposit is kept.', 'As per our terms'],
    ['Deliveries that cannot be completed are charged in full as per our terms of supply.', 'as per our terms'],
    ['Pull lists are only held for 30 days per our store policy.', 'per our store policy'],
    ['AC outages are not classified as emergencies per the lease.', 'per the lease'],
    ["Lockers are used at the renter's own risk as posted at the entrance.", 'as posted'],
    ['Roaming rates are stated clearly in the plan brochure.', 'are stated clearly in the plan brochure'],
    ['This is signposted at the entrance.', 'is signposted at the entrance'],
    ['Baggage allowances are clearly outlined.', 'are clearly outlined'],
    ["Save batteries on old carts aren't covered, it says so in the listing.", 'it says so in'],
    ['The same was intimated to you via email 30 days prior to the renewal date.', 'was intimated to you'],
  ])('finds it in "%s"', (s, words) => expect(pointer(s)).toBe(words));

  it.each([
    // The customer's own ask, or the agent's own slip, pointed at.
    "As per your request, I've cancelled the order.",
    'Sorry, as stated in my email I got the date wrong.',
    // The rule given with its reason or the agent's own step: explained, not recited.
    "As per our terms the fee covers the courier's trip, so I've waived half of it.",
    'As per our terms, I can refund the full amount.',
    'Under our policy the deposit is held because the hall must be cleaned.',
    // Asked, not pointed.
    'Is the fee stated in the contract?',
    // Where to find their own thing, records, and good news: no paper held up at them.
    'Your tracking number is in the email.',
    'According to our records, it shipped on Monday.',
    'Under our warranty the repair is free.',
  ])('finds none in "%s"', (s) => expect(pointer(s)).toBeNull());

  it('reads a long run of words in linear time', () => {
    const long = `${'per our '.repeat(50_000)}x.`;
    expect(paperworkIn(long, 0, long.length, long)).toBeNull();
    const words = `${'word '.repeat(100_000)}as per our terms.`;
    expect(paperworkIn(words, 0, words.length, words)).not.toBeNull();
  });
});

describe('a card of another principle whose sentence points at the paperwork', () => {
  it("takes the pointer in as a respect member, its advice after the card's own", () => {
    const said = 'As per our terms, the deposit is kept.';
    const asPer: Finding = { ruleId: 'as-per', principle: 'plain-language', severity: 'suggestion', start: 0, end: 6, text: 'As per', message: 'Plain words.', advice: 'Drop it', suggestions: ['Under'] };
    const whole = { start: 0, end: said.length };
    const out = withRespectAdvice(asPer, said, whole, whole, paperworkIn, { ruleId: 'paperwork-told-you', advice: 'Give the point again simply.' });
    expect(out.advice).toBe('Drop it. Give the point again simply.');
    expect(out.text).toBe('As per our terms');
    expect(out.suggestions).toEqual(['Under our terms']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['as-per', 'plain-language'], ['paperwork-told-you', 'respect']]);
    const own = { ...asPer, principle: 'respect' as const };
    expect(withRespectAdvice(own, said, whole, whole, paperworkIn, { ruleId: 'paperwork-told-you', advice: 'Give.' })).toBe(own);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('paperwork-told-you'));
    const cards = told('Hi Sam,\n\nAs per our terms and conditions, the deposit is non-refundable.\n\nThanks,\nAna');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.merged?.some((m) => m.ruleId === 'paperwork-told-you' && m.principle === 'respect')).toBe(true);
    expect(cards[0]!.advice).toContain('Give the point again simply');
    expect(told("Hi Sam,\n\nAs per our terms and conditions, I can refund the deposit in full today.\n\nThanks,\nAna")).toHaveLength(0);
  });
});
