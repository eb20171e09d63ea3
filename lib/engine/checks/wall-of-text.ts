/** A long paragraph is hard to read on a phone: suggest a paragraph break near its middle. */
import { z } from 'zod';
import type { StructureCheck } from './context';

export const wallOfTextOptions = z.object({
  maxWords: z.number().int().min(20).max(2000).default(110),
  maxSentences: z.number().int().min(2).max(100).default(7),
});

export const wallOfText: StructureCheck<z.output<typeof wallOfTextOptions>> = {
  run(ctx, options) {
    const hits = [];
    const byParagraph = new Map<number, typeof ctx.sentences>();
    for (const s of ctx.sentences) {
      const list = byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else byParagraph.set(s.paragraph, [s]);
    }
    for (const sentences of byParagraph.values()) {
      const words = sentences.reduce((n, s) => n + s.markers.words, 0);
      if (sentences.length < 2 || (words <= options.maxWords && sentences.length <= options.maxSentences)) continue;
      // Break where the word count is closest to half.
      let running = 0;
      let split = 0;
      for (let i = 0; i < sentences.length - 1; i++) {
        running += sentences[i]!.markers.words;
        if (Math.abs(words / 2 - running) < Math.abs(words / 2 - (running - sentences[i]!.markers.words)) || i === 0) split = i;
      }
      const a = sentences[split]!;
      const b = sentences[split + 1]!;
      hits.push({ start: a.start, end: b.end, suggestions: [`${a.text}\n\n${b.text}`] });
    }
    return hits;
  },
};
