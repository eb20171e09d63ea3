import { describe, expect, it } from 'vitest';
import type { Analysis } from '../engine/types';
import { snapshotOf } from './snapshot';

const state = { version: 1, editor: 'contenteditable', findings: [], customer: null } as const;

describe('snapshotOf: what was skipped', () => {
  it('is the check\'s own list (which holds what the editor left out) once the draft was checked', () => {
    const result = { structure: { channel: 'email', parts: [], skipped: ['signature', 'quote'] } } as unknown as Analysis;
    expect(snapshotOf({ ...state, result, leftOut: ['footer'] }, []).skipped).toEqual(['signature', 'quote']);
  });

  it('is what the editor leaves out when nothing of the agent\'s was checked: a new Gmail reply holding its signature and the quote', () => {
    const snapshot = snapshotOf({ ...state, result: null, leftOut: ['signature', 'quote'] }, []);
    expect(snapshot.language).toEqual({ checked: false, reason: 'empty' });
    expect(snapshot.skipped).toEqual(['signature', 'quote']);
    expect(snapshotOf({ ...state, result: null }, []).skipped).toEqual([]);
  });
});
