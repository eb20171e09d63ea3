// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS, MAX_CHECK_ROUNDS, MAX_RESUMES, RESUME_DELAY_MS, startAnalysisScheduler, type AnalysisScheduler } from './analysis-scheduler';
import { MAX_WAIT_MS } from './debounce';
import { FIRST_LOOK_MIN_NEW_CHARS } from './first-look';
import { contenteditable } from '../editors/contenteditable';
import { harness, type Harness } from './testing/harness';

let h: Harness;
let scheduler: AnalysisScheduler;
const view = () => h.session.store.get();

beforeEach(() => {
  vi.useFakeTimers();
  h = harness();
  scheduler = startAnalysisScheduler(h.session, h.checker, h.gate);
});
afterEach(() => {
  h.controller.abort();
  vi.useRealTimers();
});

async function typed(text: string) {
  h.field.value = text;
  h.session.emit('recheck', DEBOUNCE_MS);
  await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
}

describe('analysis scheduling', () => {
  it('checks within the maximum wait however often the editor churns without a pause (the debounce never starves)', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const before = h.checker.calls.length;
    h.field.value = 'You need to wait.';
    // A change every 50 ms, each shorter than the debounce: before, each one pushed the check back again.
    for (let t = 0; t < 3 * MAX_WAIT_MS; t += 50) {
      h.session.emit('changed', DEBOUNCE_MS);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(h.checker.calls.length).toBeGreaterThan(before);
    expect(h.session.draft?.analysedText).toBe('You need to wait.');
  });

  it('shows a first look around the caret for a long draft pasted at once, then the full check', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const filler = ' The parcel left the depot this morning.'.repeat(Math.ceil(FIRST_LOOK_MIN_NEW_CHARS / 40));
    const pasted = `You need to wait.${filler} Per our policy, you wait.`;
    h.checker.hold = true;
    const before = h.checker.calls.length;
    h.field.value = pasted;
    h.field.setSelectionRange(pasted.length, pasted.length);
    h.session.emit('changed', DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(h.checker.calls[before]?.options.firstLook?.at).toBe(pasted.length);
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(view()).toMatchObject({ visible: true, checking: true });
    expect(view().findings.map((f) => f.text)).toEqual(['Per our policy']);
    expect(h.session.draft?.result).toBeNull();
    expect(h.checker.calls[before + 1]?.options.firstLook).toBeUndefined();
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(view()).toMatchObject({ visible: true, checking: false });
    expect(view().findings.map((f) => f.text)).toEqual(['You need to', 'Per our policy']);
    expect(h.session.draft?.result?.complete).toBe(true);

    // A word typed into the checked draft is one check, without a first look.
    h.checker.hold = false;
    const typedAt = h.checker.calls.length;
    await typed(`${pasted} Thanks`);
    expect(h.checker.calls.slice(typedAt).map((c) => c.options.firstLook)).toEqual([undefined]);
  });

  it("asks the engine again where its budget ran out (a slow machine), showing what it found meanwhile, until the check is complete", async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const draft = 'You need to wait. Per our policy, you wait.';
    h.checker.budgetRunsOut = 2;
    const before = h.checker.calls.length;
    h.field.value = draft;
    h.checker.hold = true;
    h.session.emit('changed', DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    // The first round ran out of budget: its findings are shown, the draft is still being checked, nothing recorded yet.
    expect(view()).toMatchObject({ visible: true, checking: true });
    expect(h.session.draft?.result).toBeNull();
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(view().checking).toBe(true);
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(view()).toMatchObject({ visible: true, checking: false });
    expect(view().findings.map((f) => f.text)).toEqual(['You need to', 'Per our policy']);
    expect(h.session.draft?.result?.complete).toBe(true);
    expect(h.checker.calls.slice(before).map((c) => c.text)).toEqual([draft, draft, draft]);
  });

  it('keeps a check still incomplete after its rounds marked incomplete, and goes on later by itself, with no change to the text', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const draft = 'You need to wait. Per our policy, you wait.';
    h.checker.budgetRunsOut = MAX_CHECK_ROUNDS + 2;
    const before = h.checker.calls.length;
    await typed(draft);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS);
    // Shown as far as it got, and said to be incomplete: not as if final.
    expect(view()).toMatchObject({ visible: true, checking: false, incomplete: 'resuming' });
    expect(h.session.draft?.result?.complete).toBe(false);
    await vi.advanceTimersByTimeAsync(RESUME_DELAY_MS - 1);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS);
    await vi.advanceTimersByTimeAsync(1);
    expect(view()).toMatchObject({ visible: true, checking: false, incomplete: null });
    expect(view().findings.map((f) => f.text)).toEqual(['You need to', 'Per our policy']);
    expect(h.session.draft?.result?.complete).toBe(true);
    expect(new Set(h.checker.calls.slice(before).map((c) => c.text))).toEqual(new Set([draft]));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('resumes a check the engine never finishes a bounded number of times, then says it checked part of the reply and rests', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    h.checker.budgetRunsOut = Number.POSITIVE_INFINITY;
    const before = h.checker.calls.length;
    await typed('You need to wait. Per our policy, you wait.');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS);
    expect(view().incomplete).toBe('resuming');
    for (let resume = 0; resume < MAX_RESUMES; resume++) await vi.advanceTimersByTimeAsync(RESUME_DELAY_MS * 2 ** resume);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS * (1 + MAX_RESUMES));
    expect(view()).toMatchObject({ visible: true, checking: false, incomplete: 'stopped' });
    expect(h.session.draft?.result?.complete).toBe(false);
    // Nothing left to run: the page is never kept busy by a draft the engine cannot finish.
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60 * RESUME_DELAY_MS * 2 ** MAX_RESUMES);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS * (1 + MAX_RESUMES));
    // An edit checks the new text, and may resume again.
    await typed('You need to wait. Per our policy, you wait. Thanks');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.length - before).toBe(MAX_CHECK_ROUNDS * (2 + MAX_RESUMES));
    expect(view().incomplete).toBe('resuming');
  });

  it('drops a pending resume when the text changes or the draft goes', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    h.checker.budgetRunsOut = MAX_CHECK_ROUNDS;
    await typed('You need to wait.');
    await vi.advanceTimersByTimeAsync(0);
    expect(view().incomplete).toBe('resuming');
    const before = h.checker.calls.length;
    await typed('Per our policy, you wait.'); // the engine finishes this one
    expect(view().incomplete).toBeNull();
    await vi.advanceTimersByTimeAsync(RESUME_DELAY_MS * 2 ** MAX_RESUMES);
    expect(h.checker.calls.slice(before).map((c) => c.text)).toEqual(['Per our policy, you wait.']);

    h.checker.budgetRunsOut = MAX_CHECK_ROUNDS;
    await typed('You need to go.');
    await vi.advanceTimersByTimeAsync(0);
    expect(view().incomplete).toBe('resuming');
    h.controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still waits for a pause while the changes come slower than the maximum wait', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    const before = h.checker.calls.length;
    h.field.value = 'You need to wait.';
    h.session.emit('changed', DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 10);
    expect(h.checker.calls.length).toBe(before);
    await vi.advanceTimersByTimeAsync(10);
    expect(h.checker.calls.length).toBe(before + 1);
  });

  it('checks the draft when the coach starts on it, warming the engine up first', async () => {
    h.field.value = 'You need to restart it.';
    h.attach();
    expect(h.checker.warmUps).toBeGreaterThan(0);
    expect(h.checker.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(view()).toMatchObject({ visible: true, checking: false, failed: false });
    expect(view().findings.map((f) => f.text)).toEqual(['You need to']);
    expect(h.session.draft?.analysedText).toBe('You need to restart it.');
  });

  it('never shows the result of a check a newer change superseded', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    h.checker.hold = true;
    await typed('You need to wait.');
    await typed('Per our policy, you wait.');
    expect(h.checker.calls.map((c) => c.signal.aborted)).toEqual([true, false]);
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(view().findings.map((f) => f.text)).toEqual(['Per our policy']);
    expect(h.session.draft?.analysedText).toBe('Per our policy, you wait.');
  });

  it('says this draft could not be checked when the engine fails, and recovers on the next change', async () => {
    h.checker.failOn = 'BROKEN';
    h.attach();
    await typed('You need to BROKEN');
    expect(view()).toMatchObject({ visible: true, failed: true, findings: [] });
    expect(h.session.draft?.analysedText).toBeNull();
    await typed('You need to go.');
    expect(view()).toMatchObject({ failed: false });
    expect(view().findings).toHaveLength(1);
  });

  it('starts a new draft when the box is emptied, telling send recording first', async () => {
    const cleared = vi.fn();
    h.session.on('cleared', (draft) => cleared(draft.result?.findings.length));
    const draft = h.attach();
    await typed('You need to go.');
    draft.applied = 2;
    draft.dismissed.add('x');
    await typed('');
    expect(cleared).toHaveBeenCalledWith(1);
    expect(draft).toMatchObject({ applied: 0, result: null, found: [], recorded: false });
    expect(draft.dismissed.size).toBe(0);
    expect(view()).toMatchObject({ visible: false, findings: [] });
  });

  it('treats a box holding only its signature as a reply not yet written: no badge, no "not English"', async () => {
    const draft = h.attach();
    await typed('You need to go.');
    expect(view()).toMatchObject({ visible: true });
    await typed('-- \nSam Lee\nAcme Support');
    expect(draft).toMatchObject({ result: null, found: [] });
    expect(view()).toMatchObject({ visible: false, findings: [], checked: true });
  });

  it('checks again when the rules change, and passes the ignored phrases and the channel to the engine', async () => {
    h.attach();
    await typed('You need to go. Per our policy, no.');
    const calls = h.checker.calls.length;
    h.checker.changeRules();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls).toHaveLength(calls + 1);

    h.storage.channelItem.set('chat');
    await h.storage.ignoredPhrases.add('Per our policy', { site: h.session.site });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.at(-1)!.options).toMatchObject({ channel: 'chat', ignored: { phrases: ['per our policy'] } });
    expect(view().findings.map((f) => f.text)).toEqual(['You need to']);
  });

  it('checkNow drops a pending debounced check and leaves no timer once the page goes', async () => {
    h.attach();
    h.field.value = 'You need to go.';
    h.session.emit('recheck', DEBOUNCE_MS);
    await scheduler.checkNow();
    expect(h.checker.calls.map((c) => c.text)).toEqual(['You need to go.']);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(h.checker.calls).toHaveLength(1);
    h.session.emit('recheck', DEBOUNCE_MS);
    h.controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles once no check is scheduled or running (the popup waits for a finished check)', async () => {
    h.attach();
    await vi.advanceTimersByTimeAsync(0);
    await expect(scheduler.settled()).resolves.toBeUndefined();
    h.checker.hold = true;
    const settled = vi.fn();
    h.field.value = 'You need to go.';
    h.session.emit('changed', DEBOUNCE_MS);
    void scheduler.settled().then(settled);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(h.checker.calls).toHaveLength(1);
    expect(settled).not.toHaveBeenCalled();
    h.checker.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toHaveBeenCalled();
    expect(view().findings).toHaveLength(1);
  });

  it('names what the editor leaves out now when the agent deletes only the signature, without checking the unchanged reply again', async () => {
    h.controller.abort();
    h = harness(
      '<textarea></textarea><div id="box" contenteditable="true"><div>You need to wait.</div>' +
        '<div class="gmail_signature">Sam Patel</div><div class="gmail_quote">Per our policy, you wait.</div></div>',
    );
    scheduler = startAnalysisScheduler(h.session, h.checker, h.gate);
    const box = document.getElementById('box')!;
    const draft = h.attach(box, contenteditable);
    await vi.advanceTimersByTimeAsync(0);
    expect(view().skipped).toEqual(['signature', 'quote']);
    const findings = view().findings;
    const checks = h.checker.calls.length;

    box.querySelector('.gmail_signature')!.remove();
    h.session.emit('changed', DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(view().skipped).toEqual(['quote']);
    expect(draft.result?.structure.skipped).toEqual(['quote']);
    expect(view().findings).toBe(findings);
    expect(h.checker.calls.length).toBe(checks);

    box.querySelector('.gmail_quote')!.remove();
    h.session.emit('changed', DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(view().skipped).toEqual([]);
    expect(h.checker.calls.length).toBe(checks);
  });
});
