import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { groupByPrinciple, listFindings, wholeReplyKinds } from './groups';

const f = (ruleId: string, principle: string) => ({ ruleId, principle }) as { ruleId: string; principle: 'respect' | 'empathy' | 'welcome' | 'plain-language' };

describe('the shared list of findings (popup and in-page panel)', () => {
  it('groups by principle in the principles’ own order, leaving out empty groups, and counts every finding', () => {
    const findings = [f('a', 'plain-language'), f('b', 'respect'), f('c', 'plain-language')];
    const groups = groupByPrinciple(findings);
    expect(groups.map((g) => [g.principle, g.name, g.findings.map((x) => x.ruleId)])).toEqual([
      ['respect', 'Respect', ['b']],
      ['plain-language', 'Plain language', ['a', 'c']],
    ]);
  });

  it('lists whole-reply findings after the groups, in the same count', () => {
    const kinds = wholeReplyKinds(defaultPack.rules);
    const findings = [f('greeting-missing', 'welcome'), f('you-need-to', 'respect'), f('acknowledge-feelings', 'empathy')];
    const list = listFindings(findings, (x) => kinds.has(x.ruleId));
    expect(list.groups.map((g) => g.principle)).toEqual(['respect']);
    expect(list.wholeReply.map((x) => x.ruleId)).toEqual(['greeting-missing', 'acknowledge-feelings']);
    expect(list.count).toBe(3);
  });

  it('knows the default pack’s greeting, acknowledgement and closing checks, and no phrase rule', () => {
    const kinds = wholeReplyKinds(defaultPack.rules);
    expect(kinds.get('greeting-missing')).toBe('greeting');
    expect(kinds.get('acknowledge-feelings')).toBe('acknowledgement');
    expect(kinds.get('next-step-missing')).toBe('closing');
    expect(kinds.has('you-need-to')).toBe(false);
  });
});
