/**
 * What the customer wrote, and where the sentence sits in the reply, as features of a sentence for the learned check
 * (session 43, measured by grouped CV, `scripts/train-classifier.ts --variants`, and not shipped: all lost, README):
 * - `cu:msg` when there is a customer message; `cu:upset` when a reply should acknowledge how they feel, `cu:mood:<mood>`
 *   for each mood lib/engine/mood reads, `cu:calm` for a message with none; `cu:asked` when they asked a question,
 *   `cu:tried` when they say they already tried something;
 * - `cx:<customer>&<shape>`: a few of those crossed with the sentence's coarse shapes (a redirect, a door closed, a rule
 *   cited, an obligation put on them): a redirect beside an upset customer reads colder than beside a calm one;
 * - `pos:first`, `pos:last`, `pos:only`: the sentence's place among the reply's body sentences.
 * One place for the training script and the engine, so they read the customer the same way. Pure and bounded: the
 * message is the analyzer's bounded one (messageForMood), the regexes linear.
 */
import type { MoodReading } from '../types';
import type { FeatureVector } from '../warmth/features';

/** "I've already tried…", "I restarted it", "already checked": they did something before writing. */
const TRIED =
  /\b(?:i(?:'ve| have)?|we(?:'ve| have)?) (?:already |also |even )?(?:tried|restarted|rebooted|reinstalled|cleared|reset|followed|checked|updated|unplugged|turned it off)\b|\balready (?:tried|done|did|checked|restarted|reset|followed)\b/i;

/** The customer-side features crossed with the sentence's shapes: the mood that colours a cold shape, and their ask. */
const CROSSED_CUSTOMER = ['cu:upset', 'cu:calm', 'cu:asked', 'cu:tried'] as const;
/** The sentence's coarse shapes (classify/features.ts) that read colder or kinder by who they answer: untagged ones, so the check's ceiling still holds. */
const CROSSED_SHAPES = ['s:deflection', 'v:closedDoor', 'v:ruleCited', 's:youObligation', 'v:youFailed'] as const;

/** The customer's side of the reply: `message` as the analyzer bounds it (messageForMood), `reading` its mood. */
export function customerFeatures(message: string | undefined, reading: MoodReading | null): [string, number][] {
  if (!message?.trim()) return [];
  const out: [string, number][] = [['cu:msg', 1]];
  const moods = reading?.moods ?? [];
  if (reading?.needsAcknowledgement) out.push(['cu:upset', 1]);
  for (const mood of [...new Set(moods)].sort()) out.push([`cu:mood:${mood}`, 1]);
  if (!moods.length) out.push(['cu:calm', 1]);
  if (message.includes('?')) out.push(['cu:asked', 1]);
  if (TRIED.test(message.replace(/\u2019/g, "'"))) out.push(['cu:tried', 1]);
  return out;
}

/** The customer features crossed with the sentence's own coarse shapes (`cx:cu:upset&s:deflection`). */
export function customerCrosses(customer: readonly [string, number][], sentence: FeatureVector): [string, number][] {
  const out: [string, number][] = [];
  for (const [c] of customer) {
    if (!(CROSSED_CUSTOMER as readonly string[]).includes(c)) continue;
    for (const shape of CROSSED_SHAPES) if (sentence.has(shape)) out.push([`cx:${c}&${shape}`, 1]);
  }
  return out;
}

/** The sentence's place among the reply's `count` body sentences (index from 0). */
export function positionFeatures(index: number, count: number): [string, number][] {
  if (count <= 0 || index < 0 || index >= count) return [];
  if (count === 1) return [['pos:only', 1]];
  if (index === 0) return [['pos:first', 1]];
  return index === count - 1 ? [['pos:last', 1]] : [];
}

/** True for a feature of this file (the principle models are fitted without them, as without `r:`). */
export const isCustomerContextFeature = (name: string): boolean => name.startsWith('cu:') || name.startsWith('cx:') || name.startsWith('pos:');
