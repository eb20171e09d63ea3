import { describe, expect, it } from 'vitest';
import { CLOSED_DOOR_ADVICE, closedDoorIn, withClosedDoorAdvice } from './closed-door-evidence';
import type { Finding } from './types';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

const closed = (s: string) => {
  const at = closedDoorIn(s, 0, s.length, s);
  return at && s.slice(at.start, at.end);
};

describe('the conversation shut (session 53)', () => {
  it.each([
    ['This decision is final.', 'decision is final'],
    ['All decisions are final and we cannot offer a refund.', 'decisions are final'],
    ['Decisions of the Fair Play team are not open to appeal.', 'not open to appeal'],
    ['We will not enter into further correspondence on this matter.', 'enter into further correspondence'],
    ['This matter is now closed.', 'This matter is now closed'],
    ['We are not able to comment on claim outcomes.', 'not able to comment'],
    ['The charge cannot be reconsidered.', 'cannot be reconsidered'],
  ])('finds it in "%s"', (s, words) => expect(closed(s)).toBe(words));

  it.each([
    'Your order is final once paid, so I have held it for you.',
    'The final decision is yours.',
    'I have closed the old case and opened a new one for you.',
    'The store is closed on Sundays.',
    'Is this decision final, or can I ask again?',
    "I'm not able to change the date, but I can move your seat.",
  ])('finds none in "%s"', (s) => expect(closed(s)).toBeNull());
});

describe('a card of another principle whose sentence shuts the conversation', () => {
  const text = 'Unfortunately this decision is final.';
  const card: Finding = { ruleId: 'final-say', principle: 'positivity', severity: 'suggestion', start: 19, end: 36, text: 'decision is final', message: 'Keep it.', suggestions: [], advice: 'Add what you can do.' };
  const region = { start: 0, end: text.length };
  const sentence = { start: 0, end: text.length, agentActs: false };

  it('carries the open-door advice with ticket-closed as an interaction member', () => {
    const out = withClosedDoorAdvice(card, text, region, sentence, 'ticket-closed', CLOSED_DOOR_ADVICE);
    expect(out.advice).toBe(`Add what you can do. ${CLOSED_DOOR_ADVICE}`);
    expect(out.merged?.at(-1)).toMatchObject({ ruleId: 'ticket-closed', principle: 'interaction', start: 19, end: 36, evidence: true });
  });

  it('leaves the card unchanged where the agent owns a step, a member serves interaction already, or there is no sentence', () => {
    expect(withClosedDoorAdvice(card, text, region, { ...sentence, agentActs: true }, 'ticket-closed', CLOSED_DOOR_ADVICE)).toBe(card);
    const own = { ...card, principle: 'interaction' as const };
    expect(withClosedDoorAdvice(own, text, region, sentence, 'ticket-closed', CLOSED_DOOR_ADVICE)).toBe(own);
    expect(withClosedDoorAdvice(card, text, region, undefined, 'ticket-closed', CLOSED_DOOR_ADVICE)).toBe(card);
  });
});

describe("the analyzer's card on a sentence that shuts the conversation", () => {
  const analyzer = createAnalyzer(defaultPack);
  const told = (text: string) => analyzer.analyze(text).findings.filter((f) => f.advice?.includes(CLOSED_DOOR_ADVICE));

  it('tells it on the card of another principle', () => {
    const [card] = told('Hello,\n\nWe have reviewed your appeal. This decision is final.\n\nRegards');
    expect(card?.merged?.map((m) => m.principle)).toContain('interaction');
  });

  it('does not where the agent owns a step in the sentence', () => {
    expect(told('This decision is final, but I will refund the fee as a gesture.')).toEqual([]);
  });

  // Review 53: the advice asked for what the reply already did ("…say what they can still do").
  it.each([
    'Hello,\n\nWe have reviewed your appeal. This decision is final. You can still refer it to the ombudsman within 8 weeks.\n\nRegards',
    'Hello,\n\nWe have reviewed your appeal. This decision is final. If you have new evidence, please send it to us.\n\nRegards',
    'Hello,\n\nThanks for your patience. Your complaint has been resolved and the case is now closed, but you can reopen it any time.\n\nRegards',
  ])('does not where the reply already says what they can still do: "%s"', (text) => expect(told(text)).toEqual([]));

  it('still does after an invitation that names no next step ("If you have any questions…")', () => {
    expect(told('Hello,\n\nWe have reviewed your appeal. This decision is final. If you have any questions, let us know.\n\nRegards')).toHaveLength(1);
  });
});
