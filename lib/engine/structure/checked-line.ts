/** The one line the popup and the in-page panel show about what was read: "Checked your reply; skipped the quoted email and your signature." */
import type { SkippedPartKind } from './types';

const NAMES: Record<SkippedPartKind, string> = {
  quote: 'the quoted email',
  signature: 'your signature',
  footer: 'the legal footer',
  code: 'the code',
};

/**
 * The daily summary's line about what was read past, from counts only: "Rapport read past the quoted email in 4 replies
 * and your signature in 9." Null when nothing was skipped.
 */
export function skippedCountsLine(counts: Partial<Record<SkippedPartKind, number>> | undefined): string | null {
  const parts = (Object.keys(NAMES) as SkippedPartKind[])
    .map((kind) => [kind, counts?.[kind] ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${NAMES[kind]} in ${n === 1 ? '1 reply' : `${n} replies`}`);
  if (parts.length === 0) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Checked only your own words: skipped ${list}.`;
}

/** The skipped parts in words, in the order they appear: "the quoted email and your signature" ('' for none). */
function skippedList(skipped: readonly SkippedPartKind[]): string {
  const names = [...new Set(skipped)].map((kind) => NAMES[kind]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The parts the structure pass read past, then the kinds the editor left out of the text before the check (Gmail's
 * signature and quoted email are not in the text at all, so the structure pass never sees them): each kind once, the
 * structure pass's order first.
 */
export function withLeftOut(skipped: readonly SkippedPartKind[], leftOut: readonly SkippedPartKind[] | undefined): SkippedPartKind[] {
  return [...new Set([...skipped, ...(leftOut ?? [])])];
}

export function checkedLine(skipped: readonly SkippedPartKind[]): string {
  const list = skippedList(skipped);
  return list ? `Checked your reply; skipped ${list}.` : 'Checked your whole reply.';
}

/**
 * A box that holds only what Rapport reads past (the signature a new reply starts with, the quoted email): "Only your
 * signature so far, which Rapport skips." Null when nothing was skipped (the box is simply empty).
 */
export function nothingOwnLine(skipped: readonly SkippedPartKind[]): string | null {
  const list = skippedList(skipped);
  return list ? `Only ${list} so far, which Rapport skips.` : null;
}
