import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readStructure } from './read-structure';
import { buildCase, VARIANTS } from './fixtures/layout';
import { LAYOUTS } from './fixtures/layouts';

const show = (text: string, parts: { kind: string; start: number; end: number }[]) =>
  parts.map((p) => `${p.kind}: ${JSON.stringify(text.slice(p.start, p.end))}`);

describe('readStructure on the layout corpus', () => {
  it('has at least 60 layouts', () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LAYOUTS.map((l) => l.name)).size).toBe(LAYOUTS.length);
  });

  for (const variant of VARIANTS) {
    describe(variant, () => {
      for (const l of LAYOUTS) {
        it(l.name, () => {
          const c = buildCase(l, variant);
          const found = readStructure(c.text).parts;
          expect(show(c.text, found)).toEqual(show(c.text, c.parts));
          expect(found.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(c.parts);
        });
      }
    });
  }
});

describe('readStructure', () => {
  it('reads the layout break: a blank line between paragraphs, or one break in a chat box', () => {
    expect(readStructure('Hi Anna,\n\nThanks.\n\nBest,\nSam').paragraphBreak).toBe('\n\n');
    expect(readStructure('Hi Anna,\r\n\r\nThanks.').paragraphBreak).toBe('\r\n\r\n');
    expect(readStructure('Thanks for waiting!\nI moved it to 6 pm.').paragraphBreak).toBe('\n');
    expect(readStructure('One line.').paragraphBreak).toBe('\n\n');
  });

  it('reads a greeting word with no punctuation after it, alone or before the reply', () => {
    for (const text of ['Hello there', 'Hello Anna\nYour refund is on its way.', 'Good morning everyone how are you']) {
      expect(() => readStructure(text)).not.toThrow();
    }
    expect(readStructure('Hello Anna\nYour refund is on its way.').parts[0]!.kind).toBe('greeting');
  });

  it('gives list items where their words start', () => {
    const text = 'Steps:\n1. Open Reports.\nStep 2: Click Export.';
    const items = readStructure(text).parts.filter((p) => p.kind === 'list-item');
    expect(items.map((p) => text.slice(p.contentStart, p.end))).toEqual(['Open Reports.', 'Click Export.']);
  });

  it('keeps parts in order, inside the text, never overlapping and never on white space, whatever the input', () => {
    const piece = fc.constantFrom(
      'Hi Anna,', 'Best,', 'Sam', '-- ', '> quoted', 'On Mon, 3 Mar 2025, A <a@b.c> wrote:', '-----Original Message-----',
      'From: A <a@b.c>', 'Sent: Monday', 'Subject: x', '1. Step one.', '- item', '```', 'CONFIDENTIALITY NOTICE: x',
      'Thanks, Sam', '^JR', '1/2', 'Hello there', 'Happy Monday, Priya! 😊', 'Sam,', 'Cheers,', 'Emma x', '[10:02] Visitor: hi', 'Chat transcript', 'We fixed it. ', '\u00a0', '\r\n', '\n', '\n\n', ' ', '😀', '— Raj', 'P.S. one more',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        let last = 0;
        for (const p of readStructure(text).parts) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(p.contentStart).toBeGreaterThanOrEqual(p.start);
          expect(p.contentStart).toBeLessThan(p.end);
          expect(/\s/.test(text[p.start]!)).toBe(false);
          expect(/\s/.test(text[p.end - 1]!)).toBe(false);
          last = p.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads a huge draft of one line, or of many lines, in one linear pass', () => {
    const longLine = 'a'.repeat(200_000) + ' wrote:';
    expect(readStructure(longLine).parts).toEqual([{ kind: 'body', start: 0, end: longLine.length, contentStart: 0 }]);
    const manyLines = 'On Monday the weather\n'.repeat(20_000);
    expect(readStructure(manyLines).parts.length).toBe(1);
  });
});
