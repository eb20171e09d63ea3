import type { MoodReading } from './types';
import type { Sentence } from './segment';
import { againstTheCustomer, blamesTheCustomer, didSomethingBeforeTheNo, offersSomething, regretsTheNo, withoutAsides } from './kind-refusal';
import { FAULT_RULES, HANDOFF_RULES, NORMAL_RULES, REQUIREMENT_RULES, ownsFault, promisesOwnDeed, requirementReasoned, turnedSerious } from './owned-kindness';

/**
 * Warm answers that many rules read as cold, excused once here rather than rule by rule (issue #10, session 39): the
 * false alarms on warm replies nobody tuned for fell into a few groups shared by many rules.
 *
 * 1. Steps the customer asked for. "How do I reset it?" answered "To reset it, go to Settings and…" or "You'll need to
 *    bring a letter with her name on it" is the answer's instruction, not bossing. Excused for the rules that catch
 *    orders and reminders (STEP_RULES) when the customer asked how, where, whether they can or what they need, and
 *    the agent's sentence is told as the step (an imperative, "To … , …", "You'll need to…", "You can…") or its caveat
 *    ("Note that fair use is decided case by case").
 * 2. A no with its reason and a way forward. "Unfortunately we can't serve wine to under-18s, because our licence
 *    depends on it. The good news is…" is a kind no, not a flat refusal. Excused for the refusal and hand-off rules
 *    (NO_RULES) when the sentence gives a reason and the sentence or one of the next two says what the
 *    agent can do or has done. Since session 42 the agent's own sorry stands in for the reason ("We can't hold the
 *    table past 8, sorry! Would 7:30 work?"), with no other rule's warning nearby, and any first-person deed or an
 *    alternative put as a question counts as the way forward (kind-refusal.ts).
 * 3. The same shape for a wait: "Refunds take 3 days, and I've already started yours" is a wait the agent is already
 *    working on (WAIT_RULES, with what the agent has done in the sentence or the next).
 * 4. Good news told in the rulebook's words: "The plan, which you accepted, covers it — good news!", "Note that fair
 *    wear and tear is covered" hold nothing against the customer (FAVOUR_RULES, in a sentence that grants and denies
 *    nothing).
 *
 * 5–8. (session 41, words read in owned-kindness.ts) A requirement with its reason and the agent's own part after it ("You
 *    must leave the boxes in place, or the treatment can't work. I can book a second visit"), a "you should have…" beside
 *    the agent owning our fault, a move to DMs after the agent's own deed, "this is normal" turned in the same sentence
 *    toward taking it seriously. Each only with no other rule's warning or suggestion in the sentence before, this one or
 *    the next two; a sanction ("…, or your account will be closed") is no reason.
 *
 * Groups 1, 2 and 5–8 become hints, not silence: the answer still reads better led by what the agent can do, and a team lead
 * labels such sentences both ways, so the card stays as a gentle nudge (severity follows how sure the coach is). Groups 3
 * and 4 hold nothing cold and are dropped. So is group 2 where the no gives its reason (not only a sorry) and no phrase
 * rule warns or suggests anything anywhere in the reply (session 49, issue #10): "I'm afraid we can't press that much on
 * the public day; the queue gets long… But we'd love to do your grandad's apples properly" is the warm form the card
 * asks for, and a nudge on a reply a lead would not underline teaches the agent to ignore the coach.
 *
 * Each stays flagged beside a worse line: a sentence where another rule's warning or suggestion stands (a lecture, a
 * threat: "You need to read the FAQ before contacting us") keeps every finding, and so does a lecture the step itself
 * carries ("before contacting us", "next time"). "We can't refund. Policy." has no reason and no way forward.
 */

