import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';
import { lineDeletionSpan } from './line-deletion';
import { deletingRule } from './testing/deleting-rule';

/**
 * Session 43 (issue #10): Apply of a rewording that deletes a sentence alone on its line left an empty line plus the
 * blank lines around it. The deletion now takes the line and one blank line beside it, for "\n", "\r\n" and editor
 * text whose paragraphs are lines; offsets stay exact UTF-16 indices.
 */
const stockLine = deletingRule('we value you as a customer');
const analyzer = createAnalyzer([stockLine]);
const STOCK = 'We value you as a customer.';
const deleted = (text: string) => {
  const finding = analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'stock-line')!;
  return applySuggestion(text, finding, finding.suggestions.indexOf(''));
};

describe('deleting a sentence alone on its line', () => {
  it.each([
    ['a paragraph between paragraphs', `Hi Anna,\n\nI have refunded it.\n\n${STOCK}\n\nBest,\nTom`, 'Hi Anna,\n\nI have refunded it.\n\nBest,\nTom'],
    ['the first paragraph of the body', `Hi Anna,\n\n${STOCK}\n\nI have refunded it.`, 'Hi Anna,\n\nI have refunded it.'],
    ['the last paragraph', `Hi Anna,\n\nI have refunded it.\n\n${STOCK}`, 'Hi Anna,\n\nI have refunded it.'],
    ['the last paragraph, a newline after it', `Hi Anna,\n\nI have refunded it.\n\n${STOCK}\n`, 'Hi Anna,\n\nI have refunded it.\n'],
    ['a line between lines', `Hi Anna,\nI have refunded it.\n${STOCK}\nBest,\nTom`, 'Hi Anna,\nI have refunded it.\nBest,\nTom'],
    ['the last line of a paragraph', `Hi Anna,\n\nI have refunded it.\n${STOCK}\n\nBest,\nTom`, 'Hi Anna,\n\nI have refunded it.\n\nBest,\nTom'],
    ['the first line of the text', `${STOCK}\n\nI have refunded it.`, 'I have refunded it.'],
    ['a line with trailing spaces', `Hi Anna,\n\n${STOCK}  \n\nI have refunded it.`, 'Hi Anna,\n\nI have refunded it.'],
    ['"\\r\\n" paragraphs', `Hi Anna,\r\n\r\nI have refunded it.\r\n\r\n${STOCK}\r\n\r\nBest,\r\nTom`, 'Hi Anna,\r\n\r\nI have refunded it.\r\n\r\nBest,\r\nTom'],
    ['"\\r\\n", the last paragraph', `Hi Anna,\r\n\r\nI have refunded it.\r\n\r\n${STOCK}`, 'Hi Anna,\r\n\r\nI have refunded it.'],
    ['"\\r\\n" lines', `Hi Anna,\r\nI have refunded it.\r\n${STOCK}\r\nBest,\r\nTom`, 'Hi Anna,\r\nI have refunded it.\r\nBest,\r\nTom'],
    // An editor's paragraphs are lines (lib/editors/dom-text.ts joins blocks with "\n"; an empty block is an empty line).
    ['editor paragraphs with empty blocks between', `Hi Zoë 😊,\n\nJ'ai remboursé la commande.\n\n${STOCK}\n\nÀ bientôt,\nTom`, "Hi Zoë 😊,\n\nJ'ai remboursé la commande.\n\nÀ bientôt,\nTom"],
  ])('%s', (_, text, after) => {
    expect(deleted(text)).toBe(after);
  });

  it('keeps UTF-16 offsets exact after emoji and accents', () => {
    const text = `Héllo Zoë 👋🏽,\n\nÇa marche 🎉.\n\n${STOCK}\n\nBest,\nTom`;
    const finding = analyzer.analyze(text, { channel: 'email' }).findings[0]!;
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.text).toBe(`${STOCK}\n\n`);
    expect(finding.start).toBe(text.indexOf(STOCK));
  });

  it('still deletes a sentence inside a paragraph with the space beside it, not a line', () => {
    expect(deleted(`Hi Anna. ${STOCK} I have refunded it.`)).toBe('Hi Anna. I have refunded it.');
    expect(deleted(`Hi Anna,\n\nI have refunded it. ${STOCK}\n\nBest,\nTom`)).toBe('Hi Anna,\n\nI have refunded it.\n\nBest,\nTom');
  });

  it('leaves a reply that is only the sentence to the sentence deletion', () => {
    expect(lineDeletionSpan(STOCK, 0, STOCK.length)).toBeNull();
  });

  it('keeps the other rewordings of the same finding exact over the wider span', () => {
    const rule = deletingRule('we value you as a customer', ['', 'Thank you for staying with us.']);
    const text = `Hi Anna,\n\nI have refunded it.\n\n${STOCK}\n\nBest,\nTom`;
    const finding = createAnalyzer([rule]).analyze(text, { channel: 'email' }).findings[0]!;
    const other = finding.suggestions.findIndex((s) => s !== '');
    expect(applySuggestion(text, finding, other)).toBe('Hi Anna,\n\nI have refunded it.\n\nThank you for staying with us.\n\nBest,\nTom');
  });
});

describe('lineDeletionSpan', () => {
  it('reads a line that shares its text with other words as no line of its own', () => {
    const text = `Hi Anna,\n\nThanks. ${STOCK}\n\nBest`;
    const start = text.indexOf(STOCK);
    expect(lineDeletionSpan(text, start, start + STOCK.length)).toBeNull();
  });

  it('takes a lone "\\r" line end as a break too', () => {
    const text = `A\r\r${STOCK}\r\rB`;
    const start = text.indexOf(STOCK);
    expect(lineDeletionSpan(text, start, start + STOCK.length)).toEqual({ start, end: start + STOCK.length + 2 });
  });
});
