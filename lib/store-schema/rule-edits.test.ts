/** How the active rules are worked out from the base pack, the lead's edits and the policy (pure). */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { NO_POLICY, parseManagedPolicy } from './managed-policy';
import { asapRule } from '../rules/testing/fixtures';
import {
  compactEdits,
  deleteRule,
  emptyEdits,
  hasEdits,
  migrateRuleEditsV1toV2,
  overrideFor,
  parseRuleEdits,
  resetRule,
  resolveRules,
  setRule,
} from './rule-edits';

const youNeedTo = defaultPack.rules.find((r) => r.id === 'you-need-to')! as PhraseRule;
const custom = asapRule;

describe('migrations', () => {
  it('turns v1 disabledRules into enabled:false overrides', () => {
    expect(migrateRuleEditsV1toV2({ disabledRules: ['you-need-to', 'calm-down'] })).toEqual({
      base: 'default',
      overrides: { 'you-need-to': { enabled: false }, 'calm-down': { enabled: false } },
      added: [],
      deleted: [],
    });
  });

  it('gives an empty v1 list no overrides', () => {
    expect(migrateRuleEditsV1toV2({ disabledRules: [] })).toEqual(emptyEdits());
  });

  it('leaves v2 values and junk alone (the schema decides about junk)', () => {
    const v2 = { ...emptyEdits(), overrides: { a: { enabled: false } } };
    expect(migrateRuleEditsV1toV2(v2 as never)).toBe(v2);
    expect(migrateRuleEditsV1toV2('junk' as never)).toBe('junk');
    expect(parseRuleEdits('junk').ok).toBe(false);
  });
});

describe('resolveRules', () => {
  it('is the pack itself without edits', () => {
    const { rules, entries, problems } = resolveRules(defaultPack, emptyEdits(), NO_POLICY);
    expect(rules).toEqual(defaultPack.rules);
    expect(entries.every((e) => e.origin === 'pack' && !e.edited && !e.locked)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('merges overrides, skips deleted rules and appends added ones', () => {
    let edits = setRule(emptyEdits(), { ...youNeedTo, enabled: false, severity: 'hint' }, youNeedTo);
    expect(edits.overrides['you-need-to']).toEqual({ enabled: false, severity: 'hint' });
    edits = deleteRule(edits, 'calm-down', true);
    edits = setRule(edits, custom, undefined);
    const { rules, entries } = resolveRules(defaultPack, edits, NO_POLICY);
    expect(rules.find((r) => r.id === 'you-need-to')).toMatchObject({ enabled: false, severity: 'hint' });
    expect(rules.some((r) => r.id === 'calm-down')).toBe(false);
    expect(rules.at(-1)).toEqual(custom);
    expect(entries.find((e) => e.id === 'you-need-to')).toMatchObject({ edited: true, origin: 'pack' });
    expect(entries.find((e) => e.id === 'no-asap')).toMatchObject({ origin: 'added' });
  });

  it('keeps the pack version of a rule whose edit does not validate, and reports it', () => {
    const edits = setRule(emptyEdits(), { ...youNeedTo, message: 'short', patterns: ['[unbalanced'] }, youNeedTo);
    const { rules, entries, problems } = resolveRules(defaultPack, edits, NO_POLICY);
    expect(rules.find((r) => r.id === 'you-need-to')).toEqual(youNeedTo);
    const entry = entries.find((e) => e.id === 'you-need-to')!;
    expect(entry.draft.message).toBe('short');
    expect(entry.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['message', 'patterns[0]']));
    expect(problems[0]?.ruleId).toBe('you-need-to');
  });

  it('leaves out an added rule that does not validate or reuses an id', () => {
    const bad = { ...custom, id: 'bad-one', phrases: [], patterns: [] };
    const dup = { ...custom, id: 'you-need-to' };
    const { rules, problems } = resolveRules(defaultPack, { ...emptyEdits(), added: [bad, dup] }, NO_POLICY);
    expect(rules.some((r) => r.id === 'bad-one')).toBe(false);
    expect(rules.filter((r) => r.id === 'you-need-to')).toEqual([youNeedTo]);
    expect(problems.map((p) => p.ruleId)).toEqual(['bad-one', 'you-need-to']);
  });

  it('resets one rule to its pack version', () => {
    let edits = setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo);
    edits = deleteRule(edits, 'calm-down', true);
    edits = resetRule(resetRule(edits, 'you-need-to'), 'calm-down');
    expect(hasEdits(edits)).toBe(false);
  });

  it('records nothing when a rule is set back to its pack version by hand', () => {
    const edits = setRule(setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo), { ...youNeedTo }, youNeedTo);
    expect(edits.overrides).toEqual({});
    expect(overrideFor(youNeedTo, youNeedTo)).toEqual({});
    expect(compactEdits({ ...emptyEdits(), overrides: { a: {} }, deleted: ['x', 'x'] })).toEqual({ ...emptyEdits(), deleted: ['x'] });
  });
});

