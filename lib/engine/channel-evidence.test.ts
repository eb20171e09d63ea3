import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { channelPointerIn, withChannelAdvice } from './channel-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const text = 'You must file the claim through the online claims portal.';
const sentence = { start: 0, end: text.length };
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'order-rule', principle: 'respect', severity: 'suggestion', start, end: start + phrase.length, text: phrase, message: 'Ask.', suggestions: [], ...extra };
};
const pointed = (s: string) => channelPointerIn(s, 0, s.length) !== null;

describe('a channel the customer is sent to, by a preposition or a verb of going there', () => {
  it.each([
    'Refunds are handled by email only.',
    'Please ring our bookings line on Monday.',
    'The steps are in our FAQs.',
    'Check your inbox for the code.',
    'Medical questions cannot be answered via live chat.',
    'Visit the nearest branch with your passport.',
    'Sorry, I can’t do that here, could you call our helpline?',
    'We can’t reply to you here, please write to us via the contact form.',
  ])('finds it in "%s"', (s) => expect(pointed(s)).toBe(true));

  it.each([
    'It would not be possible for someone else to use the same address.',
    'The files cannot download to the mobile app automatically.',
    'I have refunded the fee and the money is on its way.',
    'The engineer fixed the boiler this morning.',
    'In line with the warranty terms, the blender cannot be swapped.',
    'The refund can only be given in the form of a gift card.',
    'We have seen this on a number of kettles.',
    'Sale items are refunded in store credit only.',
    'I will update you by email once the part is in.',
    'We’ll get back to you by phone before Friday.',
    'Unfortunately we can only send the voucher by email.',
  ])('finds none in "%s"', (s) => expect(pointed(s)).toBe(false));
});

describe('a card of another principle whose sentence sends the customer to a channel says so', () => {
  it('takes the channel in, as an interaction member, its advice after the card\'s own', () => {
    const out = withChannelAdvice(card('You must file the claim', { advice: 'Ask instead.', suggestions: ['Could you file the claim'] }), text, sentence, 'sent-to-a-channel', 'Help here.');
    expect(out.advice).toBe('Ask instead. Help here.');
    expect(out.text).toBe('You must file the claim through the online claims portal');
    expect(out.suggestions).toEqual(['Could you file the claim through the online claims portal']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['order-rule', 'respect'], ['sent-to-a-channel', 'interaction']]);
  });

  it('leaves a card that already serves interaction, or has no channel in its region, unchanged', () => {
    const own = card('You must file the claim', { principle: 'interaction' });
    expect(withChannelAdvice(own, text, sentence, 'sent-to-a-channel', 'Help here.')).toBe(own);
    const other = card('You must file the claim');
    expect(withChannelAdvice(other, text, { start: 0, end: 23 }, 'sent-to-a-channel', 'Help here.')).toBe(other);
    // A card whose own advice already says to do the errand for them ("Offer to contact them yourself…").
    const errand = card('You must file the claim', { ruleId: 'contact-them-directly', principle: 'ownership' });
    expect(withChannelAdvice(errand, text, sentence, 'sent-to-a-channel', 'Help here.')).toBe(errand);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const reply = 'Hi Sam, you need to send the complaint through the online complaints form.';
    const cards = analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('sent-to-a-channel'));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).not.toBe('sent-to-a-channel');
    expect(cards[0]!.text).toContain('form');
  });
});

describe('the clause before a channel, on untrusted text', () => {
  it('reads the last clause of a sentence holding any number of commas', () => {
    // 300,000 commas: a spread of every break as arguments overflows the call stack; the clause is found by index.
    const long = `${'a,'.repeat(300_000)} please submit it via the online form.`;
    expect(channelPointerIn(long, 0, long.length)).not.toBeNull();
    const promise = `${'a,'.repeat(300_000)} I'll update you by email.`;
    expect(channelPointerIn(promise, 0, promise.length)).toBeNull();
  });
});
