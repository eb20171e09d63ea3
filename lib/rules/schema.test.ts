import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, validateRule, type RuleInput } from './schema';

const goodRule: RuleInput = {
  id: 'bare-wait',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: a bare "please wait" gives no time; say when they will hear from you.',
  patterns: ['^please wait'],
  rewrites: ["I'll be back to you shortly"],
  examples: { flag: [{ text: 'Please wait.', becomes: "I'll be back to you shortly." }], pass: ['Thanks for waiting.'] },
};

const pack = (rules: unknown[]) => ({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'team', name: 'Team', version: '1.0.0', rules });

describe('validatePack', () => {
  it('accepts a well-formed pack and fills defaults', () => {
    const result = validatePack(pack([goodRule]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.rules[0]!.enabled).toBe(true);
  });

  it.each([
    [{ severity: 'critical' }, 'rules[0] "bare-wait" › severity'],
    [{ principle: 'kindness' }, 'rules[0] "bare-wait" › principle'],
    [{ id: 'Bare Wait' }, 'rules[0] "Bare Wait" › id'],
    [{ message: 'short' }, 'rules[0] "bare-wait" › message'],
    [{ patterns: ['/a+b+/'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['you [<x> need'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['.* you .* need .* to'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: ['.*'] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ patterns: [`${'word '.repeat(40)}`] }, 'rules[0] "bare-wait" › patterns[0]'],
    [{ rewrites: ['Could you {action}?'] }, 'rules[0] "bare-wait" › rewrites[0]'],
    [{ rewrites: ['{match|shout}'] }, 'rules[0] "bare-wait" › rewrites[0]'],
    [{ examples: { flag: [], pass: ['x'] } }, 'rules[0] "bare-wait" › examples.flag'],
    [{ patterns: [], phrases: [] }, 'rules[0] "bare-wait" › patterns'],
  ])('rejects the whole pack when a rule has %j, naming %s', (change, where) => {
    const result = validatePack(pack([goodRule, { ...goodRule, id: 'other-rule' }].map((r, i) => (i === 0 ? { ...r, ...change } : r))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.where)).toContain(where);
  });

  it('rejects duplicate rule ids, unknown formats and bad structure-check options', () => {
    expect(validatePack(pack([goodRule, goodRule])).ok).toBe(false);
    expect(validatePack({ ...pack([goodRule]), formatVersion: 2 }).ok).toBe(false);
    expect(validatePack(null).ok).toBe(false);
    const structure = { ...goodRule, kind: 'structure', check: 'wall-of-text', options: { maxWords: 'lots' } };
    const result = validatePack(pack([structure]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('rules[0] "bare-wait" › options.maxWords');
  });

  it('validates one rule on its own for the rule editor', () => {
    const result = validateRule({ ...goodRule, severity: 'loud' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.where).toBe('severity');
  });
});

describe('a team lead pattern', () => {
  it('cannot hang the analyzer, even at its most permissive on a long sentence', () => {
    const result = validatePack(
      pack([{ ...goodRule, patterns: ['#Determiner .* #Noun .+ #Noun'], rewrites: [], examples: { flag: [{ text: 'a b', becomes: null }], pass: ['x'] } }]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const long = `${'the cat saw a dog and the '.repeat(100)}end.`;
    const analysis = createAnalyzer(result.pack).analyze(long, { budgetMs: 2000 });
    expect(analysis.findings.every((f) => long.slice(f.start, f.end) === f.text)).toBe(true);
  });
});

describe('pattern pitfalls are named before they silently fail', () => {
  it.each([
    ['((about|regarding) [<topic>.+])?', 'nested ( ) groups'],
    ['^note ,? that', 'punctuation is not matched'],
    ['we are done $', 'a lone $ never matches'],
  ])('%s', (pattern, message) => {
    const result = validatePack(pack([{ ...goodRule, patterns: [pattern] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(message);
  });
});
