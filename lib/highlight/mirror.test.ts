// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FieldMirror } from './mirror';

const paragraph = (n: number) => `Paragraph ${n} says enough words to fill a block of its own, ${'and more words '.repeat(14)}end.\n`;
const draft = (paragraphs: number, edited = -1) => Array.from({ length: paragraphs }, (_, i) => (i === edited ? paragraph(i).replace('end.', 'end!') : paragraph(i))).join('');

function mirror() {
  document.body.innerHTML = '<textarea></textarea><div id="layer"></div>';
  return new FieldMirror(document.querySelector('textarea')!, document.querySelector<HTMLElement>('#layer')!);
}
const blocks = (m: FieldMirror) => [...m.element.children];

/** A clock that moves `cost` ms per reading, and yields that count the tasks. */
function batches(cost: number, isCurrent = () => true) {
  let time = 0;
  const tasks = { count: 0 };
  return { tasks, options: { now: () => (time += cost), yieldToPage: async () => void (tasks.count += 1), isCurrent } };
}

describe('field mirror', () => {
  it('lays out the whole text (and a trailing space for a final empty line) with its underlines', () => {
    const m = mirror();
    const text = draft(3);
    m.paint(text, [{ start: 10, end: 14, severity: 'warning' }]);
    expect(m.element.textContent).toBe(`${text} `);
    expect([...m.element.querySelectorAll('mark')].map((x) => x.textContent)).toEqual([text.slice(10, 14)]);
    expect(m.markFor(10)?.textContent).toBe(text.slice(10, 14));
    expect(m.spanRects().map((r) => r.start)).toEqual([10]);
  });

  it('keeps the elements of the blocks a keystroke did not change, so only the edited one is laid out again', () => {
    const m = mirror();
    m.paint(draft(5), []);
    const before = blocks(m);
    expect(before).toHaveLength(6); // Five paragraphs and the trailing space.
    m.paint(draft(5, 2), []);
    const after = blocks(m);
    expect(after.map((b, i) => b === before[i])).toEqual([true, true, false, true, true, true]);
    expect(m.element.textContent).toBe(`${draft(5, 2)} `);
  });

  it('finds the underlines of a block that moved, by where it is now', () => {
    const m = mirror();
    const second = paragraph(0).length;
    m.paint(draft(2), [{ start: second + 10, end: second + 14, severity: 'hint' }]);
    const moved = blocks(m)[1];
    const longer = `Hello,\n${'A new opening paragraph that is long enough. '.repeat(6)}\n${draft(2)}`;
    const shift = longer.length - draft(2).length;
    m.paint(longer, [{ start: second + shift + 10, end: second + shift + 14, severity: 'hint' }]);
    expect(blocks(m).at(-2)).toBe(moved); // The last block is the trailing space.
    expect(m.spanRects().map((r) => r.start)).toEqual([second + shift + 10]);
    expect(m.markFor(second + shift + 10)).toBe(moved!.querySelector('mark'));
    expect(m.markFor(second + 10)).toBeNull();
  });

  it('makes a long draft’s blocks in batches, yielding between them, with the underlines hidden until the paint is whole', async () => {
    const m = mirror();
    const { tasks, options } = batches(5);
    let hiddenWhileBuilding = false;
    const painting = m.paintInBatches(draft(8), [], {
      ...options,
      yieldToPage: async () => {
        hiddenWhileBuilding ||= m.element.style.visibility === 'hidden';
        await options.yieldToPage();
      },
    });
    expect(await painting).toBe(true);
    expect(tasks.count).toBeGreaterThan(1);
    expect(hiddenWhileBuilding).toBe(true);
    expect(m.element.style.visibility).toBe('');
    expect(m.element.textContent).toBe(`${draft(8)} `);
  });

  it('leaves the last whole paint as it was when a newer paint supersedes a batched one', async () => {
    const m = mirror();
    m.paint(draft(3), []);
    const shown = blocks(m);
    let current = true;
    const { options } = batches(5, () => current);
    const painting = m.paintInBatches(draft(8, 0), [], {
      ...options,
      yieldToPage: async () => {
        current = false;
      },
    });
    expect(await painting).toBe(false);
    expect(blocks(m)).toEqual(shown);
    expect(m.painted.text).toBe(draft(3));
  });
});
