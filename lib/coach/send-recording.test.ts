// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnalysisScheduler, type AnalysisScheduler } from './analysis-scheduler';
import { isAgentEvent } from './trusted';
import { startSendRecording } from './send-recording';
import { useHarness, type Harness } from './testing/harness';
import { fakeFieldAdapter } from './testing/fakes';

let h: Harness;
let scheduler: AnalysisScheduler;
const PAGE = '<div class="composer"><textarea id="reply"></textarea><button id="send">Send</button></div>';
const clickSend = () => document.getElementById('send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));

const current = useHarness(
  'You need to restart it. Per our policy, no refunds.',
  (started) => {
    scheduler = startAnalysisScheduler(started.session, started.checker, started.gate);
  },
  PAGE,
);
beforeEach(() => {
  h = current();
});

/** Stands in for the browser marking the agent's own click trusted (jsdom cannot). */
const agentClicks = () => true;

describe('send recording', () => {
  it("records nothing for a page script's click on Send (not the agent's)", async () => {
    startSendRecording(h.session, h.checker, scheduler, h.storage, isAgentEvent);
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.storage.records).toEqual([]);
  });

  it("records the agent's Send once: scores and counts, no text, dismissed findings left out", async () => {
    startSendRecording(h.session, h.checker, scheduler, h.storage, agentClicks);
    const draft = h.session.draft!;
    draft.applied = 1;
    draft.dismissed.add('fake-per|per our policy');
    draft.dismissedCount = 1;
    clickSend();
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.storage.records).toHaveLength(1);
    const record = h.storage.records[0]!;
    expect(record).toMatchObject({ warmth: 40, suggestionsApplied: 1, suggestionsDismissed: 1 });
    expect(JSON.stringify(record)).not.toMatch(/need to|policy|refund/i);
    expect(JSON.stringify(record)).toContain('fake-you');
    expect(JSON.stringify(record)).not.toContain('fake-per');
  });

  it('shows and records the parts the editor left out of the text (a mail composer\'s signature and quote) as read past', async () => {
    startSendRecording(h.session, h.checker, scheduler, h.storage, agentClicks);
    h.session.detach(); // Coached afresh by an editor that leaves its signature and quote out of the text.
    h.attach(h.field, { ...fakeFieldAdapter, leftOut: () => ['signature', 'quote'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.session.store.get().skipped).toEqual(['signature', 'quote']);
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.storage.records).toHaveLength(1);
    expect(h.storage.records[0]).toMatchObject({ skippedParts: { signature: 1, quote: 1 } });
    // Sent a keystroke after the last check: the text as sent is checked, and what the editor left out goes with it.
    h.session.draft!.recorded = false;
    h.field.value = 'Per our policy, no.';
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.at(-1)).toMatchObject({ text: 'Per our policy, no.' });
    expect(h.storage.records).toHaveLength(2);
    expect(h.storage.records[1]).toMatchObject({ skippedParts: { signature: 1, quote: 1 } });
  });

  it('checks the text as sent when the last check is a keystroke behind (read at the click, checked after)', async () => {
    startSendRecording(h.session, h.checker, scheduler, h.storage, agentClicks);
    h.field.value = 'Per our policy, no.';
    clickSend();
    h.field.value = ''; // The page clears the box right after its send.
    await vi.advanceTimersByTimeAsync(0);
    expect(h.checker.calls.at(-1)).toMatchObject({ text: 'Per our policy, no.', options: { budgetMs: 30 } });
    expect(JSON.stringify(h.storage.records)).toContain('fake-per');
    expect(JSON.stringify(h.storage.records)).not.toContain('fake-you');
  });

  it('keeps a record the background could not take, says so, retries on a timer that goes with the page', async () => {
    startSendRecording(h.session, h.checker, scheduler, h.storage, agentClicks);
    h.storage.answer = { ok: false, error: 'no answer' };
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.session.store.get().status).toMatch(/could not count 1 sent reply .*try again/);
    h.storage.answer = { ok: true };
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.storage.records).toHaveLength(1);
    h.storage.answer = { ok: false, error: 'no answer' };
    h.session.draft!.recorded = false;
    clickSend();
    await vi.advanceTimersByTimeAsync(0);
    h.controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
