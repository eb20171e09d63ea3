/**
 * Lexical signals of warmth and coldness, counted per sentence with plain regexes (no tagging).
 * Drawn from the politeness strategies of Danescu-Niculescu-Mizil et al. (2013) — gratitude,
 * greetings, apologies, counterfactual requests, hedges, direct questions, factuality — and from
 * the service principles (ownership, next steps, concrete times). Weights live in score.ts.
 */

/** A time the customer can hold us to: a day, a clock time, "within 48 hours", "right away" (also read by urgency-evidence.ts). */
export const CONCRETE_TIME =
  /\b(today|tomorrow|tonight|this (morning|afternoon|evening|week)|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|the end of (the )?(day|week))|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within (\d+|an?|one|two|three|24|48) (minutes?|hours?|days?|business days?)|in (\d+|a few|an?) (minutes?|hours?)|\d{1,2}(:\d{2})?\s?(am|pm)|\d{1,2}:\d{2}|right away|right now|just now)\b/i;

const MARKERS = {
  greeting: /^\W*(hi|hello|hey|hiya|dear|good (morning|afternoon|evening)|greetings|welcome back)\b/i,
  gratitude: /\b(thanks?|thank you|thankful|appreciated?|appreciates|grateful|cheers)\b/i,
  acknowledgement:
    /\b(sorry|don['’]t worry|no need to worry|i know\b|apologi[sz]e|apologies|excuse me|i['’]m afraid|forgive me|pardon|i understand|i know (how|that|it)|i can (see|imagine|understand)|that must|must (be|have been) (so |really |very )?(frustrating|stressful|annoying|awful|worrying|upsetting|difficult|hard)|sounds (so |really |very )?(frustrating|stressful|annoying|awful|worrying|upsetting|difficult|hard)|frustrating|i hear you|(thanks|thank you) for (your )?(patience|bearing with|sticking with)|my (fault|mistake|bad)|our (fault|mistake)|far too long|not good enough|oh no)\b/i,
  politeRequest:
    /\b((could|would) you( please| kindly)?|(can|will) you (please|kindly)|would you (mind|like)|if you (could|would|don't mind)|(when|whenever) you (get|have) a (chance|moment)|do you mind|[a-z]+,? please\b(?! (note|be advised|be aware|find|see|refer|review|ensure|wait|do not|don['’]t)\b))/i,
  ownership:
    /\b(i['’]ve|i['’]ll|i will|i have (just )?[a-z]+ed|i['’]m (going|happy|glad|on|looking|checking|working|sending|adding|keeping|making)|let me|i can|i['’]d (be|like|love)|i['’]ve (just )?[a-z]+|i (checked|found|sent|added|refunded|updated|fixed|asked|made|set|booked|reserved|approved|restored|activated|passed|shared|moved|changed|opened)|we['’]ll|we['’]ve)\b/i,
  offer:
    /\b((help|assist) (you|with|out)|to (help|assist)|(can|could|may) (i|we) (help|assist)|let (me|us) know|feel free|happy to help|glad to help|if (you have|there['’]s|there is) any|reach out|reply (here|to this)|any (other |more |further )?questions|here (for you|to help|whenever)|shall i|want me to|would you like( me)?|anything else|don['’]t hesitate)\b/i,
  deference:
    /\b((nice|great|good|excellent|fantastic|awesome|impressive|brilliant|wonderful) (work|job|idea|point|catch|question|find|effort|stuff)|well done|kudos|good to (see|hear)|you['’]re right|fair point|good question)\b/i,
  indirect: /\b(by the way|btw|i was wondering|i wonder|i wanted to ask|just wondering|if you don['’]t mind|if possible|when you (get|have) a (chance|moment))\b/i,
  firstPersonStart: /^\W*(i|i['’]m|i['’]ve|i['’]d|i['’]ll|my|we|we['’]re|we['’]ve|let me|let['’]s)\b/i,
  directStart: /^\W*(so|and|but|well|ok|okay|look|listen|sigh|hardly|yeah|ugh|meh|seriously|whatever|duh|come on|again)\b[,.!]?(\s|$)/i,
  pleaseStart: /^\W*please\b/i,
  hedge: /\b(kind of|sort of|a (little )?bit|somewhat|i['’]m not sure|not sure (if|whether)|i suggest|i['’]d suggest|seems|(could|would|might) (be|have|help|make|work|try|use|also|perhaps)|if you (like|want|prefer)|i think|i believe|i suppose|i guess|i wonder|perhaps|maybe|might|possibly|it seems|it looks like|probably|seems to)\b/i,
  positive:
    /(\b(happy|glad|great|good|pleased|welcome|wonderful|love|enjoy|enjoyed|delighted|nice|awesome|excellent|perfect|fantastic|helpful|lovely|kind|interesting|congratulations|well done|impressive|fair|thoughtful|hope|wow|lol|haha|cool|fine|sure|agree|correct|right)\b|[:;]-?[)D]|🙂|😊|😀|😄)/gi,
  negative:
    /\b(unfortunately|unable|impossible|refuse[ds]?|denied|failed|failure|wrong|bad|never|nobody|no one|stupid|ridiculous|blame|useless|complain\w*|annoying|nonsense|idiot\w*|lie|lying|liar|vandal\w*|rude|silly|disrupt\w*|spam\w*|pointless|garbage|crap|damn|hell|sucks?|worst|terrible|awful|incompetent|obviously|clearly|stop|trash|rant|crazy|foolish|bizarre|insult\w*|dumb|moron\w*|fuck\w*|wtf|shit\w*|bullshit|bitch\w*|ass|asshole|dick|screw (you|off)|shut up|pathetic|joke|waste)\b/gi,
  rhetorical:
    /(\b(don['’]t|doesn['’]t|aren['’]t|isn['’]t|wouldn['’]t|didn['’]t|haven['’]t|can['’]t|won['’]t|shouldn['’]t) you\b|\b(got it|okay|ok|right|yes|understood|clear|better|well|huh|so)\s*\?+\s*$|\?{2,}|!\?|\?!|\bhow so\b)/i,
  accusation:
    /\byou(['’]ve| have| had| just)? (deleted|removed|reverted|undid|undone|blanked|broke|ignored|failed|forgot|missed|refused|vandali[sz]ed|messed|screwed|ruined|keep|keeps|didn['’]t (read|bother|even))\b/i,
  askingQuestion: /\b(can|will) you\b/i,
  question: /\?!{0,3}[\s"'”’)]*$/,
  enthusiasm: /[^!]![\s"'”’)]*$/,
  deferentialQuestion:
    /\b(what do you think|do you think|would (it|that) be (possible|ok|okay|alright)|is (it|that) (possible|ok|okay|alright)|would you be (willing|able|interested)|do you (want|know|think|have|mind|need|prefer)|do you know (if|whether|how|of|what|where)|any (thoughts|ideas|suggestions)|i['’]d (appreciate|be grateful)|much appreciated|if that['’]s (ok|okay|alright|fine))\b/i,
  butAfterPoliteness: /\b(thanks|thank you|sorry|i understand(?:[^,.!?]{0,40}[^\s,.!?])?|with (all due )?respect|no offen[cs]e)(?:\s*,)?\s+(but|however)\b/i,
  directQuestion: /^\W*(why|what|how|where|when|who|which|whose|did you|didn['’]t you|have you (even|ever|not))\b[^?]*\?\s*$/i,
  whyQuestion: /(^\W*(what the|how come)\b|\bwhy\b)/i,
  secondPersonStart: /^\W*(you|your)\b/i,
  factuality: /(\breally\b[^.!]*\?|\b(indeed|actually|in fact|the fact that|clearly|obviously|of course|really\?|as i said|as already|i already|again\?)\b)/i,
  concreteTime: CONCRETE_TIME,
} as const;

export interface SentenceMarkers {
  greeting: number;
  deference: number;
  indirect: number;
  firstPersonStart: number;
  directStart: number;
  pleaseStart: number;
  gratitude: number;
  acknowledgement: number;
  politeRequest: number;
  ownership: number;
  offer: number;
  hedge: number;
  positive: number;
  negative: number;
  directQuestion: number;
  whyQuestion: number;
  secondPersonStart: number;
  factuality: number;
  accusation: number;
  deferentialQuestion: number;
  askingQuestion: number;
  question: number;
  enthusiasm: number;
  rhetorical: number;
  butAfterPoliteness: number;
  concreteTime: number;
  words: number;
}

const has = (re: RegExp, s: string) => (re.test(s) ? 1 : 0);
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

export function sentenceMarkers(sentence: string, words: number): SentenceMarkers {
  const s = sentence.replace(/’/g, "'");
  const politeRequest = has(MARKERS.politeRequest, s);
  const question = has(MARKERS.directQuestion, s) && !politeRequest && !MARKERS.deferentialQuestion.test(s) ? 1 : 0;
  return {
    greeting: has(MARKERS.greeting, s),
    deference: has(MARKERS.deference, s),
    indirect: has(MARKERS.indirect, s),
    firstPersonStart: has(MARKERS.firstPersonStart, s),
    directStart: has(MARKERS.directStart, s),
    pleaseStart: has(MARKERS.pleaseStart, s),
    gratitude: has(MARKERS.gratitude, s),
    acknowledgement: has(MARKERS.acknowledgement, s),
    politeRequest,
    ownership: has(MARKERS.ownership, s),
    offer: has(MARKERS.offer, s),
    hedge: has(MARKERS.hedge, s),
    positive: count(MARKERS.positive, s),
    negative: count(MARKERS.negative, s),
    directQuestion: question,
    whyQuestion: has(MARKERS.whyQuestion, s),
    secondPersonStart: has(MARKERS.secondPersonStart, s) && !politeRequest ? 1 : 0,
    factuality: has(MARKERS.factuality, s),
    accusation: has(MARKERS.accusation, s),
    deferentialQuestion: has(MARKERS.deferentialQuestion, s),
    askingQuestion: politeRequest ? 0 : has(MARKERS.askingQuestion, s),
    question: has(MARKERS.question, s),
    enthusiasm: has(MARKERS.enthusiasm, s),
    rhetorical: has(MARKERS.rhetorical, s),
    butAfterPoliteness: has(MARKERS.butAfterPoliteness, s),
    concreteTime: has(MARKERS.concreteTime, s),
    words,
  };
}

const EMPTY = sentenceMarkers('', 0);
const KEYS = Object.keys(EMPTY) as (keyof SentenceMarkers)[];

// Summing runs over every sentence on every keystroke: a small typed array per sentence sums far
// faster than objects with string keys. Each sentence's vector is computed once and remembered.
const vectors = new WeakMap<SentenceMarkers, Int32Array>();
function vectorOf(m: SentenceMarkers): Int32Array {
  let v = vectors.get(m);
  if (!v) {
    v = Int32Array.from(KEYS, (key) => m[key]);
    vectors.set(m, v);
  }
  return v;
}

export function sumMarkers(all: readonly SentenceMarkers[]): SentenceMarkers {
  const sums = new Int32Array(KEYS.length);
  for (const m of all) {
    const v = vectorOf(m);
    for (let i = 0; i < v.length; i++) sums[i]! += v[i]!;
  }
  const total = { ...EMPTY };
  KEYS.forEach((key, i) => (total[key] = sums[i]!));
  return total;
}
