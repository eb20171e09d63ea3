import { describe, expect, it } from 'vitest';
import { addRecord, emptyDay } from './aggregate';
import { todayLine } from './today';
import type { DayAggregate, ReplyRecord } from './types';

function day(key: string, warmths: number[]): DayAggregate {
  const d = emptyDay(key);
  warmths.forEach((warmth, i) =>
    addRecord(d, { id: `${key}-${i}`, at: 0, site: 'x', warmth, findingsByPrinciple: {}, findingsByRule: {}, suggestionsApplied: 0, suggestionsDismissed: 0 } satisfies ReplyRecord),
  );
  return d;
}

describe('todayLine', () => {
  it('counts today and compares it with the previous seven days, weighted by replies', () => {
    const days = {
      '2026-11-25': day('2026-11-25', [70, 80]),
      '2026-11-24': day('2026-11-24', [50, 50, 50]),
      '2026-11-18': day('2026-11-18', [70]),
      '2026-11-17': day('2026-11-17', [0]), // eight days back: outside the window
    };
    expect(todayLine(days, '2026-11-25')).toEqual({ replies: 2, averageWarmth: 75, trend: 20 });
  });

  it('has no trend without history, and no average without replies today', () => {
    expect(todayLine({ '2026-11-25': day('2026-11-25', [61]) }, '2026-11-25')).toEqual({ replies: 1, averageWarmth: 61, trend: null });
    expect(todayLine({ '2026-11-24': day('2026-11-24', [61]) }, '2026-11-25')).toEqual({ replies: 0, averageWarmth: null, trend: null });
  });
});
