/**
 * A long paragraph is hard to read on a phone: suggest a paragraph break near its middle. Lists are
 * structure, never a wall, and never broken. Chat and social messages are read on smaller screens and
 * in a stream, so their limits are lower, and a social reply also has a length limit as a whole.
 */
import { z } from 'zod';
import { forChannel, type CheckedSentence, type StructureCheck } from './context';

const maxWords = z.number().int().min(20).max(2000);
const maxSentences = z.number().int().min(2).max(100);
const maxReplyWords = z.number().int().min(10).max(5000);
const channel = (words?: number, sentences?: number, reply?: number) =>
  z.strictObject({
    maxWords: words === undefined ? maxWords.optional() : maxWords.default(words),
    maxSentences: sentences === undefined ? maxSentences.optional() : maxSentences.default(sentences),
    maxReplyWords: reply === undefined ? maxReplyWords.optional() : maxReplyWords.default(reply),
  });

export const wallOfTextOptions = z.object({
  maxWords: maxWords.default(110),
  maxSentences: maxSentences.default(7),
  /** The whole reply's length limit (agent's words only); none by default for e-mail. */
  maxReplyWords: maxReplyWords.optional(),
  channels: z
    .strictObject({
      email: channel().prefault({}),
      chat: channel(60, 5).prefault({}),
      social: channel(60, 5, 120).prefault({}),
    })
    .prefault({}),
});

export const wallOfText: StructureCheck<z.output<typeof wallOfTextOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    const hits = [];
    const byParagraph = new Map<number, CheckedSentence[]>();
    for (const s of ctx.sentences) {
      if (s.part !== 'body') continue;
      const list = byParagraph.get(s.partIndex);
      if (list) list.push(s);
      else byParagraph.set(s.partIndex, [s]);
    }
    for (const sentences of byParagraph.values()) {
      const words = sentences.reduce((n, s) => n + s.markers.words, 0);
      if (sentences.length < 2 || (words <= o.maxWords && sentences.length <= o.maxSentences)) continue;
      // Break where the word count is closest to half.
      let running = 0;
      let split = 0;
      for (let i = 0; i < sentences.length - 1; i++) {
        running += sentences[i]!.markers.words;
        if (Math.abs(words / 2 - running) < Math.abs(words / 2 - (running - sentences[i]!.markers.words)) || i === 0) split = i;
      }
      const a = sentences[split]!;
      const b = sentences[split + 1]!;
      hits.push({ start: a.start, end: b.end, suggestions: [`${a.text}${ctx.structure.paragraphBreak}${b.text}`] });
    }
    if (o.maxReplyWords !== undefined && ctx.totals.words > o.maxReplyWords) {
      // Advice only: point at the sentence where the reply runs past the channel's length.
      let running = 0;
      const over = ctx.sentences.find((s) => (running += s.markers.words) > o.maxReplyWords!);
      if (over && !hits.some((h) => h.start <= over.start && over.end <= h.end)) hits.push({ start: over.start, end: over.end, suggestions: [] });
    }
    return hits;
  },
};
