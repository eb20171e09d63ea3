// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { startComposerDiscovery } from './composer-discovery';
import { useFreshHarness, type Harness } from './testing/harness';

let h: Harness;
const freshHarness = useFreshHarness((started) => startComposerDiscovery(started.session, started.gate));
beforeEach(() => (h = freshHarness()));

describe("composer discovery and Rapport's own UI", () => {
  it('never takes a field inside the UI\u2019s shadow root (the card\u2019s fill-in field) for a reply box, and keeps the draft', () => {
    h.field.focus();
    const ui = h.session.ui();
    const direct = document.createElement('textarea');
    ui.layer.append(direct);
    // A fill-in field one shadow root deeper (a component inside the card).
    const inner = document.createElement('div');
    ui.layer.append(inner);
    const fillIn = document.createElement('textarea');
    inner.attachShadow({ mode: 'open' }).append(fillIn);
    for (const field of [direct, fillIn]) {
      field.focus();
      expect(h.session.draft?.root).toBe(h.field);
    }
  });

  it("still coaches a page's own web component: only Rapport's UI is skipped", () => {
    h.session.ui();
    const pageHost = document.createElement('div');
    document.body.append(pageHost);
    const pageField = document.createElement('textarea');
    pageHost.attachShadow({ mode: 'open' }).append(pageField);
    pageField.focus();
    expect(h.session.draft?.root).toBe(pageField);
  });
});
