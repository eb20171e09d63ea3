import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('lines over the agent\'s opening move (session 49)', () => {
  it('reads an unpunctuated line glued over the agent\'s opening as someone else\'s, whatever its words', () => {
    const rating = "Rated the previous chat ★★☆☆☆\nI'm sorry the last chat didn't solve it. I've looked again and refunded the oat milk.";
    expect(kindOf(rating, 'Rated the previous')).toBe('quote');
    expect(kindOf(rating, "I'm sorry")).toBe('body');
    const twoLines = 'Basket 3 items\nCheckout started on mobile\n\nThanks for waiting! Your basket is saved for 24 hours.';
    expect(kindOf(twoLines, 'Basket 3 items')).toBe('quote');
    expect(kindOf(twoLines, 'Checkout started')).toBe('quote');
    expect(kindOf(twoLines, 'Thanks for waiting')).toBe('body');
  });

  it('keeps the agent\'s own first lines: a sentence, a question, a lead-in, "we", a self-introduction, a greeting', () => {
    const kept = [
      'The late fee has been removed from your account.\nThanks for flagging it, and sorry for the trouble.',
      'Changing the delivery date to Friday?\nYes, done: you will get a new confirmation shortly.',
      'Quick update on your order:\nSorry, it is delayed by a day.',
      'Not our problem, read the returns policy\nSorry, that came out wrong.',
      'Sam here\nThanks for waiting, I have your order open now.',
      'Kia ora Léa,\nThanks for getting in touch about the booking.',
    ];
    for (const text of kept) expect(kindOf(text, text.slice(0, 8))).not.toBe('quote');
  });

  it('reads no opening in a short "Thanks," under the answer, nor past the third line', () => {
    const signed = 'Strike is booked for Friday 9 May, crew arriving from 8am\nThanks,\nRosa';
    expect(kindOf(signed, 'Strike is booked')).toBe('body');
    const deep = 'Order 4471\nBasket 3 items\nCheckout started on mobile\nThanks for waiting! Your basket is saved for 24 hours.';
    expect(kindOf(deep, 'Order 4471')).toBe('body');
  });

  it("reads the customer's earlier message over the opening when it speaks of their own things and not for the company", () => {
    const asked = 'where is my refund??\nSorry for the wait! It left our account this morning and should reach you by Friday.';
    expect(kindOf(asked, 'where is my')).toBe('quote');
    expect(kindOf(asked, 'Sorry for the wait')).toBe('body');
    const told = 'ordered on monday and my parcel still hasnt come\nSo sorry about this, I have chased the courier for you.';
    expect(kindOf(told, 'ordered on monday')).toBe('quote');
  });

  it('keeps the agent\'s own line over their opening that asks back, says "we" or has no "my"', () => {
    const kept = [
      'Changing the delivery date to Friday?\nYes, done: you will get a new confirmation shortly.',
      'Let me check my notes on our side\nThanks for waiting, the order shipped today.',
      'Can you send the order number?\nThanks, that helps me find it.',
    ];
    for (const text of kept) expect(kindOf(text, text.slice(0, 8)), text).not.toBe('quote');
  });
});
