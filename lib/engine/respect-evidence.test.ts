import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { dutyIn, orderIn, withRespectAdvice } from './respect-evidence';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const text = 'Kindly fill in the incident form at reception.';
const sentence = { start: 0, end: text.length };
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'kindly', principle: 'plain-language', severity: 'suggestion', start, end: start + phrase.length, text: phrase, message: 'Plain words.', suggestions: [], ...extra };
};
const order = (s: string) => {
  const at = orderIn(s, 0, s.length, s);
  return at && s.slice(at.start, at.end);
};

describe('an order to the customer at the start of the clause', () => {
  it.each([
    ['Kindly fill in the incident form at reception.', 'Kindly fill'],
    ['Kindly be patient until then.', 'Kindly be'],
    ['To stop further reminders, kindly clear the outstanding balance.', 'kindly clear'],
    ['Submit the POA via Seller Central.', 'Submit'],
    ['Please note that we cannot comment on individual cases publicly.', 'Please note'],
    ['Please do not contact us via chat for urgent issues.', 'Please do not contact'],
    ['Kindly be informed that all gowns are inspected before release.', 'Kindly be'],
  ])('finds it in "%s"', (s, words) => expect(order(s)).toBe(words));

  it.each([
    // Asked, not ordered.
    'Could you kindly send the photo?',
    'Would you please confirm the address?',
    // "Please" with its reason, or with the agent's own step beside it.
    'Please send the photo so that we can check it.',
    'Please send the photo, as the courier needs it for the claim.',
    'Pop it in the post and I will refund you.',
    // Courtesies and invitations said as imperatives.
    'Please let me know if you need anything.',
    'Please find attached your invoice.',
    'Please accept my apologies.',
    'Please feel free to reach out.',
    'Please be assured we are on it.',
    'Please call us on 0800 123 456.',
    "Please don't hesitate to ask.",
    'Have a lovely day!',
    // No order at all.
    'Unfortunately the parcel was lost.',
    'Your refund has been processed.',
    // A notice of news about their own thing, with no limit on them, tells them nothing to do (review 50).
    'Please note that your refund has been processed today.',
    'Kindly note your order shipped this morning.',
    'Please be advised that your parcel was delivered at 2pm.',
  ])('finds none in "%s"', (s) => expect(order(s)).toBeNull());

  it.each([
    ['Please note that your account will be closed if the balance is not paid.', 'Please note'],
    ['Please be aware your booking can only be changed once.', 'Please be'],
  ])('still finds a notice that puts a limit on their own thing: "%s"', (s, words) => expect(order(s)).toBe(words));
});

describe('a card of another principle whose sentence orders the customer asks instead', () => {
  it('takes the order in, as a respect member, its advice after the card\'s own', () => {
    const out = withRespectAdvice(card('Kindly', { advice: 'Plain words.' }), text, sentence, sentence, orderIn, { ruleId: 'lecturing-order', advice: 'Ask rather than order.' });
    expect(out.advice).toBe('Plain words. Ask rather than order.');
    expect(out.text).toBe('Kindly fill');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['kindly', 'plain-language'], ['lecturing-order', 'respect']]);
  });

  it('leaves a card that already serves respect or already asks, or has no order, unchanged', () => {
    const own = card('Kindly', { principle: 'respect' });
    expect(withRespectAdvice(own, text, sentence, sentence, orderIn, { ruleId: 'lecturing-order', advice: 'Ask.' })).toBe(own);
    const asks = card('Kindly', { ruleId: 'do-the-needful' });
    expect(withRespectAdvice(asks, text, sentence, sentence, orderIn, { ruleId: 'lecturing-order', advice: 'Ask.' })).toBe(asks);
    const other = card('Kindly');
    expect(withRespectAdvice(other, text, sentence, undefined, orderIn, { ruleId: 'lecturing-order', advice: 'Ask.' })).toBe(other);
    const asked = 'Could you kindly fill in the form?';
    const kindly = { ...card('Kindly'), start: 10, end: 16, text: 'kindly' };
    expect(withRespectAdvice(kindly, asked, { start: 0, end: asked.length }, { start: 0, end: asked.length }, orderIn, { ruleId: 'lecturing-order', advice: 'Ask.' })).toBe(kindly);
  });

  it('tells the agent on the card they already see, without a new card', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('lecturing-order'));
    const cards = told('Hi Sam,\n\nKindly confirm whether you wish to proceed.\n\nThanks,\nAna');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).toBe('kindly');
    expect(cards[0]!.advice).toContain('Ask rather than order');
    expect(told('Hi Sam,\n\nCould you kindly confirm whether you wish to proceed?\n\nThanks,\nAna')).toHaveLength(0);
  });

  it('leaves alone a card the engine softened to a hint as kind in context', () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string, customerMessage: string) =>
      analyzer.analyze(reply, { customerMessage }).findings.filter((f) => f.alsoRuleIds?.includes('lecturing-order'));
    const meter = 'My meter keeps showing a blank screen since Monday.';
    // The step takes up the agent's own fallback: the kindly card is a hint, and no order advice joins it.
    const kind = 'Hi Sam,\n\nSorry about that. Kindly press and hold the round button for ten seconds to restart it. If the screen is still blank tomorrow, I will book an engineer to swap it.\n\nBest,\nJo';
    expect(told(kind, meter)).toHaveLength(0);
    // The bare step alone stays a suggestion and tells the order.
    expect(told('Hi Sam,\n\nKindly press and hold the round button for ten seconds to restart it.\n\nBest,\nJo', meter)).toHaveLength(1);
    // The steps the customer asked for are the answer.
    expect(told('Good morning! Kindly log in, go to My Account > Addresses and select Edit. It saves straight away.', 'Good morning, kindly how can I change my delivery address?')).toHaveLength(0);
  });
});

