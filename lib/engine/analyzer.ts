/**
 * The tone engine: reply text in, findings and scores out. Pure TypeScript, no browser API.
 *
 * Work is cached per sentence (phrase matches, markers, tagging), so re-analysing a draft after
 * a one-word edit only re-checks the sentence that changed; whole-reply checks and scores are
 * cheap sums over the cached sentences.
 *
 * The work is bounded whatever the pack or the text (see untrusted.ts): findings are capped per rule
 * in a sentence, per rule in a draft and per draft, and the time budget and the slices are honoured
 * between rules inside a sentence; a sentence cut short resumes where it stopped on the next analysis.
 */
import { fitToCustomer } from './fit-to-customer';
import { askedIfNormal, withoutAnswersToTheirQuestion } from './asked-if-normal';
import { lineDeletionSpan } from './line-deletion';
import { askedForSteps, withoutKindAnswers } from './answered-kindly';
import { signedName } from './mood/signature';
import type { PhraseRule, Rule, RulePack, StructureRule } from '../rules/schema';
import { CHECKS, checkOptionSchemas, type CheckId } from './checks/registry';
import { codes as codesCheck, codesOptions, onlyCodesTheyWrote } from './checks/codes';
import { passiveVoiceOptions } from './checks/passive-voice';
import type { CheckContext, CheckedSentence } from './checks/context';
import { checkLanguage } from './language';
import { sentenceMarkers, sumMarkers, type SentenceMarkers } from './markers';
import { readMood } from './mood';
import { channelExcuses, compilePhraseRules, matchPhraseRule, nextSentenceExcuses, SentenceDoc, softerFits, type CompiledPhraseRule } from './phrase';
import { agentGoesWithThem, calmCustomer, customerSentencesOf, softenAnswers } from './answered-softly';
import { mergeOverlapping } from './merge-findings';
import { wholeWordsEnd } from './whole-words-end';
import { cardRegion } from './card-evidence';
import { codesEvidence, withCodesAdvice, type CodesEvidence } from './codes-evidence';
import { withChannelAdvice } from './channel-evidence';
import { withFiledAwayAdvice } from './filed-away-evidence';
import { withProcessVoiceAdvice } from './process-voice-evidence';
import { withFollowThroughAdvice } from './follow-through-evidence';
import { withLimitAdvice, withPositivityAdvice } from './positivity-evidence';
import { withFacelessStepAdvice } from './faceless-step-evidence';
import { withErrandAdvice, withOwnershipAdvice } from './ownership-evidence';
import { withUrgencyAdvice } from './urgency-evidence';
import { timeLeftToConditionsIn } from './time-left-to-conditions-evidence';
import { withAdviceOf, withEmpathyAdvice } from './empathy-evidence';
import { asListStep } from './list-step';
import { dutyIn, orderIn, withRespectAdvice } from './respect-evidence';
import { paperworkIn } from './paperwork-evidence';
import { customerDisputes, insistingIn, insistingByRuleIn } from './insisting-evidence';
import { withPlainLanguageAdvice, withUnfamiliarWordsAdvice } from './plain-language-evidence';
import { CLOSED_DOOR_ADVICE, withClosedDoorAdvice } from './closed-door-evidence';
import { withCheerMembers } from './cheer-past-feeling';
import { oneCardOnAShortReply } from './one-card-on-a-short-reply';
import { quoteWhatWasSaid } from './quote-message';
import { reword } from './rewrite';
import { resolveFillIns, shiftFillIn, type FillInTemplate } from './template-fill';
import { keepSafeInContext, rewordingProblems, safeRewording, stockWordsOf, stockWordsOfCard, turnsRepliesAway } from '../rules/rewording-safety';
import { scoreReply } from './score';
import { explainScore } from './warmth/explain';
import { sentencesAsReworded } from './warmth/as-reworded';
import { warmthFeatures, type ScoredSentence } from './warmth/features';
import { linearScore } from './warmth/model';
import { withoutClosing } from './warmth/closing';
import { countWords, segmentSteps, type Segmentation, type Sentence } from './segment';
import { DEFAULT_CHANNEL, isChannel, onInSomeChannel, ruleInChannel, type Channel } from './channel';
import { agentOnlyText, doubtfulSpans, isNameLike, readStructure, type ReplyPart, type ReplyStructure } from './structure';
import type { Analysis, AnalyzeOptions, Finding, MoodReading, ReplyLayout } from './types';
import type { RuleFlag } from './classify/rule-context';
import { sentenceKeys } from './words';
import { normalizePhrase } from './normalize-phrase';
import { forgetTaggedSentences } from '../nlp/nlp';

/**
 * The agent's text with its sign-offs blanked, for the language check: a signer's name ("Ana de la Cruz", "Jan van der
 * Berg") says nothing of the language the reply is written in. One pass over the parts, so linear in the text.
 */
function withoutSignOffs(agentText: string, parts: readonly ReplyPart[], skipped: readonly string[]): string {
  const chunks: string[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.kind !== 'sign-off' || part.start < at) continue;
    chunks.push(agentText.slice(at, part.start), ' '.repeat(part.end - part.start));
    at = part.end;
  }
  if (at === 0) return agentText;
  chunks.push(agentText.slice(at));
  const sample = chunks.join('');
  // A reply that is nothing but a sign-off ("Thanks, Ana") is still read as itself; a sign-off over the signature, a
  // quote or a footer the box already held ("Best,⏎Sam Lee⏎Acme Support") is a reply not yet written.
  return /\p{L}/u.test(sample) || skipped.length > 0 ? sample : agentText;
}

/** A phrase finding relative to its sentence, cached by sentence text. */
interface SentenceFinding {
  rule: PhraseRule;
  start: number;
  end: number;
  suggestions: string[];
  message: string;
  /** The rule's fill-in templates resolved against this sentence (offsets relative to it). */
  templates?: FillInTemplate[];
}

interface SentenceWork {
  doc: SentenceDoc;
  markers: SentenceMarkers;
  /** Null until every rule has run on the sentence. */
  findings: SentenceFinding[] | null;
  /** The rules run so far when a budget or a slice stopped mid-sentence. */
  progress: { nextRule: number; found: SentenceFinding[] } | null;
  /** The analysis that last used this sentence, for eviction. */
  usedIn: number;
  /**
   * Per rule id: does this sentence, read as the NEXT one, excuse that rule's finding in the sentence before
   * (`unlessNext`)? Kept with this sentence, so editing it alone recomputes the answer.
   */
  excusesPrevious: Map<string, boolean>;
  /** Per rule id and channel: does one of that rule's exemptions for the channel (`channels.<channel>.unless`) match here? */
  excusedIn: Map<string, boolean>;
}

const CACHE_LIMIT = 5000;
/**
 * How many drafts' segmentations are kept, by their exact text: a round resumed where the budget stopped (and a check
 * of the same text with other options) reads the same sentences; a few, since a keystroke makes a new text.
 */
const SEGMENTATION_LIMIT = 4;

/** Limits that keep one draft's output and work bounded, whatever the pack (documented in the README). */
export const FINDING_LIMITS = {
  /** Matches of one rule kept in one sentence. */
  perRuleInSentence: 3,
  /** Findings of one rule reported for one draft. */
  perRuleInDraft: 25,
  /** Findings reported for one draft. */
  perDraft: 300,
} as const;

/** Warnings and suggestions elsewhere that make a reply cold enough for its codes to get hints of their own (checks/codes.ts, `inColdReplies`). */
const COLD_REPLY_WARNINGS = 3;

/** A very long customer message is read by its start and its end (the sign-off is at the end). */
export const MAX_CUSTOMER_MESSAGE_CHARS = 8000;

const FIX_THE_BLAME_FIRST =
  'First reword the lines flagged for blaming or lecturing the customer; an apology beside them reads false. Then name what they went through in your own words.';

/** A line that only thanks ("Thanks for your enquiry.", "Thank you!"): no content, so it never holds a way forward. */
const BARE_THANKS = /^(?:many )?(?:thanks|thank you)(?: (?:so|very) much)?(?: for (?:your|the) [a-z]+)?[.!]?$/i;
/**
 * A line that only feels with the customer about the no just given ("Sorry.", "I'm really sorry about that.", "I know
 * that's not the answer you were hoping for.", "I realise that's disappointing."): it holds no way forward either, so
 * the warm order "no, why, I know it's a blow, here's what we can do" keeps its offer in the window. Bounded words only.
 */
