/**
 * A sentence as the matchers and the whole-reply checks see it. Its own module so the checks' types
 * (checks/context.ts) need not import the phrase matcher, which imports the rule schema, which
 * imports the checks' option schemas: that was an import cycle.
 */
import { nlp, tagSentence, withChunks, type NlpDoc } from '../nlp/nlp';
import { mayTagAcronym, textRulesOutAcronym, textRulesOutTag } from '../nlp/tag-possible';
import { sentenceKeys, wordTokens } from './words';

/**
 * One sentence for the matchers, built lazily: a cheap tokenized form for word patterns, and the
 * full tagging only when a pattern with #Tags could match. "It's" and "I'd" are ambiguous without
 * the tagger (is/has, would/had), so such sentences use the tagged form throughout.
 */
export class SentenceDoc {
  private doc: NlpDoc | null = null;
  private chunked = false;
  private tokens: NlpDoc | null = null;
  /** Each word → the indices of the tokens that are (or contain) it, ascending. */
  private positions: Map<string, number[]> | null = null;
  /** Every tag of any word of the tagged sentence (compromise's tags include their parents). */
  private tags: Set<string> | null = null;
  private readonly ambiguous: boolean;
  /** Before tagging: could a word be tagged #Acronym (see mayCarryTag)? Null until asked. */
  private acronymPossible: boolean | null = null;
  /** The words of the split sentence (see wordsSeen); undefined until asked. */
  private seen: ReadonlySet<string> | null | undefined;
  /** The first word, lower-case, with a contraction's tail cut ("you're" → "you"); after a social reply's leading @handles. */
  readonly firstWord: string;
  /**
   * Where the sentence's own words start after a social reply's leading @handles ("@sam_k @bob_h Please DM us…"), or 0.
   * The handles address the post, they are no words of the sentence: an anchored pattern (^) matches after them.
   */
  readonly handlesEnd: number;
  /**
   * Where the sentence's main clause starts after a short introductory word or clause and its comma ("Unfortunately, ",
   * "To be honest, ", "Hi Sam, "), or 0: an anchored pattern (^) also matches there (see introductoryClauseEnd).
   */
  readonly introEnd: number;
  /**
   * Where the sentence's main clauses start after its first word: after the introductory clause (introEnd) and after
   * a clause joined by a semicolon, ", and" or ", so" (see laterClauseStarts). An anchored pattern (^) also matches there.
   */
  readonly clauseStarts: readonly number[];
  /** The first word of each of those clauses (as firstWord reads it). */
  readonly clauseFirstWords: readonly string[];
  /** Where a trailing courtesy starts (", thanks.", " for now."), or the text's length: a pattern anchored at the end ($) also matches before it. */
  readonly outroStart: number;
  constructor(
    readonly text: string,
    readonly keys: Set<string>,
  ) {
    this.ambiguous = /\b(it|that|there|here|what|who|where|when|how|he|she|i|you|we|they|this|everything|nothing)['’][sd]\b/i.test(text);
    this.handlesEnd = leadingHandlesEnd(text);
    this.firstWord = firstWordOf(text.slice(this.handlesEnd));
    // "@sam_k Hi Sam, please DM us…": the introductory clause is read after the handles too.
    const intro = introductoryClauseEnd(text.slice(this.handlesEnd));
    this.introEnd = intro > 0 ? this.handlesEnd + intro : this.handlesEnd;
    this.clauseStarts = [
      ...(this.handlesEnd > 0 && this.introEnd > this.handlesEnd ? [this.handlesEnd] : []),
      ...(this.introEnd > 0 ? [this.introEnd] : []),
      ...laterClauseStarts(text).filter((at) => at > this.introEnd),
    ];
    this.clauseFirstWords = this.clauseStarts.map((at) => firstWordOf(text.slice(at)));
    this.outroStart = trailingCourtesyStart(text);
  }

  /** The index of the first token at or after `from` that is (or, contracted, contains) the word, or -1. */
  positionOf(word: string, from: number): number {
    this.positions ??= wordPositions(this.text);
    const at = this.positions.get(word);
    if (!at) return -1;
    for (const i of at) if (i >= from) return i;
    return -1;
  }

  /** Does some word of the tagged sentence carry this tag? Tags the sentence if it was not yet. */
  hasTag(tag: string): boolean {
    if (!this.tags) {
      this.tags = new Set();
      for (const terms of (this.get() as unknown as { docs: { tags: Set<string> }[][] }).docs) for (const term of terms) for (const t of term.tags) this.tags.add(t);
    }
    return this.tags.has(tag);
  }

  /**
   * Could some word of the tagged sentence carry this tag? Exact once the sentence is tagged. Before, a tag
   * that can be ruled out from the words alone (#Acronym, #Url, #Email, #PhoneNumber: see tag-possible.ts) is tested without tagging;
   * any other tag may be there.
   */
  mayCarryTag(tag: string): boolean {
    if (this.doc) return this.hasTag(tag);
    if (tag !== 'Acronym') return !textRulesOutTag(this.text, tag);
    // Most sentences are ruled out by their text alone; the others are split (not tagged) to be sure.
    this.acronymPossible ??= textRulesOutAcronym(this.text) ?? mayTagAcronym(this.tokenized() as unknown as Parameters<typeof mayTagAcronym>[0]);
    return this.acronymPossible;
  }

  /** The tagged sentence (no chunks: see tagSentence). */
  get(): NlpDoc {
    this.doc ??= tagSentence(this.text);
    return this.doc;
  }
  /** The tagged sentence with compromise's chunks, for a pattern with a `<Chunk>` term. */
  getWithChunks(): NlpDoc {
    const doc = this.get();
    if (!this.chunked) withChunks(doc);
    this.chunked = true;
    return doc;
  }
  /** Has the sentence been tagged? */
  get hasTagged(): boolean {
    return this.doc !== null;
  }
  /** Can a pattern of plain words be matched without tagging the sentence (it is not ambiguous, or is tagged already)? */
  get wordsMatchUntagged(): boolean {
    return !this.ambiguous || this.doc !== null;
  }
  forPattern(needsTags: boolean, needsChunks = false): NlpDoc {
    if (needsChunks) return this.getWithChunks();
    if (needsTags || this.ambiguous || this.doc) return this.get();
    return this.tokenized();
  }
  /**
   * Every word compromise's matcher may compare a pattern's word with (each term's text, normal and machine forms and
   * aliases) in the sentence as split (contractions expanded), or null when the split leaves a contraction the tagger
   * may still expand into other words ("the ticket's" → "ticket has"). The tagger adds no other word.
   */
  wordsSeen(): ReadonlySet<string> | null {
    if (this.seen === undefined) {
      const seen = new Set<string>();
      const terms = (this.tokenized() as unknown as { docs: SplitTerm[][] }).docs.flat();
      const pending = terms.some((t) => /['’]/.test(t.normal) && !t.implicit);
      for (const t of pending ? [] : terms) {
        seen.add(t.text).add(t.normal);
        if (t.machine) seen.add(t.machine);
        if (t.implicit) seen.add(t.implicit);
        for (const alias of t.alias ?? []) seen.add(alias);
      }
      this.seen = pending ? null : seen;
    }
    return this.seen;
  }
  /** compromise's tokens of the sentence (split, contractions read), untagged. */
  private tokenized(): NlpDoc {
    this.tokens ??= (nlp as unknown as { tokenize(text: string): NlpDoc }).tokenize(this.text);
    return this.tokens;
  }
}

/** A term of compromise's split, as wordsSeen reads it. */
interface SplitTerm {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string | null;
  alias?: string[];
}

/**
 * A social reply's leading @handles, each with its comma or colon: "@sam_k ", "@dan_w, @SkyLark: ", and Instagram's and
 * Threads' with stops inside ("@lucy.reads ").
 */
// Session 36: a handle in any script ("@ÅseLindqvist", "@Søren"; `\w` is ASCII even under `u`), after an emoji the
// reply opens with ("✈️ @lena_h …") and with an emoji after it ("@kofi 😕 sorry…"): all of it addresses the post.
/** One @handle as the platforms allow it, letters of any script with digits, "_" and inner stops. */
const HANDLE = String.raw`@[\p{L}\p{N}_](?:[\p{L}\p{N}\p{M}_.]{0,38}[\p{L}\p{N}\p{M}_])?`;
/** An emoji with its joiners and variation selectors, as a character class body. */
const EMOJI_CHARS = String.raw`\p{Extended_Pictographic}\u200d\ufe0f`;
/** The leading handles with what may open or follow them (quotes, emoji), `space` being the gap between them. */
export const leadingHandlesSource = (space: string) =>
  String.raw`[\s"“‘${EMOJI_CHARS}]*(?:${HANDLE}[,:]?${space}+){1,5}(?:[${EMOJI_CHARS}]+${space}+)?`;
const LEADING_HANDLES = new RegExp(String.raw`^${leadingHandlesSource(String.raw`[ \t]`)}(?=[^\s@])`, 'u');

/** Where the words after a social reply's leading @handles start, or 0 (see SentenceDoc.handlesEnd). */
export const leadingHandlesEnd = (text: string): number => LEADING_HANDLES.exec(text)?.[0].length ?? 0;

const firstWordOf = (text: string) => (/[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '').toLowerCase();

/**
 * Up to six words, then a comma or semicolon, then the main clause. (A dash sets off an aside, often a clause of its own.)
 * Not longer: seven words and a comma are mostly a clause of their own ("30 on a wool cycle is fine, just lay it flat").
 */
const INTRODUCTORY = /^[\s"“‘]*((?:[\p{L}\p{N}'’]+[ \t]+){0,5}[\p{L}\p{N}'’]+)[ \t]*[,;][ \t]*(?=[\p{L}\p{N}])/u;
/**
 * Words that open a clause whose meaning the main clause depends on (a condition, a time, a reason, a contrast) or
 * one that has its own subject: after these the main clause is no plain sentence of its own.
 */
const NOT_INTRODUCTORY = /^(?:if|when|whenever|once|unless|because|since|although|though|while|whilst|whereas|after|before|until|till|provided|given|so|and|but|or|nor|i|we|you|they|he|she|it|this|that|there|what|which|who|how|why|where)$/;

/**
 * The end of a short introductory word or clause set off by a comma ("Unfortunately, ", "As discussed, ", "Hi Sam, ",
 * "Thanks for waiting; "), or 0. Not a condition, a time or a reason ("If you cancel, …"), nor a clause with its own subject.
 */
export function introductoryClauseEnd(text: string): number {
  const m = INTRODUCTORY.exec(text);
  if (!m) return 0;
  return NOT_INTRODUCTORY.test(firstWordOf(m[1]!)) ? 0 : m[0].length;
}

/**
 * A semicolon, or a comma then "and" or "so", before the next word: a clause joined to the one before it. Also "so"
 * without its comma before a subject or an order ("We post it on Instagram so please check there"): "so that" (a
 * purpose) and "so much" (a degree) are no join, so only these next words count.
 */
const CLAUSE_JOIN =
  /(?:;|,[ \t]+(?:and|so)|(?<=[\p{L}\p{N}])[ \t]+so(?=[ \t]+(?:please|pls|kindly|just|you|it|its|it's|it’s|this|those|these|there|they|the|your|our|we|i)\b))[ \t]+(?=[\p{L}\p{N}])/giu;
/**
 * A sentence opened by a bare "So", "And", "Also" or "Plus" (with or without its comma): its clause starts after it.
 * Not "So sorry", "So glad", "So much": there "so" says how much.
 */
const LEADING_CONJUNCTION =
  /^[\s"“‘]*(?:so|and|also|plus)(?:,[ \t]*|[ \t]+)(?!(?:sorry|glad|happy|pleased|sad|much|many|far|good|great|nice|lovely|kind)\b)(?=[\p{L}\p{N}])/iu;
/** At most this many joined clauses are read per sentence (a run-on list of clauses adds nothing past it). */
const MAX_JOINED_CLAUSES = 4;

/**
 * Where a clause joined to the one before it starts ("Results are released once reviewed, and there is no way to speed
 * this up.", "Some dogs do not eat in kennels; this is common."): a sentence of its own, said in the same breath. Only
 * after a clause of three words or more, so a list ("Tea, and cake") is no clause. "But" is left out on purpose: what
 * follows it is mostly the answer to the clause before.
 */
export function laterClauseStarts(text: string): number[] {
  const leading = LEADING_CONJUNCTION.exec(text)?.[0].length ?? 0;
  const starts: number[] = leading > 0 ? [leading] : [];
  let from = leading;
  for (const m of text.matchAll(CLAUSE_JOIN)) {
    if (starts.length >= MAX_JOINED_CLAUSES) break;
    if (m.index < from) continue;
    const words = text.slice(from, m.index).match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
    if (words >= 3) starts.push(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  return starts;
}

/** Courtesies said after the sentence's own words, set off by a comma (", thanks."), and " for now." said without one. */
const COURTESIES = ['thanks', 'thank you', 'cheers', 'please'];

/** Where a trailing courtesy starts (", thanks.", ", thank you!", " for now."), or the text's length. */
export function trailingCourtesyStart(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.!…]/.test(text[end - 1]!)) end--;
  const body = text.slice(0, end).toLowerCase();
  const spaceBefore = (i: number) => {
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
    return i;
  };
  for (const courtesy of COURTESIES) {
    if (!body.endsWith(courtesy)) continue;
    const mark = spaceBefore(end - courtesy.length);
    if (mark > 0 && /[,;—–-]/.test(text[mark - 1]!)) return spaceBefore(mark - 1);
  }
  return end > ' for now'.length && body.endsWith(' for now') ? end - ' for now'.length : text.length;
}

/**
 * The sentence's tokens in order, each as the set of words it stands for (a contraction: itself and
 * its parts), indexed by word: a pattern's words are looked up, not searched for token by token.
 */
function wordPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  const tokens = wordTokens(text);
  tokens.forEach((raw, i) => {
    for (const word of sentenceKeys(raw)) {
      const at = positions.get(word);
      if (at) at.push(i);
      else positions.set(word, [i]);
    }
  });
  return positions;
}
