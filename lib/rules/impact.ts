/**
 * Impact preview: how many findings each rule adds or removes across past replies when one
 * rule pack replaces another, with a few examples of each, before anything is saved.
 */
import { createAnalyzer } from '../engine/analyzer';
import type { Finding } from '../engine/types';
import type { Rule } from './schema';
import type { PastReply } from './replies-file';

export interface RuleImpact {
  ruleId: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: number;
  after: number;
  /** Flags the new rules raise that the old ones did not. */
  gained: { replyId: string; text: string }[];
  /** Flags the old rules raised that the new ones do not. */
  lost: { replyId: string; text: string }[];
}

const key = (f: Finding) => `${f.start}:${f.end}`;

export function compareRules(oldRules: readonly Rule[], newRules: readonly Rule[], replies: PastReply[], examples = 3): RuleImpact[] {
  const before = createAnalyzer(oldRules);
  const after = createAnalyzer(newRules);
  const oldById = new Map(oldRules.map((r) => [r.id, r]));
  const newById = new Map(newRules.map((r) => [r.id, r]));
  const impacts = new Map<string, RuleImpact>();
  const impact = (ruleId: string): RuleImpact => {
    let entry = impacts.get(ruleId);
    if (!entry) {
      const o = oldById.get(ruleId);
      const n = newById.get(ruleId);
      const status = !o ? 'added' : !n ? 'removed' : JSON.stringify(o) === JSON.stringify(n) ? 'unchanged' : 'changed';
      entry = { ruleId, status, before: 0, after: 0, gained: [], lost: [] };
      impacts.set(ruleId, entry);
    }
    return entry;
  };
  for (const id of new Set([...oldById.keys(), ...newById.keys()])) impact(id);

  for (const reply of replies) {
    const options = { customerMessage: reply.customerMessage };
    const a = before.analyze(reply.text, options).findings;
    const b = after.analyze(reply.text, options).findings;
    for (const ruleId of new Set([...a, ...b].map((f) => f.ruleId))) {
      const entry = impact(ruleId);
      const olds = a.filter((f) => f.ruleId === ruleId);
      const news = b.filter((f) => f.ruleId === ruleId);
      entry.before += olds.length;
      entry.after += news.length;
      const oldKeys = new Set(olds.map(key));
      const newKeys = new Set(news.map(key));
      for (const f of news) if (!oldKeys.has(key(f)) && entry.gained.length < examples) entry.gained.push({ replyId: reply.id, text: f.text });
      for (const f of olds) if (!newKeys.has(key(f)) && entry.lost.length < examples) entry.lost.push({ replyId: reply.id, text: f.text });
    }
  }
  return [...impacts.values()].sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || x.ruleId.localeCompare(y.ruleId));
}
