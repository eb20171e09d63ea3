/**
 * The "phrase" rule kind: literal phrases (a safe, escaped regex) and compromise match patterns
 * (run only on sentences that contain the words a pattern needs, so most sentences are never tagged).
 */
import type { PhraseRule } from '../rules/schema';
import { parsePattern, requiredWordsOf } from '../rules/pattern-safety';
import type { NlpDoc } from '../nlp/nlp';
import type { MatchInSentence } from './rewrite';
import { SentenceDoc } from './sentence-doc';
import { literalPhraseSource, sentenceKeys } from './words';
import { WordPrefilter, type SentenceCandidates } from './phrase-index';
import { SHIPPED_PATTERN_PLANS } from './phrase-plans';
import { CHANNELS, type Channel } from './channel';

export { SentenceDoc } from './sentence-doc';

/**
 * What the matcher needs to know of a pattern before it runs it: its words for the prefilter and the
 * word tests, and which parts of the tagger it needs. Read from compromise's parse of the pattern.
 */
export interface PatternPlan {
  needs: string[][];
  /** For a pattern anchored at the sentence start (^word), the words it can start with. */
  firstWords: string[] | null;
  needsTags: boolean;
  needsChunks: boolean;
  needsTagGroups: string[][];
  /** For a pattern that is one choice of single words and #Tags, its words (see wordChoices). */
  choices: string[] | null;
}

/** Pattern text → its plan. A Map: pattern text comes from packs. */
export type PatternPlans = ReadonlyMap<string, PatternPlan>;

interface CompiledPattern {
  source: string;
  /**
   * compromise's parse of the pattern, made on first use: compromise accepts the parsed form and skips
   * re-parsing on every sentence. Null until then when its plan was known (the default pack's plans
   * ship with it, phrase-plans.ts), so the engine's start parses no pattern whose words it never meets.
   */
  parsed: unknown[] | null;
  needs: string[][];
  /** Patterns of plain words run on a tokenized sentence; #Tags and {roots} need the tagger. */
  needsTags: boolean;
  /** A `<Chunk>` term: the tagged sentence also needs compromise's chunks. */
  needsChunks: boolean;
  /** Groups of tags one of which some term of a tagged sentence must carry for a match (see requiredTags). */
  needsTagGroups: string[][];
  /** For a pattern anchored at the sentence start (^word), the words it can start with. */
  firstWords: Set<string> | null;
  /** Its slot in the pack's word prefilter, or -1 when compiled alone. */
  slot: number;
  /** The parse with room for adverbs between its terms (see withAdverbGaps), made on first need. */
  withGaps?: unknown[] | null;
  /** The parse with its multi-word choices spelled out one by one (see spelledOutChoices), made on first need. */
  spelledOut?: SpelledOut[] | null;
  /** The same for the parse with adverb gaps. */
  gapsSpelledOut?: SpelledOut[] | null;
  /** Its choices of several words, each as its sequences' required words (see wordSequenceChoices), made on first need. */
  sequenceChoices?: string[][][];
  /**
   * For an `unless`: a pattern of plain words that matches only where this one does (itself, when it has
   * no tag; its words, for a choice of words and tags like `(#Pronoun|please|thanks)`), or null. It runs
   * before the rule's own patterns, so a sentence it rules out is never tagged for this rule.
   */
  byWords: CompiledPattern | null;
}

export interface CompiledPhraseRule {
  rule: PhraseRule;
  literal: RegExp | null;
  /** The words of each literal phrase: a sentence missing any of one phrase's words cannot match it. */
  literalWords: string[][];
  /** Each literal phrase's slot in the pack's word prefilter (empty when compiled alone). */
  literalSlots: number[];
  patterns: CompiledPattern[];
  unless: CompiledPattern[];
  /** The rule's exemptions in one channel only (`channels.<channel>.unless`), checked where the reply goes (channelExcuses). */
  unlessIn: Partial<Record<Channel, CompiledPattern[]>>;
  /** Patterns checked against the next sentence: one that matches there excuses the rule's matches (see nextSentenceExcuses). */
  unlessNext: CompiledPattern[];
  /** The rule's `softer` patterns: on the customer's message, and on the flagged sentence (see softerFits). */
  softerAsked: CompiledPattern[];
  softerSentence: CompiledPattern[];
  /** The prefilter slots of its phrases and patterns (null when compiled alone): a sentence with none is skipped at once. */
  slots: number[] | null;
}

