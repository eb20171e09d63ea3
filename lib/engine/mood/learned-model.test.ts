import { describe, expect, it } from 'vitest';
import { loadMoodModel, shippedMoodModel } from './learned';
import modelFile from './learned-model.json';

describe('the shipped upset fallback model', () => {
  it('is a valid model file, and the engine reads it (unvalidated) as validation would', () => {
    expect(shippedMoodModel()).toEqual(loadMoodModel(modelFile));
  });

  it('stays small: under 300 KB and 10,000 weights', () => {
    expect(JSON.stringify(modelFile).length).toBeLessThan(300 * 1024);
    expect(Object.keys(modelFile.weights).length).toBeLessThanOrEqual(10_000);
  });

  it('is refused whole when damaged, naming the field', () => {
    expect(() => loadMoodModel({ ...modelFile, threshold: 2 })).toThrow(/threshold/);
    expect(() => loadMoodModel({ ...modelFile, weights: { 'w:late': Number.NaN } })).toThrow(/weights/);
  });
});
