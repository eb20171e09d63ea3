/**
 * Session 49 (issue #10): a reply where no phrase rule warns or suggests anything, and that says something warm, may give
 * its next step before its last lines and end on a fact or a kind word ("The 12th and 26th are free.", "Thank you,
 * genuinely."): no next-step-missing card. The same step early beside a cold line elsewhere, or in a reply with no warm
 * word at all, still gets it; so does a warm reply with no step anywhere. Replies written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const CALM = 'Can I book a private session for my group next month?';
const nextStep = (text: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage: CALM }).findings.some((f) => f.ruleId === 'next-step-missing');
const email = (...paragraphs: string[]) => `Hi Sam,\n\n${paragraphs.join('\n\n')}\n\nBest,\nRiya`;

/** The step early, then two lines that carry none. */
const STEP_EARLY = "I'll hold the studio for your group until Friday while you check dates with everyone.";
const FACTS_LAST = 'The studio seats twenty. The 12th and 26th are the quietest days.';

describe('hint49b: a warm reply with its next step before its last lines', () => {
  it.each([
    email("That's a lovely idea, thanks for thinking of us.", STEP_EARLY, FACTS_LAST),
    email('Great news, we have room for you.', STEP_EARLY, 'The studio seats twenty. Thank you, genuinely.'),
  ])('no next-step-missing: %j', (text) => expect(nextStep(text)).toBe(false));
});

describe('hint49b: the card stays', () => {
  it('beside a cold line elsewhere in the reply', () => {
    expect(nextStep(email("That's a lovely idea, thanks for thinking of us.", STEP_EARLY, 'As I said before, bookings close at six.', FACTS_LAST))).toBe(true);
  });
  it('in a reply with no warm word anywhere', () => {
    expect(nextStep(email(STEP_EARLY, FACTS_LAST))).toBe(true);
  });
  it('in a warm reply with no next step anywhere', () => {
    expect(nextStep(email("That's a lovely idea, thanks for thinking of us.", 'The studio seats twenty.', FACTS_LAST))).toBe(true);
  });
});

describe("hint49b: the agent's own deed early is no step still to come", () => {
  // The ownership marker reads any "I + verb"; at the end of a reply it stands for a step, earlier it may be a remark.
  it.each([
    "I can't help but smile at the photo of your group's poster.",
    'I have added the second address to your account.',
  ])('the card stays after "%s"', (deed) => {
    expect(nextStep(email("That's a lovely idea, thanks for thinking of us.", deed, FACTS_LAST))).toBe(true);
  });
});
