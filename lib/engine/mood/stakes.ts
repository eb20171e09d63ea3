/**
 * Stakes told plainly (session 36): a problem and what rides on it, with no feeling word — a service gone for a span
 * of time ("I've been without internet for five days", "The API has returned 500 errors all morning"), many people of
 * theirs kept from their work ("We have 40 staff unable to clock in", "none of our drivers can log in"), or a problem
 * told again after reporting it before ("I reported it in January", "I've already raised this twice"). Each family is
 * read by the shape of one statement: a problem (compromise: a negated verb of working, "without" a thing, a state of
 * being down) beside its consequence (a span of time, a count of people, a report made before). Questions, plans and
 * thanks say nothing here: "How do I change my password?", "Will the site be down for long on Sunday?", "I reported it
 * last week and it's fixed, thanks" stay calm. Read only where every cue and situation found the message calm.
 */
import { parsedPattern, type NlpDoc } from '../../nlp/nlp';
import { hitOf } from './told-calmly';

export interface StakesSentence {
  text: string;
  question: boolean;
}

export type StakesFamily = 'gone-for-a-span' | 'many-kept' | 'reported-before' | 'need-by-a-near-date' | 'charged-against-them' | 'rides-on-it' | 'time-given-up' | 'came-back-after-our-work' | 'again-counted';

function has(doc: NlpDoc, pattern: string): boolean {
  return doc.match(parsedPattern(pattern)).found;
}

const NUMBER = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a few|a couple of|many)';
/** A span of time it has lasted: "for five days", "all morning", "since Tuesday", "three nights in a row", "two weeks now". */
const SPAN = new RegExp(
  `\\b(?:for (?:over |more than |nearly |almost |about |the (?:last|past) )?${NUMBER} (?:(?:whole|full|straight|entire) )?(?:hours?|days?|weeks?|weekends?|months?|nights?|mornings?|evenings?)|(?:for )?(?:the )?(?:whole|entire|all) (?:morning|day|night|week|weekend|afternoon|evening|month)(?: long)?|since (?:yesterday|morning|last (?:night|week|month|\\w+day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this morning|(?:the )?\\d{1,2}(?:st|nd|rd|th)|(?:early )?(?:january|february|march|april|may|june|july|august|september|october|november|december))|${NUMBER} (?:days?|nights?|mornings?|weeks?) (?:in a row|running|straight)|(?:${NUMBER}) (?:days?|weeks?|months?) (?:now|and counting))\\b`,
  'i',
);
/**
 * A span of hours ("since last night", "all morning", "for 6 hours"): stakes for a business or a team ("The API has
 * returned 500 errors all morning"), not yet for one person's gadget ("My FaceId hasn't been working since last night").
 */
