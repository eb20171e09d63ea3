import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { limitIn, refusalIn, withLimitAdvice, withPositivityAdvice } from './positivity-evidence';
import { refusalAt, refuses } from './refusal';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

const text = 'Unfortunately your claim was declined under the policy terms.';
const sentence = { start: 0, end: text.length };
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(phrase);
  return { ruleId: 'policy-rule', principle: 'respect', severity: 'hint', start, end: start + phrase.length, text: phrase, message: 'Own it.', suggestions: [], ...extra };
};
const says = (s: string, next?: string) => refusalIn(s, 0, s.length, next) !== null;

describe('a no with no way forward', () => {
  it.each([
    'Rescheduling is not possible at this time.',
    'Your claim has not been approved.',
    'Unfortunately the request was declined by our team.',
    'We cannot refund digital purchases.',
    'The warranty does not cover accidental damage.',
  ])('finds it in "%s"', (s) => expect(says(s)).toBe(true));

  it.each([
    // Turned to a yes in the sentence, or at the start of the next.
    "We can't refund it, but I can offer a credit.",
    // Spared, not refused; someone else's no, reported.
    "You won't be charged for this.",
    'The payment was declined by your bank.',
    'We will not share your details.',
  ])('finds none in "%s"', (s) => expect(says(s)).toBe(false));

  it.each([
    'We are not liable for missed classes.',
    'The Company accepts no liability for consequential loss.',
    'This is a local network issue and is outside the scope of your support contract.',
    'Post-sale disputes fall outside our remit.',
  ])('finds a no to what they hold us to in "%s"', (s) => expect(says(s)).toBe(true));

  it.each([
    'You are not responsible for the delivery fee.',
    'They are not liable for the delay.',
    "We aren't responsible for the fault, but I can arrange a repair at no cost.",
  ])('finds no such no in "%s"', (s) => expect(says(s)).toBe(false));

  it('finds none where the next sentence turns the no to a yes', () => {
    expect(says('We cannot refund digital purchases.', 'Instead, I can add a credit to your account.')).toBe(false);
  });

  it('underlines the no\'s own words, as offsets into the text', () => {
    const s = 'Thanks for writing. Rescheduling is not possible at this time.';
    const at = refusalIn(s, 20, s.length, undefined);
    expect(at && s.slice(at.start, at.end)).toBe('Rescheduling is not possible');
  });
});

describe('a card of another principle whose sentence says no asks what the customer can do instead', () => {
  it('takes the no in, as a positivity member, its advice after the card\'s own', () => {
    const out = withPositivityAdvice(card('under the policy terms', { advice: 'Own it.' }), text, sentence, undefined, 'not-possible-to', 'Add what you can do instead.');
    expect(out.advice).toBe('Own it. Add what you can do instead.');
    expect(out.text).toBe('Unfortunately your claim was declined under the policy terms');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['policy-rule', 'respect'], ['not-possible-to', 'positivity']]);
  });

  it('leaves a card that already serves positivity, or whose advice says it already, unchanged', () => {
    const own = card('under the policy terms', { principle: 'positivity' });
    expect(withPositivityAdvice(own, text, sentence, undefined, 'not-possible-to', 'Add.')).toBe(own);
    const blamed = card('under the policy terms', { ruleId: 'blamed-for-the-no' });
    expect(withPositivityAdvice(blamed, text, sentence, undefined, 'not-possible-to', 'Add.')).toBe(blamed);
  });

  it('leaves the card unchanged where the next sentence offers the way forward', () => {
    const c = card('under the policy terms');
    expect(withPositivityAdvice(c, text, sentence, 'However, I can send a replacement part.', 'not-possible-to', 'Add.')).toBe(c);
  });
});

describe('the analyzer tells a no on the card the agent already sees', () => {
  it("adds the no-alternative advice to another principle's card, and none where the next sentence offers a way forward", () => {
    const analyzer = createAnalyzer(defaultPack);
    const reply = 'Hi Sam,\n\nPer our policy, rescheduling is not possible at this time.\n\nThanks';
    const told = analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('not-possible-to'));
    expect(told).toHaveLength(1);
    expect(told[0]!.ruleId).not.toBe('not-possible-to');
    expect(told[0]!.advice).toContain('what you can do instead');
    const turned = analyzer.analyze('Hi Sam,\n\nPer our policy, rescheduling is not possible at this time. Instead, I can move you to the waiting list.\n\nThanks');
    expect(turned.findings.some((f) => f.alsoRuleIds?.includes('not-possible-to'))).toBe(false);
  });
});

describe('an order not to write or call is no no to what they asked', () => {
  // Review49: "Please do not call the clinic" directs the customer, often beside the way forward ("…, as our nurse will
  // ring you tomorrow"); the no-alternative advice read it as a refusal and asked for what they can do instead.
  it.each([
    'Please do not call the clinic to chase.',
    'Kindly do not call the clinic, as our nurse will ring you tomorrow at 10am.',
    'Please do not reply to this email.',
  ])('finds no no in "%s"', (s) => expect(says(s)).toBe(false));

  it('adds no positivity advice to the card on such an order', () => {
    const analyzer = createAnalyzer(defaultPack);
    for (const reply of [
      'Hi Maria,\n\nThank you for your patience. Kindly do not call the clinic, as our nurse will ring you tomorrow at 10am to book the scan.\n\nBest,\nSam',
      "Hi Maria,\n\nPer our policy, please don't call the store. I'll sort it for you today.\n\nBest,\nSam",
    ]) {
      expect(analyzer.analyze(reply).findings.some((f) => f.alsoRuleIds?.includes('not-possible-to'))).toBe(false);
    }
  });
});

