/**
 * Shared set-up for the options page's component tests (jsdom): the page on the real store
 * (lib/pages/options-store.ts) over WXT's in-memory fake browser.
 */
// First: it installs the fake browser as the global `browser` before lib/pages/options-store loads wxt/browser.
import { fakeBrowser } from '../../lib/storage/testing/fake-browser-global';
import { render, screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { createOptionsStore } from '../../lib/pages/options-store';
import { defaultPack } from '../../lib/rules/default';
import type { RulePack } from '../../lib/rules/schema';
import { OptionsApp } from './OptionsApp';

/**
 * The rules the page tests work on: a dozen real rules (every principle, phrase and whole-reply
 * kinds, the ones the bench's sample reply trips). Rendering all 100 rules, and checking all their
 * examples in the background, made each test cost 0.4–7 s in jsdom and time out under load;
 * lib/rules/rules.test.ts already checks every default rule's examples.
 */
const TEST_RULE_IDS = new Set([
  'you-need-to',
  'calm-down',
  'as-i-said-before',
  'per-our-policy',
  'ticket-closed',
  'asap-no-date',
  'faceless-passive',
  'greeting-missing',
  'next-step-missing',
  'acknowledge-feelings',
  'nothing-we-can-do',
]);
export const testPack: RulePack = { ...defaultPack, rules: defaultPack.rules.filter((r) => TEST_RULE_IDS.has(r.id)) };
if (testPack.rules.length !== TEST_RULE_IDS.size) throw new Error('a rule the options tests use is no longer in the default pack');

/** What the browser holds before the page opens, per storage area, and whether the agent grants access to sites. */
export interface BrowserBefore {
  sync?: Record<string, unknown>;
  local?: Record<string, unknown>;
  /** The organisation's policy (managed storage), as Chrome delivers it. */
  managed?: Record<string, unknown>;
  grantSites?: boolean;
}

export async function renderOptions({ sync = {}, local = {}, managed = {}, grantSites = true }: BrowserBefore = {}) {
  // jsdom has no object URLs; downloads only need a string. Fresh per test, so no test sees another's calls.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
  fakeBrowser.reset();
  await Promise.all([fakeBrowser.storage.sync.set(sync), fakeBrowser.storage.local.set(local), fakeBrowser.storage.managed.set(managed)]);
  // What the fake browser leaves to the test: the permission prompt's answer and the manifest.
  // (Its types pick the callback overload, which returns void; the store uses the promise one.)
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(grantSites as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Rapport', version: '0.0.0' });
  const store = createOptionsStore({ defaultPack: testPack });
  const view = render(<OptionsApp store={store} defaultPack={testPack} />);
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Rules', level: 2 })).toBeTruthy());
  return { store, fakeBrowser, ...view };
}

/**
 * One section of the page (rules, bench, impact, packs, sites, privacy). Scope queries to it:
 * a label lookup over the whole page (100 rules) is slow in jsdom.
 */
export function section(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no section #${id}`);
  return element;
}

/** The control a <label> with exactly this text (or a rule row's label for this rule id) points at (fast, unlike a page-wide getByLabelText). */
export function field<T extends HTMLElement = HTMLInputElement>(label: string, container: ParentNode = document): T {
  const labels = [...container.querySelectorAll('label')].filter((l) => l.textContent?.replace(/\s+/g, ' ').trim() === label || l.dataset.ruleId === label);
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`);
  const control = document.getElementById(labels[0]!.htmlFor);
  if (!control) throw new Error(`label "${label}" points at nothing`);
  return control as T;
}

/** The button with this text or aria-label (fast: no accessibility-tree walk over the whole page). */
export function button(name: string, container: ParentNode = document): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].filter(
    (b) => b.getAttribute('aria-label') === name || b.textContent?.replace(/\s+/g, ' ').trim() === name,
  );
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0]!;
}

/** The list item of one rule in the rules list. */
export function ruleRow(id: string): HTMLElement {
  const checkbox = document.getElementById(`row-${id}-enabled`);
  if (!checkbox) throw new Error(`no rule row for ${id}`);
  return checkbox.closest('li')!;
}

function expect(value: unknown) {
  return {
    toBeTruthy() {
      if (!value) throw new Error('expected a value');
    },
  };
}
