/**
 * The features the learned sentence classifier weighs, for one sentence of the agent's own text.
 * General ways of speaking, so what it learns from one set of voices can carry to the next:
 * - `m:<marker>`: the politeness and service markers the analyzer already counts (markers.ts);
 * - `t:<tag>`: grammar from compromise — a passive, a modal, a negation, an order (a bare verb first),
 *   who the subject is (I, we, you, a thing or a team), a question;
 * - `s:<shape>`: shapes read from the words, no tagger needed — an obligation on the customer, "only", a guess at
 *   their fault, someone else's job, a refusal with its condition, the agent's own "I will", a reason given;
 *   and from the text: acronyms (jargon, internal codes) and a question mark;
 * - `v:<stance>`: the sentence's stance, whatever its topic (issue #10) — who it makes the subject (agent, customer,
 *   another party, a thing), a door closed, the customer's own failing, a rule cited, another party acting, a
 *   promise with no time to it;
 * - `w:<word>`, `w:<word> <word>`, `start:<word>`, `start:<word> <word>`: lower-case words with contractions
 *   expanded and numbers folded to "0", the pairs of them, and the sentence's first one or two words
 *   (the word features, regularised harder in training, as in the warmth model);
 * - `st:<stem>`: each content word's crude stem (contentStem), so "refunded" and "refunds" share a weight.
 * Beside these, from the reply rather than the sentence: `r:any` and `r:<principle>` when a rule flagged another
 * sentence of the reply, and under which principle (rule-context.ts; the detector reads them, the principle models do not).
 * Not here: the mean pre-trained word vector (word-vectors.ts, `e:`), measured in session 30 and not shipped (README,
 * "The learned cold-sentence check"): `train-classifier.ts --vectors` adds it in training only.
 * Which words count is decided by the training data (a word seen in too few training sentences gets
 * no weight), and the model file holds only the weights it learned.
 */
import type { FeatureVector } from '../warmth/features';
import { MARKER_FEATURES } from '../warmth/features';
import type { SentenceMarkers } from '../markers';

/** What the classifier needs of a sentence: its text, its markers and (lazily) its tagged form. */
export interface ClassifiedSentence {
  text: string;
  markers: SentenceMarkers;
  /** compromise's document of the sentence, tagged on first use (the analyzer's SentenceDoc.get). */
  tagged(): TaggedSentence;
}

/** The part of compromise's document the features read. */
export interface TaggedSentence {
  has(match: string): boolean;
}

const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["can't", ['can', 'not']],
  ['cannot', ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["i'm", ['i', 'am']],
]);
const SUFFIXES: readonly [string, string][] = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

// One linear pass: a run of letters or digits, with inner apostrophes or hyphens.
const TOKEN = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
// A link is one word, "url", whatever its address ("<url>" is how anonymised data writes one): its parts say nothing of tone.
const LINK = /<url>|\bhttps?:\/\/\S+|\bwww\.\S+/gi;

/** The sentence's words, lower-case, contractions expanded ("don't" → "do not"), digits folded to "0". */
export function normalizedWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/’/g, "'").replace(LINK, ' url ').match(TOKEN) ?? []) {
    const word = raw.replace(/\d+/g, '0');
    const whole = EXPANSIONS.get(word);
    if (whole) {
      out.push(...whole);
      continue;
    }
    const suffix = SUFFIXES.find(([s]) => word.endsWith(s) && word.length > s.length);
    if (suffix) {
      out.push(word.slice(0, -suffix[0].length), suffix[1]);
      continue;
    }
    // "customer's" → "customer" and "'s": the possessive or "is" carries little on its own.
    out.push(word.endsWith("'s") ? word.slice(0, -2) : word);
  }
  return out;
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'let']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);

