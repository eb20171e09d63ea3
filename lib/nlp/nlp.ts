import nlp from 'compromise';
import { narrowSweepPlugin } from './narrow-sweep';
import { rapportPlugin } from './plugin';

// compromise's lexicon is global: extend it here, once, and import `nlp` from this module only.
nlp.plugin(rapportPlugin);
nlp.plugin(narrowSweepPlugin as never);

export { nlp };
export type NlpDoc = ReturnType<typeof nlp>;
