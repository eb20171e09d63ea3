import nlp from 'compromise';
import { leanPostTaggerPlugin } from './lean-post-tagger';
import { narrowSweepPlugin } from './narrow-sweep';
import { forgetParses, parseMemoPlugin } from './parse-memo';
import { rapportPlugin } from './plugin';

// compromise's lexicon is global: extend it here, once, and import `nlp` from this module only.
nlp.plugin(rapportPlugin);
nlp.plugin(narrowSweepPlugin as never);
nlp.plugin(leanPostTaggerPlugin as never);
nlp.plugin(parseMemoPlugin as never);

export { nlp };
export type NlpDoc = ReturnType<typeof nlp>;

/** compromise's world: which compute steps `nlp(text)` runs. */
const world = nlp.world() as { hooks: string[] };

/** How many tagged sentences tagSentence keeps: a draft's sentences and their rewordings, several times over. */
const TAGGED_KEPT = 512;
/** Sentence text → its tagged document (no chunks). A Map: the text is the agent's. Oldest dropped first. */
const taggedMemo = new Map<string, NlpDoc>();
/** Each kept document's text, so withChunks can take it out. */
const textOfTagged = new WeakMap<NlpDoc, string>();

/**
 * A sentence tagged as `nlp(text)` tags it, less the chunker (`<Noun>` chunks), which no rule of the
 * default pack reads and which cost a twentieth of the analysis: a pattern with a `<Chunk>` term
 * computes them on demand (`withChunks`). Same tags: the chunker runs last and writes only chunks.
 * The same text is tagged once: the phrase rules, the whole-reply checks and the rewording checks
 * (which tag each reworded sentence, later read again as the reply's warmth) all ask for it, and
 * none of them changes the document (withChunks, which does, takes it out of the memo).
 */
export function tagSentence(text: string): NlpDoc {
  const known = taggedMemo.get(text);
  if (known) return known;
  const all = world.hooks;
  world.hooks = all.filter((hook) => hook !== 'chunks');
  let doc: NlpDoc;
  try {
    doc = nlp(text);
  } finally {
    world.hooks = all;
  }
  if (taggedMemo.size >= TAGGED_KEPT) taggedMemo.delete(taggedMemo.keys().next().value!);
  taggedMemo.set(text, doc);
  textOfTagged.set(doc, text);
  return doc;
}

/** A compromise match pattern, parsed: what `doc.match(string)` parses anew on every call. */
export type ParsedPattern = Exclude<Parameters<NlpDoc['match']>[0], string>;
/** How many of the engine's own patterns are kept parsed (they are strings of its code: a few hundred at most). */
const PATTERNS_KEPT = 2048;
/** Pattern text → its parse. A Map; the patterns are the engine's, built from its own word lists. */
const parsedPatterns = new Map<string, ParsedPattern>();

/**
 * The engine's own match pattern parsed once: `doc.match(string)` runs compromise's pattern parser on every call,
 * and the mood reader's situations ask the same few dozen patterns of every sentence of every message (a twentieth
 * of the whole analysis). The parse is what `doc.match` makes of the string (`nlp.parseMatch` kills the same unicode
 * first), and matching only reads it (compromise's lookarounds, which change it, are not given one). For patterns of
 * the engine's code only, not for text of the agent's or the customer's.
 */
export function parsedPattern(pattern: string): ParsedPattern {
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    parsed = nlp.parseMatch(pattern) as ParsedPattern;
    if (parsedPatterns.size < PATTERNS_KEPT) parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}

/** Forget every tagged sentence and split text (with the analyzer's cache: a benchmark's cold run starts from nothing). */
export function forgetTaggedSentences(): void {
  taggedMemo.clear();
  forgetParses();
}

/** The chunks `nlp(text)` would have computed, added to a document from `tagSentence`. */
export function withChunks(doc: NlpDoc): NlpDoc {
  // A document with chunks is no longer what tagSentence returns for its text.
  const text = textOfTagged.get(doc);
  if (text !== undefined && taggedMemo.get(text) === doc) taggedMemo.delete(text);
  (doc as unknown as { compute(step: string): void }).compute('chunks');
  return doc;
}

/** A verb's forms as compromise conjugates it. */
export interface Conjugations {
  Infinitive?: string;
  PresentTense?: string;
  PastTense?: string;
  FutureTense?: string;
  Gerund?: string;
  Participle?: string;
}

const CONJUGATIONS_KEPT = 2000;
/** Word → its forms. A Map: the words come from the agent's text. Emptied when full (bounded). */
const conjugationMemo = new Map<string, Conjugations | null>();

/**
 * The forms of `word` read as a verb (`nlp(word).tag('Verb').verbs().conjugate()`), remembered per
 * word: a verb's forms do not depend on the draft, and conjugating costs a whole compromise parse.
 */
export function conjugationsOf(word: string): Conjugations | null {
  const known = conjugationMemo.get(word);
  if (known !== undefined) return known;
  const forms = ((nlp(word).tag('Verb') as NlpDoc).verbs().conjugate() as Conjugations[])[0] ?? null;
  if (conjugationMemo.size >= CONJUGATIONS_KEPT) conjugationMemo.clear();
  conjugationMemo.set(word, forms);
  return forms;
}
