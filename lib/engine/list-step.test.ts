import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { asListStep } from './list-step';
import type { Finding } from './types';

const card = (text: string, start: number, suggestions: string[]): Finding => ({
  ruleId: 'simply-just-do',
  principle: 'respect',
  severity: 'hint',
  message: 'Respect.',
  start,
  end: start + text.length,
  text,
  suggestions,
});

describe('asListStep', () => {
  const text = '3. Simply re-pair the sensors in the app.';
  const step = card('Simply re-pair the sensors in the app.', 3, ['Could you re-pair the sensors in the app?']);

  it('offers a list item\'s step as the bare step, not a question', () => {
    expect(asListStep(step, text, { start: 0, end: text.length }).suggestions).toEqual(['Re-pair the sensors in the app.']);
  });

  it("keeps a bare bullet bare: no full stop the agent did not write", () => {
    const bullet = '- Simply re-pair the sensors';
    const bare = card('Simply re-pair the sensors', 2, ['Could you re-pair the sensors?']);
    expect(asListStep(bare, bullet, { start: 0, end: bullet.length }).suggestions).toEqual(['Re-pair the sensors']);
  });

  it('leaves a question inside a longer sentence, and other rewordings, as they are', () => {
    const inside = card('simply re-pair the sensors', 20, ['could you re-pair the sensors?']);
    expect(asListStep(inside, `3. When it blinks, ${inside.text}.`, { start: 0, end: 48 })).toBe(inside);
    const other = card('Simply re-pair the sensors in the app.', 3, ['Re-pair the sensors in the app.']);
    expect(asListStep(other, text, { start: 0, end: text.length })).toBe(other);
  });
});

describe('in the analyzer', () => {
  const analyzer = createAnalyzer(defaultPack);
  const suggestionsOf = (reply: string, rule: string) => analyzer.analyze(reply).findings.filter((f) => f.ruleId === rule).map((f) => f.suggestions);

  it('a numbered step keeps its form; the same words in a paragraph are still asked as a favour', () => {
    const reply = 'Here is how to fix it:\n1. Open the app.\n2. Go to Settings.\n3. Simply re-pair the sensors in the app.\n\nSimply restart the app.';
    expect(suggestionsOf(reply, 'simply-just-do')).toEqual([['Re-pair the sensors in the app.'], ['Could you restart the app?']]);
  });
});
