/**
 * compromise's first step, the text split into sentences and terms (`tokenize.fromString`), remembered
 * per text. The same text is split again and again while one draft is analysed: a sentence is split for
 * the word patterns (`nlp.tokenize`) and again when a pattern needs its tags, and every contraction the
 * tagger expands ("I'll" → "i will", "don't" → "do not") is split anew from its words. The split terms
 * are plain ({text, pre, post, tags, normal}, the tags still empty), so each caller gets fresh copies
 * with the same fields in the same order. The expansions themselves are then tagged on their own
 * (`View.fromText`: lexicon and first tagger pass on "i will"), the same words each time, so that
 * result is remembered too and copied field by field (narrow-sweep.test.ts compares every tag).
 */

interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
}
type FromString = (input: unknown, world: unknown) => ParsedTerm[][];

/** How many split texts are kept: a few drafts' sentences and the contractions' expansions. */
const PARSES_KEPT = 512;
/** Longer texts (a whole draft given to nlp() at once) are split each time: the memory is for sentences. */
const LONGEST_KEPT = 2000;
/** Text → its split terms, as first returned (never handed out: copies are). A Map: the text is the agent's. */
const parses = new Map<string, ParsedTerm[][]>();

const copyOf = (document: readonly ParsedTerm[][]): ParsedTerm[][] =>
  document.map((terms) => terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: new Set<string>(), normal: t.normal })));

/** Are these terms what the split gives (plain fields, no tag yet)? Otherwise the text is not remembered. */
const isPlain = (document: readonly ParsedTerm[][]) =>
  document.every((terms) => terms.every((t) => Object.keys(t).join() === 'text,pre,post,tags,normal' && t.tags.size === 0));

/** Text → the terms `View.fromText` made of it (tags and all), as first made; copies are handed out. */
const texts = new Map<string, Record<string, unknown>[][]>();
const TEXTS_KEPT = 256;

/** A term's copy: its own fields in their order, each Set and array copied (compromise's `clone` copies the tags alone). */
function copyTerm(term: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(term)) {
    const value = term[key];
    copy[key] = value instanceof Set ? new Set(value) : Array.isArray(value) ? value.slice() : value;
  }
  return copy;
}
const copyDocument = (document: readonly Record<string, unknown>[][]) => document.map((terms) => terms.map(copyTerm));

/** Forget every split and tagged text (with the tagged sentences: a benchmark's cold run starts from nothing). */
export function forgetParses(): void {
  parses.clear();
  texts.clear();
}

interface TextView {
  world: unknown;
  document: Record<string, unknown>[][];
}
type ViewClass = { prototype: { fromText(this: TextView, input: unknown): TextView } } & (new (document: unknown) => TextView);

export const parseMemoPlugin = {
  api(View: ViewClass) {
    const fromText = View.prototype.fromText;
    View.prototype.fromText = function (this: TextView, input: unknown) {
      if (typeof input !== 'string' || input.length > LONGEST_KEPT) return fromText.call(this, input);
      const known = texts.get(input);
      if (known) {
        // What fromText returns: a View of the document, in this world.
        const doc = new View(copyDocument(known));
        doc.world = this.world;
        return doc;
      }
      const doc = fromText.call(this, input);
      if (texts.size >= TEXTS_KEPT) texts.delete(texts.keys().next().value!);
      texts.set(input, copyDocument(doc.document));
      return doc;
    };
  },
  mutate(world: { methods: { one: { tokenize: { fromString: FromString } } } }) {
    const { tokenize } = world.methods.one;
    const fromString = tokenize.fromString;
    tokenize.fromString = (input, w) => {
      if (typeof input !== 'string' || input.length > LONGEST_KEPT) return fromString(input, w);
      const known = parses.get(input);
      if (known) return copyOf(known);
      const document = fromString(input, w);
      if (!isPlain(document)) return document;
      if (parses.size >= PARSES_KEPT) parses.delete(parses.keys().next().value!);
      // Kept as a copy: the caller goes on to change the terms it was given.
      parses.set(input, copyOf(document));
      return document;
    };
  },
};
