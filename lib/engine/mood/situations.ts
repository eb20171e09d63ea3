/**
 * Situations a customer tells as plain facts, which a person reads as upset though no feeling is named: harm to
 * someone they care for, money taken or lost, a promise broken, being treated badly, an event missed through us,
 * a hazard at home, contacts counted. Each family is read by the shape of the sentence, not by a list of phrases:
 * who (a person of theirs, as compromise tags a noun after "my"/"our"), what happened (a verb named by its lemma
 * and matched in all its forms) and what it touched (a sum of money, an event, the customer).
 *
 * Read only where the cue list found no upset (read.ts), so it adds readings and never changes one the cues made.
 * Bounded: at most MAX_SENTENCES sentences of at most MAX_SENTENCE_CHARS characters are tagged, and every
 * regex is linear.
 */
import { nlp, parsedPattern, tagSentence, type Conjugations, type NlpDoc } from '../../nlp/nlp';
import type { Mood } from '../types';
import type { CueKind } from './cues';
import { stakesIn, type StakesFamily } from './stakes';
import { calmToldIn, type CalmToldFamily } from './told-calmly';

/** How much of a message is tagged: its first sentences, each clipped. */
const MAX_SENTENCES = 12;
const MAX_SENTENCE_CHARS = 320;

export interface SituationHit {
  mood: Mood;
  kind: CueKind;
  weight: number;
  /** Offsets in the prepared text the reader runs on. */
  start: number;
  end: number;
}

/**
 * A lemma's forms from compromise's own conjugator (the same forms as conjugationsOf, without a parse per lemma:
 * parsing each of ~80 lemmas cost over a second on the first message read).
 */
function conjugate(lemma: string): Conjugations | undefined {
  const methods = (nlp as unknown as { methods(): { two: { transform: { verb: { conjugate(verb: string, model: unknown): Conjugations } } } } }).methods();
  return methods.two.transform.verb.conjugate(lemma, (nlp as unknown as { model(): unknown }).model());
}

/**
 * The forms of each verb as one alternation for a compromise match: every form, its lemma first, or with `pastOnly`
 * the past forms only ("paid", "spent": "I have been paying ten dollars a month" tells a subscription, not a loss).
 */
function formsOf(lemmas: readonly string[], pastOnly = false, regular = false): string {
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    if (!pastOnly) forms.add(lemma);
    // The conjugator slips on some short verbs ("jam" → gerund "jam", "beep" → past "bept"): add the regular forms too.
    if (regular) for (const f of regularForms(lemma)) forms.add(f);
    const c = conjugate(lemma);
    const wanted = pastOnly ? [c?.PastTense, c?.Participle] : [c?.PastTense, c?.PresentTense, c?.Gerund, c?.Participle];
    for (const f of wanted) if (f && !f.includes(' ')) forms.add(f);
  }
  return `(${[...forms].join('|')})`;
}

/** A verb's regular forms: "jam" → jams, jammed, jamming; "beep" → beeps, beeped, beeping; "fade" → fades, faded, fading. */
function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  return [`${lemma}s`, `${stem}ed`, `${stem}ing`];
}

type VerbFamily = 'bodyHarm' | 'hurtFeelings' | 'takeMoney' | 'pay' | 'promise' | 'mistreat' | 'speak' | 'miss' | 'chase' | 'repeat' | 'everyday' | 'bodily' | 'obtain' | 'arrive' | 'choose' | 'cancel' | 'stop' | 'fail' | 'doneAgainst' | 'didPart' | 'damage';
let verbForms: Record<VerbFamily, string> | null = null;
/** Built on first use: conjugating costs a compromise parse per lemma. */
function verbs(): Record<VerbFamily, string> {
  verbForms ??= {
    // Harm to a body: what a person of theirs (or they) suffered.
    bodyHarm: formsOf(['hurt', 'injure', 'cut', 'bite', 'burn', 'bleed', 'fall', 'slip', 'choke', 'wheeze', 'vomit', 'faint', 'collapse', 'die', 'fracture', 'sprain', 'bruise', 'scald', 'poison']),
    // Harm to how they feel, said of someone else: "he cried all the way home", "she's being teased".
    hurtFeelings: formsOf(['cry', 'sob', 'tease', 'bully', 'humiliate', 'frighten', 'scare', 'terrify', 'distress', 'strand', 'shake']),
    // Money moved against them: "you've billed me £212", "£75 overdrawn", "took £40".
    takeMoney: formsOf(['take', 'charge', 'bill', 'debit', 'deduct', 'withdraw', 'overdraw', 'steal', 'lose', 'cost', 'fine', 'overcharge', 'raise', 'increase']),
    // Paid, not paying: "I have been paying ten dollars a month" tells a subscription, not a loss.
    pay: formsOf(['pay', 'spend'], true),
    promise: formsOf(['promise', 'assure', 'guarantee', 'tell', 'say', 'confirm', 'swear']),
    // Treated badly by someone: a verb of contempt aimed at the customer or theirs.
    mistreat: formsOf(['swear', 'shout', 'yell', 'scream', 'laugh', 'sneer', 'mock', 'insult', 'ignore', 'humiliate', 'patronise', 'patronize', 'belittle', 'accuse', 'snap', 'roll', 'hang']),
    speak: formsOf(['speak', 'talk', 'treat']),
    miss: formsOf(['miss']),
    chase: formsOf(['chase', 'call', 'phone', 'ring', 'email', 'write', 'contact', 'message']),
    repeat: formsOf(['give', 'tell', 'explain', 'repeat', 'speak', 'talk']),
    // Everyday things a person is kept from doing: "I cannot pay my rent", "carers can't reach clients", "he can't wear it".
    everyday: formsOf(['pay', 'reach', 'call', 'contact', 'receive', 'use', 'wear', 'bath', 'bathe', 'wash', 'shower', 'cook', 'drive', 'open', 'lock', 'heat', 'charge', 'study', 'trade', 'sell', 'travel', 'leave', 'afford', 'drink', 'sit', 'stand']),
    // Kept from it in the body: "I can't chew on that side", "she can't hear without it".
    bodily: formsOf(['eat', 'chew', 'sleep', 'hear', 'breathe', 'walk', 'swallow']),
    // Getting things: "we ordered 40 chairs", "we hired 24 lights", "booked for 12".
    obtain: formsOf(['order', 'hire', 'book', 'buy', 'rent', 'request', 'reserve', 'purchase']),
    // What came of it: "4 came", "only 12 arrived", "16 were in the cases", "only 8 were ready".
    arrive: formsOf(['arrive', 'come', 'turn', 'show', 'work', 'deliver', 'fit', 'load', 'launch']),
    // What the customer chose: "not the peonies we chose", "a different shade from the sample I picked".
    choose: formsOf(['choose', 'order', 'pick', 'select', 'book', 'ask', 'pay', 'want', 'request', 'specify', 'agree']),
    // Called off at short notice: "cancelled an hour before doors", "moved the morning of".
    cancel: formsOf(['cancel', 'close', 'move', 'postpone', 'reschedule', 'call']),
    // A thing that quit: "stopped working", "is stop working" (non-native), "stops charging after a week".
    stop: formsOf(['stop', 'quit']),
    // What a thing does when it is faulty: "the mattress sags", "the film is peeling", "it shrank", "the server lags".
    fail: formsOf(['sag', 'leak', 'peel', 'shrink', 'fail', 'crack', 'fade', 'rust', 'wobble', 'squeak', 'fray', 'split', 'warp', 'drip', 'flicker', 'jam', 'blister', 'buzz', 'rattle', 'whistle', 'beep', 'crash', 'freeze', 'lag', 'restart', 'reboot', 'disconnect', 'trip', 'overheat', 'wilt', 'melt', 'stop', 'die', 'burst', 'bend', 'tear', 'rip', 'drop'], false, true),
    // Done against the customer, past: "fined", "ticketed", "charged", "renewed", "declined", "refused".
    doneAgainst: formsOf(['charge', 'bill', 'fine', 'ticket', 'penalise', 'penalize', 'reject', 'refuse', 'decline', 'renew', 'debit', 'block', 'suspend', 'cancel', 'deduct', 'invoice', 'clamp', 'tow', 'chase', 'offload', 'bump', 'deny'], true, true),
    // Their part done, every form: "paid", "despite paying", "cancelled", "rang", "uploaded", "displayed", "switched off".
    didPart: formsOf(['pay', 'ring', 'call', 'phone', 'cancel', 'upload', 'send', 'submit', 'email', 'return', 'book', 'display', 'renew', 'register', 'confirm', 'attach', 'provide', 'post', 'switch', 'turn', 'downgrade', 'freeze', 'settle', 'top', 'notify', 'tell'], false, true),
    // Harm done to their things by whoever handled them, past: "the movers chipped the leg of my piano", "installer drilled
    // through a water pipe", "You shredded a letter", "The driver tipped the bag on the pavement" (session 38).
    damage: formsOf(['chip', 'scratch', 'dent', 'break', 'smash', 'crack', 'drill', 'tip', 'spill', 'stain', 'scuff', 'shred', 'dump', 'ruin', 'flood', 'snap', 'crush', 'squash', 'lose', 'bend', 'tear', 'rip', 'burn', 'damage', 'puncture', 'throw', 'shrink', 'bleach', 'wreck', 'misplace'], true, true),
  };
  return verbForms;
}

/** Harm said with an adjective: "swollen eye", "he feels dizzy", "my wrist is fractured". Mild ones count half. */
const STRONG_HARM_WORDS = '(swollen|dizzy|bleeding|injured|unconscious|fractured|sprained|bruised|stitches|concussion|hospital|a&e|allergic reaction|breathless|terrified|distraught|hysterical)';
const MILD_HARM_WORDS = '(sick|ill|unwell|poorly|weak|scared|frightened|freezing|hungry|soaked|shaking|allergy|allergic|in tears)';
/** A person of theirs: "my son", "our little girl", "my 7yr old", "Dad", "my dog". */
const PERSON_OF_THEIRS = '(my|our) #Adjective? (#Actor|baby|babies|toddler|toddlers|kid|kids|child|children|twins|boy|girl|dog|cat|puppy|kitten|pet|pets)';
const KIN_NAME = /\b(?:Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandma|Grandad|Grandpa)\b/;
const AGED_CHILD = /\b(?:my|our) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]?(?:yr|year|yo|month|week)s?[ -]?old\b/i;
/** Roles that are not people a customer cares for in this sense ("my manager", "my accountant"). */
const ROLE = /^(?:my|our) (?:\w+ )?(?:manager|boss|accountant|solicitor|lawyer|landlord|agent|tenant|client|customer|employer|colleague|driver|engineer|contractor|builder|supplier|broker|adviser|advisor)s?$/i;
/** "cried with joy", "happy tears": crying that is no harm. */
const GLAD_TEARS = /\b(?:with|of) (?:joy|happiness|laughter)\b|\bhappy tears\b/i;
/**
 * The cue each family of stakes told plainly is read as (stakes.ts): a report made before is a repeat contact, a service
 * gone for a span a wait. Written as a record so a new family without its cue fails the type check.
 */
const CUE_OF_STAKES: ReadonlyMap<string, CueKind> = new Map(
  Object.entries({
    'reported-before': 'repeat-contact',
    'gone-for-a-span': 'waiting',
    'charged-against-them': 'money',
    'many-kept': 'failure',
    'need-by-a-near-date': 'failure',
    'rides-on-it': 'failure',
    'time-given-up': 'loss',
    'came-back-after-our-work': 'broken',
    'again-counted': 'broken',
  } satisfies Record<StakesFamily, CueKind>),
);
const CUE_OF_CALM_TOLD: Readonly<Record<CalmToldFamily, CueKind>> = {
  'waited-since-asking': 'waiting',
  'promise-come-due': 'failure',
  'paid-not-there': 'money',
  'reproach-asked': 'failure',
};
/**
 * A harm supposed ("if the movers scratch it, who pays?") or a phrasal use that is no harm ("broke down the costs", "dropped off",
 * "spilled the beans"), or work done as it was meant ("drilled the holes as agreed").
 */
