import { describe, expect, it } from 'vitest';
import { agentOnlyText } from './mask';
import { readStructure } from './read-structure';

describe('agentOnlyText', () => {
  it('blanks skipped parts, list markers and inline tags at their own offsets, keeping line breaks', () => {
    const text = 'Hi Ana,\r\n\r\n1. Open Settings.\r\nDone. ^JR';
    expect(agentOnlyText(text, readStructure(text))).toBe('Hi Ana,\r\n\r\n   Open Settings.\r\nDone.    ');
    const quoted = 'Thanks!\n\nBest,\nSam\n-- \nSam Lee | Acme\n> old\n> text';
    const masked = agentOnlyText(quoted, readStructure(quoted));
    expect(masked).toHaveLength(quoted.length);
    expect(masked).toBe('Thanks!\n\nBest,\nSam\n   \n              \n     \n      ');
  });

  it('returns the text itself when everything is the agent\'s', () => {
    const text = 'Your refund went out today.';
    expect(agentOnlyText(text, readStructure(text))).toBe(text);
  });
});