const BARE_REGRET =
  /^(?:(?:i'?m|i am|we'?re|we are) )?(?:so |really |very |truly |terribly )?sorry(?: about (?:that|this)| for (?:that|this)| to disappoint(?: you)?)?[.!]?$|^(?:i|we) (?:know|realise|realize|appreciate|understand) (?:that|this|it)(?:'s| is)? (?:not (?:the (?:answer|news)|what) you (?:were |had been )?hop(?:ing|ed) (?:for|to hear)|(?:really |very |a bit |a little )?(?:disappointing|a blow|a pain|frustrating|not ideal))[.!]?$/i;

/**
 * The customer's message as the mood reader sees it: bounded in length, each run of white space
 * one space or one or two line breaks, and each run of one punctuation mark at most three long
 * (a Zendesk thread of 1,300 empty paragraphs, or 50,000 "!", reads the same as a short one).
 * Linear: a lone /\s+/ and a single-character class per run.
 */
export function messageForMood(message: string): string {
  const half = MAX_CUSTOMER_MESSAGE_CHARS / 2;
  const clipped = message.length > MAX_CUSTOMER_MESSAGE_CHARS ? `${message.slice(0, half)}\n\n${message.slice(-half)}` : message;
  return clipped
    .replace(/\s+/g, (space) => {
      const breaks = space.split('\n').length - 1;
      return breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ';
    })
    .replace(/[!?.…]+/g, (marks) => (marks.length <= 3 ? marks : marks.slice(0, 3)));
}

export interface AnalyzerOptions {
  /** The clock the budget and the slices read (tests pass a fake one); `performance.now` by default. */
  now?: () => number;
  /**
   * Whether the phrase rules and the learned check read past the parts the structure pass gave the agent that probably
   * are not theirs (structure/doubtful-lines.ts). On by default; off only to measure what the net costs.
   */
  doubtfulLines?: boolean;
}

/**
 * Checks whose finding means a warmth signal is missing (no greeting, no next step). The score already
 * misses that signal, so charging the finding too would count it twice, and these checks switch on at a
 * word count, which would let a rewording that adds a word lower the score.
 */
const SIGNAL_CHECKS = new Set<CheckId>(['greeting', 'closing']);

/** Checks about the reply as a whole: a finding of theirs does not mean a sentence was already flagged. */
const WHOLE_REPLY_CHECKS = new Set<CheckId | undefined>(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);
/** Checks about one word, not the sentence's tone: the learned check still reads a sentence that holds only their finding. */
const WORD_CHECKS = new Set<CheckId | undefined>(['codes']);

export interface Analyzer {
  readonly rules: readonly Rule[];
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /**
   * The same analysis, yielding whenever `sliceMs` of work has passed, so a page can
   * stay responsive on a huge draft: resume it from a timer until it returns.
   */
  analyzeInSlices(text: string, options?: AnalyzeOptions, sliceMs?: number): Generator<void, Analysis>;
  /** Forget every cached sentence, tagging and rewording read (benchmarks measure a first analysis with this). */
  clearCache(): void;
}

export function createAnalyzer(rulesOrPack: readonly Rule[] | RulePack, analyzerOptions: AnalyzerOptions = {}): Analyzer {
  const now = analyzerOptions.now ?? defaultNow;
  const rules = 'rules' in rulesOrPack ? rulesOrPack.rules : rulesOrPack;
  // A rule off by default may be on in one channel (`channels.social.enabled`): it is compiled, and each analysis
  // keeps only the findings of rules on in its channel.
  const enabled = rules.filter(onInSomeChannel);
  const { rules: phraseRules, prefilter } = compilePhraseRules(enabled.filter((r): r is PhraseRule => r.kind === 'phrase'));
  const phraseRuleIds = new Set(phraseRules.map((c) => c.rule.id));
  const compiledByRule = new Map<PhraseRule, CompiledPhraseRule>(phraseRules.map((c) => [c.rule, c]));
  const structureRuleIds = new Set(enabled.filter((r) => r.kind === 'structure').map((r) => r.id));
  const structureRules = enabled
    .filter((r): r is StructureRule => r.kind === 'structure')
    .map((rule) => ({ rule, options: checkOptionSchemas[rule.check as CheckId].parse(rule.options) as never }))
    // The learned check only speaks where no rule did, so it runs after every other.
    .sort((a, b) => Number(a.rule.check === 'learned-sentence') - Number(b.rule.check === 'learned-sentence'));

  const checkOfRule = new Map(structureRules.map(({ rule }) => [rule.id, rule.check as CheckId]));
  // The codes check's detector, read as evidence on other principles' cards even where the check itself is off (codes-evidence.ts).
  const codesRule = rules.find((r): r is StructureRule => r.kind === 'structure' && r.check === 'codes');
  const codesRuleOptions = codesRule ? codesOptions.parse(codesRule.options) : null;
  const phraseRuleById = new Map(phraseRules.map(({ rule }) => [rule.id, rule]));
  // The channel rule's advice, told to another principle's card whose sentence sends the customer elsewhere (channel-evidence.ts).
  const channelRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'sent-to-a-channel');
  // The status-line rule whose advice a card tells when its sentence files the customer's words away (filed-away-evidence.ts).
  const statusLineRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'record-status-line');
  // The wait rule whose advice a card tells when its sentence announces a step with no time (urgency-evidence.ts).
  const waitRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'wait-without-a-time');
  // The hand-off rule whose advice a card tells when its sentence leaves the step with another party (ownership-evidence.ts).
  const handOffRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'someone-elses-job');
  // The faceless-passive rule whose advice a card tells when its sentence leaves a step done by nobody (faceless-step-evidence.ts).
  const facelessRule = rules.find((r): r is StructureRule => r.kind === 'structure' && r.check === 'passive-voice');
  // Read safely: a pack's options the check rejects leave the tell silent rather than stop the analyzer.
  const facelessAdvice = facelessRule ? passiveVoiceOptions.safeParse(facelessRule.options ?? {}).data?.advice : undefined;
  // The errand rule whose advice a card tells when its sentence sends the customer to a party themselves (ownership-evidence.ts).
  const errandRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'contact-them-directly');
  // The chase rule whose advice a card tells when its sentence leaves the customer waiting or told not to chase (follow-through-evidence.ts).
  const chaseRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'customer-must-chase');
  // The closed-ticket rule a card tells when its sentence shuts the conversation ("This decision is final": closed-door-evidence.ts).
  const closedRule = rules.find((r) => r.id === 'ticket-closed');
  // The no-alternative rule whose advice a card tells when its sentence says no (positivity-evidence.ts).
  const noRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'not-possible-to');
  // The rule-read-out rule whose advice a card tells when its sentence reads a limit out as the answer (positivity-evidence.ts).
  const limitRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'stated-as-a-rule');
  // The order rule whose advice a card tells when its sentence orders the customer about (respect-evidence.ts).
  const orderRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'lecturing-order');
  // The duty rule whose advice a card tells when its sentence lays a rulebook duty on the customer (respect-evidence.ts).
  const dutyRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'duty-with-a-deadline');
  // The paperwork rule whose advice a card tells when its sentence holds the rulebook up at the customer (paperwork-evidence.ts).
  const paperworkRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'paperwork-told-you');
  // The codes rule a card names a word the customer may never have met as (plain-language-evidence.ts).
  const codesWordsRule = rules.find((r) => r.id === 'internal-codes');
  // The insisting rule whose advice a card tells when its sentence insists our side was right (insisting-evidence.ts).
  const insistingRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'insisting-we-were-right');
  // The rulebook-voice rule whose advice ("say it as a person: who does it, for them, and when") a card tells when its
  // stretch is written in office nouns (plain-language-evidence.ts); the small-print rule's advice is about a rule, which
  // an office-worded sentence often is not.
  const officeWordsRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'rulebook-voice');
  // The feeling-first rule whose advice a card tells when it meets an upset customer with a bare fact (empathy-evidence.ts).
  const feelingFirstRule = rules.find((r): r is PhraseRule => r.kind === 'phrase' && r.id === 'stock-sympathy');
  /** A merged card's composed rewrite, checked as each member's own rewording is: with every member's stock words. */
  const safeComposedRewrite = (before: string, after: string, flagged: string, ruleIds: readonly string[]) =>
    rewordingProblems(before, after, flagged, stockWordsOfCard(ruleIds, (id) => phraseRuleById.get(id))).length === 0;
  /** Per acknowledgement rule, the rules whose warning beside it makes its line advice (its `adviceBeside` option). */
  const adviceBesideOf = new Map(
    structureRules.filter(({ rule }) => rule.check === 'acknowledgement').map(({ rule, options }) => [rule.id, new Set<string>((options as { adviceBeside: string[] }).adviceBeside)]),
  );
  const cache = new Map<string, SentenceWork>();
  let lastMood: { message: string | undefined; reading: MoodReading | null } = { message: undefined, reading: null };
  let lastStructure: { text: string; customerMessage: string | undefined; structure: ReplyStructure; agentText: string } | null = null;

  /**
   * The reply's parts and the agent's own text (skipped parts blanked at their offsets); the last draft's is kept. The
   * customer's message tells its paste in the draft from the agent's words (session 28).
   */
  function structureOf(text: string, customerMessage: string | undefined) {
    if (lastStructure?.text !== text || lastStructure.customerMessage !== customerMessage) {
      const structure = readStructure(text, { customerMessage });
      lastStructure = { text, customerMessage, structure, agentText: agentOnlyText(text, structure) };
    }
    return lastStructure;
  }

  const segmentations = new Map<string, Segmentation>();
  /** The agent text's paragraphs and sentences, split again only for a text not among the last few (kept frozen: shared). */
  function* segmentationOf(agentText: string, pause: () => boolean): Generator<void, Segmentation> {
    const known = segmentations.get(agentText);
    if (known) {
      // The most recent last: the oldest is the first to go.
      segmentations.delete(agentText);
      segmentations.set(agentText, known);
      return known;
    }
    const fresh = yield* segmentSteps(agentText, pause);
    Object.freeze(fresh.sentences);
    Object.freeze(fresh.paragraphs);
    if (segmentations.size >= SEGMENTATION_LIMIT) segmentations.delete(segmentations.keys().next().value!);
    segmentations.set(agentText, fresh);
    return fresh;
  }

  /** Does the reply's own signature or footer (not quoted history) say not to reply ("This mailbox is not monitored")? */
  function ownNoticeTurnsRepliesAway(text: string, structure: ReplyStructure): boolean {
    return structure.parts.some((part) => (part.kind === 'footer' || part.kind === 'signature') && turnsRepliesAway(text.slice(part.start, part.end)));
  }

  let generation = 0;
  function work(sentence: Sentence): SentenceWork {
    let entry = cache.get(sentence.text);
    if (!entry) {
      if (cache.size >= CACHE_LIMIT) evictOldest();
      entry = {
        doc: new SentenceDoc(sentence.text, sentenceKeys(sentence.text)),
        markers: sentenceMarkers(sentence.text, countWords(sentence.text)),
        findings: null,
        progress: null,
        usedIn: generation,
        excusesPrevious: new Map(),
        excusedIn: new Map(),
      };
      cache.set(sentence.text, entry);
    }
    entry.usedIn = generation;
    return entry;
  }

  const rewordMemo = new Map<string, ScoredSentence[][]>();
  /** What the warmth model reads: the reply with each scored finding's first rewording applied (warmth/as-reworded.ts). */
  function asReworded(checked: CheckedSentence[], scoredFindings: Finding[]) {
    const readings = sentencesAsReworded(checked, scoredFindings, {
      markersOf: (t) => cache.get(t)?.markers ?? sentenceMarkers(t, countWords(t)),
      memo: rewordMemo.size > CACHE_LIMIT ? (rewordMemo.clear(), rewordMemo) : rewordMemo,
      coolness: (sentences) => linearScore(warmthFeatures(sentences, sumMarkers(sentences.map((s) => s.markers)))).z,
      editsOf: (t) => {
        const entry = work({ start: 0, end: t.length, text: t, paragraph: 0, ownLine: false });
        if (entry.findings === null) drain(phraseFindings(entry, () => 'go'));
        return entry.findings ?? [];
      },
    });
    return readings.map((sentences) => ({ sentences, totals: sumMarkers(sentences.map((s) => s.markers)) }));
  }

  /**
   * A finding whose rule has `unlessNext` patterns is excused when one of the next two sentences of the agent's text
   * matches one ("We can't refund it. What I can do is …"). The answer lives with the next sentence.
   */
  function excusedByNext(rule: PhraseRule, next: Sentence | undefined): boolean {
    const compiled = compiledByRule.get(rule);
    if (!next || !compiled?.unlessNext.length) return false;
    const entry = work(next);
    let excused = entry.excusesPrevious.get(rule.id);
    if (excused === undefined) {
      excused = nextSentenceExcuses(compiled, entry.doc);
      entry.excusesPrevious.set(rule.id, excused);
    }
    return excused;
  }

  /** Is the rule's finding in this sentence exempt in this channel (`channels.<channel>.unless`)? Kept with the sentence. */
  function excusedInChannel(rule: PhraseRule, entry: SentenceWork, channel: Channel): boolean {
    const compiled = compiledByRule.get(rule);
    if (!compiled?.unlessIn[channel]) return false;
    const key = `${rule.id}\u0000${channel}`;
    let excused = entry.excusedIn.get(key);
    if (excused === undefined) {
      excused = channelExcuses(compiled, entry.doc, channel);
      entry.excusedIn.set(key, excused);
    }
    return excused;
  }

  /**
   * The two sentences after `index` that may hold the way forward. A bare thank-you or regret line between carries
   * nothing, so it does not use up the window: a rewording that splits "In response to your enquiry, …" into "Thanks for your
   * enquiry. …" must not make a refusal two sentences up lose the offer that follows it.
   */
  function nextInWindow(sentences: readonly Sentence[], index: number): Sentence[] {
    const window: Sentence[] = [];
    for (let i = index + 1; i < sentences.length && window.length < 2 && i <= index + 3; i++) {
      const next = sentences[i]!;
      const said = next.text.trim().replace(/[\u2018\u2019]/g, "'");
      if (!BARE_THANKS.test(said) && !BARE_REGRET.test(said)) window.push(next);
    }
    return window;
  }

  /**
   * An acknowledgement inserted into a reply that still blames, lectures or talks down to the customer (a warning of
   * one of the rules its `adviceBeside` option names) reads false beside those lines ("I'm so sorry… You should have
   * read the terms."): it is advice until they are fixed. Read from the reply's own findings, not from a list of words.
   */
  function beforeTheBlameIsFixed(found: Finding[]): Finding[] {
    return found.map((f) => {
      const beside = adviceBesideOf.get(f.ruleId);
      if (!beside || !(f.suggestions.length || f.templates?.length)) return f;
      const blames = found.some((other) => other.severity === 'warning' && [other.ruleId, ...(other.alsoRuleIds ?? [])].some((id) => beside.has(id)));
      if (!blames) return f;
      const { templates: _templates, ...rest } = f;
      return { ...rest, suggestions: [], advice: FIX_THE_BLAME_FIRST };
    });
  }

  /**
   * A merged card's rewording that still says what another member warns of, for the card's own principle ("As I said
   * before, users are responsible…" → "Users are responsible…": respect both times) leaves the card's habit in place: it
   * is not offered (the card keeps its advice). A milder member, or another principle's phrase carried along ("Per the
   * rental terms, everyone needs to…"; "Returns take 14 days."), still lets the fix through.
   */
  function withoutFixesLeavingAMember(f: Finding): Finding {
    if (!f.merged || !f.suggestions.length || !f.alsoRuleIds?.length) return f;
    const members = new Set(f.alsoRuleIds);
    const suggestions = f.suggestions.filter((text) => {
      const entry = work({ start: 0, end: text.length, text, paragraph: 0, ownLine: false });
      if (entry.findings === null) drain(phraseFindings(entry, () => 'go'));
      return !(entry.findings ?? []).some((found) => members.has(found.rule.id) && found.rule.severity === 'warning' && found.rule.principle === f.principle);
    });
    return suggestions.length === f.suggestions.length ? f : { ...f, suggestions };
  }

  /** Drop the fifth of the cache that was used longest ago (a sweep now and then, not work on every hit). */
  function evictOldest(): void {
    const ages = [...cache.values()].map((e) => e.usedIn).sort((a, b) => a - b);
    const cutoff = ages[Math.floor(ages.length / 5)]!;
    for (const [text, e] of cache) if (e.usedIn <= cutoff) cache.delete(text);
  }

  /**
   * Runs the phrase rules on one sentence, from where an earlier run stopped. Between rules it asks
   * `pause()`: "yield" hands the slice back to the page (the generator resumes here), "stop" leaves
   * the rest for the next analysis (the budget ran out). Returns true once every rule has run.
   */
  function* phraseFindings(entry: SentenceWork, pause: () => 'go' | 'yield' | 'stop'): Generator<void, boolean> {
    const progress = (entry.progress ??= { nextRule: 0, found: [] });
    // Not cached with the sentence: a few microseconds to rebuild, kilobytes to keep.
    const candidates = prefilter.candidates(entry.doc.keys);
    while (progress.nextRule < phraseRules.length) {
      const compiled = phraseRules[progress.nextRule]!;
      const matches = matchPhraseRule(compiled, entry.doc, candidates).slice(0, FINDING_LIMITS.perRuleInSentence);
      for (const match of matches) {
        const rewording = safeRewording(entry.doc.text, reword(entry.doc.text, match, compiled.rule.rewrites), stockWordsOf(compiled.rule));
        const message = quoteWhatWasSaid(compiled.rule.message, entry.doc.text.slice(match.start, match.end));
        const templates = compiled.rule.templates?.length ? resolveFillIns(entry.doc.text, match, compiled.rule.templates) : [];
        progress.found.push({ rule: compiled.rule, start: rewording.start, end: rewording.end, suggestions: rewording.replacements, message, ...(templates.length ? { templates } : {}) });
      }
      progress.nextRule += 1;
      if (progress.nextRule === phraseRules.length) break;
      const next = pause();
      if (next === 'stop') return false;
      if (next === 'yield') yield;
    }
    entry.findings = progress.found;
    entry.progress = null;
    return true;
  }

  /** The customer's message in sentences, for the rules' `softer.customerAsked` (kept for the next keystroke). */
  let lastAsked: { message: string; sentences: SentenceDoc[] } | null = null;
  function customerSentences(message: string): SentenceDoc[] {
    if (lastAsked?.message !== message) lastAsked = { message, sentences: customerSentencesOf(messageForMood(message)) };
    return lastAsked.sentences;
  }

  function mood(message: string | undefined): MoodReading | null {
    if (message !== lastMood.message) {
      lastMood = { message, reading: readMood(message === undefined ? undefined : messageForMood(message)) };
    }
    return lastMood.reading;
  }

  function* run(text: string, options: AnalyzeOptions, sliceMs: number): Generator<void, Analysis> {
    generation += 1;
    const started = now();
    let sliceStart = started;
    const budget = Math.min(options.budgetMs ?? Infinity, options.firstLook?.budgetMs ?? Infinity);
    const ignoredRules = new Set(options.ignored?.ruleIds ?? []);
    const ignoredPhrases = normalizedPhrases(options.ignored?.phrases);
    const overBudget = () => budget !== Infinity && now() - started > budget;
    /**
     * True when this slice has used `fraction` of its time: the caller yields. A new slice starts at
     * the first check after resuming (sliceStart -1), so time spent away never counts against it.
     */
    const sliceOver = (fraction = 1) => {
      if (sliceMs === Infinity) return false;
      const t = now();
      if (sliceStart < 0) {
        sliceStart = t;
        return false;
      }
      if (t - sliceStart <= sliceMs * fraction) return false;
      sliceStart = -1;
      return true;
    };
    /** Between two rules of a sentence: go on, hand the slice back, or stop for the budget. */
    const pause = (): 'go' | 'yield' | 'stop' => {
      if (budget === Infinity && sliceMs === Infinity) return 'go';
      if (overBudget()) return 'stop';
      return sliceOver() ? 'yield' : 'go';
    };
    const reading = mood(options.customerMessage);
    const channel = isChannel(options.channel) ? options.channel : DEFAULT_CHANNEL;
    /** The rule's `enabled` and `severity` in this reply's channel (its `channels` settings). */
    const inChannel = (rule: Rule) => ruleInChannel(rule, channel);
    // Only the agent's own words are read: never the signature, a legal footer, quoted history or code.
    const { structure, agentText } = structureOf(text, options.customerMessage);
    const layout = describeLayout(structure, channel);
    const language = checkLanguage(withoutSignOffs(agentText, structure.parts, layout.skipped));

    const { sentences, paragraphs } = yield* segmentationOf(agentText, sliceOver);
    const partOf = partLocator(structure.parts);
    // Parts read as the agent's that their place says are probably not: no phrase or learned finding there.
    const doubtful = analyzerOptions.doubtfulLines === false ? [] : doubtfulSpans(text, structure, options.customerMessage);
    const isDoubtful = (start: number, end: number) => doubtful.some(([s, e]) => start < e && s < end);
    if (sliceOver()) yield;
    const checked: CheckedSentence[] = [];
    const findings: Finding[] = [];
    const unscored = new Set<Finding>();
    /** Findings whose sentence answers a calm customer's own question, with their rule's softer form (answered-softly.ts). */
    const answersSoftly = new Map<Finding, NonNullable<PhraseRule['softer']>>();
    // Calm, or upset with the agent going through it beside them (answered-softly.ts). The second reads every sentence,
    // so it runs only when a finding with a softer form asks, once per analysis.
    const calmMood = calmCustomer(options.customerMessage, reading);
    let goesWithThem: boolean | undefined;
    const calm = () => calmMood || (goesWithThem ??= agentGoesWithThem(options.customerMessage, sentences));
    const perRule = new Map<string, number>();
    let phraseFindingCount = 0;
    let complete = true;

    let totals = sumMarkers([]);
    let reportedFlags: RuleFlag[] | undefined;
    let codesIn: ((start: number, end: number) => CodesEvidence | null) | undefined;
    if (language.checked) {
      if (options.firstLook) {
        // The sentences at the caret are always read, whatever the budget: splitting a long draft can use it all
        // on a busy machine, and a first look with nothing in it is no look at all.
        const slicesOnly = (): 'go' | 'yield' => (sliceOver() ? 'yield' : 'go');
        for (const [rank, sentence] of nearestFirst(sentences, options.firstLook.at).entries()) {
          const entry = work(sentence);
          if (entry.findings !== null) continue;
          if (rank < FIRST_LOOK_MIN_SENTENCES) yield* phraseFindings(entry, slicesOnly);
          else if (overBudget() || !(yield* phraseFindings(entry, pause))) break;
        }
      }
      for (const [index, sentence] of sentences.entries()) {
        const entry = work(sentence);
        const partIndex = partOf(sentence.end - 1);
        checked.push({ ...sentence, markers: entry.markers, doc: entry.doc, part: structure.parts[partIndex]?.kind ?? 'body', partIndex });
        if (entry.findings === null) {
          if (overBudget() || !(yield* phraseFindings(entry, pause))) complete = false;
        }
        // A sentence cut short by the budget reports what its rules found so far.
        let window: Sentence[] | undefined;
        for (const f of entry.findings ?? entry.progress?.found ?? []) {
          if (!inChannel(f.rule).enabled) continue;
          // An exemption of this channel only: "Follow our status page for updates" is the follow-up itself on social.
          if (excusedInChannel(f.rule, entry, channel)) continue;
          if (doubtful.length && isDoubtful(sentence.start + f.start, sentence.start + f.end)) continue;
          // The way forward may come one sentence later ("We can't refund it. Could you ask Apple? I've refunded the night.").
          if (f.rule.unlessNext.length && (window ??= nextInWindow(sentences, index)).some((next) => excusedByNext(f.rule, next))) continue;
          const count = perRule.get(f.rule.id) ?? 0;
          // Past a cap the draft is still fully checked; only the list is cut (`complete` is about time).
          if (count >= FINDING_LIMITS.perRuleInDraft || phraseFindingCount >= FINDING_LIMITS.perDraft) continue;
          perRule.set(f.rule.id, count + 1);
          phraseFindingCount += 1;
          const valediction = valedictionAbove(checked, index, f);
          const span = valediction ?? wholeSentenceDeletion(text, sentence, f) ?? {
            start: sentence.start + f.start,
            end: sentence.start + f.end,
            suggestions: f.suggestions,
          };
          const finding: Finding = {
            ruleId: f.rule.id,
            principle: f.rule.principle,
            severity: inChannel(f.rule).severity,
            start: span.start,
            end: span.end,
            text: text.slice(span.start, span.end),
            message: f.message,
            suggestions: span.suggestions,
            ...(f.rule.advice ? { advice: f.rule.advice } : {}),
            ...(f.templates ? { templates: f.templates.map((t) => shiftFillIn(t, sentence.start)) } : {}),
          };
          findings.push(finding);
          // Moved off the signed name, it is still about the name: no tone of its own, so not scored (see isSignedNameSentence).
          if (valediction) unscored.add(finding);
          if (f.rule.softer && calm() && softerFits(compiledByRule.get(f.rule)!, entry.doc, customerSentences(options.customerMessage!))) answersSoftly.set(finding, f.rule.softer);
        }
        if (sliceOver()) yield;
      }

      // The whole-reply checks run in one go: start them on a fresh slice unless half of this one is left.
      if (sliceOver(0.5)) yield;
      // A first look cut short leaves them to the full check: they need every sentence's findings.
      const wholeReplyRules = options.firstLook && !complete ? [] : structureRules;
      totals = sumMarkers(checked.map((s) => s.markers));
      // What the learned check reads as flagged, in its sentence and elsewhere: this stage, before the last filters below. It
      // runs last of the checks, so every other finding exists; the training script reads the same stage (`reportRuleFlags`).
      const ruleFlags = (): RuleFlag[] =>
        findings
          .filter((f) => !WHOLE_REPLY_CHECKS.has(checkOfRule.get(f.ruleId)) && checkOfRule.get(f.ruleId) !== 'learned-sentence')
          .map(({ start, end, principle, ruleId }) => ({
            start,
            end,
            principle,
            ...(WORD_CHECKS.has(checkOfRule.get(ruleId)) ? { wordOnly: true } : {}),
            ...(ignoredRules.has(ruleId) ? { dismissed: true } : {}),
          }));
      const context: CheckContext = {
        text,
        // A doubtful part is no line of the agent's for these checks either: nothing anchored on it (see below).
        sentences: doubtful.length ? checked.filter((s) => !isDoubtful(s.start, s.end)) : checked,
        paragraphs,
        totals,
        mood: reading,
        customerMessage: options.customerMessage === undefined ? undefined : messageForMood(options.customerMessage),
        customerName: options.customerName?.trim() || reading?.customerName || null,
        structure,
        channel,
        firstMessage: options.firstMessage ?? false,
        flagged: (start, end) => findings.some((f) => f.start < end && start < f.end && !WHOLE_REPLY_CHECKS.has(checkOfRule.get(f.ruleId)) && !WORD_CHECKS.has(checkOfRule.get(f.ruleId))),
        flaggedPrinciples: (start, end) => new Set(findings.filter((f) => f.start < end && start < f.end && phraseRuleIds.has(f.ruleId) && !ignoredRules.has(f.ruleId)).map((f) => f.principle)),
        phraseFixes: (start, end) => findings.filter((f) => f.start < end && start < f.end && phraseRuleIds.has(f.ruleId) && !ignoredRules.has(f.ruleId)).flatMap((f) => f.suggestions),
        warnedAnywhere: () => findings.some((f) => phraseRuleIds.has(f.ruleId) && !ignoredRules.has(f.ruleId) && f.severity !== 'hint'),
        ruleFlags,
      };
      // Where the codes check is on it speaks for itself; off, its detector still tells the other cards (codes-evidence.ts).
      // Not where the lead said no to the advice (the option, or the rule switched off in this channel) nor where the
      // agent ignored the rule by its id.
      if (codesRule && codesRuleOptions?.onOtherCards && codesRule.channels?.[channel]?.enabled !== false && !ignoredRules.has(codesRule.id) && !inChannel(codesRule).enabled) {
        codesIn = codesEvidence(context, codesRuleOptions);
      }
      for (const { rule, options: checkOptions } of wholeReplyRules) {
        const setting = inChannel(rule);
        if (!setting.enabled) continue;
        const check = CHECKS[rule.check as CheckId];
        let hits = check.run(context, checkOptions);
        // The net only moves or drops a whole-reply finding, never adds one: a doubtful line that carried the next step or
        // the greeting still counts for whether the reply needs one, and the finding sits on the agent's own lines.
        if (doubtful.length && hits.length && WHOLE_REPLY_CHECKS.has(rule.check as CheckId) && !check.run({ ...context, sentences: checked }, checkOptions).length) hits = [];
        for (const hit of hits.slice(0, FINDING_LIMITS.perRuleInDraft)) {
          // A sentence's own finding (the learned check, a code) reads past doubtful parts.
          if (doubtful.length && !WHOLE_REPLY_CHECKS.has(rule.check as CheckId) && isDoubtful(hit.start, hit.end)) continue;
          const finding: Finding = {
            ruleId: rule.id,
            principle: hit.principle ?? rule.principle,
            severity: hit.unsure ? 'hint' : setting.severity,
            start: hit.start,
            end: hit.end,
            text: text.slice(hit.start, hit.end),
            message: hit.message ?? rule.message,
            suggestions: hit.suggestions,
            ...(hit.advice ? { advice: hit.advice } : {}),
            ...(hit.templates?.length ? { templates: hit.templates } : {}),
          };
          findings.push(finding);
          if (SIGNAL_CHECKS.has(rule.check as CheckId)) unscored.add(finding);
        }
      }
      // After every check (the learned one speaks only where no card did): a reply warned elsewhere gets its codes as hints of their own too (the option's comment, checks/codes.ts).
      if (codesIn && codesRule && codesRuleOptions?.inColdReplies && findings.filter((f) => phraseRuleIds.has(f.ruleId) && !ignoredRules.has(f.ruleId) && f.severity !== 'hint').length >= COLD_REPLY_WARNINGS) {
        for (const hit of codesCheck.run(context, codesRuleOptions).slice(0, FINDING_LIMITS.perRuleInDraft)) {
          // A sentence that already has a card tells the code on it (codes-evidence.ts): no second card on its words.
          const sentence = context.sentences.find((s) => s.start <= hit.start && hit.end <= s.end);
          if (!sentence || findings.some((f) => f.start < sentence.end && sentence.start < f.end)) continue;
          findings.push({ ruleId: codesRule.id, principle: 'plain-language', severity: 'hint', start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), message: codesRule.message, suggestions: hit.suggestions, ...(hit.advice ? { advice: hit.advice } : {}) });
        }
      }
      if (options.reportRuleFlags) reportedFlags = ruleFlags();
    }

    // An answer to a calm customer's own how or whether question is a hint, unless the reply refuses or blames elsewhere.
    softenAnswers(findings, answersSoftly, (id) => phraseRuleIds.has(id));
    // "Is that normal?" answered "Yes, that's normal" is an answer, not a brush-off (asked-if-normal.ts).
    const isPhrase = (id: string) => phraseRuleIds.has(id);
    // Steps they asked for, a no with its reason and a way forward, a wait already acted on, good news in the rulebook's
    // words: warm answers many rules read as cold, excused in one place (answered-kindly.ts).
    const kindly = withoutKindAnswers(findings, sentences, askedForSteps(options.customerMessage, reading), isPhrase);
    const answered = withoutAnswersToTheirQuestion(kindly, askedIfNormal(options.customerMessage, reading), isPhrase)
      // An acronym the customer wrote first ("my phone says SOS") said back to them is their word, not our code.
      .filter((f) => f.ruleId !== 'internal-codes' || !onlyCodesTheyWrote(f.text, options.customerMessage));
    // A card with nothing to apply underlines whole phrases: not one cut off on "for" or running into the next clause.
    // Never carried into another finding's words: two cards stay two (merge-findings.ts joins overlapping ones).
    const withWholeWordsEnd = (f: Finding, _i: number, all: readonly Finding[]): Finding => {
      if (!phraseRuleIds.has(f.ruleId) || f.suggestions.length > 0 || f.templates?.length) return f;
      const end = wholeWordsEnd(text, f.start, f.end);
      if (end === f.end || end <= f.start) return f;
      if (end > f.end && all.some((g) => g !== f && g.start >= f.end && g.start < end)) return f;
      return { ...f, end, text: text.slice(f.start, end) };
    };
    // A word check's rewording swaps words in place, as a phrase rule's does (a code for the customer's own words).
    const inPlace = (f: Finding) => phraseRuleIds.has(f.ruleId) || WORD_CHECKS.has(checkOfRule.get(f.ruleId));
    const safe = keepSafeInContext(agentText, answered, inPlace).filter((f) => !ignoredRules.has(f.ruleId) && f.end > f.start).map(withWholeWordsEnd);
    const isIgnored = (f: Finding) => ignoredPhrases.size > 0 && ignoredPhrases.has(normalizePhrase(f.text));
    // A merged card spans its members' union: the agent who dismissed that card dismissed every member under it.
    const dismissedCards = ignoredPhrases.size ? mergeOverlapping(safe, sentences, (ruleId) => phraseRuleIds.has(ruleId)).filter((f) => f.merged && isIgnored(f)) : [];
    // Read after dismissals: a blaming line the agent dismissed no longer holds the acknowledgement back.
    let kept = beforeTheBlameIsFixed(mergeOverlapping(
      safe.filter((f) => !isIgnored(f) && !(phraseRuleIds.has(f.ruleId) && dismissedCards.some((d) => d.start <= f.start && f.end <= d.end))),
      sentences,
      (ruleId) => phraseRuleIds.has(ruleId),
    )
      .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)));
    kept = kept.map(withoutFixesLeavingAMember);
    // Evidence of another principle told on the cards the agent already sees (card-evidence.ts). Only sentence cards own
    // words a code, a channel or a step may go to: a whole-reply card anchored on the sentence (a missing acknowledgement, a
    // greeting) takes none and cuts no other card's region. A card widened to the evidence is dismissed by its words as
    // shown (the phrase the agent ignored).
    type Span = { start: number; end: number };
    const tellOnSentenceCards = (tell: (card: Finding, region: Span | undefined, sentence: CheckedSentence | undefined) => Finding, exceptRuleId?: string) => {
      const wordCards = kept.filter((f) => f.ruleId !== exceptRuleId && (isPhrase(f.ruleId) || (structureRuleIds.has(f.ruleId) && !WHOLE_REPLY_CHECKS.has(checkOfRule.get(f.ruleId)))));
      const isWordCard = new Set(wordCards);
      const sentenceOf = (f: Finding) => checked.find((s) => s.start <= f.start && f.end <= s.end);
      kept = kept
        .map((f) => {
          if (!isWordCard.has(f)) return f;
          const sentence = sentenceOf(f);
          return tell(f, sentence && cardRegion(f, sentence, wordCards), sentence);
        })
        .filter((f) => !isIgnored(f));
    };
    // A card whose words hold an unexplained code says so too (codes-evidence.ts).
    if (codesIn && codesRule) tellOnSentenceCards((f, region) => withCodesAdvice(f, text, region, codesIn!, codesRule.id), codesRule.id);
    // A card whose sentence sends the customer to a channel says so too (channel-evidence.ts); not where the lead switched
    // the channel rule off here or the agent ignored it.
    const channelAdvice = channelRule?.advice;
    if (channelRule && channelAdvice && inChannel(channelRule).enabled && !ignoredRules.has(channelRule.id)) {
      tellOnSentenceCards((f, region) => withChannelAdvice(f, text, region, channelRule.id, channelAdvice));
    }
    // The words of the sentence after a card's (the tells read a remedy or a time there).
    const nextSentenceText = (sentence: CheckedSentence | undefined) => {
      const next = sentence && checked[checked.indexOf(sentence) + 1];
      return next && text.slice(next.start, next.end);
    };
    // A card whose sentence announces a step with no time says when is missing too (urgency-evidence.ts); not where the
    // lead switched the wait rule off here or the agent ignored it.
    const waitAdvice = waitRule?.advice;
    if (waitRule && waitAdvice && inChannel(waitRule).enabled && !ignoredRules.has(waitRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withUrgencyAdvice(f, text, region, sentence, waitRule.id, waitAdvice, nextSentenceText(sentence)),
      );
      // …or leaves the time to conditions ("subject to workshop capacity", "once resources allow": time-left-to-conditions-evidence.ts).
      tellOnSentenceCards((f, region, sentence) =>
        withUrgencyAdvice(f, text, region, sentence, waitRule.id, waitAdvice, nextSentenceText(sentence), timeLeftToConditionsIn),
      );
    }
    // The agent owns a step in the sentence or the next ("…set by head office. I'll ask them to review yours by Friday.").
    const agentActsAround = (sentence: CheckedSentence) => sentence.markers.ownership > 0 || (checked[checked.indexOf(sentence) + 1]?.markers.ownership ?? 0) > 0;
    const tellSentence = (sentence: CheckedSentence | undefined) => sentence && { start: sentence.start, end: sentence.end, agentActs: agentActsAround(sentence) };
    // A card whose sentence leaves the step with another party says who should own it too (ownership-evidence.ts).
    const handOffAdvice = handOffRule?.advice;
    if (handOffRule && handOffAdvice && inChannel(handOffRule).enabled && !ignoredRules.has(handOffRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withOwnershipAdvice(f, text, region, tellSentence(sentence), handOffRule.id, handOffAdvice),
      );
    }
    // A card whose sentence leaves a step done by nobody says who should do it too (faceless-step-evidence.ts).
    if (facelessRule && facelessAdvice && inChannel(facelessRule).enabled && !ignoredRules.has(facelessRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withFacelessStepAdvice(f, text, region, tellSentence(sentence), facelessRule.id, facelessAdvice),
      );
    }
    // A card whose sentence files the customer's words away asks for what was done, said as a person (filed-away-evidence.ts).
    const statusLineAdvice = statusLineRule?.advice;
    if (statusLineRule && statusLineAdvice && inChannel(statusLineRule).enabled && !ignoredRules.has(statusLineRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withFiledAwayAdvice(f, text, region, tellSentence(sentence), statusLineRule.id, statusLineAdvice),
      );
      // …or answers the case with how a class of cases is handled ("Orders are dispatched in the order received": process-voice-evidence.ts).
      tellOnSentenceCards((f, region, sentence) =>
        withProcessVoiceAdvice(f, text, region, tellSentence(sentence), statusLineRule.id, statusLineAdvice),
      );
    }
    // A card whose sentence shuts the conversation ("This decision is final") asks to leave the door open (closed-door-evidence.ts).
    if (closedRule && inChannel(closedRule).enabled && !ignoredRules.has(closedRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withClosedDoorAdvice(f, text, region, tellSentence(sentence), closedRule.id, CLOSED_DOOR_ADVICE, nextSentenceText(sentence)),
      );
    }
    // A card whose sentence sends the customer to a party themselves offers to make the contact too (ownership-evidence.ts).
    const errandAdvice = errandRule?.advice;
    if (errandRule && errandAdvice && inChannel(errandRule).enabled && !ignoredRules.has(errandRule.id)) {
      tellOnSentenceCards((f, region, sentence) => withErrandAdvice(f, text, region, sentence && { agentActs: agentActsAround(sentence) }, errandRule.id, errandAdvice));
    }
    // A card whose sentence leaves the customer waiting on an update, or told not to chase, asks how and when they will
    // hear (follow-through-evidence.ts).
    const chaseAdvice = chaseRule?.advice;
    if (chaseRule && chaseAdvice && inChannel(chaseRule).enabled && !ignoredRules.has(chaseRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withFollowThroughAdvice(f, text, region, tellSentence(sentence), chaseRule.id, chaseAdvice, nextSentenceText(sentence)),
      );
    }
    // A card whose sentence says no with no way forward asks what the customer can do instead (positivity-evidence.ts).
    const noAdvice = noRule?.advice;
    if (noRule && noAdvice && inChannel(noRule).enabled && !ignoredRules.has(noRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withPositivityAdvice(f, text, region, nextSentenceText(sentence), noRule.id, noAdvice),
      );
    }
    // A card whose sentence reads a limit out as the answer asks what the customer can do (positivity-evidence.ts).
    const limitAdvice = limitRule?.advice;
    if (limitRule && limitAdvice && inChannel(limitRule).enabled && !ignoredRules.has(limitRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        withLimitAdvice(f, text, region, sentence && text.slice(sentence.start, sentence.end), nextSentenceText(sentence), limitRule.id, limitAdvice),
      );
    }
    // A card the engine softened to a hint read its sentence as kind in context (a step the customer asked for, one that
    // takes up the agent's own offer): telling it to ask rather than order would contradict that reading.
    const softened = (f: Finding) => f.severity === 'hint' && rules.find((r) => r.id === f.ruleId)?.severity !== 'hint';
    // A card whose sentence orders the customer about asks instead, with the reason (respect-evidence.ts).
    const orderAdvice = orderRule?.advice;
    if (orderRule && orderAdvice && inChannel(orderRule).enabled && !ignoredRules.has(orderRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        softened(f) ? f : withRespectAdvice(f, text, region, sentence, orderIn, { ruleId: orderRule.id, advice: orderAdvice }),
      );
    }
    // A card whose sentence lays a rulebook duty on the customer asks for it in the team's voice (respect-evidence.ts).
    const dutyAdvice = dutyRule?.advice;
    if (dutyRule && dutyAdvice && inChannel(dutyRule).enabled && !ignoredRules.has(dutyRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        softened(f) ? f : withRespectAdvice(f, text, region, sentence, dutyIn, { ruleId: dutyRule.id, advice: dutyAdvice }),
      );
    }
    // A card whose sentence holds the rulebook or a notice up at the customer gives the point again simply (paperwork-evidence.ts).
    const paperworkAdvice = paperworkRule?.advice;
    if (paperworkRule && paperworkAdvice && inChannel(paperworkRule).enabled && !ignoredRules.has(paperworkRule.id)) {
      tellOnSentenceCards((f, region, sentence) =>
        softened(f) ? f : withRespectAdvice(f, text, region, sentence, paperworkIn, { ruleId: paperworkRule.id, advice: paperworkAdvice }),
      );
    }
    // A card whose sentence insists our side was right against the customer's word shares what was checked (insisting-evidence.ts).
    const insistingAdvice = insistingRule?.advice;
    if (insistingRule && insistingAdvice && inChannel(insistingRule).enabled && !ignoredRules.has(insistingRule.id)) {
      const disputed = customerDisputes(options.customerMessage, calmMood);
      // …in its words, or by the card's own rule when its meaning insists ("Our guides are all fully trained", "The charge stands").
      const against = (f: Finding) => (t: string, start: number, end: number, said: string) =>
        insistingIn(t, start, end, said, disputed) ?? insistingByRuleIn(f, said, disputed);
      tellOnSentenceCards((f, region, sentence) =>
        softened(f) ? f : withRespectAdvice(f, text, region, sentence, against(f), { ruleId: insistingRule.id, advice: insistingAdvice }),
      );
    }
    // A card whose stretch is written in office nouns asks for everyday words (plain-language-evidence.ts).
    const officeWordsAdvice = officeWordsRule?.advice;
    if (officeWordsRule && officeWordsAdvice && inChannel(officeWordsRule).enabled && !ignoredRules.has(officeWordsRule.id)) {
      // A member's own stock words ("sorry for the inconvenience") are its rule's to speak for, not office words.
      const ownStockWords = (id: string) => {
        const rule = phraseRuleById.get(id);
        return rule ? stockWordsOf(rule) : new Set<string>();
      };
      tellOnSentenceCards((f, region) => withPlainLanguageAdvice(f, text, region, officeWordsRule.id, officeWordsAdvice, ownStockWords));
    }
    // A card whose stretch holds a word the customer may never have met names it (plain-language-evidence.ts), as the codes rule.
    if (codesWordsRule && inChannel(codesWordsRule).enabled && !ignoredRules.has(codesWordsRule.id)) {
      // A code named as a system ("the EXA form") stays silent where the codes check's advice was refused.
      const codesRefused = !!codesRule && (ignoredRules.has(codesRule.id) || codesRule.channels?.[channel]?.enabled === false || (!inChannel(codesRule).enabled && !codesRuleOptions?.onOtherCards));
      tellOnSentenceCards((f, region) => withUnfamiliarWordsAdvice(f, text, region, codesWordsRule.id, options.customerMessage, codesRefused));
    }
    // A card that meets an upset customer with a bare fact before any acknowledgement asks for their feeling first
    // (empathy-evidence.ts).
    const feelingAdvice = feelingFirstRule?.advice;
    if (feelingFirstRule && feelingAdvice && reading?.needsAcknowledgement && inChannel(feelingFirstRule).enabled && !ignoredRules.has(feelingFirstRule.id)) {
      // Once per reply, on the first card that meets them with the case: the advice on every card would only repeat it.
      // Where the reply shows the acknowledgement card, the advice is that card's (it asks for the feeling first): the
      // plain-language or positivity card keeps the empathy member for its words but not the advice, which would read
      // as a generic tip there (session 53).
      const acknowledgementCard = kept.find((f) => checkOfRule.get(f.ruleId) === 'acknowledgement');
      let told = false;
      tellOnSentenceCards((f, _region, sentence) => {
        if (told) return f;
        const at = sentence ? checked.indexOf(sentence) : -1;
        const soFar = sentence && { sentence: text.slice(sentence.start, sentence.end), acknowledged: checked.slice(0, at + 1).some((s) => s.markers.acknowledgement > 0) };
        const card = withEmpathyAdvice(f, text, true, soFar, feelingFirstRule.id, feelingAdvice);
        told = card !== f;
        return told && acknowledgementCard ? withAdviceOf(card, f.advice) : card;
      });
      if (told && acknowledgementCard && !acknowledgementCard.advice) {
        kept = kept.map((f) => (f === acknowledgementCard ? { ...f, advice: feelingAdvice } : f));
      }
    }
    // The acknowledgement card takes the cheery lines that read past the upset customer ("Have a great night!", "Thanks
    // for riding!", "did you know you can upgrade…") as empathy members, with one sentence of why (cheer-past-feeling.ts).
    // No new card, and the card keeps its span: the members carry the lines' own spans.
    if (feelingFirstRule && reading?.needsAcknowledgement && inChannel(feelingFirstRule).enabled && !ignoredRules.has(feelingFirstRule.id)) {
      const ownLines = checked.filter((s) => s.part === 'body' || s.part === 'list-item' || s.part === 'sign-off');
      kept = kept.map((f) => (checkOfRule.get(f.ruleId) === 'acknowledgement' ? withCheerMembers(f, text, ownLines, feelingFirstRule.id) : f));
    }
    // A list item's step reworded as a "Could you…?" is offered as the bare step (list-step.ts).
    const listItems = checked.filter((s) => s.part === 'list-item');
    if (listItems.length) {
      kept = kept.map((f) => {
        const item = f.suggestions.length ? listItems.find((s) => s.start <= f.start && f.end <= s.end) : undefined;
        return item ? asListStep(f, text, item) : f;
      });
    }
    const signedNames = checked.filter(isSignedNameSentence);
    const scoredFindings = kept.filter((f) => !unscored.has(f) && !signedNames.some((s) => f.start < s.end && s.start < f.end));
    const scored = language.checked
      ? // A whole-reply insert (an acknowledgement) is charged but not read as done: a reply missing it must not score warmer.
        scoreReply({
          readings: asReworded(scoredSentencesOf(checked), scoredFindings.filter((f) => !structureRuleIds.has(f.ruleId))),
          written: asWritten(scoredSentencesOf(checked)),
          findings: scoredFindings,
          customerMessage: options.customerMessage,
        })
      : scoreReply({ readings: [{ sentences: [], totals: sentenceMarkers('', countWords(agentText)) }], findings: [] });
    const scores = { warmth: scored.warmth, principles: scored.principles };
    if (!language.checked && language.reason === 'not-english') scores.warmth = 50;
    const scoreExplanation = language.checked ? explainScore(scores.warmth, scored.breakdown) : '';
    // Under the reply's own no-reply footer, no rewording invites a reply. Filtered after scoring: the footer is not the
    // agent's text and must not move warmth.
    const offered = !turnsRepliesAway(agentText) && ownNoticeTurnsRepliesAway(text, structure)
      ? keepSafeInContext(agentText, kept, inPlace, true)
      : kept;
    // Fitted to the customer after scoring: a greeting by their name, no bare promise to someone who asked when.
    const fitted = fitToCustomer(text, offered, {
      // A name signed at the end of the message's own line counts here too ("— Priya Nair"): a role greeting takes it.
      customerName: options.customerName?.trim() || reading?.customerName || (options.customerMessage ? signedName(options.customerMessage) : null),
      customerMessage: options.customerMessage,
      upset: reading?.needsAcknowledgement ?? false,
    });
    // One card, not three, where an acknowledgement and phrase cards all ask to rewrite a short reply's words.
    const ownCard = (ruleId: string) => WHOLE_REPLY_CHECKS.has(checkOfRule.get(ruleId));
    // The agent who dismissed that card dismissed every card it held: none of them comes back on its own. It is rebuilt
    // from the cards the agent saw (`fitted`: their other dismissals applied) and, where its words are one finding's own
    // (an acknowledgement over the whole reply), that finding, hidden now only because the card's words were dismissed.
    const dismissedCard = (list: Finding[]) => oneCardOnAShortReply(list, text, checked, ownCard, channel).find((f) => f.merged && isIgnored(f));
    const hidden = ignoredPhrases.size ? safe.filter(isIgnored) : [];
    const dismissedShort = ignoredPhrases.size
      ? (dismissedCard(fitted) ?? hidden.map((g) => dismissedCard([...fitted, ...hidden.filter((h) => h.start === g.start && h.end === g.end)])).find((card) => card !== undefined))
      : undefined;
    const held = (f: Finding) => dismissedShort !== undefined && (!ownCard(f.ruleId) || f.ruleId === dismissedShort.ruleId) && dismissedShort.start <= f.start && f.end <= dismissedShort.end;
    return { findings: oneCardOnAShortReply(fitted.filter((f) => !held(f)), text, checked, ownCard, channel, safeComposedRewrite), scores, scoreExplanation, language, mood: reading, complete, structure: layout, ...(options.reportRuleFlags ? { ruleFlags: reportedFlags ?? [] } : {}) };
  }

  return {
    rules,
    analyze(text, options = {}) {
      return drain(run(text, options, Infinity));
    },
    analyzeInSlices(text, options = {}, sliceMs = 8) {
      return run(text, options, sliceMs);
    },
    clearCache() {
      cache.clear();
      segmentations.clear();
      rewordMemo.clear();
      forgetTaggedSentences();
    },
  };
}

