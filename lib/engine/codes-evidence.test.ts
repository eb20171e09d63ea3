import { describe, expect, it } from 'vitest';
import { applySuggestion } from './apply';
import { createAnalyzer } from './analyzer';
import { cardRegion } from './card-evidence';
import { withCodesAdvice, type CodesEvidence } from './codes-evidence';
import { codesAdvice, codesOptions } from './checks/codes';
import { defaultPack } from '../rules/default';
import type { Finding } from './types';
import type { Rule } from '../rules/schema';

const text = 'Your refund waits until the RTS scan clears, sorry.';
const sentence = { start: 0, end: text.length };
const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;
const card = (phrase: string, extra: Partial<Finding> = {}): Finding => {
  const [start, end] = at(phrase);
  return { ruleId: 'wait-rule', principle: 'urgency', severity: 'suggestion', start, end, text: phrase, message: 'Say when.', suggestions: [], ...extra };
};
const rts: CodesEvidence = { start: at('RTS')[0], end: at('RTS')[1], codes: ['RTS'], advice: 'Say what RTS means.' };
const codesIn = (start: number, end: number) => (start <= rts.start && rts.end <= end ? rts : null);

describe('a card whose sentence holds an unexplained code says so', () => {
  it('takes the code in, as a plain-language member, its advice after the card\'s own', () => {
    const out = withCodesAdvice(card('Your refund waits', { advice: 'Give a date.' }), text, sentence, codesIn, 'unexplained-code');
    expect(out.advice).toBe('Give a date. Say what RTS means.');
    expect(out.text).toBe('Your refund waits until the RTS');
    expect(out.alsoRuleIds).toEqual(['unexplained-code']);
    expect(out.merged?.map((m) => [m.ruleId, m.principle])).toEqual([['wait-rule', 'urgency'], ['unexplained-code', 'plain-language']]);
  });

  it('keeps its rewording, carrying the words up to the code unchanged', () => {
    const out = withCodesAdvice(card('Your refund waits', { suggestions: ['Your refund is on hold'] }), text, sentence, codesIn, 'unexplained-code');
    expect(applySuggestion(text, out)).toBe('Your refund is on hold until the RTS scan clears, sorry.');
  });

  it('leaves a card alone when a member already serves plain language, or the sentence holds no code', () => {
    const plain = card('RTS scan', { principle: 'plain-language' });
    expect(withCodesAdvice(plain, text, sentence, codesIn, 'unexplained-code')).toBe(plain);
    const none = card('sorry');
    expect(withCodesAdvice(none, text, sentence, () => null, 'unexplained-code')).toBe(none);
  });
});

describe('a card beside other cards, and a lead\'s own advice (review47)', () => {
  it('leaves the code to the card that holds it: no card widens over another\'s words', () => {
    const first = card('Your refund waits');
    const holder = card('RTS scan clears');
    const cards = [first, holder];
    const widened = cards.map((c) => withCodesAdvice(c, text, cardRegion(c, sentence, cards), codesIn, 'unexplained-code'));
    expect(widened[0]).toBe(first);
    expect(widened[1]!.advice).toBe('Say what RTS means.');
    expect(widened[0]!.end).toBeLessThanOrEqual(widened[1]!.start);
  });

  it('gives a code between two cards to the card before it only', () => {
    const first = card('Your refund waits');
    const after = card('sorry');
    const cards = [first, after];
    const widened = cards.map((c) => withCodesAdvice(c, text, cardRegion(c, sentence, cards), codesIn, 'unexplained-code'));
    expect(widened[0]!.text).toBe('Your refund waits until the RTS');
    expect(widened[1]).toBe(after);
  });

  it('puts a full stop after a card\'s own advice that ends without one', () => {
    const out = withCodesAdvice(card('Your refund waits', { advice: 'Give a date' }), text, sentence, codesIn, 'unexplained-code');
    expect(out.advice).toBe('Give a date. Say what RTS means.');
  });
});

