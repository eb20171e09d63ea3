/** Parsing the organisation's policy (storage.managed) into what the options page and the engine use. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPackInput } from '../rules/default';
import { NO_POLICY, parseManagedPolicy } from './managed-policy';

describe('parseManagedPolicy', () => {
  it('is no policy when nothing is set', () => {
    expect(parseManagedPolicy(undefined)).toBe(NO_POLICY);
    expect(parseManagedPolicy({})).toBe(NO_POLICY);
  });

  it('reads who manages Rapport and which rules are locked', () => {
    expect(parseManagedPolicy({ managedBy: '  Acme IT ', lockedRuleIds: ['you-need-to', 3] })).toEqual({
      ...NO_POLICY,
      present: true,
      managedBy: 'Acme IT',
      lockedRuleIds: ['you-need-to'],
    });
  });

  it('validates the pack whole and keeps it only when valid', () => {
    const ok = parseManagedPolicy({ rulePack: JSON.stringify(defaultPackInput) });
    expect(ok.pack?.rules.length).toBeGreaterThan(10);
    expect(ok.problems).toEqual([]);
    const rules = [...defaultPackInput.rules];
    rules[1] = { ...rules[1]!, severity: 'loud' as never };
    const bad = parseManagedPolicy({ rulePack: JSON.stringify({ ...defaultPackInput, rules }), managedBy: 'Acme IT' });
    expect(bad.pack).toBeNull();
    expect(bad.managedBy).toBe('Acme IT');
    expect(bad.problems[0]?.where).toMatch(/^rulePack › rules\[1\] "[a-z-]+" › severity$/);
  });

  it('reports a pack that is not JSON', () => {
    const policy = parseManagedPolicy({ rulePack: '{ nope' });
    expect(policy.pack).toBeNull();
    expect(policy.problems[0]).toMatchObject({ where: 'rulePack', message: expect.stringMatching(/not valid JSON/) });
  });

  it('accepts the example policy shipped in docs/example-policy.json', () => {
    const file = JSON.parse(readFileSync(new URL('../../docs/example-policy.json', import.meta.url), 'utf8'));
    const extensions = file['3rdparty'].extensions as Record<string, Record<string, unknown>>;
    const [policy] = Object.values(extensions);
    const parsed = parseManagedPolicy(policy);
    expect(parsed.problems).toEqual([]);
    expect(parsed.managedBy).toBeTruthy();
    expect(parsed.pack?.rules.length).toBeGreaterThan(0);
  });
});
