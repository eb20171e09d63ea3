import { describe, expect, it } from 'vitest';
import type { EditorAdapter } from '../editors';
import type { Analysis } from '../engine/types';
import { fakeFieldAdapter } from './testing/fakes';
import { leftOutOf, withCurrentLeftOut, withEditorLeftOut } from './left-out';
import type { Draft } from './session';

const analysis = (skipped: Analysis['structure']['skipped']) =>
  ({ structure: { channel: 'email', parts: [], skipped }, scores: { warmth: 70 } }) as unknown as Analysis;
const root = {} as HTMLElement;

describe('withEditorLeftOut', () => {
  it('adds what the editor left out to what the check read past, each kind once, leaving the engine\'s result as it was', () => {
    const result = analysis(['quote']);
    const merged = withEditorLeftOut(result, ['signature', 'quote']);
    expect(merged.structure.skipped).toEqual(['quote', 'signature']);
    expect(merged.scores).toBe(result.scores);
    expect(result.structure.skipped).toEqual(['quote']);
  });

  it('is the result itself when the editor left nothing out', () => {
    const result = analysis([]);
    expect(withEditorLeftOut(result, [])).toBe(result);
  });
});

describe('leftOutOf', () => {
  it('asks the adapter, and says none for an adapter that leaves nothing out or fails', () => {
    const reports: EditorAdapter = { ...fakeFieldAdapter, leftOut: () => ['signature'] };
    const fails: EditorAdapter = {
      ...fakeFieldAdapter,
      leftOut: () => {
        throw new Error('detached');
      },
    };
    expect(leftOutOf(reports, root)).toEqual(['signature']);
    expect(leftOutOf(fakeFieldAdapter, root)).toEqual([]);
    expect(leftOutOf(fails, root)).toEqual([]);
  });
});

describe('withCurrentLeftOut', () => {
  const draftWith = (engineSkipped: Analysis['structure']['skipped'], leftOut: Analysis['structure']['skipped']) => {
    const adapter: EditorAdapter = { ...fakeFieldAdapter, leftOut: () => leftOut };
    return { adapter, root, engineSkipped, result: withEditorLeftOut(analysis(engineSkipped), ['signature', 'quote']) } as unknown as Draft;
  };

  it('rebuilds the skipped parts from what the engine read past and what the editor leaves out now, keeping it on the draft', () => {
    const draft = draftWith(['footer'], ['quote']);
    const scores = draft.result?.scores;
    const now = withCurrentLeftOut(draft);
    expect(now?.structure.skipped).toEqual(['footer', 'quote']);
    expect(draft.result).toBe(now);
    expect(now?.scores).toBe(scores);
  });

  it('is the same result when the editor leaves out the same kinds, and null before any check', () => {
    const draft = draftWith([], ['signature', 'quote']);
    const result = draft.result;
    expect(withCurrentLeftOut(draft)).toBe(result);
    expect(withCurrentLeftOut({ ...draft, result: null })).toBeNull();
  });
});
