/**
 * Whether one more undo may take back an Apply the editor did not keep (the decision of `takeBack` in replace.ts, kept
 * pure so it is tested without a browser). The Apply's region is the span it replaced: the agent's text before it
 * (`head`) and after it (`tail`) must stand as it was before the Apply, and the region itself may only lose what the
 * Apply put in and get back what the Apply took out. Anything else in the region is the agent's: typed there between the
 * Apply and the take-back, or merged by the editor into the Apply's undo step. Reaching the text before the Apply would
 * remove it, so the take-back does not start, or stops and redoes what it undid, and the draft is left with the Apply's
 * part in it ("not taken back", said in the status), the agent's typing whole.
 *
 * Texts are compared with a no-break space read as a space (an editor's undo may give either back). Characters are
 * counted, not aligned: a character the agent typed that the Apply's own text also holds, as often, is told apart only
 * when the region holds more of it than the Apply and the text before it together could.
 */
import { sharedEnd, sharedStart } from './shared-ends';

export interface TakeBackPlan {
  /** The text before the Apply, whole. */
  readonly before: string;
  /** The agent's text before and after the Apply's region, as it was. */
  readonly head: string;
  readonly tail: string;
  /** The region's text before the Apply. */
  readonly original: string;
  /** The characters the Apply put in (its text less what it shares with the region's start and end), counted. */
  readonly inserted: ReadonlyMap<string, number>;
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

function count(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

export function planTakeBack(before: string, start: number, end: number, replacement: string): TakeBackPlan {
  const text = plain(before);
  const original = text.slice(start, end);
  const put = plain(replacement);
  const prefix = sharedStart(original, put);
  const suffix = sharedEnd(original.slice(prefix), put.slice(prefix));
  return { before: text, head: text.slice(0, start), tail: text.slice(end), original, inserted: count(put.slice(prefix, put.length - suffix)) };
}

/** The region's text in `text`, or null when the agent's text beside it does not stand as it was. */
function regionOf(plan: TakeBackPlan, text: string): string | null {
  const { head, tail } = plan;
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return null;
  return text.slice(head.length, text.length - tail.length);
}

/** How far a region is from the text before the Apply: characters it has beyond it (`extra`) and lacks (`missing`). */
function distance(plan: TakeBackPlan, region: string): { extra: Map<string, number>; extraCount: number; missingCount: number } {
  const have = count(region);
  const want = count(plan.original);
  const extra = new Map<string, number>();
  let extraCount = 0;
  let missingCount = 0;
  for (const [char, n] of have) {
    const over = n - (want.get(char) ?? 0);
    if (over > 0) {
      extra.set(char, over);
      extraCount += over;
    }
  }
  for (const [char, n] of want) missingCount += Math.max(0, n - (have.get(char) ?? 0));
  return { extra, extraCount, missingCount };
}

/** Whether every character the region has beyond the text before the Apply can be one the Apply put in. */
const onlyTheApplys = (plan: TakeBackPlan, extra: ReadonlyMap<string, number>) =>
  [...extra].every(([char, n]) => n <= (plan.inserted.get(char) ?? 0));

export function judgeStart(plan: TakeBackPlan, draft: string): StartVerdict {
  const text = plain(draft);
  if (text === plan.before) return 'reached';
  const region = regionOf(plan, text);
  if (region === null) return 'outside';
  return onlyTheApplys(plan, distance(plan, region).extra) ? 'ready' : 'foreign';
}

export function judgeUndo(plan: TakeBackPlan, wasDraft: string, nowDraft: string): UndoVerdict {
  const [was, now] = [plain(wasDraft), plain(nowDraft)];
  if (now === was) return 'unchanged';
  if (now === plan.before) return 'reached';
  const [from, to] = [regionOf(plan, was), regionOf(plan, now)];
  if (from === null || to === null) return 'outside';
  const [a, b] = [distance(plan, from), distance(plan, to)];
  if (!onlyTheApplys(plan, b.extra)) return 'foreign';
  if (b.missingCount > a.missingCount) return 'past-apply';
  if (b.extraCount + b.missingCount < a.extraCount + a.missingCount) return 'closer';
  return b.extraCount > a.extraCount ? 'editor-step' : 'no-closer';
}

/** Whether the take-back may undo again after this verdict. */
export const undoesOn = (verdict: UndoVerdict): boolean => verdict === 'closer' || verdict === 'editor-step';
