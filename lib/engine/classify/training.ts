/**
 * The classifier's training material, read from dev data the way the analyzer reads a reply: the
 * agent's own sentences only (no signature, footer or quoted history), with their markers and tags.
 * Pure, so the training script and the tests share it.
 */
import { sentenceMarkers } from '../markers';
import type { PrincipleId } from '../principles';
import { countWords, segment } from '../segment';
import { SentenceDoc } from '../sentence-doc';
import { agentOnlyText, readStructure, type PartKind } from '../structure';
import type { FeatureVector } from '../warmth/features';
import { sentenceKeys } from '../words';
import { abstainReason } from './abstain';
import { sentenceFeatures } from './features';

export interface ReplySentence {
  start: number;
  end: number;
  text: string;
  part: PartKind;
  words: number;
  /** The learned check stays silent on it (thanks, apology, offer of help: abstain.ts), so it is neither trained on nor flagged. */
  abstains: boolean;
  features: FeatureVector;
}

/** The agent's sentences of a reply, as the learned check sees them, with their features. */
export function replySentences(text: string): ReplySentence[] {
  const structure = readStructure(text);
  const { sentences } = segment(agentOnlyText(text, structure));
  return sentences.map((s) => {
    const part = structure.parts.find((p) => p.start <= s.end - 1 && s.end - 1 < p.end)?.kind ?? 'body';
    const words = countWords(s.text);
    const markers = sentenceMarkers(s.text, words);
    const doc = new SentenceDoc(s.text, sentenceKeys(s.text));
    return { start: s.start, end: s.end, text: s.text, part, words, abstains: abstainReason(s.text, markers) !== null, features: sentenceFeatures({ text: s.text, markers, tagged: () => doc.get() }) };
  });
}

/** Where an annotated phrase sits in the reply: `[start, end)` or null when it is not there. */
export type Span = readonly [number, number];

export interface LabelledSentence extends ReplySentence {
  /** The principles of the must-flag phrases inside it (empty: a sentence a lead left alone). */
  labels: Set<PrincipleId>;
  /** A may-flag phrase overlaps it: neither a positive nor a clean negative, so left out of training. */
  ambiguous: boolean;
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/** Labels a reply's sentences from its annotated spans. */
export function labelSentences(
  sentences: readonly ReplySentence[],
  must: readonly { span: Span; principle: PrincipleId }[],
  may: readonly Span[],
): LabelledSentence[] {
  return sentences.map((s) => {
    const span: Span = [s.start, s.end];
    const labels = new Set(must.filter((m) => overlaps(m.span, span)).map((m) => m.principle));
    return { ...s, labels, ambiguous: labels.size === 0 && may.some((m) => overlaps(m, span)) };
  });
}
