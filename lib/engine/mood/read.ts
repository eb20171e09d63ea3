/**
 * Reads how the customer feels from their message, the way a person would: feeling words (with
 * negation: "not happy" is unhappy, "not worried" is calm), the service situations no sentiment
 * lexicon knows (a repeat contact, money at stake, a loss, their safety, a deadline), sarcasm
 * (praise in a complaint: "Incredible."), shouting in capitals and emoji. Every piece of evidence
 * is an exact substring of the message with its UTF-16 offsets.
 *
 * Linear and bounded: the message is clipped and collapsed first (text.ts), every cue is one
 * linear regex over at most MAX_PREPARED characters, and evidence is capped per mood.
 */
import type { Mood, MoodEvidence, MoodReading } from '../types';
import { haystackOf, literalTrigger, mayMatch } from '../literal-gate';
import { ACRONYMS, CUES, NEGATION_BEFORE, SARCASM_MARKERS, SARCASTIC_PRAISE, URGENT_CAPITALS, type CueKind } from './cues';
import { signatureName } from './signature';
import { acknowledgementsFor, CONTACTED } from './acknowledge';
import { endsSentence, originalSpan, prepare, type PreparedText } from './text';
import { SAID_RIGHT, situationHits, type SituationHit } from './situations';
import { learnedUpset, moodFeatures } from './learned';
import type { FeatureVector } from '../warmth/features';
import { nlp } from '../../nlp/nlp';
import { readsAsOtherLanguage } from '../language';

export const MOOD_ORDER: readonly Mood[] = ['frustrated', 'worried', 'disappointed', 'urgent', 'confused', 'happy'];
/** Moods that ask the reply to acknowledge how the customer feels. */
export const UPSET_MOODS: readonly Mood[] = ['frustrated', 'worried', 'disappointed', 'urgent'];
const COMPLAINT_MOODS: readonly Mood[] = ['frustrated', 'disappointed', 'worried'];
const THRESHOLD = 1;
const MAX_EVIDENCE_PER_MOOD = 8;

/** One piece of evidence, in prepared text: a cue, shouting, a deadline or a situation (situations.ts). */
type Hit = SituationHit;

/** Each cue's literal trigger (literal-gate.ts), read from its regex on first need. */
let cueTriggers: (readonly string[] | null)[] | null = null;

function collectCueHits(p: PreparedText): Hit[] {
  const hits: Hit[] = [];
  cueTriggers ??= CUES.map((c) => literalTrigger(c.pattern));
  const haystack = haystackOf(p.text);
  for (const [i, c] of CUES.entries()) {
    // A text holding none of the cue's words cannot match it: the regex is not run.
    if (!mayMatch(cueTriggers[i]!, haystack)) continue;
    c.pattern.lastIndex = 0;
    for (const m of p.text.matchAll(c.pattern)) {
      const start = m.index;
      if (c.negatable && NEGATION_BEFORE.test(p.text.slice(Math.max(0, start - 24), start))) continue;
      hits.push({ mood: c.mood, kind: c.kind, weight: c.weight, start, end: start + m[0].length });
    }
  }
  return hits;
}

/** Shouted words: several all-capital words (not acronyms) read as anger; one alone only adds a little. */
const SHOUTED_SHORT = new Set('YOU NOT ALL NOW WHY HOW AND BUT THE ARE CAN GET OUT OFF YES'.split(' '));

/**
 * A shop, place or brand written in capitals after a preposition ("my order from LONDON DRUGS", "a room at HOTEL
 * ARISTA"): a name, not a raised voice, unless a word people shout is in it.
 */
