/**
 * The warmth score (0–100) and one sub-score per principle. The formula, as documented in the README:
 *
 *   warmth = 45 + signals of warmth − (signals of coldness + finding penalties) / length scale
 *
 * - Signals of warmth (each capped so no single habit can buy a warm score): a greeting, thanks,
 *   acknowledging feelings, polite requests ("could you…"), deferential questions ("what do you
 *   think?"), first-person ownership ("I've…", "I'll…"), an offer of help or a next step, hedges,
 *   deference ("good question"), positive words, one enthusiastic "!", and concrete times.
 * - Signals of coldness: bare direct questions ("Why did you…?"), a reply that opens on "You…",
 *   "So…" or "Please…", factuality/talking down ("clearly", "as I said"), rhetorical questions
 *   ("Don't you think…?", "Got it?"), accusations ("you deleted…"), "sorry, but…", negative words,
 *   and a volley of questions (each question after the first).
 * - Finding penalties: warning 12, suggestion 6, hint 2.
 * - Length scale: √(sentences / 4), at least 1, so three flags in a long reply weigh less than in a short one.
 * - A reply of fewer than 12 words is capped at 40 + 4 per word: "Thanks." is polite, but not yet a warm reply.
 * - Empty text scores 0.
 */
import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import type { SentenceMarkers } from './markers';
import type { Finding, Scores, Severity, WarmthBand } from './types';

export const BASE_WARMTH = 45;
export const SEVERITY_PENALTY: Record<Severity, number> = { hint: 2, suggestion: 6, warning: 12 };
const PRINCIPLE_PENALTY: Record<Severity, number> = { hint: 8, suggestion: 20, warning: 35 };

const WARM_SIGNALS: [keyof SentenceMarkers, number, number][] = [
  // [signal, points each, at most this many counted]
  ['greeting', 8, 1],
  ['deference', 6, 1],
  ['indirect', 5, 1],
  ['firstPersonStart', 3, 1],
  ['gratitude', 9, 2],
  ['acknowledgement', 10, 2],
  ['politeRequest', 8, 2],
  ['deferentialQuestion', 6, 1],
  ['askingQuestion', 4, 1],
  ['ownership', 5, 3],
  ['offer', 6, 1],
  ['hedge', 4, 2],
  ['positive', 3, 4],
  ['concreteTime', 3, 1],
  ['enthusiasm', 3, 1],
];

const COLD_SIGNALS: [keyof SentenceMarkers, number, number][] = [
  ['directQuestion', 4, 3],
  ['whyQuestion', 10, 2],
  ['directStart', 5, 1],
  ['pleaseStart', 4, 1],
  ['secondPersonStart', 4, 3],
  ['factuality', 6, 2],
  ['rhetorical', 8, 2],
  ['accusation', 8, 2],
  ['butAfterPoliteness', 8, 1],
  ['negative', 4, 4],
];

const COLD_SIGNAL_PRINCIPLE: Partial<Record<keyof SentenceMarkers, PrincipleId>> = {
  directQuestion: 'respect',
  whyQuestion: 'respect',
  secondPersonStart: 'respect',
  factuality: 'respect',
  directStart: 'respect',
  rhetorical: 'respect',
  accusation: 'respect',
  butAfterPoliteness: 'positivity',
  pleaseStart: 'plain-language',
  negative: 'positivity',
};

const SHORT_REPLY_WORDS = 12;

function weigh(totals: SentenceMarkers, signals: [keyof SentenceMarkers, number, number][]): number {
  return signals.reduce((sum, [key, points, cap]) => sum + points * Math.min(totals[key], cap), 0);
}

/** A volley of questions reads as an interrogation: every question after the first costs a little. */
const QUESTION_VOLLEY_POINTS = 6;
const questionVolley = (totals: SentenceMarkers) => QUESTION_VOLLEY_POINTS * Math.min(2, Math.max(0, totals.question - 1));

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function scoreReply(totals: SentenceMarkers, sentenceCount: number, findings: Finding[]): Scores {
  const principles = Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 0])) as Record<PrincipleId, number>;
  if (totals.words === 0) return { warmth: 0, principles };

  const lengthScale = Math.sqrt(Math.max(1, sentenceCount / 4));
  const penalties = findings.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0);
  let warmth = BASE_WARMTH + weigh(totals, WARM_SIGNALS) - (weigh(totals, COLD_SIGNALS) + questionVolley(totals) + penalties) / lengthScale;
  if (totals.words < SHORT_REPLY_WORDS) warmth = Math.min(warmth, 40 + 4 * totals.words);

  const principlePenalty = Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 0])) as Record<PrincipleId, number>;
  for (const f of findings) principlePenalty[f.principle] += PRINCIPLE_PENALTY[f.severity];
  for (const [key, points, cap] of COLD_SIGNALS) {
    const principle = COLD_SIGNAL_PRINCIPLE[key];
    if (principle) principlePenalty[principle] += points * Math.min(totals[key], cap);
  }
  for (const p of PRINCIPLE_IDS) principles[p] = clamp(100 - principlePenalty[p] / lengthScale);
  return { warmth: clamp(warmth), principles };
}

/** The word the UI shows beside the gauge. */
export function warmthBand(warmth: number): WarmthBand {
  if (warmth < 40) return 'cold';
  if (warmth < 60) return 'neutral';
  return 'warm';
}
