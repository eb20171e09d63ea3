/**
 * Issue 15, session 38: warmth is read from what the agent wrote to this customer, never from the closing under it.
 * A valediction and the name signed under it ("Kind regards,⏎Repairs Team") are most often the helpdesk's template or
 * the mail client's signature, and a team or role signed on its own line with no valediction ("Payflow Support",
 * "Membership Sec.") is the same name without the formula. Scored, they moved a cold reply's warmth with its signature:
 * the closing became the reply's last sentence (`last:*` features), added sentences and words, and its "regards" or
 * "thank you" counted as the reply's own courtesy. Findings on them are still shown; only the score leaves them out.
 */
import { isNameLike } from '../structure';

interface ClosingSentence {
  text: string;
  part: string;
  ownLine: boolean;
}

/**
 * A name or team signed on its own line ends on a letter, or on an abbreviation's stop ("Membership Sec.", "Tipi Co.",
 * "J. Smith"); a short line in capitals that ends a statement ("No.", "Not Eligible.", "Case Closed!") is the reply's last
 * sentence, though isNameLike takes it for a name.
 */
const SIGNED_LINE_END = /(?:[^.!\s]|(?:^|\s)(?:Sec|Secy|Ltd|Co|Inc|Corp|Dept|Plc|PLC|LLC|LLP|Pty|Bros|Assn|Mgr|Dir|Jr|Sr|Esq|\p{Lu})\.)\s*$/u;

/** A name never says no: a short capitalised line that negates ("Not Eligible", "No Refund") is the reply's answer. */
const NEGATES = /\b(?:not|no|never|none|nothing|cannot)\b|n['’]t\b/i;

/** The sentences the warmth model reads: the agent's sentences without the sign-off, nor a name signed on its own line at the end. */
export function withoutClosing<S extends ClosingSentence>(sentences: readonly S[]): S[] {
  const kept = sentences.filter((s) => s.part !== 'sign-off');
  let n = kept.length;
  // Bounded by the sentence count; one sentence is always kept (a reply that is only a name is still read).
  while (n > 1 && kept[n - 1]!.ownLine && SIGNED_LINE_END.test(kept[n - 1]!.text) && !NEGATES.test(kept[n - 1]!.text) && isNameLike(kept[n - 1]!.text)) n--;
  return n === kept.length ? kept : kept.slice(0, n);
}
