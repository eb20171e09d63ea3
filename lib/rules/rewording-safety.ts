/**
 * Is a rewording safe to click? Compares a reply before and after one rewording is applied and names
 * every way the result is not a clean, complete sentence that keeps the reply's facts and its "no":
 * a placeholder, a sentence without a capital or with doubled end punctuation, a doubled word, a
 * fragment without a verb, a lost negation, a lost number or name. Used by the rewording test over every
 * rule's examples and paraphrases, and by `npm run eval` to sample rewordings.
 */
import { tagSentence } from '../nlp/nlp';
import { segment } from '../engine/segment';

/** "…", "___", a bracketed slot ("[name]", "<date>"), an unfilled template ("{action}"), "XXX" or "TBD". */
const PLACEHOLDER = /…|\.\.\.|_{3}|\[[^\]\n]{0,40}\]|<[a-z][^>\n]{0,40}>|\{[^}\n]{0,40}\}|\bX{3,}\b|\bTBD\b/g;
/** A refusal or prohibition: "a no stays a no" ("no need to shout" or "no further action" are not refusals). */
const REFUSAL =
  /\b(?:can(?:no|['’])t|cannot|unable|not able|won['’]t|will not|(?:do|does|did|is|are|was|were|has|have|had|should|could|would)(?:n['’]t| not)|never|no longer|no refunds?|not (?:possible|allowed|permitted|eligible|available|approved|covered))\b/gi;
/** Greetings and sign-offs are fine without a verb ("Hi there,", "Best wishes,"). */
const SALUTATION = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|thanks|thank you|best|regards|kind regards|cheers)\b/i;

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/** A negation inside an "if…" clause is a condition, not a refusal ("if we do not hear from you"). */
function unconditional(text: string): string {
  return text.replace(/\b(?:if|unless|until)\b[^,.;!?]*/gi, '');
}

/** Words that only ever continue a phrase: a sentence that starts with one lost its head ("Of the offer, …"). */
const ORPHAN_START = /^(?:of|than|the following)\b|^(?:are|is|was|were|has|have|can|could|will|would|should|may|do|does)\b(?![^.!?]*\?)/i;

/** "the following" is tagged a gerund; a sentence needs a verb that is not only an -ing form. */
function hasFiniteVerb(sentence: string): boolean {
  return tagSentence(sentence).match('#Verb').not('#Gerund').found;
}

function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((s) => s.text.trim()).filter(Boolean);
}

/** Numbers written as words count as facts too ("five days" must not become "days"). */
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|twice|half)\b/gi;

/** Digits, numbers in words and names (capitalised words not at a sentence start, and not "I"). */
function facts(text: string): string[] {
  const out: string[] = [];
  for (const sentence of sentencesOf(text)) {
    out.push(...(sentence.match(/\d+(?:[.,:]\d+)*/g) ?? []));
    out.push(...(sentence.match(NUMBER_WORD) ?? []).map((w) => w.toLowerCase()));
    const words = sentence.match(/[\p{L}'’]+/gu) ?? [];
    for (const w of words.slice(1)) if (/^\p{Lu}\p{Ll}+$/u.test(w) && !/^I['’]/.test(w)) out.push(w);
  }
  return out;
}

/** `flagged` is the finding's text: the words the rewording was meant to replace. */
export function rewordingProblems(before: string, after: string, flagged = ''): string[] {
  const problems: string[] = [];
  if (count(after, PLACEHOLDER) > count(before, PLACEHOLDER)) problems.push('holds a placeholder');
  const old = new Set(sentencesOf(before));
  // Only where the agent ends every sentence: a chat line or a list item may end bare.
  const endsEverySentence = sentencesOf(before).every((s) => /[.!?…:,;)"'’”]$/.test(s));
  const changed = sentencesOf(after).filter((s) => !old.has(s));
  for (const sentence of changed) {
    const layoutLower = sentencesOf(before).some((s) => /^\p{Ll}/u.test(s));
    if (/^\p{Ll}/u.test(sentence) && !layoutLower) problems.push(`"${sentence}" does not start with a capital`);
    const salutation = SALUTATION.test(sentence) && /,$/.test(sentence);
    if (/[.!?]\s*[.!?,]|,\s*[.!?,]|[,;:]\s*$/.test(sentence.replace(/\?!|!\?/g, '?')) && !salutation && !/[,:]$/.test(before.trim())) {
      problems.push(`"${sentence}" has broken end punctuation`);
    }
    if (!/[.!?…:,;)"'’”]$/.test(sentence) && endsEverySentence) problems.push(`"${sentence}" has no end punctuation`);
    if (/\s[,.!?;:]/.test(sentence) && !/\s[,.!?;:]/.test(before)) problems.push(`"${sentence}" has a space before its punctuation`);
    const doubled = /\b([\p{L}']+)\s+\1\b/iu.exec(sentence);
    if (doubled && !new RegExp(`\\b${doubled[1]}\\s+${doubled[1]}\\b`, 'i').test(before)) problems.push(`"${sentence}" doubles "${doubled[1]}"`);
    if (!SALUTATION.test(sentence) && !hasFiniteVerb(sentence)) problems.push(`"${sentence}" has no verb`);
    if (/\b(?:that|whom|which|who|and|but|because)\s+(?:could you|would you mind)\b/i.test(sentence)) problems.push(`"${sentence}" asks a question inside a clause`);
    if (/\?$/.test(sentence) && /,\s*(?:we|i|it|they|you|this|that|there)\s+(?:are|is|was|were|will|can|can['’]t|cannot|have|had|do|don['’]t)\b/i.test(sentence)) {
      problems.push(`"${sentence}" turns a statement after a comma into part of a question`);
    }
    if (ORPHAN_START.test(sentence) && !sentencesOf(before).some((s) => ORPHAN_START.test(s))) problems.push(`"${sentence}" starts with an orphaned fragment`);
  }
  if (count(unconditional(after), REFUSAL) < count(unconditional(before), REFUSAL)) problems.push('drops the negation');
  const kept = facts(after).join(' ');
  // The flagged words themselves may go ("Dear Sir/Madam"); numbers never do.
  for (const fact of facts(before)) {
    if (!kept.includes(fact) && (/\d/.test(fact) || !flagged.includes(fact))) problems.push(`drops "${fact}"`);
  }
  return problems;
}

/**
 * The engine's safety net for any pack, including a team lead's own rules: drops each rewording of one
 * sentence that is not safe to click (the default pack's are all checked by its tests, so none drop there).
 */
export function safeRewording<R extends { start: number; end: number; replacements: string[] }>(sentence: string, rewording: R): R {
  const before = sentence;
  const kept = rewording.replacements.filter((replacement) => {
    const after = sentence.slice(0, rewording.start) + replacement + sentence.slice(rewording.end);
    return after.trim() === '' || rewordingProblems(before, after, sentence.slice(rewording.start, rewording.end)).length === 0;
  });
  return kept.length === rewording.replacements.length ? rewording : { ...rewording, replacements: kept };
}