/** The plan of a parsed pattern (what compilePhraseRule would read from it). */
function planPattern(parsed: readonly unknown[]): PatternPlan {
  const terms = parsed as TermLike[];
  const needsTags = usesTags(terms);
  const first = anchoredWords(terms);
  return {
    needs: requiredWordsOf(terms),
    firstWords: first ? [...first] : null,
    needsTags,
    needsChunks: usesChunks(terms),
    needsTagGroups: needsTags ? requiredTags(terms) : [],
    choices: needsTags ? wordChoices(terms) : null,
  };
}

/** The plain-word pattern an `unless` of tagged choices is first tested by. */
const byWordsSource = (choices: readonly string[]) => `(${choices.join('|')})`;

/** Every pattern text a compiled rule may parse (its patterns, unless, unlessNext and their word shortcuts), with its plan. */
export function patternPlansOf(rules: readonly PhraseRule[]): Map<string, PatternPlan> {
  const plans = new Map<string, PatternPlan>();
  const add = (pattern: string): PatternPlan => {
    let plan = plans.get(pattern);
    if (!plan) plans.set(pattern, (plan = planPattern(parsePattern(pattern))));
    return plan;
  };
  for (const rule of rules) {
    [...rule.patterns, ...rule.unlessNext, ...(rule.softer?.customerAsked ?? []), ...(rule.softer?.sentenceHas ?? []), ...channelUnlessOf(rule)].forEach(add);
    for (const pattern of rule.unless) {
      const { choices } = add(pattern);
      if (choices) add(byWordsSource(choices));
    }
  }
  return plans;
}

let shipped: PatternPlans | null = null;

/** A plan as phrase-plans.ts stores it: trailing fields that hold their default (null, 0, []) are left out. */
type PlanEntry = [source: string, needs: string[][], firstWords?: string[] | null, needsTags?: 0 | 1, needsChunks?: 0 | 1, needsTagGroups?: string[][], choices?: string[] | null];

/** The default pack's plans, read once (phrase-plans.ts, written by `npm run rules:index`). */
export function shippedPatternPlans(): PatternPlans {
  shipped ??= new Map(
    (JSON.parse(SHIPPED_PATTERN_PLANS) as PlanEntry[]).map(([source, needs, firstWords, needsTags, needsChunks, needsTagGroups, choices]) => [
      source,
      { needs, firstWords: firstWords ?? null, needsTags: needsTags === 1, needsChunks: needsChunks === 1, needsTagGroups: needsTagGroups ?? [], choices: choices ?? null },
    ]),
  );
  return shipped;
}

/** The text of phrase-plans.ts's table for these plans (the inverse of shippedPatternPlans). */
export function serializePatternPlans(plans: PatternPlans): string {
  const isDefault = (value: unknown) => value === null || value === 0 || (Array.isArray(value) && value.length === 0);
  return JSON.stringify(
    [...plans].map(([source, p]) => {
      const entry: unknown[] = [source, p.needs, p.firstWords, Number(p.needsTags), Number(p.needsChunks), p.needsTagGroups, p.choices];
      while (entry.length > 2 && isDefault(entry[entry.length - 1])) entry.pop();
      return entry;
    }),
  );
}

/** The pattern as compromise parsed it, parsing it now if this is its first use. */
export function parsedPattern(pattern: CompiledPattern): unknown[] {
  pattern.parsed ??= parsePattern(pattern.source);
  return pattern.parsed;
}

/**
 * `plans` gives the plans of patterns known ahead (the default pack's, by default): those are parsed only
 * when a sentence first holds their words. Any other pattern is parsed now.
 */
export function compilePhraseRule(rule: PhraseRule, plans: PatternPlans = shippedPatternPlans()): CompiledPhraseRule {
  // The literal phrases' regex is built when a sentence first holds all the words of one of them: most replies
  // never hold any rule's phrase, and building a regex of Unicode classes costs the engine's first answer.
  let literal: RegExp | null | undefined;
  /** The compiled pattern, and its plan's word choices (for an unless). */
  const compileWithChoices = (pattern: string): [CompiledPattern, string[] | null] => {
    const known = plans.get(pattern);
    const parsed = known ? null : parsePattern(pattern);
    const plan = known ?? planPattern(parsed!);
    const compiled: CompiledPattern = {
      source: pattern,
      parsed,
      needs: plan.needs,
      needsTags: plan.needsTags,
      needsChunks: plan.needsChunks,
      needsTagGroups: plan.needsTagGroups,
      firstWords: plan.firstWords ? new Set(plan.firstWords) : null,
      slot: -1,
      byWords: null,
    };
    return [compiled, plan.choices];
  };
  const compile = (pattern: string): CompiledPattern => compileWithChoices(pattern)[0];
  const compileUnless = (pattern: string): CompiledPattern => {
    const [compiled, choices] = compileWithChoices(pattern);
    if (!compiled.needsTags) compiled.byWords = compiled;
    else if (choices) compiled.byWords = compile(byWordsSource(choices));
    return compiled;
  };
  const literalWords = rule.phrases.map((phrase) => phrase.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+/gu) ?? []);
  return {
    rule,
    get literal() {
      if (literal === undefined) {
        literal = rule.phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.phrases.map(literalPhraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
      }
      return literal;
    },
    literalWords,
    literalSlots: [],
    patterns: rule.patterns.map(compile),
    unless: rule.unless.map(compileUnless),
    unlessIn: Object.fromEntries(
      CHANNELS.flatMap((channel) => {
        const unless = rule.channels?.[channel]?.unless;
        return unless?.length ? [[channel, unless.map(compile)]] : [];
      }),
    ),
    unlessNext: rule.unlessNext.map(compile),
    softerAsked: (rule.softer?.customerAsked ?? []).map(compile),
    softerSentence: (rule.softer?.sentenceHas ?? []).map(compile),
    slots: null,
  };
}

