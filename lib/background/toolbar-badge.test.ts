import { describe, expect, it } from 'vitest';
import { isToolbarBadgeReport, TOOLBAR_BADGE } from '../messages/tab-status';
import { toolbarBadge } from './toolbar-badge';

const report = { visible: true, count: 3, warmth: 41.6, band: 'neutral' as const, checked: true };

describe('the toolbar badge', () => {
  it('shows the draft’s count in its band’s colour, with the warmth in words', () => {
    expect(toolbarBadge(report)).toEqual({ text: '3', color: '#8a5a00', title: 'Rapport: 3 suggestions, warmth 42 of 100 (neutral).' });
    expect(toolbarBadge({ ...report, count: 1, band: 'cold', warmth: 20 }).title).toBe('Rapport: 1 suggestion, warmth 20 of 100 (cold).');
    expect(toolbarBadge({ ...report, count: 250 }).text).toBe('99+');
  });

  it('shows a tick when there is nothing to fix, a dash for another language, nothing without a draft', () => {
    expect(toolbarBadge({ ...report, count: 0, band: 'warm', warmth: 80 })).toMatchObject({ text: '✓', color: '#137333' });
    expect(toolbarBadge({ ...report, checked: false })).toMatchObject({ text: '–', title: expect.stringMatching(/not checked/) });
    expect(toolbarBadge({ ...report, visible: false }).text).toBe('');
  });

  it('accepts only well-formed reports from a page', () => {
    expect(isToolbarBadgeReport({ type: TOOLBAR_BADGE, ...report })).toBe(true);
    expect(isToolbarBadgeReport({ type: TOOLBAR_BADGE, ...report, band: 'toString' })).toBe(false);
    expect(isToolbarBadgeReport({ type: TOOLBAR_BADGE, ...report, count: Number.NaN })).toBe(false);
    expect(isToolbarBadgeReport(null)).toBe(false);
    expect(isToolbarBadgeReport({ ...report, type: 'other' })).toBe(false);
  });
});
