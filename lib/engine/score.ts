/**
 * The warmth score (0–100) and one sub-score per principle. As documented in the README:
 *
 *   warmth = 100 · σ(z) + engagement − deflection − finding penalties / length scale
 *
 * - z is the fitted politeness model (warmth/model.json, from scripts/train-warmth.ts): a logistic
 *   regression over how the reply speaks — politeness strategies and service markers, where they sit
 *   (first or last sentence), their interactions, counts, and common words of speech.
 * - Engagement (interaction over transaction, warmth/engagement.ts): an action the agent took +8, a
 *   diagnostic question +6, a personal touch +5, taking up the customer's own details +5.
 * - Deflection: a redirect to another channel, page or team −14, a refusal with no alternative −14, a
 *   canned template −8. A reply that deflects without acting or diagnosing is capped at 55, so a polite
 *   redirect never scores warm; one that acts or diagnoses, engages in two ways, deflects nowhere and
 *   draws no warning scores at least 40, so a helpful personal reply never scores cold.
 * - Finding penalties: warning 25, suggestion 15, hint 5, over a length scale √(sentences / 4) (at least 1).
 * - A reply of fewer than 12 words is capped at 55: "Thanks." is polite, but not yet a warm reply.
 * - Empty text scores 0.
 * Bands: cold < 40 ≤ neutral < 60 ≤ warm.
 */
import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { SentenceMarkers } from './markers';
import type { Finding, Scores, Severity, WarmthBand } from './types';
import { warmthFeatures, type ScoredSentence } from './warmth/features';
import { linearScore } from './warmth/model';
import { readService, type DeflectionKind, type EngagementKind, type ServiceReading } from './warmth/engagement';

export const SEVERITY_PENALTY: Record<Severity, number> = { hint: 5, suggestion: 15, warning: 25 };
const PRINCIPLE_PENALTY: Record<Severity, number> = { hint: 8, suggestion: 20, warning: 35 };
const ENGAGEMENT_POINTS: Record<EngagementKind, number> = { action: 8, diagnosis: 6, personal: 5, echo: 5 };
const DEFLECTION_POINTS: Record<DeflectionKind, number> = { redirect: 14, refusal: 14, template: 8 };
const DEFLECTION_CAP = 55;
const ENGAGED_FLOOR = 40;
const SHORT_REPLY_WORDS = 12;
/** Flat, so a rewording that shortens a short reply never lowers its cap. */
const SHORT_REPLY_CAP = 55;

/** Cold signals that also lower a principle's sub-score: [signal, points, at most counted, principle]. */
const PRINCIPLE_SIGNALS: [keyof SentenceMarkers, number, number, PrincipleId][] = [
  ['directQuestion', 4, 3, 'respect'],
  ['whyQuestion', 10, 2, 'respect'],
  ['secondPersonStart', 4, 3, 'respect'],
  ['factuality', 6, 2, 'respect'],
  ['directStart', 5, 1, 'respect'],
  ['rhetorical', 8, 2, 'respect'],
  ['accusation', 8, 2, 'respect'],
  ['butAfterPoliteness', 8, 1, 'positivity'],
  ['pleaseStart', 4, 1, 'plain-language'],
  ['negative', 4, 4, 'positivity'],
];

export interface ScoreInput {
  /**
   * What the model reads: the reply as it will be once its flagged phrases are reworded (one reading,
   * or one per choice among overlapping findings; the coolest counts). See warmth/as-reworded.ts.
   */
  readings: readonly { sentences: readonly ScoredSentence[]; totals: SentenceMarkers }[];
  /**
   * The reply as the agent wrote it, when it differs from the readings: the explanation credits the agent only with
   * what they wrote ("you asked politely" from a rewording not yet applied would praise words that are not there).
   */
  written?: { sentences: readonly ScoredSentence[]; totals: SentenceMarkers };
  findings: readonly Finding[];
  customerMessage?: string;
}