const SHORT_SPAN = /\b(?:hours?|mornings?|evenings?|afternoon|last night|this morning|since morning)\b/i;
const AT_WORK = /\b(?:we|our|us|team|site|website|api|server|customers|clients|shop|store|business|staff|production|orders|office|everyone|all of us|none of us)\b/i;
/** A span asked about, planned or offered: "for two weeks while I'm away", "pause it for a month", "will be down". */
const SPAN_PLANNED = /\b(?:will|won't|going to|gonna|planning|plan to|pause|freeze|suspend|while (?:i|we)(?:'m|'re| am| are)? (?:away|abroad|travelling|traveling)|holiday|vacation|maintenance|scheduled|expected|if|when can|how long)\b/i;
/** Gone or down: "without internet", "no power", "has been down", "hasn't worked", "returned 500 errors", "dry". */
const GONE = [
  '(without|no) #Adjective? (internet|broadband|wifi|wi-fi|power|electricity|heating|heat|water|hot water|gas|phone|phones|signal|service|access|car|van|fridge|cooker|oven|boiler|lift|email|emails|payroll|tv|landline|connection|toilet|shower)',
  '(has|have|had|is|are|was|were|been) #Adverb? (down|offline|dead|dry|out|broken|unusable|unreachable)',
  '(hasn\'t|haven\'t|has not|have not|didn\'t|did not|isn\'t|aren\'t|won\'t|wasn\'t|weren\'t|not) #Adverb? (been)? (worked|working|work|loaded|loading|load|connected|connecting|connect|arrived|arriving|printing|printed|syncing|synced|sending|sent|running|ran|responding|come|coming|available)',
  '(errors|error|fails|failed|failing|crashes|crashed|crashing|drops|dropped|dropping|cuts|cutting|freezes|freezing|timing out|timed out|time out)',
  '(locked|shut|kept) out',
  "(has|have|had|is|are|was|were|been|got|gets|'s) #Adverb? (stuck|blank|held|frozen|missing)",
  '(get|getting|got) #Value (on|with|for|from)',
  '(claim|application|case|complaint|ticket|refund|appeal|dispute|transfer|repair|return|request) (has|have|had)? been #Adverb? (open|pending|processing|under|waiting|sat|sitting|ongoing)',
];
/** The customer's own choice to be without: "I went without sugar", "no phone on holiday is bliss". */
const OWN_CHOICE = /\b(?:by choice|on purpose|bliss|happy to|don't mind|no problem|no worries|not a problem|fine with)\b/i;

/** People of theirs, counted or all: "40 staff", "all our drivers", "none of our carers", "half the team", "every till". */
const MANY = /\b(?:\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundreds of|dozens of|all(?: of)?(?: (?:our|my|the))?|none of (?:our|my|the)|half(?: of)?(?: (?:our|my|the))?|every(?: one of (?:our|my|the))?|most of (?:our|my|the)|our (?:whole|entire))\s(?:\w+\s)?(?:staff|employees|workers|colleagues|drivers|carers|nurses|teachers|students|pupils|agents|users|members|customers|clients|guests|patients|tenants|residents|engineers|team|office|floor|school|class|tills|stores|shops|branches|sites|terminals|devices|laptops|machines|vans|people|kids|children|players)\b/i;
/** Kept from doing it: "unable to clock in", "can't log in", "locked out", "not able to", "nobody can" (not "can't wait"). */
const KEPT = /\b(?:unable to|can't|cannot|can not|couldn't|could not|not able to|aren't able to|are not able to|isn't able to|locked out|are down|is down|went down|are offline|is offline|have no access|has no access|lost access|stuck)\b(?! wait\b)/i;
/** The many, then what keeps them, in one clause: "40 staff unable to clock in", "half the team can't get in". */
const MANY_KEPT = new RegExp(`${MANY.source}[^.!?\\n,;]{0,30}?${KEPT.source}`, 'i');
/** A business or its tills down: "our site is down", "the checkout has been broken since…", "can't take payments". */
const BUSINESS_DOWN = /\b(?:(?:our|my) (?:\w+ )?(?:shop|store|site|website|webshop|checkout|tills?|pos|card machines?|card readers?|booking system|ordering system|restaurant|salon|clinic|practice|business|warehouse|production line|payroll)\b[^.!?\n]{0,30}\b(?:is|are|has been|have been|went|was|were|keeps? going) (?:completely |totally |still )?(?:down|offline|broken|not working|frozen|stuck)|(?:can't|cannot|can not|unable to|couldn't) (?:take|accept|process|run|ship|open|trade|sell|serve|pay (?:our )?staff|invoice)\b[^.!?\n]{0,20}\b(?:payments?|cards?|orders?|payroll|customers|anything|the shop|the store|today|at all))/i;

/** Reported before: "I reported it in January", "I've already raised this", "I told your engineer last week". */
const REPORTED = /\b(?:i|we|i've|we've|i have|we have|i had|we had)\s(?:already\s|first\s|originally\s|also\s)?(?:reported|raised|logged(?! (?:back |straight )?(?:in|on|out|into)\b)|flagged|mentioned|told (?:you|your \w+|them|the \w+)|emailed|called|rang|phoned|complained|wrote|written|contacted you)\b/i;
/** …before, and when: "before", "already", "in January", "last week", "three weeks ago", "twice", "on the 3rd". */
const BEFORE = /\b(?:before|already|previously|twice|(?:three|four|five|several|many|multiple|\d) times|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:week|month|year|time|\w+day)|(?:\w+ )?(?:days?|weeks?|months?) ago|on the \d{1,2}(?:st|nd|rd|th)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|back in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|autumn|winter)|\d{4}))\b/i;
/**
 * …and it is still there, by meaning: "still", "again", "worse", "keeps", "the damp is back", a fault left standing (damp,
 * mould, a leak, broken), or a negation of the fix, the visit or the answer ("nobody has come", "it hasn't been fixed",
 * "isn't working", "no reply", "nothing yet"). A negation of anything else ("it didn't say", "I'm not sure which day",
 * "no problem") is no problem still there.
 */
