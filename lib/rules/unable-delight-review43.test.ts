import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

/**
 * Review of session 43: we-are-unable-to's "delight" exception read any "can't be more …", so a refusal beside "we
 * cannot be more flexible" went unflagged. Only delight ("couldn't be more grateful") is no no.
 */
const analyzer = createAnalyzer(defaultPack);
const unable = (body: string) =>
  analyzer
    .analyze(`Hi Rita,\n\n${body}\n\nBest,\nJon`, { channel: 'email' })
    .findings.flatMap((f) => f.merged ?? [f])
    .some((f) => f.ruleId === 'we-are-unable-to');

describe('we-are-unable-to beside "can\'t be more" (review43)', () => {
  it.each([
    'We are unable to refund the order and cannot be more flexible on this.',
    "I can't be more clear: we are unable to refund this order.",
  ])('still flags the no: "%s"', (body) => expect(unable(body)).toBe(true));

  it.each(["I couldn't be more grateful that you waited, and the parcel is on its way.", "We couldn't be happier that the heater works again!"])(
    'delight passes: "%s"',
    (body) => expect(unable(body)).toBe(false),
  );
});
