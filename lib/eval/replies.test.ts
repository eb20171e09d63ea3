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

describe('a card that holds a short reply\'s phrase cards (session 35)', () => {
  it('catches each must-flag phrase with its members, and aims it with the member that flags it', async () => {
    const { createAnalyzer } = await import('../engine/analyzer');
    const { defaultPack } = await import('../rules/default');
    const { evaluateReplies } = await import('./replies');
    const analyzer = createAnalyzer(defaultPack);
    const text = "We can't take that listing down, you will need to report it to the seller.";
    const card = analyzer.analyze(text, { channel: 'social', customerMessage: 'Someone stole my photos for their listing and NOBODY is doing anything. Disgusted.' }).findings;
    // One card: the acknowledgement, with the no and the order among its members.
    expect(card).toHaveLength(1);
    expect(card[0]!.alsoRuleIds).toEqual(expect.arrayContaining(['we-are-unable-to', 'you-need-to']));
    const report = evaluateReplies(analyzer, defaultPack.rules, [
      {
        id: 'x1',
        tone: 'cold',
        channel: 'social',
        customerMessage: 'Someone stole my photos for their listing and NOBODY is doing anything. Disgusted.',
        text,
        mustFlag: [
          { phrase: "We can't take that listing down", principle: 'positivity' },
          { phrase: 'you will need to report it', principle: 'respect' },
        ],
      },
    ]);
    expect(report.caught).toBe(2);
    expect(report.caughtByAimedRule).toBe(2);
  });

  it('never aims a phrase with the acknowledgement itself, whose span covers the reply without catching a phrase', async () => {
    const { createAnalyzer } = await import('../engine/analyzer');
    const { defaultPack } = await import('../rules/default');
    const { evaluateReplies } = await import('./replies');
    const customerMessage = 'Someone stole my photos for their listing and NOBODY is doing anything. Disgusted.';
    const text = "We can't take that listing down, you will need to report it to the seller.";
    // Caught by the order's member; its own principle (respect) is not empathy, and the acknowledgement catches nothing.
    const report = evaluateReplies(createAnalyzer(defaultPack), defaultPack.rules, [
      { id: 'x2', tone: 'cold', channel: 'social', customerMessage, text, mustFlag: [{ phrase: 'you will need to report it', principle: 'empathy' }] },
    ]);
    expect(report.caught).toBe(1);
    expect(report.caughtByOwnPrinciple).toBe(0);
  });
});

describe('phraseCatchers (session 38: the findings a miss-sorting script reads as the eval does)', () => {
  it('reads a whole-reply card by its phrase members, each on its own span, and drops a bare whole-reply finding', async () => {
    const { phraseCatchers } = await import('./replies');
    const card = {
      ruleId: 'ack', principle: 'empathy', severity: 'warning', start: 0, end: 40, text: 'x', message: '', suggestions: [],
      alsoRuleIds: ['blame'],
      merged: [
        { ruleId: 'ack', principle: 'empathy', start: 0, end: 40 },
        { ruleId: 'blame', principle: 'respect', start: 12, end: 30 },
      ],
    } as const;
    const greeting = { ...card, ruleId: 'hello', start: 0, end: 5, merged: undefined, alsoRuleIds: undefined };
    const plain = { ...card, ruleId: 'shrug', principle: 'ownership', start: 41, end: 50, merged: undefined, alsoRuleIds: undefined };
    const whole = new Set(['ack', 'hello']);
    const out = phraseCatchers([card, greeting, plain] as never, (id) => whole.has(id));
    expect(out.map((f) => [f.ruleId, f.principle, f.start, f.end])).toEqual([
      ['blame', 'respect', 12, 30],
      ['shrug', 'ownership', 41, 50],
    ]);
    expect(out[0]!.merged).toBeUndefined();
  });
});
