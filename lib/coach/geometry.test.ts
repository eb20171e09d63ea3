import { describe, expect, it } from 'vitest';
import { badgePlacement, CARD_MAX_HEIGHT, cardBeside, cardPosition, COMPACT_BADGE, DOT_BADGE, overlaps, panelPlacement, type Box, type Viewport } from './geometry';

const view = (width: number, height: number, scrollY = 0): Viewport => ({ width, height, scrollX: 0, scrollY });
const editor: Box = { top: 100, left: 20, right: 400, bottom: 300 };
const panelBox = (p: ReturnType<typeof panelPlacement>, v: Viewport): Box => {
  const top = p.top ?? v.height - p.bottom! - p.maxHeight;
  return { top: top + v.scrollY, left: p.left, right: p.left + p.width, bottom: top + p.maxHeight + v.scrollY };
};

describe('the list never covers the editor', () => {
  it('docks at the editor’s right when the page is wide', () => {
    const p = panelPlacement(view(1280, 800), { right: 400, bottom: 300, editor });
    expect(p.dock).toBe('right');
    expect(p.left).toBeGreaterThanOrEqual(editor.right);
  });

  it('docks at the left when only the left has room', () => {
    const wideRight = { ...editor, left: 500, right: 1200 };
    const p = panelPlacement(view(1280, 800), { right: 1200, bottom: 300, editor: wideRight });
    expect(p.dock).toBe('left');
    expect(p.left + p.width).toBeLessThanOrEqual(wideRight.left);
  });

  it.each([
    ['420 px wide', view(420, 800)],
    ['420 px at 125% zoom (336 CSS px)', view(336, 640)],
    ['a short viewport scrolled down', view(420, 700, 50)],
  ])('goes below or above the editor when there is no room at the side: %s', (_name, v) => {
    const narrow: Box = { top: 120, left: 8, right: v.width - 8, bottom: 320 };
    const p = panelPlacement(v, { right: narrow.right, bottom: narrow.bottom, editor: narrow });
    expect(['below', 'above']).toContain(p.dock);
    expect(overlaps(panelBox(p, v), narrow)).toBe(false);
    expect(p.maxHeight).toBeGreaterThanOrEqual(100);
  });
});

describe('the badge sits outside the editor’s box', () => {
  it('under its bottom-right corner', () => {
    const spot = badgePlacement(view(1280, 800), editor, { width: 90, height: 26 });
    expect(spot.where).toBe('below');
    expect(spot.top).toBeGreaterThanOrEqual(editor.bottom);
    expect(spot.left + 90).toBeLessThanOrEqual(editor.right);
  });

  it('at its right when the editor reaches the bottom of the viewport', () => {
    const tall: Box = { top: 100, left: 20, right: 400, bottom: 900 };
    const spot = badgePlacement(view(1280, 800), tall, { width: 90, height: 26 });
    expect(spot.where).toBe('beside');
    expect(spot.left).toBeGreaterThanOrEqual(tall.right);
  });

  it('steps aside from the editor’s own mark ("Powered by")', () => {
    const poweredBy: Box = { top: 295, left: 300, right: 398, bottom: 315 };
    const spot = badgePlacement(view(1280, 800), editor, { width: 90, height: 26 }, [poweredBy]);
    expect(overlaps({ top: spot.top, left: spot.left, right: spot.left + 90, bottom: spot.top + 26 }, poweredBy)).toBe(false);
  });
});

describe('the card goes beside the editor when it can', () => {
  it('level with the flagged text, outside the editor', () => {
    const place = cardBeside(view(1280, 800), editor, { top: 180, left: 60, textTop: 160 });
    expect(place.beside).toBe(true);
    expect(place.left).toBeGreaterThanOrEqual(editor.right);
    expect(place.top).toBe(148);
  });

  it('keeps its place below the text when there is no room at the side', () => {
    expect(cardBeside(view(420, 800), { ...editor, right: 410 }, { top: 180, left: 60, textTop: 160 })).toEqual({ top: 180, left: 60, maxHeight: CARD_MAX_HEIGHT, beside: false });
  });
});

