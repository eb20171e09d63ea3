import { PRINCIPLES } from '../engine/principles';
import type { Finding, WarmthBand } from '../engine/types';
import type { IncompleteCheck } from '../messages/draft';

export function principleName(f: Finding): string {
  return PRINCIPLES[f.principle]?.name ?? f.principle;
}

/**
 * A rule's message without the principle's name in front ("Respect: …"): the card names the
 * principle once, in its heading.
 */
export function messageWithoutPrinciple(f: Finding): string {
  const name = principleName(f);
  const prefix = `${name}:`;
  if (f.message.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return f.message;
  const rest = f.message.slice(prefix.length).trimStart();
  return rest ? rest[0]!.toUpperCase() + rest.slice(1) : f.message;
}

export const NOT_CHECKED = "This reply doesn't look like English, so Rapport isn't checking it.";

export const NOT_CHECKED_FAILURE = 'Rapport could not check this draft. Your other drafts and sending work as usual; editing it checks it again.';

const BAND_WORD: Record<WarmthBand, string> = { cold: 'cold', neutral: 'neutral', warm: 'warm' };

const suggestions = (count: number) => (count === 0 ? 'no suggestions' : count === 1 ? '1 suggestion' : `${count} suggestions`);

/** The badge's accessible name; `partly`: what an incomplete check says (incompleteShort). */
export function badgeLabel(count: number, warmth: number, band: WarmthBand, checked = true, failed = false, partly = ''): string {
  if (failed) return `${NOT_CHECKED_FAILURE} Open the list.`;
  if (!checked) return `Rapport: not checked. ${NOT_CHECKED} Open the list.`;
  return `Rapport: ${suggestions(count)}, warmth ${warmth} of 100 (${BAND_WORD[band]})${partly ? `, ${partly}` : ''}. Open the list.`;
}

/** The badge's tooltip: "6 suggestions · warmth 5 of 100, cold". */
export function badgeTooltip(count: number, warmth: number, band: WarmthBand, checked = true, failed = false, partly = ''): string {
  if (failed) return 'Rapport could not check this draft';
  if (!checked) return 'Rapport: not checked (not English)';
  return `${suggestions(count)[0]!.toUpperCase()}${suggestions(count).slice(1)} · warmth ${warmth} of 100, ${BAND_WORD[band]}${partly ? ` · ${partly}` : ''}`;
}

/**
 * What the badge and the list say of a check that stopped before reading every sentence (a long reply on a busy
 * machine): still going on by itself, or done with part of the reply.
 */
export function incompleteNote(incomplete: IncompleteCheck | null | undefined): string {
  if (incomplete === 'resuming') return 'Still checking: Rapport has read part of this long reply so far and goes on by itself.';
  if (incomplete === 'stopped') return 'Rapport checked part of your reply: it is long for this machine. Editing it checks it again.';
  return '';
}

/** The same, short, for the badge's tooltip and name. */
export function incompleteShort(incomplete: IncompleteCheck | null | undefined): string {
  return incomplete === 'resuming' ? 'still checking' : incomplete === 'stopped' ? 'checked part of your reply' : '';
}

/** The badge's visible word for the band (with its colour): never a bare number. */
export function bandWord(band: WarmthBand): string {
  return { cold: 'Cold', neutral: 'Neutral', warm: 'Warm' }[band];
}
