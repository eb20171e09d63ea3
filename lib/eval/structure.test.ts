import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from '../rules/default';
import { countMisread, devLayoutFiles, measureReplies, misreadLines, measureSocial, notAgentSpans, parseJsonl, withoutNotAgentText, type ReplyCase } from './structure';

const analyzer = createAnalyzer(defaultPack);
const analyze = analyzer.analyze.bind(analyzer);

const signed: ReplyCase = {
  id: 'a',
  tone: 'cold',
  channel: 'email',
  text: 'Your ticket is closed. You need to read the FAQ.\n\nRegards,\nTom\nACME SUPPORT DESK, NO REPLIES MONITORED\n\n> Why was my order cancelled?',
  mustFlag: [{ phrase: 'You need to read the FAQ', principle: 'respect' }],
  notAgentText: ['ACME SUPPORT DESK, NO REPLIES MONITORED', '> Why was my order cancelled?'],
};

describe('structure evaluation', () => {
  it('finds every place of a not-agent substring and removes them for the bare reply', () => {
    expect(notAgentSpans(signed).map(([s, e]) => signed.text.slice(s, e))).toEqual(signed.notAgentText);
    expect(withoutNotAgentText(signed)).toBe('Your ticket is closed. You need to read the FAQ.\n\nRegards,\nTom');
  });

  it('counts findings in text the agent did not write, and compares warmth with and without it', () => {
    const figures = measureReplies(analyze, [signed], true);
    expect(figures.findingsInNotAgentText).toBe(0);
    expect(figures.coldWithExtras).toEqual({ replies: 1, equal: 1, meanAbsDifference: 0 });
    expect(figures.mustFlag).toEqual({ caught: 1, total: 1 });
  });

  it('counts social findings per rule', () => {
    const figures = measureSocial(analyze, [{ id: 's', text: 'Your refund went out today and will reach your card within five working days.' }], 'social');
    expect(figures.perRule.map(([id]) => id)).not.toContain('greeting-missing');
    const email = measureSocial(analyze, [{ id: 's', text: 'Your refund went out today and will reach your card within five working days.' }], undefined);
    expect(email.perRule.map(([id]) => id)).toContain('greeting-missing');
  });

  it('reads every dev-extra layouts file as dev, and nothing else in the folder', () => {
    expect(devLayoutFiles(['untouched.jsonl', 'dev-extra-b.jsonl', 'README.md', 'dev.jsonl', 'dev-extra-a.jsonl', 'dev-extra-x.json'])).toEqual([
      'data/layouts/dev.jsonl',
      'data/layouts/dev-extra-a.jsonl',
      'data/layouts/dev-extra-b.jsonl',
    ]);
  });

  it('names the line of a bad JSONL record', () => {
    expect(() => parseJsonl('{"text":"a"}\n{"id":1}', 'x.jsonl')).toThrow('x.jsonl:2: needs a "text" string');
  });
});

describe('reading a labelled reply part by part', () => {
  const text = 'Hi Ana,\n\nYour refund is on its way today.\n\nBest,\nTom\nSupport Lead\n\nOn Mon, 1 Dec 2026 at 09:00, Ana <ana@example.com> wrote:\n> Where is my refund?';
  const quote = 'On Mon, 1 Dec 2026 at 09:00, Ana <ana@example.com> wrote:\n> Where is my refund?';

  it('finds no misread line when the labels agree with the reading', () => {
    expect(misreadLines({ id: 'a', text, notAgentText: ['Support Lead', quote] })).toEqual([]);
  });

  it('names a signature line labelled as the agent’s, and a body line labelled as theirs', () => {
    expect(misreadLines({ id: 'b', text, notAgentText: [quote] })).toEqual([{ line: 'Support Lead', expectedSkipped: false }]);
    expect(misreadLines({ id: 'c', text, notAgentText: ['Support Lead', quote, 'Your refund is on its way today.'] })).toEqual([
      { line: 'Your refund is on its way today.', expectedSkipped: true },
    ]);
  });

  it('counts replies, not lines', () => {
    expect(countMisread([{ id: 'a', text, notAgentText: [quote] }, { id: 'b', text, notAgentText: ['Support Lead', quote] }])).toEqual({ misread: 1, replies: 2 });
  });
});
