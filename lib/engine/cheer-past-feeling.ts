/**
 * Cheer past the feeling (issue #10, session 50). A reply to an upset customer that acknowledges nothing often shows it
 * most plainly in a cheery line: a well-wish or a thanks of the happy path ("Have a great night!", "Thanks for riding!",
 * "Thanks for being a valued member…", "Happy travels!"), a wish about their time or event ("We hope the event was a
 * success."), or an offer to buy more ("did you know you can upgrade…?"). The tone says the feeling was missed.
 *
 * No new card: the acknowledgement card the check already gives (the customer is upset and nothing acknowledged it)
 * takes the cheery line as an empathy member, with one sentence of advice that says why. A reply with no acknowledgement
 * card gains nothing here, so a warm reply cannot gain a card.
 */
import { joinAdvice } from './card-evidence';
import type { Finding } from './types';

/**
 * A well-wish of the happy path, opening the sentence: "Have a great night!", "Enjoy your new skates", "Happy travels!",
 * "Safe travels", "Sweet dreams!", "Wishing you a merry Christmas!", "We wish you the best!", "Keep racing! 🏁",
 * "We hope you have a lovely time at the wedding!", "We can't wait to see you on the dance floor!",
 * "We look forward to welcoming you on board", "Hope to see you again soon".
 */
const WELL_WISH =
  /^\W*(?:(?:and|so|now|anyway),? )?(?:(?:have|enjoy) (?:an? |the rest of |your )|happy \w+ing\b|happy (?:travels|holidays|trails)\b|safe (?:travels|trip|journey)\b|sweet dreams\b|bon voyage\b|keep \w+ing!|(?:(?:we|i)(?: all)? )?(?:wish|wishing) you\b|(?:(?:we|i) )?(?:hope|trust) (?:you(?:['’]ll| will| all)? (?:have|enjoy|had|love)\b|to see you\b|(?:the|your) [^.!?]{1,40}? (?:was|went|is|goes|will be) (?:a |an )?(?:success|great|good|lovely|wonderful|fun|amazing|well|perfect|fantastic|brilliant|smooth)\b)|(?:(?:we|i) )?(?:can['’]?t|cannot) wait to (?:see|welcome|have) you\b|(?:(?:we|i) )?look forward to (?:seeing|welcoming|having|serving) you\b)/i;

/**
 * A thanks of the happy path: for being their customer, for choosing or using the service, for a patience or an
 * understanding the reply presumes ("Thanks for riding!", "Thank you for being a valued member of HomeShield!",
 * "Thanks for being part of the Ember community!", "Thank you for your understanding", "We appreciate you choosing
 * Horizon Air"). Not thanks for something the customer did for the case ("Thanks for sending the photos"): that is
 * the case, not cheer.
 */
const HAPPY_PATH_THANKS =
  /^\W*(?:(?:and )?(?:many |big )?(?:thanks|thank you)(?: (?:so|very) much| again| once again)?|(?:we|i) (?:really |truly )?appreciate(?: you)?) (?:for )?(?:being (?:a|an|our|part|one)\b|choosing\b|(?:riding|flying|shopping|travell?ing|staying|dining|banking|driving|gaming|playing|reading|listening|watching|cooking|baking|skating|racing|sailing|booking) with\b|(?:riding|flying|shopping|travell?ing|staying|dining|banking|gaming|playing|listening|watching|racing)\W*$|your (?:continued |ongoing |kind )?(?:loyalty|business|custom|support|understanding|patience)\b)/i;

/**
 * An offer to buy more: "did you know you can upgrade…?", "our Pro plan comes with…", "We'd be happy to sell you a
 * pillow at 15% off", "we're running a 0.9% APR event this month", "our Business Capital product could help…".
 */
const SELLS_MORE =
  /\bdid you know (?:that )?(?:you|we)\b|\bupgrad(?:e|ing) (?:to|your)\b|\b(?:plan|tier|product|package|membership|bundle|subscription) (?:comes with|includes|could help|can help|would help)\b|\bsell you\b|\b\d{1,3}(?:\.\d{1,2})?% (?:off|apr)\b|\brunning an? [^.!?]{0,30}\b(?:offer|sale|promotion|deal|event)\b/i;

/** Is the sentence cheer that reads past an upset customer: a well-wish, a happy-path thanks or an offer to buy more? */
export function cheersPastTheFeeling(sentence: string): boolean {
  const s = sentence.trim();
  if (!s) return false;
  return WELL_WISH.test(s) || HAPPY_PATH_THANKS.test(s) || SELLS_MORE.test(s);
}

/** At most this many cheery lines join one card: a reply is read once, and a long one need not list every line. */
const MAX_LINES = 3;
/** A quoted line longer than this is cut at a word and ends in "…": the advice stays one readable sentence. */
const QUOTE_CHARS = 60;

/** The line as the advice quotes it: whole when short, else its first words and "…". */
function quoted(line: string): string {
  const trimmed = line.trim();
  if (trimmed.length <= QUOTE_CHARS) return trimmed;
  const cut = trimmed.slice(0, QUOTE_CHARS);
  const atWord = cut.lastIndexOf(' ');
  let head = atWord > 0 ? cut.slice(0, atWord) : cut;
  // Drop the pause the cut fell after ("plan, which…" not "plan,…"); at most QUOTE_CHARS steps.
  while (head && ' ,;:'.includes(head.at(-1)!)) head = head.slice(0, -1);
  return `${head}…`;
}

/**
 * The acknowledgement card with each cheery line of `sentences` (the agent's own, spans into `text`) as an empathy member
 * of `ruleId` on its own words, and advice naming the first line once after the card's own; the card unchanged where no
 * line cheers past the feeling. The card keeps its span, underline and rewording: a whole-reply card widened to a line
 * far below would underline the whole body, and its Apply would rewrite every line, list and paragraph between.
 */
export function withCheerMembers(card: Finding, text: string, sentences: readonly { start: number; end: number }[], ruleId: string): Finding {
  const cheery = sentences.filter((s) => cheersPastTheFeeling(text.slice(s.start, s.end))).slice(0, MAX_LINES);
  if (!cheery.length) return card;
  const members = card.merged ?? [{ ruleId: card.ruleId, principle: card.principle, start: card.start, end: card.end }];
  const first = cheery[0]!;
  return {
    ...card,
    advice: joinAdvice(card.advice, cheerAdvice(text.slice(first.start, first.end))),
    alsoRuleIds: [...(card.alsoRuleIds ?? []), ruleId],
    merged: [...members, ...cheery.map((s) => ({ ruleId, principle: 'empathy' as const, start: s.start, end: s.end, evidence: true as const }))],
  };
}

/** The card's advice for its cheery line, one friendly sentence that quotes the line. */
export function cheerAdvice(line: string): string {
  return `“${quoted(line)}” reads past how they feel: say you see what went wrong for them first, and the warm words will land.`;
}
