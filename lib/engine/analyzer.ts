/**
 * The tone engine: reply text in, findings and scores out. Pure TypeScript, no browser API.
 *
 * Work is cached per sentence (phrase matches, markers, tagging), so re-analysing a draft after
 * a one-word edit only re-checks the sentence that changed; whole-reply checks and scores are
 * cheap sums over the cached sentences.
 */
import type { PhraseRule, Rule, RulePack, StructureRule } from '../rules/schema';
import { CHECKS, checkOptionSchemas, type CheckId } from './checks/registry';
import type { CheckContext, CheckedSentence } from './checks/context';
import { checkLanguage } from './language';
import { sentenceMarkers, sumMarkers, type SentenceMarkers } from './markers';
import { readMood } from './mood';
import { compilePhraseRule, matchPhraseRule, SentenceDoc, type CompiledPhraseRule } from './phrase';
import { reword } from './rewrite';
import { scoreReply } from './score';
import { countWords, segment, type Sentence } from './segment';
import type { Analysis, AnalyzeOptions, Finding, MoodReading } from './types';
import { sentenceKeys } from './words';

/** A phrase finding relative to its sentence, cached by sentence text. */
interface SentenceFinding {
  rule: PhraseRule;
  start: number;
  end: number;
  suggestions: string[];
}

interface SentenceWork {
  doc: SentenceDoc;
  markers: SentenceMarkers;
  findings: SentenceFinding[] | null;
  /** The analysis that last used this sentence, for eviction. */
  usedIn: number;
}

const CACHE_LIMIT = 5000;

/**
 * Checks whose finding means a warmth signal is missing (no greeting, no next step). The score already
 * misses that signal, so charging the finding too would count it twice, and these checks switch on at a
 * word count, which would let a rewording that adds a word lower the score.
 */
const SIGNAL_CHECKS = new Set<CheckId>(['greeting', 'closing']);

export interface Analyzer {
  readonly rules: readonly Rule[];
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The same analysis, yielding whenever `sliceMs` of work has passed, so a page can
   * stay responsive on a huge draft: resume it from a timer until it returns.
   */
  analyzeInSlices(text: string, options?: AnalyzeOptions, sliceMs?: number): Generator<void, Analysis>;
  /** Forget every cached sentence (benchmarks measure a first analysis with this). */
  clearCache(): void;
}

