import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { customerDisputes, insistingIn, insistingByRuleIn } from './insisting-evidence';
import { withRespectAdvice } from './respect-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const insisted = (s: string, disputed = true) => {
  const at = insistingIn(s, 0, s.length, s, disputed);
  return at && s.slice(at.start, at.end);
};

describe('our side said to be right against the customer', () => {
  it.each([
    ['Having reviewed the account, the fee was applied correctly.', 'was applied correctly'],
    ['The readings came in late, so those charges are valid.', 'are valid'],
    ['The meter figures are considered accurate.', 'are considered accurate'],
    ['Our records show the item was delivered at 7:52.', 'Our records show'],
    ['The system shows no fault on the line.', 'The system shows'],
    ['Per our system the bike was not properly docked.', 'Per our system'],
    ['Picks were performed correctly against the data received.', 'were performed correctly'],
    ['This is working as designed.', 'working as designed'],
    ['Our instructors followed the correct procedure.', 'followed the correct procedure'],
  ])('finds it in "%s"', (s, words) => expect(insisted(s)).toBe(words));

  it.each([
    // Checked with the customer and explained kindly, with the evidence and an offer.
    "I've checked the meter reading with the engineer: it matches the photo you sent, so the bill is correct, but I'm happy to send someone out.",
    // Owned, apologised for, or asked.
    'Our records show the parcel went to number 41, my mistake.',
    'Sorry, the fee was applied correctly but I see why it is confusing.',
    'Is the charge on your statement valid?',
    // Good news of theirs.
    'Your refund was processed correctly and reaches your card by Friday.',
    'You are correct, the discount was missing.',
  ])('finds none in "%s"', (s) => expect(insisted(s)).toBeNull());

  it('stays silent when the customer disputed nothing', () => {
    expect(insisted('The charges are valid.', false)).toBeNull();
    expect(insisted('The charges are valid.')).toBe('are valid');
  });

  it('reads a dispute in an upset message, or a calm one saying it is not so, or none given', () => {
    expect(customerDisputes('Hi, can you confirm the charges on my March bill? Thanks', true)).toBe(false);
    expect(customerDisputes('Hi, I never agreed to the March charge.', true)).toBe(true);
    expect(customerDisputes('You forgot my pull list AGAIN. Third month in a row.', false)).toBe(true);
    expect(customerDisputes(undefined, true)).toBe(true);
  });

  it('reads a long run of words in linear time', () => {
    const long = `${'is '.repeat(50_000)}x.`;
    expect(insistingIn(long, 0, long.length, long, true)).toBeNull();
    const words = `${'word '.repeat(100_000)}so the charge is valid.`;
    expect(insistingIn(words, 0, words.length, words, true)).not.toBeNull();
  });
});

describe('a card of another principle whose sentence insists we were right', () => {
  it("takes the words in as a respect member, its advice after the card's own", () => {
    const said = 'The charges are valid.';
    const card: Finding = { ruleId: 'x', principle: 'positivity', severity: 'suggestion', start: 4, end: 11, text: 'charges', message: 'M.', advice: 'Own', suggestions: [] };
    const whole = { start: 0, end: said.length };
    const find = (t: string, s: number, e: number, w: string) => insistingIn(t, s, e, w, true);
    const out = withRespectAdvice(card, said, whole, whole, find, { ruleId: 'insisting-we-were-right', advice: 'Share what you checked.' });
    expect(out.advice).toBe('Own. Share what you checked.');
    expect(out.text).toBe('charges are valid');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['x', 'positivity'], ['insisting-we-were-right', 'respect']]);
  });

  it('tells the agent on the card they already see, only when the customer disputed it', () => {
    const analyzer = createAnalyzer(defaultPack);
    const reply = 'Hi Sam,\n\nAs per our terms and conditions, the late fee was applied correctly.\n\nThanks,\nAna';
    const told = (customerMessage: string) =>
      analyzer.analyze(reply, { customerMessage }).findings.filter((f) => f.alsoRuleIds?.includes('insisting-we-were-right'));
    const cards = told('This late fee is wrong, I paid on time!');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.advice).toContain("I've checked, and I can see");
    expect(told('Could you tell me what the late fee on my bill is for? Thanks')).toHaveLength(0);
  });
});

describe('a card whose own rule insists by its meaning: our work sound, our decision closed (session 53, famr53)', () => {
  const analyzer = createAnalyzer(defaultPack);
  const told = (reply: string, customerMessage: string) =>
    analyzer.analyze(reply, { customerMessage }).findings.filter((f) => f.alsoRuleIds?.includes('insisting-we-were-right'));

  it('says our side insists it was right when the customer disputed it, as a respect member', () => {
    const cards = told('Hi Jo,\n\nOur instructors are all fully qualified.\n\nRegards,\nKim', 'Your instructor shouted at my son and left him crying. Unacceptable.');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).toBe('our-work-was-sound');
    expect(cards[0]!.merged?.some((m) => m.ruleId === 'insisting-we-were-right' && m.principle === 'respect')).toBe(true);
  });

  it('reads a decision stated as closed (final-say) the same way', () => {
    const cards = told('Hi Jo,\n\nThe late fee stands.\n\nRegards,\nKim', 'This late fee is wrong, I paid on time!');
    expect(cards.map((f) => f.ruleId)).toEqual(['final-say']);
    expect(told('Hi Jo,\n\nThe late fee stands.\n\nRegards,\nKim', 'Hi, what is the late fee on my bill for? Thanks')).toHaveLength(0);
  });

  it('stays silent when the customer disputed nothing, or the sentence owns a step', () => {
    expect(told('Hi Jo,\n\nOur instructors are all fully qualified.\n\nRegards,\nKim', 'Hi, are your instructors qualified? Thanks')).toHaveLength(0);
    const card: Finding = { ruleId: 'our-work-was-sound', principle: 'ownership', severity: 'suggestion', start: 0, end: 10, text: 'x', message: 'M.', suggestions: [] };
    expect(insistingByRuleIn(card, "Our instructors are all qualified, and I'll ask Sam what happened.", true)).toBeNull();
    expect(insistingByRuleIn({ ...card, ruleId: 'x' }, 'Our instructors are all qualified.', true)).toBeNull();
    expect(insistingByRuleIn(card, 'Our instructors are all qualified.', true)).toEqual({ start: 0, end: 10 });
  });
});
