/**
 * The features the warmth model weighs, from a reply's sentences (with their politeness and
 * service markers) and the service signals (engagement, deflection). All features are general
 * ways of speaking, never topic words:
 * - `m:<marker>`: how often a strategy appears (capped at 2) — gratitude, hedges, "could you…", direct questions…
 * - `first:<marker>` / `last:<marker>`: where it appears — in the opening sentence, or in the closing
 *   sentence where requests usually sit ("Could you…?" at the end reads differently from "Please…" up front).
 * - `x:<a>&<b>`: interactions of strategies ("thanks" with a request, a hedge on a question).
 * - `n:*`: counts — sentences, questions, words (log-scaled).
 * - `w:<word>`, `w:<word> <word>` / `start:<word>`: common words of speech and pairs of them (a closed
 *   list, not topic words: "could you", "do you", "why did") and the first word of each sentence,
 *   weighted by the model with strong regularisation.
 * Word features only come from WORD_VOCABULARY, so an unseen topic word has no effect.
 */
import { sentenceMarkers, sumMarkers, type SentenceMarkers } from '../markers';
import { countWords, segment } from '../segment';

export type FeatureVector = Map<string, number>;

export interface ScoredSentence {
  text: string;
  markers: SentenceMarkers;
}

/** Markers the model sees (not `words`, which is a length). */
export const MARKER_FEATURES: readonly (keyof SentenceMarkers)[] = [
  'greeting', 'deference', 'indirect', 'firstPersonStart', 'directStart', 'pleaseStart', 'gratitude', 'acknowledgement',
  'politeRequest', 'ownership', 'offer', 'hedge', 'positive', 'negative', 'directQuestion', 'whyQuestion',
  'secondPersonStart', 'factuality', 'accusation', 'deferentialQuestion', 'askingQuestion', 'question', 'enthusiasm',
  'rhetorical', 'butAfterPoliteness', 'concreteTime',
];

const POSITIONAL: readonly (keyof SentenceMarkers)[] = [
  'greeting', 'gratitude', 'politeRequest', 'pleaseStart', 'directQuestion', 'whyQuestion', 'hedge', 'secondPersonStart',
  'directStart', 'firstPersonStart', 'acknowledgement', 'question', 'deferentialQuestion', 'indirect', 'factuality',
];

const INTERACTIONS: readonly [keyof SentenceMarkers, keyof SentenceMarkers][] = [
  ['gratitude', 'politeRequest'],
  ['gratitude', 'question'],
  ['hedge', 'question'],
  ['politeRequest', 'question'],
  ['acknowledgement', 'question'],
  ['pleaseStart', 'question'],
  ['whyQuestion', 'secondPersonStart'],
  ['negative', 'question'],
  ['positive', 'gratitude'],
  ['directQuestion', 'factuality'],
  ['greeting', 'gratitude'],
  ['firstPersonStart', 'hedge'],
];

/**
 * Words of speech the model may weigh: pronouns, modal and auxiliary verbs, question words,
 * discourse and stance words, politeness formulas. Closed on purpose: topic words of the
 * training corpus ("article", "edit", "page") would not transfer to other communities.
 */
const WORD_VOCABULARY: ReadonlySet<string> = new Set(
  (
    'i me my mine we us our you your yours he she they them it this that these those ' +
    'a an the and but or so because if then though although however anyway also just only even still yet already ' +
    'can could would will should might may must shall do does did done have has had am is are was were be been ' +
    "can't couldn't won't wouldn't don't doesn't didn't isn't aren't wasn't haven't hasn't shouldn't i'm i've i'd i'll you're you've you'd you'll it's that's there's let's " +
    'what why how when where which who whom whose ' +
    'please thanks thank appreciate appreciated grateful sorry apologies apologize afraid hope hopefully glad happy great good nice fine ok okay sure ' +
    'really actually clearly obviously seriously honestly basically simply certainly definitely indeed perhaps maybe probably possibly ' +
    'think believe guess wonder wondering suppose feel know mean understand see seems seem look looks ' +
    'help need want like love mind wait try explain tell ask answer agree disagree ' +
    'again instead rather quite pretty very much too enough never always ever no not nothing anything something ' +
    'hi hello hey dear welcome cheers regards ' +
    'problem issue question idea point reason way thing things time ' +
    'wrong right bad correct true false fair kind lovely interesting helpful stupid ridiculous ' +
    'any some all every each other another more most less first last next ' +
    'here there now today soon later'
  ).split(' '),
);

const WORD = /[a-z]+(?:'[a-z]+)?/g;

function sentenceWordSet(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
}

const add = (f: FeatureVector, key: string, value: number) => {
  if (value !== 0) f.set(key, (f.get(key) ?? 0) + value);
};

/** Extra service signals weighed beside the politeness features (see engagement.ts). */
export interface ServiceSignals {
  engagement: number;
  deflection: number;
}

export function warmthFeatures(sentences: readonly ScoredSentence[], totals: SentenceMarkers): FeatureVector {
  const f: FeatureVector = new Map();
  if (sentences.length === 0) return f;
  for (const key of MARKER_FEATURES) add(f, `m:${key}`, Math.min(totals[key], 2));
  const first = sentences[0]!.markers;
  const last = sentences[sentences.length - 1]!.markers;
  for (const key of POSITIONAL) {
    if (first[key]) add(f, `first:${key}`, 1);
    if (sentences.length > 1 && last[key]) add(f, `last:${key}`, 1);
  }
  for (const [a, b] of INTERACTIONS) if (totals[a] > 0 && totals[b] > 0) add(f, `x:${a}&${b}`, 1);
  add(f, 'n:sentences', Math.log1p(sentences.length));
  add(f, 'n:words', Math.log1p(totals.words) / 3);
  add(f, 'n:questions', Math.min(totals.question, 3));

  const seen = new Set<string>();
  for (const s of sentences) for (const key of wordKeys(s)) seen.add(key);
  for (const key of seen) add(f, key, 1);
  return f;
}

// Word features per sentence, remembered per sentence (its markers object is cached by the analyzer),
// so re-scoring after a one-word edit only reads the sentence that changed.
const wordKeyCache = new WeakMap<SentenceMarkers, { text: string; keys: string[] }>();

function wordKeys(s: ScoredSentence): string[] {
  const cached = wordKeyCache.get(s.markers);
  if (cached && cached.text === s.text) return cached.keys;
  const keys = new Set<string>();
  const words = sentenceWordSet(s.text);
  const start = words[0];
  if (start && WORD_VOCABULARY.has(start)) keys.add(`start:${start}`);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!WORD_VOCABULARY.has(w)) continue;
    keys.add(`w:${w}`);
    const next = words[i + 1];
    if (next && WORD_VOCABULARY.has(next)) keys.add(`w:${w} ${next}`);
  }
  const list = [...keys];
  wordKeyCache.set(s.markers, { text: s.text, keys: list });
  return list;
}

/** The same sentences and markers the analyzer scores, for a text on its own (training, tests). */
export function sentencesOf(text: string): { sentences: ScoredSentence[]; totals: SentenceMarkers } {
  const sentences = segment(text).sentences.map((s) => ({ text: s.text, markers: sentenceMarkers(s.text, countWords(s.text)) }));
  return { sentences, totals: sumMarkers(sentences.map((s) => s.markers)) };
}
