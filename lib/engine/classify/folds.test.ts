import { describe, expect, it } from 'vitest';
import { foldsOf } from '../warmth/logistic';
import { chosenElsewhere, groupedFolds, splitGroups } from './folds';

/** Items of batches of very different sizes, interleaved as files read one after another are not. */
const groups = [
  ...Array.from({ length: 40 }, () => 'dev#0'),
  ...Array.from({ length: 12 }, () => 'extra-a'),
  ...Array.from({ length: 9 }, () => 'extra-b'),
  ...Array.from({ length: 30 }, () => 'layouts-a'),
  ...Array.from({ length: 5 }, () => 'classify-kind'),
  ...Array.from({ length: 7 }, () => 'extra-c'),
  ...Array.from({ length: 22 }, () => 'extra-d'),
].map((g, i, all) => all[(i * 37) % all.length]!);

describe('grouped folds (out of fold = a batch the model never saw)', () => {
  it('never splits a batch across folds', () => {
    const fold = groupedFolds(groups, 3, 15);
    expect(splitGroups(groups, fold)).toEqual([]);
    expect(new Set(fold)).toEqual(new Set([0, 1, 2]));
  });

  it('keeps folds about the same size when batches are not', () => {
    const fold = groupedFolds(groups, 3, 15);
    const sizes = [0, 1, 2].map((f) => fold.filter((x) => x === f).length);
    // The largest batch is 40 of 125 items: no fold should hold more than it plus a small batch.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(12);
  });

  it('is the same on every run and whatever order the items come in', () => {
    expect(groupedFolds(groups, 3, 15)).toEqual(groupedFolds(groups, 3, 15));
    const reversed = [...groups].reverse();
    const foldOf = (gs: string[], fold: number[]) => new Map(gs.map((g, i) => [g, fold[i]!]));
    expect(foldOf(reversed, groupedFolds(reversed, 3, 15))).toEqual(foldOf(groups, groupedFolds(groups, 3, 15)));
  });

  it('deals equal batches by the seed', () => {
    const even = ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((g) => [g, g]);
    const seen = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => groupedFolds(even, 2, seed).join('')));
    expect(seen.size).toBeGreaterThan(1);
    for (const seed of [1, 2, 3]) expect(splitGroups(even, groupedFolds(even, 2, seed))).toEqual([]);
  });

  it('leaves folds empty when there are fewer batches than folds, and refuses a k that is not a count', () => {
    expect(new Set(groupedFolds(['a', 'a', 'b'], 5, 1)).size).toBe(2);
    expect(() => groupedFolds(['a'], 0, 1)).toThrow(/positive integer/);
    expect(() => groupedFolds(['a'], 2.5, 1)).toThrow(/positive integer/);
  });

  it('reads a batch named like an Object.prototype key as any other batch', () => {
    const hostile = ['constructor', '__proto__', 'toString', 'constructor'];
    const fold = groupedFolds(hostile, 2, 3);
    expect(splitGroups(hostile, fold)).toEqual([]);
    expect(fold[0]).toBe(fold[3]);
  });
});

describe('folds by item (the optimistic comparison)', () => {
  it('puts items of one batch on both sides', () => {
    const fold = foldsOf(groups.length, 3, 15);
    expect(fold).toHaveLength(groups.length);
    expect(splitGroups(groups, fold).length).toBeGreaterThan(0);
    const sizes = [0, 1, 2].map((f) => fold.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(foldsOf(groups.length, 3, 15)).toEqual(fold);
  });
});

describe('a choice scored on folds it was not made on', () => {
  it('picks for each fold from the others only and scores the pick on that fold', () => {
    // Per fold, the best threshold differs; choosing on the other folds cannot see the held-out fold's best.
    const bestOf = [0.6, 0.7, 0.8];
    const picked: number[][] = [];
    const scored = chosenElsewhere(
      3,
      (heldOut) => {
        const others = [0, 1, 2].filter((f) => f !== heldOut);
        picked.push(others);
        return Math.max(...others.map((f) => bestOf[f]!));
      },
      (choice, fold) => (choice === bestOf[fold] ? 1 : 0),
    );
    expect(picked).toEqual([
      [1, 2],
      [0, 2],
      [0, 1],
    ]);
    expect(scored.map((s) => s.choice)).toEqual([0.8, 0.8, 0.7]);
    expect(scored.map((s) => s.score)).toEqual([0, 0, 0]);
  });
});
