/**
 * Session 52 (issue 15): bare lines glued to a block the pass already reads as someone else's at the top of a draft. A
 * chat or social app pastes the customer's turn or post with its own lines around it ("Maria · 10:42", a transcript's
 * heading, a "Replying to @…" line); the pass reads those by their shape, but a plain line in the same glued block (the
 * post's title over it, the customer's words under its heading) is typed as no agent types their own: no sentence's end,
 * nothing in person, no lead-in, opening or introduction (bare-top.ts's test). Glued to the skipped lines, it is part of
 * their block, not the agent's: the agent's text starts below, at their first line that is not bare.
 *
 * bare-top.ts reads bare lines glued over the agent's first line in person only when nothing but skipped lines stand
 * above them and nothing skipped stands between; glued-over-greeting.ts reads at most four lines over the greeting,
 * skipped ones included. Here the evidence is the block itself: a bare line right over a skipped line (the block's
 * heading) or right under one (its last words), in a run of glued lines, while the agent's text opens below in person,
 * with a greeting or an opening move. The agent's own terse first line stays theirs where bare-top keeps it: a name alone
 * over their line, a line going on with "also" or about someone the bare line names; a first name alone anywhere in the
 * block is the agent's salutation over an inline quote as often as a heading. A bare line glued under the block with a
 * blank line under it is read with the block too: it stands in the pasted turn's paragraph (the agent's terse first
 * paragraph glued under a paste, "Refund sent today⏎⏎You should see it…", is the trade-off), but not under a quote that
 * marks each of its own lines ("> …"), where an unmarked line is the agent's answer typed inline (review 52).
 *
 * Measured (session 52, totals; `scripts/layout-batch-figures.ts`, `layout-misread-kinds.ts`): the 27 blind layout batches'
 * replies with a line not the agent's read as body 111 → 102 (misread replies 152 → 143, findings inside not-agent text 61
 * in 45 → 59 in 43 in channel, 129 in 81 → 118 in 72 as e-mail); half A and half B unchanged; no line of the tune or blind
 * reply files or the real social replies moved, and no agent line was newly read as skipped anywhere. Without the blank-line
 * reading (only a heading over the block, or lines glued over the agent's opening; before the field guard): blind misread
 * 145, findings 60 in 44.
 */
import { PERSONAL } from './app-lines';
import { continuesFromBareLine, isBareImpersonal } from './bare-top';
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isOpeningMove } from './opener-below';
import { isFieldLine, isGreetingWord, isMarkedLineByLine } from './patterns';

/** The most non-blank lines walked at the top (skipped and bare): the cue stays bounded on a long paste. */
const MAX_LINES_WALKED = 12;
/** The most bare lines of one glued run read with its skipped lines. */
const MAX_BARE_IN_RUN = 3;

/** One capitalised word alone: "Amir", "Léa". */
const FIRST_NAME_ALONE = /^\p{Lu}[\p{L}'’-]{0,20}$/u;

const SKIPPED_WITH_BLOCK = new Set<LineKind>(['quote', 'footer']);

/** Whether the skipped line nearest above line `k` in its run is a quote that marks each of its own lines. */
function isUnderLineMarkedQuote(run: readonly number[], k: number, lines: readonly Line[], kinds: readonly LineKind[]): boolean {
  for (let j = run.indexOf(k) - 1; j >= 0; j--) {
    const above = run[j]!;
    if (kinds[above] !== 'agent') return isMarkedLineByLine(lines[above]!.head);
  }
  return false;
}

/** Marks bare lines glued to a block already read as someone else's, above the agent's first line, with that block. */
export function markBareGluedToSkippedTop(lines: readonly Line[], kinds: LineKind[]): void {
  const walked: number[] = [];
  let first = -1;
  for (let i = 0; i < lines.length && walked.length < MAX_LINES_WALKED; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (kinds[i] === 'agent' && (isGreetingWord(line.head) || !isBareImpersonal(line))) {
      first = i;
      break;
    }
    walked.push(i);
  }
  if (first < 0 || !walked.some((k) => kinds[k] === 'agent')) return;
  const opening = lines[first]!.head;
  if (!PERSONAL.test(opening) && !isGreetingWord(opening) && !isOpeningMove(opening)) return;
  // Runs of glued lines (no blank line between).
  const runs: number[][] = [];
  for (const k of walked) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === k - 1) run.push(k);
    else runs.push([k]);
  }
  for (const run of runs) {
    const skippedKind = run.map((k) => kinds[k]!).find((kind) => SKIPPED_WITH_BLOCK.has(kind));
    const bare = run.filter((k) => kinds[k] === 'agent');
    if (!skippedKind || bare.length === 0 || bare.length > MAX_BARE_IN_RUN) continue;
    // The run glued right over the agent's first line: its last bare line may be the agent's own report ("Refund done 👍⏎
    // I've also added…"), as bare-top.ts keeps it.
    const last = run[run.length - 1]!;
    if (last === first - 1 && kinds[last] === 'agent' && continuesFromBareLine(lines[last]!.head, opening)) continue;
    // Left the agent's: a first name alone, maybe their salutation over an inline quote ("Amir⏎> …⏎I've sent it"; a
    // paste's heading names the sender in full, "Maria Lopez"); a record's field ("Order: 5512", "Rent: £950"), a value
    // the agent typed over the app's notice (families-s41); a line under a quote that marks each of its lines ("> Where
    // is my refund?⏎Refund sent today"), the agent's answer typed inline (review 52).
    for (const k of bare) {
      const head = lines[k]!.head;
      if (FIRST_NAME_ALONE.test(head) || isFieldLine(head) || isUnderLineMarkedQuote(run, k, lines, kinds)) continue;
      kinds[k] = skippedKind;
    }
  }
}
