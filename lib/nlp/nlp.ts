import nlp from 'compromise';
import { rapportPlugin } from './plugin';

// compromise's lexicon is global: extend it here, once, and import `nlp` from this module only.
nlp.plugin(rapportPlugin);

export { nlp };
export type NlpDoc = ReturnType<typeof nlp>;