/** How many sentences nearest the caret a first look reads even past its budget (the caret's and its neighbours). */
export const FIRST_LOOK_MIN_SENTENCES = 3;

/** The sentences by their distance from offset `at` (the one holding it first, then outwards, earlier first on a tie). */
function nearestFirst(sentences: readonly Sentence[], at: number): Sentence[] {
  const distance = (s: Sentence) => (at < s.start ? s.start - at : at > s.end ? at - s.end : 0);
  return sentences.map((s, i) => ({ s, i, d: distance(s) })).sort((a, b) => a.d - b.d || a.i - b.i).map(({ s }) => s);
}

/**
 * A rewording that deletes a whole sentence also takes the space beside it, so "Hi. We value you.
 * Thanks." becomes "Hi. Thanks." rather than leaving a double space, and alone on its line it takes the line.
 * Other rewordings keep that space.
 */
function wholeSentenceDeletion(text: string, sentence: Sentence, f: SentenceFinding) {
  if (f.start !== 0 || f.end !== sentence.text.length || !f.suggestions.includes('')) return null;
  // Alone on its line, the sentence takes its line and one blank line beside it (line-deletion.ts); the other
  // rewordings of the same finding put back what the wider span holds around the sentence.
  const line = lineDeletionSpan(text, sentence.start, sentence.end);
  if (line !== null) {
    const [lead, tail] = [text.slice(line.start, sentence.start), text.slice(sentence.end, line.end)];
    return { ...line, suggestions: f.suggestions.map((s) => (s ? lead + s + tail : s)) };
  }
  // Only the spaces and tabs right beside the sentence, found without copying the text.
  let after = sentence.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (after > sentence.end && after < text.length) {
    const gap = text.slice(sentence.end, after);
    return { start: sentence.start, end: after, suggestions: f.suggestions.map((s) => (s ? s + gap : s)) };
  }
  let before = sentence.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  if (before < sentence.start) {
    const gap = text.slice(before, sentence.start);
    return { start: before, end: sentence.end, suggestions: f.suggestions.map((s) => (s ? gap + s : s)) };
  }
  return null;
}

