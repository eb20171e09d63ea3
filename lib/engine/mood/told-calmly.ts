/**
 * Upset told in calm words, session 39 (issues 10 and 15): four more shapes of a message whose words are calm but whose
 * situation owes the customer an acknowledgement. Each is read by the grammar of one statement and what stands beside
 * it, never by a list of one message's words, and each returns the words that carry it (the cue the card quotes), not
 * the whole sentence:
 * - a wait counted since they asked: something asked for, sent or applied for a counted time ago (weeks, months, a month
 *   named), with the thing still not there ("I asked for my records 6 weeks ago. Still nothing.", "It's been with you
 *   since August");
 * - a promise come due: what we said would happen, beside the customer asking where it is, telling the date now, or
 *   telling what we say now ("You said this week.", "now you say it's not");
 * - paid and not there: money paid or taken, and what it paid for not given, or a demand for what is already paid
 *   ("debited, no token", "your collector still came", "an invoice for storage we already paid for");
 * - a question that is a reproach: asked of us, answered by the situation ("What was the point?", "Is anyone actually
 *   reading these?", "I paid £40 for this?").
 * Read only where nothing else read the message upset; a thank-you, a plan or a plain question of the same shape stays calm.
 */
export interface CalmSentence {
  text: string;
  question: boolean;
}

export type CalmToldFamily = 'waited-since-asking' | 'promise-come-due' | 'paid-not-there' | 'reproach-asked';

export interface CalmToldHit {
  family: CalmToldFamily;
  index: number;
  /** The words that carry it, as offsets into the sentence's text. */
  start: number;
  end: number;
}

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const COUNT = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|many)';

/** Something asked for, sent or applied for: the act that starts a wait ("applied", "asked for", "sent it in", "ordered"). */
const ASKED_ACT = '(?:applied|submitted|sent|ordered|requested|asked (?:for|about)|returned|posted|lodged|filed|claimed|reported|dropped (?:it |them |\\w+ )?off|handed (?:it |them |\\w+ )?in|referred|registered|emailed|raised|put in|booked in|left (?:it|them) with you)';
/**
 * A counted time ago, or a month named as when: "6 weeks ago", "two months back", "in January", "last month", "10 days
 * ago" (days count from five), "since March".
 */
const AGO = `(?:${COUNT} (?:weeks?|months?|years?)(?: ago| back)?|over a (?:week|month|year) ago|(?:[5-9]|[1-9]\\d|five|six|seven|eight|nine|ten|twelve|fourteen) days ago|(?:back )?in ${MONTH}|last (?:month|year)|since ${MONTH})`;
/** The act, then the time, in one clause: "We submitted our application in January", "I asked for my records 6 weeks ago". */
const ASKED_AGO = new RegExp(`\\b${ASKED_ACT}\\b[^.!?\\n;]{0,60}?\\b${AGO}\\b`, 'i');
/**
 * …or the wait told as the time itself: "It's been with you since August", "It is nine months since we applied",
 * "5 weeks now", "for 9 days" said of a status ("The tracking has said 'in transit' for 9 days").
 */
const WAIT_TOLD = new RegExp(
  `\\b(?:(?:it|they|he|she|(?:my|our|the|his|her) (?:\\w+ ){0,2}?\\w+)(?:'s|’s| has| have|'ve|’ve| is) (?:been|sat) (?:with you|in your \\w+|at your \\w+|there|in the system) (?:since ${MONTH}|for ${COUNT} (?:weeks?|months?))|${COUNT} (?:weeks?|months?|years?) since (?:i|we|my|our)\\b|(?:has|have) (?:said|shown|showed|been) [^.!?\\n]{1,40}? for ${COUNT} (?:days|weeks?|months?)|${COUNT} (?:weeks?|months?) (?:now|and counting|later))`,
  'i',
);
/**
 * The thing still not there, said anywhere: "still no decision", "I haven't had an appointment", "no reply", "seller not
 * responding", "nothing yet", or asked for ("Where is it?", "When will I get my passport back?", "when will someone…").
 */