describe('the card never covers the flagged text', () => {
  const line = (top: number): Box => ({ top, bottom: top + 18, left: 40, right: 300 });
  /** The card's box as the browser would lay it out, at its tallest. */
  const cardBox = (spot: ReturnType<typeof cardPosition>, height: number) => {
    const tall = Math.min(CARD_MAX_HEIGHT, spot.maxHeight);
    const top = spot.top ?? height - spot.bottom! - tall;
    return { top, bottom: top + tall, left: spot.left, right: spot.left + 340 };
  };

  it('goes below the text when it fits whole there', () => {
    const spot = cardPosition({ width: 1280, height: 900 }, line(100));
    expect(spot.top).toBe(124);
    expect(spot.bottom).toBeUndefined();
    expect(overlaps(cardBox(spot, 900), line(100))).toBe(false);
  });

  it('ends just above the text near the window’s bottom, whatever its own height', () => {
    const spot = cardPosition({ width: 1280, height: 900 }, line(622));
    expect(spot.top).toBeUndefined();
    expect(spot.bottom).toBe(900 - 616);
    for (const height of [180, 260, CARD_MAX_HEIGHT]) {
      const top = 900 - spot.bottom! - height;
      expect(overlaps({ top, bottom: top + height, left: spot.left, right: spot.left + 340 }, line(622))).toBe(false);
    }
  });

  it('in a short window takes the side with more room, shortened to fit', () => {
    const spot = cardPosition({ width: 800, height: 420 }, line(150));
    expect(spot.maxHeight).toBeLessThan(CARD_MAX_HEIGHT);
    expect(spot.maxHeight).toBeGreaterThanOrEqual(140);
    expect(overlaps(cardBox(spot, 420), line(150))).toBe(false);
  });

  it('keeps a shortened card’s height when it moves beside the editor', () => {
    const place = cardBeside(view(1280, 420), { top: 50, left: 100, right: 700, bottom: 400 }, cardPosition({ width: 1280, height: 420 }, line(150)));
    expect(place.beside).toBe(true);
    expect(place.top! + place.maxHeight).toBeLessThanOrEqual(420 - 4);
  });
});

describe('the card keeps clear of the composer’s own controls', () => {
  const line = (top: number): Box => ({ top, bottom: top + 18, left: 40, right: 300 });
  const send: Box = { top: 640, bottom: 672, left: 40, right: 130 };
  const tallest = (spot: ReturnType<typeof cardPosition>, height: number): Box => {
    const top = spot.top ?? height - spot.bottom! - spot.maxHeight;
    return { top, bottom: top + spot.maxHeight, left: spot.left, right: spot.left + 340 };
  };

  it('flips above the text rather than open over the Send row under the editor', () => {
    const spot = cardPosition({ width: 1280, height: 900 }, line(400), [send]);
    expect(spot.top).toBeUndefined();
    expect(overlaps(tallest(spot, 900), send)).toBe(false);
    expect(overlaps(tallest(spot, 900), line(400))).toBe(false);
  });

  it('stays below the text, shortened to end above the Send row, when that side still has more room', () => {
    const spot = cardPosition({ width: 1280, height: 900 }, line(120), [{ ...send, top: 500, bottom: 532 }]);
    expect(spot.top).toBe(144);
    expect(overlaps(tallest(spot, 900), { ...send, top: 500, bottom: 532 })).toBe(false);
  });

  it('ignores controls outside the card’s column', () => {
    expect(cardPosition({ width: 1280, height: 900 }, line(100), [{ ...send, left: 900, right: 990 }])).toEqual(cardPosition({ width: 1280, height: 900 }, line(100)));
  });

  it('gives the controls up before the text when neither side has room for a short card clear of them', () => {
    const spot = cardPosition({ width: 1280, height: 420 }, line(100), [{ ...send, top: 160, bottom: 190 }]);
    expect(overlaps(tallest(spot, 420), line(100))).toBe(false);
    expect(spot.maxHeight).toBeGreaterThanOrEqual(140);
  });
});

describe('the list never covers its badge', () => {
  const extent = (p: ReturnType<typeof panelPlacement>, height: number) => {
    const top = p.top ?? height - p.bottom! - p.maxHeight;
    return { top, bottom: top + p.maxHeight, left: p.left, right: p.left + p.width };
  };

  it('ends above a badge that sits above the editor, when the list docks above it too', () => {
    // An editor at the window's bottom: no room below, so the badge goes above it, and so does the list.
    const anchor = { right: 780, bottom: 590, editor: { top: 330, left: 20, right: 780, bottom: 590 } };
    const badge = { top: 300, bottom: 326, left: 700, right: 780 };
    const before = panelPlacement(view(800, 600), anchor);
    expect(before.dock).toBe('above');
    expect(overlaps(extent(before, 600), badge)).toBe(true);
    const after = panelPlacement(view(800, 600), anchor, badge);
    expect(overlaps(extent(after, 600), badge)).toBe(false);
    expect(after.maxHeight).toBeGreaterThanOrEqual(100);
  });

  it('starts below a badge beside the editor when it docks on the same side', () => {
    const anchor = { right: 600, bottom: 300, editor: { top: 100, left: 40, right: 600, bottom: 300 } };
    const badge = { top: 274, bottom: 300, left: 606, right: 700 };
    const after = panelPlacement(view(1280, 900), anchor, badge);
    expect(after.dock).toBe('right');
    expect(overlaps(extent(after, 900), badge)).toBe(false);
  });

  it('stays where it docked when the badge is elsewhere', () => {
    const anchor = { right: 600, bottom: 300, editor: { top: 100, left: 40, right: 600, bottom: 300 } };
    expect(panelPlacement(view(1280, 900), anchor, { top: 304, bottom: 330, left: 520, right: 600 })).toEqual(panelPlacement(view(1280, 900), anchor));
  });
});

