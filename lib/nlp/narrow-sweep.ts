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

/**
 * A rule as indexed: where compromise's merged hook lists would put it, for each key it hangs on, and the
 * keys its tests read as numbers (compromise's rules come in many shapes and its sentence caches are sets
 * of strings; the per-sentence loop reads one shape and a typed array instead).
 */
interface IndexedRule {
  rule: NetRule;
  /** Its number in the net, for the per-sentence "already tried" marks. */
  n: number;
  minWords: number;
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
  minWant: number;
  /** Each key the rule hangs on (its needs and wants), with rank = key order × width + its place in that key's list. */
  keys: Int32Array;
  ranks: number[];
}

/** One net, indexed once: the rules each present key can reach, or null when the net is one this index cannot order. */
interface NetIndex {
  /** Key (a word or #Tag) → its number; every key a rule of the net hangs on or tests. */
  idOf: Map<string, number>;
  /** Per key number, the rules it reaches (null when the net is one this index cannot order). */
  reach: IndexedRule[][] | null;
  /** Per key number, the sentence that last held it; per rule number, the sentence that last reached it. */
  heldIn: Uint32Array;
  reachedIn: Uint32Array;
  /** A count of sentences swept, so the marks above need no clearing. */
  sentence: number;
}

const indexes = new WeakMap<Hooks, NetIndex>();

function indexOf(hooks: Hooks): NetIndex {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const lists = keys.map((key) => (own(hooks, key) ?? []) as NetRule[]);
  let width = 1;
  for (const list of lists) if (list.length > width) width = list.length;
  const idOf = new Map<string, number>();
  const id = (key: string) => {
    let n = idOf.get(key);
    if (n === undefined) idOf.set(key, (n = idOf.size));
    return n;
  };
  const ids = (strings: readonly string[]) => Int32Array.from(strings, id);
  // Built once per net, on the tagger's first run (part of the engine's first answer): plain arrays while the
  // index grows, each rule's keys made a typed array once at the end.
  const indexed = new Map<NetRule, IndexedRule>();
  const keysOf: number[][] = [];
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
        const n = indexed.size;
        entry = { rule, n, minWords: rule.minWords, needs: ids(rule.needs), ifNo: ids(rule.ifNo ?? []), wants: ids(rule.wants), minWant: rule.minWant, keys: new Int32Array(0), ranks: [] };
        indexed.set(rule, entry);
        keysOf.push([]);
      }
      keysOf[entry.n]!.push(id(keys[k]!));
      entry.ranks.push(k * width + at);
    });
  });
  const reach: IndexedRule[][] = [];
  const reachFrom = (key: string, entry: IndexedRule) => {
    const n = id(key);
    while (reach.length <= n) reach.push([]);
    reach[n]!.push(entry);
  };
  const listLength = new Map(keys.map((key, k) => [key, lists[k]!.length]));
  const hungOn = new Set<number>();
  const hangsOn = new Set<string>();
  for (const entry of indexed.values()) {
    const ruleKeys = keysOf[entry.n]!;
    entry.keys = Int32Array.from(ruleKeys);
    const { needs, wants } = entry.rule;
    // The rule hangs on every need and want (buildNet); a net built otherwise takes the general path.
    hungOn.clear();
    for (const key of ruleKeys) hungOn.add(key);
    hangsOn.clear();
    for (const key of needs) hangsOn.add(key);
    for (const key of wants) hangsOn.add(key);
    if (orderable && (ruleKeys.length !== hangsOn.size || ![...hangsOn].every((key) => hungOn.has(idOf.get(key)!)))) orderable = false;
    if (needs.length) {
      // Every need must be present, so one need reaches the rule: a word before a tag (words are rarer),
      // then the key with the shortest list (a tag few rules hang on is a rare tag).
      let trigger = needs[0]!;
      for (let i = 1; i < needs.length; i++) if (beforeAsTrigger(needs[i]!, trigger, listLength)) trigger = needs[i]!;
      reachFrom(trigger, entry);
    } else {
      for (const want of new Set(wants)) reachFrom(want, entry);
    }
  }
  while (reach.length < idOf.size) reach.push([]);
  index = { idOf, reach: orderable ? reach : null, heldIn: new Uint32Array(idOf.size), reachedIn: new Uint32Array(indexed.size), sentence: 0 };
  indexes.set(hooks, index);
  return index;
}

/** Whether need `a` comes strictly before `b` as a rule's trigger: a word before a #Tag, then the shorter hook list (a stable sort's first). */
function beforeAsTrigger(a: string, b: string, listLength: ReadonlyMap<string, number>): boolean {
  const byKind = Number(a.startsWith('#')) - Number(b.startsWith('#'));
  return byKind < 0 || (byKind === 0 && (listLength.get(a) ?? 0) < (listLength.get(b) ?? 0));
}

/**
 * For each sentence, the rules compromise's sweep would try, in its order: those whose needs, "ifNo",
 * wants and minimum length the sentence meets (trimDown, tooSmall), each placed where getHooks would
 * have put it: at its first key, in the net's key order, that the sentence holds.
 */
function rulesPerSentence(index: NetIndex, caches: readonly Set<string>[], lengths: readonly number[]): NetRule[][] {
  const reach = index.reach!;
  const { idOf, heldIn, reachedIn } = index;
  return caches.map((haves, i) => {
    const termCount = lengths[i]!;
    if (index.sentence === 0xffffffff) {
      heldIn.fill(0);
      reachedIn.fill(0);
      index.sentence = 0;
    }
    const sentence = ++index.sentence;
    // The sentence's keys that the net knows, marked once: every test below is an array read.
    const held: number[] = [];
    for (const item of haves) {
      const id = idOf.get(item);
      if (id === undefined) continue;
      heldIn[id] = sentence;
      held.push(id);
    }
    const found: { rule: NetRule; rank: number }[] = [];
    for (let h = 0; h < held.length; h++) {
      const reached = reach[held[h]!]!;
      for (let r = 0; r < reached.length; r++) {
        const entry = reached[r]!;
        if (reachedIn[entry.n] === sentence) continue;
        reachedIn[entry.n] = sentence;
        if (!(termCount >= entry.minWords) || !meetsNeeds(entry, heldIn, sentence)) continue;
        let rank = Infinity;
        const { keys, ranks } = entry;
        for (let k = 0; k < keys.length; k++) if (ranks[k]! < rank && heldIn[keys[k]!] === sentence) rank = ranks[k]!;
        found.push({ rule: entry.rule, rank });
      }
    }
    found.sort(byRank);
    const rules: NetRule[] = new Array(found.length);
    for (let f = 0; f < found.length; f++) rules[f] = found[f]!.rule;
    return rules;
  });
}

const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;

/** compromise's needs, "ifNo" and wants tests of one rule (trimDown), as reads of the sentence's key marks. */
function meetsNeeds(entry: IndexedRule, heldIn: Uint32Array, sentence: number): boolean {
  const { needs, ifNo, wants } = entry;
  for (let i = 0; i < needs.length; i++) if (heldIn[needs[i]!] !== sentence) return false;
  for (let i = 0; i < ifNo.length; i++) if (heldIn[ifNo[i]!] === sentence) return false;
  if (wants.length === 0) return true;
  let wanted = 0;
  for (let i = 0; i < wants.length; i++) if (heldIn[wants[i]!] === sentence) wanted++;
  return wanted >= entry.minWant;
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
