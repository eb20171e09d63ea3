/**
 * Can a sentence's tagging give some word the #Acronym tag? Answered from compromise's tokens, without
 * tagging: a superset test, so "no" is certain and "yes" only means "tag it and see". A pattern that needs
 * an #Acronym ("#Acronym .{1,8} #Acronym") has no required word, so every sentence passed the word
 * prefilter and was tagged for it alone: three sentences in four of a real reply.
 *
 * compromise 14 gives #Acronym in these places only (read from its source; tag-possible.test.ts checks the
 * answer against the tagger on every dev sentence):
 * - the third tagger pass (`3rd-pass/01-acronym.js`): an upper-case word of two letters or more ("NDA",
 *   "UFOs", "US"), a lone capital ("F", "B's"), or a word that is an #Organization by then, which only the
 *   lexicon gives (one word, or every word of a several-word name);
 * - the letter regexes (`regex-text.js`): "F.B.I", letters each followed by a period;
 * - one post-tagger rule (`john-e`): a word whose normal form is one character but a, i, u, r, c or k, after a first name;
 * - the lexicon itself, which holds no #Acronym word (organization-entries.ts would hold it).
 */
import { nlp } from './nlp';
import { own, type Dictionary } from '../engine/untrusted';
import { ORGANIZATION_ENTRIES } from './organization-entries';

interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string | null;
}

