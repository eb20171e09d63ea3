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
import { nlp, tagSentence, type Conjugations, type NlpDoc } from '../../nlp/nlp';
import type { Mood } from '../types';
import type { CueKind } from './cues';

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
function formsOf(lemmas: readonly string[], pastOnly = false): string {
  const forms = new Set<string>();
  for (const lemma of lemmas) {
    if (!pastOnly) forms.add(lemma);
    const c = conjugate(lemma);
    const wanted = pastOnly ? [c?.PastTense, c?.Participle] : [c?.PastTense, c?.PresentTense, c?.Gerund, c?.Participle];
    for (const f of wanted) if (f && !f.includes(' ')) forms.add(f);
  }
  return `(${[...forms].join('|')})`;
}

type VerbFamily = 'bodyHarm' | 'hurtFeelings' | 'takeMoney' | 'pay' | 'promise' | 'mistreat' | 'speak' | 'miss' | 'chase' | 'repeat';
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
  return doc.match(pattern).found;
}

/**
 * A verb of `forms` with someone doing it before it ("you've billed me", "the hotel charged my card"), not a price
 * told as a noun ("a £3.95 charge on it", which compromise may tag a verb after the sum).
 */
function takenBySomeone(doc: NlpDoc, forms: string): boolean {
  return doc.match(`(#Noun|#Adverb|#Verb) ${forms}`).match(`${forms}`).match('#Verb').found;
}

/** A word of `forms` read as a verb by compromise (not "a charge", "the bill"). */
function asVerb(doc: NlpDoc, forms: string): boolean {
  return doc.match(forms).match('#Verb').found;
}

function mentionsPersonOfTheirs(s: Sentence, doc: NlpDoc): boolean {
  if (KIN_NAME.test(s.text) || AGED_CHILD.test(s.text)) return true;
  return (doc.match(PERSON_OF_THEIRS).out('array') as string[]).some((p) => !ROLE.test(p));
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
  const add = (family: string, mood: Mood, kind: CueKind, weight: number, s: Sentence) => {
    if (seen.has(family)) return;
    seen.add(family);
    hits.push({ mood, kind, weight, start: s.start, end: s.start + s.text.trimEnd().length });
  };
  let promised = false;
  let mildHarms = 0;
  for (const { s, doc } of sentences) {
    if (s.question) continue;
    // Harm to someone they care for, or to them: a verb of bodily harm, or a harm adjective.
    // The harm is told of a person in this sentence ("he feels dizzy", "my son has a swollen eye"), not of a thing or
    // a game character in a sentence with no one in it ("Been playing 30 sec and fell in some water").
    const aboutPeople = mentionsPersonOfTheirs(s, doc) || has(doc, '(i|we|me|us|my|our|he|she|they|him|her|them)');
    if (aboutPeople && !GLAD_TEARS.test(s.text)) {
      if (has(doc, v.bodyHarm) || has(doc, STRONG_HARM_WORDS) || /\ba&e\b/i.test(s.text)) add('harm', 'worried', 'safety', 1, s);
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
    // A promise broken: a promise told ("you said", "I was told", "you gave me your word"), then a sentence of what did not happen.
    if (promised && NEGATION.test(s.text)) add('promise', 'frustrated', 'failure', 1, s);
    // What was said is a promise only when it told what would happen ("you said the van would be here at 8"):
    // "the pharmacist said on an empty stomach" reports advice.
    const saidItWould = (has(doc, `(you|they|he|she|#Actor|#Singular|#Plural) #Adverb? ${v.promise}`) || has(doc, `(i|we) (was|were) ${v.promise}`)) && has(doc, `${v.promise} .{0,8} (would|will|could|can|shall|going|by|within)`);
    if (saidItWould || has(doc, '(gave|given) (me|us) (your|their|his|her) word')) {
      promised = true;
      const contrast = /\b(?:but|yet|and now|and still|and it's|instead)\b/i.exec(s.text);
      if (contrast && NEGATION.test(s.text.slice(contrast.index))) add('promise', 'frustrated', 'failure', 1, s);
    }
  }
  return hits;
}
