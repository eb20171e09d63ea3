/**
 * The customer is upset, worried, disappointed, in a hurry or confused, and the reply never
 * acknowledges it. The suggested sentence names what they feel and why, from the mood's evidence
 * ("I'm sorry the lamp arrived broken — that's a frustrating start."); a team's own line for the
 * mood is used when the message gives no reason to name. Never offered to a happy customer.
 */
import { z } from 'zod';
import { bodySentences, continuesThread, forChannel, reproachesByQuestion, type CheckContext, type CheckedSentence, type CheckHit, type StructureCheck } from './context';
import type { MoodReading } from '../types';
import { acknowledgesFeelings, TROUBLE_WITH_A_THING, withoutFormulas } from './acknowledges';
import { learnedAcknowledgement } from './acknowledges-learned';
import { acknowledgementTemplate, grievanceGuess } from './acknowledgement-template';
import { DEFLECTS, DISCLAIMS } from './disputes';
import { costsThemAlready, grievanceIn } from './grievance';
import { foldsTheirSituationIn, namesTheSituation } from './names-situation';
import { capitalize, decapitalize } from '../words';
import { leadingHandlesSource } from '../sentence-doc';
import { isAutomatedNotice } from '../../rules/rewording-safety';
import { warmInOwnWords } from '../warm-in-own-words';
import { feelingStems, saysTheirFeelingBack } from './feeling-said-back';
import { answersTheWorry, worryOnlyAsked } from './worry-question-answered';
import { GENERIC_ACKNOWLEDGEMENTS, NEUTRAL_ACKNOWLEDGEMENTS, moodVoiced, situationIn, unsupportedClaims } from '../mood/acknowledge';

const mood = z.enum(['frustrated', 'worried', 'disappointed', 'urgent', 'confused']);
const line = (m: z.output<typeof mood>) => z.string().min(1).max(200).default(GENERIC_ACKNOWLEDGEMENTS[m]);

/**
 * An opening that gives the worried, rushed or confused customer the yes they hoped for, or says it is already done
 * ("Done: all four are renewed") ("Yes, you can!", "Of course
 * we can!", "Good news: your sofa is on Friday's van") meets the feeling better than a sorry. A bare "Yes." or
 * "Of course." answers nothing, so the opener must carry a clause or an exclamation. The yes in the customer's own
 * register counts the same: "Aye no bother at all!", "Yeah, no problem", "No worries, it's booked". A bare "Yeah" or
 * "Aye" is talk, not a yes ("yeah that happens sometimes", "Yeah nah it was tested"), so it counts only before one.
 */
