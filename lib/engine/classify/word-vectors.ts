/**
 * Pre-trained word vectors for the learned cold-sentence check (word-vectors.json, written by
 * scripts/build-word-vectors.ts from GloVe-derived vectors: see that script for the source, licences and how to
 * rebuild): a plain lower-case vocabulary, each word a few int8 components. Read on first use, pure (no browser or
 * Node API), looked up through a Map (a sentence's words are never keys of a plain object).
 * Session 30 measured it and did not ship it (README, "The learned cold-sentence check"): only the trainer reads it
 * (`scripts/train-classifier.ts --vectors`), so the engine's bundle holds none of it; features.ts does not import it.
 */
import tableFile from './word-vectors.json';

export const WORD_VECTORS_FORMAT = 'rapport-word-vectors';

interface WordVectorsFile {
  format: string;
  version: number;
  dimensions: number;
  scales: number[];
  vocabulary: string;
  vectors: string;
}

export interface WordVectors {
  dimensions: number;
  /** The step of each dimension's int8 value. */
  scales: Float64Array;
  /** Every word's components, `dimensions` after `dimensions`. */
  values: Int8Array;
  /** A word's position in the table. */
  index: Map<string, number>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** Base64 to bytes, without atob or Buffer (the engine runs in a worker, a page and Node alike). */
export function decodeBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */) end--;
  const clean = text.slice(0, end);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? BASE64_VALUE[code]! : -1;
    if (value < 0) throw new Error(`word vectors: not base64 at ${i}`);
    held = (held << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (held >> bits) & 0xff;
    }
  }
  return out;
}

/** Reads a table file; a damaged one throws, naming what is wrong. */
export function readWordVectors(file: WordVectorsFile): WordVectors {
  if (file.format !== WORD_VECTORS_FORMAT || file.version !== 1) throw new Error('word vectors: not a rapport-word-vectors file, version 1');
  const words = file.vocabulary.split(' ');
  const bytes = decodeBase64(file.vectors);
  if (file.scales.length !== file.dimensions || bytes.length !== words.length * file.dimensions) throw new Error('word vectors: sizes disagree');
  return {
    dimensions: file.dimensions,
    scales: Float64Array.from(file.scales),
    values: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    index: new Map(words.map((w, i) => [w, i])),
  };
}

let shipped: WordVectors | null = null;
/** The committed table, decoded once on first use. */
export function shippedWordVectors(): WordVectors {
  shipped ??= readWordVectors(tableFile as WordVectorsFile);
  return shipped;
}

/**
 * The mean word vector of `words` (normalizedWords' output) as features `<prefix><dimension>`, or none when the table
 * knows none of them. A hyphenated or apostrophed token the table lacks counts its parts. Linear in the words.
 */
export function meanWordVector(words: readonly string[], prefix = 'e:', table: WordVectors = shippedWordVectors()): [string, number][] {
  const { dimensions, values, index, scales } = table;
  const sum = new Float64Array(dimensions);
  let known = 0;
  const add = (word: string) => {
    const at = index.get(word);
    if (at === undefined) return false;
    for (let k = 0; k < dimensions; k++) sum[k]! += values[at * dimensions + k]!;
    known++;
    return true;
  };
  for (const word of words) if (!add(word) && /['-]/.test(word)) for (const part of word.split(/['-]/)) add(part);
  if (!known) return [];
  return Array.from(sum, (s, k) => [`${prefix}${k}`, Number(((s * scales[k]!) / known).toFixed(4))] as [string, number]);
}
