import { describe, expect, it } from 'vitest';
import { loadClassifier, shippedClassifier } from './model';
import modelFile from './model.json';

describe('the shipped sentence classifier', () => {
  it('is a valid model file, and the engine reads it (unvalidated, for a quicker start) as validation would', () => {
    expect(shippedClassifier()).toEqual(loadClassifier(modelFile));
  });

  it('is refused whole when damaged, naming the field', () => {
    expect(() => loadClassifier({ ...modelFile, threshold: 2 })).toThrow(/threshold/);
  });
});
