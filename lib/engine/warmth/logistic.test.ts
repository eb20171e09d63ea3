import { describe, expect, it } from 'vitest';
import { fitLogistic, fitSoftmax, predict, type SoftExample } from './logistic';

const f = (...names: string[]) => new Map(names.map((n) => [n, 1]));
const options = { lambda: 0.001, wordLambdaFactor: 1, steps: 300, minCount: 1 };
const argmax = (models: ReturnType<typeof fitSoftmax>, features: Map<string, number>) => {
  const scores = models.map((m) => [...features].reduce((z, [n, v]) => z + (m.weights.get(n) ?? 0) * v, m.bias));
  return scores.indexOf(Math.max(...scores));
};

describe('fitSoftmax', () => {
  // Three classes, each told by its own feature, with a shared one that says nothing.
  const examples: SoftExample[] = [
    ...Array.from({ length: 6 }, () => ({ features: f('a', 'common'), targets: [1, 0, 0] })),
    ...Array.from({ length: 6 }, () => ({ features: f('b', 'common'), targets: [0, 1, 0] })),
    ...Array.from({ length: 6 }, () => ({ features: f('c', 'common'), targets: [0, 0, 1] })),
  ];

  it('names each class by its own feature', () => {
    const models = fitSoftmax(examples, 3, options);
    expect(models).toHaveLength(3);
    expect(argmax(models, f('a', 'common'))).toBe(0);
    expect(argmax(models, f('b'))).toBe(1);
    expect(argmax(models, f('c', 'common'))).toBe(2);
    expect(models[0]!.weights.get('a')!).toBeGreaterThan(models[1]!.weights.get('a')!);
  });

  it('is deterministic', () => {
    const a = fitSoftmax(examples, 3, options);
    const b = fitSoftmax(examples, 3, options);
    expect([...a[1]!.weights]).toEqual([...b[1]!.weights]);
  });

  it('splits a sentence of two classes between them, and weighs examples', () => {
    const shared: SoftExample[] = [...examples, ...Array.from({ length: 6 }, () => ({ features: f('ab'), targets: [0.5, 0.5, 0] }))];
    const models = fitSoftmax(shared, 3, options);
    expect(argmax(models, f('ab'))).not.toBe(2);
    // With `b` counting ten times as much, the shared feature leans to class 1.
    const leaning = fitSoftmax([...examples, { features: f('x'), targets: [1, 0, 0] }, { features: f('x'), targets: [0, 1, 0], weight: 10 }], 3, options);
    expect(argmax(leaning, f('x'))).toBe(1);
  });

  it('leaves out features seen too rarely', () => {
    const models = fitSoftmax([...examples, { features: f('rare'), targets: [1, 0, 0] }], 3, { ...options, minCount: 2 });
    expect(models[0]!.weights.has('rare')).toBe(false);
  });
});

describe('fitLogistic', () => {
  it('separates two classes by their feature', () => {
    const model = fitLogistic([...Array.from({ length: 5 }, () => ({ features: f('yes'), label: 1 as const })), ...Array.from({ length: 5 }, () => ({ features: f('no'), label: 0 as const }))], options);
    expect(predict(model, f('yes'))).toBeGreaterThan(0.8);
    expect(predict(model, f('no'))).toBeLessThan(0.2);
  });
});
