/**
 * The texts `scripts/bench.ts` and `scripts/bench-floor.ts` time: pseudo-random replies built from the support
 * pairs' sentences (deterministic, so every run and both scripts time the same texts) and the dev replies.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pairs = readFileSync(join(root, 'data/support-pairs/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });
/** The dev half of the real replies, each with its customer's message (never an untouched split). */
export const devReplies = readFileSync(join(root, 'data/replies/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; customerMessage?: string });
const sentences = pairs.flatMap((p) => p.text.match(/[^.!?]+[.!?]+/g) ?? []).map((s) => s.trim()); // eslint-disable-line regexp/no-super-linear-move -- our own data file, not user text

/** Deterministic pseudo-random replies built from real reply sentences. */
function replies(count: number, words: number, seed = 1): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const s = sentences[Math.floor(next() * sentences.length)]!;
      parts.push(s);
      n += s.split(/\s+/).length;
      if (parts.length % 5 === 0) parts.push('\n\n');
    }
    return parts.join(' ');
  });
}

/** The bench's typical replies (~150 words) and long drafts (~1,500 words). */
export const typicalReplies = (count = 1000) => replies(count, 150, 7);
export const longDrafts = (count = 60) => replies(count, 1500, 11);
