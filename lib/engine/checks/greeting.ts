/** No greeting at all: suggest one, with the customer's name when Rapport knows it. */
import { z } from 'zod';
import { greetingFor, type StructureCheck } from './context';

export const greetingOptions = z.object({
  /** Replies shorter than this (chat one-liners) need no greeting. */
  minWords: z.number().int().min(0).max(200).default(12),
});

export const greeting: StructureCheck<z.output<typeof greetingOptions>> = {
  run(ctx, options) {
    const first = ctx.sentences[0];
    if (!first || ctx.totals.words < options.minWords) return [];
    if (first.markers.greeting || first.markers.gratitude) return [];
    // "That's great to hear, Sven!" greets by name without "Hi".
    if (ctx.customerName && first.text.includes(ctx.customerName)) return [];
    if (/,\s+[A-Z][a-z]+\s*[!.,]/.test(first.text) && first.markers.positive) return [];
    // The greeting goes on a line of its own, as in any e-mail, so the agent's sentence stays as it was.
    return [{ start: first.start, end: first.end, suggestions: [`${greetingFor(ctx.customerName)}\n\n${first.text}`] }];
  },
};
