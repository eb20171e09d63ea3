/**
 * Sending only what changed: a keystroke in a long draft changes a few characters, so the page sends
 * the characters kept at both ends and the new middle instead of the whole draft. Pure functions.
 */
import type { DraftPayload } from './protocol';

/** Below this length the whole draft is cheaper than working out the change. */
export const DELTA_MIN_CHARS = 2_000;

/** The payload that turns `previous` into `next`: a delta when it is at most half the draft, else the whole text. */
export function payloadFor(previous: { seq: number; text: string } | null, next: string): DraftPayload {
  if (!previous || next.length < DELTA_MIN_CHARS) return { kind: 'full', text: next };
  const before = previous.text;
  const limit = Math.min(before.length, next.length);
  let keepStart = 0;
  while (keepStart < limit && before.charCodeAt(keepStart) === next.charCodeAt(keepStart)) keepStart++;
  // Never split a surrogate pair: the kept ends and the middle are each valid UTF-16.
  if (keepStart > 0 && isHighSurrogate(next.charCodeAt(keepStart - 1))) keepStart--;
  let keepEnd = 0;
  const endLimit = limit - keepStart;
  while (keepEnd < endLimit && before.charCodeAt(before.length - 1 - keepEnd) === next.charCodeAt(next.length - 1 - keepEnd)) keepEnd++;
  if (keepEnd > 0 && isLowSurrogate(next.charCodeAt(next.length - keepEnd))) keepEnd--;
  const insert = next.slice(keepStart, next.length - keepEnd);
  if (insert.length > next.length / 2) return { kind: 'full', text: next };
  return { kind: 'delta', base: previous.seq, keepStart, keepEnd, insert };
}

/** The draft a payload describes, given the draft it was made against; null when they do not fit together. */
export function applyPayload(base: string | null, payload: DraftPayload): string | null {
  if (payload.kind === 'full') return payload.text;
  if (base === null || payload.keepStart + payload.keepEnd > base.length) return null;
  return base.slice(0, payload.keepStart) + payload.insert + base.slice(base.length - payload.keepEnd);
}

/** A short fingerprint of a rule list (FNV-1a over its JSON), so two contexts can tell they hold the same rules. */
export function rulesFingerprint(rules: readonly unknown[]): string {
  const json = JSON.stringify(rules);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${rules.length}:${hash.toString(36)}`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
