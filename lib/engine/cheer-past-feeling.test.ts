import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { cheerAdvice, cheersPastTheFeeling, withCheerMembers } from './cheer-past-feeling';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';

describe('cheersPastTheFeeling', () => {
  it.each([
    'Have a great night!',
    'have a nice day!',
    'Have a good evening.',
    'Enjoy the rest of your trip!',
    'Happy travels!',
    'Happy riding!',
    'Safe travels!',
    'Sweet dreams!',
    'Keep racing! 🏁',
    'Wishing you and your family a very merry Christmas!',
    'We wish you the best!',
    'Hope you have a lovely time at the wedding!',
    'We hope the event was a success.',
    'We hope to see you again soon',
    "We can't wait to see you on the dance floor! 💃",
    'We look forward to welcoming you on board.',
    'Thanks for riding!',
    'Thank you for being a valued member of HomeShield!',
    'Thanks for being part of the Ember community! 🔥',
    'We appreciate you choosing Horizon Air and look forward to welcoming you on board.',
    'Thank you for your understanding.',
    'Thanks for shopping with us!',
    'By the way, did you know you can upgrade to Premium cover for just £2 more per month?',
    'Our Pro plan comes with a dedicated onboarding specialist who can audit your setup.',
    "We'd be happy to sell you a lumbar pillow at 15% off.",
    "Also, we're running a 0.9% APR event this month on certified models.",
  ])('reads %j as cheer', (line) => {
    expect(cheersPastTheFeeling(line)).toBe(true);
  });

  it.each([
    'Thanks for sending the photos.',
    'Thank you for letting us know about the delay.',
    'I have refunded the second charge today.',
    'I hope this helps.',
    'We hope to have the part by Friday.',
    'Have you tried restarting the router?',
    'I know how much the wedding matters, and I want it to go well.',
    'The upgrade failed on our side, so I have rolled it back.',
    '',
  ])('reads %j as no cheer', (line) => {
    expect(cheersPastTheFeeling(line)).toBe(false);
  });
});

describe('withCheerMembers', () => {
  const text = 'Your bike is booked in for Tuesday. Thanks for riding!';
  const card: Finding = {
    ruleId: 'acknowledge-feelings',
    principle: 'empathy',
    severity: 'suggestion',
    message: 'Empathy.',
    start: 0,
    end: 35,
    text: text.slice(0, 35),
    suggestions: ["I'm sorry about the wait. Your bike is booked in for Tuesday."],
  } as Finding;
  const sentences = [
    { start: 0, end: 35 },
    { start: 36, end: text.length },
  ];

  it('takes the cheery line in as an empathy member on its own words, with advice quoting it, and keeps the card as it was', () => {
    const told = withCheerMembers(card, text, sentences, 'stock-sympathy');
    expect(told.merged?.at(-1)).toMatchObject({ ruleId: 'stock-sympathy', principle: 'empathy', start: 36, end: text.length, evidence: true });
    // The card's underline and Apply stay where they were: widening it would rewrite every line between.
    expect([told.start, told.end, told.text]).toEqual([card.start, card.end, card.text]);
    expect(told.suggestions).toEqual(card.suggestions);
    expect(told.advice).toBe(cheerAdvice('Thanks for riding!'));
    expect(told.advice).toContain('“Thanks for riding!”');
  });

  it('leaves the card alone where no line cheers', () => {
    expect(withCheerMembers(card, text, sentences.slice(0, 1), 'stock-sympathy')).toBe(card);
  });

  it('tells the advice once for two cheery lines, quoting the first', () => {
    const two = `${text} Have a great night!`;
    const told = withCheerMembers(card, two, [...sentences, { start: text.length + 1, end: two.length }], 'stock-sympathy');
    expect(told.merged?.filter((m) => m.ruleId === 'stock-sympathy')).toHaveLength(2);
    expect(told.advice).toBe(cheerAdvice('Thanks for riding!'));
  });

  it('quotes a long line by its first words', () => {
    const line = 'Did you know you can upgrade to our Premium plan, which comes with priority repairs and a free loan bike?';
    const advice = cheerAdvice(line);
    expect(advice).toContain('“Did you know you can upgrade to our Premium plan, which…”');
    expect(advice.length).toBeLessThan(line.length + 80);
  });
});

describe('in the analyzer', () => {
  const analyzer = createAnalyzer(defaultPack);
  const upset = "I've now been waiting three weeks for my bike repair and nobody answers my emails. This is ridiculous.";
  const cheerMember = (customerMessage: string, reply: string) =>
    analyzer
      .analyze(reply, { customerMessage })
      .findings.flatMap((f) => (f.ruleId === 'acknowledge-feelings' ? (f.merged ?? []) : []))
      .filter((m) => m.ruleId === 'stock-sympathy' && m.evidence);
  const cold = 'Hi Sam,\n\nYour bike is booked in for Tuesday at 10am and will be ready the same day.\n\nThanks for riding!\n\nAlex';

  it('the acknowledgement card lands on the cheer line when the reply ignores an upset customer', () => {
    const members = cheerMember(upset, cold);
    expect(members).toHaveLength(1);
    expect(cold.slice(members[0]!.start, members[0]!.end)).toContain('Thanks for riding!');
    const card = analyzer.analyze(cold, { customerMessage: upset }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(card?.advice).toContain(cheerAdvice('Thanks for riding!'));
    // The card's underline stays on the body's opening sentence, not over every line down to the cheer.
    expect(card?.text).not.toContain('Thanks for riding!');
  });

  it('no change for a calm customer', () => {
    expect(cheerMember('Hi, can I book my bike in for a service next week?', cold)).toEqual([]);
  });

  it('no change when the reply acknowledges the feeling', () => {
    const warm = "Hi Sam,\n\nI'm so sorry you've waited three weeks with no answer — that's not good enough. Your bike is booked in for Tuesday at 10am and will be ready the same day.\n\nThanks for riding!\n\nAlex";
    expect(analyzer.analyze(warm, { customerMessage: upset }).findings.filter((f) => f.ruleId === 'acknowledge-feelings')).toEqual([]);
    expect(cheerMember(upset, warm)).toEqual([]);
  });

  it('no change when no cheery line exists', () => {
    const plain = 'Hi Sam,\n\nYour bike is booked in for Tuesday at 10am and will be ready the same day.\n\nAlex';
    const card = analyzer.analyze(plain, { customerMessage: upset }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(card).toBeDefined();
    expect(cheerMember(upset, plain)).toEqual([]);
    expect(card?.advice ?? '').not.toContain('reads past how they feel');
  });
});