/**
 * Warmth is scored on the agent's sentences; a name signed under the valediction ("Tom Baker", "Claims Team")
 * is no sentence, so signing with or without a signature block scores the same.
 */
/** The sentences the score reads: a sign-off that is only a name carries no tone. */
/** The scored sentences as the agent wrote them, with their markers summed (what the explanation may credit). */
function asWritten(sentences: CheckedSentence[]) {
  return { sentences, totals: sumMarkers(sentences.map((s) => s.markers)) };
}

/** What warmth is read from: the agent's sentences without the closing (warmth/closing.ts). */
function scoredSentencesOf(sentences: CheckedSentence[]): CheckedSentence[] {
  return withoutClosing(sentences);
}

/** The name signed under the valediction: no tone of its own, so a finding on it ("CUSTOMER SERVICE", "The Billing Team") is shown but not scored. */
function isSignedNameSentence(s: CheckedSentence): boolean {
  return s.part === 'sign-off' && isNameLike(s.text);
}

/**
 * A finding with no rewording on the name signed under a valediction ("Kind regards,⏎The Billing Team") is
 * underlined on the valediction: the name line may be the helpdesk's signature, while the valediction is always
 * the agent's own words. A name signed with no valediction above it is the agent's sign-off and keeps the finding.
 */
function valedictionAbove(checked: readonly CheckedSentence[], index: number, f: { start: number; end: number; suggestions: readonly string[] }) {
  const name = checked[index];
  const above = checked[index - 1];
  if (!name || !above || f.suggestions.length > 0 || !isSignedNameSentence(name)) return null;
  // The sign-off part is the valediction and the name under it ("Regards" reads like a name, so the part decides).
  if (above.partIndex !== name.partIndex) return null;
  return { start: above.start, end: above.end, suggestions: [] as string[] };
}

