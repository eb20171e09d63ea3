/**
 * The customer is upset, worried, disappointed, in a hurry or confused, and the reply never
 * acknowledges it. The suggested sentence names what they feel and why, from the mood's evidence
 * ("I'm sorry the lamp arrived broken — that's a frustrating start."); a team's own line for the
 * mood is used when the message gives no reason to name. Never offered to a happy customer.
 */
import { z } from 'zod';
import { bodySentences, continuesThread, forChannel, type CheckedSentence, type StructureCheck } from './context';
import { acknowledgesFeelings } from './acknowledges';
import { capitalize, decapitalize } from '../words';
import { GENERIC_ACKNOWLEDGEMENTS } from '../mood/acknowledge';

const mood = z.enum(['frustrated', 'worried', 'disappointed', 'urgent', 'confused']);
const line = (m: z.output<typeof mood>) => z.string().min(1).max(200).default(GENERIC_ACKNOWLEDGEMENTS[m]);

export const acknowledgementOptions = z.object({
  moods: z.array(mood).default(['frustrated', 'worried', 'disappointed', 'urgent', 'confused']),
  /** The general line per mood, used when the customer's message gives no reason to name. */
  sentences: z
    .object({ frustrated: line('frustrated'), worried: line('worried'), disappointed: line('disappointed'), urgent: line('urgent'), confused: line('confused') })
    .default({ ...GENERIC_ACKNOWLEDGEMENTS }),
  /**
   * Ask for an acknowledgement when the message only reports a fault ("the app keeps crashing"),
   * with no feeling, plea, repeat contact or wait shown. In e-mail, yes; in a chat or a social reply the quick
   * help is the acknowledgement.
   */
  plainReports: z.boolean().default(true),
  channels: z
    .strictObject({
      email: z.strictObject({ plainReports: z.boolean().optional() }).prefault({}),
      chat: z.strictObject({ plainReports: z.boolean().default(false) }).prefault({}),
      social: z.strictObject({ plainReports: z.boolean().default(false) }).prefault({}),
    })
    .prefault({}),
});

/** Evidence that only reports a situation, not how the customer feels about it. */
const PLAIN_REPORT_CUES = new Set(['broken']);

/** The apology that apologises for nothing in particular. */
const STOCK_APOLOGY = /\b(?:apologi[sz]e|sorry|apologies|regret) (?:for|about) any (?:inconvenience|trouble|confusion|distress|disappointment)\b/i;

// The rest must start on a non-space, so \s+ and the rest never trade characters (linear).
const INLINE_GREETING = /^(\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!]{0,40}[,!]\s+)(\S.*)$/is;

export const acknowledgement: StructureCheck<z.output<typeof acknowledgementOptions>> = {
  run(ctx, options) {
    const reading = ctx.mood;
    if (!reading) return [];
    // The feelings were met (in words the markers know or not; a stock "sorry for any inconvenience" is no
    // acknowledgement), or in an earlier part of the thread ("2/2").
    const meets = (s: CheckedSentence) => !STOCK_APOLOGY.test(s.text) && (s.markers.acknowledgement > 0 || acknowledgesFeelings(s.text));
    if (continuesThread(ctx) || ctx.sentences.some(meets)) return [];
    const o = forChannel(options, ctx.channel);
    if (!o.plainReports && reading.evidence.length <= 1 && reading.evidence.every((e) => PLAIN_REPORT_CUES.has(e.cue))) return [];
    const allowed = new Set<string>(options.moods);
    const felt = reading.moods.filter((m): m is z.output<typeof mood> => allowed.has(m));
    if (felt.length === 0) return [];
    // The most specific sentence for a mood this pack asks about; else the pack's line for the strongest one.
    const named = reading.acknowledgements.find((a) => a.specific && allowed.has(a.mood));
    const primary = allowed.has(reading.primary ?? '') ? (reading.primary as z.output<typeof mood>) : felt[0]!;
    const ack = named?.sentence ?? options.sentences[primary];
    const body = bodySentences(ctx);
    const target = body.find((s) => !(s.markers.greeting && s.text.split(/\s+/).length <= 3)) ?? body[0];
    if (!target) return [];
    const inline = INLINE_GREETING.exec(target.text);
    // After "Hi Hana," the acknowledgement goes on in the same sentence case: "Hi Hana, sorry for…".
    const suggestion = inline ? `${inline[1]}${decapitalize(ack)} ${capitalize(inline[2]!)}` : `${ack} ${target.text}`;
    return [{ start: target.start, end: target.end, suggestions: [suggestion] }];
  },
};