/** A pack's phrase rules compiled once, with one word prefilter over all their patterns and phrases. */
export function compilePhraseRules(rules: readonly PhraseRule[], plans: PatternPlans = shippedPatternPlans()): { rules: CompiledPhraseRule[]; prefilter: WordPrefilter } {
  const prefilter = new WordPrefilter();
  const compiled = rules.map((rule) => {
    const c = compilePhraseRule(rule, plans);
    c.literalSlots = c.literalWords.map((words) => prefilter.add(words.map((w) => [w])));
    for (const p of [...c.patterns, ...c.unless]) p.slot = prefilter.add(p.needs);
    c.slots = [...c.literalSlots, ...c.patterns.map((p) => p.slot)];
    return c;
  });
  return { rules: compiled, prefilter };
}

interface TermLike {
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
  max?: number;
  optional?: boolean;
  negative?: boolean;
  min?: number;
  operator?: string;
  word?: string;
  fastOr?: Set<string>;
  tag?: string;
  root?: string;
  chunk?: string;
  switch?: string;
  anything?: boolean;
  choices?: TermLike[][];
}

function anchoredWords(terms: TermLike[]): Set<string> | null {
  const first = terms[0];
  if (!first?.start || first.optional || first.root) return null;
  if (first.word) return new Set([first.word.toLowerCase()]);
  if (first.fastOr) return new Set([...first.fastOr].map((w) => w.toLowerCase()));
  return null;
}

/** A term that matches only a word carrying one #Tag, and must match one (not optional, negated or "zero or more"). */
function lonePlainTag(term: TermLike): string | null {
  const keys = Object.keys(term).filter((k) => k !== 'greedy' && k !== 'start' && k !== 'end' && k !== 'max');
  if (term.optional || term.negative || term.min === 0 || !term.tag) return null;
  return keys.every((k) => k === 'tag' || (k === 'min' && (term.min ?? 1) >= 1)) ? term.tag : null;
}

/**
 * The tags a match needs: one group per term that must match a word with one of the group's tags
 * (`#Noun+`, `(#PastTense|#Adjective)`). A tagged sentence where no word carries any tag of a group
 * cannot match, so compromise's match is not run on it. Terms that can also match a plain word or
 * nothing at all are left out: the test stays a superset of compromise's matches.
 */
function requiredTags(terms: TermLike[]): string[][] {
  const groups: string[][] = [];
  for (const term of terms) {
    const tag = lonePlainTag(term);
    if (tag) groups.push([tag]);
    else if (term.choices && term.operator === 'or' && !term.optional && !term.negative && term.min !== 0 && Object.keys(term).every((k) => k === 'choices' || k === 'operator' || k === 'start')) {
      const tags = term.choices.map((seq) => (seq.length === 1 ? lonePlainTag(seq[0]!) : null));
      if (tags.every((t): t is string => t !== null)) groups.push(tags);
    }
  }
  return groups;
}

/**
 * The words of a pattern that is one choice of single words and #Tags, nothing else (`(#Pronoun|please|thanks)`):
 * a sentence holding one of the words matches it whatever the tags. Null for any other shape.
 */
