import { afterAll, beforeAll, expect, test } from 'vitest';
import { nextNudgeAt } from './nudge';

// nextNudgeAt works in the runtime's own zone (the agent's, in the browser); pin it for the test.
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

test.each([
  // [now (UTC), time of day, next nudge (UTC)]
  ['2026-05-04T10:00:00Z', '18:00', '2026-05-04T16:00:00Z'], // later today (CEST, UTC+2)
  ['2026-05-04T16:00:00Z', '18:00', '2026-05-05T16:00:00Z'], // exactly now: tomorrow
  ['2026-05-04T17:00:00Z', '18:00', '2026-05-05T16:00:00Z'], // already past: tomorrow
  ['2026-03-28T20:00:00Z', '18:00', '2026-03-29T16:00:00Z'], // across spring-forward: still 18:00 local
  ['2026-10-24T20:00:00Z', '18:00', '2026-10-25T17:00:00Z'], // across fall-back: still 18:00 local
  ['2026-03-28T20:00:00Z', '02:30', '2026-03-29T01:30:00Z'], // 02:30 does not exist that night: just after the jump
])('from %s, %s is next at %s', (now, time, expected) => {
  expect(new Date(nextNudgeAt(Date.parse(now), time)).toISOString()).toBe(new Date(expected).toISOString());
});

test('rejects a malformed time', () => {
  expect(() => nextNudgeAt(0, '6pm')).toThrow();
});
