import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string, customerMessage: string) => {
  const at = text.indexOf(line);
  return readStructure(text, { customerMessage }).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe('the customer\'s message over the agent\'s text in other words (session 49)', () => {
  const message = 'My payment keeps failing, order 7730';

  it('reads a top line made of the message\'s words as theirs, glued or set off', () => {
    const apart = 'Payment failed for order 7730\n\nThe card was declined by your bank, not by us. Could you try again?';
    expect(kindOf(apart, 'Payment failed', message)).toBe('quote');
    expect(kindOf(apart, 'The card was declined', message)).toBe('body');
    const glued = 'payment keeps failing order 7730\nSorry about that! I can see the bank declined it.';
    expect(kindOf(glued, 'payment keeps', message)).toBe('quote');
  });

  it('keeps the agent\'s restating: a question, "you" or "we", or a line nobody answers in person', () => {
    const question = "Changing the delivery date to Friday?\nNo problem, I've moved it and you'll get a new confirmation shortly.";
    expect(kindOf(question, 'Changing', 'Can I change the delivery date to Friday?')).toBe('body');
    const addressed = "Your payment for order 7730 failed\nI've checked and the bank declined it.";
    expect(kindOf(addressed, 'Your payment', message)).toBe('body');
    const company = "We saw payment failing on order 7730\nI've checked and the bank declined it.";
    expect(kindOf(company, 'We saw', message)).toBe('body');
    const noAnswer = 'Payment failed for order 7730\nCard declined by the bank.';
    expect(kindOf(noAnswer, 'Payment failed', message)).toBe('body');
  });

  it('compares only the first few lines, and only short ones', () => {
    const long = `Payment failed for order 7730 ${'and again '.repeat(40)}\nI've checked and the bank declined it.`;
    expect(kindOf(long, 'Payment failed', message)).toBe('body');
    const deep = 'Hello there\nQuick one\nAbout this\nPayment failed for order 7730\nI\'ve checked and the bank declined it.';
    expect(kindOf(deep, 'Payment failed', message)).toBe('body');
  });
});
