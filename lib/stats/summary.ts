/**
 * What the summary page and the end-of-day nudge say, computed from day aggregates. Pure: the
 * example phrases come from a rule catalogue built from a rule pack (the rule's own first flag
 * example), never from anything the agent wrote.
 */
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../engine/principles';
import { warmthBand } from '../engine/score';
import { own, type Dictionary } from '../engine/untrusted';
import { combineDays, emptyDay } from './aggregate';
import { addDays, dayRange } from './local-day';
import type { DayAggregate, DayKey } from './types';

/** A rule's principle and its own first flag example. */
export interface RuleExample {
  ruleId: string;
  principle: PrincipleId;
  /** A phrase rule's example contains the phrase; a structure rule's is a whole reply missing something. */
  kind: 'phrase' | 'structure';
  text: string;
}

/** Rule id → example, in pack order. */
export type RuleCatalog = ReadonlyMap<string, RuleExample>;

/** The structural part of a rule pack the catalogue needs (kept structural so this file stays light). */
export interface PackLike {
  rules: readonly { id: string; kind: 'phrase' | 'structure'; principle: PrincipleId; examples: { flag: readonly { text: string }[] } }[];
}

export function catalogFromPack(pack: PackLike): RuleCatalog {
  const catalog = new Map<string, RuleExample>();
  for (const rule of pack.rules) {
    const first = rule.examples.flag[0];
    if (first) catalog.set(rule.id, { ruleId: rule.id, principle: rule.principle, kind: rule.kind, text: first.text });
  }
  return catalog;
}

export interface PrincipleHighlight {
  principle: PrincipleId;
  name: string;
  count: number;
  /** Findings per reply over the period. */
  perReply: number;
  /** The kind of phrase that brings this principle up, from the rule that came up most. */
  example: RuleExample | null;
}

function exampleFor(principle: PrincipleId, total: DayAggregate, catalog: RuleCatalog | undefined): RuleExample | null {
  if (!catalog) return null;
  let best: RuleExample | null = null;
  let bestCount = 0;
  let fallback: RuleExample | null = null;
  for (const example of catalog.values()) {
    if (example.principle !== principle) continue;
    // Without counts for this principle's rules, a phrase says more than a whole reply.
    if (!fallback || (fallback.kind !== 'phrase' && example.kind === 'phrase')) fallback = example;
    const count = own(total.findingsByRule, example.ruleId) ?? 0;
    if (count > bestCount) {
      best = example;
      bestCount = count;
    }
  }
  return best ?? fallback;
}