const GRANTS = /^\W*(?:yes|yep|yes indeed|of course|absolutely|certainly|sure(?: thing)?|good news|great news|happy to|(?:(?:aye|yeah|yup)[,!]? )?no (?:problem|bother|worries|wahala)|(?:all )?done|(?:all )?sorted)(?:\s*!|[,:;—–-]?\s+\S+\s+\S)/i;
/** "Let's get it syncing again": the agent takes the problem on at once. */
const TAKES_IT_ON = /^\W*let['’]s (?:get|sort|fix|have|take|make)\b/i;
/** Feelings a quick yes or a fix with its time can meet; a frustrated or disappointed customer still needs it named. */
const MET_BY_HELP = new Set(['worried', 'urgent', 'confused', 'happy']);
const URGENT_ONLY = new Set(['urgent', 'confused', 'happy']);
/** When the help lands: "now", "in 20 minutes", "within two hours", "by noon", "tomorrow". */
const LANDS = /\b(?:now|right away|straight away|today|tonight|tomorrow|this (?:morning|afternoon|evening)|(?:an?|one|two|three|\d{1,3})[ -](?:hours?|minutes?)|by (?:noon|midday|\d{1,2}(?::\d{2})? ?(?:am|pm)?))\b/i;
/**
 * Frustration or disappointment read from the situation alone ("my tracker stopped syncing", "we lost our cards"), not
 * voiced nor a repeat contact. A demand for the fix ("I need it fixed fast") is met by the fix, so it voices nothing here.
 */
const situational = (reading: MoodReading, m: string) =>
  (m === 'frustrated' || m === 'disappointed') &&
  !moodVoiced(m, reading.evidence.filter((e) => e.cue !== 'demand')) &&
  !reading.evidence.some((e) => e.cue === 'repeat-contact');
/**
 * What a fix or a yes cannot meet: a cost the failure already put on them (grievance.ts COST_BORNE: the afternoon off,
 * the gig run half-powered, the flight missed) or a death in the family told in passing. Words are owed for those.
 */
const DEATH = /\b(?:died|death|passed away|passing|funeral|bereave(?:d|ment))\b/i;
const beyondTheFix = (message: string | undefined, reading: MoodReading) => {
  if (costsThemAlready(message) || reading.evidence.some((e) => e.cue === 'loss' && DEATH.test(e.text))) return true;
  const grave = situationIn(message ?? '');
  return grave !== null && grave.strong && grave.cue === 'loss';
};
function metByHelp(ctx: CheckContext, reading: MoodReading): boolean {
  if (!reading.moods.every((m) => MET_BY_HELP.has(m) || situational(reading, m))) return false;
  if (beyondTheFix(ctx.customerMessage, reading)) return false;
  const body = bodySentences(ctx).filter((s) => !(s.markers.greeting && s.text.split(/\s+/).length <= 3));
  const opening = body[0]?.text.replace(LEADING_HANDLES, '$2') ?? '';
  const label = SPEAKER_LABEL.exec(opening);
  const labelled = label && (ctx.channel === 'chat' || AGENT_ROLE.test(label[1]!)) ? label[2]! : opening;
  // "Hi! Done: all four are renewed": the hello before the answer is not the answer.
  const first = INLINE_GREETING.exec(labelled)?.[2] ?? labelled;
  // A chat label and a "Done:" look alike: the opening is read both ways.
  const grants = (t: string) => GRANTS.test(t) && !REFUSES.test(t);
  if (grants(first) || grants(INLINE_GREETING.exec(opening)?.[2] ?? opening)) return true;
  if (TAKES_IT_ON.test(first) && body.slice(1).some((s) => helpsAtOnce(s.text))) return true;
  // Urgency or a worry matched by action and a time: "I've reset your password; the link is valid for an hour", "an
  // emergency plumber will be with you within two hours".
  // A worry the customer names in words ("I'm really worried") is still named back.
  const worryVoiced = reading.evidence.some((e) => e.mood === 'worried' && e.cue === 'feeling' && !/^what (?:do|should)\b/i.test(e.text));
  const helpLands = body.some((s) => helpsAtOnce(s.text) && LANDS.test(s.text));
  if (reading.moods.includes('urgent') && reading.moods.every((m) => URGENT_ONLY.has(m) || situational(reading, m))) return helpLands;
  // A worry read from the situation ("I've run out of my heart tablets") with no wrong of ours beside it.
  return reading.moods.includes('worried') && !worryVoiced && reading.moods.every((m) => m === 'worried' || URGENT_ONLY.has(m)) && helpLands;
}

export const acknowledgementOptions = z.object({
  moods: z.array(mood).default(['frustrated', 'worried', 'disappointed', 'urgent', 'confused']),
  /** The general line per mood, used when the customer's message gives no reason to name. */
  sentences: z
    .object({ frustrated: line('frustrated'), worried: line('worried'), disappointed: line('disappointed'), urgent: line('urgent'), confused: line('confused') })
    .default({ ...GENERIC_ACKNOWLEDGEMENTS }),
  /**
   * Ask for an acknowledgement when the message only reports a fault ("the app keeps crashing"),
   * with no feeling, plea, repeat contact or wait shown. In e-mail, yes; in a chat or a social reply the quick
   * help is the acknowledgement.
   */
  plainReports: z.boolean().default(true),
  /**
   * Where plain reports are met by quick help: a fault told several times over ("it started to crash… it kept crashing",
   * "every time I start the game…") is still one plain report, as is a situation told as facts that only the learned
   * reader found upsetting, an account broken into told as a fact ("my account got hacked, how do I recover it?"), and
   * help asked for fast with no deadline of the customer's own ("please help urgent", "help needed asap"). On social,
   * where a tweet retells its fault in a few words and the steps are the help, yes; in a chat a second fault often
   * carries more (a child locked in, sales being lost), so no.
   */
  faultsRetold: z.boolean().default(false),
  /**
   * Rules whose warning in the same reply blames, lectures or talks down to the customer ("You should have read the
   * terms", "As I explained before"): beside them an inserted apology reads false, so the line is advice (no Apply)
   * until the agent has reworded those lines. Ids of the pack's rules; an id the pack lacks is ignored.
   */
  adviceBeside: z
    .array(z.string().max(60))
    .max(20)
    .default([
      'you-should-have',
      'you-failed-to',
      'you-are-wrong',
      'customers-are-responsible',
      'responsibility-is-yours',
      'its-your-responsibility',
      'not-our-responsibility',
      'i-already-told-you',
      'as-i-said-before',
      'clearly-obviously',
      'talking-down-aside',
    ]),
  /**
   * When the hand-written families find no acknowledgement, ask the learned fallback (acknowledges-learned.ts) whether
   * a sentence of the reply already meets the customer in words of its own; if it does, no card. Off by default: in
   * session 32 it moved no blind figure (README "Mood", learned acknowledgement fallback).
   */
  learned: z.boolean().default(false),
  channels: z
    .strictObject({
      email: z.strictObject({ plainReports: z.boolean().optional(), faultsRetold: z.boolean().optional() }).prefault({}),
      chat: z.strictObject({ plainReports: z.boolean().default(false), faultsRetold: z.boolean().optional() }).prefault({}),
      social: z.strictObject({ plainReports: z.boolean().default(false), faultsRetold: z.boolean().default(true) }).prefault({}),
    })
    .prefault({}),
});

/**
 * The customer laughs at their own mishap ("that's the fourth time I've asked, haha", "nice curry though 😂", "lol third
 * time today"): a mild complaint. Not when the laugh is taken back ("not lol actually") or a feeling word is beside it.
 */
const JOKES = /\b(?:lol|lmao|haha\w{0,6}|hehe|rofl)\b|😂|🤣|😅|😆/iu;
const TAKES_IT_BACK = /\bnot (?:lol|funny|joking|haha)\b|\bno joke\b/i;
const joking = (message: string | undefined, reading: MoodReading) =>
  JOKES.test(message ?? '') && !TAKES_IT_BACK.test(message ?? '') && !reading.evidence.some((e) => e.cue === 'feeling' || e.cue === 'emoji' || e.cue === 'safety' || e.cue === 'money' || e.cue === 'loss');
/** The reply laughs along in its first words ("Ha, fourth time lucky!", "Haha, sorry about the sightseeing tour", "Oof —"). */
const LAUGHS_ALONG = /^\W*(?:ha(?:ha)*|hah|lol|oof|oops|whoops|eek)\b|^[^.!?\n]{0,60}(?:😂|🤣|😅|😆|😄)/iu;

/** A fix for the customer to try: "Please try reinstalling the app", "Restart the router and it should reconnect". */
const SUGGESTS_FIX = /\b(?:try|retry|restart|reinstall|reboot|clear|unplug|update|reset|log (?:out|back in)|sign (?:out|back in)|turn (?:it )?(?:off|on)|switch (?:it )?(?:off|on))\b/i;
/**
 * Troubleshooting in a thread: a question back ("Did you block any words?"), the steps behind a link, an offer to look
 * into it. Mid-conversation on social or chat, that is the help.
 */
/** The closing offer asked as a question: "Is there anything else I can assist with today?", "Anything else?". */
const ANYTHING_ELSE = /\banything else\b[^.!?]*\?\W*$/i;
const TROUBLESHOOTS = /\?(?:[ \t]?[\^*]\w{1,12})?\s*$|<url>|https?:\/\/|\b(?:let (?:us|me) know|here to help|look into (?:it|this)|we['’]d like to help)\b/i;
/** Evidence that only reports a situation, not how the customer feels about it. */
const PLAIN_REPORT_CUES = new Set(['broken', 'failure']);
/**
 * An account broken into, named as a fact: the safety cue's "hacked" or "hacker" ("my account got hacked", "the hacker
 * changed it"). "Compromised" is no safety cue (mood/cues.ts), so it never reaches here.
 */
const BROKEN_INTO = /\bhack(?:ed|er)\b/i;
/**
 * Evidence of a situation told as facts: a fault, a stretch only the learned reader (mood/learned.ts) found upsetting
 * (no feeling, plea, wait or repeat contact is in it, or a cue would have read it), an account broken into.
 */
const toldAsFact = (e: MoodReading['evidence'][number]) => PLAIN_REPORT_CUES.has(e.cue) || e.cue === 'learned' || (e.cue === 'safety' && BROKEN_INTO.test(e.text));
/**
 * Something that does not work, told as facts and nothing else ("it started to crash… it kept crashing", "every time I
 * start up the game, my settings don't save", "my account got hacked"), however many times, with at most one failure of
 * service beside it (as a plain report allows). Two failures ("never arrived", "never got a response") are a service
 * that let them down. A death told beside it is owed words whatever the reply does (`beyondTheFix`).
 */
const onlyFaults = (reading: MoodReading) =>
  reading.evidence.length > 0 && reading.evidence.filter((e) => e.cue === 'failure').length <= 1 && reading.evidence.every(toldAsFact);
/** A hurry that only asks for speed ("please help urgent", "Help needed asap"), with no time or event of the customer's own. */
const SPEED_ASKED = /^(?:urgent(?:ly)?|asap|a\.s\.a\.p\.?|as soon as possible|immediately|right away|quickly)$/i;
const onlySpeedAsked = (reading: MoodReading) =>
  reading.moods.every((m) => m === 'urgent') && reading.evidence.length > 0 && reading.evidence.every((e) => e.cue === 'deadline' && SPEED_ASKED.test(e.text));
/** "Thanks for catching that", "Good news — I found it": a warm opening before the fix. */
const WARM_OPENING = /^\W*(?:good news|great news|thanks|thank you|many thanks|cheers)\b/i;

/**
 * The letter-writing apology ("We apologise for any inconvenience caused"), which names nothing the customer went
 * through. A plain "Sorry for any trouble!", "I'm sorry for the inconvenience" or "Apologies for the confusion" does
 * meet them: agents say it so, and customers read it so.
 */
/**
 * A sorry that names nothing: "Sorry to hear that.", "Apologies.", "We are sorry to hear this.", "Sorry for the
 * trouble!", "We were sorry to read your email.", "Yikes, sorry about that!", "We are sorry you have been affected."
 * Beside help it meets the customer; beside a reply that then blames them, sends them elsewhere, disputes the fault
 * or says no (see `standsItsGround`), it is the formula before the brush-off and acknowledges nothing.
 */
const OBJECTLESS_SORRY =
  /^\W*(?:(?:oh no|oh dear|yikes|ah|hi|hello|dear \w+)\b[^,.!]{0,20}[,!—–-]\s*)?(?:(?:we|i)(?:['’]re|['’]m| are| am| were| was) )?(?:(?:so|very|really|truly|terribly|deeply|sincerely) )?(?:sorry|apologies|(?:we |i )?(?:do )?apologi[sz]e)(?: (?:to (?:hear|read|learn|see)(?: (?:that|this|it|about (?:that|this|it)|of (?:that|this)|your (?:e-?mail|message|news|feedback|comments)))?|for (?:the|any|this|that|all the|your) (?:trouble|inconvenien(?:ce|t)|hassle|bother|issues?|problems?|experience|situation|confusion)(?: caused)?|about (?:that|this|it|the (?:trouble|inconvenience|hassle|issue|problem))|(?:that )?you(?:['’]ve| have)? (?:been|were|are) (?:affected|inconvenienced)))?\W*$/i;
/**
 * A sorry for the trouble they are having with a thing ("I am sorry you are having issues with your internet", "Sorry
 * you're having problems logging in"): it names what fails them and meets them beside help; before a brush-off it is
 * the formula too.
 */
const SORRY_FOR_THEIR_TROUBLE = new RegExp(
  String.raw`\bsorry (?:that |to (?:hear|see|learn) (?:that )?)?you(?:['’]re| are)? (?:experiencing|having) (?:some |any )?(?:issues|problems|difficulties|difficulty|trouble) ${TROUBLE_WITH_A_THING}`,
  'i',
);
/** Phrase rules' principles that mark a sentence as a brush-off: blame, a no with nothing in its place, a hand-off, no owner, no time. */
const COLD_PRINCIPLES = ['respect', 'positivity', 'interaction', 'ownership', 'urgency'];
const STOCK_APOLOGY = /\b(?:apologi[sz]e|apologies|regret) (?:for|about) (?:any|the) inconvenience\b|\bregret (?:for|about) any\b/i;

// The rest must start on a non-space, so \s+ and the rest never trade characters (linear).
/**
 * The agent's first word after the inserted line: a brand written with an inner capital ("iPhone", "eBay") keeps its
 * spelling, and a product acronym typed in lower case ("sso", "vpn") is written as one; other words get a capital.
 */
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;
const ACRONYMS = new Set(['sso', 'vpn', 'mfa', '2fa', 'api', 'sms', 'pdf', 'url', 'otp', 'iban', 'imei', 'esim', 'sim', 'isp', 'dns', 'ssl', 'id', 'pin', 'faq', 'crm', 'csv']);
function startSentence(text: string): string {
  const word = /^[\p{L}\d]+/u.exec(text)?.[0] ?? '';
  // "5 seats have been added": a sentence that opens on a number keeps the word after it as it was.
  if (INNER_CAPITAL.test(word) || /^\d/.test(word)) return text;
  if (ACRONYMS.has(word)) return word.toUpperCase() + text.slice(word.length);
  return capitalize(text);
}

/** An opening pleasantry, salutation or reference line the line goes after: "To whom it may concern,", "Greetings of the day.", "I hope this email finds you well.", "Re: your email." */
const PLEASANTRY_OPENER = /^\W*(?:to whom it may concern,?|re:\s[^\n]{0,60}|(?:warm |season['’]s )?greetings(?: of the day| from [^.!?\n]{1,40})?|(?:i |we )?hope (?:you(?:['’]re| are) (?:well|keeping well|doing well)|this (?:e-?mail|message|note) finds you (?:well|in good health)))[.!]?\s*$/i;
/** A social reply's leading @handles ("@dan_w @SkyLark "): the acknowledgement goes after them, never before. */
const LEADING_HANDLES = new RegExp(String.raw`^(${leadingHandlesSource(String.raw`\s`)})(\S.*)$`, 'su');
/**
 * A chat speaker's label ("Agent (Rhea): ", "Priya: "): the agent's words start after it, so does the line. Read as a
 * label in a chat, or where it names an agent role, so "Good news: …" in an e-mail stays a sentence. A handover
 * marker before it ("Bot handover > Agent Priya: ") belongs to the label: the agent's own words start after both.
 */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L} ]{0,30} ?[>»→] ?)?(?:\p{Lu}[\p{L}'’.-]{0,20})(?: \(?[\p{L}'’.-]{1,20}\)?){0,2}:[ \t]+)(\S.*)$/su;
const AGENT_ROLE = /^(?:agent|support|advisor|adviser|rep|operator|bot|staff|team|customer care|helpdesk)\b/i;
/** Handles and a bare hello, nothing else: "@kayden_plays Hi there!", "@dan_w hello :)". */
const HANDLES_THEN_HELLO = /^(?:@\w{1,40}[,:]?\s+){1,5}(?:hi|hello|hey|hiya|(?:good )?(?:morning|afternoon|evening))\b[^.!?\n]{0,20}[.!?]?\W{0,4}$/i;
// "Morning!", "Evening all," greet too, with nothing but an "all" or "everyone" after them ("Evening classes start at 6, …" does not).
const INLINE_GREETING = /^(\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!]{0,40}|(?:morning|afternoon|evening)(?: all| everyone| folks| team)?)[,!]\s+)(\S.*)$/is;