export function createAnalyzer(rulesOrPack: readonly Rule[] | RulePack): Analyzer {
  const rules = 'rules' in rulesOrPack ? rulesOrPack.rules : rulesOrPack;
  const enabled = rules.filter((r) => r.enabled);
  const phraseRules = enabled.filter((r): r is PhraseRule => r.kind === 'phrase').map(compilePhraseRule);
  const structureRules = enabled
    .filter((r): r is StructureRule => r.kind === 'structure')
    .map((rule) => ({ rule, options: checkOptionSchemas[rule.check as CheckId].parse(rule.options) as never }));

  const cache = new Map<string, SentenceWork>();
  let lastMood: { message: string | undefined; reading: MoodReading | null } = { message: undefined, reading: null };

  let generation = 0;
  function work(sentence: Sentence): SentenceWork {
    let entry = cache.get(sentence.text);
    if (!entry) {
      if (cache.size >= CACHE_LIMIT) evictOldest();
      entry = {
        doc: new SentenceDoc(sentence.text, sentenceKeys(sentence.text)),
        markers: sentenceMarkers(sentence.text, countWords(sentence.text)),
        findings: null,
        usedIn: generation,
      };
      cache.set(sentence.text, entry);
    }
    entry.usedIn = generation;
    return entry;
  }

  /** Drop the fifth of the cache that was used longest ago (a sweep now and then, not work on every hit). */
  function evictOldest(): void {
    const ages = [...cache.values()].map((e) => e.usedIn).sort((a, b) => a - b);
    const cutoff = ages[Math.floor(ages.length / 5)]!;
    for (const [text, e] of cache) if (e.usedIn <= cutoff) cache.delete(text);
  }

  function phraseFindings(entry: SentenceWork, rulesToRun: CompiledPhraseRule[]): SentenceFinding[] {
    const found: SentenceFinding[] = [];
    for (const compiled of rulesToRun) {
      for (const match of matchPhraseRule(compiled, entry.doc)) {
        const rewording = reword(entry.doc.text, match, compiled.rule.rewrites);
        found.push({ rule: compiled.rule, start: rewording.start, end: rewording.end, suggestions: rewording.replacements });
      }
    }
    return found;
  }

  function mood(message: string | undefined): MoodReading | null {
    if (message !== lastMood.message) lastMood = { message, reading: readMood(message) };
    return lastMood.reading;
  }

  function* run(text: string, options: AnalyzeOptions, sliceMs: number): Generator<void, Analysis> {
    generation += 1;
    const started = now();
    let sliceStart = started;
    const budget = options.budgetMs ?? Infinity;
    const ignoredRules = new Set(options.ignored?.ruleIds ?? []);
    const ignoredPhrases = normalizedPhraseSet(options.ignored?.phrases);
    const reading = mood(options.customerMessage);
    const language = checkLanguage(text);

    const { sentences, paragraphs } = segment(text);
    if (now() - sliceStart > sliceMs) {
      yield;
      sliceStart = now();
    }
    const checked: CheckedSentence[] = [];
    const findings: Finding[] = [];
    const unscored = new Set<Finding>();
    let complete = true;

    let totals = sumMarkers([]);
    if (language.checked) {
      for (const sentence of sentences) {
        const entry = work(sentence);
        checked.push({ ...sentence, markers: entry.markers, doc: entry.doc });
        if (entry.findings === null) {
          if (budget !== Infinity && now() - started > budget) {
            complete = false;
            continue;
          }
          entry.findings = phraseFindings(entry, phraseRules);
        }
        for (const f of entry.findings) {
          const span = wholeSentenceDeletion(text, sentence, f) ?? {
            start: sentence.start + f.start,
            end: sentence.start + f.end,
            suggestions: f.suggestions,
          };
          findings.push({
            ruleId: f.rule.id,
            principle: f.rule.principle,
            severity: f.rule.severity,
            start: span.start,
            end: span.end,
            text: text.slice(span.start, span.end),
            message: f.rule.message,
            suggestions: span.suggestions,
          });
        }
        if (sliceMs !== Infinity && now() - sliceStart > sliceMs) {
          yield;
          sliceStart = now();
        }
      }

      if (now() - sliceStart > sliceMs / 2) {
        yield;
        sliceStart = now();
      }
      totals = sumMarkers(checked.map((s) => s.markers));
      const context: CheckContext = {
        text,
        sentences: checked,
        paragraphs,
        totals,
        mood: reading,
        customerName: options.customerName?.trim() || reading?.customerName || null,
      };
      for (const { rule, options: checkOptions } of structureRules) {
        for (const hit of CHECKS[rule.check as CheckId].run(context, checkOptions)) {
          const finding: Finding = {
            ruleId: rule.id,
            principle: rule.principle,
            severity: rule.severity,
            start: hit.start,
            end: hit.end,
            text: text.slice(hit.start, hit.end),
            message: rule.message,
            suggestions: hit.suggestions,
          };
          findings.push(finding);
          if (SIGNAL_CHECKS.has(rule.check as CheckId)) unscored.add(finding);
        }
      }
    }

    const kept = findings
      .filter((f) => !ignoredRules.has(f.ruleId) && !(ignoredPhrases.size && ignoredPhrases.has(normalizePhrase(f.text))) && f.end > f.start)
      .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    const scores = language.checked
      ? scoreReply(totals, checked.length, kept.filter((f) => !unscored.has(f)))
      : scoreReply(sentenceMarkers('', countWords(text)), 0, []);
    if (!language.checked && language.reason === 'not-english') scores.warmth = 50;
    return { findings: kept, scores, language, mood: reading, complete };
  }

  return {
    rules,
    analyze(text, options = {}) {
      return drain(run(text, options, Infinity));
    },
    analyzeInSlices(text, options = {}, sliceMs = 8) {
      return run(text, options, sliceMs);
    },
    clearCache() {
      cache.clear();
    },
  };
}

/**
 * A rewording that deletes a whole sentence also takes the space beside it, so "Hi. We value you.
 * Thanks." becomes "Hi. Thanks." rather than leaving a double space. Other rewordings keep that space.
 */
function wholeSentenceDeletion(text: string, sentence: Sentence, f: SentenceFinding) {
  if (f.start !== 0 || f.end !== sentence.text.length || !f.suggestions.includes('')) return null;
  // Only the spaces and tabs right beside the sentence, found without copying the text.
  let after = sentence.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (after > sentence.end && after < text.length) {
    const gap = text.slice(sentence.end, after);
    return { start: sentence.start, end: after, suggestions: f.suggestions.map((s) => (s ? s + gap : s)) };
  }
  let before = sentence.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before < sentence.start) {
    const gap = text.slice(before, sentence.start);
    return { start: before, end: sentence.end, suggestions: f.suggestions.map((s) => (s ? gap + s : s)) };
  }
  return null;
}

function drain<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

const phraseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * An ignored-phrase list as a normalised Set, built once per list: the coach passes the same
 * (never mutated) array on every keystroke, so a long list costs one Set lookup per finding.
 */
function normalizedPhraseSet(phrases: readonly string[] | undefined): ReadonlySet<string> {
  if (!phrases?.length) return new Set();
  let set = phraseSets.get(phrases);
  if (!set) phraseSets.set(phrases, (set = new Set(phrases.map(normalizePhrase))));
  return set;
}

/** How an ignored phrase is compared: case, apostrophes and spacing don't matter. */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

const now = () => performance.now();

const analyzers = new WeakMap<object, Analyzer>();

/** One-call form: `analyze(text, { rules, customerMessage })`; the analyzer for a rules array is reused. */
export function analyze(text: string, options: AnalyzeOptions & { rules: readonly Rule[] | RulePack }): Analysis {
  let analyzer = analyzers.get(options.rules);
  if (!analyzer) {
    analyzer = createAnalyzer(options.rules);
    analyzers.set(options.rules, analyzer);
  }
  return analyzer.analyze(text, options);
}
