/**
 * The untrusted-text boundary of `lib/`.
 *
 * Everything the pure part reads comes from outside and is untrusted: the agent's draft and the
 * customer's message and name (from the page), rule packs (an imported file, managed storage, the
 * options editor: rule ids, phrases, patterns, capture names, templates), ignored phrases, and daily
 * records and history (messages and storage). Three rules hold for all of it, and each is enforced:
 *
 * 1. **Never a key of a plain object.** `obj[word]` on `{}` finds `constructor`, `toString` or
 *    `__proto__` on Object.prototype ("constructor" once crashed every draft). Use a `Map`/`Set`, or a
 *    {@link Dictionary} made by {@link dictionary} and read with {@link own} / written with
 *    {@link addCount} / {@link setOwn}. The pack validator refuses {@link isReservedName} rule ids and
 *    capture names. Guarded by the lint rule in `eslint.config.js` (no `Record<string, …>`, string
 *    index signatures or `for…in` in the pure part) and by `lib/engine/untrusted.test.ts`, which runs
 *    every Object/Function/Array.prototype name through the analyzer, the validator and the stats.
 * 2. **Every regex linear.** eslint-plugin-regexp's super-linear backtracking/move rules run over the
 *    whole repo; no user-written regex ever runs (patterns are compromise's matcher, phrases are escaped).
 * 3. **Every loop bounded** by size (pack limits in `lib/rules/schema.ts`, 600-character sentences,
 *    finding caps in the analyzer) or by time (`budgetMs`, `analyzeInSlices`, honoured between rules).
 *    `npm run fuzz` reports the slowest inputs and fails above a bound.
 */

/** A string-keyed dictionary of untrusted keys. Create with `dictionary()`; read with `own()`. */
export type Dictionary<V> = Record<string, V>;

/** An empty dictionary with no prototype: no key is ever inherited. */
export function dictionary<V>(entries?: Iterable<readonly [string, V]>): Dictionary<V> {
  const dict = Object.create(null) as Dictionary<V>;
  if (entries) for (const [key, value] of entries) setOwn(dict, key, value);
  return dict;
}

/** The dictionary's own value for `key`, never an inherited one (works on plain objects too). */
export function own<V>(dict: Readonly<Dictionary<V>>, key: string): V | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

/** Sets an own property, even for `__proto__`, whatever the object's prototype. */
export function setOwn<V>(dict: Dictionary<V>, key: string, value: V): void {
  Object.defineProperty(dict, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Adds `n` to the count under `key`. */
export function addCount(dict: Dictionary<number>, key: string, n = 1): void {
  setOwn(dict, key, (own(dict, key) ?? 0) + n);
}

/** A copy with no prototype, keeping own enumerable entries only. */
export function copyDictionary<V>(dict: Readonly<Dictionary<V>>): Dictionary<V> {
  return dictionary(Object.entries(dict));
}

function propertyNames(o: object): string[] {
  return Object.getOwnPropertyNames(o);
}

/**
 * Names every plain object answers to (Object.prototype's members, `__proto__`, and `prototype`),
 * compared case-insensitively. Refused as rule ids and capture names, so that no pack can name one
 * whatever a library does with the name later (compromise keeps capture groups in a plain object).
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(
  [...propertyNames(Object.prototype), '__proto__', 'prototype'].map((n) => n.toLowerCase()),
);

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name.toLowerCase());
}
