/**
 * The sentences the warmth model reads: the reply as it will be once each flagged phrase takes its
 * first rewording (and the rewordings those rewordings still draw, up to MAX_PASSES). Each flag still
 * costs its penalty until the agent applies it, so applying a first rewording removes a penalty and
 * leaves what the model reads unchanged: it never lowers warmth. Where findings overlap, any one of
 * them may be applied, so every choice is read (at most MAX_ALTERNATIVES readings) and the score
 * takes the coolest. Only sentences that hold a finding are rebuilt, so a one-word edit stays cheap.
 */
import type { SentenceMarkers } from '../markers';
import { segment } from '../segment';
import type { ScoredSentence } from './features';

export interface Edit {
  start: number;
  end: number;
  suggestions: readonly string[];
}

interface SpanSentence extends ScoredSentence {
  start: number;
  end: number;
}

export interface RewordHelpers {
  markersOf(text: string): SentenceMarkers;
  /** The phrase findings of a sentence on its own, offsets relative to it. */
  editsOf(text: string): readonly Edit[];
  /** Remembers rebuilt sentences by their text and edits (the caller bounds its size). */
  memo?: Map<string, ScoredSentence[]>;
}

const MAX_PASSES = 3;
const MAX_ALTERNATIVES = 8;

/** Non-overlapping edits with a rewording (`first` taken first, then widest first), in text order. */
function chooseEdits(edits: readonly Edit[], from: number, to: number, first?: Edit): Edit[] {
  const candidates = edits
    .filter((e) => e.suggestions.length > 0 && e.start >= from && e.start < to && e.end <= to)
    .sort((a, b) => Number(b === first) - Number(a === first) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Edit[] = [];
  for (const e of candidates) if (!taken.some((t) => t.start < e.end && e.start < t.end)) taken.push(e);
  return taken.sort((a, b) => a.start - b.start);
}

/** Every distinct choice among overlapping edits in [from, to). */
function editChoices(edits: readonly Edit[], from: number, to: number): Edit[][] {
  const inRange = edits.filter((e) => e.suggestions.length > 0 && e.start >= from && e.start < to && e.end <= to);
  const overlapping = inRange.filter((e) => inRange.some((o) => o !== e && o.start < e.end && e.start < o.end));
  const choices = [chooseEdits(edits, from, to)];
  for (const e of overlapping) {
    const choice = chooseEdits(edits, from, to, e);
    if (!choices.some((c) => c.length === choice.length && c.every((x, i) => x === choice[i]))) choices.push(choice);
  }
  return choices;
}

function applyEdits(text: string, offset: number, edits: readonly Edit[]): string {
  let out = '';
  let at = offset;
  for (const e of edits) {
    out += text.slice(at - offset, e.start - offset) + e.suggestions[0]!;
    at = e.end;
  }
  return out + text.slice(Math.max(0, at - offset));
}

function settle(text: string, helpers: RewordHelpers): string {
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const edits = chooseEdits(helpers.editsOf(text), 0, text.length);
    if (edits.length === 0) break;
    text = applyEdits(text, 0, edits);
  }
  return text;
}

function rebuilt(s: SpanSentence, edits: readonly Edit[], helpers: RewordHelpers): ScoredSentence[] {
  if (edits.length === 0) return [s];
  const key = `${s.text}\u0000${edits.map((e) => `${e.start - s.start}:${e.end - s.start}:${e.suggestions[0]}`).join('\u0000')}`;
  const known = helpers.memo?.get(key);
  if (known) return known;
  const out: ScoredSentence[] = [];
  for (const piece of segment(applyEdits(s.text, s.start, edits)).sentences) {
    const settled = settle(piece.text, helpers);
    for (const final of settled === piece.text ? [piece] : segment(settled).sentences) out.push({ text: final.text, markers: helpers.markersOf(final.text) });
  }
  helpers.memo?.set(key, out);
  return out;
}

/** The readings of the reply as reworded: one, or one per choice among overlapping findings. */
export function sentencesAsReworded(sentences: readonly SpanSentence[], findings: readonly Edit[], helpers: RewordHelpers): ScoredSentence[][] {
  let readings: ScoredSentence[][] = [[]];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    // A finding may reach over the white space after its sentence (a whole sentence deleted).
    const limit = sentences[k + 1]?.start ?? Infinity;
    const choices = editChoices(findings, s.start, limit);
    const kept = readings.length * choices.length <= MAX_ALTERNATIVES ? choices : choices.slice(0, 1);
    const versions = kept.map((edits) => rebuilt(s, edits, helpers));
    readings = readings.flatMap((r) => versions.map((v) => [...r, ...v]));
  }
  return readings;
}
