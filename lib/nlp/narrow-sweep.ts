/**
 * A speed-up of compromise's tagger that changes no tag. Its last pass ("postTagger") runs a few
 * hundred match rules through `bulkMatch`, whose first step (compromise 14's `getHooks`) walks every
 * hook word and tag of the rule net for every sentence and concatenates the hit lists, then dedupes
 * and filters them with string-keyed objects: about a tenth of Rapport's whole analysis. Here each
 * sentence's list of rules to try comes from an index of the net built once: a rule is reached from
 * one of the words or tags it needs (or each word it wants, when it needs none), tested once, and the
 * survivors are put in compromise's order, the position each has in the hook lists of the sentence's
 * first key that holds it. The rules then run as compromise runs them, in that order, and the found
 * list goes to its tagger unchanged (narrow-sweep.test.ts compares every tag with and without).
 */

import { own, type Dictionary } from '../engine/untrusted';

/** compromise's hook key → rules; its keys are words and #Tags, read only as own keys. */
type Hooks = Dictionary<unknown[]>;
interface Net {
  hooks: Hooks;
  always: unknown[];
}
type CacheDoc = (document: unknown[]) => Set<string>[];
type Match = (document: unknown[][], rule: unknown) => { ptrs: number[][] };
interface Methods {
  one: { bulkMatch: BulkMatch; cacheDoc: CacheDoc; match: Match } & Record<string, unknown>;
}
type BulkMatch = (document: unknown[], net: Net, methods: Methods, options?: { matchOne?: boolean }) => unknown;

/** A rule of the net as compromise's sweep filters it (buildNet's output). */
interface NetRule {
  match?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  ifNo?: string[];
  minWords: number;
}

/** A rule as indexed: where compromise's merged hook lists would put it, for each key it hangs on. */
interface IndexedRule {
  rule: NetRule;
  /** Each key the rule hangs on (its needs and wants), with rank = key order × width + its place in that key's list. */
  keys: string[];
  ranks: number[];
}

/** One net, indexed once: the rules each present key can reach, or null when the net is one this index cannot order. */
interface NetIndex {
  reach: Map<string, IndexedRule[]> | null;
  ruleCount: number;
  numberOf: Map<NetRule, number>;
}

const indexes = new WeakMap<Hooks, NetIndex>();

function indexOf(hooks: Hooks): NetIndex {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const lists = keys.map((key) => (own(hooks, key) ?? []) as NetRule[]);
  const width = Math.max(1, ...lists.map((l) => l.length));
  const indexed = new Map<NetRule, IndexedRule>();
  const matches = new Set<unknown>();
  let orderable = true;
  lists.forEach((rules, k) => {
    const seenHere = new Set<NetRule>();
    rules.forEach((rule, at) => {
      if (seenHere.has(rule)) orderable = false;
      seenHere.add(rule);
      let entry = indexed.get(rule);
      if (!entry) {
        // Two rules with one match string: compromise keeps whichever its walk meets first, before
        // filtering. No net of compromise 14 has such a pair; one that had would take the general path.
        if (matches.has(rule.match)) orderable = false;
        matches.add(rule.match);
        indexed.set(rule, (entry = { rule, keys: [], ranks: [] }));
      }
      entry.keys.push(keys[k]!);
      entry.ranks.push(k * width + at);
    });
  });
  const reach = new Map<string, IndexedRule[]>();
  const reachFrom = (key: string, entry: IndexedRule) => {
    const list = reach.get(key);
    if (list) list.push(entry);
    else reach.set(key, [entry]);
  };
  const listLength = new Map(keys.map((key, k) => [key, lists[k]!.length]));
  for (const entry of indexed.values()) {
    const { needs, wants } = entry.rule;
    // The rule hangs on every need and want (buildNet); a net built otherwise takes the general path.
    if (entry.keys.length !== new Set([...needs, ...wants]).size || !entry.keys.every((key) => needs.includes(key) || wants.includes(key))) orderable = false;
    if (needs.length) {
      // Every need must be present, so one need reaches the rule: a word before a tag (words are rarer),
      // then the key with the shortest list (a tag few rules hang on is a rare tag).
      const trigger = [...needs].sort((a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || (listLength.get(a) ?? 0) - (listLength.get(b) ?? 0))[0]!;
      reachFrom(trigger, entry);
    } else {
      for (const want of new Set(wants)) reachFrom(want, entry);
    }
  }
  const numberOf = new Map([...indexed.keys()].map((rule, n) => [rule, n]));
  index = { reach: orderable ? reach : null, ruleCount: indexed.size, numberOf };
  indexes.set(hooks, index);
  return index;
}

/**
 * For each sentence, the rules compromise's sweep would try, in its order: those whose needs, "ifNo",
 * wants and minimum length the sentence meets (trimDown, tooSmall), each placed where getHooks would
 * have put it: at its first key, in the net's key order, that the sentence holds.
 */
function rulesPerSentence(index: NetIndex, caches: readonly Set<string>[], lengths: readonly number[]): NetRule[][] {
  const reach = index.reach!;
  return caches.map((haves, i) => {
    const termCount = lengths[i]!;
    const seen = new Uint8Array(index.ruleCount);
    const found: { rule: NetRule; rank: number }[] = [];
    for (const item of haves) {
      const reached = reach.get(item);
      if (!reached) continue;
      for (const entry of reached) {
        const n = index.numberOf.get(entry.rule)!;
        if (seen[n]) continue;
        seen[n] = 1;
        if (!(termCount >= entry.rule.minWords) || !meetsNeeds(entry.rule, haves)) continue;
        let rank = Infinity;
        for (let k = 0; k < entry.keys.length; k++) if (entry.ranks[k]! < rank && haves.has(entry.keys[k]!)) rank = entry.ranks[k]!;
        found.push({ rule: entry.rule, rank });
      }
    }
    return found.sort((a, b) => a.rank - b.rank).map((f) => f.rule);
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
      if (!net || typeof net.hooks !== 'object' || net.hooks === null || !Array.isArray(net.always)) return bulkMatch(document, net, methods, options);
      const index = indexOf(net.hooks);
      if (!index.reach || options?.matchOne) return bulkMatch(document, net, methods, options);
      const lists = rulesPerSentence(index, methods.one.cacheDoc(document), document.map((terms) => (terms as unknown[]).length));
      // compromise adds the rules with no needs and no wants to every sentence, then drops those too long for it.
      const found: object[] = [];
      lists.forEach((list, n) => {
        const terms = document[n] as unknown[];
        const run = net.always.length ? [...list, ...(net.always as NetRule[]).filter((rule) => terms.length >= rule.minWords)] : list;
        for (const rule of run) {
          const result = methods.one.match([terms], rule);
          for (const pointer of result.ptrs) {
            pointer[0] = n;
            found.push({ ...rule, pointer });
          }
        }
      });
      return found;
    };
  },
};
