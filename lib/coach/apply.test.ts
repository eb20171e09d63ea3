// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnalysisScheduler } from './analysis-scheduler';
import { sameFinding, startApply, type ApplyFeature } from './apply';
import { findingsIn } from './testing/fakes';
import { useHarness, type Harness } from './testing/harness';

let h: Harness;
let applying: ApplyFeature;
const status = () => h.session.store.get().status;
const current = useHarness('Hello. You need to restart it.', (started) => {
  applying = startApply(started.session, startAnalysisScheduler(started.session, started.checker, started.gate));
});
beforeEach(() => {
  h = current();
});

const shown = () => h.session.store.get().findings;

describe('Apply', () => {
  it('writes the rewording through the editor, says so, counts it and checks the new text', async () => {
    expect(await applying.apply(shown()[0]!, 0)).toBe('applied');
    expect(h.field.value).toBe('Hello. Could you restart it.');
    expect(status()).toBe('Applied. Ctrl+Z undoes it.');
    expect(h.session.draft!.applied).toBe(1);
    expect(h.session.draft!.analysedText).toBe('Hello. Could you restart it.');
    expect(shown()).toEqual([]);
  });

  it('on a draft that changed since (undo, a macro), checks again first and applies where the same finding now is', async () => {
    const old = shown()[0]!;
    h.field.value = 'Hi Sam, thanks for waiting. You need to restart it.'; // No event yet: the coach is stale.
    expect(await applying.apply(old, 0)).toBe('applied');
    expect(h.field.value).toBe('Hi Sam, thanks for waiting. Could you restart it.');
    expect(h.checker.calls.map((c) => c.text)).toContain('Hi Sam, thanks for waiting. You need to restart it.');
  });

  it('on a draft that changed since, says why when the finding is no longer there, and writes nothing', async () => {
    const old = shown()[0]!;
    h.field.value = 'Hello. Please restart it.';
    expect(await applying.apply(old, 0)).toBe('gone');
    expect(h.field.value).toBe('Hello. Please restart it.');
    expect(status()).toMatch(/no longer fits: “You need to” is not in the reply/);
    expect(h.session.draft!.analysedText).toBe('Hello. Please restart it.');
  });

  it('says so when the editor refuses the change', async () => {
    h.session.detach();
    const refusing = { ...h.session.draft, ...(await import('./testing/fakes')).fakeFieldAdapter, replace: async () => false };
    h.attach(h.field, refusing);
    await vi.advanceTimersByTimeAsync(0);
    expect(await applying.apply(shown()[0]!, 0)).toBe('refused');
    expect(status()).toBe('This editor did not accept the change; nothing was modified.');
    expect(h.session.draft!.applied).toBe(0);
  });

  it('says so when there is no draft any more', async () => {
    const finding = shown()[0]!;
    h.session.detach();
    expect(await applying.apply(finding, 0)).toBe('refused');
    expect(status()).toMatch(/no reply box/);
  });
});

describe('sameFinding', () => {
  const text = 'You need to go. You need to wait. You need to call.';
  const [first, , third] = findingsIn(text);
  it.each([
    ['the same finding moved by an edit before it', `Hi. ${text}`, 4, 38],
    ['the nearest of several', text, 0, 34],
  ])('finds %s', (_label, newText, firstStart, thirdStart) => {
    expect(sameFinding(findingsIn(newText), first!, 'Could you')?.start).toBe(firstStart);
    expect(sameFinding(findingsIn(newText), third!, 'Could you')?.start).toBe(thirdStart);
  });
  it('finds nothing when the words or the rewording differ', () => {
    expect(sameFinding(findingsIn('Please go.'), first!, 'Could you')).toBeUndefined();
    expect(sameFinding(findingsIn(text), first!, 'Would you')).toBeUndefined();
  });
});
