import { describe, expect, it } from 'vitest';
import { normalizedWords, sentenceFeatures } from './features';
import { decodeBase64, meanWordVector, readWordVectors, shippedWordVectors, WORD_VECTORS_FORMAT } from './word-vectors';
import tableFile from './word-vectors.json';
import { sentenceMarkers } from '../markers';
import { countWords } from '../segment';

const table = shippedWordVectors();
/** The table's own vector of a word, as the features read it. */
const vectorOf = (word: string) => {
  const at = table.index.get(word)!;
  return Array.from({ length: table.dimensions }, (_, k) => Number((table.values[at * table.dimensions + k]! * table.scales[k]!).toFixed(4)));
};
const values = (features: [string, number][]) => features.map(([, v]) => v);
const sentence = (text: string) => ({ text, markers: sentenceMarkers(text, countWords(text)), tagged: () => ({ has: () => false }) });

describe('the word-vector table', () => {
  it('is the shipped file, its sizes agreeing, plain lower-case words only', () => {
    expect(tableFile.format).toBe(WORD_VECTORS_FORMAT);
    expect(table.index.size).toBe(tableFile.words);
    expect(table.values.length).toBe(tableFile.words * tableFile.dimensions);
    expect([...table.index.keys()].every((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect(table.index.has('refund')).toBe(true);
  });

  it('decodes base64 as Node does, without atob or Buffer', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) & 0xff);
    for (const n of [0, 1, 2, 3, 256, 257]) expect([...decodeBase64(Buffer.from(bytes.subarray(0, n)).toString('base64'))]).toEqual([...bytes.subarray(0, n)]);
    expect(() => decodeBase64('AB$C')).toThrow(/base64/);
  });

  it('refuses a damaged table', () => {
    expect(() => readWordVectors({ ...tableFile, vectors: 'AAAA' })).toThrow(/sizes disagree/);
    expect(() => readWordVectors({ ...tableFile, format: 'other' })).toThrow(/rapport-word-vectors/);
  });

  it('puts words of like meaning nearer than words of unlike meaning', () => {
    const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0) / Math.hypot(...a) / Math.hypot(...b);
    expect(cos(vectorOf('refund'), vectorOf('reimbursement'))).toBeGreaterThan(cos(vectorOf('refund'), vectorOf('football')));
  });
});

describe('the mean word vector of a sentence', () => {
  it('maps a known word to its own vector', () => {
    expect(values(meanWordVector(['refund']))).toEqual(vectorOf('refund'));
    expect(meanWordVector(['refund']).map(([name]) => name)).toEqual(Array.from({ length: table.dimensions }, (_, k) => `e:${k}`));
  });

  it('averages the known words and ignores unknown ones', () => {
    const mean = vectorOf('refund').map((x, k) => x + vectorOf('parcel')[k]!);
    const got = values(meanWordVector(['refund', 'qzxvbn', 'parcel']));
    got.forEach((v, k) => expect(v).toBeCloseTo(mean[k]! / 2, 3));
    expect(meanWordVector(['qzxvbn', 'wxqkz'])).toEqual([]);
  });

  it('reads the parts of a hyphenated word the table lacks', () => {
    expect(values(meanWordVector(['parcel-refund']))).toEqual(values(meanWordVector(['parcel', 'refund'])));
  });

  it('is safe on an empty sentence', () => {
    expect(meanWordVector([])).toEqual([]);
    expect(meanWordVector(normalizedWords(''))).toEqual([]);
  });

  it('is bounded on a 100,000-character sentence', () => {
    const long = 'the refund policy says no '.repeat(4_000).slice(0, 100_000);
    const start = performance.now();
    const dense = meanWordVector(normalizedWords(long));
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(dense).toHaveLength(table.dimensions);
    expect(dense.every(([, v]) => Number.isFinite(v) && Math.abs(v) < 10)).toBe(true);
  });

  it('is not among the features the engine computes (measured in session 30, not shipped)', () => {
    expect([...sentenceFeatures(sentence('Your refund was declined.'), false).keys()].some((n) => n.startsWith('e:'))).toBe(false);
  });
});
