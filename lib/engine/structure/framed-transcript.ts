/**
 * Session 53 (issue 15): a chat transcript pasted between the app's own frame lines ("--- Chat started 3 Dec 2026 ---" …
 * "--- Chat closed by reception ---"). The frames are read as the app's, and most turns inside as quoted, but a turn
 * labelled with the team's role ("Reception: Yes, from 11am.") was kept as the agent's words: a label the agent might type
 * ("Reception", "Support") is no evidence on its own. Between a start frame and an end frame every labelled turn (and the
 * lines glued under it) is the transcript's: the agent writes their reply outside the frames.
 *
 * Measured (totals): half A misread replies 27 → 26 (the frame's "Reception:" turn); the 27 blind layout batches' lines
 * not the agent's read as body −3 in one batch (replies with such a line 113 → 112, misread replies 163 → 162), findings
 * inside not-agent text 63 in 47 → 62 in 46 in channel and 127 in 81 → 124 in 80 as e-mail; structural must-flags −1 there,
 * a catch made only by a finding inside the transcript (caught for the wrong reason); no agent line newly read as
 * skipped; half B, the new blind batch br, every tune and blind reply file and the 583 social replies unchanged.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';

/** The most lines a framed transcript spans (the walk stays bounded on a long reply). */
const MAX_FRAMED_LINES = 80;
/** The most lines walked looking for a start frame. */
const MAX_LINES_WALKED = 400;

/** The app's line that opens a transcript: "--- Chat started 3 Dec 2026 ---", "Conversation started", "Transcript begins". */
const START_FRAME = /^\W{0,6}(?:(?:live )?chat|conversation|transcript|session)(?: transcript)? (?:started|starts|begins|began|opened)\b/iu;
/** The app's line that closes it: "--- Chat closed by reception ---", "Conversation ended", "End of transcript". */
const END_FRAME = /^\W{0,6}(?:(?:live )?chat|conversation|transcript|session) (?:ended|ends|closed|finished|was closed|was ended)\b|^\W{0,6}end of (?:the )?(?:chat|conversation|transcript)\b/iu;
/** A speaker's label opening a turn: "Reception: …", "Guest: …", "Sam (Front Office): …". */
const TURN_LABEL = /^[\p{L}][\p{L}\p{N}.'’-]{0,24}(?: [\p{L}\p{N}.'’-]{1,24}){0,2}(?: \([^)\n]{1,30}\))? ?: \S/u;

/** Marks the labelled turns still read as the agent's between a transcript's start and end frames as quoted. */
export function markFramedTranscript(lines: readonly Line[], kinds: LineKind[]): void {
  const last = Math.min(lines.length, MAX_LINES_WALKED);
  for (let i = 0; i < last; i++) {
    if (kinds[i] === 'agent' || kinds[i] === 'blank' || !START_FRAME.test(lines[i]!.head)) continue;
    const end = Math.min(lines.length, i + MAX_FRAMED_LINES);
    let close = -1;
    for (let j = i + 1; j < end; j++) {
      if (kinds[j] !== 'agent' && kinds[j] !== 'blank' && END_FRAME.test(lines[j]!.head)) {
        close = j;
        break;
      }
    }
    if (close < 0) return;
    let inTurn = false;
    for (let j = i + 1; j < close; j++) {
      if (lines[j]!.blank || kinds[j] !== 'agent') {
        inTurn = kinds[j] !== 'agent' && !lines[j]!.blank;
        continue;
      }
      if (TURN_LABEL.test(lines[j]!.head) || inTurn) {
        kinds[j] = 'quote';
        inTurn = true;
      }
    }
    i = close;
  }
}