/** A header line with a reference or a status and no stop: "Ticket #448120 - Status: Resolved", "Case ref CMP-20931". */
const REFERENCE_HEADER = /^(?=[^.!?\n]{1,80}$)[^\n]*(?:#\s?\d|\bstatus:|\b(?:ref|reference|case|ticket|order|claim|booking)(?: no\.?| number| ref)?:?\s+[A-Z]{0,5}-?\d{3,})/i;
/** Telling the customer not to feel it: "There is no need to get upset", "Please calm down". */
const DISMISSES_FEELINGS =
  /\bno (?:need|reason) to (?:get |be |feel )?(?:so )?(?:upset|angry|worked up|annoyed|shout)|\b(?:calm|settle|cool) down\b|\b(?:stay|keep|remain) calm\b/i;
/** An automated notice ("This is an automated message, do not reply.") has no "I" to say sorry: the team words it. */
const IN_A_NOTICE = 'This reads as an automated notice: a line in the first person would not fit it. Name what the customer is going through in the notice\'s own voice ("We\'re sorry your payment is late"), or answer them in person.';
const AFTER_DISMISSAL = 'Take out the line that tells the customer not to be upset, then name what they went through in your own words.';
/**
 * The sentence the line would stand before only notes the message ("Noted.") or sends the customer elsewhere
 * ("Please contact the seller directly.", "We are not responsible for…"): a feeling named right before it reads as a
 * formula, so the agent names it in their own words.
 */
const BARE_NOTE = /^\W*(?:noted|ok(?:ay)?|understood|received|acknowledged|duly noted|message received)\W*$/i;
// Before a plain refusal the line stays, without its promise (see `said`): "I'm sorry — I can see how frustrating this has been. We are unable to…".
const notesOrRedirects = (text: string) => BARE_NOTE.test(text) || DEFLECTS.test(text);
const BEFORE_NO = 'Name what the customer went through in your own words: a stock line right before a redirect or a bare "Noted." reads as a formula.';
/** "I can see the line tests on your account": the agent reads the record, which meets no feeling (unless it says sorry too). */
const READS_THE_RECORD = /\bi can see (?:the|your|a|an|from|on|in|at|where|there|its|it['’]s|two|three|all|both|each|every|several|\d)\b/i;
const OTHER_ACKNOWLEDGEMENT = /\b(?:sorry|apologi[sz]e|apologies|afraid|understand|frustrating|far too long|not good enough|oh no|i know|that must)\b/i;
const readsTheRecordOnly = (text: string) => READS_THE_RECORD.test(text) && !OTHER_ACKNOWLEDGEMENT.test(text);
/**
 * "I'm afraid" softens bad news ("Fee stands I'm afraid.", "It is what it is, I'm afraid.", "I'm afraid we can't accept
 * responsibility"): the agent's regret at saying it, not the customer's feeling met. Counts only with a word that meets
 * them beside it ("I'm afraid it's true, and I'm so sorry").
 */
const AFRAID = /\bi['’]m afraid\b/i;
const MEETS_BESIDE_AFRAID = /\b(?:sorry|apologi[sz]e|apologies|i understand|i know|that must|frustrating|i hear you|oh no|far too long|not good enough|my (?:fault|mistake|bad)|our (?:fault|mistake)|don['’]t worry|i can (?:see|imagine|understand)|should have)\b/i;
const onlySoftensTheNo = (text: string) => AFRAID.test(text) && !MEETS_BESIDE_AFRAID.test(text) && !acknowledgesFeelings(text.replace(AFRAID, ' '));
/** "No worries, this happens a lot!": a reassurance meets a small worry. */
const REASSURES = /^\W*no worries\b/i;
/** The promise a generic acknowledgement ends on: kept only when the reply takes an action of its own. */
const PROMISE_TAIL =
  /(?:, (?:and|so) | [—–-] )(?:I want to put it right|I['’]m (?:on (?:it|this)(?: right away)?|here to help)|I['’]ll do what I can to ease this|let['’]s (?:make it safe together|get it stopped|clear this up)|let me clear this up)[.!]?$/i;
/** "I know the demo is today, so I'm on this right away." names the feeling by the deadline alone once the promise goes. */
function acknowledgementOnly(sentence: string, leftToThem = false): string {
  const m = PROMISE_TAIL.exec(sentence);
  if (!m) return sentence;
  const head = sentence.slice(0, m.index);
  // Before a reply that hands the next step to the customer, "I know the presentation is tomorrow." only states the date
  // back: the pressure is named instead. Before help that is simply given ("The invoice is attached.") it stays short.
  return leftToThem && DEADLINE_ONLY.test(head) ? `${head}, and that doesn't leave you much time.` : `${head}.`;
}
/** The reply leaves the timing to chance: "whenever they get to it", "it'll be ready when it's ready", "eventually", "at some point next week". */
const SHRUGS = /\bwhenever (?:they|we|he|she|someone) (?:get|gets) (?:round )?to it\b|\bto it when (?:they|we|he|she) can\b|\bwhen it['’]s ready\b|\bwhen they get there\b|\beventually\b|\bat some point\b|\bno date (?:for|yet)\b|\bcan['’]t give (?:you )?(?:an? )?(?:exact |firm )?(?:time|date)\b/i;
/** The reply hands the next step to the customer: "You need to contact your administrator", "Queries should be directed to…", "Returns must be initiated through the portal". */
const LEFT_TO_THEM = /\byou(?:['’]ll| will)? (?:need|have|must|should)(?: to)?\b|\bplease (?:contact|call|email|submit|complete|send|direct|visit|go to)\b|\bshould be (?:directed|sent|addressed|raised)\b|\bmust be (?:initiated|submitted|made|reported|raised|requested)\b/i;
/** A deadline line's head without its promise: "I know the presentation is tomorrow", "I know you need this by Friday". */
const DEADLINE_ONLY = /^I know (?:the [\p{L} -]{1,40} is|you need (?:this|it)) [^,.!?]{1,40}$/u;
/** The customer's point conceded in the builders' tails: kept out of a reply that disputes it. */
const CONCESSION = /\s[—–-]\s(?:that['’]s (?:not good enough|far too long)|you shouldn['’]t have had to chase us)(?=[.!]$)/;
const withoutConcession = (sentence: string) => sentence.replace(CONCESSION, '');
const TOO_LONG = /\s[—–-]\sthat['’]s (?:far too long|not good enough)(?=[.!]$)/;
// "Transfers can take up to 5 working days", "Your claim is still within our 10-day timescale", "The refund is not due
// until Friday": the reply says the wait is normal, so it does not concede it is too long or not good enough.
const ASKS_TO_WAIT = /\b(?:please )?(?:allow|wait)(?: for)? (?:up to|another|a further|an? (?:extra|additional)|\d{1,3}|two|three|four|five|six|seven|ten|fourteen)\b|\bbear with us\b|\b(?:can|may|will|does|do|usually|normally|typically) (?:\w+ )?take (?:up to|around|about|between)\b|\btakes? up to\b|\b(?:is|are|was|were) (?:still )?(?:well )?(?:on track|within (?:our|the|its|their|your))\b|\bnot (?:yet )?(?:due|overdue)\b|\bnot due until\b|\b(?:processed|handled|dealt with|completed|reviewed|answered|resolved|issued|refunded|credited) within (?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|twenty|thirty)\b|\btakes? (?:\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen)(?:[-–]\d{1,3})? (?:working |business |calendar )?(?:hours|days|weeks)\b|\bno way to speed (?:this|it|things) up\b|\b(?:do not|don['’]t) chase\b/i;
/**
 * The reply's own facts deny the story a specific line would restate: "you were only charged once" against "I'm sorry
 * you were charged twice", "the parcel was delivered on time" against a wait, "all owners sign a disclaimer" against
 * "nobody told you", "the £25 payment stands" against "I'm sorry about this charge". Per cue of the mood's evidence.
 */
const DENIES = new Map<string, RegExp>([
  [
    'money',
    /\b(?:(?:only|just) (?:been )?charged (?:you )?once|(?:were|was|have|has|are|is) (?:not|never) (?:been )?(?:charged|billed|debited|overcharged)|charged (?:correctly|once)|(?:is|was|are|were) (?:correct|accurate|valid)|(?:charge|fee|payment|amount|bill|fine|penalty|balance)s?(?: of [£$€]?\d[\d,.]{0,12})? (?:still |therefore |also )?(?:stands?|remains? (?:payable|due|outstanding))|(?:is|are|remains?) payable|non-?refundable|not refundable|no (?:refund|compensation|credit|goodwill \w+)s? (?:will|can|could) be|(?:has|have) been deducted\b[^.!?]{0,80}\bbecause)\b/i,
  ],
  ['waiting', /\b(?:(?:delivered|arrived|dispatched|departed|left|ran) (?:on time|as scheduled|on schedule)|within (?:the|our) (?:stated|normal|usual|advertised|quoted) (?:timescales?|time ?frames?|times?))\b/i],
  ['repeat-contact', /\bno record of (?:any|your) (?:earlier|previous|other|prior)\b/i],
  // The fault disputed in other words: "the issue is with your router", "consistent with impact", "must have occurred in
  // transit", "a known side effect", "the charge was issued correctly".
  [
    'broken',
    /\bno fault (?:on|with|in)\b|\bthe (?:fault|issue|problem) (?:is|lies) (?:with|on|in) your\b|\b(?:is|was) working (?:correctly|as (?:designed|intended|expected))\b|\bconsistent with (?:impact|misuse|accidental damage|wear and tear|user damage)\b|\bmust have (?:occurred|happened|been caused) (?:in transit|after delivery)\b|\b(?:a |an )?known side effect\b|\b(?:was|were) (?:issued|applied|calculated) correctly\b/i,
  ],
]);
/**
 * "Timing is outside of our hands", "it's not something we control", "schedule changes are the airline's responsibility":
 * a reply that says it cannot put things right cannot promise to ("…and I want to put it right") nor concede "that's not
 * good enough".
 */
const OUT_OF_OUR_HANDS = /\b(?:out(?:side)? of (?:our|my) hands|fall(?:s)? outside (?:of )?(?:our|my) (?:remit|scope)|(?:are|is) the [\p{L}-]+['’]s? responsibility|take (?:the|this) matter up with|(?:not|isn['’]t) (?:something|anything) (?:we|I) (?:can )?control|(?:beyond|outside (?:of )?)(?:our|my) control|not within (?:the |our |my )?control(?: of (?:our|this|the) [\p{L}-]+)?)\b/iu;
/** The reply holds that nothing is wrong on its side, or that the rules forbid what was asked: "Works fine on our end", "The code is working on our end", "The card shows as active on our side", "Nothing changed on our side", "Staff are not permitted to share…". */
// "The guide says all children were accounted for", "the engineer confirmed everything was fitted correctly": our side's word that all was well.
const NOT_OUR_FAULT = /\b(?:says|said|confirms|confirmed|reports|reported|assures us|assured us) (?:that )?(?:all [\p{L} ]{1,30}?|everything|everyone|every [\p{L}]+) (?:was|were|is|are) (?:accounted for|fine|safe|in order|correct|done correctly|fitted correctly|secured?)\b|\b(?:works?|working|runs?|running|shows? (?:up )?as|showing (?:up )?as|(?:is|are) (?:active|valid|live|fine|ok(?:ay)?))(?: (?:fine|ok(?:ay)?|normally|correctly|perfectly|active|valid|live))? (?:on|at|from|in) (?:our|my) (?:end|side|system)\b|\bnothing (?:has )?(?:changed|wrong) (?:on|at) (?:our|my) (?:end|side)\b|\b(?:not|never) (?:permitted|allowed) to\b|\b(?:our|the) (?:api|system|service|servers?|platform|network|app|site|website|line) (?:is|was|are|were) (?:healthy|working (?:fine|normally|correctly)|fully operational|running normally)\b|\b(?:staff|our (?:staff|team|drivers|engineers|agents|crews?)) (?:always )?follow(?:ed|s)? (?:the|our) [\p{L} -]{0,30}(?:policy|procedures?|process|guidelines)\b/iu;
/** A no in the passive ("Late submissions are not accepted under any circumstances", "Refunds are not given"): no softer than "we are unable to". */
const NOT_GRANTED = /\b(?:(?:is|are|will be) not|isn['’]t|aren['’]t|won['’]t be|never) (?:accepted|given|granted|offered|issued|permitted|allowed|possible)\b|\bunder (?:any|no) circumstances\b/i;
/** The reply puts the fault on the customer: "You should have applied before the deadline", "Please ensure you follow the guidance". */
// "It is parents' responsibility to check the daily diary", "it's the tenant's responsibility to…": the duty put on them.
const BLAMES_THEM = /\b(?:can|must|may) only be \w+ by (?:the (?:customer|client|account holder|user|member|tenant|owner|policyholder)|you(?:rself)?)\b|\b(?:it is|it['’]s) (?:your|(?:the )?(?:customer|client|tenant|parent|owner|passenger|patient|member|user|guest|student|driver|resident|holder)s?['’]s?) responsibility\b|\b(?:calling|emailing|contacting|chasing|messaging|ringing)(?: us| the office| this office| our (?:team|office|staff))? (?:multiple times|repeatedly|again and again)\b|\byou (?:are|were) (?:clearly |simply |obviously |probably )?(?:sending|using|entering|mistaken|wrong)\b|\bno need to keep\b|\b(?:repeat|duplicate) (?:contacts|calls|emails|tickets)\b|\byou should(?: ha|['’])ve\b|\b(?:please |kindly )?ensure (?:that )?you(?:r)?\b|\bnext time,? (?:please )?(?:ensure|make sure)\b|\bas (?:previously|already|was|has been) (?:explained|stated|advised|mentioned|said)\b|\bon (?:several|numerous|multiple) occasions\b|\b(?:do not|don['’]t|will not|won['’]t) (?:respond|reply) to (?:abuse|abusive|rude)\b|\babusive (?:language|behaviou?r|messages?)\b|\b(?:may|will|can) be (?:missed|refused|rejected|declined|charged|cancell?ed|skipped) if\b/i;
/**
 * The reply tells the customer not to write again ("Please do not contact us again regarding this fault", "Please
 * refrain from opening duplicate tickets", "No further correspondence"): "I'm here to help" and a conceded chase
 * would contradict it.
 */
const CLOSES_CHANNEL =
  /\b(?:do not|don['’]t|refrain from|stop|cease) (?:contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|messag(?:e|ing)|writ(?:e|ing) to|chas(?:e|ing)|rais(?:e|ing)|open(?:ing)?|send(?:ing)?) (?:us |this office |our (?:team|office) )?(?:again|further|any more|anymore|duplicate|more)\b|\bno further (?:correspondence|contact|communication)\b/i;
/** The reply asks the customer to get in touch again ("If the issue persists, contact us again"): it cannot concede "you shouldn't have had to chase us". */
const CONTACT_AGAIN = /\b(?:contact|call|e-?mail|message|ring|phone|write to) us again\b|\bget back (?:in touch )?(?:to|with) us\b|\bif (?:the (?:issue|problem|fault)|it|this) (?:persists|continues|happens again|comes back)\b/i;
const CHASE_CONCESSION = /\s[—–-]\syou shouldn['’]t have had to chase us(?=[.!]$)/;
/** "Nobody told you" against a reply that says they were: "as stated in your confirmation", "owners sign a disclaimer". */
// "We sent you an email on 2 October", "We notified all passengers by SMS", "notices were posted on every door": told, in the reply's words.
const SAYS_THEY_WERE_TOLD =
  /\b(?:as (?:stated|explained|set out|shown|mentioned|detailed)|responsibility to (?:check|read|look at|monitor|review)|sign(?:s|ed)? (?:a|the) (?:disclaimer|waiver|consent form)|(?:were|was) (?:told|informed|advised|notified|warned)|(?:we|I) (?:sent|emailed|e-mailed|texted|wrote to|notified|informed|warned|posted)\b[^.!?\n]{0,40}\b(?:you|all|every|each|customers|passengers|residents|members)|(?:notices?|letters?|texts?|emails?|e-mails?|reminders?|alerts?) (?:was |were |went )?(?:sent|posted|out))\b/i;
function deniedBy(ack: { cue?: string; sentence: string }, body: readonly CheckedSentence[]): boolean {
  const denial = /\bnobody \w+(?: it to)? you\b/.test(ack.sentence) ? SAYS_THEY_WERE_TOLD : DENIES.get(ack.cue ?? '');
  return denial !== undefined && body.some((s) => denial.test(s.text));
}
/** A final no a soft "I'm here to help" cannot stand before: "Your claim has therefore been declined.", "The decision is final." */
const FINAL_NO = /\b(?:declined|rejected|refused|denied|excluded|unsuccessful|non-?refundable|(?:is|remains) final|stands)\b/i;
/** A reply that says "no" and gives nothing in its place ("We are unable to…", "There's nothing else I can do"). */
/** "…and I'm here to help" promises no remedy: it stays unless the reply says no. */
const SOFT_OFFER = /I['’]m here to help\.?$/;
/**
 * The customer's own inability, said back: "you can't access", "if you're unable to receive a code". Only before a verb
 * of getting at something: "You can't return opened items" is the agent's no, and stays one.
 */
const THEIR_CANT =
  /\byou(?:['’]re| are)? (?:still )?(?:unable|not able|cannot|can['’]t) (?:to )?(?:access|get (?:in|into|on|through|past|a|the|your)|log ?in|sign ?in|receive|see|find|open|load|connect|reach|hear)\b/gi;
const REFUSES = /\b(?:unable|not able|cannot|can['’]t|won['’]t|will not|not in a position|nothing (?:else |more )?(?:I|we) can do|no exceptions?|not (?:possible|eligible|refundable))\b/i;
/** The agent does something now or commits to it: "I've frozen your card", "I'll call you at 6", "We've refunded…". */
const ACTS = /\b(?:I['’]ve|I have (?:just )?\w+ed|I['’]ll|I will|I['’]m (?:going|sending|adding|booking|arranging|checking)|we['’]ve|we have (?:just )?\w+ed|we['’]ll|we will|let me|I (?:can|could) (?:move|send|book|arrange|refund|replace|add|offer|cancel|set))\b/i;
/** Record-keeping ("We have logged your complaint", "I've noted it on your account") changes nothing for the customer yet. */
const ONLY_RECORDS = /\b(?:I|we)(?:['’]ve| have) (?:now |just |also )?(?:logged|noted|received|recorded|acknowledged|forwarded|passed on)\b/gi;
function takesAction(body: readonly CheckedSentence[]): boolean {
  // "We have logged your complaint" earns no "I want to put it right"; "We've logged it and I'll call you at 5" does.
  return body.some((s) => ACTS.test(s.text.replace(ONLY_RECORDS, '')) && !REFUSES.test(s.text));
}
/**
 * A fix already made, in more shapes than a promise: "Let's get it syncing", "we renewed it this morning", "a new cover
 * was dispatched", "2.4.1 is out with the fix". Read only to tell that the reply helps at once, never to choose the
 * line's promise.
 */
const FIXES = /\blet['’]s (?:get|sort|fix)\b|\b(?:we|I) (?:just |already )?(?!(?:received|noted|logged|passed|forwarded|escalated|reviewed|checked)\b)(?:\w+ed|sent|put|got|made|found|rang|spoke|took)\b|\b(?:is|was|has been|have been|were) (?:now )?(?:dispatched|sent|refunded|credited|replaced|renewed|restored|fixed)\b|\bis out with (?:the|a) fix\b/i;
const helpsAtOnce = (text: string) => (ACTS.test(text) || FIXES.test(text)) && !REFUSES.test(text);

/**
 * A fix already done, not promised: "I've booked it", "we have replaced…", "Refunded the second charge just now", "It's
 * booked.", "…has been arranged by us for Wednesday", and FIXES' shapes ("I rang them at 9", "was dispatched today").
 * Receiving, logging or passing the problem on ("I've sent it over to them", "We have contacted the seller") does nothing
 * for the customer yet, so it is no fix.
 */
const HANDS_ON_TO_OTHERS = /\b(?:sent|passed|handed|forwarded|referred|raised)\b[^.!?\n]{0,30}?\b(?:over|on|across|up)? ?to (?:them|the|our|their|a|an)\b/i;
const DONE_FOR_THEM =
  /\b(?:I|we)(?:['’]ve| have) (?:just |now |already |also )?(?!(?:received|noted|logged|passed|forwarded|escalated|reviewed|checked|asked|raised|been|got to|had to|contacted|emailed|messaged|spoken|called|chased|notified|informed|told|alerted|referred|reported)\b)\w+(?:ed|en|t)\b|(?:^\W*(?:@\w{1,40}\s+){0,3}|[^\w\s,'’]\s+)(?:refunded|replaced|rebooked|booked|sorted|fixed|done|restored|credited)\b|\b(?:it['’]s|that['’]s|all) (?:booked|sorted|fixed|done|approved|restored|on its way)\b|\b(?:has|have) been \w+ed by (?:me|us|our)\b/i;
/** "for 5 days", "two weeks", "since Monday": how long the customer has been waiting. */
const SPAN_OF_TIME = /\b(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:hours?|days?|weeks?|months?|years?)\b|\bsince\b/i;
/**
 * A worry, a wait the customer sat through, a fault they lived with for a span ("has been down since 6am"), or a run of
 * failures ("a day late, then without the legs, and now the wrong colour"): a fix does not undo any of them.
 */
const FAULT_CUES = new Set(['waiting', 'failure', 'broken']);
const enduredOrWorried = (reading: MoodReading) =>
  reading.moods.includes('worried') ||
  reading.evidence.some((e) => FAULT_CUES.has(e.cue) && SPAN_OF_TIME.test(e.text)) ||
  reading.evidence.filter((e) => e.cue === 'failure' || e.cue === 'broken').length >= 3;
function putsItRightNow(ctx: CheckContext, body: readonly CheckedSentence[]): boolean {
  // A reply with a cold phrase in it (a phrase rule flags it), a refusal, a redirect or a dispute is not that fix.
  const cold = (s: CheckedSentence) => (ctx.flagged?.(s.start, s.end) ?? false) || REFUSES.test(s.text) || DEFLECTS.test(s.text) || DISCLAIMS.test(s.text) || FINAL_NO.test(s.text);
  if (body.some(cold)) return false;
  return body.some((s) => (DONE_FOR_THEM.test(s.text) || FIXES.test(s.text)) && !REFUSES.test(s.text) && !HANDS_ON_TO_OTHERS.test(s.text));
}

/** The time words of a deadline: "today", "tomorrow", "Friday", "at 3", "in an hour". */
const TIME_WORD = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})? ?(?:am|pm)|(?:an?|one|two|\d{1,3}) (?:hours?|minutes?))\b/gi;
/**
 * A customer pressed only for time is met by a reply that works to their time: "Your room will be ready, see you on
 * Friday!" answers "We're arriving late on Friday" as "I know you need it today" would.
 */
function namesTheDeadline(ctx: CheckContext, reading: MoodReading): boolean {
  if (reading.moods.some((m) => m !== 'urgent' && m !== 'confused' && m !== 'happy')) return false;
  const times = new Set(reading.evidence.filter((e) => e.cue === 'deadline').flatMap((e) => [...e.text.matchAll(TIME_WORD)].map((m) => m[0].toLowerCase())));
  if (times.size === 0) return false;
  return ctx.sentences.some((s) => [...s.text.matchAll(TIME_WORD)].some((m) => times.has(m[0].toLowerCase())));
}

/**
 * A message the mood reader finds calm but that tells a grievance in plain facts ("Why was my application rejected?",
 * "I can't leave the house", "Who is paying for the cleaning?") is read as frustration shown by the situation alone:
 * the reply owes a plain sorry for what happened, never words for a feeling the customer did not name.
 */
function withGrievance(reading: MoodReading | null, message: string | undefined): MoodReading | null {
  if (!reading || reading.moods.length > 0) return reading;
  const found = grievanceIn(message);
  if (!found) return reading;
  return {
    ...reading,
    moods: ['frustrated'],
    primary: 'frustrated',
    needsAcknowledgement: true,
    evidence: [{ mood: 'frustrated', cue: 'failure', ...found }],
    acknowledgements: [],
  };
}

/**
 * The reply's opening names the customer's situation from their side before the fix (names-situation.ts): one of the
 * first two sentences of prose, read before the first sentence in which the agent acts.
 */
function opensOnTheirSituation(ctx: CheckContext): boolean {
  const body = bodySentences(ctx).filter((s) => !(s.markers.greeting && s.text.split(/\s+/).length <= 3));
  for (const s of body.slice(0, 2)) {
    const text = s.text.replace(LEADING_HANDLES, '$2');
    // A sentence a phrase rule flags, or one that disputes or deflects, is no acknowledgement however it opens.
    const cold = (ctx.flagged?.(s.start, s.end) ?? false) || DISCLAIMS.test(s.text) || DEFLECTS.test(s.text);
    if (!cold && (namesTheSituation({ ...s, text }, ctx.customerMessage) || foldsTheirSituationIn(text, ctx.customerMessage))) return true;
    if (ACTS.test(s.text)) return false;
  }
  return false;
}

/** The customer's verdict said back ("sorry to hear the deduction is unfair"): quoting it concedes it, so it is never sure. */
/**
 * How a person treated the customer or their family ("Your guide was rude to my mum", "the driver shouted at me"): a
 * stock "how frustrating this has been" mislabels hurt as inconvenience, so the agent names it in a fill-in instead.
 */
const MISTREATED = /\b(?:rude|disrespectful|condescending|patroni[sz]ing|belittl(?:ed|ing)|humiliat(?:ed|ing)|insult(?:ed|ing)|mock(?:ed|ing)|discriminat(?:ed|ion|ing)|shouted at|yelled at|laughed at|swore at|sworn at|hung up on|spoke to (?:me|us|my \w+|him|her|them) like|treated (?:me|us|my \w+|him|her|them) like)\b/i;
const VERDICT = /\b(?:unfair|unjust|wrong|ridiculous|unacceptable|outrageous|disgraceful|a joke|a scam|a rip-?off|rubbish|useless|pathetic)\b/i;

/**
 * Whether the learned fallback may read a sentence: not a stock apology, and not a sorry that names nothing (beside
 * help the hand families already count it; beside a brush-off it acknowledges nothing). scripts/train-ack.ts reads
 * the training replies through the same gate.
 */
export const learnedMayRead = (text: string) => !STOCK_APOLOGY.test(text) && !OBJECTLESS_SORRY.test(text.replace(LEADING_HANDLES, '$2'));
/** A phrase rule flags the sentence as a brush-off (one of COLD_PRINCIPLES): no acknowledgement, whatever its words. */
export const coldPhrase = (principles: Iterable<string> | undefined) => [...(principles ?? [])].some((p) => COLD_PRINCIPLES.includes(p));

export const acknowledgement: StructureCheck<z.output<typeof acknowledgementOptions>> = {
  run(ctx, options) {
    const reading = withGrievance(ctx.mood, ctx.customerMessage);
    if (!reading) return [];
    // The feelings were met (in words the markers know or not; a stock "sorry for any inconvenience" is no
    // acknowledgement), or in an earlier part of the thread ("2/2").
    // A formula ("We're sorry you feel that way", "Thank you for your patience.") is no acknowledgement by itself:
    // the markers count its sorry, so only what the sentence says besides it is read.
    // Reassurance meets a worry, or an annoyance read from the situation alone; not anger the customer voiced.
    const worry = reading.moods.some((m) => m !== 'frustrated' && m !== 'disappointed') || reading.moods.every((m) => m === 'happy' || situational(reading, m));
    const body = bodySentences(ctx);
    // The reply stands its ground somewhere else: a phrase rule flags a sentence of it as cold, or it disputes, deflects,
    // blames, refuses with nothing in its place, or closes the matter.
    const standsItsGround = (but: CheckedSentence) =>
      body.some(
        (o) =>
          o.start !== but.start &&
          ([...(ctx.flaggedPrinciples?.(o.start, o.end) ?? [])].some((p) => COLD_PRINCIPLES.includes(p)) ||
            DISCLAIMS.test(o.text) ||
            DEFLECTS.test(o.text) ||
            OUT_OF_OUR_HANDS.test(o.text) ||
            NOT_OUR_FAULT.test(o.text) ||
            BLAMES_THEM.test(o.text) ||
            NOT_GRANTED.test(o.text) ||
            CLOSES_CHANNEL.test(o.text) ||
            (REFUSES.test(o.text) && !/\b(?:but|however|instead)\b/i.test(o.text) && !/^\W*(?:if|unless|should|when|once)\b/i.test(o.text))),
      ) &&
      // …and puts nothing right: "I've sent a new tub today" after "we can't promise it's safe" is help, and the sorry meets them.
      !body.some((o) => o.start !== but.start && helpsAtOnce(o.text.replace(/\blet (?:me|us) know\b/gi, '')) && !HANDS_ON_TO_OTHERS.test(o.text));
    const stems = feelingStems(reading.evidence);
    const onlyAsked = worryOnlyAsked(ctx.customerMessage, reading);
    const meets = (s: CheckedSentence) => {
      if (STOCK_APOLOGY.test(s.text)) return false;
      if ((OBJECTLESS_SORRY.test(s.text.replace(LEADING_HANDLES, '$2')) || SORRY_FOR_THEIR_TROUBLE.test(s.text)) && standsItsGround(s)) return false;
      const formula = withoutFormulas(s.text) !== null;
      return (
        (!formula && s.markers.acknowledgement > 0 && !readsTheRecordOnly(s.text) && !onlySoftensTheNo(s.text)) ||
        acknowledgesFeelings(s.text, worry ? undefined : reading.moods) ||
        (worry && REASSURES.test(s.text)) ||
        // Their own feeling word taken up ("Lots of riders start out nervous, and that's fine"), the reply not standing its
        // ground, in a sentence no cold rule flags ("Please calm down, I can tell you are upset" takes nothing up).
        (saysTheirFeelingBack(s.text, stems) && !coldPhrase(ctx.flaggedPrinciples?.(s.start, s.end)) && !standsItsGround(s)) ||
        // A worry shown only by its question ("should I be worried?") met by the plain answer ("that can be normal").
        (onlyAsked && answersTheWorry(s.text) && !coldPhrase(ctx.flaggedPrinciples?.(s.start, s.end)) && !standsItsGround(s))
      );
    };
    if (continuesThread(ctx) || ctx.sentences.some(meets) || namesTheDeadline(ctx, reading) || metByHelp(ctx, reading) || opensOnTheirSituation(ctx)) return [];
    const o = forChannel(options, ctx.channel);
    const plainReport = reading.evidence.length <= 1 && reading.evidence.every((e) => PLAIN_REPORT_CUES.has(e.cue));
    // In a chat or a social reply quick help is the acknowledgement of a plain fault; a reply that refuses, sends the
    // customer elsewhere or disputes the fault gives no help, so it still owes it.
    // A "can't" of the customer's ("an account you can't access", "if you're unable to receive a code") is their problem
    // told back, not our no.
    const helps =
      // A question that reproaches them ("Did you read the manual?", "did u even check ur spam??") is no troubleshooting,
      // nor is the closing offer "Is there anything else I can help with today?": it asks about another matter.
      body.some((s) => !reproachesByQuestion(ctx, s) && !ANYTHING_ELSE.test(s.text) && (helpsAtOnce(s.text) || SUGGESTS_FIX.test(s.text) || TROUBLESHOOTS.test(s.text))) &&
      !body.some((s) => REFUSES.test(s.text.replace(THEIR_CANT, ' ')) || DEFLECTS.test(s.text) || DISCLAIMS.test(s.text));
    const toldAsFacts = o.faultsRetold && (onlyFaults(reading) || onlySpeedAsked(reading)) && !beyondTheFix(ctx.customerMessage, reading);
    if (!o.plainReports && (plainReport || toldAsFacts) && helps) return [];
    // A customer joking about a mild mishap is met by a reply that laughs along or simply puts it right: a formal
    // "I'm sorry, I can see how frustrating this has been" would answer a joke with a complaint letter.
    const opening = (body.find((s) => !(s.markers.greeting && s.text.split(/\s+/).length <= 3))?.text ?? '').replace(LEADING_HANDLES, '$2');
    if (joking(ctx.customerMessage, reading) && (LAUGHS_ALONG.test(opening) || helps)) return [];
    // A plain fault put right at once, after a warm opening ("Thanks for flagging it — I've sent a new one"), is met.
    if (plainReport && body.some((s) => WARM_OPENING.test(s.text)) && body.some((s) => helpsAtOnce(s.text))) return [];
    const allowed = new Set<string>(options.moods);
    const felt = reading.moods.filter((m): m is z.output<typeof mood> => allowed.has(m));
    if (felt.length === 0) return [];
    // The most specific sentence for a mood this pack asks about; else the pack's line for the strongest one.
    // A line that restates what the reply's own facts deny is not offered: the mood's general line is.
    const named = reading.acknowledgements.find((a) => a.specific && allowed.has(a.mood) && !deniedBy(a, body));
    const denied = reading.acknowledgements.some((a) => a.specific && allowed.has(a.mood) && deniedBy(a, body));
    const primary = allowed.has(reading.primary ?? '') ? (reading.primary as z.output<typeof mood>) : felt[0]!;
    // The pack's line names the feeling; a customer who showed it only by the situation gets a plain sorry instead.
    // A grievance told in plain facts has no line of its own: a grave situation in the message (a death, harm, a fraud)
    // is still named ("I'm so sorry you were hurt…") rather than "the trouble this has caused".
    const grave = named || reading.acknowledgements.length ? null : situationIn(ctx.customerMessage ?? '');
    const graveLine = grave?.strong && !unsupportedClaims(ctx.customerMessage ?? '', grave.sentence).length ? grave.sentence : undefined;
    const ack = named?.sentence ?? graveLine ?? (moodVoiced(primary, reading.evidence) ? options.sentences[primary] : NEUTRAL_ACKNOWLEDGEMENTS[primary]);
    // Sure only when the customer shows the feeling in their own words or by writing again; a feeling read from the
    // situation alone ("the lamp arrived broken", a grievance told in plain facts) may already be met in words no
    // reader knows, so the check says it as a hint.
    // A sentence that stands its ground: a cold phrase a rule flagged, a refusal, a redirect.
    const standsGround = (s: (typeof body)[number]) => coldPhrase(ctx.flaggedPrinciples?.(s.start, s.end)) || REFUSES.test(s.text) || DEFLECTS.test(s.text);
    const pushesBack = (s: (typeof body)[number]) =>
      standsGround(s) || DISCLAIMS.test(s.text) || BLAMES_THEM.test(s.text) || NOT_OUR_FAULT.test(s.text) || DISMISSES_FEELINGS.test(s.text);
    // A reply that meets them warmly in its own words ("I'm glad you messaged", "That's made our week!") and pushes back
    // nowhere may have met the feeling without a sorry (warm-in-own-words.ts).
    const warmInTheirOwnWords = body.some((s) => warmInOwnWords(s.text)) && !body.some(pushesBack);
    // …and where no phrase rule warns or suggests anything either, the reply is warm as a whole: a team lead reads the
    // customer as met, and a hint there teaches the agent to ignore the coach (session 50, issue #10). Not where words
    // are owed whatever the reply does (a death, a cost the failure already put on them).
    if (warmInTheirOwnWords && ctx.warnedAnywhere?.() === false && !beyondTheFix(ctx.customerMessage, reading)) return [];
    const unsure =
      (!felt.some((m) => moodVoiced(m, reading.evidence)) && !reading.evidence.some((e) => e.cue === 'repeat-contact')) ||
      // A hurry alone met by the agent acting at once ("I'll send Marco, he's 10 minutes away") with no time said: it
      // may be met by the deed; sure only where the reply does nothing (session 44).
      (reading.moods.every((m) => m === 'urgent') && body.some((s) => helpsAtOnce(s.text) && !HANDS_ON_TO_OTHERS.test(s.text)) && !body.some(standsGround)) ||
      // Warm in its own words beside a phrase rule's warning: a hint, not a sure card.
      warmInTheirOwnWords;
    // Unsure, a reply that has already put it right ("I've booked an engineer for 2pm", "Refunded the second charge just
    // now", "A new cover was dispatched this afternoon") meets a feeling shown only by the situation: it acknowledges by doing.
    // A wait the customer sat through ("pending for 5 days") or a worry is still owed words: the fix does not undo the days.
    if (unsure && !enduredOrWorried(reading) && !beyondTheFix(ctx.customerMessage, reading) && putsItRightNow(ctx, body)) return [];
    // The learned fallback reads the sentences no hand family counted: not a stock apology, not a sorry before a
    // brush-off, not a sentence a phrase rule flags as cold, and never beside a reply that waves the feeling away.
    if (options.learned && !body.some((s) => DISMISSES_FEELINGS.test(s.text))) {
      const readable = ctx.sentences.filter((s) => learnedMayRead(s.text) && !coldPhrase(ctx.flaggedPrinciples?.(s.start, s.end)));
      if (learnedAcknowledgement(readable.map((s) => s.text.replace(LEADING_HANDLES, '$2'))) >= 0) return [];
    }
    const hit = (h: CheckHit): CheckHit[] => [unsure ? { ...h, unsure } : h];
    // Not before a short greeting, nor a header line such as "Student ID 2290134,": before the first sentence of prose.
    // A social reply's "@kayden_plays Hi there!" is a greeting too: the line goes after it, the handles stay first.
    const prose = (s: CheckedSentence) =>
      !(s.markers.greeting && s.text.split(/\s+/).length <= 3) && !(/[,:;]$/.test(s.text.trim()) && s.text.split(/\s+/).length <= 4) && !PLEASANTRY_OPENER.test(s.text) && !HANDLES_THEN_HELLO.test(s.text) && !REFERENCE_HEADER.test(s.text.trim());
    const target = body.find(prose) ?? body[0];
    if (!target) return [];
    // An acknowledgement beside "There is no need to get upset" or "No worries" would contradict the reply: advice only.
    if (body.some((s) => DISMISSES_FEELINGS.test(s.text))) return hit({ start: target.start, end: target.end, suggestions: [], advice: AFTER_DISMISSAL });
    if (isAutomatedNotice(ctx.text)) return hit({ start: target.start, end: target.end, suggestions: [], advice: IN_A_NOTICE });
    const handles = LEADING_HANDLES.exec(target.text);
    const label = handles ? null : SPEAKER_LABEL.exec(target.text);
    const labelled = label && (ctx.channel === 'chat' || AGENT_ROLE.test(label[1]!)) ? label : null;
    const lead = handles?.[1] ?? labelled?.[1] ?? '';
    const rest = handles ? handles[2]! : labelled ? labelled[2]! : target.text;
    const inline = INLINE_GREETING.exec(rest);
    if (notesOrRedirects(inline ? inline[2]! : rest)) return hit({ start: target.start, end: target.end, suggestions: [], advice: BEFORE_NO });
    // A promise ("…and I want to put it right", "I'm on it") only where the reply itself does something.
    // A reply whose facts deny the customer's story disputes it too: no promise to put right what it says is not wrong.
    // A reply that sends the customer elsewhere ("falls outside our remit") concedes nothing either.
    // One that says nothing is wrong on its side or that the customer got it wrong ("our API is healthy. You are clearly
    // sending malformed payloads") has nothing to put right either.
    const disputes = denied || body.some((s) => DISCLAIMS.test(s.text) || OUT_OF_OUR_HANDS.test(s.text) || DEFLECTS.test(s.text) || NOT_OUR_FAULT.test(s.text) || BLAMES_THEM.test(s.text));
    // "…it'll be done whenever they get to it": a reply that shrugs at the timing cannot carry "I want to put it right".
    const shrugs = body.some((s) => SHRUGS.test(s.text));
    const leftToThem = body.some((s) => LEFT_TO_THEM.test(s.text) || DEFLECTS.test(s.text) || REFUSES.test(s.text));
    const promised = disputes
      ? withoutConcession(acknowledgementOnly(ack, leftToThem))
      : shrugs ? acknowledgementOnly(ack, leftToThem) : takesAction(body) || (SOFT_OFFER.test(ack) && !body.some((s) => REFUSES.test(s.text) || NOT_GRANTED.test(s.text) || DEFLECTS.test(s.text) || FINAL_NO.test(s.text) || CLOSES_CHANNEL.test(s.text) || BLAMES_THEM.test(s.text) || NOT_OUR_FAULT.test(s.text))) ? ack : acknowledgementOnly(ack, leftToThem);
    // A reply that asks for more patience ("Please allow up to 4 weeks") cannot concede the wait is "far too long"; one that
    // says the fault is not ours or refuses ("Works fine on our end", "Staff are not permitted to…") cannot concede
    // "that's not good enough" either.
    const waits = body.some((s) => ASKS_TO_WAIT.test(s.text));
    const standsFirm = body.some((s) => NOT_OUR_FAULT.test(s.text) || NOT_GRANTED.test(s.text) || BLAMES_THEM.test(s.text) || REFUSES.test(s.text) || FINAL_NO.test(s.text) || CLOSES_CHANNEL.test(s.text));
    const conceded = standsFirm ? withoutConcession(promised) : waits ? promised.replace(TOO_LONG, '') : promised;
    // "If the issue persists, contact us again": the reply asks for the next contact itself.
    const said = body.some((s) => CONTACT_AGAIN.test(s.text)) ? conceded.replace(CHASE_CONCESSION, '') : conceded;
    // Sure (one click) only where the line names no grievance of its own ("I'm sorry — I can see how frustrating this
    // has been.", "I'm so sorry — that must have been really frightening."), or names one the customer voiced a
    // feeling about, wrote again about, or told in a clause of their own ("the lamp arrived broken"), and the reply
    // takes their side of it. Otherwise the line's guess may invent, concede or mislabel what went wrong ("the
    // trouble this has caused" on a code that works as designed, "for your loss" when the pet survived, "the site
    // crashed" beside a firm no): the agent confirms or rewrites it in a fill-in, prefilled with the guess.
    const guess = grievanceGuess(said);
    const quoted = named !== undefined && ack === named.sentence && (named.cue === 'broken' || named.cue === 'failure');
    const mistreated = !named && MISTREATED.test(ctx.customerMessage ?? '');
    const sure = !mistreated && (!guess || ((!unsure || quoted) && !VERDICT.test(guess) && !(disputes || standsFirm || waits || shrugs)));
    if (!sure) {
      const words = inline ? inline[2]! : rest;
      const firstWord = /^\S+/.exec(words)?.[0] ?? '';
      const at = target.start + lead.length + (inline ? inline[1]!.length : 0);
      return hit({ start: target.start, end: target.end, suggestions: [], templates: [acknowledgementTemplate(at, firstWord, startSentence(firstWord), said)] });
    }
    // After "Hi Hana," the acknowledgement goes on in the same sentence case: "Hi Hana, sorry for…".
    // After "Morning!" the line opens a sentence of its own and keeps its capital.
    const opener = inline ? `${lead}${inline[1]}${/!\s+$/.test(inline[1]!) ? said : decapitalize(said)}` : `${lead}${said}`;
    // A sentence that is only a formula saying the same ("We understand your concern.", "We apologise for any
    // inconvenience caused.") gives way to the line instead of standing beside it.
    const formulaOnly = (words: string) => !/[\p{L}\p{N}]/u.test(withoutFormulas(words) ?? 'x');
    const suggestion = formulaOnly(inline ? inline[2]! : rest) ? opener : `${opener} ${startSentence(inline ? inline[2]! : rest)}`;
    return hit({ start: target.start, end: target.end, suggestions: [suggestion] });
  },
};
