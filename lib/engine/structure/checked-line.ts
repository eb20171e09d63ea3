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

export function checkedLine(skipped: readonly SkippedPartKind[]): string {
  const names = [...new Set(skipped)].map((kind) => NAMES[kind]);
  if (names.length === 0) return 'Checked your whole reply.';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Checked your reply; skipped ${list}.`;
}
