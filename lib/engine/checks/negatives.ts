/** A stack of negatives in one sentence ("We can't, won't and don't…") reads as a wall of no. */
import { z } from 'zod';
import type { StructureCheck } from './context';

export const negativesOptions = z.object({
  perSentence: z.number().int().min(2).max(10).default(3),
});

const NEGATION = /\b(not|no|never|none|nothing|nobody|cannot|unable|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|shouldn['’]t|wouldn['’]t|couldn['’]t|haven['’]t|hasn['’]t|neither|nor|without|unfortunately)\b/gi;

export const negatives: StructureCheck<z.output<typeof negativesOptions>> = {
  run(ctx, options) {
    return ctx.sentences
      .filter((s) => (s.text.match(NEGATION)?.length ?? 0) >= options.perSentence)
      .map((s) => ({ start: s.start, end: s.end, suggestions: [] }));
  },
};
