import { describe, expect, it } from 'vitest';
import { wholeWordsEnd } from './whole-words-end';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

/** The span `phrase` in `text`, carried or drawn back as the underline shows it. */
function shown(text: string, phrase: string): string {
  const start = text.indexOf(phrase);
  return text.slice(start, wholeWordsEnd(text, start, start + phrase.length));
}

describe('wholeWordsEnd', () => {
  it('carries a span ending on "for", "to" or "the" over the words it points at', () => {
    expect(shown('We are not responsible for delays.', 'We are not responsible for')).toBe('We are not responsible for delays');
    expect(shown('We are not responsible for the delays caused.', 'We are not responsible for')).toBe('We are not responsible for the delays');
    expect(shown('It is up to the 😊 team.', 'It is up to')).toBe('It is up to');
  });
  it('draws a span back before the next clause\'s subject after a comma', () => {
    expect(shown('Check with the carrier, we cannot help.', 'Check with the carrier, we')).toBe('Check with the carrier');
  });
  it('leaves a span that ends on a whole phrase, a space, or before punctuation or a line break', () => {
    expect(shown('Per our policy, no refunds.', 'Per our policy')).toBe('Per our policy');
    expect(shown('We are not responsible for\ndelays.', 'We are not responsible for')).toBe('We are not responsible for');
    expect(shown('We are not responsible for. Sorry', 'We are not responsible for')).toBe('We are not responsible for');
    expect(shown('Refer to the a the an the of.', 'Refer to')).toBe('Refer to');
    expect(shown('We cannot do that today.', 'We cannot do that')).toBe('We cannot do that');
  });
  it('counts offsets in UTF-16 units past accents and emoji', () => {
    const text = 'Café 👍 — we are not responsible for délais.';
    const start = text.indexOf('we');
    expect(text.slice(start, wholeWordsEnd(text, start, text.indexOf(' délais')))).toBe('we are not responsible for délais');
  });
});

describe('an advice-only card underlines whole phrases (analyzer)', () => {
  it('does not stop "we are not responsible for" before its object', () => {
    const text = 'Hi Sam,\n\nYou need to check with the carrier, we are not responsible for delays.\n\nBest,\nTom';
    const card = createAnalyzer(defaultPack).analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'you-need-to' || f.alsoRuleIds?.includes('not-our-responsibility'));
    expect(card?.text.endsWith('responsible for delays')).toBe(true);
    expect(card?.text).toBe(text.slice(card!.start, card!.end));
  });
});