describe('a no said as our practice (session 51)', () => {
  it.each([
    ['We do not handle disputes via email.', 'do not handle'],
    ['This mailbox cannot deal with appeals.', 'cannot deal with'],
    ["Refunds aren't handled on social.", "aren't handled"],
    ['Damage claims are not dealt with via chat.', 'are not dealt with'],
    ['We do not make refunds by mail.', 'do not make'],
    ['We do not have access to payment details.', 'do not have access to'],
    ['Sadly the claim is rejected.', 'is rejected'],
    ['No adjustment will be made.', 'No adjustment will be made'],
    ['Kindly note that no refund is possible for no-show.', 'no refund is possible'],
  ])('finds it in "%s"', (s, words) => {
    const at = refusalIn(s, 0, s.length, undefined);
    expect(at && s.slice(at.start, at.end)).toBe(words);
  });

  it.each([
    // Followed by what the agent can do, in the sentence or the next.
    'We do not handle disputes via email, but I can pass it to the team now.',
    // Spared, promised, someone else's no or someone else's practice.
    'No charge will be made for the visit.',
    // Spared with a word before it (review51): "no extra charge", "no additional fees".
    'No extra charge will be made for the visit.',
    'No additional fees are payable.',
    "We don't make any changes without asking you first.",
    'Your appeal is declined by the bank.',
    "They don't accept returns.",
    "You don't have access to that page yet.",
  ])('finds none in "%s"', (s) => expect(says(s)).toBe(false));

  it('finds none where the next sentence turns it', () => {
    expect(says('We do not handle disputes via email.', 'Instead, I have opened one for you on the portal.')).toBe(false);
  });

  it("tells it on another principle's card the agent already sees", () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('not-possible-to'));
    const cards = told('Hi Sam,\n\nWe do not handle disputes via email.\n\nThanks,\nAna');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).toBe('channel-refused');
    expect(told('Hi Sam,\n\nWe do not handle disputes via email, but I can open one for you on the portal today.\n\nThanks,\nAna')).toHaveLength(0);
  });

  it('reads a long run of words in linear time', () => {
    const long = `${'no '.repeat(50_000)}x.`;
    expect(refusalIn(long, 0, long.length, undefined)).toBeNull();
  });
});

describe('a limit read out as the answer (session 51)', () => {
  const limit = (s: string, next?: string) => {
    const at = limitIn(s, 0, s.length, next, s);
    return at && s.slice(at.start, at.end);
  };

  it.each([
    ['Fixes are only free within 48 hours.', 'are only free'],
    ['Compensation is only available for missing items.', 'is only available'],
    ['Our technicians only attend after the troubleshooting steps are done.', 'Our technicians only attend'],
    ['Courtesy vehicles are subject to availability.', 'subject to availability'],
    ['Sessions are subject to change at instructor discretion.', 'subject to change'],
  ])('finds it in "%s"', (s, words) => expect(limit(s)).toBe(words));

  it.each([
    // With what the agent can do, in the sentence: the way forward is there.
    'I can book it for Friday, subject to availability.',
    "Fixes are only free within 48 hours, but I've extended yours.",
    // Asked, or good news with no limit on them.
    'Is it only available online?',
    'Your refund is on its way.',
  ])('finds none in "%s"', (s) => expect(limit(s)).toBeNull());

  it('finds none where the next sentence turns it', () => {
    expect(limit('Courtesy vehicles are subject to availability.', 'However, I have held one for you on Friday.')).toBeNull();
  });

  it('tells the stated-as-a-rule advice as a positivity member, unless a member serves positivity', () => {
    const said = 'Courtesy vehicles are subject to availability.';
    const jargon: Finding = { ruleId: 'policy-jargon', principle: 'plain-language', severity: 'hint', start: 19, end: 46, text: said.slice(19, 46), message: 'Plain words.', suggestions: [] };
    const whole = { start: 0, end: said.length };
    const out = withLimitAdvice(jargon, said, whole, said, undefined, 'stated-as-a-rule', 'Say what they can do.');
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['policy-jargon', 'plain-language'], ['stated-as-a-rule', 'positivity']]);
    const own = { ...jargon, principle: 'positivity' as const };
    expect(withLimitAdvice(own, said, whole, said, undefined, 'stated-as-a-rule', 'Say.')).toBe(own);
  });

  it("tells it on another principle's card the agent already sees", () => {
    const analyzer = createAnalyzer(defaultPack);
    const told = (reply: string) => analyzer.analyze(reply).findings.filter((f) => f.alsoRuleIds?.includes('stated-as-a-rule'));
    const cards = told('Hi Sam,\n\nPlease be advised that sessions are subject to change at instructor discretion.\n\nThanks,\nAna');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.ruleId).toBe('policy-jargon');
    expect(told("Hi Sam,\n\nPlease be advised that sessions are subject to change, so I've held your place on Friday.\n\nThanks,\nAna")).toHaveLength(0);
  });
});

describe('the no on untrusted text', () => {
  it('reads a long run of words before a disowning in linear time, and agrees with refuses()', () => {
    const long = `${'word '.repeat(5000)}we are not liable for that.`;
    expect(refusalIn(long, 0, long.length, undefined)).not.toBeNull();
    for (const s of ['We cannot refund digital purchases.', "You won't be charged.", 'We will not share your details and cannot refund it.']) {
      expect(refusalAt(s) !== null).toBe(refuses(s));
    }
  });
});
