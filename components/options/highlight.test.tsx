import { describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/engine/types';
import { runsFor } from './highlight';
import { parsePath, problemsAt } from './problems';

const finding = (ruleId: string, start: number, end: number): Finding => ({
  ruleId,
  principle: 'respect',
  severity: 'warning',
  start,
  end,
  text: '',
  message: '',
  suggestions: [],
});

describe('runsFor', () => {
  it('splits overlapping findings into runs that list every finding covering them', () => {
    const text = 'You need to restart it now.';
    const runs = runsFor(text, [finding('a', 0, 11), finding('b', 4, 19)]);
    expect(runs.map((r) => [r.text, r.findings.map((f) => f.ruleId).join('+')])).toEqual([
      ['You ', 'a'],
      ['need to', 'a+b'],
      [' restart', 'b'],
      [' it now.', ''],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('keeps text without findings as one run and ignores empty spans', () => {
    expect(runsFor('Hello', [finding('a', 2, 2)])).toEqual([{ start: 0, end: 5, text: 'Hello', findings: [] }]);
    expect(runsFor('', [])).toEqual([]);
  });
});

describe('problem paths', () => {
  it('parses the schema’s paths', () => {
    expect(parsePath('examples.flag[1].becomes')).toEqual(['examples', 'flag', 1, 'becomes']);
    expect(parsePath('patterns[0]')).toEqual(['patterns', 0]);
  });

  it('finds the problems of one field', () => {
    const problems = [
      { where: 'patterns[2]', message: 'bad' },
      { where: 'patterns', message: 'needs one' },
      { where: 'examples.flag[0].text', message: 'empty' },
      { where: 'message', message: 'short' },
    ];
    expect(problemsAt(problems, ['patterns'])).toEqual([
      { index: 2, rest: [], message: 'bad' },
      { rest: [], message: 'needs one' },
    ]);
    expect(problemsAt(problems, ['examples', 'flag'])).toEqual([{ index: 0, rest: ['text'], message: 'empty' }]);
  });
});
