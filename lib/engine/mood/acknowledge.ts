/**
 * One acknowledgement sentence per mood the customer shows, naming what they feel and why, built
 * from the mood's evidence: "I'm sorry the lamp arrived broken — that's a frustrating start.",
 * "I'm sorry you've had to write to us four times about this — you shouldn't have had to chase us."
 * Only the customer's own words are reused (pronouns turned to "you"/"your"), and only where they
 * form a plain clause; otherwise the sentence names the situation without quoting them.
 * Happy customers get none. Bounded: one sentence of at most 300 characters is read per evidence.
 */
import type { Mood, MoodAcknowledgement, MoodEvidence } from '../types';
import { capitalize } from '../words';
import { tagSentence } from '../../nlp/nlp';

const PERSON_SWAP = new Map<string, string>(Object.entries({
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  "i'm": "you're",
  "i've": "you've",
  "i'd": "you'd",
  "i'll": "you'll",
  "we're": "you're",
  "we've": "you've",
  am: 'are',
  // Contractions typed without their apostrophe: said back spelled right.
  didnt: "didn't",
  doesnt: "doesn't",
  hasnt: "hasn't",
  havent: "haven't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  cant: "can't",
  wont: "won't",
}));
/** Prepositions that put a noun phrase inside another clause's subject ("the loop you fitted in our hall"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'on', 'onto', 'at', 'from', 'under', 'behind', 'near', 'inside', 'outside', 'beside', 'next', 'above', 'below', 'through', 'across', 'around', 'upstairs', 'downstairs']);
const DETERMINERS = new Set(['the', 'my', 'our', 'this', 'his', 'her', 'their', 'both']);
const LINKING_VERBS = new Set(['arrived', 'came', 'is', 'was', 'were', 'are', 'been', 'got', 'turned', 'up', 'arrive']);
const ADVERBS = new Set(['all', 'completely', 'totally', 'already', 'just', 'badly', 'in']);
/** States that need "was"/"were" before them to make a clause ("the claim was refused"); "the zip broke" needs none. */
const PASSIVE_ONLY = new Set(['refused', 'rejected', 'declined', 'damaged', 'crushed', 'smashed', 'cracked', 'dented', 'scratched', 'ripped', 'soaked', 'shattered', 'snapped', 'ruined', 'suspended', 'deactivated', 'banned', 'cancelled', 'canceled']);
/** Words that start another clause inside the quoted stretch, leaving the quoted clause without its own verb. */
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'but', 'because', 'so', 'if', 'when', 'although', 'though', 'since', 'and']);
/** Evidence that starts with no verb ("no water", "half of the order missing") makes no clause without a linking verb. */
const NOT_A_VERB = new Set(['no', 'the', 'a', 'an', 'my', 'our', 'half', 'nothing', 'not', 'never', 'outage', 'outages', 'filthy', 'mouldy', 'moldy', 'mould', 'mold', 'something']);
/** Evidence that ends mid-clause ("the app won't let …") cannot end a quoted clause. */
const UNFINISHED = new Set(['let', 'keep', 'keeps', "won't", 'the', 'a', 'and', 'be', 'to', 'been', 'being']);
/** The customer's "you" is us: quoted into our sentence it would point at them ("the sander you hired me" → "…you hired you"). */
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'll", "you'd", 'yourself', 'u', 'ur']);
const WORD = /^[\p{L}\p{N}''-]+$/u;
/** Prepositions whose object follows the evidence: the clause cannot stop before them. */
const STRANDED_BY = new Set(['for', 'to', 'with', 'on', 'at', 'about', 'from', 'of', 'into', 'by']);
const AFTER_STRANDED = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'got', 'will', 'would', 'never', 'and', 'but', 'just', 'still', 'arrived', 'came', 'broke', 'went', 'turned', 'stopped', 'failed', "didn't", "wasn't", "isn't", "hasn't"]);

/** The plain words of the sentence around [start, end) of the message, with the index of the evidence's first word. */
function sentenceWords(message: string, start: number, end: number): { words: string[]; at: number; last: number } {
  let s = start;
  while (s > 0 && start - s < 300 && !/[.!?\n,;:]/.test(message[s - 1]!)) s--;
  let e = end;
  while (e < message.length && e - end < 300 && !/[.!?\n,;:]/.test(message[e]!)) e++;
  const before = message.slice(s, start).split(/\s+/).filter(Boolean);
  const evidence = message.slice(start, end).split(/\s+/).filter(Boolean);
  const after = message.slice(end, e).split(/\s+/).filter(Boolean);
  const clean = (w: string) => trimToWord(w.replace(/’/g, "'"));
  const words = [...before, ...evidence, ...after].map(clean);
  return { words, at: before.length, last: before.length + Math.max(0, evidence.length - 1) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Drops punctuation around a word ("(lamp," → "lamp"), keeping a trailing apostrophe. */
function trimToWord(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && !WORD_CHAR.test(w[start]!)) start++;
  while (end > start && !WORD_CHAR.test(w[end - 1]!) && w[end - 1] !== "'") end--;
  return w.slice(start, end);
}

// Names keep their capital ("the tarmac at Gatwick"); the clause's first word starts lower case inside the sentence.
// A word the customer shouted ("arrived BROKEN") is said back calmly: five capitals or more is no acronym ("VPN", "HDMI").
const SHOUTED = /^\p{Lu}{5,}$/u;
const toSecondPerson = (words: string[]) =>
  words.map((w, i) => PERSON_SWAP.get(w.toLowerCase()) ?? (i === 0 || SHOUTED.test(w) ? w.toLowerCase() : w)).join(' ');

/**
 * "the lamp arrived broken", "the cake for your daughter's party is ruined": a determiner, at
 * most five words, a linking verb and the state word the evidence found. Null when the sentence
 * does not have that shape.
 */
function stateClause(message: string, evidence: MoodEvidence, laterSubject = false): string | null {
  const { words, at, last } = sentenceWords(message, evidence.start, evidence.end);
  let verb = at - 1;
  while (verb >= 0 && ADVERBS.has(words[verb]!.toLowerCase())) verb--;
  let subjectEnd = verb; // the last word before the verb group, or before the evidence itself ("the zip broke")
  if (verb >= 1 && LINKING_VERBS.has(words[verb]!.toLowerCase())) {
    while (subjectEnd > 0 && LINKING_VERBS.has(words[subjectEnd - 1]!.toLowerCase())) subjectEnd--;
    if (['has', 'have', 'had'].includes(words[subjectEnd - 1]?.toLowerCase() ?? '')) subjectEnd--;
  } else {
    // "my claim for the water damage refused" lacks its "was", "the tarmac with no water" any verb: no clause.
    if (/ed$/i.test(words[last] ?? '') && PASSIVE_ONLY.has(words[last]!.toLowerCase())) return null;
    if (NOT_A_VERB.has(words[at]?.toLowerCase() ?? '')) return null;
    subjectEnd = at;
  }
  // The earliest determiner within seven words, so "the cake for my daughter's party" keeps its head noun.
  for (let det = Math.max(0, subjectEnd - 7); det < subjectEnd; det++) {
    if (!DETERMINERS.has(words[det]!.toLowerCase())) continue;
    // "The loop you fitted in [our church hall] doesn't work": a determiner after a preposition heads where or what
    // with, not the subject; the subject lies further back, out of reach, so no clause is said back.
    if (det > 0 && PLACE_PREPOSITIONS.has(words[det - 1]!.toLowerCase())) continue;
    const clause = clauseFrom(words, det, last);
    // `laterSubject`: "the screen repair and now [the camera doesn't work]" — the clause after the break is said back alone.
    if (clause === undefined && laterSubject) continue;
    return clause ?? null;
  }
  return null;
}

/** "I'm sorry to hear the gig was cancelled.": what the customer told us, said back without conceding or feeling for them. */
const PLAIN_SORRY = "I'm sorry to hear ";
/** The plain line, with the promise the acknowledgement check keeps only where the reply acts. */
const plainSorry = (clause: string) => `${PLAIN_SORRY}${clause}, and I want to put it right.`;
/** "half my order", "part of the delivery": the share belongs to the clause ("your order is missing" would overstate it). */
const INVERTED = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'will', 'would', 'can', 'could']);
const SHARE = new Set(['half', 'part', 'some', 'most', 'all', 'one', 'two', 'three', 'several', 'both']);

