import { describe, expect, it } from 'vitest';
import type { Severity } from '../engine/types';
import { inkOf, underlineSpans } from './spans';

const f = (start: number, end: number, severity: Severity) => ({ start, end, severity });
const flat = (spans: ReturnType<typeof underlineSpans>) => spans.map((s) => [s.start, s.end, s.severity]);

describe('underlineSpans: one underline per stretch of text', () => {
  it('keeps separate findings as they are', () => {
    expect(flat(underlineSpans([f(10, 14, 'hint'), f(0, 5, 'warning')]))).toEqual([
      [0, 5, 'warning'],
      [10, 14, 'hint'],
    ]);
  });

  it('draws a warning inside a sentence-wide suggestion once, and the rest of the sentence in the suggestion’s style', () => {
    const sentence = f(0, 40, 'suggestion');
    const phrase = f(0, 15, 'warning');
    const spans = underlineSpans([sentence, phrase]);
    expect(flat(spans)).toEqual([
      [0, 15, 'warning'],
      [15, 40, 'suggestion'],
    ]);
    expect(spans[0]!.finding).toBe(phrase);
    expect(spans[1]!.finding).toBe(sentence);
  });

  it('gives three findings on the same words one underline: the most severe', () => {
    expect(flat(underlineSpans([f(0, 13, 'hint'), f(0, 13, 'suggestion'), f(0, 13, 'warning')]))).toEqual([[0, 13, 'warning']]);
  });

  it('on a tie of severity the shorter finding wins where they overlap', () => {
    expect(flat(underlineSpans([f(0, 30, 'hint'), f(5, 10, 'hint')]))).toEqual([
      [0, 5, 'hint'],
      [5, 10, 'hint'],
      [10, 30, 'hint'],
    ]);
  });

  it('never overlaps and covers exactly the characters some finding covers', () => {
    const findings = [f(0, 8, 'hint'), f(4, 20, 'warning'), f(18, 25, 'suggestion'), f(30, 31, 'hint'), f(7, 7, 'warning')];
    const spans = underlineSpans(findings);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    const covered = (at: number) => findings.some((x) => x.start <= at && at < x.end);
    for (let at = 0; at < 35; at += 1) expect(spans.some((s) => s.start <= at && at < s.end)).toBe(covered(at));
  });
});

describe('the ink of a finding: the words, not the line breaks a deletion takes with them', () => {
  // "Ticket closed." alone on its line: deleting it takes the line and a blank line, the underline takes the words.
  const text = 'Hi Jo 👋,\r\n\r\nTicket closed.\r\n\r\nBest, Ana';
  const words = text.indexOf('Ticket');
  const deletion = f(words, text.indexOf('Best'), 'suggestion');

  it('leaves out the spaces and line breaks at both ends, in UTF-16 offsets after an emoji and "\\r\\n"', () => {
    expect(inkOf(text, deletion.start, deletion.end)).toEqual({ start: words, end: words + 'Ticket closed.'.length });
    const lastLine = f(text.indexOf('\r\n\r\nBest'), text.length, 'hint');
    expect(inkOf(text, lastLine.start, lastLine.end)).toEqual({ start: text.indexOf('Best'), end: text.length });
  });

  it('keeps a span of only spaces as it is, and clamps a span past the text', () => {
    expect(inkOf('a  b', 1, 3)).toEqual({ start: 1, end: 3 });
    expect(inkOf('abc', 1, 10)).toEqual({ start: 1, end: 3 });
  });

  it('underlines the ink and keeps the finding itself for the card', () => {
    const spans = underlineSpans([deletion], text);
    expect(flat(spans)).toEqual([[words, words + 'Ticket closed.'.length, 'suggestion']]);
    expect(spans[0]!.finding).toBe(deletion);
    // Without the text (callers that have none) the span is the finding's.
    expect(flat(underlineSpans([deletion]))).toEqual([[deletion.start, deletion.end, 'suggestion']]);
  });

  it('lets a shorter finding inside the trimmed one still win its stretch', () => {
    const phrase = f(words, words + 6, 'warning');
    expect(flat(underlineSpans([deletion, phrase], text))).toEqual([
      [words, words + 6, 'warning'],
      [words + 6, words + 'Ticket closed.'.length, 'suggestion'],
    ]);
  });
});

describe('the underline of a rewording that capitalises the next word', () => {
  it('is drawn under the cold words, not under the word the deletion only gives a capital (session 53)', () => {
    const text = 'Unfortunately we are unable to help. Please be advised the ticket is closed.';
    const start = text.indexOf('Please');
    const card = { start, end: start + 'Please be advised the'.length, severity: 'suggestion' as const, text: 'Please be advised the', suggestions: ['The'] };
    const spans = underlineSpans([card], text);
    expect(flat(spans)).toEqual([[start, start + 'Please be advised'.length, 'suggestion']]);
    expect(spans[0]!.finding).toBe(card);
  });
});
