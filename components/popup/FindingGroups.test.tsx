// @vitest-environment jsdom
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

  it('offers Apply for a rewording and shows no advice when the rule has none', () => {
    render(<FindingGroups findings={[{ ...base, suggestions: ['I can refund the shipping.'] }]} onApply={() => {}} onReveal={() => {}} busy={false} />);
    expect(screen.getByRole('button', { name: /^Apply/ })).toBeTruthy();
    expect(document.querySelector('[data-rapport="popup-advice"]')).toBeNull();
  });
});
