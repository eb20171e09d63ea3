/**
 * Cross-validation folds for the learned check's training (scripts/train-classifier.ts). Out of fold must mean "a
 * voice the model never saw": every item of a group (a batch of replies one hand wrote) goes to the same fold, so a
 * writer's wording never sits on both sides. Pure and seeded, so the training is the same on every run.
 */
import { foldsOf } from '../warmth/logistic';

/** The distinct groups in a seeded order (sorted first, so the input's order does not matter). */
function shuffledGroups(groups: readonly string[], seed: number): string[] {
  const sorted = [...new Set(groups)].sort();
  // foldsOf with as many folds as groups is a seeded permutation: each group's place in the shuffle.
  const place = foldsOf(sorted.length, sorted.length, seed);
  const shuffled = new Array<string>(sorted.length);
  sorted.forEach((g, i) => (shuffled[place[i]!] = g));
  return shuffled;
}

/**
 * Grouped k-fold: each item's fold (0 … k-1), whole groups to a fold. Groups are dealt largest first (ties in a
 * seeded order) to the fold holding the fewest items so far, so folds stay about the same size even when one batch
 * is ten times another. With fewer groups than k, some folds stay empty.
 */
export function groupedFolds(groups: readonly string[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`groupedFolds: k must be a positive integer, not ${k}`);
  const size = new Map<string, number>();
  for (const g of groups) size.set(g, (size.get(g) ?? 0) + 1);
  const shuffled = shuffledGroups(groups, seed);
  const rank = new Map(shuffled.map((g, i) => [g, i]));
  const dealt = [...shuffled].sort((a, b) => size.get(b)! - size.get(a)! || rank.get(a)! - rank.get(b)!);
  const load = new Array<number>(k).fill(0);
  const foldOfGroup = new Map<string, number>();
  for (const g of dealt) {
    let lightest = 0;
    for (let f = 1; f < k; f++) if (load[f]! < load[lightest]!) lightest = f;
    foldOfGroup.set(g, lightest);
    load[lightest]! += size.get(g)!;
  }
  return groups.map((g) => foldOfGroup.get(g)!);
}

/** Groups that landed in more than one fold (empty for grouped folds): what a fold assignment leaks. */
export function splitGroups(groups: readonly string[], fold: readonly number[]): string[] {
  const seen = new Map<string, Set<number>>();
  groups.forEach((g, i) => (seen.get(g) ?? seen.set(g, new Set()).get(g)!).add(fold[i]!));
  return [...seen].filter(([, folds]) => folds.size > 1).map(([g]) => g).sort();
}

/**
 * A choice (a threshold, a setting) scored on folds it was not made on: for each fold, `choose` picks from every
 * other fold's out-of-fold results, and `score` measures the pick on that fold alone. Summed, that is what the
 * choosing rule earns on voices it never saw, where scoring the pick on the folds it was picked on flatters it.
 */
export function chosenElsewhere<T, S>(folds: number, choose: (heldOut: number) => T, score: (choice: T, fold: number) => S): { choice: T; score: S }[] {
  return Array.from({ length: folds }, (_, f) => {
    const choice = choose(f);
    return { choice, score: score(choice, f) };
  });
}
