import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';

/**
 * Review of session 40: a no with a reason is softened only beside a real way forward. A line that merely sounds like
 * one ("We'd like to remind you…", "We'd love to help, but…", "We will do nothing more for you") must not excuse it.
 */
const analyzer = createAnalyzer(defaultPack);
const warned = (body: string) =>
  analyzer
    .analyze(`Hello Priya,\n\n${body}\n\nKind regards,\nTomasz`, { customerMessage: 'Why was my refund refused? This is the second time I ask.' })
    .findings.flatMap((f) => f.merged ?? [f])
    .filter((m) => m.severity !== 'hint')
    .map((m) => m.ruleId);

describe('a no with a reason, beside words that only sound like a way forward', () => {
  it.each([
    "We cannot refund the order: the box came back opened and scratched. We'd love to help, but our hands are tied here.",
    'We are unable to reopen the claim: the assessor has looked at it twice already. We will do nothing more for you on this one.',
    "We can't extend the deadline: that is how every customer is treated here. We'd like to close this ticket now.",
    "We are unable to reinstate the account: the fraud team made the call on Monday. We'd like to thank you for your patience.",
    'We cannot refund the tickets: the seal was broken when they came back. I would like to remind you of our returns terms.',
  ])('stays flagged: %s', (reply) => {
    expect(warned(reply)).toContain('we-are-unable-to');
  });

  it('still softens a reason with a real offer after it', () => {
    const reply = "We can't seat eight on Friday: the terrace is booked for a wedding that night. We'd love to host you all on Saturday instead.";
    expect(warned(reply)).not.toContain('we-are-unable-to');
  });
});
