/**
 * Turns a rule's rewrite templates into rewordings of the agent's own sentence.
 *
 * A template replaces the matched words; the sentence around it is kept, then tidied
 * (case, commas, end punctuation). The finding's span is widened to cover every word that
 * any rewording changes, so each suggestion replaces exactly `start..end`.
 */
import { conjugationsOf } from '../nlp/nlp';
import { isPolicyRequirement, requirementClause, STATEMENT as CLAUSE } from './policy-requirement';
import { parseTemplate, type TemplateFilter } from './template';
import { capitalize, decapitalize, isWordChar, startsWithCapital } from './words';
import { leadingHandlesSource } from './sentence-doc';

export interface MatchInSentence {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  /** Capture name → captured text. A Map: capture names come from team leads' packs. */
  captures: Map<string, string>;
}

export interface Rewording {
  /** Span relative to the sentence that the replacements cover. */
  start: number;
  end: number;
  replacements: string[];
}

type Filter = (text: string) => string;

/** Conjugates the leading verb of a capture ("restart the router" → "restarting the router"). */
function conjugate(text: string, form: 'Infinitive' | 'Gerund' | 'PastTense'): string {
  const lead = /^\s*([\p{L}'’]+)/u.exec(text);
  if (!lead) return text;
  const target = conjugationsOf(lead[1]!)?.[form];
  if (!target) return text;
  const at = lead.index + lead[0].length - lead[1]!.length;
  return text.slice(0, at) + target + text.slice(at + lead[1]!.length);
}

const FILTERS: ReadonlyMap<TemplateFilter, Filter> = new Map<TemplateFilter, Filter>([
  ['lower', (s) => decapitalize(s)],
  ['capital', capitalize],
  ['infinitive', (s) => conjugate(s, 'Infinitive')],
  ['gerund', (s) => conjugate(s, 'Gerund')],
  ['past', (s) => conjugate(s, 'PastTense')],
]);

/**
 * Fills a template's placeholders. The pack validator refuses malformed templates; one that slips
 * through (a rule built in code) renders as nothing rather than as its raw braces.
 */
export function renderTemplate(template: string, match: string, captures: ReadonlyMap<string, string>): string {
  const parsed = parseTemplate(template);
  if (!parsed.ok) return '';
  return parsed.parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      const value = part.name === 'match' ? match : (captures.get(part.name) ?? '');
      const filter = part.filter ? FILTERS.get(part.filter) : undefined;
      return filter ? filter(value) : value;
    })
    .join('');
}

