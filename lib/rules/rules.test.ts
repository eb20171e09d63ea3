/**
 * RuleTester for the default pack (ESLint-style): every rule's own examples must hold.
 * A flag example must be flagged by that rule, and applying its first rewording must give
 * exactly `becomes`; a pass example must not be flagged by that rule.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { PRINCIPLE_IDS, PRINCIPLES } from '../engine/principles';
import { defaultPack } from './default';
import type { Rule } from './schema';
import { applySuggestion } from '../engine/apply';
import { holdsWords, quotedPhrases, words } from '../engine/quote-message';
import { applyFillIn, type FillInTemplate } from '../engine/template-fill';

const fullPack = createAnalyzer(defaultPack);


/** What an agent might type in each slot: the prefill where the sentence gave one, else a plausible answer. */
function sampleValues(template: FillInTemplate): string[] {
  return template.parts.flatMap((p) => {
    if (p.slot === undefined) return [];
    if (p.value) return [p.value];
    return [/when|date/.test(p.slot) ? 'Friday 14 March' : /link/.test(p.slot) ? 'https://example.com/help' : /do next/.test(p.slot) ? 'chase the depot' : 'a free exchange this week'];
  });
}

function exampleText(example: string | { text: string; customerMessage?: string }) {
  return typeof example === 'string' ? { text: example, customerMessage: undefined } : example;
}

describe.each(defaultPack.rules.map((rule) => [rule.id, rule] as [string, Rule]))('rule %s', (_id, rule) => {
  const alone = createAnalyzer([{ ...rule, enabled: true }]);

  it('has a message that names its principle in one friendly sentence', () => {
    expect(rule.message.startsWith(`${PRINCIPLES[rule.principle].name}: `)).toBe(true);
    expect(rule.message.replace(/\b(e\.g|i\.e)\./g, '').split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBeLessThanOrEqual(1);
  });

  it.each(rule.examples.flag.map((e) => [e.text, e] as const))('flags %j', (_text, example) => {
    const result = alone.analyze(example.text, { customerMessage: example.customerMessage });
    const finding = result.findings.find((f) => f.ruleId === rule.id);
    expect(finding, `"${rule.id}" should flag this`).toBeDefined();
    expect(finding!.text).toBe(example.text.slice(finding!.start, finding!.end));
    if (example.becomes === null) {
      expect(finding!.suggestions).toEqual([]);
    } else {
      expect(finding!.suggestions.length).toBeGreaterThan(0);
      expect(applySuggestion(example.text, finding!, 0)).toBe(example.becomes);
    }
  });

  // A fill-in template is what the finding asks for: filled with the agent's words, the sentence passes.
  it.each(rule.kind === 'phrase' && rule.templates?.length ? rule.examples.flag.map((e) => e.text) : [])('offers a fill-in template on %j that, filled, clears it', (text) => {
    const finding = alone.analyze(text).findings.find((f) => f.ruleId === rule.id)!;
    expect(finding.templates?.length).toBe(rule.kind === 'phrase' ? rule.templates?.length : 0);
    const template = finding.templates![0]!;
    expect(applyFillIn(text, template, [])).toBeNull();
    const filled = applyFillIn(text, template, sampleValues(template))!;
    expect(alone.analyze(filled).findings.filter((f) => f.ruleId === rule.id).map((f) => f.text)).toEqual([]);
  });

  it.each(rule.examples.pass.map((e) => [exampleText(e).text, exampleText(e)] as const))('leaves %j alone', (_text, example) => {
    const result = alone.analyze(example.text, { customerMessage: example.customerMessage });
    expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });

  const paraphrases = rule.examples.paraphrases ?? { flag: [], pass: [] };
  it.each(paraphrases.flag)('flags the paraphrase %j', (text) => {
    const finding = alone.analyze(text).findings.find((f) => f.ruleId === rule.id);
    expect(finding, `"${rule.id}" should flag this paraphrase`).toBeDefined();
  });

  it.each(paraphrases.pass)('leaves the near miss %j alone', (text) => {
    expect(alone.analyze(text).findings.filter((f) => f.ruleId === rule.id).map((f) => f.text)).toEqual([]);
  });

  it.each(rule.kind === 'phrase' ? [...rule.examples.flag.map((e) => e.text), ...paraphrases.flag] : [])('quotes only what %j says in its message', (text) => {
    const finding = alone.analyze(text).findings.find((f) => f.ruleId === rule.id);
    const [about, ...suggested] = quotedPhrases(finding?.message ?? '');
    // The first quote is the phrase the message is about: it must be something the reply says.
    if (about !== undefined) expect(holdsWords(words(text), words(about)), `the message quotes ${about}`).toBe(true);
    // Later quotes are the better wording the rule wrote, never the flagged words offered back as their own fix.
    const written = quotedPhrases(rule.message);
    for (const quoted of suggested) {
      if (words(quoted).join(' ') === words(about ?? '').join(' ')) continue;
      expect(written, `the message's suggestion ${quoted} is the rule's own wording`).toContain(quoted);
    }
  });

  it.each(rule.examples.flag.filter((e) => e.becomes !== null).map((e) => [e.text, e] as const))(
    'never lowers warmth when its rewording of %j is applied',
    (_text, example) => {
      const before = fullPack.analyze(example.text, { customerMessage: example.customerMessage }).scores.warmth;
      const after = fullPack.analyze(example.becomes!, { customerMessage: example.customerMessage }).scores.warmth;
      expect(after).toBeGreaterThanOrEqual(before);
    },
  );
});

describe('the default pack', () => {
  const folder = join(dirname(fileURLToPath(import.meta.url)), 'default');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'titles.ts' && !f.endsWith('.test.ts'))
    .map((f) => basename(f, '.ts'))
    .sort();

  it('lists every rule file once, and each rule id is its file name', () => {
    expect(defaultPack.rules.map((r) => r.id).sort()).toEqual(files);
  });

  it('has at least 80 rules, most of them with rewordings', () => {
    expect(defaultPack.rules.length).toBeGreaterThanOrEqual(80);
    const withRewrites = defaultPack.rules.filter((r) => r.examples.flag.some((e) => e.becomes !== null));
    // "Most": a rule whose better reply needs what only the agent knows gives advice, not text (issue #10), so the share is
    // a majority, not a quota that would push a rule toward an unsafe rewording.
    expect(withRewrites.length / defaultPack.rules.length).toBeGreaterThan(0.5);
  });

  // The fix floor counts rewordings only: a fill-in template needs the agent's own words before it can
  // go in, so it is a better form of advice, not a fix the coach can apply by itself (README, "Rule packs").
  it('gives at least 6 advice-only rules a fill-in template', () => {
    const withTemplates = defaultPack.rules.filter((r) => r.kind === 'phrase' && r.templates?.length);
    expect(withTemplates.length).toBeGreaterThanOrEqual(6);
    for (const rule of withTemplates) expect(rule.kind === 'phrase' && rule.rewrites.length === 0 && rule.advice, rule.id).toBeTruthy();
  });

  it.each(PRINCIPLE_IDS)('serves the principle %s', (principle) => {
    expect(defaultPack.rules.filter((r) => r.principle === principle).length).toBeGreaterThanOrEqual(3);
  });
});