describe('resolveRules with a policy', () => {
  const policyPack = {
    format: 'rapport-rule-pack',
    // 3: the copy of the default you-need-to carries its softer form.
    formatVersion: 3,
    id: 'acme',
    name: 'Acme support',
    version: '2.0.0',
    rules: [{ ...youNeedTo, severity: 'hint', message: 'Respect: at Acme we ask, we never order; try "Could you…".' }, { ...custom, id: 'acme-asap' }],
  };
  const policy = parseManagedPolicy({ rulePack: JSON.stringify(policyPack), managedBy: 'Acme IT', lockedRuleIds: ['calm-down'] });

  it('replaces same-id rules with the policy version, locks them, and ignores the agent’s edits to them', () => {
    let edits = setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo);
    edits = deleteRule(edits, 'acme-asap', true);
    const { rules, entries } = resolveRules(defaultPack, edits, policy);
    expect(rules.filter((r) => r.id === 'you-need-to')).toEqual([expect.objectContaining({ severity: 'hint', enabled: true })]);
    expect(entries.find((e) => e.id === 'you-need-to')).toMatchObject({ origin: 'managed', locked: true });
    expect(entries.find((e) => e.id === 'acme-asap')).toMatchObject({ origin: 'managed', locked: true });
  });

  it('locks the listed pack rules too: no edit, disable or delete applies', () => {
    const calm = defaultPack.rules.find((r) => r.id === 'calm-down')!;
    let edits = setRule(emptyEdits(), { ...calm, enabled: false }, calm);
    const off = resolveRules(defaultPack, edits, policy);
    expect(off.rules.find((r) => r.id === 'calm-down')).toEqual(calm);
    expect(off.entries.find((e) => e.id === 'calm-down')).toMatchObject({ origin: 'pack', locked: true, edited: false });
    edits = deleteRule(emptyEdits(), 'calm-down', true);
    expect(resolveRules(defaultPack, edits, policy).rules.some((r) => r.id === 'calm-down')).toBe(true);
  });

  it('replaces the default pack when the policy says so', () => {
    const replacing = parseManagedPolicy({ rulePack: JSON.stringify(policyPack), replaceDefaultPack: true });
    const { rules } = resolveRules(defaultPack, { ...emptyEdits(), added: [custom] }, replacing);
    expect(rules.map((r) => r.id)).toEqual(['no-asap', 'you-need-to', 'acme-asap']);
  });
});

describe('per-channel settings in the lead\'s edits', () => {
  const basePack = { ...defaultPack, rules: [youNeedTo] };

  it('a channel setting is stored as an override and comes back in the rule in effect', () => {
    const edited = { ...youNeedTo, channels: { social: { severity: 'hint' as const } } };
    const edits = setRule(emptyEdits(), edited, youNeedTo);
    expect(edits.overrides['you-need-to']).toEqual({ channels: { social: { severity: 'hint' } } });
    const stored = parseRuleEdits(JSON.parse(JSON.stringify(edits)));
    if (!stored.ok) throw new Error('edits did not round-trip');
    const resolved = resolveRules(basePack, stored.edits, NO_POLICY);
    expect(resolved.rules[0]!.channels).toEqual({ social: { severity: 'hint' } });
    expect(resolved.entries[0]!.edited).toBe(true);
  });

  it('clearing a pack rule\'s channel settings is an edit too ({} overrides them, where a missing field could not)', () => {
    const withSocial = { ...youNeedTo, channels: { social: { enabled: false } } };
    const edits = setRule(emptyEdits(), { ...withSocial, channels: {} }, withSocial);
    expect(edits.overrides['you-need-to']).toEqual({ channels: {} });
    const resolved = resolveRules({ ...defaultPack, rules: [withSocial] }, edits, NO_POLICY);
    expect(resolved.rules[0]!.channels).toEqual({});
  });

  it('setting every channel back to "as the rule" on a rule the pack gave none is no edit', () => {
    expect(setRule(emptyEdits(), { ...youNeedTo, channels: {} }, youNeedTo).overrides).toEqual({});
  });

  it('a malformed channel setting in stored edits falls back to the pack\'s rule and names the field', () => {
    const edits = { ...emptyEdits(), overrides: { 'you-need-to': { channels: { social: { severity: 'off' } } } } };
    const resolved = resolveRules(basePack, edits as never, NO_POLICY);
    expect(resolved.rules[0]).toBe(youNeedTo);
    expect(resolved.problems[0]!.problems[0]!.where).toBe('channels.social.severity');
  });
});
