/**
 * Writes lib/engine/everyday-words.json, the everyday words the trade-term reader (lib/engine/unfamiliar-words.ts) reads
 * against, from SCOWL's common sizes (lib/engine/everyday-words-source.ts):  npm run words:index
 */
import { writeFileSync } from 'node:fs';
import { everydayWordsFromScowl } from '../lib/engine/everyday-words-source';
import { inLexicon } from '../lib/engine/unfamiliar-words';

const words = everydayWordsFromScowl(inLexicon);
writeFileSync(new URL('../lib/engine/everyday-words.json', import.meta.url), `${JSON.stringify(words.join(' '))}\n`);
console.log(`${words.length} everyday words written`);
