/**
 * Session 53 (issue 15): what stands under the notice that the chat ended or the agent left it ("Lisa left the chat",
 * "Conversation closed by Ahmed") is not the agent's: they have gone. A survey's request there is written in person and
 * punctuated ("Please rate this conversation. Your feedback is mandatory for quality monitoring."), so bare-bottom.ts
 * passes it; here the place speaks for it. Only lines naming the chat's machinery (a rating, feedback, a survey, the
 * conversation) are read, at most three, and only at the very end: the agent's own text under a pasted transcript's
 * closing frame ("--- Chat closed by reception ---⏎Your room will be ready…") names none of it and stays theirs, as does a
 * line in the first person ("Chat ended by Sofia⏎I'll check the next export myself and message you.").
 *
 * Measured (totals): half A misread replies 26 → 25; the 27 blind layout batches' replies with a line not the agent's read
 * as body 112 → 111 and the new blind batch br's 10 → 9, br's findings inside not-agent text 5 in 5 → 4 in 4 in channel
 * and 15 in 9 → 12 in 8 as e-mail, cold replies with equal warmth +1 in each; no agent line newly read as skipped (without
 * the first-person guard a half-A agent line was); half B, every tune and blind reply file and the 583 social replies
 * unchanged.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { SYSTEM_WORD } from './bare-bottom';

/** The most lines read under the notice. */
const MAX_LINES_BELOW = 3;
/** The longest line read. */
const MAX_LINE_CHARS = 300;
/**
 * The agent speaking as themselves, or promising a step for the team: "I'll check the next export myself and message
 * you.", "We'll message you when the refund lands…" under the notice are theirs (review 53); a survey asks, it does not
 * promise ("We'd love your feedback on this conversation").
 */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’])(?:i|i['’](?:m|ve|ll|d)|me|my|we['’]ll|we will)(?![\p{L}\p{N}'’])/iu;
/** The app's notice that the chat ended or the agent left it. */
const CHAT_ENDED =
  /(?<![\p{L}])(?:left|has left|ended|closed|has ended|has been closed|was closed|was ended)(?: (?:the|this))? (?:chat|conversation|session)\b|(?<![\p{L}])(?:chat|conversation|session) (?:ended|closed|has ended|was closed|was ended)\b/iu;

/** Marks up to three lines naming the chat's machinery at the very end, under a notice that the chat ended, as the app's. */
export function markAfterChatEnded(lines: readonly Line[], kinds: LineKind[]): void {
  const below: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (kinds[i] === 'agent') {
      if (below.length >= MAX_LINES_BELOW || line.contentEnd - line.contentStart > MAX_LINE_CHARS || !SYSTEM_WORD.test(line.head) || FIRST_PERSON.test(line.head)) return;
      below.push(i);
      continue;
    }
    if (below.length > 0 && kinds[i] === 'footer' && CHAT_ENDED.test(line.head)) for (const k of below) kinds[k] = 'footer';
    return;
  }
}
