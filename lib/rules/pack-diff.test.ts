import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { diffRules, isEmptyDiff, stable } from './pack-diff';

const [a, b, c] = defaultPack.rules;

describe('diffRules', () => {
  it('finds nothing between a pack and itself', () => {
    const diff = diffRules(defaultPack.rules, defaultPack.rules);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(defaultPack.rules.length);
  });

  it('lists added, changed (with fields) and removed rules', () => {
    const added = { ...a!, id: 'brand-new' };
    const diff = diffRules([a!, b!, c!], [{ ...a!, severity: 'hint', enabled: false }, c!, added]);
    expect(diff.added.map((r) => r.id)).toEqual(['brand-new']);
    expect(diff.removed.map((r) => r.id)).toEqual([b!.id]);
    expect(diff.changed).toEqual([{ id: a!.id, before: a, after: expect.objectContaining({ severity: 'hint' }), fields: ['enabled', 'severity'] }]);
    expect(diff.unchanged).toBe(1);
  });

  it('does not count key order as a change', () => {
    const reordered = Object.fromEntries(Object.entries(a!).reverse()) as typeof a;
    expect(isEmptyDiff(diffRules([a!], [reordered!]))).toBe(true);
    expect(stable({ y: 1, x: { b: 2, a: 1 } })).toBe('{"x":{"a":1,"b":2},"y":1}');
  });
});

describe('per-channel settings', () => {
  it('an import that changes a rule\'s channel settings lists `channels` among its changed fields', () => {
    const after = [{ ...a!, channels: { social: { severity: 'hint' as const } } }, b!, c!];
    const diff = diffRules([a!, b!, c!], after);
    expect(diff.changed.map((ch) => [ch.id, ch.fields])).toEqual([[a!.id, ['channels']]]);
    expect(isEmptyDiff(diffRules(after, structuredClone(after)))).toBe(true);
  });
});