/** The principles that came up most (most findings first; ties in the principles' own order). */
export function topPrinciples(total: DayAggregate, catalog?: RuleCatalog, limit = 3): PrincipleHighlight[] {
  return PRINCIPLE_IDS.map((principle) => ({ principle, count: total.findingsByPrinciple[principle] ?? 0 }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map(({ principle, count }) => ({
      principle,
      name: PRINCIPLES[principle].name,
      count,
      perReply: total.replies > 0 ? count / total.replies : 0,
      example: exampleFor(principle, total, catalog),
    }));
}

/** One habit per principle, phrased as an invitation. */
const FOCUS_TIPS: Record<PrincipleId, string> = {
  interaction: 'speak person to person and offer a clear next step',
  empathy: 'acknowledge how the customer feels before you solve the problem',
  ownership: 'say what you will do ("I\'ll…") rather than what the process does',
  respect: 'ask rather than tell ("Could you…?") and leave out "clearly" and "as I said"',
  positivity: "lead with what you can do before what you can't",
  'plain-language': 'swap policy-speak for the everyday words your customer uses',
  welcome: 'open with a friendly greeting, by name when you can',
  'follow-through': 'close with a clear next step and an open door',
  urgency: 'give a concrete time or date instead of "soon"',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export interface Focus {
  principle: PrincipleId | null;
  text: string;
}

/**
 * A short, kind "focus for tomorrow": the principle with the most findings per reply over the
 * period, or a word of encouragement when nothing came up. Null without replies.
 */
export function focusForTomorrow(total: DayAggregate, period: 'today' | 'this week'): Focus | null {
  if (total.replies === 0) return null;
  const [top] = topPrinciples(total, undefined, 1);
  if (!top) {
    return { principle: null, text: `Nothing came up ${period}: lovely work. Keep doing what you're doing tomorrow.` };
  }
  return {
    principle: top.principle,
    text:
      // The counts and the runner-up are the page's "Why …" line (components/summary/habits.ts): said once, not twice.
      `Tomorrow, try to ${FOCUS_TIPS[top.principle]}. ${top.name} led ${period}, so a small change there will go a long way.`,
  };
}

export function averageWarmth(total: DayAggregate): number | null {
  return total.replies > 0 ? total.warmthSum / total.replies : null;
}

export interface TrendPoint {
  day: DayKey;
  replies: number;
  /** Rounded average warmth, or null on a day without replies. */
  averageWarmth: number | null;
}

/** One point per calendar day for the `count` days ending today, days without replies included. */
export function trend(days: Readonly<Dictionary<DayAggregate>>, today: DayKey, count: number): TrendPoint[] {
  return dayRange(today, count).map((day) => {
    const d = own(days, day);
    const avg = d ? averageWarmth(d) : null;
    return { day, replies: d?.replies ?? 0, averageWarmth: avg === null ? null : Math.round(avg) };
  });
}

export interface DailySummary {
  today: DayKey;
  /** Today's totals (an empty aggregate when nothing was sent today). */
  todayTotals: DayAggregate;
  /** The last 7 days, today included. */
  weekTotals: DayAggregate;
  averageWarmth: number | null;
  /** Principles that came up most today, or over the week when today is still empty. */
  topPrinciples: PrincipleHighlight[];
  topPrinciplesPeriod: 'today' | 'this week';
  focus: Focus | null;
  trend7: TrendPoint[];
  trend30: TrendPoint[];
  /** False when there is no history at all (the page shows its empty state). */
  hasData: boolean;
}

export function summarize(
  days: Readonly<Dictionary<DayAggregate>>,
  options: { today: DayKey; catalog?: RuleCatalog },
): DailySummary {
  const { today, catalog } = options;
  const todayTotals = own(days, today) ?? emptyDay(today);
  const week = dayRange(today, 7).flatMap((d) => own(days, d) ?? []);
  const weekTotals = combineDays(week, `${addDays(today, -6)}..${today}`);
  const period = todayTotals.replies > 0 ? 'today' : 'this week';
  const basis = period === 'today' ? todayTotals : weekTotals;
  return {
    today,
    todayTotals,
    weekTotals,
    averageWarmth: averageWarmth(todayTotals),
    topPrinciples: topPrinciples(basis, catalog),
    topPrinciplesPeriod: period,
    focus: focusForTomorrow(basis, period),
    trend7: trend(days, today, 7),
    trend30: trend(days, today, 30),
    hasData: Object.values(days).some((d) => d.replies > 0),
  };
}

/** The nudge's one line, e.g. "12 replies today, average warmth 63 (warm), 4 suggestions accepted. Focus: Respect." */
export function oneLineSummary(todayTotals: DayAggregate): string | null {
  const avg = averageWarmth(todayTotals);
  if (avg === null) return null;
  const rounded = Math.round(avg);
  const [top] = topPrinciples(todayTotals, undefined, 1);
  return (
    `${plural(todayTotals.replies, 'reply', 'replies')} today, average warmth ${rounded} (${warmthBand(rounded)}), ` +
    `${plural(todayTotals.suggestionsApplied, 'suggestion')} accepted.` +
    (top ? ` Focus for tomorrow: ${top.name}.` : ' Nothing came up: lovely work.')
  );
}