/** Two capitals in a row; a letter, a period, a letter; a lone capital (compromise's own `oneLetterAcronym`, but "I" and "A"). */
const UPPER_RUN = /[A-Z]{2}/;
const LONE_CAPITAL = /^[A-Z](?:'s|,)?$/;
const DOTTED_LETTERS = /[A-Za-z]\.[A-Za-z]/;
/** The one-character words the john-e rule leaves alone (its `/^[^aiurck]$/`): "a", "I", "u", "r"… */
const JOHN_E_SKIPS = new Set(['a', 'i', 'u', 'r', 'c', 'k']);

interface Lexicon {
  /** One-word lexicon entries that are an organization or an acronym. */
  single: Set<string>;
  /** Several-word entries that are: first word → each entry's words. */
  multi: Map<string, string[][]>;
}

let lexicon: Lexicon | null = null;

/** The lexicon's organizations and acronyms (organization-entries.ts), indexed once. */
function lexiconEntries(): Lexicon {
  if (lexicon) return lexicon;
  const single = new Set<string>();
  const multi = new Map<string, string[][]>();
  for (const entry of ORGANIZATION_ENTRIES) {
    const words = entry.split(' ').filter(Boolean);
    if (words.length <= 1) single.add(entry);
    else {
      const list = multi.get(words[0]!);
      if (list) list.push(words);
      else multi.set(words[0]!, [words]);
    }
  }
  lexicon = { single, multi };
  return lexicon;
}

/**
 * The entries of compromise's lexicon and frozen lexicon tagged #Organization or #Acronym or a tag under them, read
 * from the compromise installed: what ORGANIZATION_ENTRIES must hold (tag-possible.test.ts compares them).
 */
export function organizationEntriesOfLexicon(): string[] {
  const model = nlp.model() as { one: { tagSet: Dictionary<{ parents?: string[] } | undefined>; lexicon: Dictionary<unknown>; frozenLex?: Dictionary<unknown> } };
  const { tagSet } = model.one;
  const counts = (tag: unknown) => typeof tag === 'string' && ['Acronym', 'Organization'].some((wanted) => tag === wanted || (own(tagSet, tag)?.parents ?? []).includes(wanted));
  const entries = new Set<string>();
  for (const table of [model.one.lexicon, model.one.frozenLex ?? {}]) {
    for (const [entry, tags] of Object.entries(table)) if (Array.isArray(tags) ? tags.some(counts) : counts(tags)) entries.add(entry);
  }
  return [...entries].sort();
}

/** A term's forms the lexicon and the regexes read: its text, normal, machine and contraction forms. */
function formsOf(term: Term): string[] {
  const forms = [term.normal];
  if (term.machine) forms.push(term.machine);
  if (term.implicit) forms.push(term.implicit);
  // "x's" may be split after the first pass ("x" + "is"): its head is a word of its own then.
  const head = term.normal.split(/['’]/)[0];
  if (head !== undefined && head !== term.normal) forms.push(head);
  return forms;
}

/**
 * The same question on the sentence's text, before compromise splits it (splitting costs a third of tagging): false
 * when no word can pass the tests of mayTagAcronym, null when the split terms must be read. A text of plain ASCII
 * has terms that are pieces of it, lower-cased for their normal form; anything else (accents, symbols, digits, a
 * lone letter, two capitals, a word of an organization's name) is left to mayTagAcronym.
 */
export function textRulesOutAcronym(text: string): false | null {
  if (MAY_SPELL_ACRONYM.test(text) || LONE_LETTER.test(text) || NO_LETTER_CHUNK.test(text)) return null;
  const { single, multi } = lexiconEntries();
  const present = new Set<string>();
  for (const [word] of text.toLowerCase().replace(/’/g, "'").matchAll(WORD_RUN)) {
    for (const form of [word, word.replace(/['-]/g, ''), ...word.split(/['-]/)]) {
      if (single.has(form)) return null;
      present.add(form);
    }
  }
  for (const form of present) {
    for (const words of multi.get(form) ?? []) if (words.every((w) => present.has(w))) return null;
  }
  return false;
}

/**
 * Anything outside plain ASCII (but curly apostrophes and quotes, dashes, bullets, ellipses and the no-break space),
 * a digit, two capitals, a letter before a period and a letter, a symbol that can be a word of its own.
 */
const MAY_SPELL_ACRONYM = /[^\x20-\x7E’‘“”–—•…\u00A0]|\d|[A-Z]{2}|[A-Za-z]\.[A-Za-z]|[&+@#%$*=~^|<>_\\]/;
/**
 * One letter standing alone (not the end of a contraction like "don't"): a capital but "I" and "A" (or "I's"), or any
 * letter but a, i, u, r, c and k (the john-e rule's own exceptions).
 */
const LONE_LETTER = /(?<![A-Za-z]['’]?)(?:[B-HJ-Z]|[AI]['’]s|[b-hj-qstv-z])(?![A-Za-z])/;
/** A chunk between spaces with no letter or digit: it may be a word of its own. */
const NO_LETTER_CHUNK = /(?:^|\s)[^\sA-Za-z0-9]+(?=\s|$)/;
/** A word, its hyphens and apostrophes kept. */
const WORD_RUN = /[a-z]+(?:['-][a-z]+)*/g;

/** Could compromise tag some word of `text` #Acronym? False only when it certainly does not. */
export function mayTagAcronym(tokens: { docs: readonly (readonly Term[])[] }): boolean {
  const { single, multi } = lexiconEntries();
  const present = new Set<string>();
  for (const terms of tokens.docs) {
    for (const term of terms) {
      const text = term.text ?? '';
      if (UPPER_RUN.test(text) || DOTTED_LETTERS.test(text) || (LONE_CAPITAL.test(text) && text !== 'I' && text !== 'A')) return true;
      for (const form of formsOf(term)) {
        if ((form.length === 1 && !JOHN_E_SKIPS.has(form)) || single.has(form)) return true;
        present.add(form);
      }
    }
  }
  for (const form of present) {
    for (const words of multi.get(form) ?? []) if (words.every((w) => present.has(w))) return true;
  }
  return false;
}

/** A character outside plain ASCII that compromise's normal form could fold into something else (a period, a digit). */
const FOLDABLE = '[^\\x20-\\x7E’‘“”–—•\\u00A0]';
/**
 * Tags compromise gives only by its letter regexes (`regex-normal.js`, `regex-numbers.js`; no lexicon word and no
 * post-tagger rule gives them, tag-possible.test.ts checks both): a text without their shape cannot get them.
 * #Url and #Email need a period inside a word ("example.com", "a@b.co"), #Email an "@", #PhoneNumber digits.
 */
const SHAPE_OF_TAG = new Map<string, RegExp>([
  ['Url', new RegExp(`\\.\\S|${FOLDABLE}`)],
  ['Email', new RegExp(`@|${FOLDABLE}`)],
  ['PhoneNumber', new RegExp(`\\d|${FOLDABLE}`)],
]);

/** Tags whose absence mayCarryTag can read from the text alone (#Acronym and the ones above). */
export function textRulesOutTag(text: string, tag: string): boolean {
  if (tag === 'Acronym') return textRulesOutAcronym(text) === false;
  const shape = SHAPE_OF_TAG.get(tag);
  return shape !== undefined && !shape.test(text);
}
