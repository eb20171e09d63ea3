/** Deterministic reply records for tests and the benchmark. */
import { PRINCIPLE_IDS } from '../../engine/principles';
import type { ReplyRecord } from '../types';

export function record(overrides: Partial<ReplyRecord> & { at: number }): ReplyRecord {
  return {
    id: `r-${overrides.at.toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
    site: 'help.example.com',
    warmth: 60,
    findingsByPrinciple: {},
    findingsByRule: {},
    suggestionsApplied: 0,
    suggestionsDismissed: 0,
    ...overrides,
  };
}

const RULES = [
  ['you-need-to', 'respect'],
  ['per-our-policy', 'plain-language'],
  ['greeting-missing', 'welcome'],
  ['calm-down', 'empathy'],
] as const;

/**
 * `perDay` replies on each of `days` days ending at `endUtcMs`, spread over working hours, with
 * pseudo-random warmth, findings and suggestions (a linear congruential generator, so runs repeat).
 */
export function yearOfRecords(days: number, perDay: number, endUtcMs: number, seed = 42): ReplyRecord[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: ReplyRecord[] = [];
  const start = endUtcMs - days * 86_400_000;
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < perDay; i++) {
      const at = start + d * 86_400_000 + Math.floor((i / perDay) * 86_400_000);
      const findingsByPrinciple: ReplyRecord['findingsByPrinciple'] = {};
      const findingsByRule: ReplyRecord['findingsByRule'] = {};
      const n = Math.floor(next() * 3);
      for (let k = 0; k < n; k++) {
        const [rule, principle] = RULES[Math.floor(next() * RULES.length)]!;
        findingsByRule[rule] = (findingsByRule[rule] ?? 0) + 1;
        findingsByPrinciple[principle] = (findingsByPrinciple[principle] ?? 0) + 1;
      }
      if (next() < 0.05) findingsByPrinciple[PRINCIPLE_IDS[Math.floor(next() * PRINCIPLE_IDS.length)]!] ??= 0;
      out.push({
        id: `y-${d}-${i}`,
        at,
        site: next() < 0.5 ? 'acme.zendesk.com' : 'mail.google.com',
        warmth: Math.round(next() * 100),
        findingsByPrinciple,
        findingsByRule,
        suggestionsApplied: Math.floor(next() * 2),
        suggestionsDismissed: Math.floor(next() * 2),
      });
    }
  }
  return out;
}