// you-need-to is left out: its own `softer` form already makes the asked-for step a hint (answered-softly.ts).
const STEP_RULES = new Set(['simply-just-do', 'please-note', 'kindly', 'lecturing-order', 'duty-with-a-deadline']);
const NO_RULES = new Set([
  'we-are-unable-to',
  'not-permitted',
  'stated-as-a-rule',
  'we-dont-offer',
  'will-not-be-processed',
  'nothing-we-can-do',
  'not-possible-to',
  'thats-impossible',
  'bare-not-available',
  'request-denied',
  'channel-refused',
  'stacked-negatives',
  'not-my-department',
  'left-with-another-team',
  'contact-them-directly',
  'someone-elses-job',
]);
const WAIT_RULES = new Set(['please-allow-time', 'wait-without-a-time', 'please-wait', 'in-due-course', 'processed-in-order']);
/** The session-41 families (owned-kindness.ts): softened beside their reason, our own fault, or the agent's own deed. */
const OWNED_FAMILIES = [REQUIREMENT_RULES, FAULT_RULES, HANDOFF_RULES, NORMAL_RULES];
const FAVOUR_RULES = new Set(['you-agreed-to', 'you-approved-it', 'please-note', 'stated-as-a-rule', 'rulebook-voice', 'per-our-policy', 'policy-jargon']);

/** Moods that make "how do I…?" a complaint: a frustrated or let-down customer hears the step as a hand-off. */
const COMPLAINING = new Set(['frustrated', 'disappointed']);

/** The customer asks how, where, whether they can, or what they need: a question whose answer is a step. Bounded. */
const ASKS_HOW =
  /\b(?:how (?:do|can|could|would|should|will|does) (?:i|we|you|u|one|my|our)\b|how (?:i|we) (?:can|could|should|do)\b|how to \w|where (?:do|can|could|should) (?:i|we)\b|(?:can|could|may) (?:i|we|u|she|he|they|my \w+|our \w+) (?:\w+ )?\w+|(?:do|would|will|should|must) (?:i|we|u) (?:\w+ )?(?:need|have) to|(?:is|are) there (?:a|any|another) (?:\w+ )?way|is it (?:\w+ )?possible|what (?:do|would|should|must|can) (?:i|we) (?:\w+ )?(?:need|have|bring|do|send|show|provide)|what (?:are|is) the (?:\w+ )?(?:requirements|criteria|steps|process)|(?:am|are|is) (?:i|we|he|she) (?:\w+ )?(?:eligible|entitled|allowed)|(?:do|does|would) (?:i|we|my \w+) (?:\w+ )?qualify|(?:help|show|tell) me how|is it (?:ok|okay|a problem) if (?:i|we)|can you (?:please )?help)/i;

const LEAD = String.raw`^(?:@\w+\s+)?(?:(?:yes|yep|yeah|sure|of course|absolutely|no worries|not at all|great question|good question|good news|easy|ok|okay|hey|hi|hello)\b[\w ]{0,12}[,!:.—–-]+\s*)*(?:(?:and|then|next|first|so|but|also|after that|now)\b,?\s*)?(?:(?:just|simply|only|kindly|please)\s+)?`;
/** Verbs a step starts with ("Go to…", "Tap Transfer", "Pop it in the post", "Bring a letter"). */
const STEP_VERB =
  String.raw`(?:note|go|head|tap|click|open|select|choose|pick|log|sign|visit|press|hold|enter|type|pop|send|reply|bring|fill|upload|call|ring|email|drop|take|use|check|turn|switch|restart|unplug|plug|update|install|delete|reinstall|add|tick|untick|text|message|book|pay|print|attach|scan|download|make sure|remember|pass|show|quote|follow|scroll|find|look|leave|keep|put|apply|register|contact|log in|sign in|wait|ask|tell|let|give|set|clear|save|copy|paste|swipe|scan|remove|choose|confirm|approve|export|import|join|link|reset|connect|charge|top up|forward|share|wipe|clean|try|push|refresh|reboot|rinse|tighten)`;
