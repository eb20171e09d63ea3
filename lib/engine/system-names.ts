/**
 * The name of one of our systems or processes the customer never used (issue #10, session 53): "your bag is being traced
 * through our WorldTracer system", "results are on the ICE system", "appeal via the POPLA process", "it sits in the CX
 * queue". The agent's tool or team is named as if the customer knew it; the customer cannot look it up or act on it.
 * Read by shape, not by a list of names: a determiner or preposition, then one to three capitalised words, then the kind
 * of thing ("system", "portal", "queue", "process", "platform", "database", "console", "tool", "form", "team"). At least
 * one of the name's words must be one no reader knows: an acronym outside the few everyone reads ("HR", "IT", "NHS"), a
 * word with a capital inside it ("WorldTracer", "FinCrime", "iManage"; not "PayPal", which the lexicon knows), or a
 * capitalised word that is no everyday word ("Gulberg"). "The Billing team", "our Customer Support team" and "the HR portal" say what they are; they pass.
 * Not such a name: one the customer used themselves, or one explained beside it ("the POPLA process (the independent
 * appeals service)", "the ICE system, which is where…"). Bounded: one linear regex pass over at most MAX_CHARS.
 */
import { isEverydayWord } from './unfamiliar-words';

/** A system's name at its place in the text: the name and its kind ("WorldTracer system"). */
export interface SystemName {
  start: number;
  end: number;
  word: string;
}

const MAX_CHARS = 4000;
const MAX_NAMES = 4;

// Before the name: a determiner or a preposition (so its capitals are no sentence's first word).
const LEAD = String.raw`\b(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[Ii]ts|via|through|into|in|on|to)\s+`;
// A name's word: capitalised ("WorldTracer", "ICE", "Billing") or lower case with a capital inside ("iManage"); each ends
// at a space, so no overlap between the words.
const NAME_WORD = String.raw`(?:[A-Z][A-Za-z0-9&]*|[a-z]+[A-Z][A-Za-z0-9]*)\s+`;
// The kind of thing named: one of our tools, queues or teams.
const KIND = String.raw`(?:[Ss]ystem|[Pp]ortal|[Qq]ueue|[Pp]rocess|[Pp]latform|[Dd]atabase|[Cc]onsole|[Tt]ool|[Ff]orm|[Tt]eam)s?\b`;
const SYSTEM_NAME = new RegExp(`${LEAD}((?:${NAME_WORD}){1,3})(${KIND})`, 'g');

// Acronyms every customer reads: no name of ours.
const EVERYDAY_ACRONYMS: ReadonlySet<string> = new Set(
  'HR IT ID UK US USA EU NHS GP PIN SMS PDF FAQ FAQS VAT MOT USB GPS URL CV TV PC ATM DVLA HMRC IRS DMV OK CEO AI API'.split(' '),
);

/** Words after it that say what it is: "(the independent appeals service)", ", which…", " – that is…", " is where…". */
const EXPLAINED_AFTER = /^\s*(?:\(|[,:–—-]\s*(?:which|that|i\.e\.|meaning|in other words|where|our)\b|\s(?:means|is short for|stands for|is where|is what|is the|is a|is an|is our)\b)/iu;

/** Is the word written in capitals (and digits), as a code is? */
function isAcronym(word: string): boolean {
  return /^[A-Z0-9&]+$/.test(word);
}

/**
 * Is the name's word one no reader knows: an uncommon acronym, or a word no everyday one, its capitals aside? A capital
 * inside ("WorldTracer", "iManage") marks a coined name, but not one the lexicon knows: "PayPal" and "eBay" are as
 * known as "Paypal" (review 53).
 */
function isStrange(word: string): boolean {
  if (isAcronym(word)) return /[A-Z]/.test(word) && word.length >= 2 && !EVERYDAY_ACRONYMS.has(word);
  const letters = word.toLowerCase();
  const everyday = /^[a-z]+$/.test(letters) && isEverydayWord(letters);
  return /[A-Z]/.test(word.slice(1)) ? !everyday : /^[a-z]+$/.test(letters) && !everyday;
}

/**
 * The names of our systems, queues or teams in start..end of `text` that no reader knows, leaving out those the customer
 * used (`customerMessage`, compared without case) and those explained beside them. At most MAX_NAMES. Without
 * `withAcronyms`, a name strange only by its acronyms is left out (the agent or lead said no to the codes check's advice).
 */
export function systemNamesIn(text: string, start: number, end: number, customerMessage?: string, withAcronyms = true): SystemName[] {
  const region = text.slice(start, Math.min(end, start + MAX_CHARS));
  // The customer's words, whole: "ICE" is not theirs for being inside "invoice" (review 53).
  const theirs = new Set((customerMessage ?? '').slice(0, MAX_CHARS * 2).toLowerCase().match(/[\p{L}\p{N}&]+/gu) ?? []);
  const found: SystemName[] = [];
  for (const m of region.matchAll(SYSTEM_NAME)) {
    const words = m[1]!.trim().split(/\s+/u);
    if (!words.some(isStrange)) continue;
    // A name strange only by its acronyms ("the EXA form") is a code: the codes check's to tell, or to stay silent on.
    if (!withAcronyms && words.filter(isStrange).every(isAcronym)) continue;
    if (words.some((w) => isStrange(w) && theirs.has(w.toLowerCase()))) continue;
    const at = start + m.index + m[0].length - m[1]!.length - m[2]!.length;
    const to = start + m.index + m[0].length;
    if (EXPLAINED_AFTER.test(text.slice(to, to + 40))) continue;
    found.push({ start: at, end: to, word: text.slice(at, to) });
    if (found.length >= MAX_NAMES) break;
  }
  return found;
}
