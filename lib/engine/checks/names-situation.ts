/**
 * A reply acknowledges when it names the customer's situation, or what it costs them, before the fix — in any words:
 * "Three hours at B12 with no word from us isn't good enough", "40 minutes with hungry kids is no fun at all",
 * "A week without that lift means a week without your station", "An hour in arrivals with two kids and no car: let's
 * get you moving". Read from the grammar rather than a list of wordings:
 * - the sentence opens on the customer's own situation (a word or number of their message before its first verb),
 *   with no person as its subject ("We…", "Your order…" as a record are reports);
 * - it says what that situation is (a copula or a linking verb: "is", "means", "sounds") or names it in a fragment
 *   with no verb at all ("Poor Biscuit.");
 * - and it judges it from their side: a degree ("too many", "so long"), a "no"/"without" of something missing, a
 *   negated approval ("isn't good enough", "not OK"), or the customer in the judgement ("the last thing you need").
 * A passive ("The late fee was applied correctly") or a question reports or asks; neither names the situation.
 */
import type { CheckedSentence } from './context';
import { tagSentence } from '../../nlp/nlp';

/** Words too common to tie a sentence to the message: function words and the words every support message has. */
const COMMON = new Set(
  (
    'the a an and or but so if then than that this these those there here with without from into onto over under for of at by on in to up out off ' +
    'about after again all also any are as be been being before both can could did does doing done each few had has have having how its just ' +
    'more most much must not now only other our ours own same should some such too very was were what when where which while who why will ' +
    'would your yours you they them their we us i me my he she him her his it is am do no yes get got one still even ever really please ' +
    'thanks thank sorry hello dear like know need want said says told help team today time thing things issue problem'
  ).split(' '),
);
const NUMBER_WORDS = new Map(
  'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, String(i + 1)] as const),
);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The message's words that can tie a reply to it: content words (plural folded) and numbers, number words as digits. */
function keyWords(text: string): Set<string> {
  const keys = new Set<string>();
  let n = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    if (++n > 400) break;
    const w = NUMBER_WORDS.get(m[0]) ?? m[0].replace(/['’]s$/, '');
    if (COMMON.has(w)) continue;
    const digits = /^\d+/.exec(w);
    if (digits) keys.add(digits[0]);
    else if (w.length >= 3) keys.add(w.length > 4 ? w.replace(/(?:es|s)$/, '') : w);
  }
  return keys;
}

/** What the situation is: a copula or a linking verb, the first verb of the sentence. */
const LINKS = /\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|means?|meant|sounds?|feels?|looks?|seems?)\b/i;
/** A person or the record as the subject: the sentence reports or acts, it does not name their situation. */
const PERSON_SUBJECT = /^\W*(?:i|we|you|they|he|she|i['’]\w+|we['’]\w+|you['’]\w+|our|my|it|this|that|there|here|thanks?|thank you|hi|hello|dear|yes|no|ok|okay|please|just)\b/i;
/** A judgement from the customer's side: a degree, something missing, a negated approval, or the customer in it. */
/** Something missing in the situation itself: "with no word from us", "and no car", "without heating". */
const MISSING = /\b(?:with|and) no\s+\p{L}|\bwithout\s+\p{L}/iu;
/**
 * The judgement after the verb: a degree ("three too many", "so long"), something missing ("is no fun", "a week without
 * your station"), or a negated approval ("isn't good enough", "not OK"). "Your line"/"your policy" in a predicate is
 * no judgement: disputes talk that way too ("Roaming was active on your line").
 */
const JUDGES = new RegExp(
  String.raw`${MISSING.source}|\btoo\b|\bso (?:much|many|long|little|few|late|close|far)\b|\bsuch an?\b|\bno (?!longer\b|later\b)\p{L}|\b(?:not|n['’]t)\s+(?:\w+ )?(?:ok|okay|good|fine|fair|acceptable|right|great|fun|what)\b|\bthe (?:last|worst) \w+`,
  'iu',
);

/**
 * True when the sentence names the customer's situation from their side (see the header). `message` is the customer's
 * message; without it nothing can be echoed and the answer is false.
 */
export function namesTheSituation(s: CheckedSentence, message: string | undefined): boolean {
  if (!message || /\?\s*$/.test(s.text) || PERSON_SUBJECT.test(s.text)) return false;
  const link = LINKS.exec(s.text);
  // A fragment ("Poor Biscuit.", "An hour in arrivals with two kids and no car: …") ends its naming at a colon or dash.
  const cut = /[:;—–]|\s-\s/.exec(s.text);
  const head = link ? s.text.slice(0, link.index) : cut ? s.text.slice(0, cut.index) : s.text;
  if (!head.trim() || head.split(/\s+/).length > 14) return false;
  if (link ? s.doc.get().has('#Passive') || s.doc.get().match('(#Copula|been|being) #Adverb? #PastTense').found : tagSentence(head).has('#Verb')) return false;
  const keys = keyWords(message);
  if (![...keyWords(head)].some((w) => keys.has(w))) return false;
  // A fragment judges by itself ("Poor Biscuit", "not the 212-day streak", "no car"); a bare reference ("Order 5510:") does not.
  if (!link) return MISSING.test(head) || /\bnot\b/i.test(head) || tagSentence(head).has('#Adjective');
  return MISSING.test(head) || JUDGES.test(s.text.slice(link.index + link[0].length));
}

/** A fronted clause of reason or time: "Since you're heading off on Saturday, …", "With month-end tomorrow, …". */
const REASON_CLAUSE = /^\W*(?:since|as(?! per\b)|with|given(?: that)?|because|seeing as|now that)\b([^,;:.!?]{3,80}),/i;

/**
 * The acknowledgement folded into the fix: a fronted clause of reason or time that restates the customer's situation
 * before the action it explains ("Since you're travelling Friday, I've moved…").
 */
export function foldsTheirSituationIn(text: string, message: string | undefined): boolean {
  const m = REASON_CLAUSE.exec(text);
  if (!m || !message) return false;
  const keys = keyWords(message);
  return [...keyWords(m[1]!)].some((w) => keys.has(w));
}