/**
 * The customer's words from the determiner at `det` to the evidence's last word at `last`, as a clause about them
 * ("the lamp arrived broken" → "the lamp arrived broken", "my order" → "your order"); null when they make no clause,
 * undefined when a later determiner may start the clause the verb belongs to.
 */
function clauseFrom(words: readonly string[], det: number, last: number): string | null | undefined {
  const share = SHARE.has(words[det - 1]?.toLowerCase() ?? '') ? det - 1 : words[det - 1]?.toLowerCase() === 'of' && SHARE.has(words[det - 2]?.toLowerCase() ?? '') ? det - 2 : det;
  // "Why has my parcel been held…?": a question's subject follows its verb, so no clause starts at the determiner.
  if (INVERTED.has(words[share - 1]?.toLowerCase() ?? '')) return null;
  const clause = words.slice(share, last + 1);
  // "…has been down for", "…died after": a clause cannot end on a word that waits for its object.
  if (UNFINISHED.has(clause.at(-1)!.toLowerCase()) || STRANDED_BY.has(clause.at(-1)!.toLowerCase()) || ENDS_NOTHING.has(clause.at(-1)!.toLowerCase())) return null;
  // "the rollercoaster my son saved up [for]": the clause goes on past the evidence, so cut there it loses its object.
  // Stranded only when no object follows it ("…saved up for was closed"); "won't connect to the VPN" ends well before "to".
  if (STRANDED_BY.has(words[last + 1]?.toLowerCase() ?? '') && (words[last + 2] === undefined || AFTER_STRANDED.has(words[last + 2]!.toLowerCase()))) return null;
  // "my 4th email about the broken [hinge]": a state word right after a determiner is an adjective whose noun is cut off.
  if (clause.length > 2 && (DETERMINERS.has(clause.at(-2)!.toLowerCase()) || ['a', 'an'].includes(clause.at(-2)!.toLowerCase()))) return null;
  if (clause.length < 2 || clause.some((x) => !WORD.test(x))) return null;
  // "this benefit that literally does not exist", "your password but that didn't work": the verb sits in another clause.
  // A later determiner may start the clause the verb belongs to ("the screen repair and now [the camera doesn't work]").
  if (clause.slice(1).some((x) => CLAUSE_BREAK.has(x.toLowerCase()))) return undefined;
  if (clause.some((x) => SECOND_PERSON.has(x.toLowerCase()))) return null;
  return toSecondPerson(clause);
}

/** Words that open a time or a condition: a clause cut before what follows them says nothing ("…died after"). */
const ENDS_NOTHING = new Set(['after', 'before', 'since', 'until', 'till', 'over', 'within', 'than', 'as', 'like']);

