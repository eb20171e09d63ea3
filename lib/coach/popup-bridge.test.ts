// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findingKey } from '../card/store';
import { MAX_CHECK_ROUNDS, MAX_RESUMES, RESUME_DELAY_MS, startAnalysisScheduler } from './analysis-scheduler';
import { startApply } from './apply';
import type { CardControls } from './card';
import { answerPopupRequest, startPopupBridge, type PopupBridge } from './popup-bridge';
import { useHarness, type Harness } from './testing/harness';

let h: Harness;
let bridge: PopupBridge;
const card = { openCard: vi.fn() } as unknown as CardControls;

const current = useHarness('You need to restart it. Per our policy, no refunds.', (started) => {
  const scheduler = startAnalysisScheduler(started.session, started.checker, started.gate);
  bridge = startPopupBridge(started.session, started.checker, scheduler, startApply(started.session, scheduler), card);
});
beforeEach(() => {
  h = current();
});

describe('popup bridge', () => {
  it('shows the popup the same findings as the badge, under the analysis version', () => {
    const snapshot = bridge.snapshot()!;
    expect(snapshot.version).toBe(h.session.draft!.version);
    expect(snapshot.findings.map((f) => f.key)).toEqual(h.session.store.get().findings.map(findingKey));
    expect(snapshot.editor).toBe('Text box');
  });

  it('applies a rewording the popup showed and answers with the new snapshot', async () => {
    const { version, findings } = bridge.snapshot()!;
    const response = (await answerPopupRequest(bridge, { type: 'rapport:apply', version, key: findings[0]!.key, suggestion: 0 })) as Awaited<ReturnType<PopupBridge['applyFromPopup']>>;
    expect(response.outcome).toBe('applied');
    expect(h.field.value).toBe('Could you restart it. Per our policy, no refunds.');
    expect(response.snapshot!.findings.map((f) => f.text)).toEqual(['Per our policy']);
  });

  it('answers "stale" with the current snapshot when the popup shows an older analysis, and changes nothing', async () => {
    const { version, findings } = bridge.snapshot()!;
    h.field.value = 'Per our policy, no refunds.';
    h.session.emit('recheck', 0);
    await vi.advanceTimersByTimeAsync(0);
    const response = await bridge.applyFromPopup(version, findings[0]!.key, 0);
    expect(response.outcome).toBe('stale');
    expect(h.field.value).toBe('Per our policy, no refunds.');
    expect(response.snapshot!.version).toBeGreaterThan(version);
  });

  it('reveals a finding of the current analysis only', () => {
    const { version, findings } = bridge.snapshot()!;
    h.field.scrollIntoView = vi.fn(); // jsdom has no layout.
    expect(bridge.reveal(version - 1, findings[0]!.key)).toBe(false);
    expect(bridge.reveal(version, findings[1]!.key)).toBe(true);
    expect([h.field.selectionStart, h.field.selectionEnd]).toEqual([24, 38]);
  });

  it('tells the popup a check that ran out of time is incomplete, as the badge does: still checking, then checked in part', async () => {
    expect(bridge.snapshot()!.incomplete).toBeNull();
    h.checker.budgetRunsOut = Number.POSITIVE_INFINITY;
    h.field.value = 'You need to wait. Per our policy, you wait.';
    h.session.emit('recheck', 0);
    await vi.advanceTimersByTimeAsync(0);
    const resuming = (await answerPopupRequest(bridge, { type: 'rapport:snapshot' })) as { snapshot: ReturnType<PopupBridge['snapshot']> };
    expect(resuming.snapshot!.incomplete).toBe('resuming');
    expect(h.session.store.get().incomplete).toBe('resuming');
    for (let resume = 0; resume < MAX_RESUMES; resume++) await vi.advanceTimersByTimeAsync(RESUME_DELAY_MS * 2 ** resume);
    expect(bridge.snapshot()!.incomplete).toBe('stopped');
    // The next edit, checked whole, is whole in the popup too.
    h.checker.budgetRunsOut = MAX_CHECK_ROUNDS - 1;
    h.field.value = 'You need to wait. Per our policy, you wait. Thanks';
    h.session.emit('recheck', 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(bridge.snapshot()!.incomplete).toBeNull();
    expect(bridge.snapshot()!.findings.map((f) => f.text)).toEqual(['You need to', 'Per our policy']);
  });

  it('has nothing to show when no editor is coached', () => {
    h.session.detach();
    expect(bridge.snapshot()).toBeNull();
  });
});
