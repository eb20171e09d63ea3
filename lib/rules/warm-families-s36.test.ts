/**
 * Session 36's families of warm false alarms (issue #10), read on dev-extra-ei (hydrotherapy, lift passes, fostering,
 * product-safety recalls, team-lead escalations, kind ticket closes, British understatement, ESL desks) and written
 * again here in other words. Grouped by why the rule misread the warm reply: the no is followed by the way round it in
 * the next sentence (a credit for this very case, the agent doing the customer's part); a title before the person's name; the fix promised as quick; a fallback if the help fails; people
 * in someone's care; the door left open after a close. Each warm form must pass; beside it the cold form of the same
 * habit must still flag. Sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  analyzer.analyze(text, { channel }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // A closed door with the scheme made for this very case in the next sentence.
    rule: 'final-say',
    warm: ["Season passes aren't refundable after the first scan. We do have a medical credit for exactly this, and I've started it for you."],
    cold: ["Season passes aren't refundable after the first scan.", "Season passes aren't refundable after the first scan. We do have a policy on this."],
  },
  {
    // Not covered, then the agent offers to do the customer's part of the way round it.
    rule: 'not-permitted',
    warm: ["Garden walls aren't covered under the buildings policy. I know that's a blow. If the wall is shared, I'm happy to ring your neighbour's insurer with you."],
    cold: ["Garden walls aren't covered under the buildings policy."],
  },
  {
    // Closing the case with the door left open in the next sentence.
    rule: 'ticket-closed',
    warm: ["I'll close this case now. If you change your mind about the repair, just reply here and I'll book it in."],
    cold: ['Closing this case.', 'This ticket is now closed.'],
  },
  {
    // A title before the person's own name greets the person.
    rule: 'dear-customer',
    warm: ['Dear Captain Morales,\n\nYour berth is confirmed for Friday.'],
    cold: ['Dear Customer,\n\nYour berth is confirmed for Friday.', 'Dear Valued Customer,\n\nYour berth is confirmed.'],
  },
  {
    // "It happens a lot" in the same breath as "it's quick to sort".
    rule: 'thats-expected',
    warm: ["That happens to a lot of new owners and it's simple to sort."],
    cold: ['This happens a lot.'],
  },
  {
    // A fallback after the help given, not the answer sent elsewhere.
    rule: 'sent-to-a-channel',
    warm: ['Email us if you run into any trouble with the form.'],
    cold: ['Email us.'],
  },
  {
    // People in someone's care, not a task handed on.
    rule: 'not-my-department',
    warm: ['Your son is looked after by the ward nurses overnight, and I will ring you at 8am.'],
    cold: ['Your refund is looked after by the courier.', 'Complaints are handled by the restaurant.'],
  },
];

describe('s36: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});
