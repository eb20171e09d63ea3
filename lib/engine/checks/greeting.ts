/**
 * No greeting where the channel expects one: suggest one above the first line of the body, with the
 * customer's name when Rapport knows it. An e-mail always opens with a hello; a chat only in its first
 * message; a social reply mid-conversation never needs one.
 */
import { z } from 'zod';
import { bodyWords, continuesThread, expected, forChannel, greetingFor, type CheckedSentence, type StructureCheck } from './context';

const when = z.enum(['always', 'first-message', 'never']);
const minWords = z.number().int().min(0).max(200);
const channel = (fallback: z.infer<typeof when>) => z.strictObject({ when: when.default(fallback), minWords: minWords.optional() });

export const greetingOptions = z.object({
  /** Replies shorter than this (chat one-liners) need no greeting. */
  minWords: minWords.default(12),
  /** Per channel: when a greeting is expected, and its own minimum length. */
  channels: z
    .strictObject({
      email: channel('always').prefault({}),
      chat: channel('first-message').prefault({}),
      social: channel('never').prefault({}),
    })
    .prefault({}),
});

/**
 * Openings that already welcome the customer: thanks, sympathy, congratulations, their name with good news, and a
 * glad yes to what they asked ("Of course!", "Absolutely, Jen —", "Yes, we can do that!", "Easily done!").
 */
const WARM_OPENING =
  /^\W*(?:congrat|welcome|great news|good news|glad|happy|so sorry|sorry|thanks|thank you|we['’]re sorry|i['’]m sorry|aw+|oh no|wow|yay|love|ooh|exciting|first of all,? (?:congrat|thank|sorry)|(?:great|nice|lovely|good|so good) to (?:hear|see) from you|(?:it was |it['’]s )?(?:lovely|nice|great|good) (?:chatting|speaking|talking)|(?:of course|absolutely|certainly|sure thing|definitely|with pleasure|you bet|no problem(?: at all)?|no worries|easily done|good question|great question)\b ?[!,—–-]|yes\b[^.!?\n]{0,40}!)/i;

const LEADING_HANDLE = /^\W{0,2}@\w/;

function opensWarmly(first: CheckedSentence, customerName: string | null): boolean {
  const m = first.markers;
  if (m.greeting || m.gratitude || m.acknowledgement || m.deference || WARM_OPENING.test(first.text)) return true;
  // "That's great to hear, Sven!" greets by name without "Hi".
  if (customerName && first.text.includes(customerName)) return true;
  return /,\s+[A-Z][a-z]+\s*[!.,]/.test(first.text) && m.positive > 0;
}

export const greeting: StructureCheck<z.output<typeof greetingOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    if (!expected(o.when, ctx)) return [];
    if (ctx.structure.parts.some((p) => p.kind === 'greeting') || continuesThread(ctx)) return [];
    const first = ctx.sentences.find((s) => s.part === 'body' || s.part === 'list-item');
    if (!first || bodyWords(ctx) < o.minWords) return [];
    // "@bex_wears …" addresses the customer by name, as a social reply does: a "Hi there" above it would push the
    // handle into the middle of the text.
    if (LEADING_HANDLE.test(first.text) || opensWarmly(first, ctx.customerName)) return [];
    // The greeting goes on a line of its own above the body, with the layout's own paragraph break.
    return [{ start: first.start, end: first.end, suggestions: [`${greetingFor(ctx.customerName)}${ctx.structure.paragraphBreak}${first.text}`] }];
  },
};