function wordChoices(terms: TermLike[]): string[] | null {
  const [term] = terms;
  if (terms.length !== 1 || !term?.choices || term.operator !== 'or' || Object.keys(term).some((k) => k !== 'choices' && k !== 'operator')) return null;
  const words: string[] = [];
  for (const choice of term.choices) {
    const [only] = choice;
    if (choice.length !== 1 || !only) return null;
    const keys = Object.keys(only);
    if (keys.length === 1 && keys[0] === 'word' && only.word) words.push(only.word);
    else if (!(keys.length === 1 && keys[0] === 'tag')) return null;
  }
  // A word with compromise's syntax in it is left to the full pattern.
  return words.length && words.every((w) => /^[\p{L}\p{N}'’-]+$/u.test(w)) ? words : null;
}

function usesTags(terms: TermLike[]): boolean {
  return terms.some((t) => t.tag || t.root || t.chunk || t.switch || t.choices?.some(usesTags));
}

function usesChunks(terms: TermLike[]): boolean {
  return terms.some((t) => t.chunk || t.choices?.some(usesChunks));
}

/** A sentence's first word is read up to its apostrophe ("didn't" → "didn", or "didnt" typed bare): the verb an anchored pattern names. */
const NEGATED_STEMS: ReadonlyMap<string, string> = new Map([
  ['didn', 'did'], ['don', 'do'], ['doesn', 'does'], ['haven', 'have'], ['hasn', 'has'], ['hadn', 'had'], ['isn', 'is'],
  ['aren', 'are'], ['wasn', 'was'], ['weren', 'were'], ['couldn', 'could'], ['wouldn', 'would'], ['shouldn', 'should'],
  ['won', 'will'], ['shan', 'shall'], ['mustn', 'must'], ['needn', 'need'],
  // Typed without the apostrophe ("dont", "cant"), the whole word is the first word.
  ['dont', 'do'], ['doesnt', 'does'], ['didnt', 'did'], ['cant', 'can'], ['wont', 'will'], ['isnt', 'is'], ['arent', 'are'],
  ['wasnt', 'was'], ['werent', 'were'], ['havent', 'have'], ['hasnt', 'has'], ['couldnt', 'could'], ['wouldnt', 'would'], ['shouldnt', 'should'],
]);

/** Does the sentence, or one of its main clauses, start with one of these words (a negated verb read as the verb)? */
function startsWithOneOf(firstWords: ReadonlySet<string>, doc: SentenceDoc): boolean {
  // A loop, not a closure made on every call: mayMatch runs for every candidate pattern of every sentence.
  if (firstWords.has(doc.firstWord) || firstWords.has(NEGATED_STEMS.get(doc.firstWord) ?? '')) return true;
  for (const word of doc.clauseFirstWords) if (firstWords.has(word) || firstWords.has(NEGATED_STEMS.get(word) ?? '')) return true;
  return false;
}

/**
 * Could the pattern match this sentence? Its required words must all be there, in the pattern's
 * order (a match keeps the order), and an anchored pattern must start with one of its first words.
 * A cheap superset test: only sentences that pass it are tokenized or tagged.
 */
function mayMatch(pattern: CompiledPattern, doc: SentenceDoc, candidates: SentenceCandidates | undefined): boolean {
  if (pattern.firstWords && !startsWithOneOf(pattern.firstWords, doc)) return false;
  if (candidates && pattern.slot >= 0) {
    if (!candidates.has(pattern.slot)) return false;
  } else if (!pattern.needs.every((alternatives) => alternatives.some((w) => doc.keys.has(w)))) return false;
  let at = 0;
  for (const alternatives of pattern.needs) {
    let next = -1;
    for (const w of alternatives) {
      const i = doc.positionOf(w, at);
      if (i >= 0 && (next < 0 || i < next)) next = i;
    }
    if (next < 0) return false;
    // The same token may serve twice: "won't" is both "will" and "not".
    at = next;
  }
  return true;
}

interface TermJson {
  offset: { start: number; length: number };
}

function termSpans(view: { json(options: object): unknown }): { start: number; end: number }[] {
  const items = view.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  return items.flatMap(({ terms }) => {
    if (!terms?.length) return [];
    const first = terms[0]!.offset;
    const last = terms[terms.length - 1]!.offset;
    return [{ start: first.start, end: last.start + last.length }];
  });
}

function patternMatches(doc: SentenceDoc, pattern: CompiledPattern, candidates: SentenceCandidates | undefined): MatchInSentence[] {
  if (!mayMatch(pattern, doc, candidates)) return [];
  // A tag the sentence cannot get, known without tagging it, rules the pattern out before the tagger runs (same answer
  // as the test on the tagged sentence below; the sentence stays untagged unless another pattern needs it).
  if (pattern.needsTagGroups.length && !doc.hasTagged && !pattern.needsTagGroups.every((tags) => tags.some((t) => doc.mayCarryTag(t)))) return [];
  // A choice of several words ("(in future|next time)") needs all the words of one of its sequences, not only the first
  // word the prefilter knows: tested on compromise's own split of the sentence before the tagger runs (same answer).
  if (pattern.needsTags && !doc.hasTagged && !sequencesMayMatch(pattern, doc)) return [];
  const view = doc.forPattern(pattern.needsTags, pattern.needsChunks);
  if (pattern.needsTagGroups.length && !pattern.needsTagGroups.every((tags) => tags.some((t) => doc.hasTag(t)))) return [];
  const parsed = parsedPattern(pattern);
  let found = view.match(parsed as never);
  if (!found.found) {
    for (const main of mainClausesOf(doc, view, parsed as TermLike[])) {
      found = main.match(parsed as never);
      if (found.found) break;
    }
  }
  if (!found.found) {
    // compromise misses a choice of several words right after a wildcard or an optional term ("* (is|will be)",
    // "#Adverb? (simply not|really not)"): the same pattern with each choice written in place matches as meant.
    // Made once: null (nothing to spell out, most patterns) is kept too, not made again on every sentence.
    if (pattern.spelledOut === undefined) pattern.spelledOut = spelledOutChoices(parsed as TermLike[]);
    const seen = pattern.spelledOut ? doc.wordsSeen() : null;
    for (const alternative of pattern.spelledOut ?? []) {
      if (!spellingMayMatch(alternative, seen)) continue;
      found = view.match(alternative.terms as never);
      if (found.found) break;
    }
  }
  if (!found.found && ADVERB_LIKE.test(doc.text)) {
    // An adverb dropped into the phrase ("are simply not possible", "so I really have") leaves its meaning: the
    // pattern is tried again with room for one or two adverbs between its terms (never a negation).
    if (pattern.withGaps === undefined) pattern.withGaps = withAdverbGaps(parsed as TermLike[]);
    // The gaps add only optional terms: the pattern's choices of several words still need their words (no tagging when not).
    if (pattern.withGaps && (doc.hasTagged || sequencesMayMatch(pattern, doc))) {
      const tagged = doc.forPattern(true, pattern.needsChunks);
      found = tagged.match(pattern.withGaps as never);
      // The gaps put an optional adverb before each choice of several words, which compromise then skips: spelled out.
      if (!found.found && pattern.gapsSpelledOut === undefined) pattern.gapsSpelledOut = spelledOutChoices(pattern.withGaps as TermLike[]);
      const seen = !found.found && pattern.gapsSpelledOut ? doc.wordsSeen() : null;
      for (const alternative of found.found ? [] : (pattern.gapsSpelledOut ?? [])) {
        if (!spellingMayMatch(alternative, seen)) continue;
        found = tagged.match(alternative.terms as never);
        if (found.found) break;
      }
    }
  }
  if (!found.found) return [];
  const matches: MatchInSentence[] = termSpans(found).map((span) => ({ ...span, captures: new Map() }));
  // compromise reports captures for all matches together: give each to the match that holds it.
  // The names come from the pack (validated, reserved names refused); only own entries are read.
  const groups = found.groups() as object;
  for (const name of Object.keys(groups)) {
    const group = Object.getOwnPropertyDescriptor(groups, name)?.value as NlpDoc | undefined;
    if (!group || typeof group.json !== 'function') continue;
    for (const span of termSpans(group)) {
      const owner = matches.find((m) => m.start <= span.start && span.end <= m.end);
      if (owner && !owner.captures.has(name)) owner.captures.set(name, doc.text.slice(span.start, span.end));
    }
  }
  return matches;
}

/**
 * For a pattern anchored at the sentence's start (^) or end ($): the sentence from the start of a main clause (after
 * its introductory clause, "Unfortunately, ", "As discussed, ", or a clause joined by "; ", ", and ", ", so "), without
 * its trailing courtesy (", thanks."), or both, where the anchor then holds. The same words say the same thing with or without them. Empty when the pattern is not anchored or the
 * sentence has neither.
 */
function mainClausesOf(doc: SentenceDoc, view: NlpDoc, terms: TermLike[]): NlpDoc[] {
  const fromIntro = terms[0]?.start === true && doc.clauseStarts.length > 0;
  const toOutro = terms[terms.length - 1]?.end === true && doc.outroStart < doc.text.length;
  if (!fromIntro && !toOutro) return [];
  const items = view.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
  const [only] = items;
  if (items.length !== 1 || !only?.terms?.length) return [];
  const starts = only.terms.map((t) => t.offset.start);
  const firsts = fromIntro ? doc.clauseStarts.map((clause) => starts.findIndex((at) => at >= clause)) : [0];
  const courtesy = toOutro ? starts.findIndex((at) => at >= doc.outroStart) : -1;
  const end = courtesy >= 0 ? courtesy : starts.length;
  const spans = [
    ...firsts.flatMap((first) => [
      [first, end],
      [first, starts.length],
    ]),
    [0, end],
  ].filter(([from, to], i, all) => from! >= 0 && from! < to! && !(from === 0 && to === starts.length) && all.findIndex(([f, t]) => f === from && t === to) === i);
  return spans.map(([from, to]) => (view as unknown as { update(pointer: number[][]): NlpDoc }).update([[0, from!, to!]]));
}

/** At most this many spelled-out alternatives per pattern: past it the pattern is left as written. */
const MAX_SPELLED_OUT = 16;

/**
 * For a pattern with a choice of several words (`(is|will be)`, `(simply not|really not)?`) right after a wildcard
 * (`*`, `.{0,3}`) or an optional adverb, which compromise's matcher does not try: the pattern once per choice, the choice's words written in its place (and once without it, for an optional
 * choice). Null when the pattern has no such choice or would spell out into too many.
 */
function spelledOutChoices(terms: TermLike[]): SpelledOut[] | null {
  const optionalAdverb = (t: TermLike) => t.optional && (t.tag === 'Adverb' || (t.operator === 'and' && t.choices?.some((c) => c[0]?.tag === 'Adverb' && !c[0].negative)));
  const variable = (t: TermLike | undefined) => Boolean(t && (t.anything || optionalAdverb(t)));
  let alternatives: SpelledOut[] = [{ terms: [], words: [] }];
  let changed = false;
  for (const [i, term] of terms.entries()) {
    const multiWord = term.operator === 'or' && term.choices?.some((seq) => seq.length > 1) && !term.negative && term.min === undefined && term.max === undefined;
    if (!multiWord || !variable(terms[i - 1])) {
      alternatives = alternatives.map((alt) => ({ terms: [...alt.terms, term], words: alt.words }));
      continue;
    }
    // An optional choice that opens the pattern would leave its start anchor to no term: left as written.
    if (term.optional && term.start) return null;
    changed = true;
    // The group's anchors go to the first and last term of each spelled-out choice.
    const spelled = term.choices!.map((seq) => ({
      terms: seq.map((t, k) => ({ ...t, ...(term.start && k === 0 ? { start: true } : {}), ...(term.end && k === seq.length - 1 ? { end: true } : {}) })),
      // The words a match of this choice puts on consecutive words of the sentence (as wordSequenceChoices reads them).
      words: seq.map(requiredWord).filter((w): w is string => w !== null),
    }));
    const next = alternatives.flatMap((alt) => spelled.map((seq) => ({ terms: [...alt.terms, ...seq.terms], words: [...alt.words, ...seq.words] })));
    // Left out, an optional choice passes its end anchor to the term before it: `payable (in full)?$`.
    if (term.optional) next.push(...alternatives.map((alt) => (term.end ? { terms: [...alt.terms.slice(0, -1), { ...alt.terms[alt.terms.length - 1]!, end: true }], words: alt.words } : alt)));
    alternatives = next;
    if (alternatives.length > MAX_SPELLED_OUT) return null;
  }
  if (!changed || alternatives.some((alt) => alt.terms.length === 0)) return null;
  return alternatives;
}

/** A pattern with its choices of several words spelled out, and the words of the choices written in (see spelledOutChoices). */
interface SpelledOut {
  terms: TermLike[];
  words: string[];
}

/**
 * Could this spelling-out match the sentence? Each word of a choice written into it must be one of the words compromise
 * compares a pattern's word with (the test sequencesMayMatch makes of a choice's sequences; `seen` null: not tested). A
 * spelling-out whose choice is absent was a compromise match run for nothing on most sentences.
 */
function spellingMayMatch(alternative: SpelledOut, seen: ReadonlySet<string> | null): boolean {
  return !seen || alternative.words.every((w) => seen.has(w));
}

/** Words an adverb dropped into a phrase is likely to be (a cheap test before the sentence is tagged for the retry). */
const ADVERB_LIKE = /\b(?:\p{L}+ly|just|really|simply|currently|honestly|also|still|actually|already|even|now|always|quite|very|truly)\b/iu;

/** Room for one adverb, never a negation ("not only" is tagged #Adverb too); two of these make room for two. */
let adverbGap: TermLike | null = null;

/**
 * The pattern with room for one or two adverbs between each two of its terms (and inside a choice of several words,
 * "(will not|are not going to)"), or null when it has no two terms. Only between terms: the match's bounds stay the
 * pattern's own. No room next to a term that is itself an adverb (#Adverb?): it already takes one.
 */
function withAdverbGaps(terms: TermLike[]): TermLike[] | null {
  adverbGap ??= (parsePattern('(#Adverb && !#Negative)?') as TermLike[])[0]!;
  const isAdverb = (t: TermLike) => t.tag === 'Adverb';
  let changed = false;
  const out: TermLike[] = [];
  terms.forEach((term, i) => {
    const inner = term.choices?.map((seq) => withAdverbGaps(seq) ?? seq);
    if (inner && inner.some((seq, k) => seq !== term.choices![k])) {
      out.push({ ...term, choices: inner });
      changed = true;
    } else out.push(term);
    const next = terms[i + 1];
    if (next && !isAdverb(term) && !isAdverb(next)) {
      out.push(adverbGap!, adverbGap!);
      changed = true;
    }
  });
  return changed ? out : null;
}

/**
 * Could every choice of several words in the pattern match this sentence's words? A match puts one of a choice's
 * sequences on consecutive words, so each word of that sequence (bar optional, negated and {root} terms) is one of
 * the words compromise compares a pattern's word with (doesMatch: text, normal, machine form, aliases). Read from
 * compromise's split (contractions expanded: "let's" → "let us", "2-4" → "2 to 4") and, when the split leaves a
 * contraction the tagger may still expand ("the ticket's", "Bob'd"), not tested: a superset of the matches.
 */
function sequencesMayMatch(pattern: CompiledPattern, doc: SentenceDoc): boolean {
  pattern.sequenceChoices ??= wordSequenceChoices(parsedPattern(pattern) as TermLike[]);
  if (pattern.sequenceChoices.length === 0) return true;
  const words = doc.wordsSeen();
  return !words || pattern.sequenceChoices.every((sequences) => sequences.some((sequence) => sequence.every((w) => words.has(w))));
}

/** A term a match must put on a word of the sentence equal to `word` (no optional, negated, fuzzy, case or {root} reading). */
function requiredWord(term: TermLike): string | null {
  const keys = Object.keys(term);
  return term.word && keys.every((k) => k === 'word' || k === 'start' || k === 'end') && !term.word.endsWith('~') ? term.word : null;
}

/**
 * Per choice term a match must use (not optional, negated or "zero or more") with at least one sequence of several
 * words: each sequence's required words. Left out when some sequence requires no word (it could match on tags alone).
 */
function wordSequenceChoices(terms: TermLike[]): string[][][] {
  const groups: string[][][] = [];
  for (const term of terms) {
    if (!term.choices || term.operator !== 'or' || term.optional || term.negative || term.min === 0) continue;
    const sequences = term.choices.map((seq) => seq.map(requiredWord).filter((w): w is string => w !== null));
    if (sequences.some((words) => words.length > 1) && sequences.every((words) => words.length > 0)) groups.push(sequences);
  }
  return groups;
}

function literalMatches(text: string, literal: RegExp): MatchInSentence[] {
  literal.lastIndex = 0;
  return [...text.matchAll(literal)].map((m) => ({ start: m.index, end: m.index + m[0].length, captures: new Map<string, string>() }));
}

/**
 * Every match of one rule in one sentence, first by position, overlaps removed. `candidates` is the
 * pack's prefilter for this sentence (compilePhraseRules); a rule compiled alone checks its words itself.
 */
export function matchPhraseRule(compiled: CompiledPhraseRule, doc: SentenceDoc, candidates?: SentenceCandidates): MatchInSentence[] {
  // No phrase and no pattern has its words here: nothing can match (the tests below would each say no).
  if (candidates && compiled.slots && !compiled.slots.some((slot) => candidates.has(slot))) return [];
  // An `unless` reads the main clause only after a courtesy intro: the "so" of "Just so you know, …" is no "so I've…".
  const unlessDoc = unlessReadsOf(doc);
  const unlessCandidates = unlessDoc === doc ? candidates : undefined;
  // An `unless` that its words alone decide rules the sentence out before a pattern can tag it (same result:
  // a rule whose unless matches finds nothing).
  // A bare turn word ("but") is decided below, once the matches are known: it excuses only what comes before it.
  if (unlessDoc.wordsMatchUntagged && compiled.unless.some((p) => p.byWords && patternMatches(unlessDoc, p.byWords, undefined).some((u) => !isBareTurn(unlessDoc.text, u)))) return [];
  const literalMayMatch =
    candidates && compiled.literalSlots.length === compiled.literalWords.length
      ? compiled.literalSlots.some((slot) => candidates.has(slot))
      : compiled.literalWords.some((words) => words.every((w) => doc.keys.has(w)));
  const all = [
    ...(literalMayMatch && compiled.literal ? literalMatches(doc.text, compiled.literal) : []),
    ...compiled.patterns.flatMap((p) => patternMatches(doc, p, candidates)),
  ];
  if (all.length === 0) return [];
  // Where the first match starts, in the unless's reading of the sentence (after a courtesy intro it starts later). Its
  // start, not its end: a pattern's trailing wildcard ("to [<action>#Verb *]") may run past the turn word.
  const firstStart = Math.min(...all.map((m) => m.start)) - (doc.text.length - unlessDoc.text.length);
  const excuses = (u: MatchInSentence) => !isBareTurn(unlessDoc.text, u) || u.start > firstStart;
  if (compiled.unless.some((p) => patternMatches(unlessDoc, p, unlessCandidates).some(excuses))) return [];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchInSentence[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/**
 * Words that turn to what comes next ("We can't refund it, but we can move it"). Matched alone by an `unless`, such a
 * word excuses only a match that starts before it: the turn after a no is the way forward, a turn before it ("I'm sorry,
 * but we can't…", "However, we cannot…") leads into the no itself.
 */
const TURN_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'instead', 'alternatively', 'meanwhile', 'in the meantime']);

/** Is this unless match one bare turn word (see TURN_WORDS)? */
function isBareTurn(text: string, match: MatchInSentence): boolean {
  const words = text.slice(match.start, match.end).toLowerCase().match(/\p{L}+/gu);
  return words !== null && TURN_WORDS.has(words.join(' '));
}

/** Intros that only announce the sentence ("Just so you know, ", "So you're aware, "): their words are no part of its meaning. */
const COURTESY_INTRO = /^[\s"“‘]*(?:just[ \t]+)?so[ \t]+(?:that[ \t]+)?you(?:[ \t]+are|'re|’re)?[ \t]+(?:know|aware)[ \t]*[,;:][ \t]*/iu;

/** Main clauses read for an `unless`, per sentence (a WeakMap: the sentence is the agent's text, kept only while it is). */
const unlessDocs = new WeakMap<SentenceDoc, SentenceDoc>();

/** The sentence an `unless` is tested on: its main clause after a courtesy intro, else the sentence itself. */
function unlessReadsOf(doc: SentenceDoc): SentenceDoc {
  const intro = COURTESY_INTRO.exec(doc.text);
  if (!intro || intro[0].length >= doc.text.length) return doc;
  let main = unlessDocs.get(doc);
  if (!main) {
    const text = doc.text.slice(intro[0].length);
    unlessDocs.set(doc, (main = new SentenceDoc(text, sentenceKeys(text))));
  }
  return main;
}

/** Every pattern of a rule's per-channel exemptions. */
function channelUnlessOf(rule: PhraseRule): string[] {
  return CHANNELS.flatMap((channel) => rule.channels?.[channel]?.unless ?? []);
}

/**
 * Does one of the rule's exemptions for this channel (`channels.<channel>.unless`) match the sentence? Read as the rule's
 * own `unless` is (the main clause after a courtesy intro), each pattern with its own word test.
 */
export function channelExcuses(compiled: CompiledPhraseRule, doc: SentenceDoc, channel: Channel): boolean {
  const patterns = compiled.unlessIn[channel];
  if (!patterns?.length) return false;
  const unlessDoc = unlessReadsOf(doc);
  return patterns.some((p) => patternMatches(unlessDoc, p, undefined).length > 0);
}

/**
 * Does the sentence after a match excuse it (an `unlessNext` pattern matches there)? Checked on that one
 * sentence only, with its own word test (the pack's prefilter is not built for these patterns).
 */
export function nextSentenceExcuses(compiled: CompiledPhraseRule, next: SentenceDoc): boolean {
  return compiled.unlessNext.some((p) => patternMatches(next, p, undefined).length > 0);
}

/**
 * Does the rule's `softer` form fit here: one of its `customerAsked` patterns matches a sentence of the customer's
 * message (when it has any) and one of its `sentenceHas` patterns the flagged sentence (when it has any)? The caller
 * checks the rest (a calm customer, no other warning in the reply). Each pattern with its own word test.
 */
export function softerFits(compiled: CompiledPhraseRule, sentence: SentenceDoc, customerSentences: readonly SentenceDoc[]): boolean {
  if (!compiled.rule.softer) return false;
  if (compiled.softerAsked.length && !customerSentences.some((doc) => compiled.softerAsked.some((p) => patternMatches(doc, p, undefined).length > 0))) return false;
  return !compiled.softerSentence.length || compiled.softerSentence.some((p) => patternMatches(sentence, p, undefined).length > 0);
}
