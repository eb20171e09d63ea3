// @vitest-environment happy-dom
// A finding whose better reply needs what only the agent knows shows advice, with no Apply button for it.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SnapshotFinding } from '../../lib/messages/draft';
import { FindingGroups } from './FindingGroups';

afterEach(cleanup);

const base: SnapshotFinding = {
  key: 'k1',
  wholeReply: null,
  ruleId: 'nothing-we-can-do',
  principle: 'positivity',
  severity: 'warning',
  start: 0,
  end: 27,
  text: 'There is nothing we can do.',
  message: 'Positivity: "There is nothing we can do" leaves the customer stranded.',
  suggestions: [],
};

describe('FindingGroups', () => {
  it('shows advice without an Apply button', () => {
    render(<FindingGroups findings={[{ ...base, advice: 'Say what you can do instead.' }]} onApply={() => {}} onReveal={() => {}} busy={false} />);
    expect(screen.getByText('Say what you can do instead.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  // A bare fragment ("“There”" for "Per our records, there") does not say what Apply does; the change in place does.
  it('shows each rewording as the change in place and names its Apply button by the change', () => {
    const finding: SnapshotFinding = { ...base, ruleId: 'per-our-policy', principle: 'plain-language', end: 22, text: 'Per our records, there', suggestions: ['There'] };
    render(<FindingGroups findings={[finding]} onApply={() => {}} onReveal={() => {}} busy={false} />);
    const change = document.querySelector('[data-rapport="popup-change"]')!;
    expect(change.querySelector('del')?.textContent?.trim()).toBe('Per our records,');
    expect(change.querySelector('ins')).toBeNull();
    expect(change.textContent).toBe('Per our records, There');
    expect(screen.getByRole('button', { name: 'Apply: remove “Per our records,”' })).toBeTruthy();
  });

  // Session 53: "Please be advised the" was listed because the deletion capitalises "the"; the list names the cold words.
  it('lists the cold words, not the word a deletion only gives a capital', () => {
    const finding: SnapshotFinding = { ...base, ruleId: 'per-our-policy', principle: 'plain-language', end: 22, text: 'Per our records, there', suggestions: ['There'] };
    render(<FindingGroups findings={[finding]} onApply={() => {}} onReveal={() => {}} busy={false} />);
    const listed = screen.getByRole('button', { name: 'Show “Per our records,” in the page' });
    expect(listed.textContent).toBe('Per our records,');
  });

  it('offers Apply for a rewording and shows no advice when the rule has none', () => {
    render(<FindingGroups findings={[{ ...base, suggestions: ['I can refund the shipping.'] }]} onApply={() => {}} onReveal={() => {}} busy={false} />);
    expect(screen.getByRole('button', { name: /^Apply/ })).toBeTruthy();
    expect(document.querySelector('[data-rapport="popup-advice"]')).toBeNull();
  });
});