const STILL_THERE = /\b(?:still|again|worse|keeps?|every (?:day|night|time|morning|evening|week)|all (?:night|day)|(?:is|are|'s|’s|has come|have come|came|comes) back|mould|mold|damp|leak(?:s|ing)?|broken|blocks?|blocked|asthma)\b|(?:\b(?:not|never|nothing|nobody|no one|no-one)|n['’]t)\s(?:(?:has|have|had|was|were|is|are|been|being|even|ever|yet|properly|actually|really|got|gotten|once|anyone|anybody|anything|single)\s)*(?:fixed|fix|sorted|sort|resolved|repaired|done|changed|happened|improved|stopped|working|worked|works?|come|came|arrived?|turned up|showed up|shown up|heard|hear|replied|reply|responded|respond|called|call|rang|answered|got back|get back|contacted|updated|sent|received|moved|gone|went away|disappeared|cleared|credited|refunded|back)\b|\bno (?:\w+ )?(?:reply|replies|response|answer|updates?|news|word|engineer|one came|progress|change|fix|improvement|heating|heat|hot water|water|power|electricity|internet|broadband|wifi|signal|service|access)\b|(?:\b(?:not|nothing)|n['’]t)(?:\s\w+)?\syet\b/i;
/** A report that ended well, or a question about reporting: "it was fixed", "sorted", "how do I report". */
const REPORT_SETTLED = /\b(?:fixed|sorted|resolved|solved|working (?:again|now|fine)|all good|thanks to you)\b/i;

/** A near time: "tomorrow", "this weekend", "on Friday", "on the 2nd", "next week", "in 20 minutes", "in nine days". */
const NEAR = /\b(?:tomorrow|tonight|today|this (?:weekend|week|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|next week|(?:on |by |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:on|by) the \d{1,2}(?:st|nd|rd|th)|in (?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of) (?:mins?|minutes|hours?|days)(?! ago))\b/i;
/**
 * A plan or need of theirs at that time: "I'm due to sail", "We're on the road", "I need them for a market stall",
 * "my exam is", "The service is", "Party's", "I have a client call", "we've got guests", "It's his 40th". Having is a
 * need only when what they have is an occasion or a date ("I have a client call", not "I have a question about today's
 * delivery" nor "we have two accounts"), nor is "deliver on Friday?".
 */
const THEIR_NEED = /\b(?:(?:i|we)(?:'m|'re| am| are)? (?:due to|going to|supposed to|meant to|on the road|travelling|traveling|flying|leaving|sailing|selling|moving|starting|opening|hosting|presenting|performing|getting married)|(?:i|we) (?:need|leave|fly|sail|travel|start|open|host|present|perform)\b|(?:i|we)(?: have|'ve)(?: got)? (?:(?:a|an|my|our|the|some|\d{1,3}|two|three|four|five|six|ten|twenty) )?(?:\w+ )?(?:exam|wedding|party|service|funeral|memorial|hen|stag|gig|show|event|market|stall|flight|trip|interview|meeting|call|surgery|operation|appointment|opening|launch|birthday|anniversary|christening|ceremony|tour|match|race|deadline|guests|visitors)s?\b|(?:my|our|the|his|her|their|\w+'s) (?:\w+ )?(?:exam|wedding|party|service|funeral|memorial|hen|stag|gig|show|event|market|stall|flight|trip|interview|meeting|call|surgery|operation|appointment|opening|launch|birthday|anniversary|christening|ceremony|tour|match|race)(?:'s| is| are| starts| opens|s are)|it's (?:his|her|their|my|our) \d{1,2}(?:st|nd|rd|th)|(?:baby|babies|twins|rent|assignment|essay|coursework|thesis|dissertation|payroll|tax return)(?:'s| is| are)? due|(?:registration|enrol?ment|applications?|the deadline|the offer|the window|submissions?) (?:closes|ends|expires|is due)|(?:i|we) (?:have|'ve got|have got) (?:a|my|our) (?:job |new job |work )?(?:start date|first day))\b/i;
/** A problem told: something not done or not there, a fault's state, a thing gone wrong or running out. */
const PROBLEM = /\b(?:not|no|never|nothing|wrong|broken|late|missing|failed|lost|dead|damaged|cancell?ed|delayed|stuck|blurry|wilted|fraying|frayed|cropped|faded|torn|cracked|stained|off[- ]centre|off[- ]center|hiss|running out|run out|expired|held|no record|too (?:short|long|small|big|tight|loose))\b|n't\b/i;

/**
 * Money taken against them: charged, billed or debited (or a payment taken, a bill gone up) beside what makes it wrong —
 * twice, after they cancelled or paused, for what they never ordered or what was already there, above the quote.
 */
const CHARGED = /\b(?:charg(?:ed|ing)|billed|debit(?:ed|ing)|deduct(?:ed|ing)|invoiced|(?<!\b(?:the|our|my|your|their|its) )(?:billing|invoicing)|(?:took|taken|taking|collected|renewed)(?: (?:my|our|a|the|another|two|\w+) (?:\w+ )?(?:payments?|fees?|money|premium|subscription|membership))?|(?:payments?|fees?|premium|direct debit|subscription|membership) (?:was|were|has been|have been|got) (?:taken|collected|renewed|debited))\b/i;
const AGAINST = /\b(?:twice|two payments|double(?:d)?|tripled|after (?:i |we )?(?:had |'d )?(?:already )?(?:cancel|paus|froz|freez|return|clos|left|moved|paid|called|rang|switched)\w*|even though|although|despite|already (?:paid|there|on|had|cancelled)|was already|never (?:subscribed|ordered|signed|agreed|used|asked|booked|had)|(?:i|we) (?:didn't|did not|never|haven't|have not) (?:order|use|sign|agree|ask|book|make|subscribe)\w*|more than (?:the )?(?:quote|quoted|agreed|last|advertised|booking)|higher than|instead of|when (?:i|we) (?:picked|chose|booked|paid|asked)|included in)\b/i;
/** A battery charged, not money: "even though it's charged", "fully charged". */
const CHARGED_UP = /\b(?:it(?:'s|’s| is| was)|they(?:'re|’re| are| were)|fully|battery (?:is|was)|(?:is|are) (?:fully |completely )?) ?charged\b(?! (?:me|us|for|a|an|the|twice|my|our))/i;
/** A bill or payment gone up or doubled, told as the fact: "My bill doubled this month", "my direct debit went up by £40". */
const BILL_UP = /\b(?:my|our|the) (?:\w+ )?(?:bill|invoice|premium|direct debit|payment|rent|fee|subscription)s?(?: has| have|'s|’s)? ?(?:doubled|tripled|gone up|went up|(?:is|are|was) (?:double|triple|far too high|way too high))\b/i;

/**
 * The families of stakes one statement tells (at most one hit per family, in order of the sentences), given the
 * message's sentences with their compromise tags, and whether the message thanks for something.
 */
export function stakesIn(sentences: readonly { s: StakesSentence; doc: NlpDoc }[], whole: string, thanked: boolean): { family: StakesFamily; index: number; span?: [number, number] }[] {
  if (thanked) return [];
  const found: { family: StakesFamily; index: number; span?: [number, number] }[] = [];
  /** One hit per family; `carrier` finds the words of the sentence that carry it (the cue the card quotes), else the sentence. */
  const add = (family: StakesFamily, index: number, ...carriers: RegExp[]) => {
    if (found.some((f) => f.family === family)) return;
    const text = sentences[index]!.s.text;
    const span = carriers.reduce<[number, number] | null>((got, re) => got ?? hitOf(re, text, true), null);
    found.push(span ? { family, index, span } : { family, index });
  };
  const settled = SETTLED.test(whole);
  for (const [index, { s, doc }] of sentences.entries()) {
    // Money taken against them, told or asked in complaint ("Why was I charged after cancelling?") — not a question
    // ahead of the case ("Will I be charged if I cancel?", "Is there a fee?").
    const whyAsked = /^\W*why\b/i.test(s.text);
    if ((!s.question || whyAsked) && !/\b(?:if|will|would)\b/i.test(s.text) && !CHARGED_UP.test(s.text) && ((CHARGED.test(s.text) && AGAINST.test(s.text)) || BILL_UP.test(s.text))) add('charged-against-them', index, CHARGED, BILL_UP);
    if (s.question || /^\W*(?:if|when|once|will|would|can|could|how|what|do|does|is|are)\b/i.test(s.text)) continue;
    // A service gone for a span of time: "I've been without internet for five days", "The API has returned 500 errors all morning".
    const span = SPAN.exec(s.text);
    if (span && (!SHORT_SPAN.test(span[0]) || AT_WORK.test(s.text)) && !SPAN_PLANNED.test(s.text) && !OWN_CHOICE.test(s.text) && GONE.some((p) => has(doc, p))) add('gone-for-a-span', index);
    // Many kept from their work, or the business itself down: "We have 40 staff unable to clock in", "our tills are down".
    if (MANY_KEPT.test(s.text) || BUSINESS_DOWN.test(s.text)) add('many-kept', index, MANY_KEPT, BUSINESS_DOWN);
    // Told before and still there: "I reported it in January" beside a problem now.
    if (REPORTED.test(s.text) && BEFORE.test(s.text) && !REPORT_SETTLED.test(whole) && sentences.some((o) => !o.s.question && STILL_THERE.test(o.s.text))) add('reported-before', index, REPORTED);
    // A near need or plan of theirs beside a problem told (a statement, this one or another): "The stickers came out
    // blurry, i need them for a market stall this weekend", "Party's Saturday.", "I'm due to sail to France on the 2nd."
    if (NEAR.test(s.text) && THEIR_NEED.test(s.text) && !SPAN_PLANNED_NEAR.test(s.text) && sentences.some((o) => (!o.s.question || !ASKED_PLAINLY.test(o.s.text)) && PROBLEM.test(o.s.text.replace(NEAR_CALM, '')))) add('need-by-a-near-date', index, THEIR_NEED);
    // What rides on it, said beside a problem told in another statement (session 38): "I need my car for work.", "The
    // buyer is waiting.", "I have suppliers to pay.", "This is my income." — not a plan, a supposition or a settled case.
    const problemElsewhere = () => sentences.some((o, j) => j !== index && !o.s.question && (PROBLEM.test(o.s.text.replace(NEAR_CALM, '')) || STILL_GOING.test(o.s.text) || OURS_ACTED.some((pattern) => has(o.doc, pattern))));
    if (!SUPPOSED.test(s.text) && !settled && RIDES_ON_IT.some((r) => r.test(s.text)) && problemElsewhere()) add('rides-on-it', index, ...RIDES_ON_IT);
    // What they gave up for it, beside a problem told: "I already took time off work", "Drove 40 mins", "Wasted trip."
    if (!SUPPOSED.test(s.text) && !settled && TIME_GIVEN_UP.test(s.text) && (/\bwasted\b/i.test(s.text) || sentences.some((o) => !o.s.question && PROBLEM.test(o.s.text.replace(TIME_GIVEN_UP_WORDS, '').replace(NEAR_CALM, ''))))) add('time-given-up', index, TIME_GIVEN_UP);
    // Our work, and the fault back or still there after it: "You sprayed for termites 2 months ago and they're back",
    // "The damp has come back through the wall you injected last year", "you came twice and the moles are still there".
    if (!settled && CAME_BACK.test(s.text) && sentences.some((o) => !o.s.question && OURS_ACTED.some((pattern) => has(o.doc, pattern)))) add('came-back-after-our-work', index, CAME_BACK);
    // The same let-down counted in a row: "third cold order this month", "three boxes in a row with missing ingredients".
    if (!settled && AGAIN_COUNTED.test(s.text) && LET_DOWN.test(whole)) add('again-counted', index, AGAIN_COUNTED);
  }
  return found;
}

/** Still going on, or tried for long: "still no decision", "I've been trying to get the payoff amount for 2 weeks". */
const STILL_GOING = /\b(?:still|been (?:trying|waiting|chasing|asking)|for (?:\d{1,3}|two|three|four|five|six|several) (?:days|weeks|months))\b/i;
/** A question asked plainly, not a complaint asked ("got a text saying it's cancelled??"): "can I…", "how do I…". */
/**
 * …or ends on one after a comma, a tag question that asks about the thing ("The website doesn't say, does it have
 * one?", "The page shows no ramp, is there another entrance?"): the statement before it tells what they read, not a fault.
 */
const ASKED_PLAINLY = /^\W*(?:how|what|when|where|which|who|can|could|will|would|is|are|do|does|should|may)\b|[,;:]\s*(?:(?:so|and|but)\s)?(?:does|do|is|are|can|could|will|would|has|have)\s(?:it|they|he|she|this|that|there|you|the\s[\w'’-]+)\b[^,;.!?]{0,60}\?+\s*$/i;
/** A case supposed or asked ahead: "if it breaks I need it back", "when I move, I'll need…". */
const SUPPOSED = /\b(?:if|unless|when(?:ever)?|in case|would|will|'ll)\b/i;
/** A report that ended well: "it's fixed now", "all sorted, thanks". */
const SETTLED = /\b(?:fixed|sorted|resolved|solved|working (?:again|now|fine)|all good|back to normal|no harm done)\b/i;
/**
 * What rides on it, by the shape of one statement: the thing needed, ending the statement ("I need this book.", "I need
 * my car for work", "not lol actually, I need them", "I rely on it to get to dialysis"); people of theirs waiting on it or
 * walking away ("The buyer is waiting", "customers are leaving", "the builders can't be paid"); money they must pay out
 * ("I have suppliers to pay"); their living or money that matters, said of the thing itself ("This is my income", "This money matters to me";
 * not "This is my business account", which names an account).
 */
const RIDES_ON_IT: readonly RegExp[] = [
  /(?:^\s?|[,;:]\s?)(?:(?:but|and|so|honestly|actually|really|look)\s)?(?:i|we)\s(?:really\s|urgently\s|badly\s|actually\s|do\s|still\s)?(?:need|rely on|depend on|count on)\s(?:it|them|this|that|these|those|(?:my|our|the|this|that|these|those)\s[\w'’-]+(?:\s[\w'’-]+)?)(?:\s(?:for|to get to|to get|to do|to run|to)\s(?:work|school|college|uni|(?:my|our|the)\s[\w'’-]+(?:\s[\w'’-]+)?))?(?:\s(?:every day|daily|tonight|today|tomorrow|this week|back))?[.!]{0,3}$/i,
  /\b(?:the|my|our)\s(?:\w+\s)?(?:buyers?|customers|clients|guests|patients|tenants|builders|contractors|suppliers|staff|students|kids|children)\s(?:is|are|'s|'re|’s|’re)\s(?:still\s|now\s|already\s|all\s)?(?:waiting|leaving(?! (?:on|at|in|for|tomorrow|today|tonight|this|next|after|before)\b)|walking out|going elsewhere|complaining|chasing (?:me|us))\b|^\W*(?:customers|clients|guests|patients)\s(?:are|keep)\s(?:leaving|walking out|going elsewhere)\b|\b(?:can't|cannot|can not|won't) be paid\b/i,
  /\b(?:i|we)(?:\sstill)?\s(?:have|'ve got|’ve got|have got)\s(?:(?:my|our|the)\s)?(?:suppliers|staff|wages|bills|rent|a mortgage|invoices|contractors|builders|workers|debts?|loans?|creditors)\sto pay\b/i,
  /\b(?:this|that|it)(?:'s|’s| is| was)\s(?:my|our)\s(?:only\s|whole\s|main\s)?(?:income|livelihood|living|wages|salary|pension|rent money|savings|business)(?=\s?[.!,;]|\s?$|\s(?:and|so|but|you|we|here|on the line)\b)|\b(?:this|that|the) money (?:matters|is important|means a lot)\b/i,
];
/**
 * What they gave up for it: time off taken ("I already took time off work", "we'd booked a day off"), a trip for
 * nothing ("Wasted trip", "wasted journey") or a drive counted ("Drove 40 mins", "travelled two hours").
 */
const TIME_GIVEN_UP = /\b(?:(?:i|we)(?:'d|’d| had| have|'ve|’ve)?\s(?:already\s|even\s)?(?:took|taken|booked|had to take|used)\s(?:(?:a|the|half a|an|two|a whole)\s)?(?:(?:day|days|morning|afternoon|half[- ]day|time|holiday|annual leave)\s)?off(?:\s(?:work|school))?|(?:took|taken|booked|used)\s(?:a|the|half a|two)?\s?(?:day|days|morning|afternoon)\s(?:of\s)?(?:annual leave|holiday)|wasted\s(?:a\s|the\s|my\s|our\s|an\s)?(?:\w+\s)?(?:trip|journey|drive|visit|morning|afternoon|day|evening)|(?<=^\s?|[,;]\s?)(?:i\s|we\s)?(?:drove|travelled|traveled|cycled|walked|came)\s(?:all the way\s)?(?:over\s|nearly\s|almost\s)?(?:\d{1,3}|an?|two|three|four|five|twenty|thirty|forty|fifty)\s(?:mins?|minutes|hours?|miles|km))\b/i;
const TIME_GIVEN_UP_WORDS = new RegExp(TIME_GIVEN_UP.source, 'gi');
/** Their fault back, or still there: "they're back", "has come back through the wall", "the moles are still there", "now we've found termites". */
const CAME_BACK = /\b(?:(?:they|it|damp|mould|mold|pests?|mice|rats|termites|moles|ants|wasps|fleas|bugs|weeds|leak|stains?|crack|noise|rattle|problem|fault|issue|smell)(?:'re|'s|’re|’s| are| is| has| have)?(?: all| now| already| just)? (?:come |came |coming )?back\b(?! (?:to normal|on\b|up\b|online|in stock|together|working|to (?:me|us|you)|from|home))|(?:has|have|is|are) (?:all )?(?:come|coming) back (?:through|in|into|up|out|again)|(?:is|are|'s|'re|’s|’re) still (?:there|here|inside|alive|active|everywhere|in the \w+|coming (?:in|through))|(?:now|since then|and now) (?:we|i)(?:'ve|’ve| have)? (?:found|got|discovered|noticed|spotted)\b)/i;
/** Work of ours told: "you sprayed", "the wall you injected", "your inspector passed the house", "the fitter came". */
const OURS_ACTED = ['(you|your #Noun+) (have|has|had)? #Adverb? (#PastTense|#Participle)', '#Noun you #Adverb? #PastTense', '(the|your) #Actor #Adverb? #PastTense'];
/** The same let-down counted in a row: "third cold order this month", "two months in a row", "three boxes in a row". */
const AGAIN_COUNTED = /\b(?:(?:second|third|fourth|fifth|sixth|\d{1,2}(?:nd|rd|th))(?: [\w'’-]+){0,2} (?:in a row|running|this (?:week|month|year)|in (?:a|\d{1,2}|two|three|four|five|six) (?:days?|weeks?|months?))|(?:two|three|four|five|six|\d{1,2}) (?:[\w'’-]+ ){0,2}in a row)\b/i;
/** …of a let-down: something wrong, missing, cold, the same again, or a part replaced. */
const LET_DOWN = /\b(?:same|cold|missing|wrong|late|cancell?ed|broken|faulty|damaged|stained|replacement|repair|refund|short|no-show|didn't|never|again)\b|n't\b/i;

/** A plan told with nothing at stake in it: "no rush", "any time before", "whenever suits". */
const SPAN_PLANNED_NEAR = /\b(?:no rush|no hurry|any ?time|whenever|if possible|if at all possible|would like|we'd like|i'd like|happy to wait)\b/i;
/** Words of no problem that hold a negation: "no rush", "not a problem", "no worries", "can't wait". */
const NEAR_CALM = /\b(?:no (?:rush|hurry|worries|problem)|not a problem|can't wait|cannot wait|not long)\b/gi;
