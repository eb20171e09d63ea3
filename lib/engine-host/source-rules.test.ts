import { describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../rules/default';
import { sourceRules } from './source-rules';

const nothingStored = { pack: null, edits: { local: { value: null, version: null }, sync: { value: null, version: null } }, managed: null };
const damagedPack = { ...nothingStored, pack: { revision: 'r1', pack: { format: 'nope' }, importedAt: 1, source: 'x' } };
const disabledByEdits = { ...nothingStored, edits: { local: { value: null, version: null }, sync: { value: { disabledRules: ['you-need-to'] }, version: null } } };

describe('the engine’s rules from the stored values', () => {
  it('resolves once per distinct stored values and hands back the same rules after that', () => {
    const warn = vi.fn();
    const rulesOf = sourceRules(warn);
    const first = rulesOf(damagedPack);
    expect(first).toEqual(defaultPack.rules);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/imported rule pack stored in this browser is damaged/);
    expect(rulesOf(structuredClone(damagedPack))).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);

    const edited = rulesOf(disabledByEdits);
    expect(edited).not.toBe(first);
    expect(edited.find((r) => r.id === 'you-need-to')?.enabled).toBe(false);
  });

  it('takes values out of shape as nothing stored', () => {
    expect(sourceRules(() => undefined)('not sources')).toEqual(defaultPack.rules);
  });
});
