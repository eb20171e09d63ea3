/**
 * Session 39 (lead's fix; the rewording-warmth property found both on mixed rule examples): the line right under the
 * agent's greeting is the agent's body, never a system footer; and a colon that leads into the agent's own steps
 * introduces no pasted message. In both, inserting a greeting had turned the agent's only sentence into text "not theirs".
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';

describe('the line under a greeting is the body', () => {
  it.each([
    ['Hi there,\n\nThis ticket will be closed automatically in 48 hours if we do not hear from you.', 'This ticket'],
    ['Hello Ana,\n\nYour request will be closed automatically after 5 days without a reply.', 'Your request'],
  ])('%j', (text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });

  it('a system line under the agent’s own body is still read past', () => {
    const text = 'Hello Ana,\n\nI have refunded the delivery charge today.\n\nYour request will be closed automatically after 5 days without a reply.';
    expect(kindOf(text, 'Your request')).toBe('footer');
  });
});

describe('a colon that leads into the agent’s steps introduces no pasted message', () => {
  it('keeps the paragraph under "…you need to:" the agent’s', () => {
    const text = 'Hi there,\n\nTo get a refund you need to:\n\nHi there, thanks for writing in about the late delivery.\n\nBest,\nSam';
    expect(kindOf(text, 'thanks for writing')).toBe('body');
  });

  it('still reads a message pasted under "You wrote:" as quoted', () => {
    const text = 'Hi Sam,\n\nYou wrote:\n\nHi, my bill this month is double the usual amount and nobody has explained why.\n\nI have checked it and the meter reading was estimated; I have corrected it.';
    expect(kindOf(text, 'my bill this month')).toBe('quote');
  });
});
