// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../store-schema/settings';
import { startComposerDiscovery } from './composer-discovery';
import { useFreshHarness, type Harness } from './testing/harness';

let h: Harness;
const freshHarness = useFreshHarness((started) => startComposerDiscovery(started.session, started.gate));
beforeEach(() => (h = freshHarness()));

describe('settings gate', () => {
  it('lets go of the draft when the site is switched off, and takes it up again when switched on', async () => {
    await vi.advanceTimersByTimeAsync(0);
    h.field.focus();
    expect(h.session.draft?.root).toBe(h.field);
    h.storage.settingsItem.set({ ...defaultSettings(), enabled: false });
    expect(h.gate.siteOn()).toBe(false);
    expect(h.session.draft).toBeNull();
    h.field.blur();
    h.field.focus();
    expect(h.session.draft).toBeNull();
    h.storage.settingsItem.set(defaultSettings());
    expect(h.session.draft?.root).toBe(h.field);
  });

  it('stays quiet while paused and resumes by itself when the pause ends', async () => {
    h.field.focus();
    h.storage.pauseItem.set(Date.now() + 60_000);
    expect(h.session.draft).toBeNull();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.session.draft).toBeNull();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(h.gate.siteOn()).toBe(true);
    expect(h.session.draft?.root).toBe(h.field);
  });

  it("uses the agent's channel choice for this site over the helpdesk's, and the phrases ignored here or everywhere", async () => {
    expect(h.gate.channelFor(h.field)).toBe('email');
    h.storage.channelItem.set('social');
    expect(h.gate.channelFor(h.field)).toBe('social');
    await h.storage.ignoredPhrases.add('Per our policy', { site: 'elsewhere.example' });
    expect(h.gate.ignoredPhrases()).toEqual([]);
    await h.storage.ignoredPhrases.add('Per our policy', 'everywhere');
    await h.storage.ignoredPhrases.add('You need to', { site: h.session.site });
    expect(h.gate.ignoredPhrases()).toEqual(['per our policy', 'you need to']);
  });

  it('stops watching storage and its resume timer when the page goes', () => {
    h.storage.pauseItem.set(Date.now() + 60_000);
    expect(h.storage.watching()).toBe(4);
    h.controller.abort();
    expect(h.storage.watching()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('composer discovery', () => {
  it('coaches the reply box the agent focuses, not an opted-out one', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="off" data-rapport="off"></textarea>');
    document.getElementById('off')!.focus();
    expect(h.session.draft).toBeNull();
    h.field.focus();
    expect(h.session.draft?.root).toBe(h.field);
  });

  it("uses the agent's reply-box selector: focus anywhere in that box coaches its field", () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="composer"><button id="tool">B</button><textarea id="custom"></textarea></div>');
    document.getElementById('tool')!.focus();
    expect(h.session.draft).toBeNull();
    h.storage.settingsItem.set({ ...defaultSettings(), sites: [{ origin: 'http://localhost/*', enabled: true, composerSelector: '.composer' }] });
    document.getElementById('tool')!.blur();
    document.getElementById('tool')!.focus();
    expect(h.session.draft?.root.id).toBe('custom');
  });

  it('lets go of an editor the page removed, on the next frame', async () => {
    h.field.focus();
    const draft = h.session.draft!;
    h.field.remove();
    await vi.advanceTimersByTimeAsync(20);
    expect(h.session.draft).toBeNull();
    expect(draft.signal.aborted).toBe(true);
  });
});
