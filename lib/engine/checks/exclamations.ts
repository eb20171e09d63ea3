/** Warm is not gushing: "!!" and exclamation marks in every sentence. */
import { z } from 'zod';
import type { CheckedSentence, CheckHit, StructureCheck } from './context';

export const exclamationsOptions = z.object({
  /** Exclamation sentences allowed per reply before the extra ones are flagged. */
  maxPerReply: z.number().int().min(0).max(20).default(2),
});

/** "Wow, great feedback!", "Thanks a lot!", "Good luck with that!": praise or thanks that reads as its opposite. */
const SARCASM =
  /^\W*(?:wow|oh|gee|well|yeah|ah)\b,?\s+(?:(?:really|just|so|what a)\s+)?(?:great|nice|lovely|brilliant|fantastic|wonderful|perfect|thanks|good|amazing|awesome)\b|\bthanks (?:a lot|a bunch|for nothing)\b|\bgood luck with that\b|\bhow (?:nice|lovely|wonderful|convenient)\b|\bwhat a (?:surprise|shock)\b|\bcongratulations on (?:ignoring|missing|breaking)\b/i;
/** An order barked at the customer: "Read the manual!", "Please check your spam folder!", "Stop emailing us!". */
const ORDER =
  /^\W*(?:please\s+)?(?:read|check|look|stop|follow|refer|note|calm|learn|listen|do not|don['’]t|never|make sure|try reading|go and|just (?:read|check|look|follow|do))\b/i;
/** A curt opener or a reminder of what was said: "Look, …", "Seriously, …", "As I said, …", "Again, …". */
const CURT = /^\W*(?:look|listen|seriously|whatever|come on|again|ugh|duh|sigh)\b|\b(?:as (?:i|we) (?:said|mentioned|explained)|as already (?:said|mentioned|explained)|(?:i|we) already (?:said|told|explained))\b/i;
/** Two capitalised words of four letters or more: the sentence is shouted. */
const SHOUTED = /\b[A-Z]{4,}[^A-Za-z]+[A-Z]{4,}\b|\b[A-Z]{6,}\b/;

/** A sentence whose "!" is cold, sarcastic or shouted: its "!" goes first, before a friendly one's. */
function isColdExclamation(s: CheckedSentence): boolean {
  const m = s.markers;
  // "Sorry the wrong size arrived!" is an apology, not a cold line; "Well done!" and "Of course!" are warm.
  return (
    (m.negative > 0 && m.acknowledgement === 0) ||
    m.accusation > 0 ||
    m.rhetorical > 0 ||
    CURT.test(s.text) ||
    SARCASM.test(s.text) ||
    ORDER.test(s.text) ||
    SHOUTED.test(s.text)
  );
}

const endsExclaimed = (text: string) => /!\s*$/.test(text);

export const exclamations: StructureCheck<z.output<typeof exclamationsOptions>> = {
  run(ctx, options) {
    const hits: CheckHit[] = [];
    // A hello's "!" ("Hi Meg!", "Morning Jo!") is how people greet, not emphasis: it never counts towards the limit.
    const hello = (s: CheckedSentence) => firstOverloadedRun(s.text) === null && (s.part === 'greeting' || (s.markers.greeting && s.markers.words <= 3));
    const exclaimed = ctx.sentences.filter((s) => !hello(s) && (firstOverloadedRun(s.text) !== null || endsExclaimed(s.text)));
    // Over the limit, the cold, sarcastic and shouted sentences lose their "!" first; the friendly ones keep theirs.
    const overLimit = exclaimed.length > options.maxPerReply;
    let friendlySeen = 0;
    for (const s of exclaimed) {
      const cold = overLimit && isColdExclamation(s);
      const run = firstOverloadedRun(s.text);
      if (run) {
        const start = s.start + run.index;
        const reduced = run.text.includes('?') ? '?' : cold && endsExclaimed(s.text) ? '.' : '!';
        hits.push({ start, end: start + run.text.length, suggestions: [reduced] });
        if (!cold) friendlySeen++;
        continue;
      }
      if (!cold && ++friendlySeen <= options.maxPerReply) continue;
      hits.push(calmEnding(s));
    }
    return hits;
  },
};

/** The sentence's last word and its "!", rewritten with a full stop (the whole word, so the underline is visible). */
function calmEnding(s: CheckedSentence): CheckHit {
  const at = s.start + s.text.lastIndexOf('!');
  let wordStart = at;
  while (wordStart > s.start && !/\s/.test(s.text[wordStart - s.start - 1]!)) wordStart--;
  return { start: wordStart, end: at + 1, suggestions: [`${s.text.slice(wordStart - s.start, at - s.start)}.`] };
}

/**
 * The first run of "!!", "?!" or "!?" punctuation: a run that starts "!!" gives its leading "!"s,
 * a run holding "?!" or "!?" gives the whole run. One pass over each run (a single regex with
 * `[!?]*` on both sides re-tries every position of a long run).
 */
function firstOverloadedRun(text: string): { index: number; text: string } | null {
  for (const m of text.matchAll(/[!?]+/g)) {
    const run = m[0];
    if (run.startsWith('!!')) return { index: m.index, text: run.slice(0, run.length - run.replace(/^!+/, '').length) };
    if (run.includes('?!') || run.includes('!?')) return { index: m.index, text: run };
  }
  return null;
}