/** Grammar read from compromise's tags: cheap `has` look-ups on the sentence's tagged document. */
const TAG_FEATURES: readonly [string, string][] = [
  ['t:passive', '#Passive'],
  ['t:modal', '#Modal'],
  ['t:negative', '#Negative'],
  ['t:imperative', '^#Adverb? (please|kindly)? #Infinitive'],
  ['t:youModal', '(you|your) #Adverb? (#Modal|need|have|has|are required|is required)'],
  ['t:weNegative', '(we|i|our) #Adverb? #Auxiliary? (#Negative|unable|cannot)'],
  ['t:thingSubject', '^(the|all|any|our|your|this|these|those)? #Adjective? #Noun+ #Adverb? (#Auxiliary|#Modal|#Copula)'],
  ['t:future', 'will #Adverb? #Verb'],
  // The shapes the phrase rules miss on voices nobody tuned them for (issue #10) that need the tagger (the others
  // are read from the words, SHAPES below, so they cost no tagging): a bare order to the customer with no "please"
  // before the verb ("Run your tap for 20 minutes."), a rule in the passive voice ("Claims must be submitted…"),
  // and what the agent did ("I've booked…"), the other side.
  ['t:bareOrder', '^(just|simply)? #Imperative'],
  ['t:mustBe', '(must|have to|has to|need to|needs to|should) #Adverb? be #PastTense'],
  ['t:agentDid', '(i|we) #Adverb? (have|had)? #Adverb? #PastTense'],
];

/** The names of the features read from compromise's tags. */
export const TAG_FEATURE_NAMES: readonly string[] = TAG_FEATURES.map(([name]) => name);

// Shapes read from the sentence's normalised words (one space between them), without the tagger. Each regex is
// linear: alternations of literal words with at most one optional word ("(?:\w+ )?") between them.
const SHAPES: readonly [string, RegExp][] = [
  // an obligation put on the customer ("You will have to…", "You are required to…", "You should have…");
  ['s:youObligation', /\byou (?:\w+ )?(?:must|need|needs|have to|has to|should|ought|will have to|are required|are expected|would need)\b/],
  // a restriction ("Returns are only accepted with a receipt.");
  ['s:only', /\b(?:only|solely|exclusively|strictly)\b/],
  // a guess at the customer's fault ("You probably entered it wrong.", "It looks like you skipped…");
  ['s:speculation', /\byou (?:\w+ )?(?:probably|likely|presumably|apparently|obviously|clearly|must have|may have|might have)\b|\b(?:probably|presumably|apparently|obviously|clearly|evidently|surely) (?:you|your|the)\b|\b(?:looks|seems|think|guess|suspect|assume) (?:like )?(?:that )?you\b/],
  // someone else's job ("Please contact the manufacturer.", "That is handled by another team.", "It is up to the venue…");
  ['s:deflection', /^(?:please |kindly )?(?:contact|call|ask|speak to|talk to|reach out to|get in touch with|take this up with)\b|\byou (?:\w+ )?(?:contact|call|ask|speak to|talk to|take this up with|reach out to|be better off)\b|\b(?:handled|managed|dealt with|decided|controlled) by\b|\b(?:responsibility|responsible|is up to|are up to|matter for|question for|between you and|out of my hands|outside our)\b/],
  // what the agent will do ("I'll text you…"), and a reason given ("…because our drivers work from there").
  ['s:agentWill', /\b(?:i|we) (?:\w+ )?(?:will|am going to|are going to)\b/],
  // Stance, whatever the topic (issue #10): a door closed ("we can not", "is not possible", "no longer"), the customer's
  // own failing ("you did not…"), a rule cited as the reason, and another party named as the one who acts.
  ['v:closedDoor', /\b(?:can not|unable|not able|not allowed|not permitted|not possible|no longer|not eligible|not something we|nothing (?:\w+ )?(?:we|i) can)\b/],
  ['v:youFailed', /\byou (?:\w+ )?(?:did not|do not|have not|had not|were not|are not|never|failed|forgot|missed|neglected)\b/],
  ['v:ruleCited', /\b(?:policy|policies|terms|conditions|procedure|procedures|guidelines|regulations|protocol|eligible|eligibility|standard practice|our records|as stated|as per)\b/],
  ['v:otherParty', /\b(?:courier|carrier|manufacturer|supplier|retailer|bank|provider|partner|third party|another team|other team|department|landlord|insurer|seller|vendor|venue|council|airline|warehouse|head office|they|their)\b/],
  ['s:reason', /\b(?:because|since|so that|which is why|which means|as a result|so)\b/],
];

const SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['i', 'agent'], ['we', 'agent'], ['you', 'customer'], ['they', 'other'], ['he', 'other'], ['she', 'other'], ['it', 'thing'], ['this', 'thing'], ['that', 'thing'],
]);
const FUTURE = /\b(?:will|shortly|soon|in due course|eventually|at some point|going to|at a later)\b/;

const REFUSAL = new Set(['not', 'no', 'cannot', 'unable', 'nothing']);
const CONDITION = new Set(['unless', 'until', 'without']);

/** A refusal with its condition ("We cannot refund it unless…", "Without a reference there is nothing…"). */
function conditionalRefusal(words: readonly string[]): boolean {
  const refusal = words.findIndex((w) => REFUSAL.has(w));
  if (refusal < 0) return false;
  const condition = words.findIndex((w) => CONDITION.has(w));
  return condition >= 0 && (condition > refusal || condition === 0);
}

// A run of 2–6 capitals or digits with at least two capitals ("RMA", "L2", "T&Cs", "MPAN"): jargon or an internal code.
const ACRONYM = /\b(?=[A-Z0-9&]{0,5}[A-Z][A-Z0-9&]{0,5}[A-Z])[A-Z0-9&]{2,6}s?\b/g;

/** How many acronyms the sentence has, unless it is shouted (then capitals say nothing of jargon). */
function acronymCount(text: string, words: number): number {
  const found = text.match(ACRONYM)?.length ?? 0;
  return found * 2 > words ? 0 : found;
}

/** `withTags` false: all but the tag features, without tagging the sentence (the check's cheap bound). */
export function sentenceFeatures(sentence: ClassifiedSentence, withTags = true): FeatureVector {
  const f: FeatureVector = new Map();
  for (const key of MARKER_FEATURES) if (sentence.markers[key]) f.set(`m:${key}`, 1);
  const words = normalizedWords(sentence.text);
  if (words.length === 0) return f;
  if (withTags) {
    const tagged = sentence.tagged();
    for (const [name, match] of TAG_FEATURES) if (tagged.has(match)) f.set(name, 1);
  }
  const joined = words.join(' ');
  for (const [name, shape] of SHAPES) if (shape.test(joined)) f.set(name, 1);
  if (conditionalRefusal(words)) f.set('s:conditionalRefusal', 1);
  const acronyms = acronymCount(sentence.text, words.length);
  if (acronyms >= 1) f.set('s:acronym', 1);
  if (acronyms >= 2) f.set('s:acronyms', 1);
  if (sentence.text.trimEnd().endsWith('?')) f.set('s:question', 1);
  // Who speaks first, the sentence's likely subject: the agent, the customer, a third person or a thing.
  const subject = words.find((w) => SUBJECTS.has(w));
  f.set(`v:subject:${subject ? SUBJECTS.get(subject) : 'none'}`, 1);
  // A promise with no time to it ("We will look into it.", "shortly", "in due course").
  if (FUTURE.test(joined) && !sentence.markers.concreteTime) f.set('v:futureNoTime', 1);
  if (!words.some((w) => FIRST_PERSON.has(w))) f.set('t:noFirstPerson', 1);
  if (words.some((w) => SECOND_PERSON.has(w))) f.set('t:secondPerson', 1);
  if (words.length <= 6) f.set('t:short', 1);
  f.set(`start:${words[0]}`, 1);
  if (words.length > 1) f.set(`start:${words[0]} ${words[1]}`, 1);
  for (let i = 0; i < words.length; i++) {
    f.set(`w:${words[i]}`, 1);
    if (i + 1 < words.length) f.set(`w:${words[i]} ${words[i + 1]}`, 1);
    const stem = contentStem(words[i]!);
    if (stem) f.set(`st:${stem}`, 1);
  }
  return f;
}

