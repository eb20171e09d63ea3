import { describe, expect, it } from 'vitest';
import { gatedAlternation } from './gated-alternation';

const branches = [
  { needles: ['joined'], source: String.raw`^\p{Lu}\p{L}+ joined the chat$` },
  { needles: ['stop', 'help'], source: String.raw`\b(?:reply|text) (?:stop|help)\b` },
  { needles: [], source: String.raw`^\d+:\d+$` },
];

describe('gatedAlternation', () => {
  it('answers what the whole alternation answers', () => {
    const whole = new RegExp(branches.map((b) => b.source).join('|'), 'iu');
    const gated = gatedAlternation(branches, 'iu');
    const texts = ['Sam joined the chat', 'SAM JOINED THE CHAT', 'Reply STOP to end', 'reply ſtop now', '10:42', 'Your parcel left today.', '', 'joined'];
    for (const text of texts) expect(gated.test(text), text).toBe(whole.test(text));
  });

  it('gives the whole alternation\'s match: the leftmost, the earlier branch at a tie', () => {
    const tied = [
      { needles: ['call'], source: String.raw`\bcall (?:us|the bank)\b` },
      { needles: ['call'], source: String.raw`\bcall the bank directly\b` },
      { needles: ['not'], source: String.raw`\bnot ours\b` },
    ];
    const whole = new RegExp(tied.map((b) => b.source).join('|'), 'i');
    const gated = gatedAlternation(tied, 'i');
    const texts = ['Please call the bank directly.', 'It is not ours: call us.', 'Call US or not ours', 'NOT OURS', 'no match here', ''];
    for (const text of texts) {
      const [got, want] = [gated.exec(text), whole.exec(text)];
      expect([got?.index, got?.[0]], text).toEqual([want?.index, want?.[0]]);
    }
    expect(gated.exec('Please call the bank directly.')?.[0]).toBe('call the bank');
  });

  it('does not try a branch on a text holding none of its words', () => {
    const gated = gatedAlternation([{ needles: ['chat'], source: '^chat$' }], '');
    expect(gated.test('Chat')).toBe(false);
    expect(gated.test('chat')).toBe(true);
    expect(gated.test('a conversation')).toBe(false);
  });

  it('refuses a global or sticky pattern, whose lastIndex it could not keep', () => {
    expect(() => gatedAlternation(branches, 'g')).toThrow();
    expect(() => gatedAlternation(branches, 'y')).toThrow();
  });
});