const TERMINAL = /^[.!?…]+/;
const LEADING_HANDLES = new RegExp(String.raw`^${leadingHandlesSource(' ')}$`, 'u');
const SPEAKER_LABEL = /^[\p{L}\p{N} ()>.'’-]{1,60}:[ \t]+$/u;
const OPENERS = /^[\s"'“‘(«[]*$/;
/** A web address or an anonymised link token ("<url>"): the last word of a text that ends with a link. */
const LINK_WORD = /^(?:<?(?:https?:\/\/|www\.)|<url>$)/i;
const endsWithLink = (text: string): boolean => LINK_WORD.test(text.split(/\s/).pop() ?? '');

/** Rebuilds the sentence with `replacement` in place of the match, tidying case and punctuation. */
export function composeSentence(sentence: string, match: MatchInSentence, replacement: string, templateLeadsWithLiteral: boolean): string {
  let pre = sentence.slice(0, match.start);
  let post = sentence.slice(match.end);
  let middle = replacement;
  // A match right after another sentence's stop ("escalated.As you can see,") starts a sentence too,
  // even when the segmenter kept them together for want of a space.
  // After a social reply's leading @handles the sentence starts in the agent's own case ("@kat_d Could you…",
  // "@sara_bee could you…").
  const afterHandles = LEADING_HANDLES.test(pre);
  // After a chat speaker's label ("Agent Priya: Per our policy…") the agent's own capital starts the sentence too.
  const afterLabel = SPEAKER_LABEL.test(pre);
  let atStart = OPENERS.test(pre) || endsSentence(pre) || ((afterHandles || afterLabel) && startsWithCapital(sentence.slice(match.start)));

  if (middle.trim() === '') {
    // A deletion: drop the separator the phrase leaves behind.
    middle = '';
    // "Further to your email, please be advised that the berth closes at 5pm": the lead-in only introduced the deleted
    // notice; left alone it would front the bare fact ("Further to your email, the berth closes…"). It goes with it.
    const leadDropped = NOTICE_FRAME.test(sentence.slice(match.start, match.end)) && REFERENCE_LEAD.test(pre);
    if (leadDropped) {
      pre = pre.replace(REFERENCE_LEAD, '$1');
      atStart = pre.trim() === '';
    }
    if (atStart) {
      post = post.replace(/^[\s,;:–—-]+/, '');
      // "£60 was deducted" keeps its case: only a word takes the capital; so does the word after a dropped lead-in.
      if ((startsWithCapital(sentence.slice(match.start)) || leadDropped) && /^["'“‘(]?\p{L}/u.test(post)) post = capitalize(post);
    } else if (GREETING_LEAD.test(pre) && /^\s*,/.test(post)) {
      // "Hi, as mentioned in our FAQ, GPS…": the greeting keeps its comma ("Hi, GPS…", not "Hi GPS…").
      post = post.replace(/^\s*,\s*/, '');
    } else if (/,\s*$/.test(pre) && /^\s*,/.test(post)) {
      pre = pre.replace(/,\s*$/, ' ');
      post = post.replace(/^\s*,\s*/, '');
    } else if (/^\s*[,;:]/.test(post) || /^\s*[.!?]/.test(post)) {
      pre = trimEndOf(pre, /[\s,;:]/);
      post = post.replace(/^\s*[,;:]\s*(?=[.!?])/, '').replace(/^\s*[,;:]/, ',');
      if (/^,\s*$/.test(post)) post = '';
    }
  } else {
    if (atStart) middle = capitalize(middle);
    else if (templateLeadsWithLiteral || afterHandles) middle = decapitalize(middle);
    if (!atStart && /\?$/.test(middle)) [pre, middle] = leadIntoQuestion(pre, middle);
    // "Calm down, I will look at it" → "I can see how frustrating this is. I will look at it": two statements, two sentences.
    // …and contracted: "Settle down, I'm looking at it" → "…this is. I'm looking at it" (not a comma splice).
    if (/^I\b[^,.!?]*[^,.!?\s]$/.test(middle) && /^,\s+(?:I|we|you|it|they)(?:\s|['’](?:m|re|ll|ve|d|s)\b)/.test(post)) post = `. ${capitalize(post.replace(/^,\s+/, ''))}`;
    // A reason hung on the replaced words (", as the law requires…") stays in their sentence: moved to its own it
    // would be a fragment ("As the law requires…"), so the template's end punctuation goes to the sentence's end.
    if (/[.!?]$/.test(middle) && /^\s*,/.test(post) && SUBORDINATE.test(post.replace(/^\s*,/, ''))) {
      post = `${trimEndOf(post.trimEnd(), /[.!?…]/)}${middle.slice(-1)}`;
      middle = middle.slice(0, -1);
    }
    // "To reactivate, we'll need you to…": an introductory clause takes its comma before a new subject too.
    if (!atStart && /^(?:we|I)\b/i.test(middle.trimStart()) && INTRO.test(pre) && /[\p{L}\p{N})]\s*$/u.test(pre) && !FRIENDLY_LEAD.test(pre)) {
      pre = `${pre.trimEnd()}, `;
    }
    // Closers the match stopped short of ("<url>", "(see the guide)") close before the template's stop, not after it.
    const closers = /^[>)\]"'”’]{1,3}(?=[.!?…]*$)/.exec(post.trimEnd())?.[0];
    if (closers && /[.!?]$/.test(middle)) {
      middle = `${middle.slice(0, -1)}${closers}${middle.slice(-1)}`;
      post = post.trimEnd().slice(closers.length);
    }
    // An emoji that closed the agent's sentence ("Simply restart the app 👍") closes it after the template's stop:
    // "Could you restart the app? 👍", not "…the app 👍?".
    middle = emojiAfterTheStop(middle);
    // A link the agent left bare at the sentence's end stays bare: no full stop glued onto it ("…/cancel."); a
    // question keeps its mark.
    if (/\.$/.test(middle) && endsWithLink(middle.slice(0, -1)) && !TERMINAL.test(post.trimStart())) middle = middle.slice(0, -1);
    // "…you need to upgrade to the Team plan:" before its list keeps the agent's colon, not the template's stop.
    if (/\.$/.test(middle) && /^\s*:\s*$/.test(post)) middle = middle.slice(0, -1);
    if (/[.!?…:]$/.test(middle) && TERMINAL.test(post.trimStart())) post = post.trimStart().replace(TERMINAL, '');
    if (/[.!?…]$/.test(middle) && /^,/.test(post)) post = post.replace(/^,\s*/, ' ');
    // A template that ends its own sentence starts the next one with a capital.
    if (/[.!?]$/.test(middle) && /^\s*\p{Ll}/u.test(post)) post = capitalize(post);
  }
  const result = tidy(pre + middle + post);
  // Deleting the only words of a sentence deletes the sentence, not leaving a lone full stop.
  return /^[\s.!?…"'”’)\]]*$/.test(result) ? '' : result;
}

/** A notice's frame that a deletion removes: "please be advised that", "kindly be informed that", "we wish to inform you that". */
const NOTICE_FRAME = /^\W*(?:please|kindly) (?:be|kindly be) (?:advised|informed|notified|noted)\b|^\W*(?:we|I) (?:would like|wish|want|are writing|am writing) to (?:inform|advise|notify|let)\b/i;
/** A lead-in that only points at the customer's message: "Further to your email, ", "With reference to your query, ". */
const REFERENCE_LEAD = /^(\W*(?:@\w+\s+)*(?:(?:hi|hello|hey)\b[^,.!?\n]{0,40},\s*)?)(?:further to|following|with reference to|in reference to|in response to|in reply to|with regards? to|regarding) (?:your|our|the|my) (?:recent |last |earlier |previous )?(?:e-?mail|message|question|query|enquiry|inquiry|complaint|letter|request|call|comments?|feedback|note|chat)(?: (?:today|yesterday|earlier))?,\s*$/iu;

const HALF_A_PAIR = /(?<!\bterms )\b(?:and|&) conditions\b/gi;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** A clause that only ever hangs on the one before it: "as the law requires…", "because…", "which…". */
const SUBORDINATE = /^\s*(?:as|because|since|which|whereas|although|though|while|whilst|so that)\b/;

/** Words that open an introductory clause: "To reactivate, could you…", "If it has not arrived by Friday, could you…". */
const INTRO = /^\W*(?:to|for|if|when|whenever|once|before|after|until|unless|as soon as|first|then|next|so|since|in order|in case)\b/i;
/** A greeting and its comma before the sentence proper: "Hi, ", "Hello Sam, ", "@kate Hey there, ". */
const GREETING_LEAD = /^\W*(?:@\w+\s+)*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40},\s*$/i;
/** A lead-in that is only a greeting, an @handle or an aside ("Hi Gareth, ", "Honestly, "). */
const FRIENDLY_LEAD = /^\W*(?:@\w+\s+)*(?:hi|hello|hey|dear|thanks|thank you|ok|okay|sure|also|honestly|sorry|great|good news|and|but|now|meanwhile|alternatively|otherwise|in the meantime)\b/i;

const EMOJI_CHAR = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]$/u;
/** "Could you restart the app 👍?" → "Could you restart the app? 👍" (a loop from the end: linear on any input). */
function emojiAfterTheStop(middle: string): string {
  const stop = middle.at(-1);
  if (stop !== '.' && stop !== '!' && stop !== '?') return middle;
  const chars = Array.from(middle.slice(0, -1));
  let end = chars.length;
  while (end > 0 && EMOJI_CHAR.test(chars[end - 1]!)) end -= 1;
  if (end === chars.length || end === 0) return middle;
  const emoji = chars.slice(end).join('');
  return `${chars.slice(0, end).join('').trimEnd()}${stop} ${emoji}`;
}

/**
 * A question after other words: an introductory clause takes a comma ("To reactivate, could you…?"), and a
 * statement before a comma ends its own sentence rather than becoming part of the question
 * ("We cannot refund it. Could you contact Apple?").
 */
function leadIntoQuestion(pre: string, middle: string): [string, string] {
  const lead = pre.trim();
  if (!lead || FRIENDLY_LEAD.test(lead)) return [pre, middle];
  if (INTRO.test(lead) && /[\p{L}\p{N})]$/u.test(lead)) return [`${pre.trimEnd()}, `, middle];
  if (!INTRO.test(lead) && /,$/.test(lead) && CLAUSE.test(lead)) return [`${lead.slice(0, -1)}. `, capitalize(middle)];
  return [pre, middle];
}

/** A condition that makes something a requirement, not a favour: "before we can unlock it", "without it". */
const REQUIREMENT = /\bbefore (?:we|you|I|it|they|anyone|any|the|your)\b[^?]{0,60}?\b(?:can|will|could)\b|\bwithout (?:it|this|that|which|these|them)\b|\bin order (?:to|for)\b|\botherwise\b|\bor else\b/i;
const DEADLINE = /\bwithin \d|\bby (?:the )?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of|deadline)|[£$€]\s?\d/i;
/**
 * What makes a requirement a condition: something the customer gets only by doing it ("to qualify for…",
 * "To reapply…"), or a consequence if they don't ("…or your offer will be withdrawn", "otherwise…"), or the path
 * they choose ("If you wish to appeal, you must do so in writing": how that path must be taken).
 * "Could you…?" would make such a requirement sound optional.
 */
const CONDITION =
  /\b(?:to|in order to) (?:get|receive|claim|qualify|reactivate|reinstate|reapply|restore|unlock|unblock|release|start|open|reopen|renew|keep|continue|avoid|access|recover|rebook|proceed|complete|be (?:eligible|considered|refunded|reimbursed))\b|\b(?:or|otherwise|or else)\b[^.?!]{0,60}\b(?:will|won['’]t|cannot|can['’]t|may)\b|\botherwise\b|\bbefore\b[^.?!]{0,40}\b(?:can|could|will)\b|\bwithout (?:it|this|that|which|these|them)\b|\bif you (?:wish|want|would like|['’]d like|intend|decide|choose) to (?:make|raise|lodge|submit|file|appeal|complain|dispute|claim|cancel|return|request|apply|challenge|escalate|pursue|take|bring)\b/i;
/** The obligation and its own verb ("need to reapply"): that "to" names what to do, not what it is for. */
const OBLIGATION_VERB = /\b(?:need|needs|have|has|required|expected|obliged|responsibility|duty|obligation|job) to\s+[\p{L}'’-]+/giu;
/**
 * The matched words oblige the customer ("need to", "must", "have to", "it is your responsibility to"); "have" as a
 * main verb ("Please ensure you have your policy number") obliges nobody.
 */
const OBLIGED = /\b(?:need|needs|must|required|expected|obliged|responsibility|responsible)\b|\b(?:have|has) to\b/i;
/** "You would need to cancel", "you'd have to rebook": a requirement only if the customer chooses that path. */
const CONDITIONAL_OBLIGATION = /\b(?:would|['’]d)\s+(?:\w+\s+)?(?:need|have|be required|be expected) to\b/i;
/** A reason given with an obligation, which is what makes "We'll need you to…" acceptable. */
// "before" as a time ("before you travel"), not as "As I said before, …".
const REASON = /\bwithin \d|\bby (?:the )?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of|deadline)|\bbefore (?=[\p{L}\d])|\bwithout\b|\bso (?:that|we|I|you|it|the|our)\b|\bbecause\b|\bsince\b|\bin order\b|\botherwise\b|\bor else\b|\bfor (?:us|the) to\b/iu;
/** A clause that hangs on the noun before it: " you signed", " we sent you". */
const HUNG_CLAUSE = /^\s+(?:you|we|they|I|he|she)\s+(?:\p{L}+ed|signed|agreed|received|accepted|made|gave|sent|got|read|saw|were given|have|had)\b/iu;
/** A favour question: "Could you…?", "Would you mind…?". */
const FAVOUR = /^\s*(?:could|would|can) you\b/i;
/** A wait or a prohibition asked as a question the customer cannot answer: "Could you wait 48 hours?". */
const IMPOSED = /\b(?:could|would|can) you (?:please )?(?:wait|allow|refrain|hold on|bear with|remain|stay|stop|avoid|accept|note|give (?:it|them|us) (?:a bit |a little |some )?(?:longer|more time|time))\b/i;
const OBLIGATION = /\b(?:need you to|needs? to|have to|has to|must)\b/i;
/**
 * A clause after the action that explains or limits it (", which refreshes the token", ", as those are not bookable
 * online", " if the vomiting continues"): inside a "Could you…?" it reads as part of the question.
 */
const TRAILING_CLAUSE = /,\s*(?:which|as|because|since|so that|while|whilst|whereas|although|though)\b|\s(?:if|unless|once|until|in case)\s|\s(?:as|because|since) (?:he|she|they|it|we|I|you|this|that|there|the|our|your|their|his|her)\s/i;
/** An explanation hung on the action, which keeps "We'll need you to…" a requirement with its reason. */
const HUNG_REASON = /,\s*(?:which\b|as (?:the|we|it|this|they|those|these|our|your|there|that)\b)/i;
/** The action running on into a list: "pack spare clothes, nappies and a water bottle". */
const LIST_REST = /^\s*(?:[\p{L}\p{N}'’-]+,?\s+){0,6}(?:and|or)\s+(?!(?:then\s+)?(?:we|I|you|they|it|he|she|this|that|there|our|your|if|when)\b)/iu;

/**
 * A rewording that reads well but says something else is no rewording: a requirement turned into a favour
 * ("Could you do this before any users can log in?"), a question glued to a colon or an aside, a request
 * to feel something ("Could you be patient?"), an acknowledgement glued to a reason ("…frustrating this is
 * so I can help"), or an obligation kept without the reason that makes it one.
 */
function changesTheSense(sentence: string, template: string, matched: string, rest: string, original: string): boolean {
  const questions = sentence.split(/(?<=[.!?])/).filter((part) => part.endsWith('?'));
  if (/\?\s*[:;,]/.test(sentence) || /\([^()?]*\?/.test(sentence)) return true;
  if (questions.some((q) => REQUIREMENT.test(q) || /\s[—–-]\s|;/.test(q))) return true;
  // "You must pay £35 within 14 days" is a legal duty with a deadline: "Could you pay…?" would make it sound optional.
  if (/\b(?:must|required|have to|has to)\b/i.test(matched) && questions.some((q) => DEADLINE.test(q))) return true;
  // A condition anywhere in the sentence, the question's own or the one split off after it ("Otherwise…").
  const conditional = CONDITION.test(original.replace(OBLIGATION_VERB, ' '));
  if (questions.length && OBLIGED.test(matched) && (conditional || DEADLINE.test(sentence))) return true;
  // "…as stated in the terms and conditions" cut after "terms": "…, and conditions." is half a name.
  if (count(sentence, HALF_A_PAIR) > count(original, HALF_A_PAIR)) return true;
  if (/\b(?:could|would|can) you (?:please )?(?:just )?(?:be|stay|remain|keep) (?:more )?(?:patient|calm|aware|understanding|polite|reasonable|quiet)\b/i.test(sentence)) return true;
  // A policy, claim or eligibility requirement ("For a claim you need to…") stays a requirement: "Could you…?"
  // fits only a plain step ("You need to restart the router"), and an imposed wait or a prohibition is no favour.
  const policy = isPolicyRequirement(requirementClause(original, original.indexOf(matched)));
  if (FAVOUR.test(template) && OBLIGED.test(matched) && policy) return true;
  // An obligation with its reason ("…first, because the hygienist works from the plan") is a requirement: "Could
  // you…?" would make it sound optional, so only "We'll need you to…" keeps it.
  if (FAVOUR.test(template) && OBLIGED.test(matched) && REASON.test(original)) return true;
  if (FAVOUR.test(template) && questions.some((q) => TRAILING_CLAUSE.test(q.slice(Math.max(0, q.search(/\b(?:could|would|can) you\b/i)))))) return true;
  // A capture that stopped at the list's first comma would split the list off as a sentence without a verb.
  const afterComma = /,\s*$/.test(matched) ? rest : /^\s*,/.test(rest) ? rest.replace(/^\s*,/, '') : null;
  if (afterComma !== null && template.trim() !== '' && LIST_REST.test(afterComma)) return true;
  // "You would need to cancel your booking" is one path the customer may take: as a request or a requirement it
  // would tell them to take it.
  if (CONDITIONAL_OBLIGATION.test(matched) && !/\b(?:would|['’]d)\b/i.test(sentence)) return true;
  if (questions.some((q) => IMPOSED.test(q)) && !IMPOSED.test(original)) return true;
  // A deletion that leaves the sentence ending on a bare verb or article: "There are no exceptions." → "There are."
  if (sentence.split(/(?<=[.!?])\s+/).some((part) => /^(?:there|it|this|that|they) (?:are|is|was|were|will be|can be)[.!?]$/i.test(part.trim()))) return true;
  // A deletion that takes the verb and leaves its modal: "Someone should pick it up eventually." → "Someone should eventually."
  if (/\b(?:should|will|would|could|must|may|might|shall)\s+\p{L}+ly[.!?]$/iu.test(sentence) && !/\b(?:re|ap|sup)ply[.!?]$|\brely[.!?]$/i.test(sentence) && template.trim().startsWith('{')) return true;
  // "I'll keep you posted the outcome", "I'll let you know of the outcome".
  if (/\bkeep you posted (?:the|a|an|your|their|its|his|her|our|any|this|that|of|once|when|as soon as)\b|\blet you know of\b/i.test(sentence)) return true;
  // "You will be advised accordingly" → "I'll let you know accordingly": the adverb only fitted the passive.
  if (/\b(?:let you know|keep you posted|update you) accordingly\b/i.test(sentence)) return true;
  // "Repairs are prioritised according to our policy." → "Repairs are prioritised.": the verb now says something else.
  if (
    template.trim() === '' &&
    /^\W*(?:according to|in line with|in accordance with|as per|per|based on|under)\b/i.test(matched) &&
    /\b(?:prioriti[sz]ed|ranked|allocated|ordered|assessed|graded|rated|calculated|priced)\s*$/i.test(original.slice(0, original.indexOf(matched))) &&
    /^[.!?]?$/.test(rest.trim())
  ) {
    return true;
  }
  // A deletion that leaves a clause hung on the deleted noun: "6 months as per the agreement you signed" → "6 months you signed".
  if (template.trim() === '' && /\p{L}/u.test(original.slice(0, original.indexOf(matched))) && !/,\s*$/.test(original.slice(0, original.indexOf(matched))) && HUNG_CLAUSE.test(rest)) return true;
  // An opening justification deleted short of its comma leaves the phrase's tail as a fragment: "As per the terms you
  // accepted at booking, tickets are non-transferable." → "You accepted at booking, tickets are…" (a comma splice).
  if (
    template.trim() === '' &&
    /^\W*(?:according to|in line with|in accordance with|as per|per|based on|under)\b/i.test(matched) &&
    !/\p{L}/u.test(original.slice(0, original.indexOf(matched))) &&
    /^\s+[^,.;:!?\n]{1,60},/.test(rest)
  ) {
    return true;
  }
  // "I'm working through these as quickly as I can and we are unable to expedite": speed promised beside a refusal of it.
  if (/\bas quickly as\b/i.test(template) && /\b(?:unable|cannot|can['’]t|not able)\b/i.test(rest)) return true;
  // "Thanks, I've got your report under reference WST-22871": a thank-you that only fits a sentence ending there.
  if (/^Thanks, I['’]ve got\b/.test(template) && /^\s*[\p{L}\p{N}]/u.test(rest)) return true;
  if (/\b(?:frustrating|upsetting|worrying|annoying|stressful)(?: this (?:is|has been))?,? (?:so|as|because|since|while|whilst|until) /i.test(sentence)) return true;
  // Empathy in place of a boundary that protects someone ("Please stop shouting at our staff") drops the boundary.
  if (/^I (?:can see|understand)\b/.test(template) && /\b(?:staff|agents?|colleagues?|team|employees?|drivers?|engineers?)\b/i.test(matched)) return true;
  // Only the template's own words count: an obligation the agent wrote and the template kept is theirs.
  const own = template.replace(/\{[^{}]*\}/g, ' ');
  // "Just order earlier next time" asked politely ("Could you order earlier next time?") still tells the customer
  // off: a request or requirement the template made must not be a lesson for the future.
  const ask = ASK_LEAD.test(own) ? ASK_LEAD.exec(sentence) : null;
  if (ask && !ASK_LEAD.test(original) && FUTURE_LESSON.test(sentence.slice(ask.index))) return true;
  if (!OBLIGATION.test(own) || /\b(?:don['’]t|do not|won['’]t|will not|never)\s+(?:need|have)\b/i.test(own)) return false;
  // A request ("Kindly…") or advice ("You should…") never becomes an obligation; an obligation keeps its reason.
  return !OBLIGED.test(matched) || !(REASON.test(sentence) || HUNG_REASON.test(original) || conditional || policy);
}

function tidy(s: string): string {
  return s
    // Brackets a cut emptied go with it ("…at your vet (as stated on your form)." cut to "…at your vet."); "foo()" stays.
    .replace(/[ \t]\([ \t]*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ')
    // White space before punctuation goes; a lone /\s+/ per run keeps this linear.
    .replace(/\s+/g, (run: string, at: number, all: string) => (/[,.;:!?]/.test(all[at + run.length] ?? '') ? '' : run))
    .replace(/,([.!?])/g, '$1')
    .replace(/^[\s,;:]+/, '')
    .trimEnd();
}

/** True when `s` ends (white space and closing quotes aside) with . ! ? or …, one character at a time. */
function endsSentence(s: string): boolean {
  let i = s.length;
  while (i > 0 && /[\s"'”’)\]]/.test(s[i - 1]!)) i--;
  return i > 0 && /[.!?…]/.test(s[i - 1]!);
}

/** `s` without the trailing characters that match `char` (one character at a time: linear). */
function trimEndOf(s: string, char: RegExp): string {
  let end = s.length;
  while (end > 0 && char.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** The smallest span of `before` (widened to whole words) that differs from `after`. */
function changedSpan(before: string, after: string): { start: number; end: number } | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return widenToWords(before, start, endB);
}

function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (end < text.length && isWordChar(text[end])) end++;
  return { start, end };
}

function leavesAHole(template: string, captures: ReadonlyMap<string, string>): boolean {
  const names = [...template.matchAll(/\{(\w+)/g)].map(([, name]) => name!).filter((name) => name !== 'match');
  let outside = '';
  let depth = 0;
  for (const ch of template) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += ch;
  }
  const hasWords = /[\p{L}\p{N}]/u.test(outside);
  return hasWords && names.length > 0 && names.every((name) => !captures.get(name)?.trim());
}

/**
 * What to do differently from now on ("next time", "in future", "from now on", "going forward"); "next time it
 * happens" or "next time you see the error" opens a clause that says when to act, not what to learn. "Next time you
 * travel" is the lesson's occasion ("Just book earlier next time you travel"), so "you" opens such a clause only with
 * something met or found (review 53).
 */
const FUTURE_LESSON =
  /\b(?:next time(?!\s+(?:it|this|that|we|they|there|the|your|anything|something|you(?:['’]re|\s+(?:see|notice|spot|get|have|receive|hear|find|are|come\s+across|run\s+into)))\b)|in (?:the )?future|from now on|going forward|moving forward)\b/i;
/** A request the template made: "Could you…?", "We ask you to…", "We'll need you to…". */
const ASK_LEAD = /\b(?:(?:could|would|can) you(?: please)?|we ask (?:you|everyone|all customers|all drivers|customers) to|we['’]ll need you to)\s+/i;
/** A payment the customer owes: "pay the £180", "purchase a new ticket", "settle the balance". */
const PAYMENT = /^(?:pay|purchase|buy|settle|cover|repay)\b/i;
/** "Could you pay the £150 change fee?": a favour question that asks for a payment ("We ask you to pay…" stays firm). */
const PAYMENT_AS_FAVOUR = /^(?:could|would|can) you(?: please)?\s+((?:pay|purchase|buy|settle|cover|repay)\b[^?.!]*)[?.!]?$/i;

/**
 * Fits the ask a template made to what is asked: "Could you ensure you change your password?" asks only for the change
 * ("Could you change your password?"), "ensure" after a request reads "make sure", and a payment the customer owes stays
 * owed ("You'll need to pay…": a fee is no favour). Null when the only fit is the agent's own sentence again.
 */
export function fitTheAsk(composed: string, original: string, matched: string): string | null {
  let out = composed;
  const ask = ASK_LEAD.exec(out);
  if (ask && !ASK_LEAD.test(original)) {
    const after = out.slice(ask.index + ask[0].length);
    const fitted = after.replace(/^ensure (?:that )?you (?:have )?(?=\p{L})/iu, (m) => (/have $/i.test(m) ? 'have ' : '')).replace(/^ensure (?:that )?/i, 'make sure ');
    out = out.slice(0, ask.index + ask[0].length) + fitted;
  }
  // Only where the agent obliged the customer: "Kindly pay at the desk" asked, it did not oblige.
  if (ask && PAYMENT.test(out.slice(ask.index + ask[0].length)) && OBLIGED.test(matched)) {
    const lead = out.slice(0, ask.index);
    const owed = PAYMENT_AS_FAVOUR.exec(out.slice(ask.index));
    if (!owed) return out;
    const opens = lead.trim() === '' || endsSentence(lead);
    const rewritten = `${lead}${opens ? "You'll" : "you'll"} need to ${owed[1]!.trimEnd()}.`;
    const plain = (t: string) => t.replace(/\byou will\b/gi, "you'll").replace(/\s+/g, ' ').trim().toLowerCase();
    return plain(rewritten) === plain(original) ? null : rewritten;
  }
  return out;
}

/** "Having listened to the call, ", "After checking the log, ": a participle whose doer is the agent, just before the match. */
const PARTICIPLE_OPENER = /^\W*(?:having (?:\p{L}+ed|seen|read|heard|spoken|taken|done|made|found|gone)|(?:after|upon|on) \p{L}+ing)\b[^,.!?]{0,80},\s*$/iu;
/**
 * A frame cut from after a participle opener ("Having listened to the call, it is clear that you agreed") would hand
 * the participle to the next subject ("…, you agreed": now the customer listened). The agent who did it says so
 * plainly instead: "Having listened to the call, I can confirm that you agreed".
 */
function ownsTheFinding(sentence: string, match: MatchInSentence, rendered: string): string {
  if (rendered.trim() || !/\bthat$/i.test(sentence.slice(match.start, match.end))) return rendered;
  return PARTICIPLE_OPENER.test(sentence.slice(0, match.start)) ? 'I can confirm that' : rendered;
}

/**
 * Rewordings for one match. Returns the widened span and each replacement for it;
 * templates that would not change the sentence are dropped.
 */
export function reword(sentence: string, match: MatchInSentence, templates: string[]): Rewording {
  const matched = sentence.slice(match.start, match.end);
  const owed = /\byou['’]ll need to\b/i;
  const candidates = templates
    // Words around captures this match filled none of would be left with a hole ("Could you ?"): skip such
    // a template. A template that is only captures ("{kept}") still applies: an empty one deletes the phrase.
    .filter((template) => !leavesAHole(template, match.captures))
    .flatMap((template) => {
      const leadsWithLiteral = !template.startsWith('{');
      const raw = composeSentence(sentence, match, ownsTheFinding(sentence, match, renderTemplate(template, matched, match.captures)), leadsWithLiteral);
      const composed = fitTheAsk(raw, sentence, matched);
      if (composed === null) return [];
      // A payment question made an owed payment again is read as the statement it now is.
      const madeOwed = owed.test(composed) && !owed.test(raw);
      const asWritten = madeOwed ? "You'll need to {action}." : template;
      return changesTheSense(composed, asWritten, matched, sentence.slice(match.end), sentence) ? [] : [{ composed, madeOwed }];
    });
  // "You'll need to pay…" stands in for a favour only where no template kept the obligation itself ("We'll need you to pay…").
  const keptOwed = candidates.some((c) => !c.madeOwed && OBLIGED.test(c.composed));
  const rewritten = candidates
    .filter((c) => !(c.madeOwed && keptOwed))
    .map((c) => c.composed)
    .filter((s, i, all) => s !== sentence && all.indexOf(s) === i);

  let { start, end } = widenToWords(sentence, match.start, match.end);
  for (const s of rewritten) {
    const span = changedSpan(sentence, s);
    if (span) {
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
  }
  const suffix = sentence.length - end;
  const replacements = rewritten.map((s) => s.slice(start, s.length - suffix));
  return { start, end, replacements };
}