describe('a duty laid on the customer by the rulebook', () => {
  const duty = (s: string) => {
    const at = dutyIn(s, 0, s.length, s);
    return at && s.slice(at.start, at.end);
  };

  it.each([
    ['Rides must be ended correctly in a designated parking zone.', 'must be ended'],
    ['Also, an Income and Expenditure form must be completed and returned.', 'must be completed'],
    ['All amendments must be done via Manage My Booking.', 'must be done'],
    ['Customers should allow a buffer when booking crews.', 'Customers should'],
  ])('finds it in "%s"', (s, words) => expect(duty(s)).toBe(words));

  it.each([
    // What we owe them, our own staff's step, the agent speaking, a description, a feeling, a reason given.
    'Your refund must be paid in full.',
    'The part has to be fitted by our engineer.',
    'We must be clear about this.',
    'A password that has to be changed before login.',
    'It must be so frustrating.',
    'Forms must be signed so that the bank accepts them.',
    'Does the form need to be signed?',
    // A duty taken away is good news, not a duty (review 50).
    'Nothing needs to be done on your side.',
    'No forms need to be completed.',
    'The form no longer has to be signed.',
    "It does not need to be returned, so keep it.",
    "The old card doesn't have to be returned.",
  ])('finds none in "%s"', (s) => expect(duty(s)).toBeNull());

  it('tells the duty rule\'s advice as a respect member on the card the agent already sees', () => {
    const said = 'Rides must be ended correctly in a designated parking zone.';
    const rulebook: Finding = { ruleId: 'rulebook-voice', principle: 'plain-language', severity: 'hint', start: 0, end: 5, text: 'Rides', message: 'Say it as a person.', suggestions: [] };
    const whole = { start: 0, end: said.length };
    const out = withRespectAdvice(rulebook, said, whole, whole, dutyIn, { ruleId: 'duty-with-a-deadline', advice: 'Ask in your own voice.' });
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['rulebook-voice', 'plain-language'], ['duty-with-a-deadline', 'respect']]);
    expect(out.text).toBe('Rides must be ended');
    const own = { ...rulebook, principle: 'respect' as const };
    expect(withRespectAdvice(own, said, whole, whole, dutyIn, { ruleId: 'duty-with-a-deadline', advice: 'Ask.' })).toBe(own);
  });
});

describe('the order on untrusted text', () => {
  it('tags only the clause\'s first words of a long region', () => {
    const long = `Kindly ${'note '.repeat(100_000)}.`;
    expect(orderIn(long, 0, long.length, long)).not.toBeNull();
  });

  it('reads a long run of words before a duty in linear time', () => {
    const long = `${'must be '.repeat(100_000)}x.`;
    expect(dutyIn(long, 0, long.length, long)).toBeNull();
    const words = `${'word '.repeat(100_000)}forms must be signed.`;
    expect(dutyIn(words, 0, words.length, words)).not.toBeNull();
  });
});
