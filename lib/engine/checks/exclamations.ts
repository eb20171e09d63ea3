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
      const run = /!{2,}|[!?]*\?![!?]*|[!?]*!\?[!?]*/.exec(s.text);
      if (run) {
        const start = s.start + run.index;
        hits.push({ start, end: start + run[0].length, suggestions: [run[0].includes('?') ? '?' : '!'] });
        seen++;
        continue;
      }
      if (!/!\s*$/.test(s.text)) continue;
      seen++;
      if (seen > options.maxPerReply) {
        const at = s.start + s.text.lastIndexOf('!');
        // Widen to the last word so the underline is visible and the replacement stays a rewrite.
        const wordStart = s.start + s.text.slice(0, at - s.start).search(/\S+$/);
        hits.push({ start: wordStart, end: at + 1, suggestions: [`${s.text.slice(wordStart - s.start, at - s.start)}.`] });
      }
    }
    return hits;
  },
};
