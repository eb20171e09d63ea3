/**
 * No next step or open door at the end of the body: offer a closing line there, above the sign-off and the
 * signature. E-mail always; a chat only when a long message explains something; a social reply never.
 */
import { z } from 'zod';
import { bodySentences, expected, forChannel, type StructureCheck } from './context';

const when = z.enum(['always', 'first-message', 'never']);
const minWords = z.number().int().min(0).max(400);
const channel = (fallback: z.infer<typeof when>, words?: number) =>
  z.strictObject({ when: when.default(fallback), minWords: words === undefined ? minWords.optional() : minWords.default(words) });

export const closingOptions = z.object({
  minWords: minWords.default(12),
  /** How many of the last sentences may carry the next step. */
  lastSentences: z.number().int().min(1).max(5).default(2),
  closings: z
    .array(z.string().min(1).max(200))
    .min(1)
    .default([
      "If anything else comes up, reply here and I'll be glad to help.",
      'Let me know if there is anything else I can do for you.',
    ]),
  /** Per channel: when a closing line is expected, and how long a reply must be before it is. */
  channels: z
    .strictObject({
      email: channel('always').prefault({}),
      chat: channel('always', 50).prefault({}),
      social: channel('never').prefault({}),
    })
    .prefault({}),
});

export const closing: StructureCheck<z.output<typeof closingOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    if (!expected(o.when, ctx) || ctx.totals.words < o.minWords) return [];
    const tail = bodySentences(ctx).slice(-o.lastSentences);
    const last = tail[tail.length - 1];
    if (!last) return [];
    const closes = tail.some(
      (s) => s.markers.offer || s.markers.ownership || s.markers.concreteTime || s.markers.politeRequest || /\?\s*$/.test(s.text) || /\byou['’]ll\b/i.test(s.text),
    );
    if (closes) return [];
    // After a list the closing is a paragraph of its own; after prose it ends the last paragraph.
    const joiner = last.part === 'list-item' ? ctx.structure.paragraphBreak : ' ';
    const ending = /[.!?…]$/.test(last.text) || last.part === 'list-item' ? last.text : `${last.text}.`;
    return [{ start: last.start, end: last.end, suggestions: o.closings.map((c) => `${ending}${joiner}${c}`) }];
  },
};
