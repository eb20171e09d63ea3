// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startAnalysisScheduler } from './analysis-scheduler';
import { startCard } from './card';
import { startDismiss } from './dismiss';
import type { Painting } from './painting';
import { useHarness, type Harness } from './testing/harness';

let h: Harness;
const view = () => h.session.store.get();
const noUnderlines: Painting = { findingAt: () => null, targetOf: () => null };

const current = useHarness('You need to go. Per our policy, no.', (started) => {
  startAnalysisScheduler(started.session, started.checker, started.gate);
});
beforeEach(() => {
  h = current();
});

describe('Dismiss and "Don\'t flag this again"', () => {
  it('Dismiss hides the finding for this draft only, repaints and counts it', () => {
    const dismiss = startDismiss(h.session, h.storage, h.gate);
    const shown = vi.fn();
    h.session.on('shown', shown);
    dismiss.dismiss(view().findings[0]!);
    expect(view().findings.map((f) => f.text)).toEqual(['Per our policy']);
    expect(view().status).toBe('Dismissed for this reply.');
    expect(shown).toHaveBeenCalledTimes(1);
    expect(h.session.draft!.dismissedCount).toBe(1);
    expect(h.storage.ignoredItem.value).toEqual({ everywhere: [], sites: [] });
  });

  it('"Don\'t flag this again" stores the phrase for this site, says so and checks the draft without it', async () => {
    const dismiss = startDismiss(h.session, h.storage, h.gate);
    dismiss.ignore(view().findings[1]!, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.storage.ignoredItem.value.sites).toEqual([{ site: h.session.site, phrases: ['per our policy'] }]);
    expect(view().status).toMatch(/won’t be flagged again on localhost/);
    expect(view().findings.map((f) => f.text)).toEqual(['You need to']);
  });
});

describe('the card and the list', () => {
  it('opens and closes the list, giving focus back to the editor', () => {
    const card = startCard(h.session, noUnderlines);
    card.togglePanel();
    expect(view().panelOpen).toBe(true);
    document.body.focus();
    card.closePanel();
    expect(view().panelOpen).toBe(false);
    expect(document.activeElement).toBe(h.field);
  });

  it('closes a hover card a moment after the pointer leaves it, and leaves no timer when the page goes', async () => {
    const card = startCard(h.session, noUnderlines);
    card.openCard(view().findings[0]!, new DOMRect(10, 10, 50, 10), false);
    card.cardHover(true);
    card.cardHover(false);
    expect(view().card).not.toBeNull();
    await vi.advanceTimersByTimeAsync(400);
    expect(view().card).toBeNull();
    card.openCard(view().findings[0]!, new DOMRect(10, 10, 50, 10), false);
    card.cardHover(false);
    h.controller.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});
