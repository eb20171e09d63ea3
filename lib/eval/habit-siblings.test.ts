import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { PRINCIPLE_IDS } from '../engine/principles';
import { defaultPack } from '../rules/default';
import { SIBLING_PRINCIPLES, ruleServes } from './habit-siblings';
import { evaluateReplies, type ReplyCase } from './replies';

const analyzer = createAnalyzer(defaultPack);
const reply = (text: string, phrase: string, principle: string): ReplyCase => ({
  id: 't1',
  tone: 'cold',
  channel: 'chat',
  text,
  mustFlag: [{ phrase, principle }],
});

describe('habit siblings in the aimed recall', () => {
  it('names only default rules, and only principles other than the rule\'s own', () => {
    const byId = new Map(defaultPack.rules.map((r) => [r.id, r]));
    for (const [id, principles] of SIBLING_PRINCIPLES) {
      const rule = byId.get(id);
      expect(rule, id).toBeDefined();
      for (const p of principles) {
        expect(PRINCIPLE_IDS, `${id} → ${p}`).toContain(p);
        expect(p, id).not.toBe(rule!.principle);
      }
    }
  });

  it('serves the own principle and the listed siblings, nothing else', () => {
    expect(ruleServes('has-been-passed-on', 'ownership', 'ownership')).toBe(true);
    expect(ruleServes('has-been-passed-on', 'ownership', 'follow-through')).toBe(true);
    expect(ruleServes('has-been-passed-on', 'ownership', 'urgency')).toBe(false);
    expect(ruleServes('you-need-to', 'respect', 'ownership')).toBe(false);
  });

  it('counts a rule aimed at the same habit under a sibling principle, and keeps the strict count beside it', () => {
    const report = evaluateReplies(analyzer, defaultPack.rules, [reply('Your case has been escalated.', 'Your case has been escalated', 'follow-through')]);
    expect(report.caught).toBe(1);
    expect(report.caughtByAimedRule).toBe(1);
    expect(report.caughtByOwnPrinciple).toBe(0);
  });

  it('does not count a rule that catches a different habit in the same words', () => {
    // "Kindly…" is stiff wording (plain language); labelled as a wait with no time (urgency), it is another habit.
    const text = 'Kindly fill in the attached form.';
    const report = evaluateReplies(analyzer, defaultPack.rules, [reply(text, text.slice(0, -1), 'urgency')]);
    expect(report.caught).toBe(1);
    expect(report.caughtByAimedRule).toBe(0);
    expect(report.missed).toHaveLength(1);
  });
});
