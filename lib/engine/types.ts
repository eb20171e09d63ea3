import type { PrincipleId } from './principles';
import type { Channel } from './channel';
import type { ReplyPart, SkippedPartKind } from './structure/types';
import type { FillInTemplate } from './template-fill';
import type { RuleFlag } from './classify/rule-context';

export type { Channel } from './channel';
export type { FillInTemplate } from './template-fill';

export type Severity = 'hint' | 'suggestion' | 'warning';
export const SEVERITIES: readonly Severity[] = ['hint', 'suggestion', 'warning'];

/** One flagged span of the reply. Offsets are UTF-16 indices into the exact analysed text. */
export interface Finding {
  ruleId: string;
  principle: PrincipleId;
  severity: Severity;
  start: number;
  end: number;
  /** Always equal to `text.slice(start, end)` of the analysed input. */
  text: string;
  message: string;
  /** Rewordings; each replaces exactly `start..end`. Empty when only advice fits. */
  suggestions: string[];
  /** What to do that only the agent can write (shown, never applied). */
  advice?: string;
  /**
   * Fill-in templates: the better sentence with labelled gaps only the agent can fill ("here's what I can
   * do: {what you can offer}"). The card inserts one only once every slot holds text; never applied as is.
   */
  templates?: FillInTemplate[];
  /** Other rules that flagged the same words; merged into this finding (one card per phrase). */
  alsoRuleIds?: string[];
  /** A merged card's members, each rule with its own span (the card's span is their union). */
  merged?: MergedSpan[];
}

export interface MergedSpan {
  ruleId: string;
  principle: PrincipleId;
  start: number;
  end: number;
  /** The member's own severity, where the card took a stronger one (one-card-on-a-short-reply.ts). */
  severity?: Severity;
  /** Told on another rule's card by evidence in its sentence (card-evidence.ts), not matched as a phrase of its own. */
  evidence?: true;
}

export type Mood = 'frustrated' | 'worried' | 'disappointed' | 'urgent' | 'confused' | 'happy';

/** One phrase of the customer's message that showed a mood: `text === customerMessage.slice(start, end)`. */
export interface MoodEvidence {
  mood: Mood;
  text: string;
  start: number;
  end: number;
  /** What kind of cue it is (a feeling word, a repeat contact, money, a loss, safety, a deadline, sarcasm…). */
  cue: string;
}

export interface MoodAcknowledgement {
  mood: Mood;
  sentence: string;
  /** True when the sentence names the reason from the customer's own words; false for the mood's general line. */
  specific: boolean;
  /** The kind of evidence the sentence was built from, when specific. */
  cue?: string;
}

export interface MoodReading {
  moods: Mood[];
  /** The strongest mood, or null for a neutral message. */
  primary: Mood | null;
  /** True when a reply should acknowledge how the customer feels. */
  needsAcknowledgement: boolean;
  /** The phrases of the customer's message that showed each mood. */
  evidence: MoodEvidence[];
  /** For each mood but happiness, a sentence that names what the customer feels and why; the most specific first. */
  acknowledgements: MoodAcknowledgement[];
  /** The customer's first name when their message signs off with it. */
  customerName: string | null;
}

export interface Scores {
  /** 0 (cold) to 100 (warm) for the whole reply. */
  warmth: number;
  /** 0 to 100 per principle; 100 means nothing in the reply works against it. */
  principles: Record<PrincipleId, number>;
}

export type WarmthBand = 'cold' | 'neutral' | 'warm';

export interface LanguageCheck {
  /** False when the reply is not (mostly) English and was therefore not checked. */
  checked: boolean;
  reason?: 'empty' | 'not-english';
}

export interface Analysis {
  findings: Finding[];
  scores: Scores;
  /** The score in words, from what moved it most ("Warm: you thanked them, named the fix and gave a time."). */
  scoreExplanation: string;
  language: LanguageCheck;
  mood: MoodReading | null;
  /** False when the time budget ran out before every sentence was checked. */
  complete: boolean;
  /** The reply's parts as read, and what was skipped, so the UI can say what was checked. */
  structure: ReplyLayout;
  /**
   * With `reportRuleFlags`: what the learned check read as flagged elsewhere in the reply (classify/rule-context.ts), the
   * phrase rules' and sentence checks' findings before the analyzer's last filters, so training reads the stage the check does.
   */
  ruleFlags?: RuleFlag[];
}

/** What the analysis read: the reply's parts, and the kinds of part it skipped (in the order they appear). */
export interface ReplyLayout {
  channel: Channel;
  parts: ReplyPart[];
  skipped: SkippedPartKind[];
}

export interface AnalyzeOptions {
  customerMessage?: string;
  /** The customer's name when the page shows it; used in greeting suggestions. */
  customerName?: string;
  /** Rule ids and phrase texts the agent chose not to see again. */
  ignored?: { ruleIds?: string[]; phrases?: string[] };
  /** Stop checking sentences after this many milliseconds (the result says `complete: false`). */
  budgetMs?: number;
  /**
   * A quick first answer for a long draft that arrived at once (a paste, a macro): the sentences nearest offset
   * `at` (the caret, where the agent looks) are checked first, for at most `budgetMs`. When time runs out the
   * result is `complete: false` and holds only the phrase findings of the sentences checked: no whole-reply
   * finding, which needs every sentence. The sentences checked are kept, so the full check that follows skips them.
   */
  firstLook?: { at: number; budgetMs: number };
  /** Where the reply goes; each channel has its own expectations (greeting, closing, length). Default e-mail. */
  channel?: Channel;
  /** The first message of a chat conversation, which still gets a welcome; later ones do not. */
  firstMessage?: boolean;
  /** Report `Analysis.ruleFlags` (the learned check's training and scoring scripts read them). */
  reportRuleFlags?: boolean;
}
