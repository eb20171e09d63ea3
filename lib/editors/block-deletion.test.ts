import { describe, expect, it } from 'vitest';
import { blockSafeDeletion } from './block-deletion';
import { lineDeletionSpan } from '../engine/line-deletion';

const removed = (text: string, span: { start: number; end: number }) => text.slice(0, span.start) + text.slice(span.end);

describe('blockSafeDeletion', () => {
  it.each([
    'Hi Lena,\n\nThe label is in your inbox.\n\nPlease be advised.\n\nBest,\nSam',
    'Hi Lena,\r\n\r\nThe label is in your inbox.\r\n\r\nPlease be advised.\r\n\r\nBest,\r\nSam',
    'Please be advised.\n\nThe label is in your inbox.',
    'Hi Lena,\nPlease be advised.\nBest,\nSam',
    'Hi Lena,\n\n\n\n\nPlease be advised.\n\n\n\n\nBest,',
  ])('ends a line deletion where its words end, the text after it the same: %j', (text) => {
    const start = text.indexOf('Please');
    const line = lineDeletionSpan(text, start, start + 'Please be advised.'.length)!;
    const span = blockSafeDeletion(text, line.start, line.end);
    expect(removed(text, span)).toBe(removed(text, line));
    if (start > 0) expect(text.slice(span.end - 1, span.end)).toBe('.');
  });

  it('keeps the span when no breaks before it match the ones it ends with, or it holds no words', () => {
    const text = 'Please be advised.\n\nThanks.';
    expect(blockSafeDeletion(text, 0, 20)).toEqual({ start: 0, end: 20 });
    expect(blockSafeDeletion('A.\nB.\n\nC.', 3, 7)).toEqual({ start: 3, end: 7 });
    expect(blockSafeDeletion('A.\n\n\n\nB.', 4, 6)).toEqual({ start: 4, end: 6 });
    expect(blockSafeDeletion('Hi there. Thanks.', 10, 17)).toEqual({ start: 10, end: 17 });
  });
});