/** Index of the part holding each offset, for sentences asked about in text order. */
function partLocator(parts: readonly ReplyPart[]): (offset: number) => number {
  let i = 0;
  return (offset) => {
    if (i > 0 && parts[i - 1]!.start > offset) i = 0;
    while (i < parts.length - 1 && parts[i]!.end <= offset) i++;
    return i;
  };
}

function describeLayout(structure: ReplyStructure, channel: ReplyLayout['channel']): ReplyLayout {
  const skipped: ReplyLayout['skipped'] = [];
  for (const p of structure.parts) {
    if ((p.kind === 'signature' || p.kind === 'footer' || p.kind === 'quote' || p.kind === 'code') && !skipped.includes(p.kind)) skipped.push(p.kind);
  }
  return { channel, parts: structure.parts.map((p) => ({ ...p })), skipped };
}

function drain<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/** How an ignored phrase is compared: case, apostrophes and spacing don't matter. */

const defaultNow = () => performance.now();

/** Normalised ignored phrases, kept per array so a long list is not re-normalised on every keystroke. */
const normalizedIgnored = new WeakMap<readonly string[], { length: number; set: Set<string> }>();
function normalizedPhrases(phrases: readonly string[] | undefined): Set<string> {
  if (!phrases?.length) return new Set();
  let cached = normalizedIgnored.get(phrases);
  // An array grown or shrunk in place is normalised again.
  if (!cached || cached.length !== phrases.length) {
    cached = { length: phrases.length, set: new Set(phrases.map(normalizePhrase)) };
    normalizedIgnored.set(phrases, cached);
  }
  return cached.set;
}
