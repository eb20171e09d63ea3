/** Is this reply English? Rapport only coaches English and says so instead of flooding other languages with flags. */
import { nlp } from '../nlp/nlp';
import type { LanguageCheck } from './types';

const ENGLISH_FUNCTION_WORDS = new Set(
  [
    'the a an and to of in is are was were you your i we it for on that this with be have has will can please thanks thank hi hello my our not do if at as me so but or from by all just would could me us they them there here what when how',
    // Words common in short replies that other Latin-script languages do not share ("no" and "a" are Spanish too).
    'after before about into over up out off been had did does done get got its may must should shall than then now only also some any more very which who why where until while sorry dear regards yours',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Function words of the other Latin-script languages agents write in (Spanish, French, German, Dutch, Italian,
 * Portuguese), none of them an English word: a draft with more of these than English ones is not English.
 */
const OTHER_FUNCTION_WORDS = new Set(
  'de la el los las que y en un una por para con se lo su es está del al le les des et est pas vous nous une du au ce qui pour dans sur avec der das und ist nicht sie wir ich dem ein eine zu mit von auf für het een van ik je niet wij il che di non per sono della os um uma não com mais muito'.split(' '),
);
/**
 * Read in a customer's message only (`readsAsOtherLanguage`), not in the reply's check: the possessives and particles a
 * complaint opens with ("MEIN PAKET…", "JE NE PEUX…", "MI PEDIDO…", "JÁ PAGUEI…").
 */
const MESSAGE_FUNCTION_WORDS = new Set([...OTHER_FUNCTION_WORDS, ...'mein meine noch ne mon ma mes très mi mis mio mia ancora meu minha já em mijn nog'.split(' ')]);
/** An English contraction's tail ("aren't", "we're", "you'll", "I've", "I'm", "she'd"): no other language writes these. */
const ENGLISH_CONTRACTION = /^\p{L}+(?:n't|'re|'ll|'ve|'m|'d)$/u;

/** How much of the draft to sample: a reply's language shows in its first lines. */
const SAMPLE = 3000;

let last: { sample: string; result: LanguageCheck } | null = null;

/** The same sample gives the same answer: while the agent types further down, it is not read again. */
export function checkLanguage(text: string): LanguageCheck {
  const sample = text.slice(0, SAMPLE);
  if (last?.sample === sample) return { ...last.result };
  const result = detect(sample);
  last = { sample, result };
  return { ...result };
}

/** A contraction is one word ("aren't"), not "aren" and "t", which no list knows. */
const wordsOf = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];

/**
 * Is this text (a customer's message) written in another language than English? Mostly another script, or more of
 * another language's function words than English ones: two at least, or one in a text under six words ("WO IST MEINE
 * BESTELLUNG"). Words in capitals count as their lower-case selves.
 */
export function readsAsOtherLanguage(text: string): boolean {
  const words = wordsOf(text.slice(0, SAMPLE));
  if (words.length === 0) return false;
  const letters = words.join('').replace(/'/g, '');
  if ((letters.match(/[a-z]/g)?.length ?? 0) / letters.length < 0.5) return true;
  // Another language's words must be there: a terse English tweet has few function words ("servers down AGAIN during
  // ranked, lost 40 LP"), and that alone makes it no other language.
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w) || ENGLISH_CONTRACTION.test(w)).length;
  const other = words.filter((w) => MESSAGE_FUNCTION_WORDS.has(w)).length;
  return other > english && other >= (words.length < 6 ? 1 : 2);
}

function detect(sample: string): LanguageCheck {
  const words = wordsOf(sample);
  if (words.length === 0) return { checked: false, reason: 'empty' };
  const letters = words.join('').replace(/'/g, '');
  const latin = letters.match(/[a-z]/g)?.length ?? 0;
  if (latin / letters.length < 0.5) return { checked: false, reason: 'not-english' };
  if (words.length >= 6) {
    const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w) || ENGLISH_CONTRACTION.test(w)).length;
    const other = words.filter((w) => OTHER_FUNCTION_WORDS.has(w)).length;
    // Few English function words: another language, unless it has none of another's and reads as English words (a terse
    // status line or tweet: "Status: Pending. Assigned officer: TBC.", "It's rush hour, delays happen.").
    if (english / words.length < 0.1 && (other > 0 || !mostlyEnglishWords(words))) return { checked: false, reason: 'not-english' };
    if (other >= 2 && other >= english) return { checked: false, reason: 'not-english' };
  }
  return { checked: true };
}

/** compromise's English lexicon (word → tag), read once. */
let lexicon: Readonly<Record<string, unknown>> | null = null;
/** A word's plain form for the lexicon: its contracted "'s", plural, past or -ing cut ("officers", "trunked", "awaiting"). */
const FORMS = [/'s$/, /s$/, /es$/, /d$/, /ed$/, /ing$/];

/**
 * Is a third of the words (session 38) in compromise's English lexicon, as written or by a plain form? The lexicon knows
 * verbs, adjectives and function words better than nouns, so an English line of nouns and participles reaches a third
 * ("pending", "assigned", "normal"), while a line of Indonesian, Swedish, Turkish or German stays far below it.
 */
function mostlyEnglishWords(words: readonly string[]): boolean {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
  const known = (w: string) => Object.hasOwn(lexicon!, w) || FORMS.some((form) => form.test(w) && Object.hasOwn(lexicon!, w.replace(form, '')));
  return words.filter(known).length * 3 >= words.length;
}
