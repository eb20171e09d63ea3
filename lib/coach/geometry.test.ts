import { describe, expect, it } from 'vitest';
import { badgePlacement, cardBeside, overlaps, panelPlacement, type Box, type Viewport } from './geometry';

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
    expect(cardBeside(view(420, 800), { ...editor, right: 410 }, { top: 180, left: 60, textTop: 160 })).toEqual({ top: 180, left: 60, beside: false });
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
