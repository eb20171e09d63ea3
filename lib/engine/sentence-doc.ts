/**
 * A sentence as the matchers and the whole-reply checks see it. Its own module so the checks' types
 * (checks/context.ts) need not import the phrase matcher, which imports the rule schema, which
 * imports the checks' option schemas: that was an import cycle.
 */
import { nlp, type NlpDoc } from '../nlp/nlp';
import { sentenceKeys } from './words';

/**
 * One sentence for the matchers, built lazily: a cheap tokenized form for word patterns, and the
 * full tagging only when a pattern with #Tags could match. "It's" and "I'd" are ambiguous without
 * the tagger (is/has, would/had), so such sentences use the tagged form throughout.
 */
export class SentenceDoc {
  private doc: NlpDoc | null = null;
  private tokens: NlpDoc | null = null;
  private order: Set<string>[] | null = null;
  private readonly ambiguous: boolean;
  /** The first word, lower-case, with a contraction's tail cut ("you're" → "you"). */
  readonly firstWord: string;
  constructor(
    readonly text: string,
    readonly keys: Set<string>,
  ) {
    this.ambiguous = /\b(it|that|there|here|what|who|where|when|how|he|she|i|you|we|they|this|everything|nothing)['’][sd]\b/i.test(text);
    this.firstWord = (/[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '').toLowerCase();
  }

  /** The index of the first token at or after `from` that is (or, contracted, contains) the word, or -1. */
  positionOf(word: string, from: number): number {
    this.order ??= orderedWords(this.text);
    for (let i = from; i < this.order.length; i++) if (this.order[i]!.has(word)) return i;
    return -1;
  }

  get(): NlpDoc {
    this.doc ??= nlp(this.text);
    return this.doc;
  }
  forPattern(needsTags: boolean): NlpDoc {
    if (needsTags || this.ambiguous || this.doc) return this.get();
    this.tokens ??= (nlp as unknown as { tokenize(text: string): NlpDoc }).tokenize(this.text);
    return this.tokens;
  }
}

/** The sentence's tokens in order, each as the set of words it stands for (a contraction: itself and its parts). */
function orderedWords(text: string): Set<string>[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu) ?? []).map((raw) => sentenceKeys(raw));
}
