import { describe, expect, it } from 'vitest';
import { quoteWhatWasSaid } from './quote-message';

describe('quoteWhatWasSaid', () => {
  it('quotes the reply\'s own words for the phrase the message is about', () => {
    expect(quoteWhatWasSaid('"Per our policy" sounds like a rulebook; try "Here\'s how this works".', 'Per our records'))
      .toBe('"Per our records" sounds like a rulebook; try "Here\'s how this works".');
  });

  it('keeps the suggested wording as written, never offering the flagged phrase as its own fix', () => {
    const message = '"Dear customer" greets a category, not a person; use their name if you have it, or a simple "Hi there".';
    expect(quoteWhatWasSaid(message, 'Dear valued customer')).toBe(
      '"Dear valued customer" greets a category, not a person; use their name if you have it, or a simple "Hi there".',
    );
  });

  it('replaces a later quote of the same phrase too', () => {
    expect(quoteWhatWasSaid('"as per" is stiff: "as per" reads like a form; say "as we agreed".', 'as per usual'))
      .toBe('"as per" is stiff: "as per" reads like a form; say "as we agreed".');
    expect(quoteWhatWasSaid('"per our policy" is stiff: "per our policy" reads like a form; say "here is how it works".', 'per the terms'))
      .toBe('"per the terms" is stiff: "per the terms" reads like a form; say "here is how it works".');
  });

  it('leaves a message whose phrase the reply holds unchanged', () => {
    const message = 'Plain language: "We regret to inform you" is letterhead language; "I\'m sorry to say" carries the same regret.';
    expect(quoteWhatWasSaid(message, 'We regret to inform you')).toBe(message);
  });
});
