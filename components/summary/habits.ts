/**
 * What the summary teaches with: for each rule, its title, a real cold sentence it flags and the
 * warmer way (the rule's own first flag example and its rewording), and why the focus line chose
 * the principle it did. From the rule pack, never from anything the agent wrote.
 */
import type { PrincipleHighlight } from '../../lib/stats/summary';
import { plural } from './format';

export interface Habit {
  title: string;
  cold: string;
  /** The same sentence after the rule's first rewording, or null when the rule offers none. */
  warmer: string | null;
}

interface RuleLike {
  id: string;
  title?: string;
  examples: { flag: readonly { text: string; becomes?: string | null }[] };
}

export function habitCatalog(rules: readonly RuleLike[]): ReadonlyMap<string, Habit> {
  const habits = new Map<string, Habit>();
  for (const rule of rules) {
    const first = rule.examples.flag[0];
    if (first) habits.set(rule.id, { title: rule.title ?? rule.id, cold: first.text, warmer: first.becomes ?? null });
  }
  return habits;
}

/** Why the focus is on the first of the top principles: most findings, and how a tie was broken. */
export function focusWhy(top: readonly PrincipleHighlight[], period: 'today' | 'this week'): string | null {
  const first = top[0];
  if (!first) return null;
  const tied = top.filter((p) => p.count === first.count);
  if (tied.length === 1) {
    const next = top[1];
    return (
      `Why ${first.name}: it came up most ${period}, ${plural(first.count, 'time')} (${first.perReply.toFixed(1)} per reply)` +
      (next ? `, ahead of ${next.name} with ${next.count}.` : '.')
    );
  }
  const names = tied.map((p) => p.name);
  const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    `Why ${first.name}: ${list} came up equally often ${period} (${plural(first.count, 'time')} each). A tie goes to the principle ` +
    `listed first in Rapport's principles, so ${first.name} leads; ${names.slice(1).join(' and ')} can be next.`
  );
}
