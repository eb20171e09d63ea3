/**
 * Session 49 (issue 15): lines over the agent's opening move. A reply opens with its greeting, its thanks, its apology or
 * its first answer ("Sorry for the wait!", "Thanks for reaching out", "Yes, a second driver can be added…"); when such an
 * opening stands on the second or third line of a draft, glued under lines that open nothing themselves, those lines are
 * what a tool or the customer put there first — a bot's notice, a system line, the customer's last messages, a rating —
 * whatever words they are in. The evidence is the place of the agent's opening, not the pasted words; the lines over it
 * are read only while they look typed by no agent: no sentence's end, nothing said in person ("I", "we", "you", "our"),
 * no lead-in, name, question or self-introduction.
 *
 * Measured (session 49, totals): the blind layout batches' lines not the agent's read as body 109 → 104 (misread replies
 * 142 → 137, findings inside not-agent text 59 in 44 → 58 in 43), half A 20 → 17, half B 4 → 4; no agent line newly read
 * as skipped on any of them; reply recall and social findings unchanged.
 *
 * Session 49 (lay49b): a line in person is read too when it speaks of the customer's own things and never for the
 * company ("where is my refund??" glued over "Sorry for the wait!"): blind lines not the agent's read as body 104 → 103
 * (misread replies 137 → 136), half A and half B, findings, reply recall, warm hints and social findings unchanged.
 */
import { PERSONAL } from './app-lines';
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';

/** The most lines read above the opening. */
const MAX_LINES_ABOVE = 2;
/** How many blank lines may stand between them and the opening. */
const MAX_BLANKS = 1;
/** The fewest words of an opening line ("Sorry for the wait!"; "Thanks," alone signs off). */
const MIN_OPENER_WORDS = 3;
/** The longest line read above the opening. */
const MAX_LINE_CHARS = 300;

/** How an agent opens a reply: thanks, an apology, a yes or no, a welcome, "happy to help", "good news". */
const OPENER =
  /^(?:thanks|thank you|many thanks|sorry|so sorry|really sorry|apologies|my apologies|i['’]m (?:so |really |very )?sorry|we['’]re (?:so |really |very )?sorry|i apologi[sz]e|good news|great news|great question|yes|yeah|yep|no problem|no worries|of course|sure|absolutely|certainly|definitely|happy to help|glad to help|happy to|glad you|welcome|you['’]re welcome|understood|got it|ah|oh no|oh|okay|ok)(?![\p{L}\p{N}'’])/iu;

/** The agent naming themselves: "Sam here", "This is Sam from Acme", "It's Priya". */
export const SELF_INTRO = /(?:^(?:this is|it['’]s|my name is) \S)|(?:^\S{1,30} here\b)/iu;

/** "my" / "mine": the customer speaking of their own order, refund or account ("where is my refund??"). */
export const MY = /(?<![\p{L}\p{N}'’])(?:my|mine)(?![\p{L}\p{N}'’])/iu;
/** The company's voice: "we", "our", "us". */
export const COMPANY = /(?<![\p{L}\p{N}'’])(?:we|we['’](?:re|ve|ll|d)|us|our|ours)(?![\p{L}\p{N}'’])/iu;
/**
 * Session 49: the customer's earlier message glued over the agent's opening, typed as a chat is ("where is my refund??",
 * "i ordered on monday and my parcel still hasnt come"): it speaks of their own things and never for the company. The
 * agent's own line over their opening asks back about the customer's ("Changing the delivery date to Friday?") or says
 * "we"; "my" alone over "Thanks for waiting" is the customer's.
 */
const speaksOfTheirOwn = (head: string) => MY.test(head) && !COMPANY.test(head);

export const isOpeningMove = (head: string) => isGreetingWord(head) || OPENER.test(head);

/** Marks the top lines over the agent's opening move (glued, or one blank line between) as someone else's. */
export function markLinesOverOpener(lines: readonly Line[], kinds: LineKind[]): void {
  const above: number[] = [];
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (above.length > 0 && ++blanks > MAX_BLANKS) return;
      continue;
    }
    if (kinds[i] !== 'agent') return;
    if (isOpeningMove(line.head)) {
      // A short "Thanks," or "Cheers" under the agent's answer is their sign-off, not an opening.
      if (above.length === 0 || line.head.split(/\s+/).length < MIN_OPENER_WORDS) return;
      // The agent keeps lines of their own from the opening on.
      for (const k of above) kinds[k] = 'quote';
      return;
    }
    if (above.length >= MAX_LINES_ABOVE || blanks > 0 || line.contentEnd - line.contentStart > MAX_LINE_CHARS) return;
    // The agent's own lines over their opening: a lead-in ending in ":", a name or greeting ending in "," ("Kia ora Léa,"),
    // a question asked back ("Changing the delivery date to Friday?"), a finished sentence or an exclamation ("Morning
    // Anna!"), a line in person ("I have looked into it", "Not our problem…"), a self-introduction ("Sam here"). What a
    // tool or a chat puts over the reply is typed without its full stop.
    if (/[:,.!…]["'”’)*_]*$/u.test(line.tail) || SELF_INTRO.test(line.head)) return;
    if ((/\?["'”’)*_]*$/u.test(line.tail) || PERSONAL.test(line.head)) && !speaksOfTheirOwn(line.head)) return;
    above.push(i);
  }
}