/** What moved the score, for the explanation (explain.ts). */
export interface ScoreBreakdown {
  /** 100 · σ(z): the politeness model alone. */
  politeness: number;
  /** Each model feature's share of z. */
  contributions: Map<string, number>;
  service: ServiceReading;
  engagementPoints: number;
  deflectionPoints: number;
  findingPoints: number;
  capped: 'short' | 'deflection' | null;
  floored: boolean;
  /** The warm markers and engagement the agent's own words hold (the only warm reasons the explanation may give). */
  credited: ReadonlySet<string>;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function scoreReply(input: ScoreInput): Scores & { breakdown: ScoreBreakdown | null } {
  const principles = Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 0])) as Record<PrincipleId, number>;
  const { findings } = input;
  const scoredReadings = input.readings.map((r) => ({ ...r, ...linearScore(warmthFeatures(r.sentences, r.totals)) }));
  const coolest = scoredReadings.reduce((a, b) => (b.z < a.z ? b : a));
  const { totals, sentences, z, contributions } = coolest;
  if (totals.words === 0 || sentences.length === 0) return { warmth: 0, principles, breakdown: null };

  const lengthScale = Math.sqrt(Math.max(1, sentences.length / 4));
  const service = readService(sentences, input.customerMessage);
  const engagementPoints = [...service.engagement].reduce((sum, k) => sum + ENGAGEMENT_POINTS[k], 0);
  const deflectionPoints = [...service.deflection].reduce((sum, k) => sum + DEFLECTION_POINTS[k], 0);
  const findingPoints = findings.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0) / lengthScale;
  const politeness = 100 * sigmoid(z);
  let warmth = politeness + engagementPoints - deflectionPoints - findingPoints;

  let capped: ScoreBreakdown['capped'] = null;
  let floored = false;
  const helped = service.engagement.has('action') || service.engagement.has('diagnosis');
  const deflected = service.deflection.has('redirect') || service.deflection.has('refusal');
  if (deflected && !helped && warmth > DEFLECTION_CAP) {
    warmth = DEFLECTION_CAP;
    capped = 'deflection';
  }
  const warnings = findings.some((f) => f.severity === 'warning');
  if (helped && service.engagement.size >= 2 && service.deflection.size === 0 && !warnings && warmth < ENGAGED_FLOOR) {
    warmth = ENGAGED_FLOOR;
    floored = true;
  }
  // Short in any reading (the draft as it may be reworded), so a rewording never brings the cap in.
  const fewestWords = Math.min(...scoredReadings.map((r) => r.totals.words));
  if (fewestWords < SHORT_REPLY_WORDS && warmth > SHORT_REPLY_CAP) {
    warmth = SHORT_REPLY_CAP;
    capped = 'short';
  }

  const principlePenalty = Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 0])) as Record<PrincipleId, number>;
  for (const f of findings) principlePenalty[f.principle] += PRINCIPLE_PENALTY[f.severity];
  for (const [key, points, cap, principle] of PRINCIPLE_SIGNALS) principlePenalty[principle] += points * Math.min(totals[key], cap);
  principlePenalty.interaction += deflectionPoints * 2;
  for (const p of PRINCIPLE_IDS) principles[p] = clamp(100 - principlePenalty[p] / lengthScale);
  return {
    warmth: clamp(warmth),
    principles,
    breakdown: {
      politeness, contributions, service, engagementPoints, deflectionPoints, findingPoints, capped, floored,
      credited: creditedTo(input.written ?? coolest, sentences, service, input.customerMessage),
    },
  };
}

/**
 * What the agent's own sentences hold: each marker they use and each way they engage. The service is read again on
 * the written sentences only when the reading engaged somewhere and differs from them.
 */
function creditedTo(
  written: { sentences: readonly ScoredSentence[]; totals: SentenceMarkers },
  readSentences: readonly ScoredSentence[],
  service: ServiceReading,
  customerMessage: string | undefined,
): ReadonlySet<string> {
  const credited = new Set<string>();
  for (const [marker, count] of Object.entries(written.totals)) if (count > 0) credited.add(marker);
  if (service.engagement.size === 0) return credited;
  const sameText = written.sentences.length === readSentences.length && written.sentences.every((s, i) => s.text === readSentences[i]!.text);
  const engagedAsWritten = sameText ? service.engagement : readService(written.sentences, customerMessage).engagement;
  for (const kind of engagedAsWritten) credited.add(kind);
  return credited;
}

/** The word the UI shows beside the gauge. */
export function warmthBand(warmth: number): WarmthBand {
  if (warmth < 40) return 'cold';
  if (warmth < 60) return 'neutral';
  return 'warm';
}
