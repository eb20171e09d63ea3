/**
 * compromise's first step, the text split into sentences and terms (`tokenize.fromString`), remembered
 * per text. The same text is split again and again while one draft is analysed: a sentence is split for
 * the word patterns (`nlp.tokenize`) and again when a pattern needs its tags, and every contraction the
 * tagger expands ("I'll" → "i will", "don't" → "do not") is split anew from its words. The split terms
 * are plain ({text, pre, post, tags, normal}, the tags still empty), so each caller gets fresh copies
 * with the same fields in the same order (nlp.test.ts compares every tag with and without).
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
/** Text → its split terms, as first returned (never handed out: copies are). A Map: the text is the agent's. */
const parses = new Map<string, ParsedTerm[][]>();

const copyOf = (document: readonly ParsedTerm[][]): ParsedTerm[][] =>
  document.map((terms) => terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: new Set<string>(), normal: t.normal })));

/** Are these terms what the split gives (plain fields, no tag yet)? Otherwise the text is not remembered. */
const isPlain = (document: readonly ParsedTerm[][]) =>
  document.every((terms) => terms.every((t) => Object.keys(t).join() === 'text,pre,post,tags,normal' && t.tags.size === 0));

/** Forget every split text (with the tagged sentences: a benchmark's cold run starts from nothing). */
export function forgetParses(): void {
  parses.clear();
}

export const parseMemoPlugin = {
  mutate(world: { methods: { one: { tokenize: { fromString: FromString } } } }) {
    const { tokenize } = world.methods.one;
    const fromString = tokenize.fromString;
    tokenize.fromString = (input, w) => {
      if (typeof input !== 'string') return fromString(input, w);
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