const SUPPOSED_HARM = /\b(?:if|unless|in case|would|will|could|might|what happens|who pays|someone|somebody|people|price)\b/i;
const HARM_PHRASAL = /\b(?:broke|broken|tipped|threw|thrown|marked|cracked|snapped|lost)\s(?:it\s|them\s|me\s|us\s)?(?:down|up|off|even|in|out|as|the news|the ice|a record|a smile|back)\b|\blost (?:weight|track|interest|my (?:way|temper|patience))\b|\bmarked (?:as|it as)\b|\bspill(?:ed|t) the beans\b|\bas (?:agreed|planned|asked|requested|arranged|quoted|discussed)\b/i;
/** A question the customer asks ("is that the monthly fee?", "can we move it?") tells no grievance by itself. */
const ENDS_IN_QUESTION = /\?\s*$/;
const NEGATION = /\b(?:not|no|never|nothing|nobody|no-one|no one|still|n't)\b|n't\b/i;
const CAUSE = /\b(?:because|as|since|when|after|due to|thanks to|so)\b/i;
const CONTACT_TARGET = /^(?:(?:your|the|a|an|my|our) )?(?:call|calls|email|emails|message|messages|text|texts|post|reply|point)\b/i;
/** "Sorry I missed the tasting, my train was cancelled": the customer apologising for their own absence. */
const OWN_APOLOGY = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
const MISSED_OBJECT = /\bmiss(?:ed|es|ing)? (\S+(?: \S+)?)/i;
const HAZARD = /\b(?:smell(?:s|ed|ing)? (?:of )?(?:gas|smoke|burning|fumes)|(?:gas|water|carbon monoxide|oil) leak(?:s|ing)?|leak(?:s|ing)? (?:gas|water|oil)|sparks? (?:coming|from|flying)|(?:live|exposed|bare) wires?|electric(?:al)? shock|someone else's (?:tablets|medication|medicine|prescription|pills))\b/i;

interface Sentence {
  start: number;
  end: number;
  text: string;
  question: boolean;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A point between digits ("£4.99") ends no sentence.
  for (const m of text.matchAll(/(?:[^.!?\n]|\.(?=\d))+[.!?]*/g)) {
    if (out.length >= MAX_SENTENCES) break;
    const raw = m[0];
    if (raw.trim().length < 3) continue;
    const body = raw.slice(0, MAX_SENTENCE_CHARS);
    out.push({ start: m.index, end: m.index + body.length, text: body, question: ENDS_IN_QUESTION.test(raw) });
  }
  return out;
}

function has(doc: NlpDoc, pattern: string): boolean {
  return doc.match(parsedPattern(pattern)).found;
}

/**
 * A verb of `forms` with someone doing it before it ("you've billed me", "the hotel charged my card"), not a price
 * told as a noun ("a £3.95 charge on it", which compromise may tag a verb after the sum).
 */
function takenBySomeone(doc: NlpDoc, forms: string): boolean {
  return doc.match(parsedPattern(`(#Noun|#Adverb|#Verb) ${forms}`)).match(parsedPattern(`${forms}`)).match(parsedPattern('#Verb')).found;
}

/** A word of `forms` read as a verb by compromise (not "a charge", "the bill"). */
function asVerb(doc: NlpDoc, forms: string): boolean {
  return doc.match(parsedPattern(forms)).match(parsedPattern('#Verb')).found;
}

/** The whole numbers told in a sentence, as numbers ("40", "twelve"), in order. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
function countsIn(doc: NlpDoc): number[] {
  return (doc.match(parsedPattern('#Cardinal')).not(parsedPattern('#Money')).out('array') as string[]).flatMap((w) => {
    const word = w.toLowerCase().replace(/[^a-z0-9]/g, '');
    const n = /^\d{1,5}$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    return n >= 0 ? [n] : [];
  });
}
/** "so far", "yet", "the rest is due": part of an order told as expected, not as a shortfall. */
const PART_EXPECTED = /\b(?:so far|yet|the rest (?:is|are|will)|first (?:batch|part|half)|as (?:planned|agreed|expected))\b/i;
/** The customer's own reason ("because of a family wedding", "due to my work"): what they had to do was theirs. */
const OWN_REASON = /\b(?:because of|due to|for) (?:a|an|my|our|the) (?:family|personal|work|wedding|funeral|illness|flu|holiday|move|job|new job|change of plans?)\b/i;
/** "It is now the 12th", "today is Thursday", "we're on the 21st": the day it is now, told after a promised one. */
const PASSED_DAY = /\b(?:it(?:'s|’s| is)|today(?:'s|’s| is)?|we(?:'re|’re| are)(?: now)? on)\s(?:now\s|already\s)?(?:the\s)?(?:\d{1,2}(?:st|nd|rd|th)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** "Can I have the blue one instead of the red I ordered?", "I'd rather have…": their own wish to swap. */
const WANTS_SWAP = /\b(?:i'd|i would|we'd|we would|can i|could i|can we|could we|please|i want|we want|i'd like|swap|exchange)\b/i;
/**
 * "I can't wait", "can't work out", "can't find": eagerness or a question of how, not a need kept from them; nor a time
 * of ours they cannot manage ("I can't drive that early", "can't travel so late"): a slot to move.
 */
const NOT_A_NEED_AFTER = /^(?:\s+\w+)?\s+(?:out|how|where|what|which|why|whether|if)\b|^\s+(?:that|so|this) (?:early|late)\b/i;

/** What a thing stops doing when it fails (not "stop receiving emails", a request). */
const FUNCTION_LOST = '(working|charging|connecting|loading|responding|printing|syncing|spinning|cooling|heating|draining|flushing|recording|running)';
/** Absences listed: "no food voucher, no announcements" (not "no rush", "no worries", "no need"). */
const NOT_AN_ABSENCE = /^no (?:rush|hurry|worries|worry|problem|problems|need|idea|pressure|big deal|drama|stress|longer|one|matter)\b/i;

/**
 * A fault with a particle or a state: "the sole is coming off", "the filling fell out", "stitches have opened up",
 * "logs me out", "turf has gone yellow", "a dead pixel", "blurry", "clicks on its own".
 */
const FAULT_PHRASE = /\b(?:(?:come|comes|came|coming|fall|falls|fell|falling|fallen|is come) (?:off|apart|out|loose|undone|unstuck|unglued|away)(?! (?:the|my|our|your|his|her|their)\b)|open(?:s|ed|ing)? up|(?:log|sign)(?:s|ged|ed|ging|ing)? (?:me|us|him|her|them) out|kick(?:s|ed|ing)? (?:me|us|him|her|them) (?:out|off)|(?:go|goes|went|gone|going|turn|turns|turned|turning) (?:brown|yellow|black|mouldy|moldy|mushy|soft|stale|flat|rusty|bald|patchy|grey|gray)|dead (?:pixels?|spots?|keys?|zones?|cells?|battery)|(?:won't|wont|doesn't|does not|will not|no longer) (?:latch|open|close|shut|lock|start|switch on|turn on|turn off|charge|connect|pair|boot|fit|hold|drain|spin|heat up|cool down|print|sync|stay (?:on|in|shut|closed|connected))|only (?:charges?|works?|plays?|heats?|lights?) (?:in|on|from) (?:one|the left|the right|half)|loop(?:s|ed|ing)? (?:me )?(?:back|round|around)|with (?:a|an|one|two|its|the) (?:\w+ ){1,2}?(?:gone|missing|snapped off|hanging off|broken off)|blurry|fuzzy|wonky|faulty|(?:on its own|by itself|itself))\b/i;
/**
 * Soon after we sold, fitted or fixed it: "after one wash", "a week after", "three days old", "after 5 months",
 * "brand new" (not "after 20 years": a thing worn out is no fault of ours).
 */
const SOON_AFTER = /\b(?:after|within) (?:only |just |about |barely )?(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d{1,2}|a few|a couple of|the first) (?:wash(?:es)?|uses?|wears?|days?|weeks?|months?|hours?|rides?|runs?)\b|\b(?:a|one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?) (?:after|old)\b|\bbrand[- ]new\b|\b(?:my|our|the) new \w+|\b(?:had|bought|got|owned|received) (?:it|them|this|these|one|mine)? ?(?:for )?(?:only |just |barely )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?|months?)\b|\bon (?:day one|the first day|its first (?:use|wash|day|night|run))\b|\b(?:opened|unboxed|unpacked) (?:it |them )?(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this week|week)\b/i;
/** Again and again: "every time", "every night", "every few minutes", "twenty times a day", "all night", "constantly". */
const RECURS = /\b(?:every (?:single (?:time|day|night)|time|night|day|morning|evening|hour|afternoon|weekend|few (?:minutes|hours|days|seconds)|\d{1,2} (?:minutes|hours|seconds)|second|other)|all (?:night|day|week|weekend)(?: long)?|constantly|(?:\d{1,2}|two|three|four|five|ten|twenty|several|many) times an? (?:day|hour|night|week)|an? (?:day|night|hour)\b(?! (?:pass|ticket|trip|off|out|rate))|keeps? \w+ing)\b/i;
/** The customer's own doing ("I drop the kids every morning"), or one asked for ("can it log me out every time?"). */
const FAULT_NOT_THEIRS = /\b(?:i|we|i'll|we'll)\s+(?:\w+\s+)?$|\b(?:please|can|could|how|want|like|would|should|to|not|never|no|n't|doesn't|don't|didn't|hasn't|haven't|won't|isn't|wasn't)\s+(?:\w+\s+)?$/i;
/** The same fault again: "the same charging fault as the first one", "the same problem as before". */
const SAME_FAULT = /\bthe same (?:\w+ )?(?:fault|problem|issue|defect|error|leak|noise|drop-?outs?|glitch(?:es)?|bugs?|crash(?:es)?|cracks?|stains?|rattle|buzz|flicker(?:ing)?|crackle)\b[^.!?\n]{0,40}\b(?:as (?:the|before|last|my|our)|again|back)\b/i;

/**
 * Done against them although they did their part: "a parking fine but I had a valid permit", "renewed even though I
 * cancelled", "charged a late fee despite paying on the 1st", "ticketed my van but i displayed the blue badge". Built
 * from the verb families on first use (the forms of each lemma); a bounded run of words sits between.
 */
let doneDespite: RegExp | null = null;
let doneDespiteAfter: RegExp | null = null;
function doneDespitePattern(v: Record<VerbFamily, string>): RegExp {
  const did = v.didPart;
  const theirPart = `(?:(?:i|we)(?:'d|'ve| had| have|'m| am| are|'re)?\\s(?:already\\s|definitely\\s|clearly\\s|just\\s|only\\s|properly\\s)?(?:${did}|had (?:a|an|the|my|our|all|valid|paid)\\b|have (?:a|an|the|my|our|valid|paid)\\b|(?:had|have|'d got|'ve got) (?:\\w+ )?(?:tickets|e-tickets|permits|bookings|reservations|receipts|passes|photos|screenshots|proof)\\b|checked in\\b|gave (?:\\w+ )?notice\\b|(?:was|were|am|are|'m|'re) (?:(?:at|in|on) (?:\\w+ ){1,3})?(?:on time|early|there)\\b)|(?:my|our) (?:\\w+ )?(?:account|direct debit|card|booking|ticket|permit|pass) (?:was|were|is|had been|has been) (?:already )?(?:set|paid|cancell?ed|valid|active|in credit|up to date))`;
  doneDespite ??= new RegExp(
    `\\b(?:${v.doneAgainst}|(?:a|an|the|my|our) (?:\\S+ )?(?:fine|ticket|penalty|penalty notice|late fee|surcharge|pcn)|(?:was|were|it's|it was|is) (?:fully )?(?:full|closed|given away|overbooked|double-booked)|left without (?:us|me))\\b[^.!?\\n]{0,80}?\\b(?:(?:but|even though|although|though|yet)\\s${theirPart}|despite\\s(?:(?:me|us|my|our)\\s)?(?:having\\s)?${did}|despite\\s${theirPart})`,
    'i',
  );
  // …or told the other way round: "I cancelled in August but I was charged for September", "I paid for parking but still got a ticket".
  doneDespiteAfter ??= new RegExp(
    `(?:^\\W*|\\b(?:i|we)(?:'ve| have| had)? |\\b(?:my|our) (?:\\w+ )?(?:membership|subscription|account|plan|contract|policy|booking|order|card|direct debit) (?:was|were|had been|has been|is) )(?:already |definitely |clearly )?${did}\\b[^.!?\\n]{0,60}?\\b(?:but|yet|and still|and now|and have now|and (?:i|we) (?:was|were|got|have been|'ve been|am|are|'m|'re being) (?:still|then|also|now))\\b[^.!?\\n]{0,30}?\\b(?:${v.doneAgainst}|(?:a|an|the) (?:\\w+ )?(?:fine|ticket|penalty|surcharge|late fee|reminder|final demand))\\b`,
    'i',
  );
  return doneDespite;
}
/** Declined with the money there: "declined at the chemist, there is £300 in my account", "bounced but I have funds in it". */
const DECLINED_WITH_MONEY =
  /\b(?:declined|bounced|refused|rejected|failed)\b[^.!?\n]{0,60}?(?:,|\bbut\b|\beven though\b|\balthough\b|\band\b)\s(?:there(?:'s| is) (?:\w+ ){0,2}?(?:(?:£|\$|€)\d[\d,.]{0,9}|money|funds|plenty)|(?:i|we) (?:have|'ve got|had) (?:(?:£|\$|€)\d[\d,.]{0,9}|money|funds|plenty|enough))\b[^.!?\n]{0,20}?\b(?:in|on) (?:my|our|the) (?:account|card|balance|wallet)\b/i;
/** A question asked ahead of the case: "Will it renew even though…?", "Can I be fined if…?", "Do I still pay…?". */
const ASKS_AHEAD = /^\W*(?:(?:hi|hello|hey)\b\W*)?(?:will|would|can|could|do|does|should|shall|is|are|may|might|if|what if|what happens)\b/i;
/** "so that's right", "which is correct", "so all good": a charge or a turn of events the customer says is right. */
export const SAID_RIGHT = /\b(?:so|which) (?:(?:that(?:'s| is)|it(?:'s| is)|is|we're|we are|i'm|i am) (?:all )?|all )(?:right|correct|fair|fine|expected|good|sorted|ok|okay)\b/i;

/**
 * A why-question about money taken or kept against what was agreed: "Why is my bill £64? My plan is £22", "why did you
 * charge me the fee twice", "Why have you kept my £200 bond?", "Why is our invoice £300 over the quote?". The money is
 * the customer's (a first-person word), and the question says how it goes against what was agreed or done: again,
 * only, kept, what was included, quoted, promised or says the plan, when they had done otherwise. A sum alone ("why is
 * my bill £20 more this month") asks for an explanation: the dev replies' annotators did not want it acknowledged.
 */
const WHY = /(?:^|[^\w'])why\b/i;
const MONEY_OF_THEIRS = /\b(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|pay(?:ing)?|paid|kept|keep(?:ing)?|withh(?:eld|old|olding)|taken|took|deduct(?:ed|ing)?|refund(?:ed)?|debit(?:ed)?|fees?|premium|invoice|excess|deposit|bond|payments?|fare|lose|lost)\b/i;
const FIRST_PERSON = /\b(?:my|our|me|us|i|we)\b/i;
/** "did you only refund", "have you kept", "you've taken": an act of ours on their money, told with "you". */
const YOU_TOOK = /\b(?:did you|have you|has the \w+|you(?:'ve| have)?) (?:only )?(?:charged?|refund(?:ed)?|kept|keep|taken?|took|bill(?:ed)?|deduct(?:ed)?|withh(?:eld|old))\b/i;
const AGAINST_THEM = /!!|\b(?:again|twice|only|kept|withheld|included|free|waived|agreed|promised|guaranteed|fixed price|quote|quoted|(?:my|our|the) (?:plan|contract|policy|agreement|tariff|deal|booking|terms) (?:is|says|said|was|states)|when (?:i|we|my|our) (?:had |have |already |only )?\w+ed|even though|although)\b/i;
/** "Just trying to understand", "just curious", "is that the test payment?": the why asks to learn, not to complain. */
const ASKS_TO_LEARN = /\b(?:just (?:trying to understand|curious|wondering|checking)|out of curiosity|is (?:that|this|it) (?:the|my|a|an|for|part of))\b/i;

/**
 * The fault still there after we repaired or serviced it: "still flickers after your repair", "still making the noise
 * after the engineer came", "picked it up from the service and it's still slipping" — or back from our work with a
 * fault: "came back from its service with the warning light on", "came back with a new fault", "came back worse".
 */
const OUR_FIX = '(?:repairs?|service|servicing|fix|visit|call-?out|setup|set-up|overhaul|tuning|treatment|mot)';
const AFTER_OUR_FIX = new RegExp(`\\b(?:after|from) (?:(?:your|the|my|its|our|his|her|their|a|last week's|yesterday's) )?(?:\\w+(?:'s)? )?${OUR_FIX}\\b|\\bafter (?:your|the) (?:\\w+ )?(?:engineer|technician|plumber|electrician|mechanic|fitter|tuner)s? (?:came|visited|left|called|was here|had been)\\b`, 'i');
const STILL_FAULT =
  /\bstill (?!(?:works?|working|runs?|running|looks?|looking|sounds?|sounding|feels?|fits?|going|holding|need|needs|want|wants|has|have|got|gets|can|could|covered|under|valid|available|open|love|loves|like|likes|use|uses|using|recommend|fine|great|good|perfect|lovely|smells|smelling|in|plan|planning|hope|hoping|think|thinks|intend|is|are|was|were)\b)(?:not|no|won't|doesn't|isn't|can't|broken|faulty|dead|on(?! (?:the|my|our|track|schedule|warranty)\b)|there|the same|\w{2,12}(?:s|ing|ed))\b/i;
const FIX_TOLD = /\b(?:repairs?|repaired|service|servicing|serviced|fix|fixed|visit|setup|set-up|overhaul|tuning|tuned|engineer|technician|mechanic)\b/i;
const BACK_WITH_FAULT = new RegExp(`\\bback (?:(?:from|after) (?:(?:the|its|your|a|my|their|his|her) )?(?:\\w+ )?${OUR_FIX}\\b[^.!?\\n]{0,40}?)?(?:with (?:(?:a|an|the|its|two|some) )?(?:(?:new|different|another|worse|extra) )?(?:\\w+ ){0,2}?(?:fault|problem|issue|noise|leak|scratch(?:es)?|dent|crack|stain|light on|missing|broken|loose|error|rattle|buzz)|worse|broken|damaged|not working|still)\\b`, 'i');

/**
 * A fault dated from our own work: "since your update", "since the firmware update", "since Friday's release", "since
 * you serviced the pump", "since your fitter adjusted the saddle", "since the engineer visited", "since the new meter was
 * fitted".
 */
const SINCE_OUR_WORK = /\bsince (?:(?:your|the|our last|yesterday's|last week's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's) (?:\w+ )?(?:update|upgrade|release|patch|migration|install(?:ation)?|service|servicing|repair|visit|changeover|switch(?:over)?|refit|fitting)s?\b|(?:you|your \w+|the (?:engineer|technician|fitter|plumber|electrician|installer|installers|builders?|workmen|team|crew))(?: \w+)? (?:serviced|fitted|installed|adjusted|updated|upgraded|changed|repaired|visited|came|replaced|moved|switched|migrated|worked on|touched|cleaned|left)\b|(?:the|my|our) (?:new )?\w+ (?:was|were|got|has been|have been) (?:fitted|installed|replaced|serviced|repaired|updated|upgraded|changed|connected|moved|swapped)\b)/i;
/** A bad state told beside it: "print blank", "a black screen", "throwing errors", "greyed out", "reads zero", "brown". */
const BAD_STATE = /\b(?:blank|black screen|errors?|greyed out|grayed out|zero|double|doubled|brown|sore|offline|slow(?:er)?|noisy|louder|empty|stuck|frozen|garbled|wrong|worse|(?:won't|doesn't|can't|cannot|don't) \w+)\b/i;

/**
 * Someone who depends on them, there with them: "with a baby", "we had two kids in the car", "I have a baby in the
 * house", "My kids slept in the car", "She's 13", "I'm 79", "my wife is pregnant".
 */
/** A need of their own or of someone with them: a wheelchair, hearing, an allergy, an illness lasting. */
const VULNERABLE = /\b(?:(?:i|he|she|we|they|my \w+|our \w+)(?:'m|'s|'re|’m|’s|’re| am| is| are| was| were)? (?:(?:a )?wheelchair users?|in a wheelchair|hard of hearing|deaf|registered blind|partially sighted|disabled|immunocompromised|on dialysis|housebound|(?:severely |very |badly )?allergic to \w+)|(?:i|he|she|we) (?:use|uses|rely on|relies on) (?:a )?(?:wheelchair|walking frame|crutches|hearing aids?|oxygen)|(?:i|he|she)(?:'ve|’ve| have|'s|’s| has) (?:got )?(?:covid|cancer|dementia|a heart condition|epilepsy)|(?:i|he|she)(?:'ve|’ve| have|'s|’s| has) been (?:ill|unwell|in hospital|poorly|sick) (?:for|since))\b/i;
/**
 * A problem beside such a need: called off, sold out, refused, moved, still waiting, no lift or ramp. Not any "has no":
 * "the website says it has no steps", "he has no mobile, only a landline" tell no problem.
 */
const HARDSHIP_BESIDE_A_NEED = /\b(?:cancell?ed|sold out|refused|turned away|given away|substituted|moved (?:us|me|him|her)|taken (?:off|away)|no (?:lift|ramp|access|result|decision|reply|answer|word)|been waiting|still (?:no|not|waiting|there))\b/i;
/** A question asked plainly, not a complaint asked: "is the venue step-free?", "can I…", "how do I…". */
/**
 * …or ends on one after a comma, a tag question that asks about the thing ("The website doesn't say, does it have
 * one?", "The page shows no ramp, is there another entrance?"): the statement before it tells what they read, not a fault.
 */
const ASKED_PLAINLY = /^\W*(?:how|what|when|where|which|who|can|could|will|would|is|are|do|does|should|may)\b|[,;:]\s*(?:(?:so|and|but)\s)?(?:does|do|is|are|can|could|will|would|has|have)\s(?:it|they|he|she|this|that|there|you|the\s[\w'’-]+)\b[^,;.!?]{0,60}\?+\s*$/i;
const DEPENDANT_WITH_THEM = /\b(?:(?:with|have|had|got) (?:a|an|our|my|two|three|four|\d) (?:\w+ )?(?:baby|babies|newborn|toddlers?|kids|children|little ones|infant)|(?:my|our) (?:baby|babies|newborn|toddlers?|kids|children|little ones) (?:\w+ ){0,3}?(?:slept|sat|waited|cried|went without|were|was|are|is|had|has)|(?:she|he)(?:'s| is) (?:\d{1,2}|1[0-9]|elderly|disabled|pregnant|diabetic)\b(?! (?:minutes|mins|hours|days|weeks|months|percent|%))|(?:i'm|i am) (?:[6-9]\d|pregnant|disabled|diabetic|elderly|registered blind)|(?:wife|partner) is pregnant|(?:it's|it is|they're|they are|this is|these are) for (?:my|our) (?:newborn|baby|toddler|twins|premature baby|disabled \w+|elderly \w+))/i;

/**
 * What a fault cost them, counted: sales, hours, a day's work or a booking lost or wasted; a trip "for nothing"; a day
 * taken off "for this". A bounded run of words sits between the loss and its count.
 */
const COST_COUNTED = /\b(?:(?:lost|losing|wasted|wasting|missed|missing)\s(?:(?:maybe|about|around|nearly|almost|over|like|a whole|the whole|all|half|at least)\s){0,2}(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|\d{1,4}|(?:a|one|two|three) (?:day|week|month|morning|night)'s|(?:a |the )?(?:day|week|morning|afternoon|evening|night)'s)\s(?:\w+\s)?(?:sales?|orders?|customers?|bookings?|leads?|hours?|days?|minutes?|mins|weeks?|shifts?|work|wages|pay|income|shopping|food|stock|batch|revenue|sessions?|trade|takings|jobs?|clients?|payments?|calls?|covers?|tables?)|(?:hours?|days?|weeks?|months?) of (?:\w+\s)?(?:export|income|sales|trade|work|revenue|takings|bookings|production|data) (?:lost|gone|wasted)|(?:half|most|all|the rest) (?:of )?(?:the|our|my) (?:session|lesson|booking|class|day|trip|holiday|match|game|party|visit|time|morning|afternoon|evening) (?:was|were|got) (?:wasted|lost|gone|ruined)|(?:drove|came|went|travelled|traveled|walked|cycled|flew|took the train|got a taxi)\b[^.!?\n]{0,40}\bfor nothing|took (?:a |the )?(?:half |whole |full )?(?:day|morning|afternoon|days) off(?: work)? (?:for (?:this|it|nothing)|to (?:wait|be in|let))|we(?:'re| are) (?:missing|losing) (?:leads|sales|orders|customers|bookings|payments))\b/i;
/** Their own doing or said fine: "my own fault", "my bad", "no harm done", "not a big deal". */
const OWN_DOING = /\b(?:my (?:own )?fault|my bad|our (?:own )?fault|my mistake|no harm done|not a big deal|no big deal)\b/i;
/**
 * A wait told by its length, or since a clock time: "we stand 40 minutes", "waited 40 mins at the festival", "been stood on
 * the platform since 6:40", "sat at the gate for five hours", "She waited in the dark for an hour".
 */
const WAITED_LONG = /\b(?:waited|waiting|stood|standing|stand|sat|sitting|queued|queuing|queueing)\b[^.!?\n]{0,40}?(?:\b(?:for )?(?:over |nearly |almost |about |more than |a good )?(?:(?:[2-9]\d|1\d\d|twenty|thirty|forty|forty-five|fifty|ninety) (?:minutes|mins)|(?:an|one|two|three|four|five|six|seven|eight|\d{1,2}) (?:hours?|hrs?|days?|weeks?))|\bsince \d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?)\b/i;
/** A wait the customer offers or plans ("happy to wait an hour", "I can wait two days"), or a seat booked for a time. */
const WAIT_OFFERED = /\b(?:happy to|don't mind|do not mind|willing to|can|could|will|'ll|would|able to|prepared to|rather|sat (?:down )?(?:for|to) (?:dinner|lunch|tea|a meal)|sitting for (?:an? )?(?:exam|test|portrait|photo)|stand (?:for|to))\b/i;
/** Came a counted time late: "arrived two days late", "turned up 3 hours late", "came five days later". */
const LATE_BY = /\b(?:came|arrived|turned up|got here|was delivered|were delivered|showed up|landed)\b[^.!?\n]{0,20}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?|hours?) (?:late|later)\b/i;
/** Speed paid for: "next-day delivery", "express shipping", "paid for priority". */
const PAID_FOR_SPEED = /\b(?:next[- ]day|express|priority|guaranteed|same[- ]day|premium|timed) (?:delivery|shipping|postage|service|courier|slot)\b/i;
/**
 * Charged, billed or paid for one amount while another was true: "charges us for 40 hours but … 22", "fare RM68 instead of
 * RM30", "the display lasted about 4 minutes, not the 10 we paid for".
 */
const CHARGED_FOR_MORE = /\b(?:charg(?:e|es|ed|ing)|bill(?:s|ed|ing)?|invoic(?:e|es|ed)|fare|quoted|paid|pay)\b[^.!?\n]{0,80}?\b(?:but|instead of|not the|yet|when (?:i|we|it|only)|and now)\b|\b(?:but|not|instead of)\b[^.!?\n]{0,30}?\b(?:(?:we|i) (?:paid|pay|were charged|was charged|booked))\b/i;
/** A sum the customer is puzzled by, not sure it is wrong: "I don't understand why I was charged for 12 seats when…". */
const PUZZLED = /\b(?:don't understand|do not understand|not sure|confused|wondering|makes no sense|is there something|am i missing)\b/i;
/** A request in the sentence: the customer asks for a change, not tells a grievance. */
const ASKS_FOR_IT = /\b(?:please|could you|can you|would you|i'd like|i would like|we'd like|can i|can we|could i|could we)\b/i;
/** Numbers or sums told in a sentence ("40 hours", "RM68", "£5.99", "twenty"), counted up to three. */
function countsOrSums(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\b(?:[A-Z]{1,3}\$?|[£$€₹₦])?\d+(?:[.,]\d+)?\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half)\b/gi)) if (++n >= 3) break;
  return n;
}
/** Kept from their medicine: "couldn't get my inhaler", "can't collect Dad's insulin", "unable to take my tablets". */
const HEALTH_KEPT = /\b(?:can't|couldn't|cannot|could not|can not|unable to|wasn't able to|weren't able to)\s(?:get|collect|pick up|take|have|afford|order|renew)\s(?:my|her|his|our|their|the|mum's|dad's|\w{1,20}'s)\s(?:\w+\s)?(?:inhalers?|insulin|medication|medicines?|meds|prescriptions?|tablets|pills|dialysis|treatment|chemo|epipens?|oxygen)\b/i;
/** Booked or ordered one thing and given another: "Booked a double, got a twin", "ordered the oak but you sent the pine". */
const BOOKED_GOT_OTHER = /\b(?:booked|ordered|paid for|asked for|requested|reserved)\s(?:a |an |the |my |our )?[\w-]+(?: [\w-]+){0,4}?(?:,| but| and instead| yet)\s(?:(?:i|we|you|they)\s)?(?:got(?: handed| given)?|received|were given|was given|gave (?:me|us)|sent(?: (?:me|us))?|put (?:me|us) in)\s(?!(?:it|them|that|this|one|mine|ours)\b)(?:a |an |the )?[\w-]+/i;

/**
 * Ordered one thing and another turned up: "Ordered a navy sofa, a grey one turned up", "I ordered a blue kettle but a
 * red one arrived". The word told of each differs ("navy" / "grey"); a pronoun, a count or the same word is no other thing.
 */
const OTHER_ARRIVED = /\b(?:booked|ordered|paid for|asked for|requested|chose|picked|selected)\s(?:a |an |the |my |our )?([\w-]+)(?: [\w-]+)?(?:,| but| and| yet)\s(?:a |an |the |some )?([\w-]+) (?:[\w-]+ )?(?:turned up|arrived|came|was delivered|were delivered|showed up|got delivered)\b/i;
const NOT_ANOTHER = /^(?:it|they|this|that|these|those|mine|ours|everything|all|both|one|two|three|some|only|just|half|part|none|nothing|\d+)$/i;
function otherArrived(text: string): boolean {
  const m = OTHER_ARRIVED.exec(text);
  return m !== null && m[1]!.toLowerCase() !== m[2]!.toLowerCase() && !NOT_ANOTHER.test(m[2]!);
}

/**
 * Something of theirs called off by us or ours: "My flight was cancelled", "the glacier hike got cancelled", "train
 * cancelled", "The headliner cancelled" — with what it cost them told in the message (paid, booked, a refund or a
 * voucher, a trip made, a notice, again). Not their own cancelling, a case supposed, a change they agreed to, or their
 * apology for missing ours ("Sorry I missed the tasting, my train was cancelled").
 */
const CALLED_OFF = /\b(?:(?:was|were|got|gets|has been|have been|'s been|is|are|been) (?:\w+ )?(?:cancell?ed|called off|scrapped)|(?:train|flight|ferry|bus|crossing|sailing|class|lesson|show|concert|gig|tour|event|course|session|appointment|booking|trip|excursion|headliner|match|fixture|performance|workshop|hike|ride) (?:has |was |got |just |has been )?(?:cancell?ed|called off))\b/i;
const COST_OF_CALLING_OFF = /(?:£|\$|€)\d|!!|\?\?|\b(?:paid|booked|bought|refund|money|voucher|deposit|fee|pledge|drove|driven|travelled|traveled|missed|notice|until|again|twice|no (?:info|information|replacement|notice|warning|explanation)|stranded|what now|next one)\b/i;
const NOT_CALLED_OFF_ON_THEM = /\b(?:(?:i|we)(?:'ve| have| had)? (?:\w+ )?cancell?ed|if|when|whenever|in case|unless|as (?:i|we) (?:agreed|asked|requested)|at (?:my|our) request)\b/i;

/**
 * Something of theirs refused, declined or rejected, told as done: "My claim was declined", "you refused my return", "The
 * lender turned down my application", "We were refused entry", "The pharmacy refused to give me my mum's tablets", "my son's
 * place was withdrawn". What they asked for was turned down: a team lead wants that acknowledged before the reasons. Not
 * their own refusing ("I declined the warranty"), a card or payment declined (read with the money in the account, above),
 * nor a supposed case ("if a claim is declined").
 */
const REFUSAL = '(?:declined|refused|rejected|denied|turned down|turned away|knocked back|withdrawn|withdrew)';
const THEIR_ASK = '(?:claims?|applications?|appeals?|returns?|refunds?|requests?|complaints?|places?|entry|boarding|admission|permits?|visas?|loans?|mortgages?|renewals?|documents?|certificates?|forms?|submissions?|transfers?|cover|warranty|guarantee|insurance|booking|reservation|membership|offer|payout|exchange|repair|remark|appointment)';
const REFUSED_THEM = new RegExp(
  `(?:(?:^\\W*|\\b(?:my|our|his|her|their|the|\\w{1,20}'s) (?:[\\w-]{1,20} ){0,3}?)${THEIR_ASK}(?: (?:for|on|to|of|at) (?:[\\w-]{1,20} ){0,3}?[\\w-]{1,20})? (?:(?:was|were|is|are|has been|have been|had been|got|been|has|have) )?(?:(?:already|just|now|again|also|all) )?${REFUSAL}|(?:you|you've|you have|they|they've|your [\\w-]{1,20}|the [\\w-]{1,20}|[A-Z][\\w-]{1,20}(?: [A-Z][\\w-]{1,20})?) (?:(?:have|has|had|just|now|then|also) )?(?:${REFUSAL}|(?:is|are|'re|were|was) (?:refusing|declining|rejecting|denying)) (?:(?:to (?:give|let|accept|refund|take|serve|sell|replace|repair|honou?r|fix|pay|go|cover|send|board|release|return|exchange)\\b)|(?:my|our|me|us|him|her|them)\\b)|(?:i|we|he|she|they|my \\w{1,20}|our \\w{1,20}|son|daughter)(?: \\(\\d{1,2}\\))? (?:was|were|got|have been|has been|'ve been|'re being|are being|am being|was being) (?:\\w+ )?(?:refused|denied|turned away|rejected|declined|knocked back|told no))\\b`,
  'i',
);
/** A card or a payment declined, a supposed case, their own no: not a refusal of what they asked for. */
const NOT_REFUSED_THEM = /\b(?:card|payment|transaction|direct debit|invitation|invite|call)s? (?:\w+ )?(?:was |were |got |been |is )?(?:declined|refused|rejected)|\b(?:if|when|whenever|in case|unless)\b|\b(?:i|we)(?:'ve| have| had)? (?:politely |just |already )?(?:declined|refused|rejected|turned down)\b|\b(?:approved|accepted|granted|overturned|reversed)\b/i;

/**
 * Done to them without asking: "you've moved me down to basic without asking", "My daughter's class was moved to Saturday
 * mornings without asking us", "renewed without telling me" — our act, told done (not "can you do it without asking").
 */
const WITHOUT_ASKING = /\b(?:you|you've|you have|they|they've|your \w{1,20}|(?:was|were|been|got) \w{2,20}(?:ed|en))\b[^.!?\n]{0,60}?\bwithout (?:(?:even|ever|first|any(?:one)?) )?(?:asking|telling|warning|notice|notifying|informing|consulting|checking|letting (?:me|us) know|a word|(?:my|our|any) (?:consent|permission|agreement|say-so|ok|okay|notice|warning)|permission|consent)\b/i;
/** A request or a supposed case in the sentence: "can you do it without asking", "please go ahead without checking". */
const MAY_WITHOUT = /\b(?:can|could|may|might|should|will|'ll|would|please|feel free|happy for|fine for|okay for|ok for|if)\b/i;
/**
 * Moved down from what they pay for: "moved me down to basic", "downgraded my seat", "bumped us down to economy" (not their
 * own downgrade, nor one asked for).
 */
const MOVED_DOWN = /\b(?:downgraded (?:me|us|my|our|his|her)|(?:moved|put|bumped|dropped|switched) (?:me|us|my \w{1,20}|our \w{1,20}) (?:down|back down)(?: to)?|(?:was|were|been|got) (?:downgraded|moved down|bumped down|bumped off))\b/i;
const OWN_DOWNGRADE = /\b(?:i|we)(?:'ve| have| had)? (?:just |already |recently |myself |then )?downgraded\b|\b(?:asked|requested|wanted|want|like|please|as (?:i|we) (?:asked|requested))\b/i;
/**
 * Paid or booked for something and it is not there or not working: "bought the deluxe edition for the bonus maps, the bonus
 * maps aren't there", "We were upgraded to the Pro tier and charged for it, but the reporting module is still locked", "I
 * paid for junior membership for my son but he hasn't been added". The thing paid for is missing: a cost to them.
 */
const PAID_FOR = /(?:^\W*|\b(?:i|we|i've|we've|i have|we have|i had|we had|and)\s)(?:\w+ )?(?:paid|pay|bought|booked|ordered|upgraded|subscribed|signed up|purchased|were charged|was charged|charged for it)\b/i;
const NOT_GOT_AFTER = /^[^.!?\n]{0,80}?(?:\bbut\b|,|\band\b|\byet\b)[^.!?\n]{0,60}?(?:\b(?:isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|never|missing|locked|blocked|nowhere|gone)\b|\b(?:is|are|was|were|has|have|had|has been|have been) not\b|\b(?:there(?:'s| is| was| are| were)|had|has|have|still) no\b|\bstill (?:locked|missing|not|greyed out|unavailable|blocked|broken)\b)/i;
/** (A trait told after "but" is no thing missing: "we booked two nights but my wife is vegetarian, no egg".) */
/** What is still to come, or said fine: "not arrived yet", "no rush", "not a problem", "just checking". */
const NOT_YET = /\b(?:yet|no rush|no hurry|not a problem|no problem|not urgent|no worries|just (?:checking|wondering|confirming|curious)|is that right|is that normal)\b/i;

/**
 * The customer paid a sum, told beside something that went wrong: "I paid £2,340 for this", "Paid £36.", "I've paid £750"
 * with "the lights went off mid match", "the tattoo has barely faded". A sum paid and a failure told is a cost counted.
 */
const PAID_SUM = /(?:^\W*|\b(?:i|we|i've|we've|i have|we have|and|already)\s)(?:(?:already|just|also) )?(?:paid|spent|forked out|shelled out)\s(?:(?:over|nearly|almost|about|around|like|more than)\s)?(?:[£$€₹₦]|[A-Z]{1,3}\$?\s?|N)\d[\d,.]{0,9}\w{0,3}(?:\s(?:each|a head|per person|a ticket|a night|for (?:this|that|it|them)))?\b/i;
const PAID_FOR_THIS = /\b(?:paid|spent)\s(?:[£$€₹₦]|[A-Z]{1,3}\$?\s?|N)\d[\d,.]{0,9}\s(?:for (?:this|that)|on (?:this|that))\b/i;
/** What went wrong beside the sum: a bad outcome, "barely", "hardly", a verdict ("Poor.", "Shocking."). */
const WENT_WRONG = /\b(?:not|no|never|nothing|wrong|broken|late|missing|failed|lost|dead|damaged|barely|hardly|closed|cold|went off|cut (?:off|out)|switched off|ran out|broke|stopped|died|poor|shocking|useless|rubbish|awful|terrible|gap|told to (?:go|leave)|sent home|turned away)\b|n't\b/i;

/** A line that only signs off with thanks: "Thanks,", "Many thanks", "Thanks in advance!", "Thank you, Ana". */
const SIGN_OFF_THANKS = /^[ \t]*(?:many |kind |warm |with )?(?:thanks|thank you)(?: (?:so much|very much|again|in advance|all))?[,.!]?(?:[ \t]+[A-Z][\w.-]{0,20}){0,2}[ \t]*$/gim;
/** Their own lateness: "We're running five minutes late", "I'll be ten minutes late". */
const OWN_LATENESS = /\b(?:i'm|we're|i am|we are|i'll be|we'll be|i will be|we will be|i might be|we might be|i may be|we may be)\b[^.!?\n]{0,24}\blate\b/i;
/**
 * Put somewhere poor against what they came or paid for: "We were put next to the generators all weekend", "seated behind a
 * pillar", "got put next to the bins", "given a room facing the car park" (not a place they asked for, nor a question).
 */
const PUT_SOMEWHERE_POOR = /\b(?:(?:were|was|got|been|they|you) (?:\w+ )?(?:put|seated|sat|placed|parked|pitched|moved|stuck|given a (?:room|table|seat|pitch|stall|spot|cabin)(?: \w+)?) (?:right )?(?:next to|behind|beside|by|facing|opposite|above|under|near|in front of)|(?:our|my|the) (?:[\w-]{1,20} )?(?:room|table|pitch|seat|cabin|tent|stall|spot|balcony|window) (?:faces|overlooks|looks (?:onto|out on|over)|is (?:right )?(?:next to|above|behind|beside|opposite|facing))) (?:the|a|an|some) (?:\w+ )?(?:bins?|generators?|pillars?|toilets?|loos?|lifts?|elevators?|kitchens?|bar|car ?park|road|motorway|speakers?|stacks?|skips?|dumpsters?|bin store|fire exit|building site|works|roadworks|lorry park|laundry|boiler room|plant room|smokers?|smoking area|stage door|air con units?|extractors?|railway|rail line|bus station)\b/i;
/** A place they asked for or liked: "as we asked", "which we requested", "perfect", "lovely". */
const PLACE_ASKED = /\b(?:as (?:i|we) (?:asked|requested)|(?:i|we) (?:asked|requested|chose|wanted)|please|can we|could we|prefer)\b/i;
/**
 * What they booked or ordered was not there, or was taken, when they came: "The vegan meal I pre-booked wasn't on the
 * train", "The meeting room I booked was taken by someone else", "My daughter's lunch order wasn't at the canteen today".
 */
const BOOKED_NOT_THERE = /\b(?:(?:i|we) (?:had )?(?:pre-?booked|booked|ordered|reserved|paid for|pre-?ordered)|(?:lunch |meal |food |click and collect |table |seat |room )?(?:order|booking|reservation))\b[^.!?\n]{0,16}?\b(?:wasn't|weren't|was not|were not|isn't|aren't) (?:there|on (?:the|board)|in (?:the|stock)|at (?:the|reception|the desk)|ready|available|anywhere)\b|\b(?:i|we) (?:had )?(?:booked|reserved|paid for)\b[^.!?\n]{0,16}?\b(?:was|were|had been|'d been) (?:taken|given away|given to someone|double[- ]booked|let to|sold to)\b/i;
/** Took long to come: "Your tow truck took 6 hours to reach us", "the ambulance took two hours to arrive". */
const TOOK_LONG = /\btook (?:over |nearly |almost |more than )?(?:(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:hours?|hrs?|days?|weeks?)|(?:[4-9]\d|1\d\d|forty|fifty|ninety) (?:minutes|mins)) (?:to (?:reach|get to|arrive|come|turn up|show up|answer|pick up|collect|respond|reply|fix|sort|get here))\b/i;

/** Fewer came than were due, told with "instead of": "came with 28 tablets instead of 56", "sent 3 boxes instead of 5". */
const FEWER_INSTEAD = /\b(\d{1,4}) (?:[\w-]{1,20} ){0,2}?instead of (?:the )?(\d{1,4})\b/i;
function fewerInstead(text: string): boolean {
  const m = FEWER_INSTEAD.exec(text);
  return m !== null && Number(m[1]) < Number(m[2]);
}

/** A sum of money: "£25", "$1,140", "€38.50". */
const SUM = /[£$€₹₦]\d/;
const SUMS = /[£$€₹₦]\d[\d,]{0,9}(?:\.\d{1,2})?/g;
/** The sum told as billed or taken now: "This month's bill is £38", "you've charged £40", "the invoice says £135". */
const BILLED_NOW = /\b(?:bill|invoice|statement|charge|charged|charging|taken|took|debited|direct debit|price|premium|renewal|quote)\b/i;
/** Their own slip or a supposed case beside "wrong": "I typed the wrong postcode", "we picked the wrong size", "if the wrong…". */
const OWN_WRONG = /\b(?:i|we)(?:['’]ve| have| had)? (?:\w+ )?(?:picked|chose|ordered|selected|bought|clicked|typed|entered|put|booked|sent|gave|used|added|wrote|filled(?: in)?|took|uploaded|pressed|dialled|dialed|scanned|went|got off|read|misread)\b|\bif\b|\bmy (?:own )?(?:mistake|fault|bad)\b|\b(?:sorry|oops|whoops|apologies|please ignore|ignore (?:this|that|me))\b/i;
/** "Nothing wrong with it", "not wrong", "did anything wrong": no wrong told. */
const NOTHING_WRONG = /\b(?:nothing|not|anything|never) (?:\w+ )?wrong\b|\bwrong (?:with (?:me|us)|turn)\b/i;
/**
 * Someone of ours left a thing of theirs somewhere bad, or left a mess: "left my gate open", "left the box on the doorstep
 * in the rain", "left screws all over my drive", "was left outside in the rain". A bounded run of words sits between.
 */
const LEFT_CARELESSLY = /\b(?:(?:you|your \w+|the (?:\w+ )?\w+|he|she|they)(?: \w+)? left|(?:was|were|got|been) left)\b[^.!?\n]{0,50}?\b(?:open|unlocked|running|in the rain|out in the (?:rain|cold|sun)|outside(?! (?:the )?(?:door|front door|porch) as)|all over|on the (?:pavement|street|road|kerb|curb|doorstep|step|drive|lawn|grass)|behind)\b/i;
/** Left where the customer asked: "as I asked", "as requested", "in the safe place I chose". */
const LEFT_AS_ASKED = /\bas (?:i|we) (?:asked|requested|said)|\bas (?:requested|instructed|agreed)\b|\b(?:i|we) left\b|\bplease\b/i;
/** Not ready or not there when they came for it: a trip for nothing. */
const NOT_READY_WHEN_CAME = /\b(?:wasn['’]t|weren['’]t|was not|were not|isn['’]t|not|never) (?:\w+ )?(?:ready|there|in|open|in stock|available|done|packed|made)\b[^.!?\n]{0,20}\bwhen (?:i|we|my \w+|our \w+) (?:came|arrived|got there|turned up|went|showed up|called in|came in|came to|went to|drove)/i;

/**
 * Harm to a body told by its signs, beside the harm words: "had sores on her paws", "she'd lost a lot of weight", "he's
 * limping", "the cut is infected".
 */
const HARM_SIGNS = /\b(?:sores|open wounds?|infected|infection|limping|lame|(?:has|had|'d|have|'s|is|was|were) lost (?:a lot of |so much |loads of |lots of )?weight|covered in (?:bites|sores|cuts|bruises|fleas|ticks|a rash))\b/i;

/**
 * Worse than before our work: "rather more of them now than before he came", "it's louder than before your engineer visited",
 * "worse than before the update" — a comparative, and "than before" our visit, our act or our update.
 */
const WORSE_THAN_BEFORE_US = /\b(?:more|worse|\w{3,12}(?:ier|er))\b[^.!?\n]{0,50}?\bthan (?:it was |they were |it did |there were )?before (?:(?:you|he|she|they|your \w+|the (?:\w+ )?(?:engineer|technician|fitter|plumber|electrician|installer|cleaner|team|crew|tuner|visit|treatment|update|upgrade|repair|service|work)s?)\b(?: \w+)?|(?:your|the) (?:\w+ )?(?:visit|treatment|update|upgrade|repair|service|servicing|work|fitting|installation)\b)/i;

/**
 * Theirs gone: what they had with us, told lost: "Session files from Saturday are gone", "my appointment is gone", "all our
 * photos have been deleted", "the deposit is lost", "patch wiped my save" (not a trouble gone: "the stain is gone", nor their
 * own doing: "I deleted my photos").
 */
const THEIRS_GONE = /\b(?:files?|photos?|pictures|footage|videos?|recordings?|data|work|documents?|papers|emails|messages|contacts|appointment|booking|slot|place|reservation|deposit|money|savings|saves?|progress|account|history|tracks|stems|takes|session)\b(?: [\w'’-]{1,20}){0,8}? (?:(?:is|are|was|were|has been|have been|'s|'re) (?:all |now |just |completely |simply )?(?:gone|lost|deleted|wiped|erased|corrupted|missing)|(?:has|have) (?:all |now |just )?(?:gone|vanished|disappeared))\b|\b(?:wiped|deleted|erased|corrupted|overwrote|lost)\s(?:all (?:of )?)?(?:my|our|his|her|their)\s(?:[\w'’-]{1,20}\s){0,2}?(?:files?|photos?|pictures|footage|videos?|recordings?|data|work|documents?|emails|messages|contacts|saves?|progress|history|account)\b/i;
/** Their own doing: "I accidentally deleted my photos", "we lost our booking reference". */
const OWN_LOSS = /\b(?:i|we)(?:['’]ve| have| had)? (?:\w+ )?(?:wiped|deleted|erased|lost|overwrote|corrupted)\b/i;

/**
 * A cost told back with "that" after what went wrong: "That was six hours of the band's time and £600", "That cost us a
 * day's trading", "This meant two days off work". A sum, or a stretch of time of theirs.
 */
const COST_TOLD_BACK = /^[\s"'‘“(]*(?:that|this)(?:'s| was| is| cost(?: me| us)?| meant| came to| set (?:me|us) back)\s(?:(?:me|us|about|nearly|almost|over|around|a|an|the|another|two|three|four|five|six|seven|eight|nine|ten|twelve|whole|full|\d{1,3}|[a-z]+['’]s)\s){0,4}?(?:(?:£|\$|€)\d|(?:hours?|days?|weeks?|mornings?|afternoons?|evenings?) (?:of|off)\b|(?:day|week|morning|afternoon|evening)['’]s (?:work|trading|pay|wages|sales|takings))/i;

/**
 * Promised within a span, and a longer one has passed: "Our photos were promised within six weeks. It's been five months",
 * "you said 3-5 days, it has been two weeks". The span told after the promise is longer than the one promised.
 */
const SPAN_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['a few', 3], ['a couple of', 2]]);
const UNIT_DAYS: ReadonlyMap<string, number> = new Map([['hour', 1 / 24], ['day', 1], ['week', 7], ['month', 30], ['year', 365]]);
const SPAN = '(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of) (hour|day|week|month|year)s?';
const PROMISED_SPAN = new RegExp(`\\b(?:promised|told|quoted|said|guaranteed|assured|estimated|advertised|confirmed)\\b[^.!?\\n]{0,60}?\\b(?:within|in|under|inside|takes?|of|at)\\s(?:(?:about|around|roughly|up to|no more than|at most)\\s)?(?:\\d{1,3}\\s?[-–]\\s?)?${SPAN}\\b`, 'i');
const SPAN_PASSED = new RegExp(`\\b(?:it(?:'s| has| is)|it['’]s now|we(?:'re| are) now|that was|that's)\\s(?:(?:been|now|already|almost|nearly|over|more than|well over)\\s){0,3}${SPAN}\\b`, 'i');
function spanDays(n: string, unit: string): number {
  const count = /^\d/.test(n) ? Number(n) : (SPAN_WORDS.get(n.toLowerCase()) ?? Number.NaN);
  return count * (UNIT_DAYS.get(unit.toLowerCase()) ?? Number.NaN);
}

/**
 * Paid or booked for one thing, and it turned out less: "the 'hardstanding pitch' we paid extra for turned out to be a patch
 * of mud", "the sea-view room we booked was actually over the car park" — a broken expectation of what they paid for.
 */
const PAID_TURNED_OUT = /\b(?:i|we)(?:['’]d| had)? (?:paid (?:extra |more |a premium |good money |a lot )?for|booked|ordered|bought|reserved)\b[^.!?\n]{0,24}?\b(?:turned out (?:to be|to have)|ended up being|(?:was|is|were|are) (?:actually|really|in fact|just|only))\b/i;
const TURNED_OUT_FINE = /\b(?:turned out|ended up being|was actually|is actually) (?:to be )?(?:(?:a|an|even|much|so|really) )?(?:fine|great|good|better|bigger|nicer|lovely|perfect|brilliant|amazing|free|cheaper|upgraded)\b/i;

/**
 * A detail of theirs got wrong: "came back with my mother's maiden name wrong", "spelled my daughter's name wrong", "printed
 * the date wrong" — a name, a date, an address told wrong by what we did.
 */
const DETAIL_WRONG = /\b(?:with|got|has|had|have|spelled|spelt|spells|written|wrote|printed|prints|put|engraved|typed|entered|listed|lists|shows|showed)\s(?:(?:my|our|his|her|their|the|a)\s)?(?:[\w'’-]{1,20}\s){0,3}?(?:name|names|date|dates|address|number|spelling|surname|postcode|title|initials|details)\s(?:wrong|incorrect|misspelt|misspelled|wrongly)\b/i;

/**
 * Came for what they booked and found it shut or no one there: "We arrived at 6:50 and the place was locked with nobody
 * answering", "turned up for my appointment and the door was shut".
 */
const CAME_TO_CLOSED = /\b(?:arrived|got there|got here|turned up|showed up|came|went|drove (?:out|over|up|down|in|there)|travelled|traveled|walked (?:over|up|down|there))\b[^.!?\n]{0,50}?\b(?:(?:was|were|is|it's) (?:all |completely )?(?:locked|closed|shut|empty|dark)|locked (?:up|doors?)|nobody (?:was )?(?:there|answering|answered|came)|no one (?:was )?(?:there|answering|answered|came))\b/i;
const BOOKED_TOLD = /\b(?:book(?:ed|ing)|reserv(?:ed|ation)|appointment|tickets?|slot|session)\b/i;

/** Kept out in the weather: "stood on the pavement in the rain", "waited outside in the cold", "sat in the dark". */
const WAITED_OUT = /\b(?:stood|standing|waited|waiting|sat|sitting|stuck)\b[^.!?\n]{0,40}?\b(?:in the (?:rain|cold|snow|dark|heat|wind|sleet)|on the (?:pavement|street|doorstep|kerb|curb|roadside|side of the road)|outside in)\b/i;

/**
 * A trip or a wait that ended in a let-down, told with "only to": "We drove four hours to the venue only to find the gig
 * moved", "queued an hour only to be told it was sold out".
 */
const ONLY_TO_FIND = /\bonly to (?:find|be told|discover|learn|hear|see|get there and|get (?:a|an|told|turned|sent))\b/i;
/** …to find it fine: "only to find it was already sorted", "only to see it arrive minutes later". */
const ONLY_TO_FIND_FINE = /\bonly to (?:find|see|discover|learn) (?:it|that|they|you)(?: had| have|'d)? (?:already |just )?(?:been )?(?:sorted|fixed|done|arrived|there|fine|ready|delivered|refunded)\b/i;

/**
 * Not told what they needed to know, said after: "Would have been good to know before we booked", "you could have told us",
 * "someone might have mentioned it" — a reproach in the past, not a wish for later ("it would be nice to know").
 */
const SHOULD_HAVE_TOLD = /\b(?:(?:it )?would(?:'ve| have) been (?:nice|good|helpful|useful|great|polite|courteous) to (?:know|be told|hear|have known|have been told)|(?:you|someone|somebody|anyone|they|nobody) (?:could|might|should)(?:'ve| have) (?:told|warned|mentioned|said|let (?:me|us) know|called|rung|emailed))\b/i;

/**
 * A fault that was not there before our work: "Picked the car up after the service and the light is now on. It wasn't
 * before." — the "wasn't before" and our work told in the message.
 */
const NOT_BEFORE = /\b(?:it|they|this|that|there)(?:'s| is| was)? (?:wasn't|weren't|was not|were not|didn't|did not|never did|was never|were never)(?: (?:there|on|like that|doing that|a problem|an issue))? before\b/i;
const OUR_WORK_TOLD = /\b(?:after|since|from) (?:(?:the|your|its|my|our) )?(?:\w+ )?(?:service|servicing|repair|visit|update|upgrade|install(?:ation)?|fitting|treatment|mot|clean|valet|tune|overhaul)\b|\b(?:you|your \w+|the (?:engineer|technician|fitter|mechanic|plumber|electrician|installer|cleaner))(?: \w+)? (?:serviced|fitted|installed|repaired|visited|came|replaced|updated|worked on|touched|cleaned|tuned|treated)\b/i;

/**
 * Given someone else's thing: "order 4417 came with somebody else's pizza", "we were handed someone else's luggage", "the
 * pharmacy gave me someone else's prescription".
 */
const SOMEONE_ELSES = /\b(?:came with|got|given|handed|sent|delivered|received|gave (?:me|us)|were given|was given)\b[^.!?\n]{0,20}?\b(?:somebody|someone|some one|another (?:person|customer|family))(?:['’]s| else['’]s)\b/i;

/**
 * Sent to us well and came back hurt: "Our cat came home with fleas after a week with you", "My son came home with a welt
 * on his neck", "Mochi has come home with a bald patch" — not a prize or a smile.
 */
const CAME_HOME_WITH = /\b(?:came|come|comes|coming|got|was sent|were sent) (?:home|back) (?:from (?:\w+ ){1,3}?)?with (?:a |an |some |the |two |three |really bad |bad |awful )?(?:\w+ )?(?:fleas|ticks|lice|worms|cough|kennel cough|cold|flu|rash|welt|bruises?|cuts?|scratch(?:es)?|bites?|bald patch|infection|sores|blisters|injur(?:y|ies)|limp|sunburn|burns?|stains?|tears?|holes?|damage|dents?|chips?|scuffs?|lump|wound)\b/i;

/** Not what they signed up for: "This isn't what I signed up for", "This isn't what we were promised". */
const NOT_WHAT_THEY_GOT = /\b(?:this|that|it)(?:'s| is| was)? (?:not|isn't|wasn't|is not|was not|n't) (?:at all |remotely |quite )?what (?:i|we) (?:signed up for|paid for|ordered|booked|were promised|was promised|were told|was told|asked for|expected|agreed to|were sold|was sold)\b/i;

/** A measure far from what they pay or use: "My speed is half what I pay for", "My water bill is triple the usual". */
const FAR_OFF = /\b(?:is|are|was|were|has|have|came to|comes to)(?: now| nearly| almost| about| over)? (?:double|doubled|triple|tripled|treble|trebled|quadruple|half|a third of|a quarter of|(?:two|three|four|five|ten) times) (?:the usual|what (?:i|we) (?:pay|paid|use|used|were told|was told|ordered)|my usual|our usual|normal|last (?:month|quarter|year)(?:'s)?)\b/i;

/** A free extra ("a free tote bag with the promo"): missing, it costs the customer nothing. */
const FREE_EXTRA = /\b(?:free|complimentary|bonus|promo|promotional|gift)\b/i;
/** What should have been, told past: "my insurance was supposed to cover", "it was meant to arrive Monday". */
const WAS_SUPPOSED = /\b(?:was|were|is|are)(?: all)? (?:supposed|meant) to (?:cover|be|arrive|include|come|fix|work|last|get|reach|have)\b/i;

/**
 * Their own tries, counted in time: "I've been trying to withdraw my £8,000 for a month", "been trying to get the payoff
 * amount for 2 weeks" — or nothing happening for a counted time: "My application status hasn't changed in 6 weeks", "My
 * bin hasn't been collected for two weeks", "Our celebrant hasn't replied in three weeks".
 */
const TIME_WORD = '(?:over |nearly |almost |more than |about |well over )?(?:a|an|\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|a couple of) (?:days?|weeks?|months?|years?)';
const TRYING_FOR = new RegExp(`\\b(?:i|we)(?:'ve| have)? been (?:trying|attempting|chasing|waiting|asking) (?:to \\w+[^.!?\\n]{0,40}? )?(?:for|since) ${TIME_WORD}\\b`, 'i');
const NOTHING_FOR = new RegExp(`\\b(?:hasn't|has not|haven't|have not|hadn't|not|still not|never) (?:been )?(?:changed|moved|updated|progressed|arrived|come|replied|responded|answered|called|collected|emptied|paid|processed|fixed|repaired|sorted|refunded|returned|heard|got back|shown up|turned up|reflected)(?: (?:to|back|on|in|up))? (?:in|for) ${TIME_WORD}\\b`, 'i');
/** A wait offered, asked about or enjoyed: "happy to wait", "is that normal", "love the app". */
const TIME_ASKED_OFFERED = /\b(?:happy to|don't mind|can|could|will|'ll|would|willing to|normal|usual|expected|is that|should i|love|loving|enjoy|enjoying|fun)\b/i;

/** Past the date it was due: "It's three months past the handover date", "two weeks after the completion date". */
const PAST_DUE_DATE = /\b(?:past|after|beyond|over) (?:the|our|my) (?:handover|due|delivery|completion|promised|agreed|expected|target|move-in|finish|end|start|launch|go-live) date\b/i;

/** What they went through, told beside a dependant: "still have mice", "nobody texted", "given away", "sat for hours". */
const HARDSHIP_TOLD = /\b(?:still|nobody|no one|cancell?ed|given away|double[- ]booked|stuck|stranded|(?:sat|waited|stood) (?:\w+ ){0,4}?for (?:\w+ )?(?:hours?|an hour|\d{2} minutes))\b/i;

/**
 * What came, and the state it came in: "arrived in pieces", "arrived bent", "my starter arrived dead", "arrived warm
 * and sweating", "came defrosted", "turned up the day after our opening night", "arrived with a bent coupling" (not
 * "arrived warm and fresh", "arrived safely").
 */
const ARRIVED_SPOILT = /\b(?:arrived|came|turned up|was delivered|were delivered|got here|showed up|is arrived|arrive) (?:(?:today|yesterday|this morning) )?(?:(?:at|to) (?:the|our|my) [\w-]{1,20} (?=after))?(?:(?:in (?:pieces|bits|a state|two)|bent|dead|warm(?! and (?:fresh|tasty|delicious|lovely|on time))|defrosted|thawed|melted|open(?:ed)?|wilted|mouldy|moldy|stale|soggy|squashed|leaking|soaked|rotten|empty|smashed up|the (?:day|week|morning) after|after (?:the|our|my) \w+ (?:had )?(?:started|finished|ended|begun)|too late)\b|with (?:a |an |the |half |one |two |its |their )?(?:\w+ )?(?:bent|broken|cracked|missing|dropped|snapped|dented|torn|split|burst|leaking|loose|dead)\b)/i;

/** An occasion of theirs: "her 6th birthday", "our 25th anniversary", "my son's party", "the wedding". */
const OCCASION = '(my|our|his|her|their|the|#Possessive) #Ordinal? #Adjective? (birthday|anniversary|wedding|honeymoon|christening|party|funeral|graduation|retirement|prom|reunion|engagement)';
/** Signs in a sentence that the occasion went wrong: too late, by then, given something else. */
const OCCASION_SPOILT = /\b(?:by then|by the time|too late|(?:hours?|minutes|mins) (?:into|late)|instead|(?:was|were) (?:given|put|moved|bumped|seated)|wrong|never|missed|ruined|without|lost|(?:an? |\d{1,2} |two |three )?(?:hours?|days?|minutes|mins) after (?:the|our|my) \w+ (?:had )?(?:started|begun|ended|finished)|there (?:is|was|were) no|(?:had|has) no|knocked over|cancell?ed|broken|damaged|double[- ]booked|given away)\b/i;

/**
 * A bad outcome told: a negation or a word of failure ("don't fit", "has no wood", "the wrong lot", "leaks", "dead",
 * "too short"). Said-calm phrases are taken out first: "no problems", "not an issue" tell nothing went wrong.
 */
const ADVERSE = /\b(?:not|no|never|nothing|wrong|broken|late|missing|failed|lost|leak(?:s|ed|ing)?|dead|damaged|too (?:short|long|small|big|tight|loose|loud|hot|cold|late))\b|n't\b/i;
/** The customer's own "not" ("I haven't tried it yet", "we won't be home") tells of them, not of an outcome. */
const OWN_NEGATION = /\b(?:i|we)(?:'ve|'ll|'d|'m|'re)? (?:have |had |will |would |am |are |was |were |do |did |can |could )?(?:not|never|n't)\b|\b(?:i|we) (?:haven't|hadn't|won't|wouldn't|don't|didn't|can't|couldn't|wasn't|weren't|aren't|am not)\b/gi;
/** Said fine, taken out before a bad outcome is looked for: "no problems", "not an issue", "no sign of the mice since" (the trouble gone). */
const SAID_FINE = /\b(?:no (?:problems?|issues?|worries|rush|hurry|need|pressure|complaints?|harm done)|no (?:more |further )?(?:(?:sign|signs|trace) of (?:the |any )?)?(?:mice|rats|pests|wasps|ants|fleas|bugs|moths|mould|mold|damp|leaks?|drips?|noise|fault|problems?|issues?|trouble|rash)|not (?:a problem|an issue|bad|urgent|a big deal)|nothing (?:wrong|to worry about))\b/gi;
/**
 * An occasion or a date of theirs close at hand: "The wedding is on the 14th", "exam is next month", "Our show opens
 * tomorrow", "We have a board meeting Friday". Told beside a problem, it is what makes the problem hurt.
 */
const EVENT = '(?:wedding|exams?|show|party|funeral|interview|(?:board )?meeting|flight|trip|holiday|school|term|surgery|operation|move|moving day|launch|event|ceremony|conference|hearing|court date|start date|birthday|christening|match|race|concert|gig|performance|opening|first day|deadline|inspection|audit|completion)';
const NEAR_WHEN = '(?:on (?:the )?\\d{1,2}(?:st|nd|rd|th)?|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|today|this (?:week|weekend|afternoon|evening)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:\\d{1,2}|a|one|two|three|four|five|six) (?:days?|weeks?|hours?)|in (?:seven|eight|nine|ten|eleven|twelve|a few|a couple of) (?:days|hours))';
const DATE_AT_STAKE = new RegExp(`\\b(?:(?:assignment|essay|coursework|dissertation|thesis|rent|payroll|wages|tax return|submission|baby)s? (?:is |are )?due ${NEAR_WHEN}|(?:direct debit|standing order|rent|mortgage|bill|payment|repayment)s? (?:for (?:my |our |the )?\\w{1,20} )?(?:is |are )?(?:going out|goes out|coming out|comes out|leaving|due to (?:go|come) out) ${NEAR_WHEN}|(?:i|we) (?:pay (?:staff|wages|the team|everyone|our staff)|fly|flies|leave|travel|move|start|open|go live|run payroll) (?:\\w{1,20} )?${NEAR_WHEN}|(?:the|my|our|his|her|their|\\w{1,20}'s) (?:\\w{1,20} )?${EVENT} (?:is|starts|opens|begins|'s)(?: (?:on|in|at))? ?${NEAR_WHEN}|(?:i|we|he|she|they) (?:have|'ve got|has) (?:a|an|my|our|the) (?:\\w{1,20} )?${EVENT} ${NEAR_WHEN}|${EVENT} (?:is|starts|opens|begins) ${NEAR_WHEN})\\b`, 'i');
/** A problem told against that date: a bad outcome, or a shortfall ("only received 1", "zero traffic", "14 weeks ago"). */
const SHORTFALL = /\b(?:only|still|zero|withheld|ago)\b/i;

/** Something we or ours did, told as done: "the curtains you made", "your engineer dug up", "you've deleted". */
const WE_ACTED = ['(you|your #Noun+) #Adverb? (#PastTense|#Participle)', '#Noun you #Adverb? #PastTense', '(you|your #Noun+) (have|has|had) #Adverb? #Participle'];

/**
 * A verb of bodily harm in the sentence. "bit" is bite's past only after someone who did it ("the dog bit my son", "he
 * got bit"), not in "a bit fiddly", "a little bit worried".
 */
function bodyHarmed(doc: NlpDoc, harmForms: string): boolean {
  const others = harmForms.replace(/\|bit(?=[|)])/g, '').replace(/\(bit\|/, '(');
  return has(doc, others) || has(doc, '(#Noun|#Pronoun|got|get|been|was|were) bit');
}

/** Verbs of failing that, after a determiner, name an ordinary thing: "the trip", "a jam", "the drop-off", "a run". */
const NOUN_NOT_FAULT = /^(?:trips?|drops?|bends?|jams?|whistles?|beeps?|runs?|buzz)$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|our|my|your|this|that|their|his|her|its) $/i;
/** A fault told in a sentence, as a verb of failing (any form) or a fault phrase, not the customer's doing nor asked for. */
function faultIn(text: string, failForms: string): string | null {
  const verb = new RegExp(`\\b${failForms}\\b`, 'gi');
  for (const m of [...text.matchAll(verb), ...[FAULT_PHRASE.exec(text)].filter((x) => x !== null)]) {
    if (FAULT_NOT_THEIRS.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "the trip", "a jam", "our split": a thing named, not a fault done.
    if (NOUN_NOT_FAULT.test(m[0]) && DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    return m[0];
  }
  return null;
}

function mentionsPersonOfTheirs(s: Sentence, doc: NlpDoc): boolean {
  if (KIN_NAME.test(s.text) || AGED_CHILD.test(s.text)) return true;
  return (doc.match(parsedPattern(PERSON_OF_THEIRS)).out('array') as string[]).some((p) => !ROLE.test(p));
}

/**
 * The situations in a message (prepared text), one hit per family at most, each spanning the sentence that told it.
 */
export function situationHits(text: string): SituationHit[] {
  const v = verbs();
  const sentences = sentencesOf(text).map((s) => ({ s, doc: tagSentence(s.text) }));
  const theirs = sentences.some(({ s, doc }) => mentionsPersonOfTheirs(s, doc));
  const hits: SituationHit[] = [];
  const seen = new Set<string>();
  /** A hit on the sentence, or on the words of it that carry the upset (`span`, offsets into the sentence's text). */
  const add = (family: string, mood: Mood, kind: CueKind, weight: number, s: Sentence, span?: readonly [number, number]) => {
    if (seen.has(family)) return;
    seen.add(family);
    hits.push(span ? { mood, kind, weight, start: s.start + span[0], end: s.start + span[1] } : { mood, kind, weight, start: s.start, end: s.start + s.text.trimEnd().length });
  };
  /** The thing's young age told in a statement anywhere: "after one wash", "brand new", "my new glasses". */
  const soonAfter = sentences.some(({ s }) => !s.question && SOON_AFTER.test(s.text));
  let promised = false;
  /** The sentence that tells a sum paid ("I paid £85", "Paid £36."), for a failure told anywhere beside it. */
  let paidSum: Sentence | null = null;
  let promisedDay = false;
  /** The sums a promise told ("would stay at £25"), for another sum told after it. */
  let promisedSums: string[] = [];
  let mildHarms = 0;
  /** Counts got ("ordered 40", "booked for 12"), for a shortfall told later. */
  const ordered: number[] = [];
  // "Thanks," or "Many thanks" on a line of its own signs off; it thanks for nothing done.
  const thanked = /\b(?:thank|thanks|perfect|lovely|amazing|brilliant|wonderful|loved)\b/i.test(text.replace(SIGN_OFF_THANKS, ''));
  // Something we or ours failed to do, told anywhere in the message: "the route you sent took us onto a closed road",
  // "the cab never came", "your crew didn't…".
  const failedOutright = sentences.some(({ s, doc }) => !s.question && has(doc, `(never|didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't) #Adverb? (#PastTense|#Participle|#Verb)`) && !has(doc, '(i|we) (never|didn\'t|did not|haven\'t|have not)'));
  const theyFailed = sentences.some(({ s, doc }) => !s.question && (has(doc, '(you|your #Noun+) #Adverb? (#PastTense|#Participle)') || has(doc, `(never|didn't|did not|wasn't|weren't) #Adverb? #Verb`)));
  /** Where we acted, and whether a bad outcome is told anywhere (statements only), for the fault-of-ours family. */
  let weActedIn: Sentence | null = null;
  let outcomeBad = false;
  let dateAtStake: Sentence | null = null;
  /** A problem told in a sentence other than the date's (statements only). */
  let problemBesideDate = false;
  const despite = doneDespitePattern(v);
  for (const [i, { s, doc }] of sentences.entries()) {
    // Why was I charged that: a question that is the complaint (asked, so read before questions are skipped). What it
    // goes against may follow it: "Why is my bill £64? My plan is £22."
    const whyAndAfter = `${s.text} ${sentences[i + 1]?.s.text ?? ''}`;
    if ((s.question || /^\W*why\b/i.test(s.text)) && WHY.test(s.text) && MONEY_OF_THEIRS.test(s.text) && (FIRST_PERSON.test(s.text) || YOU_TOOK.test(s.text)) && AGAINST_THEM.test(whyAndAfter) && !ASKS_TO_LEARN.test(text) && !thanked) add('why-charged', 'frustrated', 'money', 1, s);
    // Done against them although they did their part: fined with a permit, charged after cancelling, declined with money
    // there — told, or asked in disbelief ("renewed even though I froze it??"), not asked about ahead ("Will it renew…?").
    if ((!s.question || !ASKS_AHEAD.test(s.text)) && (despite.test(s.text) || doneDespiteAfter!.test(s.text) || DECLINED_WITH_MONEY.test(s.text)) && !thanked && !SAID_RIGHT.test(s.text)) add('done-despite', 'frustrated', 'failure', 1, s);
    if (s.question) continue;
    // Refused what they asked for: "My claim was declined", "you refused my return", "We were refused entry".
    if (REFUSED_THEM.test(s.text) && !NOT_REFUSED_THEM.test(s.text) && !thanked) add('refused-them', 'frustrated', 'failure', 1, s);
    // Done to them without asking, or moved down from what they pay for: "moved to Saturdays without asking us", "downgraded my seat".
    if (((WITHOUT_ASKING.test(s.text) && !MAY_WITHOUT.test(s.text)) || (MOVED_DOWN.test(s.text) && !OWN_DOWNGRADE.test(s.text))) && !thanked) add('done-unasked', 'frustrated', 'failure', 1, s);
    // Paid for it and it is not there: "bought the deluxe edition for the bonus maps, the bonus maps aren't there".
    const paidFor = PAID_FOR.exec(s.text);
    if (paidFor && NOT_GOT_AFTER.test(s.text.slice(paidFor.index + paidFor[0].length).replace(SAID_FINE, '').replace(OWN_NEGATION, '')) && !NOT_YET.test(s.text) && !WANTS_SWAP.test(s.text) && !thanked) add('paid-not-got', 'frustrated', 'money', 1, s);
    if (PAID_SUM.test(s.text) && !thanked) paidSum = s;
    // Put somewhere poor: "We were put next to the generators all weekend", "seated behind a pillar".
    if (PUT_SOMEWHERE_POOR.test(s.text) && !PLACE_ASKED.test(s.text) && !thanked) add('put-somewhere-poor', 'disappointed', 'failure', 1, s);
    // What they booked was not there or was taken: "The vegan meal I pre-booked wasn't on the train".
    if (BOOKED_NOT_THERE.test(s.text) && !NOT_YET.test(text) && !thanked) add('booked-not-there', 'frustrated', 'failure', 1, s);
    // Fewer than due: "The repeat prescription came with 28 tablets instead of 56" (not a swap asked for).
    if (fewerInstead(s.text) && !WANTS_SWAP.test(s.text) && !ASKS_FOR_IT.test(s.text) && !thanked) add('fewer-instead', 'frustrated', 'failure', 1, s);
    // Took long to come: "Your tow truck took 6 hours to reach us".
    if (TOOK_LONG.test(s.text) && !thanked) add('took-long', 'frustrated', 'waiting', 1, s);
    // Called off on them: "My flight was cancelled and I need a refund", "the hike got cancelled for weather" with its cost told.
    if (CALLED_OFF.test(s.text) && !NOT_CALLED_OFF_ON_THEM.test(s.text) && !OWN_APOLOGY.test(s.text) && COST_OF_CALLING_OFF.test(text) && !thanked) add('called-off', 'disappointed', 'loss', 1, s);
    // Still faulty after our repair or service, or back from it with a fault.
    if (FIX_TOLD.test(s.text) && ((AFTER_OUR_FIX.test(s.text) && STILL_FAULT.test(s.text)) || BACK_WITH_FAULT.test(s.text)) && !thanked) add('still-after-our-fix', 'frustrated', 'broken', 1, s);
    if (!weActedIn && WE_ACTED.some((pattern) => has(doc, pattern))) weActedIn = s;
    const bad = ADVERSE.test(s.text.replace(SAID_FINE, '').replace(OWN_NEGATION, ''));
    if (bad) outcomeBad = true;
    if (!dateAtStake && DATE_AT_STAKE.test(s.text)) dateAtStake = s;
    else if (bad || SHORTFALL.test(s.text) || faultIn(s.text, v.fail)) problemBesideDate = true;
    // Harm to someone they care for, or to them: a verb of bodily harm, or a harm adjective.
    // The harm is told of a person in this sentence ("he feels dizzy", "my son has a swollen eye"), not of a thing or
    // a game character in a sentence with no one in it ("Been playing 30 sec and fell in some water").
    const aboutPeople = mentionsPersonOfTheirs(s, doc) || has(doc, '(i|we|me|us|my|our|he|she|they|him|her|them)');
    if (aboutPeople && !GLAD_TEARS.test(s.text)) {
      if (bodyHarmed(doc, v.bodyHarm) || has(doc, STRONG_HARM_WORDS) || /\ba&e\b/i.test(s.text) || HARM_SIGNS.test(s.text)) add('harm', 'worried', 'safety', 1, s);
      else if (theirs && (has(doc, v.hurtFeelings) || has(doc, '(was|were|got|been) left (standing|alone|outside|behind|waiting|stranded|on|in|at)'))) add('hurt', 'frustrated', 'failure', 1, s);
      // Two mild harms told ("a dairy allergy", "she was sick in class") make one.
      else if (has(doc, MILD_HARM_WORDS) && theirs && mildHarms < 2) add(`mild-harm-${mildHarms++}`, 'worried', 'safety', 0.5, s);
    }
    // A hazard at home: gas smelt, a leak, sparks, someone else's medicine.
    if (HAZARD.test(s.text)) add('hazard', 'worried', 'safety', 1, s);
    // Money taken or lost: a sum beside a verb of taking, or paid for nothing ("paid $450 for a camera that never came").
    if (has(doc, '#Money')) {
      // The verb itself, not its noun: "has a £3.95 charge on it" reports a price, "you charged me £3.95" a taking.
      const paid = asVerb(doc, v.pay);
      if (takenBySomeone(doc, v.takeMoney) || has(doc, '(gone|overdrawn|short)') || has(doc, 'out of pocket') || has(doc, 'up by #Money')) add('money', 'frustrated', 'money', 1, s);
      else if (paid && (NEGATION.test(s.text) || has(doc, '(twice|again|already)'))) add('money', 'frustrated', 'money', 1, s);
    }
    // Treated badly: a verb of contempt aimed at them or theirs ("swore at me", "rolled his eyes at my wife").
    const target = '(me|us|him|her|them|my|our)';
    if (has(doc, `${v.mistreat} #Adverb? (at|on|to)? ${target}`) || has(doc, `${v.mistreat} (his|her|their) eyes`) || has(doc, `${v.speak} (to|at)? ${target} .{0,6} as if`) || has(doc, `${v.speak} (to|at)? ${target} .{0,6} like (a|an|#Noun)`)) add('mistreated', 'frustrated', 'failure', 1, s);
    // An event of theirs missed through someone else: a "miss" with a cause in the sentence.
    const missedWhat = MISSED_OBJECT.exec(s.text);
    if (missedWhat && has(doc, `(i|we|#Actor) #Adverb? ${v.miss}`) && !CONTACT_TARGET.test(missedWhat[1]!) && CAUSE.test(s.text) && !OWN_APOLOGY.test(s.text)) add('missed', 'disappointed', 'loss', 1, s);
    // Contacts counted: "given my claim number to five different people", "chased every fortnight", "hours on hold".
    if (has(doc, `${v.repeat} .{0,4} to #Value different? (people|agents|staff|advisers|advisors|operators|persons)`) || has(doc, `${v.chase} (you|them)? every (day|week|fortnight|month|few days)`) || has(doc, '(hours|days) on hold')) add('contacts', 'frustrated', 'repeat-contact', 1, s);
    // Kept from something everyday or bodily: "I cannot pay my rent online", "she can't hear without it", "carers can't
    // reach clients" (not "I can't wait", "can't work out how", "if I can't pay…?").
    for (const kept of doc.match(parsedPattern(`(can't|cannot|couldn't|#Modal) not? #Adverb? (${v.everyday.slice(1, -1)}|${v.bodily.slice(1, -1)})`)).out('array') as string[]) {
      if (!/\b(?:can't|cannot|couldn't|can not|could not)\b/i.test(kept) || /\b(?:if|any ?more|any longer)\b/i.test(s.text)) continue;
      const after = s.text.slice(s.text.toLowerCase().indexOf(kept.toLowerCase()) + kept.length);
      if (NOT_A_NEED_AFTER.test(after)) continue;
      if (has(tagSentence(kept), v.bodily)) add('kept-bodily', 'worried', 'safety', 1, s);
      else add('kept', 'frustrated', 'failure', 1, s);
    }
    // A consequence forced on them by what we did: "had to pay £90 for a black cab", "we had to backtrack 30km", "now I
    // have to drive to the depot" — with a cost in the sentence or a failure told in the message, and no reason of their own.
    if ((has(doc, 'had to #Adverb? #Verb') || has(doc, 'had to #Noun') || has(doc, 'now (i|we) (have|need) to')) && !OWN_REASON.test(s.text) && (has(doc, '(#Money|#Unit|hours|miles|km|minutes|mins|day off|days off)') || theyFailed)) add('forced', 'frustrated', 'failure', 1, s);
    // A fault of the thing itself, told flatly, that came soon after we sold, fitted or fixed it, or that comes back
    // again and again ("The mattress sags after three months", "The app logs me out every time", "the router restart
    // itself every hour"): the fault costs them the thing they paid for. Their own doing or a request is no fault.
    const fault = faultIn(s.text, v.fail);
    if (fault && !thanked && (soonAfter || RECURS.test(s.text))) add('fault-soon-or-again', 'frustrated', 'broken', 1, s);
    if (SAME_FAULT.test(s.text) && !thanked) add('same-fault', 'frustrated', 'broken', 1, s);
    // It came spoilt: "The vase arrived in pieces", "The hake arrived warm", "The costumes arrived the day after our opening night".
    if (ARRIVED_SPOILT.test(s.text) && !thanked) add('arrived-spoilt', 'frustrated', 'broken', 1, s);
    // A fault dated from our own work ("Our labels print blank since your update", "The water has been brown since you
    // serviced the pump"): what we did broke what worked. Not praise for it, nor a question about it (skipped above).
    if (SINCE_OUR_WORK.test(s.text) && !thanked && (fault || BAD_STATE.test(s.text) || ADVERSE.test(s.text.replace(SAID_FINE, '').replace(OWN_NEGATION, '')))) add('since-our-work', 'frustrated', 'broken', 1, s);
    // What the fault cost them, counted: "lost maybe 20 sales", "six weeks of export lost", "Half the session was wasted",
    // "drove in for nothing", "took the day off for this" (not a loss that was their own doing, nor thanks).
    if (COST_COUNTED.test(s.text) && !thanked && !OWN_DOING.test(s.text)) add('cost-counted', 'frustrated', 'loss', 1, s);
    // Kept waiting a long time, told as a fact: "we stand 40 minutes", "been stood on the platform since 6:40", "She waited
    // in the dark for an hour" (not a wait they offer, nor one that ended well).
    const waited = WAITED_LONG.exec(s.text);
    if (waited && !WAIT_OFFERED.test(s.text.slice(Math.max(0, waited.index - 24), waited.index + waited[0].length)) && !thanked) add('waited-long', 'frustrated', 'waiting', 1, s);
    // Later than paid for: "It came five days late", "Paid for next-day delivery. It came five days later."
    const late = LATE_BY.exec(s.text);
    if (late && (/late$/i.test(late[0]) || PAID_FOR_SPEED.test(text)) && !thanked) add('late-by', 'frustrated', 'waiting', 1, s);
    // Charged for more than they got: "Invoice 4471 charges us for 40 hours but your engineer was on site for 22",
    // "the app charged me for 2 hours but I parked after 15 mins", "fare RM68 instead of RM30".
    if (CHARGED_FOR_MORE.test(s.text) && countsOrSums(s.text) >= 2 && !thanked && !ASKS_FOR_IT.test(s.text) && !PUZZLED.test(s.text)) add('charged-for-more', 'frustrated', 'money', 1, s);
    // Kept from their medicine: "Couldn't get my inhaler", "can't collect Dad's insulin".
    if (HEALTH_KEPT.test(s.text)) add('health-kept', 'worried', 'safety', 1, s);
    // Sent to us well and came back hurt: "Our cat came home with fleas after a week with you".
    if (CAME_HOME_WITH.test(s.text) && !thanked) add('came-home-with', 'frustrated', 'broken', 1, s);
    // Not what they signed up for: "This isn't what I signed up for".
    if (NOT_WHAT_THEY_GOT.test(s.text)) add('not-what-they-got', 'frustrated', 'failure', 1, s);
    // A measure far off what they pay or use: "My speed is half what I pay for", "My water bill is triple the usual".
    if (FAR_OFF.test(s.text) && !thanked) add('far-off', 'frustrated', 'money', 1, s);
    // What should have been, told as past: "my insurance was supposed to cover".
    if (WAS_SUPPOSED.test(s.text) && !FREE_EXTRA.test(s.text) && !thanked && !ASKS_FOR_IT.test(s.text)) add('was-supposed', 'frustrated', 'failure', 1, s);
    // Their tries or nothing happening, counted in time: "been trying to withdraw my £8,000 for a month".
    if ((TRYING_FOR.test(s.text) || NOTHING_FOR.test(s.text)) && !TIME_ASKED_OFFERED.test(s.text) && !thanked) add('time-counted', 'frustrated', 'waiting', 1, s);
    // Past the date it was due: "It's three months past the handover date".
    if (PAST_DUE_DATE.test(s.text) && !thanked) add('past-due-date', 'frustrated', 'waiting', 1, s);
    // A let-down at the end of a trip or a wait: "drove four hours to the venue only to find the gig moved".
    if (ONLY_TO_FIND.test(s.text) && !ONLY_TO_FIND_FINE.test(s.text) && !thanked) add('only-to-find', 'frustrated', 'failure', 1, s);
    // Not told, said after: "Would have been good to know before we booked".
    if (SHOULD_HAVE_TOLD.test(s.text) && !thanked) add('should-have-told', 'frustrated', 'failure', 1, s);
    // Not there before our work: "the check engine light is now on. It wasn't before."
    if (NOT_BEFORE.test(s.text) && OUR_WORK_TOLD.test(text) && !thanked) add('not-before', 'frustrated', 'broken', 1, s);
    // Given someone else's thing: "came with somebody else's pizza".
    if (SOMEONE_ELSES.test(s.text) && !thanked) add('someone-elses', 'frustrated', 'failure', 1, s);
    // Worse than before our work: "rather more of them now than before he came".
    if (WORSE_THAN_BEFORE_US.test(s.text) && !thanked) add('worse-than-before-us', 'frustrated', 'broken', 1, s);
    // Theirs gone: "Session files from Saturday are gone", "my appointment is gone".
    if (THEIRS_GONE.test(s.text) && !OWN_LOSS.test(s.text) && !thanked) add('theirs-gone', 'frustrated', 'loss', 1, s);
    // A cost told back with "that", beside something that went wrong: "That was six hours of the band's time and £600".
    if (COST_TOLD_BACK.test(s.text) && !thanked && sentences.some((o) => o.s !== s && !o.s.question && WENT_WRONG.test(o.s.text.replace(SAID_FINE, '').replace(OWN_NEGATION, '')))) add('cost-told-back', 'frustrated', 'loss', 1, s);
    // Promised within a span, and a longer span has passed: "promised within six weeks. It's been five months".
    const promisedSpan = PROMISED_SPAN.exec(s.text) ?? (sentences[i - 1] && !sentences[i - 1]!.s.question ? PROMISED_SPAN.exec(sentences[i - 1]!.s.text) : null);
    const passedSpan = SPAN_PASSED.exec(s.text.slice(promisedSpan && PROMISED_SPAN.test(s.text) ? promisedSpan.index + promisedSpan[0].length : 0));
    if (promisedSpan && passedSpan && spanDays(passedSpan[1]!, passedSpan[2]!) > spanDays(promisedSpan[1]!, promisedSpan[2]!) && !thanked) add('span-passed', 'frustrated', 'waiting', 1, s);
    // Paid for one thing and it turned out less: "the pitch we paid extra for turned out to be a patch of mud".
    if (PAID_TURNED_OUT.test(s.text) && !TURNED_OUT_FINE.test(s.text) && !thanked) add('paid-turned-out', 'disappointed', 'failure', 1, s);
    // A detail of theirs got wrong by us: "came back with my mother's maiden name wrong" (not their own slip).
    if (DETAIL_WRONG.test(s.text) && !OWN_WRONG.test(s.text) && !thanked) add('detail-wrong', 'frustrated', 'failure', 1, s);
    // Came for what they booked and found it shut: "We arrived at 6:50 and the place was locked".
    if (CAME_TO_CLOSED.test(s.text) && BOOKED_TOLD.test(text) && !thanked) add('came-to-closed', 'frustrated', 'failure', 1, s);
    // Kept out in the weather: "Eight of us stood on the pavement in the rain".
    if (WAITED_OUT.test(s.text) && !WAIT_OFFERED.test(s.text) && !thanked) add('waited-out', 'frustrated', 'waiting', 1, s);
    // Got other than what they booked: "Booked a double, got a twin", "Ordered the oak, but you sent the pine".
    if ((BOOKED_GOT_OTHER.test(s.text) || (otherArrived(s.text) && !PART_EXPECTED.test(s.text))) && !thanked && !WANTS_SWAP.test(s.text)) add('booked-got-other', 'frustrated', 'failure', 1, s);
    // Something of theirs done or told wrong by us: "The pallet was delivered to the wrong warehouse", "My payslip shows the
    // wrong tax code", "My bill is wrong again" — not their own slip ("I typed the wrong postcode"), nothing wrong, a case supposed.
    if ((has(doc, '(wrong|incorrect) #Adjective? #Noun') || has(doc, '(my|our|the|your|his|her) #Adjective? #Noun+ (is|are|was|were|looks|seems) #Adverb? (wrong|incorrect)')) && !OWN_WRONG.test(s.text) && !NOTHING_WRONG.test(s.text) && !thanked) add('done-wrong', 'frustrated', 'failure', 1, s);
    // Left carelessly by us: "Your meter reader left my gate open", "the driver left my wardrobe on the pavement in the rain",
    // "You left soot all over our carpet", "My parcel was left outside in the rain" (not their own doing, nor as asked).
    if (LEFT_CARELESSLY.test(s.text) && !LEFT_AS_ASKED.test(s.text) && !thanked) add('left-carelessly', 'frustrated', 'failure', 1, s);
    // A trip made to find it not ready: "My prescription wasn't ready when I came", "the cake wasn't there when we arrived".
    if (NOT_READY_WHEN_CAME.test(s.text)) add('not-ready-when-came', 'frustrated', 'failure', 1, s);
    // Fewer came than were got: "Ordered 6 dining chairs. 4 came.", "We booked for 12 and only 8 sets were ready".
    if (has(doc, v.obtain)) ordered.push(...countsIn(tagSentence(doc.match(parsedPattern(`${v.obtain} .{0,3} #Cardinal`)).text())));
    if (ordered.length && !PART_EXPECTED.test(s.text)) {
      const shortBy = (n: number) => ordered.some((o) => n < o);
      const came = doc.match(parsedPattern(`#Cardinal .{0,4} (${v.arrive.slice(1, -1)}|were|was|are)`)).out('array') as string[];
      const only = doc.match(parsedPattern('only #Cardinal')).found;
      // …or told by what they got: "I bought two tickets but only received one", "ordered 5 and got just 3".
      const gotOnly = [...(doc.match(parsedPattern('(only|just) (received|got) #Cardinal')).out('array') as string[]), ...(doc.match(parsedPattern('(received|got) (only|just) #Cardinal')).out('array') as string[])];
      const shortCame = came.some((c) => countsIn(tagSentence(c)).some(shortBy)) && (only || !doc.match(parsedPattern(`#Cardinal .{0,4} (${v.obtain.slice(1, -1)})`)).found);
      if (shortCame || gotOnly.some((c) => countsIn(tagSentence(c)).some(shortBy))) add('short', 'frustrated', 'failure', 1, s);
    }
    // Paid, and what was paid for failed elsewhere in the message: "The seller never sent the camera. I paid £420."
    if (failedOutright && !thanked && has(doc, '#Money') && asVerb(doc, v.pay)) add('money', 'frustrated', 'money', 1, s);
    // A wait counted as a delay: "6 hour delay", "a three-day delay" (not asked about: questions are skipped).
    if (has(doc, '#Value #Adjective? (hour|hours|day|days|week|weeks|month|months|minute|minutes) (delay|wait|late)') && !OWN_LATENESS.test(s.text)) add('delay', 'frustrated', 'waiting', 1, s);
    // Things missing, listed: "no food voucher, no announcements".
    if ((doc.match(parsedPattern('no #Adjective? #Noun')).out('array') as string[]).filter((a) => !NOT_AN_ABSENCE.test(a)).length >= 2 && !/\bwith no\b/i.test(s.text)) add('absences', 'frustrated', 'waiting', 1, s);
    // Called off at short notice by someone else: "The show was cancelled an hour before doors", "you moved it the morning of".
    if (has(doc, `(was|were|got|been|you|they|#Actor) ${v.cancel}`) && !has(doc, `(i|we) ${v.cancel}`) && /\b(?:(?:an?|\d{1,2}|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|few|couple of) (?:hours?|minutes?|mins?|days?) before|the (?:morning|night|day|evening) (?:of|before)|on the day|at the last minute|last[- ]minute)\b/i.test(s.text)) add('short-notice', 'frustrated', 'failure', 1, s);
    // A thing that quit: "stopped working after 10 days", "is stop working", "stops charging".
    if (has(doc, `${v.stop} ${FUNCTION_LOST}`) && !has(doc, `(please|can|could|how|want|like) .{0,3} ${v.stop}`)) add('stopped', 'frustrated', 'broken', 1, s);
    // Something else than what they chose: "white roses, not the peonies we chose", "a different shade from the sample
    // I picked", "your crew left the piano in the garage instead of the lounge" (not their own request to swap).
    const what = `(the|a|my|our)? #Adjective? #Noun+ (i|we) #Adverb? (had|have)? ${v.choose}`;
    const chosen = ['not', 'instead of', 'rather than', 'different #Noun? from', 'different #Noun? to'].some((head) => has(doc, `${head} ${what}`));
    if (!WANTS_SWAP.test(s.text) && (chosen || (has(doc, 'instead of') && has(doc, '(you|your #Noun+) #Adverb? #PastTense')))) add('substituted', 'frustrated', 'failure', 1, s);
    // An occasion of theirs that went wrong: "my daughter spent her 6th birthday watching the gate", "given a room
    // facing the bins for our 25th anniversary" — not a thank-you that names it.
    // The sign it went wrong may be told in the sentence next to the occasion ("The flowers for my wedding arrived late. I
    // walked down the aisle without a bouquet"; "There is no pool. We booked it for our honeymoon").
    const beside = [sentences[i - 1], sentences[i + 1]].some((n) => n && !n.s.question && OCCASION_SPOILT.test(n.s.text.replace(SAID_FINE, '')));
    if (!thanked && has(doc, OCCASION) && (OCCASION_SPOILT.test(s.text.replace(SAID_FINE, '')) || beside || theyFailed || hits.length > 0)) add('occasion', 'disappointed', 'loss', 1, s);
    // A promise broken: a promise told ("you said", "I was told", "you gave me your word"), then a sentence of what did not happen.
    if (promised && NEGATION.test(s.text)) add('promise', 'frustrated', 'failure', 1, s);
    // …or the promised day has come and gone: "You said it would be fitted by the 14th. It's the 21st", "you said ready
    // Tuesday, today is Friday".
    const dayBefore = promisedDay;
    // (A bounded gap before an alternation never matches in compromise: one pattern per tag.)
    if (['#Date', '#Ordinal'].some((day) => has(doc, `(you|they|he|she|#Actor|#Noun) #Adverb? ${v.promise} .{0,8} ${day}`) || has(doc, `^${v.promise} .{0,8} ${day}`))) promisedDay = true;
    const passed = PASSED_DAY.exec(s.text);
    // The day told after the promise ("It is now the 12th"), in its own sentence or after it ("said Monday, today is Thursday").
    if (passed && (dayBefore || (promisedDay && has(tagSentence(s.text.slice(0, passed.index)), v.promise))) && !/\bthank/i.test(text)) add('promise', 'frustrated', 'failure', 1, s);
    // What was said is a promise only when it told what would happen ("you said the van would be here at 8"):
    // "the pharmacist said on an empty stomach" reports advice.
    const saidItWould = (has(doc, `(you|they|he|she|#Actor|#Singular|#Plural) #Adverb? ${v.promise}`) || has(doc, `(i|we) (was|were) ${v.promise}`)) && has(doc, `${v.promise} .{0,8} (would|will|could|can|shall|going|by|within)`);
    // A sum told after a promise of another ("I was told my contract would stay at £25. This month's bill is £38.").
    const sums = SUM.exec(s.text) ? [...s.text.matchAll(SUMS)].map((m) => m[0].replace(/[^\d.]/g, '')) : [];
    if (promisedSums.length && sums.some((n) => !promisedSums.includes(n)) && BILLED_NOW.test(s.text) && !thanked) add('promise', 'frustrated', 'money', 1, s);
    if (saidItWould || has(doc, '(gave|given) (me|us) (your|their|his|her) word')) {
      promised = true;
      if (sums.length) promisedSums = sums;
      const contrast = /\b(?:but|yet|and now|and still|and it's|instead)\b/i.exec(s.text);
      if (contrast && NEGATION.test(s.text.slice(contrast.index))) add('promise', 'frustrated', 'failure', 1, s);
    }
  }
  // A sum paid, told beside what went wrong: "The lights went off mid match, we were told to go home. Paid £36.", "I paid
  // £2,340 for this." — not a payment told with nothing wrong ("I paid £50 yesterday, can you confirm?"), nor "yet".
  if (paidSum && !thanked && !NOT_YET.test(text) && (PAID_FOR_THIS.test(paidSum.text) || sentences.some(({ s }) => !s.question && WENT_WRONG.test(s.text.replace(SAID_FINE, '').replace(OWN_NEGATION, ''))))) add('paid-and-wrong', 'frustrated', 'money', 1, paidSum);
  // Our doing, told as the fault: "The element you replaced has failed again", "Your app froze… now I don't know if the
  // money went", "The gates you made don't fit the posts" — what we did, and what came of it, with no thanks beside it.
  // Only when nothing else in the message read as upset: a fault plainly told still wants an acknowledgement.
  if (weActedIn && outcomeBad && !thanked && hits.length === 0) add('our-fault', 'frustrated', 'failure', 1, weActedIn);
  // A problem against a date of theirs close at hand: "The costumes arrived a size too small. Our show opens tomorrow."
  if (dateAtStake && problemBesideDate && !thanked && hits.length === 0) add('date-at-stake', 'urgent', 'deadline', 1, dateAtStake);
  // Harm done to theirs by someone handling it, told as a fact (session 38): "the movers chipped the leg of my piano",
  // "installer drilled through a water pipe", "You shredded a letter from the tax office that I needed!" — not by the
  // customer or theirs ("I scratched it", "my son broke it"), not a phrasal use ("broke down the steps", "dropped off").
  const harmedBy = sentences.find(({ s, doc }) => !s.question && !SUPPOSED_HARM.test(s.text) && has(doc, `(you|your|the|a|an|#Actor|#Plural|#Singular) #Noun? (have|has|had)? #Adverb? ${v.damage} (my|our|the|a|an|his|her|their|its|it|them|through|into|over|#Noun)`) && !has(doc, `(i|we|my|our|me|us) #Adjective? #Noun? (have|had)? #Adverb? ${v.damage}`) && !HARM_PHRASAL.test(s.text));
  if (harmedBy && !thanked && hits.length === 0) add('harm-by-handler', 'frustrated', 'broken', 1, harmedBy.s);
  // A problem told beside someone who depends on them, there with them ("I sat in the terminal for three hours with two
  // kids", "We still have mice after two treatments. I have a baby in the house"): what the fault costs a dependant.
  const dependant = sentences.find(({ s }) => !s.question && DEPENDANT_WITH_THEM.test(s.text));
  const hardship = outcomeBad || failedOutright || sentences.some(({ s }) => !s.question && (HARDSHIP_TOLD.test(s.text) || faultIn(s.text, v.fail) !== null));
  if (dependant && hardship && !thanked && hits.length === 0) add('dependant', 'frustrated', 'failure', 1, dependant.s);
  // …or a need of their own or of someone with them, said beside a problem (session 38): "I use a wheelchair", "he is
  // hard of hearing", "my kid is allergic to oats", "I've been ill for two months" — met by a problem told, even in a
  // complaint asked ("got an email saying it's cancelled??"), not by a plain question ("I use a wheelchair. Is it step-free?").
  const needOfTheirs = sentences.find(({ s }) => !s.question && VULNERABLE.test(s.text));
  const besideANeed = sentences.some(({ s }) => (!s.question || !ASKED_PLAINLY.test(s.text)) && HARDSHIP_BESIDE_A_NEED.test(s.text));
  if (needOfTheirs && besideANeed && !thanked && hits.length === 0) add('dependant', 'frustrated', 'failure', 1, needOfTheirs.s);
  // Stakes told plainly (stakes.ts): a service gone for days, many people of theirs kept from work, a problem reported
  // before — only where nothing else read the message upset.
  if (hits.length === 0) {
    for (const { family, index, span } of stakesIn(sentences, text, thanked)) {
      add(family, 'frustrated', CUE_OF_STAKES.get(family)!, 1, sentences[index]!.s, span);
    }
  }
  // Upset told in calm words (told-calmly.ts): a wait counted since they asked, a promise come due, paid and not there,
  // a question that is a reproach — the cue is the words that carry it.
  if (hits.length === 0) {
    for (const { family, index, start, end } of calmToldIn(sentences, text, thanked)) {
      add(family, 'frustrated', CUE_OF_CALM_TOLD[family], 1, sentences[index]!.s, [start, end]);
    }
  }
  return hits;
}
