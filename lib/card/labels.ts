import { PRINCIPLES } from '../engine/principles';
import type { Finding, WarmthBand } from '../engine/types';

export function principleName(f: Finding): string {
  return PRINCIPLES[f.principle]?.name ?? f.principle;
}

export function suggestionLabel(replacement: string): string {
  return replacement === '' ? 'Remove it' : `“${replacement}”`;
}

export const NOT_CHECKED = "This reply doesn't look like English, so Rapport isn't checking it.";

export const NOT_CHECKED_FAILURE = 'Rapport could not check this draft. Your other drafts and sending work as usual; editing it checks it again.';

export function badgeLabel(count: number, warmth: number, band: WarmthBand, checked = true, failed = false): string {
  if (failed) return `${NOT_CHECKED_FAILURE} Open the list.`;
  if (!checked) return `Rapport: not checked. ${NOT_CHECKED} Open the list.`;
  const things = count === 0 ? 'no suggestions' : count === 1 ? '1 suggestion' : `${count} suggestions`;
  return `Rapport: ${things}, warmth ${warmth} of 100 (${band}). Open the list.`;
}