/** A verb the failure's words hold themselves ("gig was cancelled", "delivery didn't come"): they make a clause after their determiner. */
const HOLDS_A_VERB = /^(?:was|were|is|are|has|have|had|got|been|never|\p{L}+n't|\p{L}+ed|\p{L}+nt)$/u;

/** "The gig was cancelled", "my delivery didn't come": the failure's own words with the determiner before them. */
function failureClause(message: string, e: MoodEvidence): string | null {
  const { words, at, last } = sentenceWords(message, e.start, e.end);
  const clause = stateClause(message, e, true) ?? (at > 0 && DETERMINERS.has(words[at - 1]!.toLowerCase()) ? (clauseFrom(words, at - 1, last) ?? null) : null);
  // "the wrong size" names no failure; "this is costing me" has no subject to say back; "the scaffold was meant to come"
  // and "the branch says they haven't arrived" say what was expected or reported, not what went wrong.
  if (!clause || !clause.split(' ').slice(1).some((w) => HOLDS_A_VERB.test(w.toLowerCase()) || LINKING_VERBS.has(w.toLowerCase()))) return null;
  return /^this\b|\b(?:meant|supposed|due|says|said|told|marked|shows|showing)\b/i.test(clause) ? null : clause;
}

const NUMBER_OF_TIMES = /\b(two|three|four|five|six|seven|several|multiple|many|\d{1,2}) (?:times|emails|calls|tickets)\b/i;
const ORDINAL_CONTACT = /\b(second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th)) (?:time|email|message|call|ticket|request)\b/i;
/** Words that say the customer got in touch: "I've called", "emailed", "written", "chased", "asked", "tickets". */
export const CONTACTED = /\b(?:call(?:ed|s|ing)?|rang|phoned|phoning|e-?mail(?:ed|s|ing)?|written|writing|wrote|messag(?:ed|es|ing)|contact(?:ed|ing)?|chas(?:ed|ing)|asked|rais(?:ed|ing)|report(?:ed|ing)|complain(?:ed|t)|tickets?|chats?|reach(?:ed)? out|got in touch|get in touch|tweet(?:ed|s)?|DM(?:ed|s)?)\b/i;
/** Words that say the time was spent waiting: "waiting for 3 weeks", "for 9 hours at the airport", "still nothing". */
const WAITED = /\b(?:wait\w*|on hold|sat|stuck|still|nothing|no (?:reply|response|answer|news|update|word|sign)|(?:haven't|hasn't|have not|has not|not) (?:heard|received|arrived|had|got|been)|been (?:without|chasing)|pending)\b/i;
const ORDINAL_OTHER = /\b(second|third|fourth|fifth|sixth|seventh)\b/i;
/** The customer says what they waited for has come: "It's finally arrived today", "the refund has now come through", "got it at last"; not asked ("Has it arrived?"). */
const WAIT_OVER =
  /\b(?:(?:it|they|the [\p{L}-]+|my [\p{L}-]+)(?:['’]s| has| have|['’]ve)? (?:now |finally |at last )?(?:arrived|come through|turned up|been (?:paid|refunded|delivered|credited|fixed|sorted|resolved))|finally (?:arrived|came|got (?:it|them|my)|received|turned up)|(?:arrived|came|turned up|got it) at last)\b(?![^.!?\n]{0,40}\?)/iu;