// A crude suffix strip, one linear regex: enough to join a word's tenses and numbers.
const SUFFIX = /(?:ing|ed|es|s|ly)$/;

/**
 * A content word's stem ("refunded", "refunds", "refunding" → "refund"), or null for a frame word or a short one: a
 * habit learned in one tense or number carries to another (session 31: grouped CV +177 → +191 of the rules' dev misses
 * at the same budgets, `train-classifier.ts --variants base,stems`).
 */
export function contentStem(word: string): string | null {
  return word.length > 4 && !FRAME_WORDS.has(word) ? word.replace(SUFFIX, '') : null;
}

/**
 * Closed-class words: who speaks and to whom, modals, negation, the little words of a sentence's frame. What a
 * sentence is about (a parcel, a refund, an engineer) is one industry's wording; how it is said ("you must _ the _",
 * "we are not able to _") carries across voices (issue #10).
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my mine we us our ours you your yours they them their he him his she her it its this that these those ' +
    'a an the any some no every each all another other such ' +
    'can could will would shall should may might must need needs needed have has had do does did am is are was were be been being get got ' +
    'not never nothing none nobody unable ' +
    'to of in on at by for with without within from about into over under after before until unless upon via per as than ' +
    'and or but if because since so although though while when where which who what how why whether ' +
    'only just simply please kindly unfortunately however also still already yet again currently always there here 0 url'
  ).split(' '),
);

/**
 * The sentence's frame: its words with every content word folded to "_" (runs of them to one), as pairs and triples
 * (`g:you must _`, `g:we are not`). `words` are normalizedWords' output. Not yet in sentenceFeatures (the shipped model
 * has no weights for it): session 21 measured it with `train-classifier.ts --variants base,grams` (grouped CV, +92 →
 * +114 of the rules' 1,187 dev misses at the same budgets, precision 86% → 82%); a refit with it must pass the
 * real-social read (≥ 80% wanted) before it ships.
 */
export function frameGrams(words: readonly string[]): string[] {
  const frame: string[] = [];
  for (const w of words) {
    const token = FRAME_WORDS.has(w) ? w : '_';
    if (token !== '_' || frame[frame.length - 1] !== '_') frame.push(token);
  }
  const out = new Set<string>();
  for (let i = 0; i + 1 < frame.length; i++) {
    if (frame[i] !== '_' || frame[i + 1] !== '_') out.add(`g:${frame[i]} ${frame[i + 1]}`);
    if (i + 2 < frame.length) out.add(`g:${frame[i]} ${frame[i + 1]} ${frame[i + 2]}`);
  }
  return [...out];
}

// Words that open a sentence before its subject ("Unfortunately, we…", "Please note you…", "Yes, it…").
const OPENERS = new Set(['unfortunately', 'however', 'please', 'kindly', 'note', 'sorry', 'ok', 'okay', 'yes', 'no', 'so', 'well', 'also', 'just', 'again', 'currently', 'sadly', 'regrettably', 'as', 'mentioned', 'said', 'then', 'now', 'hi', 'hello', 'hey', 'and', 'but', 'still']);
const TEAMS = new Set(['team', 'teams', 'department', 'departments', 'staff', 'manager', 'managers', 'engineer', 'engineers', 'specialist', 'specialists', 'colleague', 'colleagues', 'supervisor', 'technician', 'technicians', 'agent', 'agents', 'courier', 'driver', 'drivers', 'office', 'desk', 'company', 'management', 'partner', 'partners', 'store', 'branch']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'that', 'these', 'those', 'all', 'any', 'each', 'every', 'some', 'such', 'its', 'their']);
const NOBODY = new Set(['nobody', 'none', 'nothing', 'neither']);
const PLAIN_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['i', 'agent'], ['we', 'agent'], ['you', 'customer'], ['it', 'thing'], ['this', 'thing'], ['that', 'thing'], ['there', 'thing'], ['they', 'other'], ['he', 'other'], ['she', 'other'],
]);

