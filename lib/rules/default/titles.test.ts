import { describe, expect, it } from 'vitest';
import { defaultPack } from '.';
import { DEFAULT_RULE_TEXTS } from './titles';

describe('default rule titles and descriptions', () => {
  it('gives every default rule a human title and a one-line description', () => {
    for (const rule of defaultPack.rules) {
      expect(rule.title, rule.id).toBeTruthy();
      expect(rule.title, rule.id).not.toBe(rule.id);
      expect(rule.description?.length ?? 0, rule.id).toBeGreaterThan(10);
    }
  });

  it('names only rules that exist, each title once', () => {
    const ids = new Set(defaultPack.rules.map((r) => r.id));
    expect([...DEFAULT_RULE_TEXTS.keys()].filter((id) => !ids.has(id))).toEqual([]);
    const titles = [...DEFAULT_RULE_TEXTS.values()].map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
