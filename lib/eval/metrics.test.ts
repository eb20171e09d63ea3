import { describe, expect, it } from 'vitest';
import { accuracyAt, overlaps, rocAuc } from './metrics';

describe('evaluation measures', () => {
  it('gives AUC 1 for perfect separation, 0.5 for ties, 0 for inverted', () => {
    expect(rocAuc([3, 4], [1, 2])).toBe(1);
    expect(rocAuc([1, 1], [1, 1])).toBe(0.5);
    expect(rocAuc([1], [2])).toBe(0);
    expect(rocAuc([2, 1], [1, 0])).toBeCloseTo(0.875);
  });
  it('counts accuracy at a threshold', () => {
    expect(accuracyAt(50, [60, 40], [30, 55])).toBe(0.5);
  });
  it('detects overlapping spans', () => {
    expect(overlaps(0, 5, 4, 8)).toBe(true);
    expect(overlaps(0, 5, 5, 8)).toBe(false);
  });
});