describe('in the analyzer (the codes check itself off)', () => {
  const analyzer = createAnalyzer(defaultPack);
  const codeCards = (reply: string, customerMessage?: string) =>
    analyzer.analyze(reply, { customerMessage }).findings.filter((f) => f.merged?.some((m) => m.ruleId === 'unexplained-code'));

  it('names the code on a wait card', () => {
    const [found] = codeCards('Hi Dana, we can only ship the pallet once the EXA form is received. Thanks, Lee');
    expect(found?.advice).toContain('Say what EXA means');
  });

  it('adds no card, and no advice where the code is explained, known, or the customer wrote it', () => {
    const before = analyzer.analyze('Hi Dana, we can only ship the pallet once the export form is received. Thanks, Lee').findings.length;
    expect(analyzer.analyze('Hi Dana, we can only ship the pallet once the EXA form is received. Thanks, Lee').findings).toHaveLength(before);
    expect(codeCards('Hi Dana, we can only ship the pallet once the export approval (EXA) form is received. Thanks, Lee')).toEqual([]);
    expect(codeCards('Hi Dana, we can only ship the pallet once the PDF form is received. Thanks, Lee')).toEqual([]);
    expect(codeCards('Hi Dana, we can only ship the pallet once the EXA form is received. Thanks, Lee', 'Has my EXA arrived yet?')).toEqual([]);
  });

  it('drops a widened card the agent ignored by its words, and every such advice once the rule is ignored by id', () => {
    const reply = 'Hi Dana, we can only ship the pallet once the EXA form is received. Thanks, Lee';
    const [found] = codeCards(reply);
    expect(found).toBeDefined();
    const again = analyzer.analyze(reply, { ignored: { phrases: [found!.text] } }).findings;
    expect(again.some((f) => f.ruleId === found!.ruleId && f.start <= found!.start && found!.end <= f.end)).toBe(false);
    const byId = analyzer.analyze(reply, { ignored: { ruleIds: ['unexplained-code'] } }).findings;
    expect(byId.some((f) => f.merged?.some((m) => m.ruleId === 'unexplained-code') || f.advice?.includes('EXA'))).toBe(false);
  });

  it('never lets a widened card overlap another card', () => {
    const sentence = 'As I said before, your parcel is held at the depot until the CN23 is received.';
    const findings = analyzer.analyze(`Hi Dana,\n\n${sentence}\n\nThanks, Lee`).findings;
    // The cards on words of the sentence (a whole-reply card on all of it aside).
    const spans = findings.filter((f) => f.end > f.start && sentence.includes(f.text) && f.text !== sentence).sort((a, b) => a.start - b.start);
    expect(spans.length).toBeGreaterThan(1);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(findings.filter((f) => f.advice?.includes('CN23'))).toHaveLength(1);
  });

  it('stops where the lead says no: the option off, or the rule switched off in the reply\'s channel', () => {
    const reply = 'Hi Dana, we can only ship the pallet once the EXA form is received. Thanks, Lee';
    const withCodesRule = (change: (rule: Extract<Rule, { kind: 'structure' }>) => Rule) =>
      createAnalyzer({ ...defaultPack, rules: defaultPack.rules.map((r) => (r.kind === 'structure' && r.check === 'codes' ? change(r) : r)) });
    const carries = (a: ReturnType<typeof createAnalyzer>, channel?: 'email' | 'chat') =>
      a.analyze(reply, { channel }).findings.some((f) => f.merged?.some((m) => m.ruleId === 'unexplained-code'));
    expect(carries(withCodesRule((r) => r))).toBe(true);
    expect(carries(withCodesRule((r) => ({ ...r, options: { ...r.options, onOtherCards: false } })))).toBe(false);
    const offInChat = withCodesRule((r) => ({ ...r, channels: { chat: { enabled: false } } }));
    expect(carries(offInChat, 'chat')).toBe(false);
    expect(carries(offInChat, 'email')).toBe(true);
  });

  it('names the codes at every {codes} of a lead\'s own advice', () => {
    const options = codesOptions.parse({ advice: 'Say what {codes} means; where {codes} is ours, spell it out.' });
    expect(codesAdvice(options, ['EXA'])).toBe('Say what EXA means; where EXA is ours, spell it out.');
  });

  it('says "mean" for two codes', () => {
    const codesRule = defaultPack.rules.find((r) => r.kind === 'structure' && r.check === 'codes')!;
    const options = codesOptions.parse(codesRule.kind === 'structure' ? codesRule.options : {});
    expect(codesAdvice(options, ['EXA'])).toContain('Say what EXA means for the customer');
    expect(codesAdvice(options, ['EXA', 'KVF'])).toContain('Say what EXA and KVF mean for the customer');
  });

  it('gives a code before the card to it, though a whole-reply card (a missing greeting) sits on the same sentence', () => {
    const reply = 'The CN23 has not arrived, so your parcel has been passed to another team.';
    const [card] = codeCards(reply);
    expect(card?.ruleId).toBe('has-been-passed-on');
    expect(card?.text.startsWith('CN23')).toBe(true);
  });
});
