import type { Sentence, Paragraph } from '../segment';
import type { SentenceMarkers } from '../markers';
import type { FillInTemplate, MoodReading } from '../types';
import type { SentenceDoc } from '../sentence-doc';
import type { Channel } from '../channel';
import type { PartKind, ReplyStructure } from '../structure';
import type { PrincipleId } from '../principles';
import type { RuleFlag } from '../classify/rule-context';

export interface CheckedSentence extends Sentence {
  markers: SentenceMarkers;
  doc: SentenceDoc;
  /** The part of the reply the sentence ends in: greeting, body, list item or sign-off. */
  part: PartKind;
  /** Index of that part in `structure.parts`. */
  partIndex: number;
}

/** What a whole-reply check sees: the agent's own sentences, the reply's parts, its channel and the customer's mood. */
export interface CheckContext {
  text: string;
  /** Sentences of the agent's own text only (never signature, footer, quoted history or code). */
  sentences: CheckedSentence[];
  paragraphs: Paragraph[];
  totals: SentenceMarkers;
  mood: MoodReading | null;
  /** The customer's message as the mood reader saw it (bounded), when there is one. */
  customerMessage?: string;
  customerName: string | null;
  structure: ReplyStructure;
  channel: Channel;
  /** True when this is the first message of a chat conversation (it still gets a welcome). */
  firstMessage: boolean;
  /** True when a phrase rule or a sentence check already flagged something in start..end (the learned check runs last). */
  flagged?: (start: number, end: number) => boolean;
  /** The principles of the phrase findings in start..end ("positivity": a refusal or dead end a phrase rule caught). */
  flaggedPrinciples?: (start: number, end: number) => ReadonlySet<string>;
  /** The rewordings the phrase findings in start..end offer (findings the agent dismissed left out). */
  phraseFixes?: (start: number, end: number) => readonly string[];
  /**
   * True when a phrase rule warns or suggests anything anywhere in the reply (hints and dismissed rules left out): the
   * reply is not warm as a whole (session 49, issue #10).
   */
  warnedAnywhere?: () => boolean;
  /**
   * Every finding of the phrase rules and sentence checks so far, with its principle (whole-reply checks and rules the
   * agent dismissed left out): what the learned check's training counted as flagged elsewhere (classify/rule-context.ts).
   */
  ruleFlags?: () => readonly RuleFlag[];
}

export interface CheckHit {
  start: number;
  end: number;
  suggestions: string[];
  /** A check that reads several principles (the learned one) names the one this hit serves, and its message. */
  principle?: PrincipleId;
  message?: string;
  /** What only the agent can write, shown beside the finding and never applied (when no rewording fits). */
  advice?: string;
  /** The check is unsure of this hit (it read the need from weak evidence): it speaks as a hint, never louder than its rule. */
  unsure?: boolean;
  /** Fill-in templates in the draft's offsets: a sentence the agent confirms or edits before it is inserted. */
  templates?: FillInTemplate[];
}

export interface StructureCheck<Options> {
  run(context: CheckContext, options: Options): CheckHit[];
}

/** The sentences of the reply's body and list items: no greeting line, no sign-off. */
export function bodySentences(ctx: CheckContext): CheckedSentence[] {
  return ctx.sentences.filter((s) => s.part === 'body' || s.part === 'list-item');
}

/**
 * Words of the body and list items only: how long a signer's name is ("Dr. Ana de la Cruz" or "Ana") or how a
 * greeting is worded never decides whether a reply is long enough for a check.
 */
export function bodyWords(ctx: CheckContext): number {
  let words = 0;
  for (const s of bodySentences(ctx)) words += s.markers.words;
  return words;
}

/**
 * True when the reply is a later part of a thread of posts ("2/2", "(4/4)"): its opening and its
 * acknowledgement were in the first part.
 */
export function continuesThread(ctx: CheckContext): boolean {
  return ctx.structure.parts.some((p) => {
    if (p.kind !== 'sign-off' || !p.inline) return false;
    const m = /^[([]?(\d{1,2})\/\d{1,2}[)\]]?$/.exec(ctx.text.slice(p.start, p.end));
    return m !== null && Number(m[1]) > 1;
  });
}

export function greetingFor(name: string | null): string {
  return name ? `Hi ${name},` : 'Hi there,';
}

/** When a structural expectation applies in a channel. */
export type Expectation = 'always' | 'first-message' | 'never';

export function expected(when: Expectation, ctx: CheckContext): boolean {
  return when === 'always' || (when === 'first-message' && ctx.firstMessage);
}

/**
 * A check's settings for the reply's channel: the channel's own settings win over the top-level ones
 * (which are the e-mail defaults and apply wherever a channel leaves a setting out).
 */
export function forChannel<Base extends object, PerChannel extends object>(
  options: Base & { channels: Record<Channel, PerChannel> },
  channel: Channel,
): Base & PerChannel {
  const own = options.channels[channel];
  const merged = { ...options } as unknown as Base & PerChannel;
  for (const [key, value] of Object.entries(own)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  return merged;
}

/** A question put as a request of the customer ("Could you send a photo?", "Can you just pop it back in the post?"). */
const ASKS_THEM_TO = /^\W*(?:(?:hi|hey|hello)\b[^,]{0,20},\s*)?(?:please\s+)?(?:can|could|would|will)\s+(?:you|u)\b/i;

/**
 * A question that reproaches the customer rather than asks ("Surely you saw it?", "Did you read the manual?", "did u even
 * check ur spam??"): a phrase rule flagged it for respect (blame, lecture, talking down) and it requests nothing of them.
 * It opens no next step and gives no help; a request put as a question ("Can you just send us the label?") still asks.
 */
export function reproachesByQuestion(ctx: CheckContext, s: CheckedSentence): boolean {
  return s.text.trimEnd().endsWith('?') && !ASKS_THEM_TO.test(s.text) && (ctx.flaggedPrinciples?.(s.start, s.end).has('respect') ?? false);
}