/** The customer's own part told as what they need or can do: "You'll need to…", "you're required to", "You can…". */
const YOUR_PART = String.raw`(?:you(?:'ll| will|'d| would)? (?:just |only |simply |first |also )?(?:need|have|be required|be asked|want) to|you(?:'re| are) (?:just |only )?(?:required|asked|expected) to|you (?:just |only |simply )?(?:must|can|could|should)|all you (?:need|have) to do)`;
const STEP = new RegExp(
  `${LEAD}(?:${STEP_VERB}\\b|${YOUR_PART}\\b|\\d+[.)] |(?:to|for|if|once|when|before|after|in) [^,;:.!?]{1,80}[,;:]? (?:then )?(?:just )?(?:${YOUR_PART}|${STEP_VERB}\\b)|(?:the|one) (?:best|easiest|quickest) way (?:is|would be))`,
  'i',
);
/** A lecture the step carries: "before contacting us", "next time", "as stated", "should have". */
const LECTURE =
  /\b(?:before (?:contacting|emailing|calling|messaging|writing to|getting in touch|reaching out|chasing|complaining)|next time|in (?:the )?future|going forward|should (?:have|'ve)|as (?:already |previously |clearly )?(?:stated|explained|mentioned|advised)|read (?:the|our) \w+ (?:first|before|properly|carefully)|yourself first|at all times|failure to|otherwise)\b/i;

/** A reason given with the no: "because…", ", as it's set by…", "for your privacy" (a bare "sorry", "Unfortunately" or "I'm afraid" is no reason). */
const REASON =
  /\b(?:because|since|due to|the reason|which means|so that|so (?:every(?:one|body)?|each|no ?(?:one|body)|nobody)\b|for (?:your |their |our )?(?:safety|security|privacy|hygiene|health)|(?:hygiene|safety|security|legal|licen[cs]e|insurance) (?:thing|reason|reasons|rules?|requirements?)|otherwise|(?:only|just) (?:allows?|lets|permits|covers|fires|runs|opens|takes|accepts))\b|, as (?!well|soon|long|far|much|many|per|of|a result|you)|[,;:—–-] (?:the|our|it|they|that|this)(?:'s| is| are|'re) (?:\w+ ){0,3}(?:rule|thing|law|policy|made|set|run|controlled|regulated|licensed)\b/i;
/**
 * The reason told as its own clause after a colon, semicolon or dash (session 40): "I can't keep it open past 5am: the
 * same cooks start the day shift then", "we can't press that much; the queue gets long". A clause with its own subject
 * and at least three more words, not one that only restates the rule ("…: it's not possible", "…: policy", "…; those
 * are the rules").
 */
const REASON_CLAUSE =
  /[:;—–] (?:the|our|my|we|they|he|she|it|there|every|each|all|a|an|most|some|this|that|these|those|[A-Z][a-z]+)\b(?: [\w'’,-]+){3,}/;
const BARE_RULE =
  /[:;—–] [^.!?]*\b(?:polic(?:y|ies)|rules?|terms|procedures?|system|not (?:possible|allowed|permitted|able)|unable|no exceptions?|final|non-negotiable)\b/i;
/**
 * A no told as what follows from a reason just given in the same sentence (session 40): "Railways have given us no
 * new date yet, so I cannot honestly promise…" — the "so" joins the reason to the no.
 */
function reasonBeforeSo(beforeNo: string): boolean {
  // String steps, not a regex: an unanchored pattern ending in "so$" is quadratic on a long clause.
  const trimmed = beforeNo.trimEnd();
  if (!trimmed.toLowerCase().endsWith(' so')) return false;
  let rest = trimmed.slice(0, -3);
  if (rest.toLowerCase().endsWith(' and')) rest = rest.slice(0, -4);
  if (rest.endsWith(',') || rest.endsWith(';')) rest = rest.slice(0, -1);
  // The reason: the clause before "so", at least a dozen characters since the last comma or semicolon.
  const clause = rest.slice(Math.max(rest.lastIndexOf(','), rest.lastIndexOf(';')) + 1).trimStart();
  return clause.length >= 12;
}
const gaveReason = (said: string, beforeNo: string) =>
  REASON.test(said) || reasonBeforeSo(beforeNo) || (REASON_CLAUSE.test(said) && !BARE_RULE.test(said));

/**
 * What the agent can do or has done, or what the customer can do with us instead: "What I can do is…", "but I can…",
 * "I've posted a replacement", "The good news is…", "Instead…", "There are hot food stalls…".
 */
const WAY_FORWARD =
  /\b(?:what (?:i|we) (?:can|could|will) (?:\w+ )?(?:do|offer|suggest|arrange)|what (?:i|we)(?:'ve| have) (?:already |also )?done\b|(?:two|three|a few|a couple of|some) (?:\w+ )?(?:things|options|ways) (?:that )?(?:could|might|may|can|will|would) help|(?:is|are|'s|'re|will be|would be) (?!not\b|never\b)(?:\w+ )?(?:happy|glad|pleased) to (?:help|show|talk|walk|look|check|meet|call|ring|arrange|book|go)\b|here(?:'s| is) (?:what|how) (?:i|we)|(?:the )?good news|instead|alternatively|(?:i|we)(?:'ll| will| can| could|'d be| would be| am| are|'m|'re)? (?:(?!not\b|never\b)\w+ )?(?:happy|glad) to|(?:i|we) (?:can|could|will|'ll) (?!(?:\w+ ){0,3}(?:not|never|nothing|no (?:more|further|longer))\b)(?:also |still |instead |happily |gladly )?(?:offer|arrange|book|send|give|refund|move|swap|exchange|add|credit|help|check|look|do|set up|upgrade|transfer|reserve|repair|replace|extend|split|waive|recommend|suggest|put|hold|call|ring|email|walk|order|source)|(?:i|we)(?:'ve| have) (?:just |also |already |instead )?(?:added|booked|arranged|sent|posted|credited|applied|issued|refunded|upgraded|moved|reserved|set up|ordered|extended|restored|replaced|waived|swapped|exchanged|started|checked|raised|chased|emailed|attached|held|pencilled|put|found|asked|contacted|rung|called|logged|processed|pushed)|(?:i|we) (?:did|do) (?:check|ask|look)|(?:there (?:is|are|'s)|we (?:do )?have) (?:\w+ ){0,4}(?:open|available|free|options?|alternatives?|stalls?|slots?|spaces?|places?|version|range)|(?:but|however)[, ]+(?:we|i) (?:do |can |could |will |'ll )?(?:also |still )?(?:open|have|offer|run|sell|make|stock|serve|deliver|ship|do)\b|(?:the )?(?:app|guide|team|form) (?:walks|will walk|can help|helps)|^(?:for now|in the meantime|meanwhile)\b|(?:you|he|she|they)(?:'re|'s| are| is) (?:\w+ )?welcome to|(?:i|we)(?:'d| would) (?:really )?(?:love|like) to (?:help|host|have|see|welcome|offer|arrange|do|get|send|book|sort|fix|try|call|ring|speak|chat|talk|make|put|give|find|show|walk|take|cover|refund|replace|invite|treat|set up)\b(?![^.!?]*\bbut\b)|(?:i|we)(?:'ve| have)(?: got)? (?:two|three|four|a few|a couple of|some|\d) (?:\w+ )?(?:options|choices|alternatives|ideas|things)|there are (?:two|three|a few|a couple of|some) (?:\w+ )?things (?:that )?(?:could|might|may|would|will|can) help|(?:i|we)(?:'ll| will| can| could) (?!(?:\w+ ){0,3}(?:not|never|nothing|no (?:more|further|longer))\b)(?:gladly |happily )?(?:\w+ ){1,4}for you\b)/i;
/** What the agent has done already, beside a wait: "and I've already started yours", "I've chased it today". */
const DONE_ALREADY =
  /\b(?:(?:i|we)(?:'ve| have) (?:just |also |already )?(?:started|processed|issued|sent|refunded|credited|pushed|raised|chased|escalated|booked|flagged|approved|released|submitted|put through|fast-tracked|arranged|asked|checked)|(?:i'm|i am|we're|we are) (?:already |now )?(?:on it|chasing|watching|tracking|checking|keeping an eye))/i;
/** A sentence that grants: "covers it", "is included", "free of charge", "good news", "you're fine". */
const GRANTS =
  /\b(?:covers (?:it|that|this|you|the (?:repair|cost|lot))|free of charge|good news|you(?:'re| are) (?:fine|covered|eligible|entitled|all set)|entitles you|you qualify|at no cost|we(?:'ll| will) (?:cover|pay|refund))\b/i;
const DENIES = /\b(?:not|never|no|none|cannot|nor|except|excluding|excluded|excludes|only if|unless)\b|n't\b/i;

/**
 * A step told as the way to take up the agent's own offer or fallback (session 40): "I'm happy to read a draft. Just
 * send it to this address.", "Kindly wipe the panel… If it is still not charging by evening, I will add you to his
 * list." The step is how the customer gets the help, not a hand-off, whether or not they asked how. Not for "note
 * that…" or "remember…": those are caveats, which a nearby offer does not soften.
 */
const TAKES_UP_STEP = new Set(['simply-just-do', 'kindly', 'lecturing-order']);
const CAVEAT_STEP = new RegExp(`${LEAD}(?:note|remember|bear in mind|be aware)\\b`, 'i');
/**
 * A wait told with its time later in the same sentence (session 40): "until their survey is done, which they expect in
 * the autumn", "until the part arrives, due on Friday". The time is there, only not beside the wait's own words.
 */
const TIME_LATER =
  /\b(?:expect(?:ed|s)?|estimated?|due|should|usually|normally|aim(?:s|ing)? (?:for|to)|planned|likely)\b[^.!?]{0,40}?\b(?:in the (?:spring|summer|autumn|fall|winter|new year)|(?:by|on|before|from|after|until|next|this|early|mid|late)[ -](?:\w+ ){0,2}?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\d{1,2}(?:st|nd|rd|th)?)\b|within \d+|in (?:\d+|a few|two|three|four|a couple of) (?:working )?(?:days?|weeks?|months?|hours?)\b|tomorrow|today|tonight)/i;

/** How many sentences after a no its way forward may come (the no, its reason, an aside, then the offer's paragraph). */
const WAY_FORWARD_REACH = 6;
/** A sentence that turns to another matter of the reply: what follows answers that, not the no (review47). */
const TOPIC_TURN =
  /^[\s"“‘]*(?:on (?:another|a separate|a different|an unrelated|a (?:happier|brighter|lighter)) (?:note|matter|point|subject)|separately|as for|as to|regarding|with regard to|in other news|by the way|btw|moving on|(?:your|the) other (?:question|order|issue|point|request|query|booking|matter))\b/i;

export interface KindAnswerFinding {
  ruleId: string;
  severity: string;
  start: number;
  end: number;
}

/** Does the customer's message ask how, where, whether they can or what they need (and read calm or worried)? */
export function askedForSteps(customerMessage: string | undefined, reading: MoodReading | null): boolean {
  if (!customerMessage?.trim()) return false;
  if ((reading?.moods ?? []).some((m) => COMPLAINING.has(m))) return false;
  return ASKS_HOW.test(customerMessage.slice(0, 4000).replace(/[\u2018\u2019]/g, "'"));
}

const plain = (s: string) => s.trim().replace(/[\u2018\u2019]/g, "'");

/**
 * Softens to hints the findings excused by shapes 1 and 2 above, and drops those excused by shapes 3 and 4. `sentences` are the agent's own sentences (offsets in
 * the same text as the findings'); `isPhraseRule` tells the phrase rules, whose warnings and suggestions beside a
 * finding keep it.
 */
export function withoutKindAnswers<F extends KindAnswerFinding>(findings: F[], sentences: readonly Sentence[], asked: boolean, isPhraseRule: (ruleId: string) => boolean): F[] {
  const sentenceAt = (f: F) => sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
  const family = (id: string) => (asked && STEP_RULES.has(id)) || NO_RULES.has(id) || WAIT_RULES.has(id) || FAVOUR_RULES.has(id);
  /** 'soften' (a hint), 'drop', or false (kept as it is). */
  /** Another rule's warning or suggestion in this sentence (a lecture, a threat, blame beside it). */
  const worseIn = (s: Sentence, f: F) =>
    findings.some((o) => o !== f && !family(o.ruleId) && isPhraseRule(o.ruleId) && o.severity !== 'hint' && o.start < s.end && s.start < o.end);
  /** Any phrase rule's warning or suggestion in a sentence: an offer beside one ("…in due course") vouches for nothing. */
  const warnedIn = (s: Sentence) => findings.some((o) => isPhraseRule(o.ruleId) && o.severity !== 'hint' && o.start < s.end && s.start < o.end);
  /** The findings excused on a first reading: their warning or suggestion goes, so it makes no reply cold (review49). */
  let excusedOnes: ReadonlySet<F> = new Set();
  /** Any phrase rule's warning or suggestion anywhere in the reply but `f` itself: the reply is not warm as a whole. */
  const warnedElsewhere = (f: F) => findings.some((o) => o !== f && !excusedOnes.has(o) && isPhraseRule(o.ruleId) && o.severity !== 'hint');
  /** Another rule's warning or suggestion in the sentence before, this one or the next two: a worse line nearby. */
  const worseAround = (at: number, f: F) => sentences.slice(Math.max(0, at - 1), at + 3).some((n) => worseIn(n, f));
  /**
   * The sentence's text when it holds no phrase rule's warning or suggestion of its own (an offer that vouches): a vague
   * wait or a lecture in it ("…in due course") spoils it. A refusal or hand-off finding there is judged on its own.
   */
  const cleanText = (n: Sentence | undefined) =>
    n !== undefined && !findings.some((o) => !NO_RULES.has(o.ruleId) && isPhraseRule(o.ruleId) && o.severity !== 'hint' && o.start < n.end && n.start < o.end) ? plain(n.text) : undefined;
  /**
   * Groups 5–8 (session 41): a requirement with its reason and the agent's own part after it; a reproach-shaped phrase
   * beside the agent owning our fault; a move to private messages after the agent said what they will do; "this is
   * normal" turned in the same sentence toward taking it seriously. Each only
   * with no other rule's warning or suggestion in the sentence before, this one or the next two.
   */
  const excusedAsOwned = (f: F, at: number, said: string): 'soften' | false => {
    if (worseAround(at, f)) return false;
    const s = sentences[at]!;
    const after = said.slice(Math.max(0, f.end - s.start));
    if (REQUIREMENT_RULES.has(f.ruleId) && !LECTURE.test(said) && requirementReasoned(said, gaveReason(said, ''))) {
      const ahead = [sentences[at + 1], sentences[at + 2]].map(cleanText);
      if (WAY_FORWARD.test(after) || ahead.some((n) => n !== undefined && WAY_FORWARD.test(n))) return 'soften';
    }
    if (FAULT_RULES.has(f.ruleId) && [cleanText(sentences[at - 1]), said, cleanText(sentences[at + 1])].some((n) => n !== undefined && ownsFault(n))) return 'soften';
    if (NORMAL_RULES.has(f.ruleId) && turnedSerious(after)) return 'soften';
    if (HANDOFF_RULES.has(f.ruleId)) {
      const before = said.slice(0, Math.max(0, f.start - s.start));
      const prev = cleanText(sentences[at - 1]);
      if ([before, prev].some((n) => n !== undefined && (promisesOwnDeed(n) || WAY_FORWARD.test(n)))) return 'soften';
    }
    return false;
  };
  /**
   * A way forward later in the reply than the next two sentences (session 47): "I'm sorry, but we can't touch the
   * shelter walls. They are part of… . Here's what we can do instead: …". Read until a sentence with another rule's
   * warning or suggestion (a worse line between the no and the offer spoils it), at most WAY_FORWARD_REACH sentences on.
   */
  const forwardLater = (at: number, f: F, forward: (n: string) => boolean) => {
    for (const n of sentences.slice(at + 1, at + 1 + WAY_FORWARD_REACH)) {
      // Past a turn to another matter ("On another note, I've updated your address") a deed is no way past this no.
      if (worseIn(n, f) || TOPIC_TURN.test(n.text)) return false;
      const clean = cleanText(n);
      if (clean !== undefined && forward(clean)) return true;
    }
    return false;
  };
  const excused = (f: F): 'soften' | 'drop' | false => {
    if (!family(f.ruleId) && !TAKES_UP_STEP.has(f.ruleId) && !OWNED_FAMILIES.some((rules) => rules.has(f.ruleId))) return false;
    const at = sentenceAt(f);
    if (at < 0) return false;
    const s = sentences[at]!;
    // Beside another rule's warning or suggestion in the same sentence (a lecture, a threat, blame) nothing is excused.
    if (worseIn(s, f)) return false;
    const said = plain(s.text);
    // A no whose reason is the customer's own doing ("…as you broke it yourself") is never kind, sorry or not, even
    // where the blame rule was dismissed (session 43).
    if (NO_RULES.has(f.ruleId) && [s, sentences[at - 1]].some((n) => n !== undefined && blamesTheCustomer(n.text))) return false;
    const owned = excusedAsOwned(f, at, said);
    if (owned) return owned;
    if (LECTURE.test(said)) return false;
    const next = sentences.slice(at + 1, at + 3).map((n) => plain(n.text));
    if (WAIT_RULES.has(f.ruleId) && (DONE_ALREADY.test(said) || (next[0] !== undefined && DONE_ALREADY.test(next[0])))) return 'drop';
    if (FAVOUR_RULES.has(f.ruleId) && GRANTS.test(said) && !DENIES.test(said)) return 'drop';
    if (WAIT_RULES.has(f.ruleId) && TIME_LATER.test(said.slice(f.end - s.start))) return f.ruleId === 'wait-without-a-time' ? 'drop' : 'soften';
    if (TAKES_UP_STEP.has(f.ruleId) && STEP.test(said) && !CAVEAT_STEP.test(said)) {
      // The offer in the sentence before, after the step in its own sentence, or in the sentence after; itself clean.
      const around = [
        at > 0 ? sentences[at - 1] : undefined,
        sentences[at + 1],
      ].filter((n): n is Sentence => n !== undefined && !warnedIn(n) && WAY_FORWARD.test(plain(n.text)));
      if (around.length || WAY_FORWARD.test(said.slice(f.end - s.start))) return 'soften';
    }
    if (asked && STEP_RULES.has(f.ruleId) && STEP.test(said)) return 'soften';
    const beforeNo = plain(s.text.slice(0, Math.max(0, f.start - s.start)));
    // The reason may come in the sentence before ("The photo was rejected because…. We can't accept it."), and the way
    // forward in the next two, each clean itself: an offer that holds its own cold line ("…in due course") vouches for nothing.
    const reasonBefore = cleanText(sentences[at - 1]);
    const aheadClean = [sentences[at + 1], sentences[at + 2]].map(cleanText);
    if (NO_RULES.has(f.ruleId)) {
      const reasoned = gaveReason(said, beforeNo) || (next[0] !== undefined && gaveReason(next[0], '')) || (reasonBefore !== undefined && gaveReason(reasonBefore, ''));
      // Session 42: the agent's own sorry stands in for the reason (kind-refusal.ts), in this sentence or one beside it.
      const regretted = () => !worseAround(at, f) && [said, reasonBefore, aheadClean[0]].some((n) => n !== undefined && regretsTheNo(n));
      const rest = said.slice(f.end - s.start);
      // Not the rules handed over or the case sent against them ("I've attached our returns policy"), review 42.
      const forward = (n: string) => !againstTheCustomer(n) && (WAY_FORWARD.test(withoutAsides(n)) || offersSomething(n));
      // A deed already done for them before the no, in this sentence or earlier in its paragraph ("I've sent you a new
      // strap, but we can't replace the watch"), is a way forward too (session 44); a look at the case is not.
      const prev = sentences[at - 1];
      const before = prev !== undefined && prev.paragraph === s.paragraph && reasonBefore !== undefined ? `${reasonBefore} ${beforeNo}` : beforeNo;
      // The way forward may come after the no's reason, in a paragraph of its own ("Here's what we can do instead…"):
      // read up to WAY_FORWARD_REACH sentences on, each clean, and none after another rule's warning or suggestion.
      // Not past a turn to another matter ("On another note, I've updated your address"): that deed answers the other matter.
      const turn = [sentences[at + 1], sentences[at + 2]].findIndex((n) => n !== undefined && TOPIC_TURN.test(n.text));
      const aheadOnTopic = turn < 0 ? aheadClean : aheadClean.slice(0, turn);
      if ((reasoned || regretted()) && ([rest, ...aheadOnTopic].some((n) => n !== undefined && forward(n)) || didSomethingBeforeTheNo(before) || forwardLater(at, f, forward))) {
        // Session 49: with its reason given, in a reply where no phrase rule warns or suggests anything, the kind no is the
        // warm form and the hint only teaches the agent to skip the coach (issue #10).
        return reasoned && !warnedElsewhere(f) ? 'drop' : 'soften';
      }
    }
    return false;
  };
  const first = findings.map(excused);
  if (first.every((v) => v === false)) return findings;
  // Read again without the excused ones: two kind nos in a reply do not keep each other's card as a cold line elsewhere.
  excusedOnes = new Set(findings.filter((_, i) => first[i] !== false));
  const verdicts = findings.map(excused);
  return findings.flatMap((f, i) => (verdicts[i] === 'drop' ? [] : verdicts[i] === 'soften' && f.severity !== 'hint' ? [{ ...f, severity: 'hint' }] : [f]));
}
