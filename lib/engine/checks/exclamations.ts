/** Warm is not gushing: "!!" and exclamation marks in every sentence. */
import { z } from 'zod';
import type { StructureCheck } from './context';

export const exclamationsOptions = z.object({
  /** Exclamation sentences allowed per reply before the extra ones are flagged. */
  maxPerReply: z.number().int().min(0).max(20).default(2),
});

export const exclamations: StructureCheck<z.output<typeof exclamationsOptions>> = {
  run(ctx, options) {
    const hits = [];
    let seen = 0;
    for (const s of ctx.sentences) {
      const run = firstOverloadedRun(s.text);
      if (run) {
        const start = s.start + run.index;
        hits.push({ start, end: start + run.text.length, suggestions: [run.text.includes('?') ? '?' : '!'] });
        seen++;
        continue;
      }
      if (!/!\s*$/.test(s.text)) continue;
      seen++;
      if (seen > options.maxPerReply) {
        const at = s.start + s.text.lastIndexOf('!');
        // Widen to the last word so the underline is visible and the replacement stays a rewrite.
        let wordStart = at;
        while (wordStart > s.start && !/\s/.test(s.text[wordStart - s.start - 1]!)) wordStart--;
        hits.push({ start: wordStart, end: at + 1, suggestions: [`${s.text.slice(wordStart - s.start, at - s.start)}.`] });
      }
    }
    return hits;
  },
};

/**
 * The first run of "!!", "?!" or "!?" punctuation: a run that starts "!!" gives its leading "!"s,
 * a run holding "?!" or "!?" gives the whole run. One pass over each run (a single regex with
 * `[!?]*` on both sides re-tries every position of a long run).
 */
function firstOverloadedRun(text: string): { index: number; text: string } | null {
  for (const m of text.matchAll(/[!?]+/g)) {
    const run = m[0];
    if (run.startsWith('!!')) return { index: m.index, text: run.slice(0, run.length - run.replace(/^!+/, '').length) };
    if (run.includes('?!') || run.includes('!?')) return { index: m.index, text: run };
  }
  return null;
}
