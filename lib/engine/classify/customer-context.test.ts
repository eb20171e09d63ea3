import { describe, expect, it } from 'vitest';
import { messageForMood } from '../analyzer';
import { readMood } from '../mood/read';
import { customerCrosses, customerFeatures, isCustomerContextFeature, positionFeatures } from './customer-context';

// Written for these tests, not taken from any data set.
const read = (message: string) => {
  const bounded = messageForMood(message);
  return customerFeatures(bounded, readMood(bounded));
};
const names = (features: readonly [string, number][]) => features.map(([n]) => n);

describe("the customer's side of the reply (cu: features)", () => {
  it('reads nothing without a message', () => {
    expect(customerFeatures(undefined, null)).toEqual([]);
    expect(customerFeatures('   ', null)).toEqual([]);
  });

  it('reads an upset customer as upset, with their mood', () => {
    const f = names(read('This is the third time I have written to you and still nothing. I am furious, this is unacceptable!'));
    expect(f).toContain('cu:msg');
    expect(f).toContain('cu:upset');
    expect(f.some((n) => n.startsWith('cu:mood:'))).toBe(true);
    expect(f).not.toContain('cu:calm');
  });

  it('reads a calm question as calm and asking', () => {
    const f = names(read('Hello, could you tell me when the shop opens on Sunday?'));
    expect(f).toEqual(['cu:msg', 'cu:calm', 'cu:asked']);
  });

  it('notices a customer who already tried something, curly apostrophe or not', () => {
    expect(names(read('I’ve already restarted the modem twice. The light is still red.'))).toContain('cu:tried');
    expect(names(read('Already tried that, no change.'))).toContain('cu:tried');
    expect(names(read('My modem light is red. What does it mean?'))).not.toContain('cu:tried');
  });
});

describe('the customer crossed with the sentence (cx: features)', () => {
  it('crosses the mood and the ask with the coarse shapes the sentence has, and nothing else', () => {
    const customer: [string, number][] = [
      ['cu:msg', 1],
      ['cu:upset', 1],
      ['cu:asked', 1],
    ];
    const sentence = new Map([
      ['s:deflection', 1],
      ['w:contact', 1],
    ]);
    expect(names(customerCrosses(customer, sentence))).toEqual(['cx:cu:upset&s:deflection', 'cx:cu:asked&s:deflection']);
    expect(customerCrosses(customer, new Map([['w:thanks', 1]]))).toEqual([]);
    expect(customerCrosses([], sentence)).toEqual([]);
  });
});

describe('the place of the sentence among the body sentences (pos: features)', () => {
  it('names the first, the last and the only sentence, and leaves the middle alone', () => {
    expect(positionFeatures(0, 1)).toEqual([['pos:only', 1]]);
    expect(positionFeatures(0, 3)).toEqual([['pos:first', 1]]);
    expect(positionFeatures(1, 3)).toEqual([]);
    expect(positionFeatures(2, 3)).toEqual([['pos:last', 1]]);
    expect(positionFeatures(-1, 3)).toEqual([]);
    expect(positionFeatures(0, 0)).toEqual([]);
  });

  it('tells its features apart from the sentence’s own', () => {
    for (const n of ['cu:upset', 'cx:cu:upset&s:deflection', 'pos:first']) expect(isCustomerContextFeature(n)).toBe(true);
    for (const n of ['r:any', 's:deflection', 'w:customer', 'start:you']) expect(isCustomerContextFeature(n)).toBe(false);
  });
});
