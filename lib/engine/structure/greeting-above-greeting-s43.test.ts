import { describe, expect, it } from 'vitest';
import { readStructure } from './index';

/**
 * Session 43: a line above a greeting that opens on a greeting of its own ("Hi Rosa, happy to help you choose!") is the
 * agent's reply begun above, not a letter's heading or a helpdesk banner read past like a footer. (Found when a
 * "To whom it may concern," reworded to "Hi there," under it dropped the reply's warmth.)
 */
const kindOf = (text: string, line: string) => readStructure(text).parts.find((p) => text.slice(p.start, p.end).includes(line))?.kind;

describe('a greeting above a greeting', () => {
  it('keeps the first, with its words, in the agent\'s reply', () => {
    const text = 'Hi Rosa, happy to help you pick one! The Family plan suits four people best.\n\nHi there,\n\nYour claim for the toaster has been approved.';
    expect(kindOf(text, 'The Family plan suits')).not.toBe('footer');
  });

  it('still reads a banner above the greeting past like a footer', () => {
    const text = 'Due to high demand, replies may take up to 10 working days.\n\nHi there,\n\nYour claim for the toaster has been approved.';
    expect(kindOf(text, 'Due to high demand')).toBe('footer');
  });
});
