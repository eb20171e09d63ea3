import { describe, expect, it } from 'vitest';
import type { EditorAdapter } from '../editors';
import type { Analysis } from '../engine/types';
import { fakeFieldAdapter } from './testing/fakes';
import { leftOutOf, withEditorLeftOut } from './left-out';

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
