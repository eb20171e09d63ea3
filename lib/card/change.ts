/**
 * What a rewording changes, word by word, so the card can show it in place (deleted words struck,
 * inserted words marked, the rest plain) and name each choice by its change ("Add “Hi Maria,”",
 * "Remove “Per our policy,”") instead of a bare fragment. Pure: no DOM.
 *
 * jsdiff's word diff (Myers' algorithm) does the diffing; capitals are compared loosely so that
 * "refunds" → "Refunds" after a removed opener is not shown as a change of its own.
 */
import { diffWordsWithSpace } from 'diff';

export type PartKind = 'same' | 'removed' | 'added';

export interface ChangePart {
  kind: PartKind;
  text: string;
}

export type ChangeKind = 'insert' | 'remove' | 'replace' | 'none';

export interface Change {
  kind: ChangeKind;
  /** The sentence as it would read, as parts: unchanged, struck (removed) and marked (added). */
  parts: ChangePart[];
  /** The button's visible label: the change itself, never a bare fragment. */
  label: string;
  /** The button's accessible name: what Apply does; it contains the visible label (WCAG 2.5.3, label in name). */
  ariaLabel: string;
}

/** Past this size the draft is not diffed word by word (the whole span is shown replaced): bounded work on page text. */
const MAX_DIFF_CHARS = 4_000;
const MAX_EDIT_LENGTH = 400;
const LABEL_CHARS = 80;

/** The parts of `before` → `after`, word by word; adjacent parts of one kind are merged. */
export function changeParts(before: string, after: string): ChangePart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const whole: ChangePart[] = [
    ...(before ? [{ kind: 'removed' as const, text: before }] : []),
    ...(after ? [{ kind: 'added' as const, text: after }] : []),
  ];
  if (before.length + after.length > MAX_DIFF_CHARS) return whole;
  const diff = diffWordsWithSpace(before, after, { ignoreCase: true, maxEditLength: MAX_EDIT_LENGTH });
  if (!diff) return whole;
  return mergeChanges(diff.map((piece) => ({ kind: piece.added ? 'added' : piece.removed ? 'removed' : 'same', text: piece.value })));
}

/**
 * Word by word, "need to wait" → "bear with us" alternates removed and added words around the spaces
 * they share; read as one struck phrase and one new phrase instead. A change block runs from a change
 * to the last change that only spaces separate from it.
 */
function mergeChanges(pieces: readonly ChangePart[]): ChangePart[] {
  const out: ChangePart[] = [];
  const push = (kind: PartKind, text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i]!;
    if (piece.kind === 'same') {
      push('same', piece.text);
      i += 1;
      continue;
    }
    let removed = '';
    let added = '';
    let j = i;
    for (; j < pieces.length; j += 1) {
      const p = pieces[j]!;
      if (p.kind === 'removed') removed += p.text;
      else if (p.kind === 'added') added += p.text;
      else if (/^\s+$/.test(p.text) && pieces[j + 1] && pieces[j + 1]!.kind !== 'same') {
        removed += p.text;
        added += p.text;
      } else break;
    }
    push('removed', removed);
    push('added', added);
    i = j;
  }
  return out;
}

/** The change from `before` (the flagged words) to `after` (one rewording), with its labels. */
export function describeChange(before: string, after: string): Change {
  const parts = changeParts(before, after);
  const added = parts.filter((p) => p.kind === 'added');
  const removed = parts.filter((p) => p.kind === 'removed');
  if (added.length === 0 && removed.length === 0) {
    return { kind: 'none', parts, label: 'Keep as it is', ariaLabel: 'Keep the wording as it is' };
  }
  if (removed.length === 0) {
    const text = joinPieces(added);
    const where = placement(parts);
    return {
      kind: 'insert',
      parts,
      label: `Add ${quoted(text)}${where.visible}`,
      ariaLabel: `Apply: add ${spoken(text)}${where.spoken}`,
    };
  }
  if (added.length === 0) {
    const text = joinPieces(removed);
    return {
      kind: 'remove',
      parts,
      label: `Remove ${quoted(text)}`,
      ariaLabel: `Apply: remove ${spoken(text)}`,
    };
  }
  if ([...added, ...removed].every((p) => !/\S/.test(p.text))) {
    // Only the spacing changes (a long paragraph split in two): say where the break goes.
    const at = parts.findIndex((p) => p.kind === 'added' && p.text.includes('\n'));
    const following = parts.slice(at + 1).filter((p) => p.kind !== 'removed').map((p) => p.text).join('').trim();
    const words = following.split(/\s+/).slice(0, 4).join(' ');
    const label = at < 0 ? 'Fix the spacing' : `${/\n\s*\n/.test(parts[at]!.text) ? 'New paragraph' : 'New line'} before “${words}${following.length > words.length ? '…' : ''}”`;
    return { kind: 'replace', parts, label, ariaLabel: `Apply: ${label[0]!.toLowerCase()}${label.slice(1)}` };
  }
  const text = changedStretch(parts);
  return {
    kind: 'replace',
    parts,
    // Line breaks stay in the label (the button keeps them: white-space pre-line).
    label: `“${text}”`,
    ariaLabel: `Apply: change ${spoken(before)} to ${spoken(after)}`,
  };
}

