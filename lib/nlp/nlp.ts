import nlp from 'compromise';
import { narrowSweepPlugin } from './narrow-sweep';
import { rapportPlugin } from './plugin';

// compromise's lexicon is global: extend it here, once, and import `nlp` from this module only.
nlp.plugin(rapportPlugin);
nlp.plugin(narrowSweepPlugin as never);

export { nlp };
export type NlpDoc = ReturnType<typeof nlp>;

/** compromise's world: which compute steps `nlp(text)` runs. */
const world = nlp.world() as { hooks: string[] };

/**
 * A sentence tagged as `nlp(text)` tags it, less the chunker (`<Noun>` chunks), which no rule of the
 * default pack reads and which cost a twentieth of the analysis: a pattern with a `<Chunk>` term
 * computes them on demand (`withChunks`). Same tags: the chunker runs last and writes only chunks.
 */
export function tagSentence(text: string): NlpDoc {
  const all = world.hooks;
  world.hooks = all.filter((hook) => hook !== 'chunks');
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

/** The chunks `nlp(text)` would have computed, added to a document from `tagSentence`. */
export function withChunks(doc: NlpDoc): NlpDoc {
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