const DURATION = /\b(?:for |over )?((?:two|three|four|five|six|eight|nine|ten|several|\d{1,3}) (?:hours|days|weeks|months))\b/i;
const EVENT = /\b(wedding|funeral|party|concert|exam|interview|presentation|demo|appointment|flight|deadline|trip|holiday|honeymoon)\b/i;
const TIME = /\b(today|tonight|this (?:morning|afternoon|evening)|tomorrow(?: morning)?|in (?:an?|the next|\d{1,3}|two|three|a few) (?:hours?|minutes?)|(?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** Words just before a time that put it in the past: "since this morning", "on hold this morning", "was cancelled today". */
const PAST_TIME = /\b(?:since|on hold|spent|waited|was|were|had|tried|called|rang|lost)\b[^.!?]{0,20}$/i;

type Builder = (message: string, e: MoodEvidence) => string | null;
/** A verb that raises a ticket, just before the count: "I've opened 3 tickets", "raised four tickets", "after 5 tickets". */
const RAISED = /\b(?:raised|opened|logged|submitted|filed|sent|created|made|put in|after|over)\s+(?:\w+\s+)?$/i;

/**
 * Someone else used the customer's card, money or details. "…something you never did" named no thing and read
 * clumsily: a payment is named as one ("a payment you didn't make"), anything else as someone using their details.
 */
const MONEY_TAKEN = /\b(?:card|payments?|paid|charged?|charges|transactions?|withdrawals?|withdrawn|debit(?:ed)?|transfer(?:red)?|bought|ordered|purchases?|took|taken|money|funds)\b|[£$€]\s?\d/i;
const misuseLine = (message: string) =>
  MONEY_TAKEN.test(message)
    ? "I understand how unsettling it is to see a payment you didn't make — let's get it stopped."
    : "I understand how unsettling it is when someone else uses your details — let's get it stopped.";
const UNSHOWN = new Map([['called', 'called you'], ['rang', 'called you'], ['phoned', 'called you'], ['came', 'came'], ['turned up', 'turned up'], ['showed up', 'turned up'], ['got back to', 'got back to you']]);
const TOLD = new Map([['told', 'told'], ['warned', 'warned'], ['updated', 'updated'], ['mentioned', 'mentioned it to'], ['explained', 'explained it to']]);

/** A problem word in the sentence that says "again": what came back is a fault, not a step the customer repeats. */
const RECURRING_PROBLEM =
  /\b(?:not|no|never|nothing|broke|broken|down|fail\w*|crash\w*|late|wrong|missing|cut|kicked|locked|charged|declined|rejected|refused|leak\w*|stopped|stuck|cancell?ed|lost|happen\w*|same|keeps?|error|faulty|damaged|dead|empty|cold|skipped|missed|blocked|suspended|banned|overcharged|dropp\w*|froze|frozen)\b|n't\b/i;
/**
 * A present danger or a need that cannot wait (gas, a flood, someone stranded, pain, medication running out, a home
 * at risk): what "I understand how worrying this is" fits. A blocked card, a leaking hatch or "I'm blind" is no worry
 * the customer showed.
 */
const HAZARD =
  /gas|flood|pouring|stuck|stranded|hard shoulder|oxygen|dose|tablets|medication|insulin|inhaler|safe|injur|accident|pain|hurts|freezing|lose|losing|threaten|survive|running out|run out|only (?:have|got)|hospital|newborn|baby|fever|elderly|on my own|piling up|lost my \d/i;

/**
 * A hazard the customer tells as over: its clause is in the past ("we were freezing", "had been stuck", "were left
 * stranded") and no clause of the message says it goes on ("still", "now", "we are", "I have a newborn").
 */
const PAST_CLAUSE = /\b(?:was|were|had been|got|spent|left)\b/i;
const GOES_ON = /\b(?:am|is|are|still|now|currently|right now|tonight|today|at the moment)\b|['’](?:m|re)\b|\b(?:he|she|there)['’]s\b|\b(?:i|we) (?:have|need)\b/i;
function hazardOver(message: string, e: MoodEvidence): boolean {
  const clause = sentenceWords(message, e.start, e.end).words.join(' ');
  return PAST_CLAUSE.test(clause) && !GOES_ON.test(message);
}

/** A loss named by the feeling alone, which a personal situation names better. */
const LOOKING_FORWARD = "I'm so sorry — I know how much you were looking forward to this.";
/** A count of times read as a fault recurring (read.ts): "logged me out 5 times today", "every time I open it". */
const COUNTED = /^(?:(?:two|three|four|five|six|several|multiple|many|\d{1,2}) times|(?:every|each) time)$/i;
/**
 * "three times my normal amount", "twice the price", "four times more": a multiplier, not a count of times something
 * happened ("I'm sorry this keeps happening" would claim a repeat the customer never told).
 */
const MULTIPLIER_AFTER = /^\s*(?:(?:my|the|our|your|what (?:i|we)) (?:normal|usual|regular|typical|average|old|previous)|(?:more|higher|bigger|larger|longer|as (?:much|high|big|many|long|expensive))\b|the (?:price|amount|cost|usual|normal|size|rate)|what (?:i|we) (?:usually|normally|paid|expected))/i;
const multiplies = (message: string, e: MoodEvidence) => MULTIPLIER_AFTER.test(message.slice(e.end, e.end + 40));
const BY_CUE = new Map<string, Builder>(Object.entries({
  broken: (message, e) => {
    if (COUNTED.test(e.text.trim()) && multiplies(message, e)) return null;
    if (COUNTED.test(e.text.trim())) return "I'm sorry this keeps happening — that's not good enough.";
    const clause = stateClause(message, e);
    if (!clause) {
      const later = stateClause(message, e, true);
      return later ? plainSorry(later) : null;
    }
    return /\barrived|came\b/.test(clause) ? `I'm sorry ${clause} — that's a frustrating start.` : `I'm sorry ${clause} — that's so frustrating.`;
  },
  // "the gig was cancelled", "my insulin delivery didn't come", "the wifi has been unusable": said back as what they told
  // us ("sorry to hear", so a reply that disputes it concedes nothing), with no feeling they did not name and no promise.
  failure: (message, e) => {
    const clause = failureClause(message, e);
    return clause ? plainSorry(clause) : null;
  },
  loss: (message, e) => {
    if (/\bfuneral|passed away\b/i.test(e.text)) return "I'm so sorry for your loss.";
    const clause = stateClause(message, e);
    if (clause) return `I'm so sorry ${clause} — I know how much it mattered.`;
    if (/looking forward|excited|special|saved/i.test(e.text)) return LOOKING_FORWARD;
    return null;
  },
  'repeat-contact': (message, e) => {
    // "I've called four times", "my third email": a contact history only when the customer's sentence says they got in touch.
    const contacted = CONTACTED.test(sentenceWords(message, e.start, e.end).words.join(' '));
    const times = NUMBER_OF_TIMES.exec(e.text);
    if (times && multiplies(message, e)) return null;
    // "£160 for two tickets": tickets bought, not raised; only a contact word beside them makes them a history.
    const around = message.slice(Math.max(0, e.start - 60), e.start) + message.slice(e.end, e.end + 60);
    if (times && /tickets$/i.test(times[0]) && !CONTACTED.test(around.replace(/\btickets?\b/gi, ''))) return null;
    // "only 2 tickets were emailed": tickets sent to the customer, not raised by them; a raised ticket has its verb before it.
    if (times && /tickets$/i.test(times[0]) && !RAISED.test(message.slice(Math.max(0, e.start - 30), e.start))) return null;
    if (times && contacted) return `I'm sorry you've had to contact us ${times[1]!.toLowerCase()} times about this — you shouldn't have had to chase us.`;
    if (times) return "I'm sorry this keeps happening — that's not good enough.";
    const ordinal = ORDINAL_CONTACT.exec(e.text);
    if (ordinal && (contacted || /email|message|call|ticket|request/i.test(ordinal[0]))) return `I'm sorry this is the ${ordinal[1]!.toLowerCase()} time you've had to get in touch — you shouldn't have had to chase us.`;
    const ordinalOther = ORDINAL_OTHER.exec(e.text);
    if (ordinalOther) return `I'm sorry this has gone wrong for the ${ordinalOther[1]!.toLowerCase()} time — that's not good enough.`;
    // "Every time I call I'm told next week": a contact history, not a fault that came back.
    const sentence = sentenceWords(message, e.start, e.end).words.join(' ');
    if (/^(?:every|each) time$/i.test(e.text.trim()) && contacted) return "I'm sorry you've had to keep chasing us about this — that's not good enough.";
    // "Try again", "it asks me to set up the app again": the customer's own step repeated. A recurrence only where
    // the sentence reports a problem, or stands alone ("…then cut off. Again.").
    if (sentence.trim().toLowerCase() !== e.text.trim().toLowerCase() && !RECURRING_PROBLEM.test(sentence)) return null;
    return "I'm sorry this has happened again — that's not good enough.";
  },
  waiting: (message, e) => {
    const duration = DURATION.exec(e.text);
    // "hacked 11 days ago" says when, "for 3 weeks and still nothing" says how long they waited.
    const waited = duration && !/^\s*ago\b/i.test(message.slice(e.end, e.end + 6)) && WAITED.test(message.slice(Math.max(0, e.start - 80), e.end + 40));
    // "It's finally arrived today": the wait is over, so it is named in the past, not as if it went on.
    if (duration && waited && WAIT_OVER.test(message)) return `I'm sorry you had to wait ${duration[1]!.toLowerCase()} — that's far too long.`;
    if (duration && waited) return `I'm sorry you've been waiting ${duration[1]!.toLowerCase()} — that's far too long.`;
    // "not working since 3 days", "down for two weeks": how long the fault has lasted, not a wait on us.
    const lasting = /^\s*since\b/i.test(e.text) || /(?:\b(?:has|have|had)|'s|'ve) been\b|\bstill\b/i.test(sentenceWords(message, e.start, e.end).words.join(' '));
    if (duration && lasting && /^\s*(?:for|since|over)\b/i.test(e.text)) return `I'm sorry this has been going on for ${duration[1]!.toLowerCase()} — that's far too long.`;
    // "Nobody told me at pick-up": what we failed to do, named as the customer said it.
    const untold = /\b(?:nobody|no one) (?:has |had |ever )?(told|warned|updated|mentioned|explained)\b/i.exec(e.text);
    // "No one has told me whether the claim is accepted": a question left unanswered, not a warning never given.
    if (untold && /^\s*(?:me|us)\s+(?:whether|if|when|what|why|how|where|anything)\b/i.test(message.slice(e.end, e.end + 20))) {
      return "I'm sorry you've been left without an answer — that's not good enough.";
    }
    if (untold) return `I'm sorry nobody ${TOLD.get(untold[1]!.toLowerCase())} you — that's not good enough.`;
    // "Nobody came and nobody called", "no one has got back to me": what we failed to do, in the customer's words. No
    // "that's not good enough": beside "Your feedback has been noted" the concession would promise what the reply does not.
    const unshown = /\b(?:nobody|no one) (?:has |had |ever )?(called|rang|phoned|came|turned up|showed up|got back to)\b/i.exec(e.text);
    if (unshown) return `I'm sorry nobody ${UNSHOWN.get(unshown[1]!.toLowerCase())}.`;
    if (/\b(?:waiting|waited|on hold)\b/i.test(e.text)) return "I'm sorry you've been kept waiting — that's not good enough.";
    if (/\bno (?:reply|response|answer|news|update)|nobody (?:has )?(?:replied|answers|can tell)|no one (?:has )?(?:replied|answers)|haven't heard\b/i.test(e.text)) return "I'm sorry you've been left without an answer — that's not good enough.";
    return null;
  },
  safety: (message, e) => {
    // "Someone used my card" is a payment the customer never made; "someone got into my account" is a break-in.
    if (/hack|logged|accessed|getting into|got into|someone (?:else )?(?:has |had )?(?:got|logged|accessed|changed|is (?:in|using) my account)/i.test(e.text)) return "I understand how worrying it is to think someone got into your account — let's make it safe together.";
    if (/fraud|scam|phishing|bank details|empty/i.test(e.text)) return "I'm so sorry — being targeted like this is really frightening, and I'm here to help.";
    // A stolen car or bike is no account fraud: the line fits only payments and accounts.
    if (/cloned|unauthori|never (?:made|bought|ordered)|someone (?:else )?(?:has |had )?used|without|(?:card|account|details|identity|money|payment)\b.{0,30}stolen|stolen (?:card|account|details|identity|money|payment)/i.test(e.text)) return misuseLine(message);
    if (/hospital/i.test(e.text)) return "I'm so sorry to hear about the hospital stay, and I'm here to help.";
    if (/wasn't me|was not me|not me\b/i.test(e.text)) return misuseLine(message);
    if (!HAZARD.test(e.text)) return null;
    // "We were freezing", "we were stranded for three hours": a danger told as over is no present worry to help with.
    return hazardOver(message, e) ? "I'm so sorry — that must have been really hard." : "I understand how worrying this is, and I'm here to help.";
  },
  // "Charged twice" only when the customer says so ("charged £60 at the gate" is one charge they dispute).
  // "Money worries" only where the customer shows them (can't afford, rent due); a disputed charge is named as one,
  // and "I paid £38 for this" or "I want it back" names no charge at all.
  money: (message, e) => {
    if (e.mood === 'worried') return "I understand how stressful money worries are, and I'll do what I can to ease this.";
    if (/\b(?:twice|double|duplicate|identical|two (?:times|payments|charges))\b|charged (?:me )?2x/i.test(message) && /charged|double|identical|taken|took|twice/i.test(e.text)) {
      return "I'm sorry you were charged twice — I know how much that matters.";
    }
    return /charg|deduct|taken|took|overcharg|bill|debit|payment|gone up/i.test(e.text) ? "I'm sorry about this charge — I know how much that matters." : null;
  },
  deadline: (message, e) => {
    const { words } = sentenceWords(message, e.start, e.end);
    const sentence = words.join(' ');
    // "locked out since this morning", "2 hours on hold this morning" say when it happened, not when it is needed.
    const ahead = (text: string, before: string) => {
      const times = new RegExp(TIME.source, 'gi');
      for (let m = times.exec(text); m; m = times.exec(text)) if (!PAST_TIME.test((before + text.slice(0, m.index)).slice(-30))) return m;
      return null;
    };
    const time = ahead(e.text, message.slice(Math.max(0, e.start - 10), e.start)) ?? ahead(sentence, '');
    const event = EVENT.exec(sentence);
    const when = time?.[1]?.toLowerCase().replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/, (d) => capitalize(d));
    if (event && when) return `I know the ${event[1]!.toLowerCase()} is ${when}, so I'm on this right away.`;
    if (when) return `I know you need this ${when}, so I'm on it right away.`;
    return null;
  },
}));

/** Someone close to the customer (or a pet) whose name the line may repeat: "your son", "your mum". */
const RELATIVE = "(son|daughter|kids?|children|child|baby|mum|mom|mother|dad|father|grandmother|grandfather|gran|grandma|grandad|nan|wife|husband|partner|niece|nephew|family|sister|brother|dog|cat)";
// "for my son's passport renewal" is a need, not a present or an occasion: the line is for the person only when nothing
// of theirs follows but one of those occasions.
const FAMILY_FOR = new RegExp(`\\bfor (?:my|our) ${RELATIVE}(?:['’]s? (birthday|wedding|party|christening|graduation)\\b|(?!['’]s?\\s)\\b)`, 'i');
/** A death, a funeral or a bereavement: "my mother passed away", "our dog died", "my late father", "the funeral"; not a device that "died" ("my TV died after 13 months"). */
const BEREAVEMENT = /\b(?:passed away|death certificate|bereave\w*|funeral|(?:the|his|her|their|mum['’]s|dad['’]s) ashes|crematorium|cremation|(?:my|our) late (?:\w+ ){0,1}\w+|lost (?:my|our) (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|baby|gran|grandmother|grandfather)|(?:she|he) (?:didn['’]t|did not) make it(?! (?:to|in|on|into|back|home|there|out|onto|for|past|up|down|easy|clear|work)\b| through (?!(?:the night|surgery|the operation)\b))|(?:had to be |was |were )?put (?:to sleep|down)(?= (?:on|last|yesterday|this|today)\b|[.!,])|(?:had|have) to say goodbye to (?:her|him|our|my))\b/i;
const DIED = /\bdied\b/i;
const BETWEEN = /^(?:just|completely|totally|finally|suddenly|sadly|unexpectedly|recently|then|also|has|had|have|never|only|actually)$/i;
const LIVING_SUBJECT = /^(?:he|she|they|who|we|him|her|gran|nan|nana|nanna|granny|grandad|granddad|grandma|grandpa|grandparents?|step\p{L}+|cousins?|neighbou?rs?|nieces?|nephews?|godparents?|godmother|godfather|aunt|auntie|aunty|uncle|twins?|dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|ponies|pony|foals?|mare|rabbits?|bunn(?:y|ies)|hamsters?|gerbils?|guinea pigs?|pigs?|budgies?|parrots?|birds?|tortoises?|turtles?|fish|goldfish|hens?|chickens?|ducks?|ferrets?|snakes?|lizards?|geckos?|lambs?|ewes?|calf|calves|cows?|goats?|sheep|alpacas?|boy|girl)$/iu;
interface TermJson { text: string; normal?: string; tags?: string[] }
/** Whoever "died" in one sentence of the message is a thing, or nobody died: the word before it (past adverbs and "has") is such a noun. */
function thingDiedIn(sentence: string): boolean {
  const terms = (tagSentence(sentence).json() as { terms: TermJson[] }[]).flatMap((s) => s.terms);
  const at = terms.findIndex((t) => /^died$/i.test(t.normal ?? t.text));
  let i = at - 1;
  while (i >= 0 && BETWEEN.test(terms[i]!.normal ?? terms[i]!.text)) i--;
  // "The speaker I bought died": past a clause describing it, to the noun it describes.
  if (i >= 2 && terms[i]!.tags?.includes('Verb') && /^(?:i|we|you|they|he|she)$/i.test(terms[i - 1]!.normal ?? terms[i - 1]!.text)) i -= 2;
  const subject = terms[i];
  if (!subject) return false;
  const word = (subject.normal ?? subject.text).toLowerCase();
  if (LIVING_SUBJECT.test(word)) return false;
  // "I could have died", "we nearly died of cold": a fright, not a death.
  if (/^(?:it|this|that|thing|one|could|would|might|nearly|almost|practically|literally)$/.test(word)) return true;
  const tags = new Set(subject.tags ?? []);
  return tags.has('Noun') && !['Actor', 'Person', 'ProperNoun', 'Pronoun', 'Possessive'].some((t) => tags.has(t));
}
/**
 * "…died" is a bereavement when whoever died is a person or an animal: "my mum died", "Our dog Biscuit died", "she has
 * died", "my nan sadly died". A thing that "died" is a fault ("my monitor died after 3 weeks", "the pump has just died",
 * "it just died"): read by grammar, the word before "died" (past a few adverbs and "has/had") is a noun that is no person
 * (compromise's #Actor or #Person, a name, a pronoun) and no kin or animal compromise does not tag as a person.
 */
function someoneDied(text: string): boolean {
  return text.split(/(?<=[.!?])\s+|\n+/).some((sentence) => DIED.test(sentence) && !thingDiedIn(sentence));
}
/** A bereavement named in the message (BEREAVEMENT, or someone who died). */
function bereaved(text: string): boolean {
  return BEREAVEMENT.test(text) || someoneDied(text);
}

/** A funeral the customer could not attend because of us: "I missed my grandmother's funeral". */
const MISSED_FUNERAL = /\b(?:missed|couldn['’]t (?:go to|attend|get to)|could not (?:go to|attend|get to)|didn['’]t make it to)\b[^.!?]{0,40}\bfuneral\b/i;
/** Someone close who is dying or very ill: "visiting my dying mother", "my father is seriously ill". */
const GRAVE_ILLNESS = /\b(?:dying|terminally ill|seriously ill|critically ill|in intensive care|end of life)\b/i;
/**
 * Harm to a person: an injury, a reaction, a trip to A&E, or a fright that could have been one. Swelling or a burn
 * alone names no harm ("my new piercing is a bit swollen, is that normal?").
 */
const HARM =
  /\b(?:hurt|injur\w*|allergic reaction|anaphyla\w*|A&E|emergency room|went flying|fell (?:off|over|down)|I fell|[Gg]razed|[Bb]ruised|[Ss]prained|could have (?:died|been killed|been hurt|been seriously)|i could have died|shaking|left behind|went missing)\b/;
const INJURY = /\b(?:hurt|injur\w*|allergic reaction|anaphyla\w*|A&E|emergency room|swollen|bleeding|burns?|burnt|grazed|bruised|sprained)\b/i;
/** Harm only feared: "could get hurt", "someone will be injured", "is going to get hurt". */
const RISK_ONLY = /\b(?:could|might|may|will|would|going to)\s(?:\w+\s)?(?:get|be)\s(?:\w+\s)?(?:hurt|injured)\b/gi;
/** A fright that could have been harm: "Thankfully she wasn't in it", "I could have died". */
const NEAR_MISS = /\b(?:thankfully|luckily|could have|what could have happened|wasn['’]t in it|nobody was hurt|no one was hurt)\b/i;
/** The customer hurt themself: "my wrist is swollen", "I went flying". */
const SELF_HURT = /\b(?:my (?:wrist|arm|leg|ankle|knee|back|hand|head|neck|foot|shoulder|face|fingers?)|I (?:went flying|fell|was hurt|got hurt|hurt my))\b/i;
/** "It wasn't my fault", "through no fault of my own": the customer says the opposite of a slip. */
const DISOWNS_FAULT = /\b(?:(?:was|is|were|are)(?:n['’]t| not)|not|no fault of) (?:my|our) (?:own )?(?:fault|mistake)\b|\bthrough no fault of (?:my|our) own\b/gi;
const RELATIVE_NAMED = new RegExp(`\\b(?:my|our) ${RELATIVE}\\b`, 'i');
/** Money taken or sent through a fraud: "Someone took £1,200… I didn't make these payments", "I think I've been scammed". */
const UNAUTHORISED_PAYMENTS = /\b(?:didn['’]t|did not|never) (?:make|made|authori[sz]e|authori[sz]ed|recogni[sz]e) (?:these|those|this|that|the|any) (?:payments?|transactions?|charges?|withdrawals?)\b/i;
// The customer as the victim ("I've been scammed", "a fraudster"), not calling us a scam ("That is a scam.").
const SCAMMED = /\b(?:(?:been|was|were|got) scammed|scammed (?:me|us)|fraudster|tricked|conned|pretending to be|fake (?:support|seller|account|website|site|listing)|safe account)\b/i;
/** The customer's own slip: "completely my own fault", "by mistake", "I accidentally deleted…", "I typed one digit wrong". */
const OWN_SETBACK = /\b(?:my (?:own )?fault|my (?:own )?mistake|by mistake|accidentally|I got the (?:date|time|day) wrong|typed [^.!?]{0,20}wrong|I know it was (?:stupid|silly|my)|I forgot to)\b/i;
/** Money the customer cannot spare: "I can't afford", "on a tight budget", "that's my rent money". */
const MONEY_WORRY = /\b(?:can['’]t afford|cannot afford|tight budget|rent money|rent is due|lost my job|(?:this|that) money matters|struggling (?:to pay|financially|with money))\b/i;
/** Feelings a plain "disappointing" or "frustrating" understates. */
const DEVASTATED = /\b(?:devastated|heartbroken|gutted|distraught|in bits|beside myself)\b/i;
const PANIC = /\b(?:panick(?:ing|ed)|freaking out|in a panic)\b/i;

const NUMBER_WORDS = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th))\b/gi;
/** What a sentence may claim about the customer's story, and the words in their message that show it. */
const CLAIMS: readonly (readonly [string, RegExp, Pick<RegExp, 'test'>])[] = [
  ['a repeat', /\bagain\b|\bkeeps happening\b|\bfor the \w+ time\b/i, /\bagain\b|\b(?:every|each) time\b|\bin a row\b|\bsame\b|\bkeeps?\b|\b(?:second|third|fourth|fifth|sixth|seventh|\d{1,2}(?:st|nd|rd|th))\b|\btimes\b|\bback\b/i],
  ['a double charge', /\bcharged twice\b/i, /\btwice\b|\bdouble\b|\bduplicate\b|\bidentical\b|\btwo (?:times|payments|charges)\b|\b2x\b/i],
  ['a wait', /\bwaiting\b/i, /\bwait|\bon hold\b|\bno (?:reply|response|answer|news|update|word)\b|\bhaven['’]t heard\b|\bheard nothing\b|\bstill\b|\bpending\b|\bnothing\b|\bnobody\b|\bno one\b|\bstuck\b|\bsat\b/i],
  ['a contact history', /\bchase us\b|\bchasing us\b|\bget in touch\b|\bcontact us\b/i, CONTACTED],
  ['a loss', /\bfor your loss\b/i, { test: bereaved }],
];

/**
 * What a built sentence claims that the customer's message does not show: a number or ordinal they never wrote, a
 * repeat, a double charge, a wait or a contact history they never mentioned. A sentence with any is not offered
 * (the plain line for the mood is), so a detail misread from the message never reaches the reply.
 */
export function unsupportedClaims(message: string, sentence: string): string[] {
  const said = message.replace(/’/g, "'").toLowerCase();
  const out: string[] = [];
  // "3," and "3" are one number: a word's trailing stops go (one character at a time: linear).
  const bare = (w: string) => {
    let end = w.length;
    while (end > 0 && (w[end - 1] === '.' || w[end - 1] === ',')) end--;
    return w.slice(0, end);
  };
  const words = new Set(said.split(/[^\p{L}\p{N}.,]+/u).map(bare));
  for (const m of sentence.matchAll(NUMBER_WORDS)) if (!words.has(bare(m[0].toLowerCase()))) out.push(`"${m[0]}"`);
  for (const [what, claim, shown] of CLAIMS) if (claim.test(sentence) && !shown.test(said)) out.push(what);
  return out;
}

export const GENERIC_ACKNOWLEDGEMENTS: Record<Exclude<Mood, 'happy'>, string> = {
  frustrated: "I'm sorry — I can see how frustrating this has been, and I want to put it right.",
  worried: "I understand this is worrying, and I'm here to help.",
  disappointed: "I'm so sorry — I know how disappointing this is.",
  urgent: "I know this is time-sensitive, so I'm on it right away.",
  confused: 'Sorry for the confusion — let me clear this up.',
};

/**
 * The line for a mood the message shows only by its situation (a fault, a wait, a refusal), not by a feeling the
 * customer names: it says sorry for what happened without telling them how they feel.
 */
export const NEUTRAL_ACKNOWLEDGEMENTS: Record<Exclude<Mood, 'happy'>, string> = {
  frustrated: "I'm sorry for the trouble this has caused, and I want to put it right.",
  worried: "I'm sorry you're dealing with this, and I'm here to help.",
  disappointed: "I'm so sorry about this.",
  urgent: GENERIC_ACKNOWLEDGEMENTS.urgent,
  confused: GENERIC_ACKNOWLEDGEMENTS.confused,
};

/** Evidence in which the customer shows the feeling itself: its word, sarcasm, an emoji, shouting, a demand. */
const VOICED_CUES = new Set(['feeling', 'negated-positive', 'sarcasm', 'emoji', 'capitals', 'demand', 'plea', 'deadline', 'contradiction']);

/** Whether the customer's own words show `mood`, rather than the situation alone. */
export function moodVoiced(mood: Mood, evidence: readonly MoodEvidence[]): boolean {
  return evidence.some((e) => e.mood === mood && VOICED_CUES.has(e.cue));
}

/** Which cue kinds explain each mood best, most telling first. */
const CUE_PRIORITY: Record<Exclude<Mood, 'happy'>, string[]> = {
  frustrated: ['broken', 'money', 'repeat-contact', 'waiting', 'failure'],
  worried: ['safety', 'money'],
  disappointed: ['loss'],
  urgent: ['deadline'],
  confused: [],
};

const REASON_RANK = ['loss', 'safety', 'broken', 'money', 'repeat-contact', 'waiting', 'deadline', 'failure'];

interface Situation {
  /** The cue it counts as, for the check's contradiction test (`deniedBy`) and the ranking. */
  cue: string;
  sentence: string;
  /** A death, harm or fraud outranks any other line; the others only replace a line that names nothing. */
  strong: boolean;
}

/**
 * What happened to the customer, read from their whole message, when it is graver or more personal than any one
 * piece of mood evidence: a bereavement, harm to someone, a fraud, their own slip, a purchase for someone close, money
 * they cannot spare, a feeling stronger than "disappointed". The line names only what the message says.
 */
export function situationIn(message: string): Situation | null {
  const text = message.replace(/’/g, "'");
  if (MISSED_FUNERAL.test(text)) return { cue: 'loss', sentence: "I'm so sorry you missed the funeral — I know how much it mattered.", strong: true };
  if (bereaved(text)) return { cue: 'loss', sentence: "I'm so sorry for your loss.", strong: true };
  if (GRAVE_ILLNESS.test(text)) return { cue: 'loss', sentence: "I'm so sorry — I know this is a really hard time for you.", strong: true };
  // "Kids could get hurt", "someone is going to get injured": a risk the customer fears, not a harm or a fright that happened.
  if (RISK_ONLY.test(text) && !HARM.test(text.replace(RISK_ONLY, ' '))) return { cue: 'safety', sentence: 'I understand how worrying this is.', strong: true };
  if (HARM.test(text)) {
    // "My son had an allergic reaction": naming them fits only harm that happened, not a fright ("thankfully she wasn't in it").
    const hurt = INJURY.test(text) && !NEAR_MISS.test(text);
    const who = RELATIVE_NAMED.exec(text);
    if (hurt && who) return { cue: 'safety', sentence: `I'm so sorry — that must have been so frightening for you and your ${who[1]!.toLowerCase()}.`, strong: true };
    if (hurt && SELF_HURT.test(text)) return { cue: 'safety', sentence: "I'm so sorry you were hurt — that must have been a real shock.", strong: true };
    return { cue: 'safety', sentence: "I'm so sorry — that must have been really frightening.", strong: true };
  }
  if (SCAMMED.test(text)) return { cue: 'safety', sentence: "I'm so sorry — being targeted like this is really frightening, and I'm here to help.", strong: true };
  if (UNAUTHORISED_PAYMENTS.test(text)) return { cue: 'safety', sentence: "I'm so sorry — seeing payments you never made is really unsettling, and I'm here to help.", strong: true };
  if (MONEY_WORRY.test(text)) return { cue: 'money-worry', sentence: "I understand how stressful money worries are, and I'll do what I can to ease this.", strong: false };
  if (OWN_SETBACK.test(text.replace(DISOWNS_FAULT, ''))) return { cue: 'setback', sentence: "I'm sorry — that's such a stressful thing to happen, and it could happen to anyone.", strong: false };
  const family = FAMILY_FOR.exec(text);
  if (family) {
    const whom = family[2] ? `your ${family[1]!.toLowerCase()}'s ${family[2].toLowerCase()}` : `your ${family[1]!.toLowerCase()}`;
    return { cue: 'family', sentence: `I'm so sorry — I know how much you wanted this to be right for ${whom}.`, strong: false };
  }
  if (DEVASTATED.test(text)) return { cue: 'feeling', sentence: "I'm so sorry — I can hear how much this has upset you.", strong: false };
  if (PANIC.test(text)) return { cue: 'feeling', sentence: "I can hear how stressful this is, and I'm on it right away.", strong: false };
  return null;
}

const rank = (a: MoodAcknowledgement) => (a.specific ? REASON_RANK.indexOf(a.cue ?? '') : REASON_RANK.length);

/**
 * The acknowledgement for each upset (or confused) mood, from the most telling evidence that
 * makes a sentence; the generic line for the mood when none does. Never one for happiness.
 */
export function acknowledgementsFor(message: string, moods: readonly Mood[], evidence: readonly MoodEvidence[]): MoodAcknowledgement[] {
  const out: MoodAcknowledgement[] = [];
  for (const mood of moods) {
    if (mood === 'happy') continue;
    let sentence: string | null = null;
    let chosenCue = '';
    for (const cue of CUE_PRIORITY[mood]) {
      for (const e of evidence) {
        if (e.mood !== mood || e.cue !== cue) continue;
        sentence = BY_CUE.get(cue)?.(message, e) ?? null;
        if (sentence && unsupportedClaims(message, sentence).length) sentence = null;
        chosenCue = cue;
        if (sentence) break;
      }
      if (sentence) break;
    }
    const general = moodVoiced(mood, evidence) ? GENERIC_ACKNOWLEDGEMENTS[mood] : NEUTRAL_ACKNOWLEDGEMENTS[mood];
    out.push({ mood, sentence: sentence ?? general, specific: sentence !== null, cue: sentence ? chosenCue : undefined });
  }
  // A sentence that names the reason beats a generic one, the most telling reason first; otherwise
  // the moods keep their order (strongest first).
  out.sort((a, b) => rank(a) - rank(b));
  // The customer's situation (a death, harm, a fraud, a gift for someone close…) goes first where it says more than
  // the best line: always when it is grave, otherwise only over a line that names nothing or only a feeling.
  const situation = out.length ? situationIn(message) : null;
  const best = out[0];
  // A fear for an account or a payment the builders already named ("someone got into your account") is more exact.
  // A failure said back in their words ("sorry to hear the tutor didn't show up") is less personal than their situation.
  const outranks = (s: Situation, a: MoodAcknowledgement) => (s.strong && !(s.cue === 'safety' && a.cue === 'safety')) || !a.specific || a.sentence.startsWith(PLAIN_SORRY) || a.sentence === LOOKING_FORWARD;
  if (situation && best && outranks(situation, best) && !unsupportedClaims(message, situation.sentence).length) {
    out[0] = { mood: best.mood, sentence: situation.sentence, specific: true, cue: situation.cue };
  }
  return out;
}