const NAME_RUN = /\b[A-Z]{2,}(?:[ &'-]{1,3}[A-Z]{2,}){0,2}\b/g;
const BEFORE_NAME = /\b(?:from|at|with|by|via|called|named)\s$/i;
function capitalNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    if (!BEFORE_NAME.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (m[0].split(/[ &'-]+/).some((w) => SHOUTED_SHORT.has(w) || URGENT_CAPITALS.has(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** compromise's tags that make a known word a name: a person, place, brand or acronym ("SEAN", "LONDON", "NETFLIX"). */
const NAME_TAGS = new Set(['ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region', 'Organization', 'Acronym']);
/** Only this many all-capital tokens are looked up: shouting shows in the first few, and the lookup stays bounded. */
const MAX_CAPITAL_TOKENS = 24;

/**
 * Whether an all-capital word is an ordinary word of English, as people shout ("NOT", "AGAIN", "BROKEN", "HIGHLY"),
 * and not a name, code or product ("MCPE", "MISSEPISSE", "CCTV", "HULU", "SEAN"): compromise's lexicon knows it as no
 * name, or, unknown to it, tags the lower-cased word as more than a bare noun (a suffix it reads: "-ly", "-less", "-ed").
 * A word it has never seen and can only call a noun is a name or a code.
 */
function ordinaryWord(word: string): boolean {
  if (/\d/.test(word)) return false;
  const lower = word.toLowerCase();
  const terms = (nlp(lower).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  if (terms.length === 0 || terms.some((t) => t.tags.some((tag) => NAME_TAGS.has(tag)))) return false;
  const known = Object.hasOwn(lexicon(), lower);
  return known || terms.some((t) => t.tags.some((tag) => tag !== 'Noun' && tag !== 'Singular' && tag !== 'Plural'));
}
let lexiconOf: Record<string, unknown> | null = null;
const lexicon = () => (lexiconOf ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon);

/** Words of one or two letters that make a run of capitals a sentence ("WHERE IS MY PARCEL"), not a name. */
const SHORT_WORDS = new Set('I A IS MY ME TO OF ON IN AT BE DO NO SO UP WE US OR IF AN AS BY GO HE'.split(' '));
/** A run of all-capital tokens (words, codes with digits, #refs) joined by spaces or light punctuation. */
const CAPITAL_RUN = /(?<![\p{L}\p{N}])[#]?[A-Z0-9][A-Z0-9'’-]*(?:[ \t:/&]{1,3}[#]?[A-Z0-9][A-Z0-9'’-]*)*(?![\p{L}\p{N}])/gu;

/**
 * The stretches of all-capital text that name something rather than raise a voice: a run holding a name or a code
 * ("PS4 NAT TYPE", "ORDER #AB12CD", "Gamertag:MISSEPISSE", "MCPE", "@KUSU") and fewer than three ordinary words. Shouting
 * is a run of ordinary words in capitals ("WHERE IS MY ORDER", "NOTHING WORKS") or an ordinary word stressed ("it's NOT
 * here"), never one name or code.
 */
function namedRuns(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let looked = 0;
  for (const m of text.matchAll(CAPITAL_RUN)) {
    if (!/[A-Z]/.test(m[0])) continue;
    const tokens = m[0].split(/[ \t:/&]+/).filter(Boolean);
    if (looked >= MAX_CAPITAL_TOKENS) break;
    looked += tokens.length;
    // A handle or tag ("@KUSU", "#BLACKFRIDAY") is a name.
    const tagged = /[@#]$/.test(text.slice(Math.max(0, m.index - 1), m.index));
    // "This is a SCAM", "what a JOKE": a word after "a" or "an" is a common noun or an adjective, whether compromise's
    // lexicon knows it or not; a name seldom takes "a" ("a NETFLIX"), and a code has digits.
    // The article stands alone: "Juan TORRES", "Milan MALPENSA" end in "an " too (four characters read, so the one before shows).
    const common = /(?:^|[^\p{L}\p{N}])an? $/iu.test(text.slice(Math.max(0, m.index - 4), m.index));
    let ordinary = 0;
    let named = tagged;
    for (const [i, t] of tokens.entries()) {
      const word = t.replace(/^#/, '').replace(/['’]/g, '');
      if (/^[A-Z]{1,2}$/.test(word)) {
        if (SHORT_WORDS.has(word)) ordinary++;
        continue;
      }
      if (!/^[A-Z]+$/.test(word) || ACRONYMS.has(word) || t.startsWith('#')) named = true;
      else if ((i === 0 && common) || ordinaryWord(word)) ordinary++;
      else named = true;
    }
    if (named && ordinary < 3) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A run of three or more words in capitals, in any cased script ("MEIN PAKET IST NICHT ANGEKOMMEN", "JE NE PEUX PAS",
 * "ONDE ESTÁ O MEU PEDIDO"): a sentence said in capitals. Separators are no letters, so the run is read in one pass.
 */
const CAPITALS_RUN = /(?<![\p{L}\p{N}])\p{Lu}+(?:[ \t,'’-]{1,3}\p{Lu}+)+(?![\p{L}\p{N}])/gu;

/**
 * Shouting in a message written in another language (language.ts `readsAsOtherLanguage`). Capitals raise the voice in
 * every language that has them, but the English lexicon that tells a stressed word from a name ("it's NOT here" from
 * "HULU") knows none of its words, and would read the whole sentence as a name. So there a word or two in capitals is
 * left alone (a stressed word and a brand look the same: "es geht NICHT", "bei MEDIA MARKT"), and a run of three words
 * or more is a sentence shouted: its words of four letters or more count as the English shouted words do (three or
 * more is anger, fewer a little), the shorter ones ("IST", "PAS", "MI") like English's short words do not.
 */
function otherLanguageCapitalHits(text: string): Hit[] {
  const shouted: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CAPITALS_RUN)) {
    const words = [...m[0].matchAll(/\p{Lu}+/gu)];
    if (words.filter((w) => w[0].length >= 2).length < 3) continue;
    for (const w of words) if (w[0].length >= 4) shouted.push({ start: m.index + w.index, end: m.index + w.index + w[0].length });
    if (shouted.length >= 6) break;
  }
  if (!shouted.length) return [];
  const weight = shouted.length >= 3 ? 1 : 0.5;
  return [{ mood: 'frustrated', kind: 'capitals', weight, start: shouted[0]!.start, end: shouted[Math.min(shouted.length, 6) - 1]!.end }];
}

function capitalHits(p: PreparedText): Hit[] {
  const shouted: Hit[] = [];
  if (/\p{Lu}{3}/u.test(p.text) && readsAsOtherLanguage(p.text)) return otherLanguageCapitalHits(p.text);
  if (!/[A-Z]{3}/.test(p.text)) return [];
  const names = [...capitalNames(p.text), ...namedRuns(p.text)];
  for (const m of p.text.matchAll(/\b[A-Z]{3,}\b/g)) {
    if (ACRONYMS.has(m[0]) || URGENT_CAPITALS.has(m[0])) continue;
    if (names.some((n) => n.start <= m.index && m.index < n.end)) continue;
    // Three capitals are mostly a name or a code (CMA, PNG, AMD, LAN), unless it is a word people shout.
    if (m[0].length === 3 && !SHOUTED_SHORT.has(m[0])) continue;
    shouted.push({ mood: 'frustrated', kind: 'capitals', weight: 0, start: m.index, end: m.index + m[0].length });
  }
  const weight = shouted.length >= 3 ? 1 : shouted.length > 0 ? 0.5 : 0;
  return shouted.slice(0, 1).map((h) => ({ ...h, weight, end: shouted[Math.min(shouted.length, 6) - 1]!.end }));
}

/** The stretch of prepared text of the sentence around `at` (sentences end at . ! ? or a line break). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !endsSentence(text, start - 1) && at - start < 400) start--;
  let end = at;
  while (end < text.length && !endsSentence(text, end) && end - at < 400) end++;
  return { start, end };
}

/** A verb of working just before a praise word: "working great", "ran perfectly", "looked fine" describe a state. */
const HOW_IT_WORKED = /\b(?:work(?:s|ed|ing)?|sound(?:s|ed|ing)?|feel(?:s|ing)?|felt|fit(?:s|ted|ting)?|hold(?:s|ing)? up|held up|ran|run(?:s|ning)?|load(?:s|ed|ing)?|play(?:s|ed|ing)?|look(?:s|ed|ing)?|sync(?:s|ed|ing)?) (?:so |really |just |totally )?$/i;

/**
 * Praise inside a complaint is sarcasm: it counts for frustration, not happiness. A praise word
 * is sarcastic when the message complains and the praise stands alone ("Incredible.") or shares
 * its sentence with no thanks for something done.
 */
function sarcasmHits(p: PreparedText, complaint: boolean): Hit[] {
  const hits: Hit[] = [];
  for (const m of p.text.matchAll(SARCASM_MARKERS)) hits.push({ mood: 'frustrated', kind: 'sarcasm', weight: 1, start: m.index, end: m.index + m[0].length });
  if (!complaint && hits.length === 0) return [];
  for (const m of p.text.matchAll(SARCASTIC_PRAISE)) {
    const sentence = sentenceAround(p.text, m.index);
    const words = p.text.slice(sentence.start, sentence.end).trim().split(/\s+/).length;
    const genuineThanks = /\bthank(?:s| you)\b(?! so much for the)/i.test(p.text.slice(sentence.start, sentence.end));
    if (hits.some((h) => h.start <= m.index && m.index < h.end)) continue;
    // "It has been working great before", "ran perfectly until the update": how it was, said plainly, not praise turned.
    if (HOW_IT_WORKED.test(p.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (words <= 4 || !genuineThanks) hits.push({ mood: 'frustrated', kind: 'sarcasm', weight: 1, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/**
 * Time pressure needs a need and a near time in the same sentence ("I need it before I leave
 * tomorrow", "the concert is tonight"), never the word "tomorrow" alone; "no rush" calms it. A time followed by "ago" is
 * gone by, not coming: "I was signed in 2 hours ago" ("signed in" + "2 hours" is no "in 2 hours").
 */
const NEAR_TIME = /\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow(?: morning)?|in (?:an?|the next|\d{1,3}|two|three|a few) (?:hours?|minutes?)|(?:(?:by|before|on|is)|(?:it|them|this|that|these|those) for) (?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning)?|in (?:\d{1,2}|two|three|four|five|six) days|at \d{1,2} ?(?:am|pm)|at \d{1,2}:\d{2}|\d{1,2} ?(?:am|pm))\b(?!\s{0,3}ago\b)/gi;
const NEED_OR_EVENT =
  /\b(?:need(?:s|ed)?|have to|has to|must|deadline|payroll|pay ?run|won't release|starts?|closes?|boarding|wedding|funeral|party|concert|exam|interview|presentation|demo|appointment|visa|flying out|leave|arriving|due|meeting|review|launch|payday|race|surgery|operation|completion|shoot|release date|court date|hearing)\b/i;
/** A need asked about: "do I need to", "will we have to", "what must I". Same length blanked, so offsets hold. */
const ASKED_NEED = /\b(?:do|does|did|will|would|should|shall|what|anything) (?:i|we|you|they|he|she) (?:need|have|must)\b/gi;
/** A question that plans ("Can I bring…?", "May we park…?", "Should I arrive…?"), not one that asks for something by a time. */
const PLANNING_QUESTION = /^\W*(?:(?:hi|hello|hey)\b[^a-z]{0,3}\s*)?(?:can|may|could|should|shall|do|must) (?:i|we) (?!get\b|have\b|receive\b|expect\b)[^?.!]{0,160}$/i;
/** "Just checking the invitations will be ready for Saturday?": a question that checks a plan is on time, not a hurry. */
const CHECKS_A_PLAN = /\b(?:just )?(?:checking|wondering|to confirm|confirming)\b/i;
/**
 * "I need it for court on Monday, could I drop it in Thursday?": the need is told to plan the customer's own visit, asked
 * in the same sentence after a comma; a hurry asks something of us ("can you", "can I get"), not when they may come.
 */
const PLANS_OWN_VISIT = /[,;]\s*(?:so |and )?(?:can|could|may|should|shall) (?:i|we) (?:drop|bring|pop|come|call in|book|leave|send|post|arrive|hand)\b[^?.!]{0,80}$/i;
const CALM_TIME = /\b(?:no rush|not urgent|no hurry|whenever you (?:can|get a chance)|when you get a chance)\b/i;

/**
 * "I've been given an appointment on Tuesday at 8am but I can't drive that early. Can it be moved?": a slot of ours the
 * customer cannot make and asks to move is a calm rebooking, not a hurry. Both halves are needed, the can't-make-it and
 * the ask to move it; the event must be the slot itself (an appointment, a meeting, a class), never a wedding or a flight.
 */
const CANT_MAKE_IT = /\b(?:can['’]?t|cannot|can not|won['’]?t be able to|unable to) (?:make|do|drive|get (?:there|in)|attend|come|be there)\b|\b(?:too early|too late|clashes|a clash)\b/i;
const ASKS_TO_MOVE = /\b(?:(?:it|this|that|the (?:appointment|meeting|slot|visit|review|interview)) be (?:moved|rescheduled|changed|put back|pushed back)|reschedul(?:e|ed|ing)|rearrang(?:e|ed)|postpon(?:e|ed)|(?:another|a different|a later|different) (?:time|day|date|slot))\b/i;
const OWN_SLOT = /^(?:appointment|meeting|review|interview)$/i;

const OWN_BILL_DUE = /\b(?:rent|bills?|mortgage|payments?|invoices?|loan|fees?|tax|premium|direct debit|repayments?) (?:is |are |was |were )?(?:also |then )?$/i;

function deadlineHits(p: PreparedText): Hit[] {
  if (CALM_TIME.test(p.text)) return [];
  const hits: Hit[] = [];
  for (const m of p.text.matchAll(NEAR_TIME)) {
    const sentence = sentenceAround(p.text, m.index);
    // "Do I need to bring anything on Saturday?" asks what is required, not for speed: a questioned need is no hurry.
    const around = p.text.slice(sentence.start, sentence.end).replace(ASKED_NEED, (q) => ' '.repeat(q.length));
    // "Can I bring a guest to the meeting room tomorrow?": a first-person question about a plan asks what is allowed.
    if (p.text[sentence.end] === '?' && (PLANNING_QUESTION.test(around) || CHECKS_A_PLAN.test(around) || PLANS_OWN_VISIT.test(around))) continue;
    const need = NEED_OR_EVENT.exec(around);
    if (!need) continue;
    // "My rent is due on Monday": a bill of theirs falling due is a money worry (a cue of its own), not a hurry for us.
    if (/^due$/i.test(need[0]) && OWN_BILL_DUE.test(around.slice(Math.max(0, need.index - 30), need.index))) continue;
    if (OWN_SLOT.test(need[0]) && CANT_MAKE_IT.test(p.text) && ASKS_TO_MOVE.test(p.text)) continue;
    const needAt = sentence.start + need.index;
    const start = Math.min(needAt, m.index);
    const end = Math.max(needAt + need[0].length, m.index + m[0].length);
    hits.push({ mood: 'urgent', kind: 'deadline', weight: 1, start, end });
  }
  return hits;
}

/** "Thanks," / "Many thanks!" / "Thanks in advance" on a line of its own is a sign-off, not gratitude for something. */
function onSignOffLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  return line.split(' ').length <= 3;
}

function emptyWeights(): Record<Mood, number> {
  return { frustrated: 0, worried: 0, disappointed: 0, urgent: 0, confused: 0, happy: 0 };
}

/** "Does my policy cover a cracked windscreen?", "Can I return a damaged item?": a question about cover, not a report. */
const COVER_QUESTION = /\b(?:cover(?:s|ed)?|eligible|insured|under (?:the )?warranty|can i (?:return|claim|get|send|swap|exchange)|do you (?:repair|fix|replace|accept))\b/i;
/** How far around a cue its sentence is looked for. */
const SENTENCE_REACH = 200;

function asksAboutCover(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !/[.!?\n]/.test(text[to]!)) to++;
  return text[to] === '?' && COVER_QUESTION.test(text.slice(from, to));
}

/**
 * "#phishing site hosted on your platform", "a text going round pretending to be you", "It looks like a scam to me?":
 * the customer reports or asks about someone else's scam, which has not hurt them. It is their worry only when the
 * message says it reached them: their account, card, money or details, or something they paid, clicked or gave.
 */
const SCAM_WORD = /^(?:phishing|scam|scammer|fraud|fraudster)$/i;
const HARMED_BY_IT =
  /\b(?:my|our) (?:account|card|bank|money|savings|details|password|identity|email|phone|number)\b|\b(?:i|we)(?: have|'ve)? (?:paid|sent|transferred|clicked|entered|gave|given|typed|lost|was scammed|were scammed|been scammed)\b|\b(?:taken|took|stole|stolen|emptied|drained) (?:from )?(?:me|my|us|our|£|\$|€)|\b(?:they|someone|he|she) (?:took|has|have|got|used|accessed)\b|\bscam(?:med)? (?:me|us)\b/i;
function reportsSomeoneElsesScam(text: string, start: number, end: number): boolean {
  if (!SCAM_WORD.test(text.slice(start, end))) return false;
  return !HARMED_BY_IT.test(text);
}

const SCAM_MENTION = /\b(?:phishing|scams?|scammers?|fraudsters?)\b/i;
const ASAP = /^(?:asap|a\.s\.a\.p|as soon as possible)$/i;
const POLITE_REQUEST = /\b(?:i hope|hopefully|please|kindly|i request|request you|(?:i|we)['’]d (?:really |greatly )?appreciate|if (?:you )?(?:can|could)|would (?:be )?(?:appreciate|grateful)|thanks|thank you)\b/i;
/** "an urgent answer", "urgent attention": speed asked of the reply itself. */
const QUICK_REPLY_AFTER = /^\s(?:answer|reply|response|attention|update|call ?back)\b/i;
function asksForAQuickReply(text: string, h: { start: number; end: number }): boolean {
  return /^urgent$/i.test(text.slice(h.start, h.end)) && QUICK_REPLY_AFTER.test(text.slice(h.end, h.end + 16));
}
/** Something asked of us in the sentence: a need, a plea, an order or a question. */
const ASKS = /\b(?:need|needs|want|please|pls|can you|could you|can someone|send|call|ring|help|fix|sort|stop|cancel|block|freeze|get (?:me|us|someone))\b|[?!]/i;
function asksAround(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return ASKS.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 1)));
}
/** "I was charged £12 today, is that the monthly fee?": a charge the customer checks against what they expect is a question. */
const CHECKS_WHAT_IT_IS = /\bis (?:that|this|it) (?:the|my|a|an|for|part of)\b/i;
function checksACharge(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return text[sentence.end] === '?' && CHECKS_WHAT_IT_IS.test(text.slice(sentence.start, sentence.end));
}
/** The sentence around `at` says the charge is right ("so that's right", "which is correct"). */
function saidRight(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return SAID_RIGHT.test(text.slice(sentence.start, sentence.end));
}
/** The sentence around `at` asks politely. */
function politeAround(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return POLITE_REQUEST.test(text.slice(sentence.start, sentence.end));
}

/**
 * The customer says in so many words that they are calm ("not a disaster", "no rush", "not a complaint", "not mad or
 * anything"): only a feeling they name still counts ("not cancelling, just annoyed").
 */
const SAYS_CALM =
  /\b(?:not a (?:disaster|big deal|problem|complaint|huge deal|massive deal|drama)|no (?:big )?(?:deal|drama|rush|hurry)|not (?:mad|angry|upset|complaining|urgent|the end of the world)(?: or anything| at all)?|no worries|(?:just|only) (?:a (?:heads up|suggestion|thought|quick question)|letting you know|flagging)|heads up)\b/i;
/**
 * "It would be nice if…", "any plans to add…", "still no lyrics": a wish for something the product does not do yet.
 * The missing feature is no wait and no fault: only a feeling the customer names, money or their safety counts.
 */
const FEATURE_WISH =
  /\b(?:it(?: would|'d) be (?:so |really |very )?(?:nice|great|good|handy|cool|awesome|helpful|useful|lovely) (?:if|to)|would be (?:nice|great|handy|cool) if|(?:would|'d) love (?:it if|to see|a way)|i wish (?:you|there|it|the)|any (?:plans|chance) (?:to|for|of|you'll|you will)|(?:feature|product) request|(?:a|my|one) suggestion|please (?:add|bring back|consider adding)|need more (?:details|options) (?:there|in|on)|my one (?:beef|gripe|complaint)|(?:new|latest) (?:\w+ )?(?:version|update|release)\b[^.!?\n]{0,20}\bstill (?:no|doesn't (?:have|support))|still (?:no|doesn't have an?) (?:option|way|feature|setting|support) (?:to|for))\b/i;
/** What still counts when the customer says they are calm or only wishes for something. */
const NAMED_FEELING = new Set<CueKind>(['feeling', 'negated-positive', 'money', 'safety', 'loss', 'sarcasm']);

/**
 * An error code or identifier: "error E-47", "code 0x80070005", "invalid_grant", "HTTP 500". An order or booking
 * reference ("Order #UK-88213-XQ", "booking ref AB-1234") is no error code, nor is the number of a place of theirs ("my
 * unit (B-114)", "pitch C-12", "room A-204"): a fault told beside it is still a fault.
 */
const TECHNICAL = /\b(?:error|code|status|http)\s?:?\s?(?:[A-Z]{1,3}-?)?\d{2,6}\b|(?<!#)(?<!\b(?:order|ref|reference|booking|claim|ticket|case|invoice|account|policy|no\.?|unit|room|flat|apartment|locker|plot|pitch|seat|bay|stand|suite|cabin|berth|desk|platform|stall|space|site)\s{0,2}[#(]?\s?)\b[A-Z]{1,3}-\d{2,5}\b|\b0x[0-9a-f]{4,8}\b|\b[a-z]{2,20}_[a-z]{2,20}\b/;

/** "That's a scam", "you're running a con", "this is a rip-off": calling us a scam is anger at us, not fear of a fraudster. */
const CALLS_US_A_SCAM = /\b(?:that|this|which|you|you're|you are)(?:'s| is| was| are)? (?:a |an |such a |total |complete |absolute |basically a |running a )?$/i;
function callsUsAScam(text: string, start: number, end: number): boolean {
  return SCAM_WORD.test(text.slice(start, end)) && CALLS_US_A_SCAM.test(text.slice(Math.max(0, start - 40), start));
}
/** "Our son was nervous about his first lesson, but he loved it!": a worry that is over by the end of its sentence. */
const PAST_BEFORE = /\b(?:was|were|had been|'d been)(?: (?:so|really|a bit|very|quite|a little))? $/i;
function worryThatPassed(text: string, start: number, end: number): boolean {
  if (!PAST_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const sentence = sentenceAround(text, start);
  return /\bbut\b/i.test(text.slice(end, sentence.end));
}
/** A worry word played down just before it: "slightly", "a bit", "a little", "kind of". */
const PLAYED_DOWN = /\b(?:slightly|a (?:little |tiny |wee )?bit|a little|a tad|bit|kinda|kind of|somewhat|mildly)(?: of a)? $/i;
/** "I picked the wrong colour", "I typed the wrong address": the customer's own slip, which they own, is no failure of ours. */
const OWN_SLIP = /\b(?:i|we) (?:picked|chose|ordered|selected|bought|clicked|typed|entered|put|booked|sent|gave|used|added) (?:in )?(?:the |a |an |my |our )?$/i;
/** "I froze my membership for an injury": the reason for an earlier request, not a harm to meet now. */
const REASON_BEFORE = /\b(?:for|because of|due to|after) (?:an?|my|the) $/i;

/**
 * A fault or harm told as past and over: dated back ("last time", "in January", "years ago") in a message that says it
 * is behind them ("but this one was perfect", "Back now and loving it", "all sorted in the end", "no harm done").
 */
const PAST_TIME = /\b(?:(?:the )?last (?:box|order|delivery|parcel|visit|batch|one)\b|last (?:time|year|month|summer|winter|spring|autumn|christmas)|in (?:january|february|march|april|june|july|august|september|october|november|december|the (?:summer|spring|autumn|winter|past))|(?:\w+ )?(?:years|months) ago|a (?:year|while) ago)\b/i;
const OVER_NOW = /\b(?:back now|all (?:fine|sorted|good|ok)|sorted in the end|no harm done|but (?:this|the new|the second) (?:one|time)|loving it)\b|\b(?:i|we) (?:weren't|wasn't|were not|was not) (?:affected|hit|involved)\b/i;
function pastAndOver(text: string, at: number): boolean {
  if (!OVER_NOW.test(text)) return false;
  const sentence = sentenceAround(text, at);
  return PAST_TIME.test(text.slice(sentence.start, sentence.end)) || /\b(?:i|we) (?:weren't|wasn't|were not|was not) (?:affected|hit|involved)\b/i.test(text);
}

/** A count of times: "multiple times", "9 times", "every time" (not "my third email", which says what it counts). */
const COUNTED_TIMES = /^(?:(?:two|three|four|five|six|several|multiple|many|[2-9]|\d{2}) times|(?:every|each) time)$/i;
/** The customer's own tries: "restarted it multiple times", "I've tried reinstalling several times". */
const OWN_TRIES = /\b(?:restart\w*|re-?install\w*|reboot\w*|reset\w*|open(?:ed|ing)?|reopen\w*|relaunch\w*|log(?:ged|ging)? (?:in|out)|sign(?:ed|ing)? (?:in|out)|updat\w*|uninstall\w*|clear\w*|unplug\w*|turn(?:ed|ing)? (?:it )?(?:off|on))\b/i;
/** A try at something only we can give: "tried to cancel 3 times on your website", "tried paying several times". */
const TRIED_WITH_US = /\btr(?:y|ied|ying)(?: to)? (?:cancel|pay|order|book|return|claim|refund|buy|redeem|withdraw|transfer|top up|check ?in|change|upgrade|downgrade|unsubscribe)/i;
/**
 * "I have restarted my game multiple times", "the channel has streamed 9 times on its own", "every time I start up the
 * game": a count with no word of getting in touch in its sentence is a fault that recurs (read as a broken thing), not a
 * repeat contact. The
 * customer's own tries count half (beside another cue); a fault the product repeats keeps its weight.
 */
function asRecurrence(text: string, h: Hit): Hit {
  if (!COUNTED_TIMES.test(text.slice(h.start, h.end))) return h;
  const sentence = sentenceAround(text, h.start);
  const words = text.slice(sentence.start, sentence.end);
  if (CONTACTED.test(words) || TRIED_WITH_US.test(words)) return h;
  return { ...h, kind: 'broken', weight: OWN_TRIES.test(words) ? Math.min(h.weight, 0.5) : h.weight };
}

/**
 * "Are the pitches flooded?", "Is the road to the lodge flooded after the storm?": a question about how things stand
 * at a place, with nothing of the customer's in it, asks for news; a hazard in it counts only beside another cue.
 */
const ASKS_HOW_THINGS_STAND = /^\s*(?:\w{1,12},?\s+)?(?:is|are|was|were|has|have)\s+(?:the|any|all|there)\b/i;
const THEIRS = /\b(?:i|i'm|i've|my|me|we|we're|we've|our|us)\b/i;
function asksHowThingsStand(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  const words = text.slice(sentence.start, sentence.end);
  return text[sentence.end] === '?' && ASKS_HOW_THINGS_STAND.test(words) && !THEIRS.test(words);
}

/** Whether `at` follows an "if" in a sentence that is a question ("If the train is cancelled, can I get a refund?"). */
function supposedInAQuestion(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  return text[sentence.end] === '?' && /^\W*(?:and |so |but )?if\b/i.test(text.slice(sentence.start, at).trimStart());
}
/** A thing praised for still doing its job: "it still sounds great", "still works perfectly", "still going strong". */
const STILL_GOOD = /\bstill (?:works?|working|sounds?|looks?|runs?|running|going|holding up|fits?|feels?)\s(?:(?:really|so|just|absolutely)\s)?(?:great|fine|perfect(?:ly)?|brilliant|lovely|like new|well|strong|beautiful(?:ly)?|amazing|good)\b/i;
function lastedWell(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  const words = text.slice(sentence.start, sentence.end);
  return STILL_GOOD.test(words) && !/\b(?:but|except|apart from|however)\b/i.test(words);
}
/** Thanks for a fix: "thanks for fixing", "thank you so much for sorting out", "cheers for replacing". */
const THANKS_FOR_FIX = /\b(?:thanks|thank you|cheers|grateful)(?: (?:so|very) much| again| a lot)? for (?:so )?(?:quickly )?(?:sorting(?: out)?|fixing|refunding|resolving|removing|reversing|replacing|repairing|correcting|clearing|cancelling|canceling|dealing with|taking care of|waiving|swapping|changing)\b/gi;
/** Whether `at` lies after a thanks for a fix in its own sentence ("Thanks for fixing the [broken] link"). */
function thankedForTheFix(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at);
  const before = text.slice(sentence.start, at);
  THANKS_FOR_FIX.lastIndex = 0;
  return THANKS_FOR_FIX.test(before) && !/\b(?:but|however|still|again|now)\b/i.test(before);
}

/** A thanks that stands alone as its sentence: "thanks a lot", "cheers for that", "thank you so much". */
const BARE_THANKS = /^(?:so |well |and )?(?:thanks|thank you|cheers|ta)(?: (?:a lot|a bunch|a million|so much|very much|for that|for this|guys|again))?\W{0,3}$/i;
/** The message asks for something: a question, a plea or a request. */
const ASKS_ANYTHING = /\?|\b(?:please|pls|plz|can you|could you|would you|can someone|(?:i|we)(?:['’]d| would) like|i want|i need|we want|we need|kindly|help)\b/i;

/**
 * What the cues weigh in a message: its prepared text, the evidence, each mood's weight, and whether a calm reading
 * may still be upset by the situation told (no thanks alone, no "no rush", no feature wish: situations.ts and the
 * learned fallback, learned.ts, only ever read such a message).
 */
interface Weighed {
  p: PreparedText;
  hits: Hit[];
  weights: Record<Mood, number>;
  mayBeSituational: boolean;
}

function weigh(message: string): Weighed {
  const p = prepare(message);
  let hits = [...collectCueHits(p), ...capitalHits(p), ...deadlineHits(p)].filter(
    (h) => !(h.kind === 'gratitude' && onSignOffLine(p.text, h.start)) && !((h.kind === 'broken' || h.kind === 'failure') && asksAboutCover(p.text, h.start, h.end)) &&
      !(h.kind === 'safety' && reportsSomeoneElsesScam(p.text, h.start, h.end)),
  );
  hits = hits.flatMap((h): Hit[] => {
    // Only the wrong thing itself is their slip: "the colony I ordered arrived with half the bees dead" is still our failure.
    if (h.kind === 'failure' && /^(?:wrong|incorrect)\b/i.test(p.text.slice(h.start, h.end)) && OWN_SLIP.test(p.text.slice(Math.max(0, h.start - 30), h.start))) return [];
    if (h.kind === 'safety' && callsUsAScam(p.text, h.start, h.end)) return [{ ...h, mood: 'frustrated', kind: 'feeling' }];
    if (h.mood === 'worried' && h.kind === 'feeling' && worryThatPassed(p.text, h.start, h.end)) return [];
    // "Slightly panicking — did it go to my sister's?", "a bit nervous about it": a worry the customer plays down counts only beside another cue.
    if (h.mood === 'worried' && h.kind === 'feeling' && PLAYED_DOWN.test(p.text.slice(Math.max(0, h.start - 24), h.start))) return [{ ...h, weight: 0.5 }];
    if (h.kind === 'safety' && REASON_BEFORE.test(p.text.slice(Math.max(0, h.start - 20), h.start))) return [{ ...h, weight: Math.min(h.weight, 0.5) }];
    if (h.kind === 'safety' && asksHowThingsStand(p.text, h.start)) return [{ ...h, weight: Math.min(h.weight, 0.5) }];
    if (h.kind === 'money' && checksACharge(p.text, h.start)) return [{ ...h, weight: Math.min(h.weight, 0.5) }];
    // "If I can't pay by card, can I pay by transfer?": a case supposed, not a worry told.
    if ((h.kind === 'money' || h.kind === 'failure') && /\bif $/i.test(p.text.slice(Math.max(0, h.start - 3), h.start))) return [];
    // "If the site is down for an hour, how many orders could we lose?": the whole question supposes the case.
    if (['money', 'failure', 'broken', 'waiting'].includes(h.kind) && supposedInAQuestion(p.text, h.start)) return [];
    return [h];
  });
  // "Thanks for fixing the broken link", "Cheers for replacing the faulty charger": the fault named is the one thanked for
  // fixing, no grievance.
  hits = hits.filter((h) => !(COMPLAINT_MOODS.includes(h.mood) && h.kind !== 'feeling' && thankedForTheFix(p.text, h.start)));
  // "You charged me £5 but I had added the extra bag, so that's right": a charge the customer says is right.
  hits = hits.filter((h) => !(h.kind === 'money' && saidRight(p.text, h.start)));
  // "We've had the speaker for three years and it still sounds great": a thing that lasted well, no wait and no fault.
  hits = hits.filter((h) => !((h.kind === 'waiting' || h.kind === 'broken') && lastedWell(p.text, h.start)));
  hits = hits.map((h) => (h.kind === 'repeat-contact' ? asRecurrence(p.text, h) : h));
  // Asking for help twice ("help me please… Please help. Thnx", "🙏🙏🙏") is still asking: pleas count half a cue in all.
  let pleas = 0;
  hits = hits.flatMap((h) => (h.kind !== 'plea' ? [h] : (pleas += h.weight) > 0.5 ? [{ ...h, weight: 0 }] : [h]));
  // "The cake arrived with a cracked corner last time but this one was perfect", "I broke my wrist in January… Back now
  // and loving it", "an outage in town yesterday; we weren't affected": the fault is over or missed them.
  hits = hits.filter((h) => !(['broken', 'failure', 'safety', 'waiting'].includes(h.kind) && pastAndOver(p.text, h.start)));
  // Someone else's scam reported: capitals are a warning to others ("WARNING! DO NOT CLICK"), not anger at us.
  // …and the fault it describes ("your parcel is held at customs") is the scam's story, not a failure of ours.
  if (SCAM_MENTION.test(p.text) && !HARMED_BY_IT.test(p.text)) hits = hits.filter((h) => h.kind !== 'capitals' && h.kind !== 'failure');
  // "I hope you can send the pin as soon as possible, thanks a lot": a polite "as soon as possible" is a request.
  // So is "I'd appreciate an urgent answer": a quick reply asked for politely, not a hurry of their own.
  hits = hits.map((h) => (h.kind === 'deadline' && (ASAP.test(p.text.slice(h.start, h.end)) || asksForAQuickReply(p.text, h)) && politeAround(p.text, h.start) ? { ...h, weight: 0.5 } : h));
  // "I'm terrified they're getting into my accounts right now": "right now" says when a harm happens; it is a hurry only
  // beside something asked of us ("I need a locksmith right now", "Call me right now").
  hits = hits.filter((h) => !(h.kind === 'deadline' && /^right now$/i.test(p.text.slice(h.start, h.end)) && !asksAround(p.text, h.start)));
  if (SAYS_CALM.test(p.text) || FEATURE_WISH.test(p.text)) hits = hits.filter((h) => h.mood === 'happy' || h.mood === 'confused' || NAMED_FEELING.has(h.kind));
  // A fault reported with its error code ("Printer shows error E-47 and won't print") is a calm technical question:
  // the fault alone does not make the customer upset, only beside another cue.
  if (TECHNICAL.test(p.text)) hits = hits.map((h) => (h.kind === 'broken' ? { ...h, weight: Math.min(h.weight, 0.5) } : h));
  // The urgent mood excludes the calm-time phrases even when a deadline cue matched.
  if (CALM_TIME.test(p.text)) hits = hits.filter((h) => h.mood !== 'urgent');

  // A folded-hands emoji beside thanks is gratitude, not a plea.
  if (hits.some((h) => h.kind === 'gratitude')) {
    hits = hits.map((h) => (h.kind === 'plea' && p.text.slice(h.start, h.end) === '🙏' ? { ...h, mood: 'happy', kind: 'emoji', weight: 1 } : h));
  }
  // Swearing in a how-to question ("how the heck do I…") or weariness at a thing ("so tired of the old theme") says how
  // strongly they want it, not that something failed them: it counts only beside a problem the message tells.
  if (!hits.some((h) => COMPLAINT_MOODS.includes(h.mood) && h.weight > 0 && PROBLEM_KINDS.has(h.kind) && !WITHOUT_A_PROBLEM.test(p.text.slice(h.start, h.end)))) {
    hits = hits.filter((h) => !(h.kind === 'feeling' && WITHOUT_A_PROBLEM.test(p.text.slice(h.start, h.end))));
  }
  // No cue found them upset: read the situation they tell by its grammar (harm to someone of theirs, money taken,
  // a promise broken, being treated badly, an event missed). A customer who says they are calm stays calm.
  // …nor does one who thanks us and complains of nothing ("thank you for moving our tickets when my husband was ill").
  const thanksAlone = sumOf(hits, 'happy') >= THRESHOLD && !COMPLAINT_MOODS.some((m) => sumOf(hits, m) > 0);
  const mayBeSituational = !thanksAlone && !SAYS_CALM.test(p.text) && !FEATURE_WISH.test(p.text);
  if (!UPSET_MOODS.some((m) => sumOf(hits, m) >= THRESHOLD) && mayBeSituational) {
    // A charge told calmly and met with a hope ("Hopefully the charge can be removed. Thanks."): the customer asks for
    // the fix, not for their feelings to be met, so the sum counts half, as a polite "as soon as possible" does.
    const hopeful = HOPES_FOR_THE_FIX.test(p.text);
    // A fault told with its error code ("OAuth keeps failing with invalid_grant") stays a calm technical question here
    // too: the fault the cues already halved is not counted a second time by its shape.
    const technical = TECHNICAL.test(p.text);
    hits.push(
      ...situationHits(p.text)
        .filter((h) => !pastAndOver(p.text, h.start) && !(technical && h.kind === 'broken') && !(h.kind === 'money' && saidRight(p.text, h.start)))
        .map((h) => (hopeful && h.kind === 'money' ? { ...h, weight: 0.5 } : h)),
    );
  }
  const weights = emptyWeights();
  for (const h of hits) weights[h.mood] += h.weight;
  const complaint = COMPLAINT_MOODS.reduce((sum, m) => sum + weights[m], 0) >= 0.5;
  // "…missed my daughter's recital. thanks a lot": a bare thanks after a complaint that asked for nothing thanks no one.
  // A hope for the fix ("Hopefully the charge can be removed.") asks for something too.
  if (complaint && !ASKS_ANYTHING.test(p.text) && !HOPES_FOR_THE_FIX.test(p.text)) {
    hits = hits.map((h) => {
      if (h.kind !== 'gratitude') return h;
      const sentence = sentenceAround(p.text, h.start);
      // "Thank you :)": a smile beside the thanks means it.
      const said = p.text.slice(sentence.start, Math.min(p.text.length, sentence.end + 4));
      return BARE_THANKS.test(p.text.slice(sentence.start, sentence.end).trim()) && !hits.some((s) => s.mood === 'happy' && s.kind === 'emoji' && s.start >= sentence.start && s.start <= sentence.start + said.length) ? { ...h, mood: 'frustrated', kind: 'sarcasm', weight: 1 } : h;
    });
    weights.happy = hits.filter((h) => h.mood === 'happy').reduce((sum, h) => sum + h.weight, 0);
    weights.frustrated = hits.filter((h) => h.mood === 'frustrated').reduce((sum, h) => sum + h.weight, 0);
  }
  const sarcasm = sarcasmHits(p, complaint);
  if (sarcasm.length) {
    hits.push(...sarcasm);
    weights.frustrated += sarcasm.length;
    // The praise was not happiness.
    const ironic = new Set(sarcasm.map((s) => s.start));
    hits = hits.filter((h) => !(h.mood === 'happy' && [...ironic].some((at) => h.start <= at && at < h.end)));
    weights.happy = hits.filter((h) => h.mood === 'happy').reduce((sum, h) => sum + h.weight, 0);
  }
  return { p, hits, weights, mayBeSituational };
}

const readsUpset = (weights: Record<Mood, number>) => UPSET_MOODS.some((m) => weights[m] >= THRESHOLD);

/**
 * The learned fallback's view of a message (learned.ts): whether the cues read it upset, whether the fallback may read
 * it at all (calm by the cues, and no thanks alone, "no rush" or feature wish), and its features. For the training
 * script, which must see exactly what readMood sees.
 */
export function cueView(message: string): { upsetByCues: boolean; mayFallBack: boolean; features: FeatureVector } {
  const { p, hits, weights, mayBeSituational } = weigh(message);
  const upsetByCues = readsUpset(weights);
  return { upsetByCues, mayFallBack: !upsetByCues && mayBeSituational, features: moodFeatures(p.text, weights, hits) };
}

export function readMood(message: string | undefined): MoodReading | null {
  if (!message || message.trim() === '') return null;
  const { p, hits, weights, mayBeSituational } = weigh(message);
  // Calm by every cue and every situation the grammar knows, yet the words are those of customers who were upset (a
  // model learned from dev data, learned.ts): frustration shown by the situation alone, met with a plain sorry for the
  // trouble, never words for a feeling the customer did not name.
  if (!readsUpset(weights) && mayBeSituational) {
    const found = learnedUpset(p.text, weights, hits);
    if (found) {
      hits.push({ mood: 'frustrated', kind: 'learned', weight: THRESHOLD, start: found.start, end: found.end });
      weights.frustrated += THRESHOLD;
    }
  }
  // Thanks and praise beside a complaint are politeness, not a happy customer ("Thanks, but it's still broken").
  const upset = readsUpset(weights);
  if (upset) weights.happy = 0;

  const moods = MOOD_ORDER.filter((m) => weights[m] >= THRESHOLD).sort((a, b) => weights[b] - weights[a]);
  const primary = moods.reduce<Mood | null>((best, m) => (best === null || weights[m] > weights[best] ? m : best), null);
  const evidence: MoodEvidence[] = [];
  for (const mood of moods) {
    const own = hits.filter((h) => h.mood === mood && h.weight > 0).sort((a, b) => b.weight - a.weight || a.start - b.start);
    for (const h of dedupe(own).slice(0, MAX_EVIDENCE_PER_MOOD)) {
      const span = originalSpan(p, h.start, h.end);
      evidence.push({ mood, cue: h.kind, text: message.slice(span.start, span.end), start: span.start, end: span.end });
    }
  }
  evidence.sort((a, b) => a.start - b.start);
  return {
    moods: MOOD_ORDER.filter((m) => moods.includes(m)),
    primary,
    needsAcknowledgement: moods.some((m) => UPSET_MOODS.includes(m)),
    evidence,
    acknowledgements: acknowledgementsFor(message, moods, evidence),
    customerName: signatureName(message.slice(0, 20_000)),
  };
}

/** Swearing in a how-to question or weariness at a thing (cues.ts): frustration only beside a problem told. */
const WITHOUT_A_PROBLEM = /^(?:(?:how|who) the (?:hell|heck|fuck)|(?:getting|so|really|sick and) tired of)$/i;
/** Evidence of a problem: something failed, went missing, kept them waiting, cost them, came again, or a feeling named. */
const PROBLEM_KINDS: ReadonlySet<CueKind> = new Set(['feeling', 'negated-positive', 'repeat-contact', 'waiting', 'broken', 'failure', 'money', 'loss', 'safety', 'demand']);

const HOPES_FOR_THE_FIX = /\b(?:hopefully|i hope (?:this|it|that|the|you)|(?:i|we)(?:'d| would) (?:really |greatly )?appreciate)\b/i;
const sumOf = (hits: readonly Hit[], mood: Mood) => hits.reduce((sum, h) => sum + (h.mood === mood ? h.weight : 0), 0);

/** One piece of evidence per overlapping stretch. */
function dedupe(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  return kept;
}
