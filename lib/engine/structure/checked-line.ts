/** The one line the popup and the in-page panel show about what was read: "Checked your reply; skipped the quoted email and your signature." */
import type { SkippedPartKind } from './types';

const NAMES: Record<SkippedPartKind, string> = {
  quote: 'the quoted email',
  signature: 'your signature',
  footer: 'the legal footer',
  code: 'the code',
};

export function checkedLine(skipped: readonly SkippedPartKind[]): string {
  const names = [...new Set(skipped)].map((kind) => NAMES[kind]);
  if (names.length === 0) return 'Checked your whole reply.';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Checked your reply; skipped ${list}.`;
}
