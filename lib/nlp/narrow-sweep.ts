/**
 * A speed-up of compromise's tagger that changes no tag. Its last pass ("postTagger") runs a few
 * hundred match rules through `bulkMatch`, whose first step (compromise 14's `getHooks`) walks every
 * hook word and tag of the rule net for every sentence and concatenates the hit lists, then dedupes
 * and filters them with string-keyed objects: about a tenth of Rapport's whole analysis. Here each
 * sentence's list of rules to try is built once from an index of the net, in compromise's order and
 * with its filters, and handed to the original `bulkMatch` under one key of its own, so compromise
 * runs the same rules in the same order (narrow-sweep.test.ts compares every tag with and without).
 */

import { dictionary, own, setOwn, type Dictionary } from '../engine/untrusted';

/** compromise's hook key → rules; its keys are words and #Tags, read only as own keys. */
type Hooks = Dictionary<unknown[]>;
interface Net {
  hooks: Hooks;
  always: unknown[];
}
type CacheDoc = (document: unknown[]) => Set<string>[];
interface Methods {
  one: { bulkMatch: BulkMatch; cacheDoc: CacheDoc } & Record<string, unknown>;
}
type BulkMatch = (document: unknown[], net: Net, methods: Methods, options?: object) => unknown;

/** A rule of the net as compromise's sweep filters it (buildNet's output). */
interface NetRule {
  match?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
}

/** One net, indexed once: each hook key's position and its rules, each rule's dedupe number. */
interface NetIndex {
  order: Map<string, number>;
  rulesAt: NetRule[][];
  /** Parallel to rulesAt: rules with the same match string share a number (compromise keeps the first). */
  dedupeAt: Int32Array[];
  dedupeCount: number;
}

const indexes = new WeakMap<Hooks, NetIndex>();

function indexOf(hooks: Hooks): NetIndex {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const byMatch = new Map<unknown, number>();
  const dedupeOf = new Map<NetRule, number>();
  const rulesAt = keys.map((key) => (own(hooks, key) ?? []) as NetRule[]);
  for (const rules of rulesAt) {
    for (const rule of rules) {
      if (dedupeOf.has(rule)) continue;
      let n = byMatch.get(rule.match);
      if (n === undefined) byMatch.set(rule.match, (n = byMatch.size));
      dedupeOf.set(rule, n);
    }
  }
  const dedupeAt = rulesAt.map((rules) => Int32Array.from(rules, (rule) => dedupeOf.get(rule)!));
  index = { order: new Map(keys.map((key, i) => [key, i])), rulesAt, dedupeAt, dedupeCount: byMatch.size };
  indexes.set(hooks, index);
  return index;
}

/** A key no sentence word can take: it names one sentence's own list of rules to try. */
const sentenceKey = (i: number) => `\u0000rapport-sentence-${i}`;

/**
 * For each sentence, the rules compromise's sweep would try, in its order: the hook lists of the
 * keys the sentence holds, in the net's key order, each match string once (getHooks), then only
 * those whose needs, "ifNo", wants and minimum length the sentence meets (trimDown, tooSmall:
 * the same tests, applied after the dedupe as there). Compromise runs its own filters again on
 * these short lists and keeps them whole.
 */
function rulesPerSentence(hooks: Hooks, caches: readonly Set<string>[], lengths: readonly number[]): NetRule[][] {
  const { order, rulesAt, dedupeAt, dedupeCount } = indexOf(hooks);
  return caches.map((haves, i) => {
    const present: number[] = [];
    for (const item of haves) {
      const at = order.get(item);
      if (at !== undefined) present.push(at);
    }
    present.sort((a, b) => a - b);
    const seen = new Uint8Array(dedupeCount);
    const termCount = lengths[i]!;
    const list: NetRule[] = [];
    for (const at of present) {
      const rules = rulesAt[at]!;
      const numbers = dedupeAt[at]!;
      for (let r = 0; r < rules.length; r++) {
        const n = numbers[r]!;
        if (seen[n]) continue;
        const rule = rules[r]!;
        seen[n] = 1;
        if (!(termCount >= rule.minWords) || !meetsNeeds(rule, haves)) continue;
        list.push(rule);
      }
    }
    return list;
  });
}

/** compromise's needs, "ifNo" and wants tests of one rule (trimDown), as plain loops: no closure or array per rule. */
function meetsNeeds(rule: NetRule, haves: ReadonlySet<string>): boolean {
  const { needs, ifNo, wants } = rule;
  for (let i = 0; i < needs.length; i++) if (!haves.has(needs[i]!)) return false;
  if (ifNo !== undefined) for (let i = 0; i < ifNo.length; i++) if (haves.has(ifNo[i]!)) return false;
  if (wants.length === 0) return true;
  let wanted = 0;
  for (let i = 0; i < wants.length; i++) if (haves.has(wants[i]!)) wanted++;
  return wanted >= rule.minWant;
}

export const narrowSweepPlugin = {
  mutate(world: { methods: Methods }) {
    const { one } = world.methods;
    const bulkMatch = one.bulkMatch;
    one.bulkMatch = (document, net, methods, options) => {
      if (!net || typeof net.hooks !== 'object' || net.hooks === null) return bulkMatch(document, net, methods, options);
      // Each sentence's cache gets one extra key naming its pre-merged list; no rule needs or
      // forbids such a key, so compromise's later filters read the caches as before.
      const caches = methods.one.cacheDoc(document);
      const lists = rulesPerSentence(net.hooks, caches, document.map((terms) => (terms as unknown[]).length));
      const hooks: Hooks = dictionary();
      lists.forEach((list, i) => {
        caches[i]!.add(sentenceKey(i));
        setOwn<unknown[]>(hooks, sentenceKey(i), list);
      });
      const withCaches: Methods = { ...methods, one: { ...methods.one, cacheDoc: () => caches } };
      return bulkMatch(document, { ...net, hooks }, withCaches, options);
    };
  },
};
