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
      // A chat turn of 60–90 words in a few sentences reads as one message (session 27: every wall-of-text hint on the
      // tune batches fell on a warm chat or social turn of 60–86 words, none on a cold reply); past 90 it is a wall.
      chat: channel(90, 7).prefault({}),
      social: channel(60, 5, 120).prefault({}),
    })
    .prefault({}),
});

/** How far past the word limit a paragraph within the sentence limit may run before it reads as a wall. */
const WORD_SLACK = 1.15;
/** Below this share of the word limit, a chat or social paragraph is no wall however many sentences it has. */
const SHORT_SENTENCES_SHARE = 0.75;
/** A thread marker at the end of a post: "1/2", "(2/3)". */
const POST_END = /[([]?\d{1,2}\/\d{1,2}[)\]]?\s*$/;

export const wallOfText: StructureCheck<z.output<typeof wallOfTextOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    const hits = [];
    const byParagraph = new Map<number, CheckedSentence[]>();
    // Each post of a thread ("…check for you 1/2" / "@chloemakes Even without Care… 2/2") is read on its own.
    let post = 0;
    for (const s of ctx.sentences) {
      if (s.part !== 'body') continue;
      const key = s.partIndex * 1000 + post;
      const list = byParagraph.get(key);
      if (list) list.push(s);
      else byParagraph.set(key, [s]);
      if (POST_END.test(s.text)) post++;
    }
    for (const sentences of byParagraph.values()) {
      const words = sentences.reduce((n, s) => n + s.markers.words, 0);
      if (sentences.length < 2 || (words <= o.maxWords && sentences.length <= o.maxSentences)) continue;
      // Two or three sentences a little over the word limit read as one thought each; a break would leave a
      // paragraph of one sentence. They are a wall only well past it.
      if (sentences.length <= 3 && sentences.length <= o.maxSentences && words <= o.maxWords * 1.5) continue;
      // Within the sentence limit, a paragraph a few words over (a name, an address, a price, a link) reads no harder
      // than one at the limit: it is a wall from 15% over.
      if (sentences.length <= o.maxSentences && words <= o.maxWords * WORD_SLACK) continue;
      // In a chat or social reply, many short sentences well inside the word limit ("Is it every project? Any error
      // code? Let us know!") read quickly: a tweet of seven short lines is no wall. An e-mail paragraph of eight
      // sentences still is, however short they are.
      if (ctx.channel !== 'email' && words < o.maxWords * SHORT_SENTENCES_SHARE) continue;
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