/** Who the sentence's first clause is about, from its first words after the openers: agent, customer, team, thing, nobody, other, or none (an order, a fragment). */
export function clauseSubject(words: readonly string[]): string {
  let i = 0;
  while (i < words.length && OPENERS.has(words[i]!) && !(words[i] === 'no' && words[i + 1] === 'one')) i++;
  const first = words[i];
  if (first === undefined) return 'none';
  if (NOBODY.has(first) || (first === 'no' && words[i + 1] === 'one')) return 'nobody';
  if (DETERMINERS.has(first)) {
    // "the team", "our billing department", "your order": a team acts, or a thing is.
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) if (TEAMS.has(words[j]!)) return 'team';
    return first === 'this' || first === 'that' ? PLAIN_SUBJECTS.get(first)! : 'thing';
  }
  return PLAIN_SUBJECTS.get(first) ?? (TEAMS.has(first) ? 'team' : 'none');
}

// The modality of the sentence, one literal alternation each (linear).
const MODALS: readonly [string, RegExp][] = [
  ['must', /\b(?:must|required|mandatory|obliged)\b/],
  ['need', /\b(?:need to|needs to|need a|needs a|will need)\b/],
  ['haveTo', /\b(?:have to|has to|had to|got to)\b/],
  ['should', /\b(?:should|ought to|supposed to|expected to)\b/],
  ['cannot', /\b(?:can not|could not|unable|not able)\b/],
  ['willNot', /\b(?:will not|would not|shall not|do not|does not)\b/],
];
// An alternative offered ("Instead, we can…", "Another option is…", "In the meantime…").
const ALTERNATIVE = /\b(?:instead|alternatively|another option|other option|another way|what we can do|what i can do|in the meantime|meanwhile|workaround|you could also|you can also|we can also|or we can|or you can)\b/;
// A reason given for what is said ("because", "since", "due to", "as a result").
const REASON = /\b(?:because|due to|owing to|as a result|the reason|this is why|that is why|which is why|so that)\b/;
// A person named as the one who acts ("Sam from our team", "my colleague", "the engineer"): one who is not "we".
const PERSON = /\b(?:my colleague|my manager|our engineer|the engineer|our technician|the technician|a specialist|our specialist|a manager|the manager|a supervisor|someone from)\b/;

/**
 * The sentence's shape, whatever its words (session 44 experiment, `train-classifier.ts --variants shape`): who the
 * first clause is about (`sh:subject:<who>`), its modality (`sh:modal:<kind>`), whether it offers an alternative, gives a
 * reason or names a person who acts, and the subject crossed with the modality and with a negation (`sh:<who>&<kind>`):
 * "you must", "we cannot", "nobody will" are shapes new hands share. `words` are normalizedWords' output. Not in
 * sentenceFeatures (the shipped model has no weights for it) until the grouped CV says it gains (README, session 44).
 */
export function shapeFeatures(words: readonly string[]): [string, number][] {
  if (!words.length) return [];
  const joined = words.join(' ');
  const subject = clauseSubject(words);
  const out: [string, number][] = [[`sh:subject:${subject}`, 1]];
  const modals = MODALS.filter(([, re]) => re.test(joined)).map(([name]) => name);
  for (const m of modals) out.push([`sh:modal:${m}`, 1], [`sh:${subject}&${m}`, 1]);
  if (words.includes('not') || words.includes('never') || words.includes('no')) out.push([`sh:${subject}&negated`, 1]);
  if (ALTERNATIVE.test(joined)) out.push(['sh:alternative', 1]);
  if (REASON.test(joined)) out.push(['sh:reason', 1]);
  if (PERSON.test(joined)) out.push(['sh:person', 1]);
  return out;
}
