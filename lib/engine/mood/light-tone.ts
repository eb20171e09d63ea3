/**
 * What makes a strong word light: the customer laughs beside it ("will I die 😅", "my printer hates me lol", "I nearly
 * had a heart attack at the price 😂"), cries for joy at something we did ("we're in tears. Thank you so much!"), praises
 * how fast something was done ("your engineer came within the hour"), or thanks someone of ours for the help they
 * told ("spent 30 min helping my son. thank you!!"). Each is a shape a person reads as play or thanks, not distress, so
 * the reply is not asked to acknowledge a feeling the customer did not have. Every regex is linear; offsets are those of
 * the prepared text (text.ts).
 */
import type { CueKind } from './cues';
import { endsSentence } from './text';

/**
 * Laughter and a wink: "lol", "haha", "lmao", "jk", "xD", 😂 🤣 😅 😆 😜 😝 😛 😉, ";)", ":P". "Are you kidding me?" is
 * anger, so only "just kidding" and "only joking" count, not the bare word.
 */
const LAUGHTER =
  /(?<![\p{L}\p{N}])(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|jk|xd)(?![\p{L}\p{N}])|😂|🤣|😅|😆|😜|😝|😛|😉|(?<![\w:;]);-?[)pP](?![\w)])|(?<![\w:;]):-?[pP](?![\p{L}\p{N})])|\b(?:just|only) (?:kidding|joking)\b/gu;
/** "not lol", "no haha", "isn't a joke lol": laughter denied is no laughter. */
const DENIED = /\b(?:not|no|isn't|wasn't|never)\s{1,2}$/i;

/** How far past a sentence's end the laughter that closes it is looked for ("Will I die? 😅", "It cracked. lol"). */
const AFTER_SENTENCE = 8;
/** How far a sentence is read back and forth. */
const SENTENCE_REACH = 300;

function sentenceOf(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1) && at - start < SENTENCE_REACH) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end) && end - at < SENTENCE_REACH) end++;
  return { start, end };
}

/** Whether the message laughs anywhere (laughter not denied). */
export function laughs(text: string): boolean {
  for (const m of text.matchAll(LAUGHTER)) if (!DENIED.test(text.slice(Math.max(0, m.index - 8), m.index))) return true;
  return false;
}

/** Whether laughter, not denied, stands in the sentence around `at` or just after its end. */
export function laughsBeside(text: string, at: number): boolean {
  const sentence = sentenceOf(text, at);
  const to = Math.min(text.length, sentence.end + AFTER_SENTENCE);
  const stretch = text.slice(sentence.start, to);
  for (const m of stretch.matchAll(LAUGHTER)) {
    const from = sentence.start + m.index;
    if (!DENIED.test(text.slice(Math.max(0, from - 8), from))) return true;
  }
  return false;
}

/**
 * The evidence laughter makes light: a feeling or fear said big ("I'll die", "heart attack", "I could cry"), a thing of
 * theirs broken or gone wrong, shouting and sad faces. Money taken, a wait, a repeat contact, a demand, a deadline and
 * sarcasm keep their weight: "charged twice lol" is still money gone.
 */
export const LIGHTENED_BY_LAUGHTER: ReadonlySet<CueKind> = new Set(['feeling', 'safety', 'loss', 'broken', 'failure', 'capitals', 'punctuation', 'emoji']);

/** Tears or crying said: the words a moved customer and a hurt one share. */
const TEARS = /\b(?:tears|tearful|cry|crying|cried|sobbing|sobbed)\b/i;
export const saysTears = (words: string) => TEARS.test(words);

/**
 * A quick time that measures what was done ("your engineer came within the hour", "replied in an hour"): praise of
 * speed, not a hurry of theirs.
 */
const DONE_BEFORE = /\b(?:came|arrived|replied|answered|responded|fixed (?:it|this)?|sorted (?:it|this)?|turned up|got back to (?:me|us)|called (?:me )?back|rang (?:me )?back|was (?:here|there|done|fixed|sorted)|delivered)\s{1,2}$/i;
export const measuresWhatWasDone = (text: string, at: number) => DONE_BEFORE.test(text.slice(Math.max(0, at - 30), at));

/**
 * Help someone of ours gave, told: "spent 30 min helping my son", "helped us pick", "took the time to", "went out of her
 * way", or a deed done quickly. A thanks after it thanks them, whatever weak cue stands beside ("30 min"). Not when
 * denied: "nobody helped".
 */
const HELP_TOLD = /\b(?:helping|helped|took the time|went out of (?:his|her|their|your) way|went above and beyond|so patient)\b/gi;
const HELP_DENIED = /\b(?:no one|nobody|never|not|didn't|did not|wasn't|no)\s{1,2}(?:\w+\s{1,2})?$/i;
/** A deed of ours done quickly: "came within the hour", "replied in ten minutes", "sorted it in a day". */
const DONE_QUICKLY =
  /\b(?:came|arrived|replied|answered|responded|turned up|got back to (?:me|us)|called (?:me )?back|rang (?:me )?back|fixed it|sorted it) (?:within|in under|in less than|in)(?: the| an| a| \d{1,3}| two| five| ten| twenty)? (?:hour|minutes?|mins?|day)\b/i;
export function praisesADeed(text: string): boolean {
  if (DONE_QUICKLY.test(text)) return true;
  for (const m of text.matchAll(HELP_TOLD)) if (!HELP_DENIED.test(text.slice(Math.max(0, m.index - 20), m.index))) return true;
  return false;
}

/**
 * Praise of another thing set against a complaint: "the chatbot is useless but the coffee is great". The praise after
 * "but the …" is meant: the complaint is about the first thing.
 */
const CONTRAST_BEFORE = /\bbut (?:the|your|their|our|my) (?:\w+ ){1,2}(?:is|was|are|were|looks?|tastes?)(?: (?:so|really|very|still|always))? $/i;
export const praisesAnotherThing = (text: string, at: number) => CONTRAST_BEFORE.test(text.slice(Math.max(0, at - 50), at));
