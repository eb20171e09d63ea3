/**
 * A greeting or thanks that opens the sentence ("Hi Sam, …", "Thanks Priya, …") stays where it opens: a rewording whose
 * capture swallowed it ("I'm working through hi Sam, rebooking requests…") is not offered. Rewordings that leave the
 * opener in front are. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { rewordingProblems } from './rewording-safety';
import { appliedRewordings as applied } from './testing/applied-rewordings';

describe('the opener stays in front', () => {
  it.each([
    ['Hi Sam, rebooking requests are processed in the order they are received.', 'processed-in-order'],
    ['Thanks Priya, refund claims are handled in the order received.', 'processed-in-order'],
  ])('no rewording moves the greeting inside: %s', (text, rule) => {
    for (const after of applied(text, rule)) expect(after.startsWith(text.slice(0, text.indexOf(',') + 1)), after).toBe(true);
  });

  it('names the problem', () => {
    const before = 'Hello Dana, exchanges are processed in the order received.';
    expect(rewordingProblems(before, "I'm working through hello Dana, exchanges as quickly as I can.", before.slice(0, -1))).toContain(
      `"I'm working through hello Dana, exchanges as quickly as I can." moves the greeting inside the sentence`,
    );
  });

  it.each([
    ['Hi Sam, you need to restart the router before the engineer visits.', 'you-need-to'],
    ['Rebooking requests are processed in the order they are received.', 'processed-in-order'],
  ])('still offered where the opener stays or there is none: %s', (text, rule) => {
    expect(applied(text, rule).length).toBeGreaterThan(0);
  });
});
