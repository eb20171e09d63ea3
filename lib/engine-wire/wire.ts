/**
 * The page's side of the messages to the one engine of the browser: names, shapes and a light check
 * of the engine's answers. No validation library and no rule schema here (the coach's chunk imports
 * this); the engine validates every request whole with protocol.ts.
 */
import type { Analysis } from '../engine/types';
import type { Rule } from '../rules/schema';

export const ENGINE_CHECK = 'rapport:engine-check';

/** Where the analysis ran (test builds show it to the browser tests). */
export type EngineSite = 'background' | 'offscreen' | 'page';

/**
 * What the page keeps of the active rules: the whole-reply (structure) rules, which the list and the
 * popup group findings by. Sent by the engine with an answer whenever the page's copy is out of date.
 */
export interface PageRuleView {
  fingerprint: string;
  rules: readonly Rule[];
}

export type CheckResponse =
  | { ok: true; analysis: Analysis; ranIn: EngineSite; rules?: PageRuleView }
  /**
   * `resend`: the engine does not hold the base draft of a delta (restarted, or forgot it): send it whole.
   * `superseded`: a newer draft of the same composer came while this one waited for the engine to start;
   * only the newest is analysed (the page dropped the older check when it sent the newer one).
   */
  | { ok: false; reason: 'resend' | 'failed' | 'superseded'; message: string };

/** On the engine's port (lib/engine-page/engine-port.ts): the page's request with its number… */
export interface PortRequest {
  id: number;
  message: unknown;
}
/** …and the engine's answer to it, or `unanswered` (the page then sends it as a one-off message). */
export type PortAnswer = { id: number; answer: unknown } | { id: number; unanswered: true };

/** The options page's test bench → the engine: a reply checked with the lead's unsaved rules (shape: protocol.ts). */
export const ENGINE_TRY = 'rapport:engine-try';

export function isTryRequestLike(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ENGINE_TRY;
}

export function isCheckRequestLike(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ENGINE_CHECK;
}

/** A light shape check of the engine's answer (it comes from the extension itself, not the page). */
export function isCheckResponse(value: unknown): value is CheckResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; analysis?: unknown; reason?: unknown; rules?: unknown };
  if (v.ok === true) {
    const rules = v.rules as { fingerprint?: unknown; rules?: unknown } | undefined;
    if (rules !== undefined && (typeof rules?.fingerprint !== 'string' || !Array.isArray(rules.rules))) return false;
    return typeof v.analysis === 'object' && v.analysis !== null && Array.isArray((v.analysis as Analysis).findings);
  }
  return v.ok === false && (v.reason === 'resend' || v.reason === 'failed' || v.reason === 'superseded');
}
