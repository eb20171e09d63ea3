import { describe, expect, it } from 'vitest';
import { keptBlocks, mirrorBlocks } from './mirror-chunks';

const paragraph = (n: number) => `Paragraph ${n} says enough words to fill a block of its own, ${'and more words '.repeat(14)}end.\n`;

describe('mirror blocks', () => {
  it('cuts the text right after line breaks, and the blocks put together are the text', () => {
    const text = `${paragraph(1)}${paragraph(2)}${paragraph(3)}Last line without a break`;
    const blocks = mirrorBlocks(text, []);
    expect(blocks.map((b) => b.text).join('')).toBe(text);
    expect(blocks.length).toBe(4);
    for (const block of blocks.slice(0, -1)) expect(block.text.endsWith('\n')).toBe(true);
    expect(blocks.map((b) => b.start)).toEqual([0, paragraph(1).length, paragraph(1).length * 2, paragraph(1).length * 3]);
  });

  it('keeps short lines together (a signature is one block, not one per line)', () => {
    const text = 'Best,\nSam\nSupport team\nAcme\n';
    expect(mirrorBlocks(text, []).map((b) => b.text)).toEqual([text]);
  });

  it('cuts an underline that crosses a block edge into pieces that name the same finding', () => {
    const first = paragraph(1);
    const start = first.length - 5;
    const blocks = mirrorBlocks(`${first}${paragraph(2)}`, [{ start, end: first.length + 9, severity: 'warning' }]);
    expect(blocks[0]!.marks).toEqual([{ from: start, to: first.length, severity: 'warning', finding: start }]);
    expect(blocks[1]!.marks).toEqual([{ from: 0, to: 9, severity: 'warning', finding: start - first.length }]);
  });

  it('gives a block the same key wherever it sits, and a new key when its text or underlines change', () => {
    const a = mirrorBlocks(`${paragraph(1)}${paragraph(2)}`, [{ start: paragraph(1).length, end: paragraph(1).length + 9, severity: 'hint' }]);
    const b = mirrorBlocks(`${paragraph(0)}${paragraph(1)}${paragraph(2)}`, [
      { start: paragraph(0).length + paragraph(1).length, end: paragraph(0).length + paragraph(1).length + 9, severity: 'hint' },
    ]);
    expect(b.slice(1).map((x) => x.key)).toEqual(a.map((x) => x.key));
    const c = mirrorBlocks(`${paragraph(1)}${paragraph(2)}`, [{ start: paragraph(1).length, end: paragraph(1).length + 9, severity: 'warning' }]);
    expect(c[0]!.key).toBe(a[0]!.key);
    expect(c[1]!.key).not.toBe(a[1]!.key);
  });

  it('skips a stray overlapping span instead of drawing text twice', () => {
    const blocks = mirrorBlocks('You need to restart it.', [
      { start: 0, end: 11, severity: 'warning' },
      { start: 4, end: 8, severity: 'hint' },
    ]);
    expect(blocks[0]!.marks).toHaveLength(1);
  });
});

describe('kept blocks', () => {
  it('keeps the equal blocks at both ends of an edit', () => {
    expect(keptBlocks(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'd'])).toEqual({ head: 1, tail: 2 });
    expect(keptBlocks(['a', 'b'], ['a', 'b', 'c'])).toEqual({ head: 2, tail: 0 });
    expect(keptBlocks(['a', 'b'], ['x', 'a', 'b'])).toEqual({ head: 0, tail: 2 });
    expect(keptBlocks([], ['a'])).toEqual({ head: 0, tail: 0 });
  });

  it('never counts a block as both head and tail', () => {
    expect(keptBlocks(['a', 'a'], ['a', 'a', 'a'])).toEqual({ head: 2, tail: 0 });
    expect(keptBlocks(['a', 'a', 'a'], ['a'])).toEqual({ head: 1, tail: 0 });
  });
});
