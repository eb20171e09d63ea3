/**
 * Whether one more undo may take back an Apply the editor did not keep (the decision of `takeBack` in replace.ts, kept
 * pure so it is tested without a browser). The Apply's region is the span it replaced: the agent's text before it
 * (`head`) and after it (`tail`) must stand as it was before the Apply, and the region itself may only lose what the
 * Apply put in and get back what the Apply took out. Anything else in the region is the agent's: typed there between the
 * Apply and the take-back, or merged by the editor into the Apply's undo step. Reaching the text before the Apply would
 * remove it, so the take-back does not start, or stops and redoes what it undid, and the draft is left with the Apply's
 * part in it ("not taken back", said in the status), the agent's typing whole.
 *
 * Texts are compared with a no-break space read as a space (an editor's undo may give either back), and aligned, not
 * counted: the region's text before and after each undo is aligned with the text before the Apply and with the Apply's
 * text (the `diff` package), so a character stands for the Apply's only where the Apply put it. A word the agent typed
 * over one of the Apply's, even of the same letters ("Mary" retyped "Myra", an order number's digits swapped), is the
 * agent's, where counting characters took it for the Apply's.
 */
import { diffArrays } from 'diff';

export interface TakeBackPlan {
  /** The text before the Apply, whole. */
  readonly before: string;
  /** The agent's text before and after the Apply's region, as it was. */
  readonly head: string;
  readonly tail: string;
  /** The region's text before the Apply. */
  readonly original: string;
  /**
   * The region's text before the Apply and the Apply's text aligned into one sequence of characters: what they share,
   * once, with what only one of them has in its place between.
   */
  readonly merged: readonly string[] | null;
}

/**
 * Where the draft stands before the first undo: `reached` (it already reads as before: no undo, which would take the
 * agent's own typing), `ready`, or why not: `outside` (the agent's text beside the region changed) or `foreign` (the
 * region holds text neither the Apply nor the text before it had: the agent's).
 */
export type StartVerdict = 'reached' | 'ready' | 'outside' | 'foreign';

/**
 * What one undo did: `reached` (the draft reads as before), `closer` (the region nearer the text before the Apply,
 * having lost only the Apply's text or got back its own), `editor-step` (it gave back part of the Apply's own text and
 * took nothing of the text before: the undo of an editor's own tidying of the insert, which comes first), or why it
 * must be redone: `unchanged` (the undo did nothing), `outside`, `foreign`, `past-apply` (it took text the region held
 * before the Apply: the agent's earlier work) or `no-closer`.
 */
export type UndoVerdict = 'reached' | 'closer' | 'editor-step' | 'unchanged' | 'outside' | 'foreign' | 'past-apply' | 'no-closer';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** A text as characters (code points: an emoji is one). */
const chars = (text: string): string[] => Array.from(text);

/**
 * How many characters two texts may differ by before their alignment gives up: `diff` takes time that grows with the
 * texts' length times their difference, and the take-back runs on the page's thread, up to TAKE_BACK_UNDOS times. An
 * Apply's span is a sentence or a few, far below; past it (a whole long draft replaced) the take-back does not start, or
 * stops and redoes, and the draft keeps what the editor made of the Apply ("not taken back").
 */
export const MAX_ALIGN_EDITS = 1200;
const align = (a: string, b: string) => diffArrays(chars(a), chars(b), { maxEditLength: MAX_ALIGN_EDITS }) ?? null;

export function planTakeBack(before: string, start: number, end: number, replacement: string): TakeBackPlan {
  const text = plain(before);
  const original = text.slice(start, end);
  const put = plain(replacement);
  // Both texts, aligned, in one line: what they share once, what only the region had and what only the Apply put in,
  // each where it stands. Every state between the Apply and the text before it reads as part of it, in order.
  const merged = align(original, put)?.flatMap((part) => part.value) ?? null;
  return { before: text, head: text.slice(0, start), tail: text.slice(end), original, merged };
}

/** The region's text in `text`, or null when the agent's text beside it does not stand as it was. */
function regionOf(plan: TakeBackPlan, text: string): string | null {
  const { head, tail } = plan;
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return null;
  return text.slice(head.length, text.length - tail.length);
}

/**
 * Whether every character of the region stands where the region before the Apply or the Apply's text had it: the
 * region reads as the two texts aligned (`merged`) with characters left out, none added or moved. A word the agent
 * typed in it, even one made of the same letters as the word it replaced, is not.
 */
function onlyTheApplys(plan: TakeBackPlan, region: string): boolean {
  const { merged } = plan;
  if (merged === null) return false;
  let at = 0;
  for (const char of chars(region)) {
    while (at < merged.length && merged[at] !== char) at += 1;
    if (at === merged.length) return false;
    at += 1;
  }
  return true;
}

/**
 * How far a region is from the text before the Apply, aligned with it: characters it has beyond it (`extra`) and lacks
 * (`missing`).
 */
function distance(plan: TakeBackPlan, region: string): { extra: number; missing: number } | null {
  const parts = align(plan.original, region);
  if (parts === null) return null;
  let extra = 0;
  let missing = 0;
  for (const part of parts) {
    if (part.added) extra += part.value.length;
    else if (part.removed) missing += part.value.length;
  }
  return { extra, missing };
}

export function judgeStart(plan: TakeBackPlan, draft: string): StartVerdict {
  const text = plain(draft);
  if (text === plan.before) return 'reached';
  const region = regionOf(plan, text);
  if (region === null) return 'outside';
  return onlyTheApplys(plan, region) ? 'ready' : 'foreign';
}

export function judgeUndo(plan: TakeBackPlan, wasDraft: string, nowDraft: string): UndoVerdict {
  const [was, now] = [plain(wasDraft), plain(nowDraft)];
  if (now === was) return 'unchanged';
  if (now === plan.before) return 'reached';
  const [from, to] = [regionOf(plan, was), regionOf(plan, now)];
  if (from === null || to === null) return 'outside';
  if (!onlyTheApplys(plan, to)) return 'foreign';
  const [a, b] = [distance(plan, from), distance(plan, to)];
  if (a === null || b === null) return 'foreign';
  if (b.missing > a.missing) return 'past-apply';
  if (b.extra + b.missing < a.extra + a.missing) return 'closer';
  return b.extra > a.extra ? 'editor-step' : 'no-closer';
}

/** Whether the take-back may undo again after this verdict. */
export const undoesOn = (verdict: UndoVerdict): boolean => verdict === 'closer' || verdict === 'editor-step';
