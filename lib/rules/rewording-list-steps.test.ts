/** A list item's step reworded as the bare step ("1. Restart the router.", session 53's list-step.ts) is a sentence. */
import { describe, expect, it } from 'vitest';
import { rewordingProblems } from './rewording-safety';

describe('the safety net on a list item reworded as its bare step', () => {
  it.each([
    ['To fix it:\n1. You need to restart the router.\n2. Sign in again.', 'To fix it:\n1. Restart the router.\n2. Sign in again.'],
    ['Steps:\n- You need to clear the cache.\n- Sign in again.', 'Steps:\n- Clear the cache.\n- Sign in again.'],
    ['Step 1: You need to restart the app.\nStep 2: Tap Reset.', 'Step 1: Restart the app.\nStep 2: Tap Reset.'],
  ])('reads the step after its marker: %s', (before, after) => {
    expect(rewordingProblems(before, after, 'You need to')).not.toContainEqual(expect.stringMatching(/has no verb/));
  });

  it('still finds a step with no verb after its marker', () => {
    expect(rewordingProblems('Steps:\n1. You need to restart the router.', 'Steps:\n1. The router.', 'You need to restart')).toContainEqual(expect.stringMatching(/has no verb/));
  });
});
