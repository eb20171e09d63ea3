// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../lib/rules/default';
import type { PrincipleHighlight } from '../../lib/stats/summary';
import { focusWhy, habitCatalog } from './habits';
import { TopPrinciples } from './top-principles';

afterEach(cleanup);

const habits = habitCatalog(defaultPack.rules);
const highlight = (principle: PrincipleHighlight['principle'], name: string, count: number, ruleId: string): PrincipleHighlight => ({
  principle,
  name,
  count,
  perReply: count / 4,
  example: { ruleId, principle, kind: 'phrase', text: 'unused fallback' },
});

describe('the summary teaches', () => {
  it('shows each top habit with a cold sentence its rule flags and the warmer way', () => {
    render(<TopPrinciples principles={[highlight('respect', 'Respect', 3, 'you-need-to')]} period="today" habits={habits} />);
    expect(screen.getByText('“You need to…”')).toBeTruthy();
    expect(document.querySelector('.habit__cold q')!.textContent).toBe('You need to restart the router.');
    expect(document.querySelector('.habit__warm q')!.textContent).toBe('Could you restart the router?');
  });

  it('explains the focus: the most findings, and a tie broken in the principles’ order, said out loud', () => {
    expect(focusWhy([highlight('respect', 'Respect', 5, 'you-need-to'), highlight('urgency', 'Urgency', 2, 'at-some-point')], 'today')).toBe(
      'Why Respect: it came up most today, 5 times (1.3 per reply), ahead of Urgency with 2.',
    );
    const tie = focusWhy(
      [highlight('ownership', 'Ownership', 3, 'under-review'), highlight('respect', 'Respect', 3, 'you-need-to'), highlight('urgency', 'Urgency', 3, 'at-some-point')],
      'this week',
    );
    expect(tie).toBe(
      "Why Ownership: Ownership, Respect and Urgency came up equally often this week (3 times each). A tie goes to the principle listed first in Rapport's principles, so Ownership leads; Respect and Urgency can be next.",
    );
    expect(focusWhy([], 'today')).toBeNull();
  });
});
