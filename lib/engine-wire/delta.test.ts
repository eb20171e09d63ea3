import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPayload, DELTA_MIN_CHARS, payloadFor, rulesFingerprint } from './delta';

const long = (seed: string) => `${seed} `.repeat(Math.ceil(DELTA_MIN_CHARS / (seed.length + 1)) + 5);

describe('draft deltas', () => {
  it('sends a short draft whole', () => {
    expect(payloadFor({ seq: 1, text: 'Hi there.' }, 'Hi there!')).toEqual({ kind: 'full', text: 'Hi there!' });
  });

  it('sends one typed character in a long draft as a delta that rebuilds the draft', () => {
    const before = long('You need to restart the router.');
    const after = `${before.slice(0, 100)}x${before.slice(100)}`;
    const payload = payloadFor({ seq: 4, text: before }, after);
    expect(payload).toMatchObject({ kind: 'delta', base: 4, insert: 'x' });
    expect(applyPayload(before, payload)).toBe(after);
  });

  it('sends a mostly rewritten draft whole', () => {
    const before = long('aaaa');
    const after = long('bbbb');
    expect(payloadFor({ seq: 1, text: before }, after).kind).toBe('full');
  });

  it('refuses a delta that does not fit the engine’s draft (or when it has none)', () => {
    expect(applyPayload(null, { kind: 'delta', base: 1, keepStart: 0, keepEnd: 0, insert: 'x' })).toBeNull();
    expect(applyPayload('short', { kind: 'delta', base: 1, keepStart: 4, keepEnd: 4, insert: 'x' })).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const before = `${long('ok')}😀 end`;
    const after = `${long('ok')}😃 end`;
    const payload = payloadFor({ seq: 2, text: before }, after);
    expect(payload.kind).toBe('delta');
    if (payload.kind === 'delta') expect(payload.insert).toBe('😃');
  });

  it('rebuilds any edit exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: DELTA_MIN_CHARS, maxLength: DELTA_MIN_CHARS + 300, unit: 'binary' }), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), (before, at, cut, insert) => {
        const start = at % (before.length + 1);
        const end = Math.min(before.length, start + (cut % 50));
        const after = before.slice(0, start) + insert + before.slice(end);
        expect(applyPayload(before, payloadFor({ seq: 0, text: before }, after))).toBe(after);
      }),
    );
  });

  it('fingerprints rule lists by content', () => {
    expect(rulesFingerprint([{ id: 'a' }])).toBe(rulesFingerprint([{ id: 'a' }]));
    expect(rulesFingerprint([{ id: 'a' }])).not.toBe(rulesFingerprint([{ id: 'b' }]));
  });
});
