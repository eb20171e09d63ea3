/** The customer is upset, worried, in a hurry or confused, and the reply never acknowledges it. */
import { z } from 'zod';
import { bodySentences, type StructureCheck } from './context';
import { capitalize, decapitalize } from '../words';

const mood = z.enum(['frustrated', 'worried', 'urgent', 'confused']);

export const acknowledgementOptions = z.object({
  moods: z.array(mood).default(['frustrated', 'worried', 'urgent', 'confused']),
  sentences: z
    .object({
      frustrated: z.string().min(1).max(200).default("I'm really sorry about the trouble this has caused you."),
      worried: z.string().min(1).max(200).default('I understand this is worrying, and I’m here to help.'),
      urgent: z.string().min(1).max(200).default('I know this is time-sensitive, so I’m on it right away.'),
      confused: z.string().min(1).max(200).default('Sorry for the confusion; let me clear this up.'),
    })
    .default({
      frustrated: "I'm really sorry about the trouble this has caused you.",
      worried: 'I understand this is worrying, and I’m here to help.',
      urgent: 'I know this is time-sensitive, so I’m on it right away.',
      confused: 'Sorry for the confusion; let me clear this up.',
    }),
});

// The rest must start on a non-space, so \s+ and the rest never trade characters (linear).
const INLINE_GREETING = /^(\W*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!]{0,40}[,!]\s+)(\S.*)$/is;

export const acknowledgement: StructureCheck<z.output<typeof acknowledgementOptions>> = {
  run(ctx, options) {
    const reading = ctx.mood;
    const felt = reading?.moods.find((m): m is z.output<typeof mood> => (options.moods as string[]).includes(m));
    if (!reading || !felt || ctx.totals.acknowledgement > 0) return [];
    const primary = (options.moods as string[]).includes(reading.primary ?? '') ? (reading.primary as typeof felt) : felt;
    const ack = options.sentences[primary];
    const body = bodySentences(ctx);
    const target = body.find((s) => !(s.markers.greeting && s.text.split(/\s+/).length <= 3)) ?? body[0];
    if (!target) return [];
    const inline = INLINE_GREETING.exec(target.text);
    // After "Hi Hana," the acknowledgement goes on in the same sentence case: "Hi Hana, sorry for…".
    const suggestion = inline ? `${inline[1]}${decapitalize(ack)} ${capitalize(inline[2]!)}` : `${ack} ${target.text}`;
    return [{ start: target.start, end: target.end, suggestions: [suggestion] }];
  },
};
