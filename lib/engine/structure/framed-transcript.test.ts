import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const kindOf = (text: string, line: string) => {
  const at = text.indexOf(line);
  return readStructure(text).parts.find((p) => p.start <= at && at < p.end)?.kind;
};

describe("a chat transcript pasted between the app's start and end frames (session 53)", () => {
  const framed = [
    'Dear Ms Adeyemi,',
    '',
    "Here is the chat from yesterday, as you asked. I'm sorry the answer was so short.",
    '',
    '--- Chat started 3 Dec 2026 ---',
    'Guest: can I check in early?',
    'Reception: Yes, from 11am.',
    '--- Chat closed by reception ---',
    '',
    'Your room will be ready from 11am on Friday, and I have noted it on the booking.',
    '',
    'With best wishes,',
    'Front Office',
  ].join('\n');

  it('reads every labelled turn between the frames as quoted, the team\'s role too', () => {
    expect(kindOf(framed, 'Guest: can I')).toBe('quote');
    expect(kindOf(framed, 'Reception: Yes')).toBe('quote');
  });

  it("keeps the agent's text outside the frames, and a labelled line with no closing frame under it", () => {
    expect(kindOf(framed, 'Here is the chat')).toBe('body');
    expect(kindOf(framed, 'Your room will be ready')).toBe('body');
    const open = 'Hi Sam,\n\n--- Chat started 3 Dec 2026 ---\nNote: the early check-in is confirmed for Friday.';
    expect(kindOf(open, 'Note: the early')).toBe('body');
  });
});
