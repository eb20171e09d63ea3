/**
 * A kind no, its reason given and a way forward, in a reply where no phrase rule warns or suggests anything else, is
 * the warm form the refusal card asks for: no card at all, not even a hint (session 49, issue #10: hints on warm replies
 * teach agents to ignore the coach). The hint stays beside a cold line elsewhere in the reply, for a no with only a sorry
 * and no reason, and the suggestion for a no with no way forward. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';

const analyzer = createAnalyzer(defaultPack);
/** The severity of a rule's card (also where it shares a card with another rule), or undefined when none. */
const severity = (text: string, ruleId: string) =>
  analyzer
    .analyze(text, { channel: 'email', customerMessage: 'Could we bring our own cake to the party on Saturday?' })
    .findings.flatMap((f) => (f.merged ?? [f]).map((m) => ({ ruleId: m.ruleId, severity: f.severity })))
    .find((f) => f.ruleId === ruleId)?.severity;
const email = (...paragraphs: string[]) => `Hi Sam,\n\n${paragraphs.join('\n\n')}\n\nBest,\nRiya`;

const KIND_NOS: [string, string, string][] = [
  [
    "I'm afraid we can't take in cakes from outside, because our kitchen has to trace every allergen we serve.",
    'Would one of ours work? Our pastry chef can bake it in your colours, at cost.',
    'we-are-unable-to',
  ],
  [
    "We can't let guests bring food into the hall, as the caterer's insurance only covers what they make.",
    "I'd be happy to ask the caterer for a birthday cake in your colours, at cost.",
    'we-are-unable-to',
  ],
  [
    "Outside cakes aren't allowed in the party room, because the nut-free rule covers the whole floor.",
    "You're very welcome to bring it to the garden tables, and I'll set candles and plates out there for you.",
    'not-permitted',
  ],
];
/** Another paragraph of the reply, three sentences on from the no, holding a warning of its own. */
const COLD_ELSEWHERE = 'The party room opens at two. Parking is free on Saturdays. As I said before, bookings close at six.';

describe('a kind no in a reply with nothing else cold', () => {
  it.each(KIND_NOS)('no card: "%s" then "%s"', (no, forward, ruleId) => {
    expect(severity(email(no, forward), ruleId)).toBeUndefined();
  });
});

describe('two kind nos in one reply', () => {
  // Review49: each no read the other's card (still a suggestion while both were judged) as a cold line elsewhere, so two
  // kind nos got two hints where either alone got none.
  it('gives neither a card', () => {
    const [first, second] = [KIND_NOS[0]!, KIND_NOS[2]!];
    const reply = email(first[0], first[1], second[0], second[1]);
    expect(severity(reply, first[2])).toBeUndefined();
    expect(severity(reply, second[2])).toBeUndefined();
  });
});

describe('the hint or the suggestion stays', () => {
  it.each(KIND_NOS)('a hint beside a cold line elsewhere: "%s"', (no, forward, ruleId) => {
    expect(severity(email(no, forward, COLD_ELSEWHERE), ruleId)).toBe('hint');
  });

  it('a hint for a no with only a sorry, no reason', () => {
    expect(severity(email("Sorry, we can't take in cakes from outside.", "I'd be happy to ask the caterer for a birthday cake, at cost."), 'we-are-unable-to')).toBe('hint');
  });

  it('the card for a no with its reason and no way forward (a hint by the rule\'s own softer form)', () => {
    expect(severity(email("We can't take in cakes from outside, because our kitchen has to trace every allergen.", 'The party room opens at two.'), 'we-are-unable-to')).toBe('hint');
  });

  it('the suggestion for a no with neither reason nor way forward', () => {
    expect(severity(email("We can't take in cakes from outside.", 'The party room opens at two.'), 'we-are-unable-to')).toBe('suggestion');
  });
});