describe('the compact badge', () => {
  it('sits in a narrow page’s margin beside the editor rather than inside it', () => {
    const editorWithMargins: Box = { top: -100, left: 50, right: 370, bottom: 1200 };
    const spot = badgePlacement(view(420, 700), editorWithMargins, { width: 96, height: 26 });
    expect(spot).toMatchObject({ where: 'beside', compact: 'compact' });
    expect(spot.left).toBeGreaterThanOrEqual(editorWithMargins.right);
    expect(spot.left + COMPACT_BADGE.width).toBeLessThanOrEqual(420);
  });
});

describe('the badge keeps clear of the page’s controls', () => {
  it('steps left of the Send button under the reply box, and of a second control beside it', () => {
    const send: Box = { top: 304, left: 330, right: 400, bottom: 334 };
    const more: Box = { top: 304, left: 260, right: 326, bottom: 334 };
    const spot = badgePlacement(view(1280, 800), editor, { width: 90, height: 26 }, [send, more]);
    const box = { top: spot.top, left: spot.left, right: spot.left + 90, bottom: spot.top + 26 };
    expect(overlaps(box, send) || overlaps(box, more)).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(editor.bottom);
  });
});

describe('inside an editor that fills the viewport, the badge steps aside from the text and the caret', () => {
  const full: Box = { top: -200, left: 0, right: 420, bottom: 1400 };
  const v = view(420, 700);
  const size = { width: 96, height: 26 };
  const badgeBox = (spot: { top: number; left: number; compact: false | 'compact' | 'dot' }): Box => {
    const used = spot.compact === 'dot' ? DOT_BADGE : spot.compact ? COMPACT_BADGE : size;
    return { top: spot.top, left: spot.left, right: spot.left + used.width, bottom: spot.top + used.height };
  };
  /** Full-width lines of text from `from` to `to` (viewport), 20 px apart, skipping `gaps`. */
  const lines = (from: number, to: number, gaps: number[] = []) => {
    const out: Box[] = [];
    for (let top = from; top < to; top += 20) if (!gaps.includes(top)) out.push({ top, bottom: top + 18, left: 8, right: 412 });
    return out;
  };

  it('keeps its bottom-right corner, full size, when no text is near it', () => {
    const spot = badgePlacement(v, full, size, [], { lines: lines(0, 300), caret: null });
    expect(spot).toMatchObject({ where: 'inside', compact: false });
    expect(spot.top).toBeGreaterThan(600);
    expect(spot.left + size.width).toBeGreaterThan(400);
  });

  it('moves off a long line that reaches its corner, and off the caret at the end of the last line', () => {
    const text = lines(0, 700, [0, 20, 40]);
    const caret: Box = { top: 680, bottom: 698, left: 410, right: 411 };
    const spot = badgePlacement(v, full, size, [], { lines: text, caret });
    expect(text.some((line) => overlaps(badgeBox(spot), line))).toBe(false);
    expect(overlaps(badgeBox(spot), caret)).toBe(false);
  });

  it('finds a gap between paragraphs along the edge when every corner has text', () => {
    const text = lines(0, 700, [400, 420]);
    const spot = badgePlacement(v, full, size, [], { lines: text, caret: null });
    expect(text.some((line) => overlaps(badgeBox(spot), line))).toBe(false);
    expect(spot.top).toBeGreaterThanOrEqual(400);
    expect(spot.top + size.height).toBeLessThanOrEqual(440);
  });

  it('shrinks to its dot and count to fit the end of a short line when the full badge fits nowhere', () => {
    // Every line full width but two short ones ending at x = 360, with room for the compact badge only.
    const text = lines(0, 700).map((line) => (line.top === 500 || line.top === 520 ? { ...line, right: 360 } : line));
    const spot = badgePlacement(v, full, size, [], { lines: text, caret: null });
    expect(spot).toMatchObject({ where: 'inside', compact: 'compact' });
    expect(text.some((line) => overlaps(badgeBox(spot), line))).toBe(false);
  });

  it('becomes a dot in the editor’s padding, beside the lines’ ends, when paragraphs leave no gap wide enough', () => {
    // Lines end 24 px before the editor's right edge (its padding); the gaps between them are 4 px.
    const text: Box[] = [];
    for (let top = 0; top < 700; top += 22) text.push({ top, bottom: top + 18, left: 8, right: 396 });
    const spot = badgePlacement(v, full, size, [], { lines: text, caret: { top: 680, bottom: 698, left: 395, right: 396 } });
    expect(spot).toMatchObject({ where: 'inside', compact: 'dot' });
    expect(text.some((line) => overlaps(badgeBox(spot), line))).toBe(false);
  });

  it('never covers the caret, even when text fills the whole editor', () => {
    const text = lines(0, 700);
    const caret: Box = { top: 680, bottom: 698, left: 350, right: 351 };
    const spot = badgePlacement(v, full, size, [], { lines: text, caret });
    expect(overlaps(badgeBox(spot), caret)).toBe(false);
  });
});
