/**
 * The sentences the warmth model reads: the reply as it will be once its flagged phrases are
 * reworded. Each flag still costs its penalty until the agent applies one of its rewordings. Because
 * the agent may pick any rewording, every choice is read (each finding with each of its rewordings,
 * and the rewordings those still draw, up to MAX_PASSES) and the score takes the coolest reading.
 * Applying any rewording then leaves a subset of those readings and removes a penalty, so it never
 * lowers warmth. That holds only if a rewording the sentences around it refuse once a neighbour is reworded (Apply
 * "Could you send a photo?" and the next sentence's "Could you send the item back?" repeats "you send") is still read:
 * a finding whose every rewording was refused by its neighbours alone is read as those rewordings would leave it,
 * while one with no rewording of its own (advice only, a merged card) is read as it stands. Readings are capped (MAX_READINGS): past the cap a sentence keeps only its coolest
 * version on its own. Only sentences that hold a finding are rebuilt, and rebuilt sentences are
 * remembered, so a one-word edit stays cheap.
 */
import { rewordingsRefusedByNeighbours } from '../../rules/rewording-safety';
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
  /** How warm a few sentences read on their own (the model's z), to keep the coolest version past the cap. */
  coolness?(sentences: readonly ScoredSentence[]): number;
  /** Remembers rebuilt sentences by their text and edits (the caller bounds its size). */
  memo?: Map<string, ScoredSentence[][]>;
}

const MAX_PASSES = 2;
const MAX_VERSIONS = 12;
const MAX_READINGS = 256;

interface Choice {
  start: number;
  end: number;
  replacement: string;
}

/** Non-overlapping edits in [from, to): `first` (with its chosen rewording) taken first, then widest first with their first rewording. */
function chooseEdits(edits: readonly Edit[], from: number, to: number, first?: { edit: Edit; index: number }): Choice[] {
  const candidates = edits
    .filter((e) => e.suggestions.length > 0 && e.start >= from && e.start < to && e.end <= to)
    .sort((a, b) => Number(b === first?.edit) - Number(a === first?.edit) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Choice[] = [];
  for (const e of candidates) {
    if (taken.some((t) => t.start < e.end && e.start < t.end)) continue;
    taken.push({ start: e.start, end: e.end, replacement: e.suggestions[e === first?.edit ? first.index : 0]! });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Every distinct way to reword [from, to): the default, and each finding with each of its rewordings. */
function choicesIn(edits: readonly Edit[], from: number, to: number): Choice[][] {
  const inRange = edits.filter((e) => e.suggestions.length > 0 && e.start >= from && e.start < to && e.end <= to);
  const choices = [chooseEdits(edits, from, to)];
  for (const edit of inRange) for (let index = 0; index < edit.suggestions.length; index++) choices.push(chooseEdits(edits, from, to, { edit, index }));
  return choices;
}

function applyChoices(text: string, offset: number, choices: readonly Choice[]): string {
  let out = '';
  let at = offset;
  for (const c of choices) {
    out += text.slice(at - offset, c.start - offset) + c.replacement;
    at = c.end;
  }
  return out + text.slice(Math.max(0, at - offset));
}

/** The texts a sentence can become once the rewordings it still draws are applied too. */
function settledTexts(text: string, helpers: RewordHelpers): string[] {
  let frontier = [text];
  const done = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES && frontier.length; pass++) {
    const next: string[] = [];
    for (const t of frontier) {
      const edits = helpers.editsOf(t);
      if (!edits.some((e) => e.suggestions.length > 0)) {
        done.add(t);
        continue;
      }
      for (const c of choicesIn(edits, 0, t.length)) if (done.size + next.length < MAX_VERSIONS) next.push(applyChoices(t, 0, c));
    }
    frontier = [...new Set(next)];
  }
  for (const t of frontier) done.add(t);
  return [...done].slice(0, MAX_VERSIONS);
}

function versionsOf(s: SpanSentence, findings: readonly Edit[], limit: number, helpers: RewordHelpers): ScoredSentence[][] {
  const choices = choicesIn(findings, s.start, limit);
  if (choices[0]!.length === 0) return [[s]];
  const key = `${s.text}\u0000${choices.map((c) => c.map((x) => `${x.start - s.start}:${x.end - s.start}:${x.replacement}`).join('|')).join('\u0000')}`;
  const known = helpers.memo?.get(key);
  if (known) return known;
  const texts = new Set<string>();
  for (const c of choices) {
    const first = applyChoices(s.text, s.start, c);
    for (const t of settledTexts(first, helpers)) if (texts.size < MAX_VERSIONS) texts.add(t);
  }
  const versions = [...texts].map((t) => segment(t).sentences.map((piece) => ({ text: piece.text, markers: helpers.markersOf(piece.text) })));
  helpers.memo?.set(key, versions);
  return versions;
}

/** The edit as the score reads it: its own rewordings, or those only its neighbours refused. */
function readableEdit(edit: Edit): Edit {
  if (edit.suggestions.length > 0) return edit;
  const refused = rewordingsRefusedByNeighbours(edit);
  return refused.length ? { start: edit.start, end: edit.end, suggestions: refused } : edit;
}

/** The readings of the reply as reworded: one, or one per choice of rewordings (at most MAX_READINGS). */
export function sentencesAsReworded(sentences: readonly SpanSentence[], scoredFindings: readonly Edit[], helpers: RewordHelpers): ScoredSentence[][] {
  const findings = scoredFindings.map(readableEdit);
  let readings: ScoredSentence[][] = [[]];
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    // A finding may reach over the white space after its sentence (a whole sentence deleted).
    const limit = sentences[k + 1]?.start ?? Infinity;
    let versions = versionsOf(s, findings, limit, helpers);
    if (readings.length * versions.length > MAX_READINGS && helpers.coolness) {
      const coolness = helpers.coolness;
      versions = [versions.reduce((a, b) => (coolness(b) < coolness(a) ? b : a))];
    } else if (readings.length * versions.length > MAX_READINGS) {
      versions = versions.slice(0, 1);
    }
    readings = readings.flatMap((r) => versions.map((v) => [...r, ...v]));
  }
  return readings;
}