const STILL_NOT_THERE = /\b(?:still (?:no|not|nothing|waiting|haven't|hasn't|have not|has not|shows?|showing|says?|pending|appears?|listed)|no (?:decision|reply|replies|response|answer|word|update|news|appointment|outcome|result|sign of (?:it|them))|(?:haven't|hasn't|have not|has not|not|never) (?:yet |even |once )?(?:had|heard|received|got|gotten|arrived|come|been (?:sent|processed|seen|paid|refunded|answered|contacted|told))|not (?:responding|replying|answering)|nothing (?:yet|since|has)|(?:where|when)(?:'s| is| are| will| can)\b)/i;
/** Asked plainly about their own plan, or a case settled: "can I still return it?", "it arrived, thanks". */
const OWN_PLAN_ASKED = /^\W*(?:can|could|may|should|do|does|is it|am i|are we) (?:i|we|it|you)? ?(?:still )?(?:return|cancel|change|swap|exchange|add|use|move|get a|claim|apply|upgrade|transfer|book)\b/i;
const SETTLED = /\b(?:thank(?:s| you)|cheers|arrived (?:today|now|safely|fine)|got it (?:today|now)|all sorted|sorted now|fixed now|no rush|no hurry)\b/i;

/**
 * A promise of ours told: "you said", "your agent promised", "the loss adjuster said on the phone", "we were told",
 * "I was promised" — not an instruction passed on ("you said to send photos", "I was told to call this number").
 */
const PROMISE_TOLD = /\b(?:(?:you|your (?:\w+ ){0,2}?\w+|they|he|she|the (?:\w+ ){0,2}?(?:adjuster|agent|engineer|driver|manager|rep|representative|advisor|adviser|assistant|person|lady|man|guy|staff|shop|store|website|site|app|email|letter))\s(?:\w+ly\s)?(?:said|promised|told (?:me|us)|assured (?:me|us)|guaranteed|confirmed)(?: (?:on the phone|in (?:the|your) (?:chat|email|letter|shop)|by (?:phone|email)|last (?:week|month)|yesterday))?|(?:i|we)\s(?:was|were|had been|'d been|’d been)\s(?:told|promised|assured|guaranteed))(?!\s(?:to|not to)\s\w)\b/i;
/** What rides after it: the date now past it, what they say now, or the customer asking where it is. */
const PROMISE_DUE = new RegExp(`\\b(?:it(?:'s|’s|s| is) (?:now )?(?:${MONTH}|the \\d{1,2}(?:st|nd|rd|th)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|today is|(?:and )?now (?:you|they|he|she|your \\w+)(?:'re|’re| are| is)? (?:say|saying|says|tell|telling|claim|claiming)|where(?:'s| is| are) (?:it|they|my|our|the)|when (?:are|is|will) (?:you|it|they|someone|somebody))\\b`, 'i');
/** A promise weighed against what came: "much louder than you said it would be", "far later than we were told". */
const WORSE_THAN_PROMISED = /\b(?:louder|slower|smaller|bigger|later|longer|worse|higher|dearer|noisier|thinner|weaker|shorter|less|fewer|more expensive)\s(?:than\s)(?:you|your \w+|they|the \w+|we were|i was)\s(?:said|promised|told|quoted|advertised|claimed)\b/i;

/** Money paid or taken: "I paid", "I was debited", "has been paid", "debited, no token", "I sent 15,000 pesos". */
const PAID = /\b(?:(?:i|we)(?:'ve|’ve| have)?\s(?:already\s|just\s)?(?:paid|topped up|bought|purchased|sent \S*\d)|(?:was|were|been|got|i'm|im|i am)\s(?:debited|charged|deducted)|debited|(?:has|have) been paid(?: for)?|paid (?:my|our|the|for)|even (?:though )?(?:i|we) paid)\b/i;
/**
 * …and what it paid for not given, or still held against them: "no data was added", "no token", "still appears as
 * 'Expired'", "your collector still came", "the lamp is locked", "they said no transaction".
 */
const NOT_GIVEN = /\b(?:no (?:\w+ ){0,2}(?:was|were|has been|have been|got|is|are) (?:added|credited|received|loaded|reflected|showing|shown|applied|delivered)|no (?:token|tokens|data|units|airtime|credit|transaction|record of (?:it|the payment)|units)\b|still (?:(?:shows?|showing|appears?|says?|is|are|listed|marked)\s(?:as\s)?)?["'“‘]?(?:locked|expired|unpaid|overdue|outstanding|owing|blocked|inactive|suspended|free|disconnected|cut off)|(?:\w+ )?(?:collector|bailiff|reminder|final notice|demand|debt collector)s? (?:still )?(?:came|come|turned up|called|arrived)|(?:is|are|was|got) (?:still )?(?:locked|blocked|suspended|disconnected|cut off))\b/i;
/** A demand for what is already paid: "an invoice for storage we already paid for", "I already paid this invoice." */
const ALREADY_PAID_BILLED = /\b(?:already|previously) paid (?:this|that|the|for|it|them|my|our)\b(?:\s(?:\w+\s)?(?:invoice|bill|fine|fee|charge|balance|amount|reminder|deposit|installment|instalment)s?)?|(?:invoice|bill|reminder|demand|letter|charge)s? (?:for|about) (?:\w+ ){0,3}(?:i|we)(?:'ve| have| had)? already paid\b/i;

/**
 * A question that is a reproach, by its grammar: the point of what they did ("What was the point?"), whether anyone is
 * there at all ("Is anyone actually reading these?", "Does anyone there even care?", "Do you even read these?"), whether
 * there was ever any of it ("Was there even any stock?"), or what they paid told back as a question ("I paid £40 for
 * this?", "I bought the game to deal with this?").
 */
const REPROACH_ASKED = /\b(?:what(?:'s| is| was) (?:even )?the point(?: of (?:\w+ ){0,4}\w+)?|(?:is|does|did|has) (?:anyone|anybody|someone|somebody|no ?one)(?: (?:there|at \w+|over there))? (?:actually|even|ever|really|still)\s(?:\w+\s)?(?:read|reading|listen|listening|check|checking|look|looking|care|caring|work|working|there|answer|answering|bother)\w*|do (?:you|they|your staff) (?:even|actually|ever) (?:read|listen|check|look|care|test|bother)\w*|(?:was|were|is|are) there (?:even|ever|actually) (?:any|a|one)\b[^?]{0,40}|(?:i|we) (?:paid|pay|bought|buy|spent)\b[^?.!]{1,50}\b(?:for|to (?:\w+ ){1,3}(?:with)?) (?:this|that)(?=\s?\?))/i;
/** The same words asked plainly about a how-to: "what is the point of the reset button?" asks what it does. */
const POINT_OF_A_THING = /\bthe point of (?:the|this|that|a|an) (?:\w+ )?(?:button|setting|option|feature|field|tab|menu|switch|toggle|mode|setting)\b/i;

/** Where a regex matched; `toClauseEnd` stretches it to the end of its clause (at most 60 characters on). */
export function hitOf(re: RegExp, text: string, toClauseEnd = false): [number, number] | null {
  const m = (re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re).exec(text);
  if (!m) return null;
  let end = m.index + m[0].length;
  if (toClauseEnd) {
    const rest = /^(?:[^.!?;,\n]|(?<=\d)[,.](?=\d)){0,60}?(?=\s*(?:[.!?;,](?!\d)|\n|$|\s(?:but|and|so|yet)\s))/.exec(text.slice(end));
    if (rest) end += rest[0].length;
  }
  return [m.index, end];
}

/** The families of calm-told upset one message holds (at most one hit per family), given its sentences. */
export function calmToldIn(sentences: readonly { s: CalmSentence }[], whole: string, thanked: boolean): CalmToldHit[] {
  if (thanked || SETTLED.test(whole)) return [];
  const found: CalmToldHit[] = [];
  const add = (family: CalmToldFamily, index: number, span: [number, number]) => {
    if (!found.some((f) => f.family === family)) found.push({ family, index, start: span[0], end: span[1] });
  };
  // A signal of the thing still not there, outside a question that plans their own next step.
  const stillNotThere = sentences.some(({ s }) => !OWN_PLAN_ASKED.test(s.text) && STILL_NOT_THERE.test(s.text));
  for (const [index, { s }] of sentences.entries()) {
    const plainPlan = OWN_PLAN_ASKED.test(s.text);
    // A wait counted since they asked, with the thing still not there.
    const waited = !plainPlan && (hitOf(ASKED_AGO, s.text) ?? hitOf(WAIT_TOLD, s.text));
    if (waited && stillNotThere) add('waited-since-asking', index, waited);
    // A promise come due: told, then the date now, what we say now or where it is (in this sentence or another).
    const promise = hitOf(PROMISE_TOLD, s.text, true);
    if (promise && sentences.some(({ s: o }) => PROMISE_DUE.test(o.text) && !OWN_PLAN_ASKED.test(o.text))) add('promise-come-due', index, promise);
    const worse = hitOf(WORSE_THAN_PROMISED, s.text);
    if (worse && !s.question) add('promise-come-due', index, worse);
    // Paid and not there: what it paid for is missing (this sentence or the next), or a demand for what is paid.
    const paid = hitOf(PAID, s.text, true);
    const next = sentences[index + 1]?.s;
    if (paid && (NOT_GIVEN.test(s.text.slice(paid[0])) || (next && !next.question && NOT_GIVEN.test(next.text)))) add('paid-not-there', index, paid);
    const billed = hitOf(ALREADY_PAID_BILLED, s.text);
    if (billed && !s.question && !sentences.some(({ s: o }) => o.question && /^\W*(?:can|could|would|will) you\b/i.test(o.text))) add('paid-not-there', index, billed);
    // A reproach asked.
    const reproach = hitOf(REPROACH_ASKED, s.text);
    if (reproach && s.question && !POINT_OF_A_THING.test(s.text)) add('reproach-asked', index, reproach);
  }
  return found;
}
