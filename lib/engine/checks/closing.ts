/** No next step or open door at the end of the reply: offer a closing line after the last sentence. */
import { z } from 'zod';
import { bodySentences, type StructureCheck } from './context';

export const closingOptions = z.object({
  minWords: z.number().int().min(0).max(200).default(12),
  /** How many of the last sentences may carry the next step. */
  lastSentences: z.number().int().min(1).max(5).default(2),
  closings: z
    .array(z.string().min(1).max(200))
    .min(1)
    .default([
      "If anything else comes up, reply here and I'll be glad to help.",
      'Let me know if there is anything else I can do for you.',
    ]),
});

export const closing: StructureCheck<z.output<typeof closingOptions>> = {
  run(ctx, options) {
    if (ctx.totals.words < options.minWords) return [];
    const body = bodySentences(ctx);
    const tail = body.slice(-options.lastSentences);
    const last = tail[tail.length - 1];
    if (!last) return [];
    const closes = tail.some(
      (s) => s.markers.offer || s.markers.ownership || s.markers.concreteTime || s.markers.politeRequest || /\?\s*$/.test(s.text) || /\byou['’]ll\b/i.test(s.text),
    );
    if (closes) return [];
    const ending = /[.!?…]$/.test(last.text) ? last.text : `${last.text}.`;
    return [{ start: last.start, end: last.end, suggestions: options.closings.map((c) => `${ending} ${c}`) }];
  },
};
