import { describe, expect, it } from 'vitest';
import { sentenceAround } from './replies';

describe('sentenceAround (the sentence a reader sees around a rewording)', () => {
  it('keeps prices and section numbers whole', () => {
    const text = 'Hi Jo. The fee is £12.50 a month under section 4.2 of the terms. Thanks!';
    const start = text.indexOf('under');
    const [s, e] = sentenceAround(text, start, start + 5);
    expect(text.slice(s, e).trim()).toBe('The fee is £12.50 a month under section 4.2 of the terms.');
  });

  it('stops at a line break and at the end of the text', () => {
    const text = 'Regards,\nTom at Acme';
    const [s, e] = sentenceAround(text, text.indexOf('Acme'), text.length);
    expect(text.slice(s, e)).toBe('Tom at Acme');
  });
});
