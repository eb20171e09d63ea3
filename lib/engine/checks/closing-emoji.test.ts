/**
 * An emoji on its own after the body's last full stop ("…today. 😊") is the mood of that sentence: next-step-missing
 * puts its card on the agent's words with the emoji, not on the emoji alone (used by hand, session 53: the test bench
 * listed the finding "on “😕”"), and its closing line goes after the emoji.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');

describe('next-step-missing after a closing emoji', () => {
  it('underlines the last sentence with its emoji, and adds the closing after the emoji', () => {
    const finding = closingOf('Hi Léa,\n\nYour parcel left our warehouse today. 😊\n\nThanks');
    expect(finding?.text).toBe('Your parcel left our warehouse today. 😊');
    expect(finding?.suggestions[0]).toBe("Your parcel left our warehouse today. 😊 If anything else comes up, reply here and I'll be glad to help.");
  });

  it('puts the card on the words above an emoji in a paragraph of its own, never on the emoji alone', () => {
    const finding = closingOf('Hi Léa,\n\nYour parcel left our warehouse today.\n\n😕\n\nThanks');
    expect(finding?.text).toBe('Your parcel left our warehouse today.');
    expect(finding?.suggestions[0]).toBe("Your parcel left our warehouse today. If anything else comes up, reply here and I'll be glad to help.");
  });

  it('still underlines a sentence that ends on its own emoji as it is', () => {
    expect(closingOf('Hi Léa,\n\nYour parcel left our warehouse today 😊\n\nThanks')?.text).toBe('Your parcel left our warehouse today 😊');
  });
});