/** Several separate pieces read as one list ("Could" … "?"). */
function joinPieces(pieces: readonly ChangePart[]): string {
  return pieces.map((p) => p.text.trim() || p.text).join(' … ');
}

/** Where inserted text lands when it starts or ends with a line break: said in words, since a label can't show it. */
function placement(parts: readonly ChangePart[]): { visible: string; spoken: string } {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const added = first?.kind === 'added' ? first.text : last?.kind === 'added' ? last.text : '';
  const atStart = first?.kind === 'added';
  if (!added || !/\n/.test(added)) return { visible: '', spoken: '' };
  const paragraph = /\n\s*\n/.test(added);
  const unit = paragraph ? 'paragraph' : 'line';
  const side = atStart ? 'before' : 'after';
  return { visible: ` on its own ${unit}`, spoken: ` on its own ${unit}, ${side} the sentence` };
}

/**
 * A replacement's label: the new wording from its first to its last change, widened to a neighbouring
 * unchanged word when the change alone is a single word ("Our" → "Our system").
 */
function changedStretch(parts: readonly ChangePart[]): string {
  const shown = parts.filter((p) => p.kind !== 'removed');
  const firstChange = shown.findIndex((p) => p.kind === 'added');
  const lastChange = shown.length - 1 - [...shown].reverse().findIndex((p) => p.kind === 'added');
  let text = shown.slice(firstChange, lastChange + 1).map((p) => p.text).join('');
  const after = shown.slice(lastChange + 1).map((p) => p.text).join('');
  const before = shown.slice(0, firstChange).map((p) => p.text).join('');
  let more = /\S/.test(after);
  let earlier = /\S/.test(before);
  if (wordCount(text) < 2) {
    // One neighbouring word, so the label says where the change goes ("A fee…", "…the fee").
    const next = /^\s*\S+/.exec(after)?.[0];
    const trimmed = before.trimEnd();
    const previous = trimmed ? before.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1) : '';
    if (next) {
      text += next;
      more = /\S/.test(after.slice(next.length));
    } else if (previous) {
      text = previous + text;
      earlier = /\S/.test(before.slice(0, -previous.length));
    }
  }
  return withEllipses(text.trim(), more, earlier);
}

/** The stretch, bounded, with "…" where unchanged words go on before or after it. */
function withEllipses(text: string, more: boolean, before: boolean): string {
  const cut = text.length > LABEL_CHARS;
  const out = cut ? toLastWord(text.slice(0, LABEL_CHARS)) : text;
  return `${before ? '…' : ''}${out}${cut || more ? '…' : ''}`;
}

/** Cut back to the end of the last whole word (no regex: linear on any input). */
function toLastWord(text: string): string {
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'));
  return (space > 0 ? text.slice(0, space) : text).trimEnd();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Visible label text: quoted, one line (a line break shows as a space; `placement` says where it goes), bounded. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `“${line.length > LABEL_CHARS ? `${toLastWord(line.slice(0, LABEL_CHARS))}…` : line}”`;
}

/** Accessible text: quoted and bounded; line breaks are left to the visible label's wording. */
function spoken(text: string): string {
  const words = text.replace(/[ \t]+/g, ' ').trim();
  return `“${words.length > 200 ? `${toLastWord(words.slice(0, 200))}…` : words}”`;
}

const CONTEXT_CHARS = 160;

/**
 * The rest of the flagged words' sentence in the draft, so the card shows the change in its sentence:
 * back to the previous sentence end or line break and on to the next one (at most 160 characters each
 * way). Empty when the draft no longer holds the finding's words at its offsets.
 */
export function sentenceAround(draft: string, start: number, end: number, text: string): { before: string; after: string } {
  if (draft.slice(start, end) !== text) return { before: '', after: '' };
  let from = start;
  const floor = Math.max(0, start - CONTEXT_CHARS);
  while (from > floor && !/[.!?\n]/.test(draft[from - 1]!)) from -= 1;
  let to = end;
  const ceiling = Math.min(draft.length, end + CONTEXT_CHARS);
  while (to < ceiling && !/[.!?\n]/.test(draft[to]!)) to += 1;
  if (to < ceiling && /[.!?]/.test(draft[to]!) && !/[.!?\n]$/.test(text)) to += 1;
  const before = draft.slice(from, start).replace(/^\s+/, '');
  return { before: from > floor || from === 0 ? before : `…${before}`, after: to < ceiling || to === draft.length ? draft.slice(end, to) : `${draft.slice(end, to)}…` };
}
