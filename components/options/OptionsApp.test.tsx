// @vitest-environment happy-dom
/**
 * The options page as a whole, on its real store over WXT's fake browser: editing and saving rules, validation that
 * blocks saving, the test bench and impact preview on unsaved rules, notices, managed rules,
 * sites and privacy.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, field, renderOptions, ruleRow, section } from './test-helpers';

afterEach(cleanup);

/** The example policy of docs/deploying.md, as Chrome's managed storage delivers it. */
const examplePolicy = () => {
  // A path, not a URL: jsdom replaces the global URL class in this environment.
  const file = JSON.parse(readFileSync(join(process.cwd(), 'docs/example-policy.json'), 'utf8'));
  return Object.values(file['3rdparty'].extensions)[0] as Record<string, unknown>;
};

const savebar = () => screen.getByRole('region', { name: 'Save changes' });
const saveButton = () => button('Save', savebar()) as HTMLButtonElement;

describe('rules list', () => {
  it('groups rules by principle and finds them by search', async () => {
    await renderOptions();
    expect(within(section('rules')).getByRole('heading', { name: /^Respect/, level: 3 })).toBeTruthy();
    fireEvent.change(field('Search rules'), { target: { value: 'restart router' } });
    expect(screen.getByText(/Showing 0 of/)).toBeTruthy();
    fireEvent.change(field('Search rules'), { target: { value: 'you-need-to' } });
    expect(ruleRow('you-need-to')).toBeTruthy();
    expect(document.getElementById('row-calm-down-enabled')).toBeNull();
  });

  it('switches a rule off and saves it', async () => {
    const { store } = await renderOptions();
    expect(saveButton().disabled).toBe(true);
    fireEvent.click(field('you-need-to'));
    expect(within(savebar()).getByText('1 unsaved change.')).toBeTruthy();
    fireEvent.click(saveButton());
    await waitFor(async () => expect((await store.load()).edits.overrides).toEqual({ 'you-need-to': { enabled: false } }));
    await waitFor(() => expect(within(savebar()).getByText(/Saved\. Open helpdesk tabs use the new rules now\./)).toBeTruthy());
    expect(saveButton().disabled).toBe(true);
  });

  it('keeps keyboard focus in the save bar when Save or Discard disables the button pressed', async () => {
    await renderOptions();
    const status = () => within(savebar()).getByText(/unsaved change|Saved\.|discarded|All changes saved/);
    fireEvent.click(field('you-need-to'));
    saveButton().focus();
    fireEvent.click(saveButton());
    await waitFor(() => expect(within(savebar()).getByText(/Saved\./)).toBeTruthy());
    // A disabled button drops focus to the page's body in Chromium; the status it announces takes it instead.
    expect(document.activeElement).toBe(status());
    fireEvent.click(field('you-need-to'));
    const discard = button('Discard changes', savebar()) as HTMLButtonElement;
    discard.focus();
    fireEvent.click(discard);
    expect(document.activeElement).toBe(status());
  });

  it('changes severity from the list and discards changes', async () => {
    const { store } = await renderOptions();
    fireEvent.change(field('Severity of you-need-to'), { target: { value: 'hint' } });
    expect(within(ruleRow('you-need-to')).getByText('Edited')).toBeTruthy();
    fireEvent.click(button('Discard changes', savebar()));
    expect((field('Severity of you-need-to') as HTMLSelectElement).value).toBe('warning');
    expect((await store.load()).edits.overrides).toEqual({});
  });

  it('blocks saving while a rule has problems, and says which', async () => {
    await renderOptions();
    fireEvent.click(within(ruleRow('you-need-to')).getByRole('button', { name: /Edit/ }));
    fireEvent.change(field('Message', ruleRow('you-need-to')), { target: { value: 'short' } });
    expect(within(savebar()).getByText(/Fix 1 rule with problems before saving: you-need-to/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    expect(within(ruleRow('you-need-to')).getByText('1 problem')).toBeTruthy();
  });

  it('opens the new-rule form on its first field, and Cancel puts focus back on the button that opened it', async () => {
    await renderOptions();
    const add = button('Add a rule', section('rules'));
    fireEvent.click(add);
    expect(document.activeElement).toBe(field('Rule id', section('rules')));
    fireEvent.click(button('Cancel', document.getElementById('add-rule')!));
    expect(document.getElementById('add-rule')).toBeNull();
    expect(document.activeElement).toBe(add);
  });

  it('adds a rule, which can be saved once it is complete', async () => {
    const { store } = await renderOptions();
    fireEvent.click(button('Add a rule', section('rules')));
    fireEvent.change(field('Rule id', section('rules')), { target: { value: 'you-need-to' } });
    fireEvent.click(button('Create rule', document.getElementById('add-rule')!));
    expect(screen.getByText(/"you-need-to" is already used by another rule/)).toBeTruthy();
    fireEvent.change(field('Rule id', section('rules')), { target: { value: 'no-asap' } });
    fireEvent.change(field('Principle', document.getElementById('add-rule')!), { target: { value: 'urgency' } });
    fireEvent.click(button('Create rule', document.getElementById('add-rule')!));

    const row = ruleRow('no-asap');
    expect(within(row).getByText('Custom')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    const inRow = (label: string) => field(label, row);
    fireEvent.change(inRow('Message'), { target: { value: 'Urgency: "ASAP" promises nothing; give a time the customer can plan around.' } });
    fireEvent.change(inRow('Phrases'), { target: { value: 'asap' } });
    fireEvent.change(inRow('Rewordings'), { target: { value: 'by 5 pm today' } });
    fireEvent.change(inRow('Must flag 1'), { target: { value: 'I will fix it asap.' } });
    fireEvent.change(inRow('Becomes 1'), { target: { value: 'I will fix it by 5 pm today.' } });
    fireEvent.change(inRow('Must leave alone 1'), { target: { value: 'I will fix it by noon.' } });
    expect(saveButton().disabled).toBe(false);
    await waitFor(() => expect(within(row).getAllByText(/passes/)).toHaveLength(2));
    fireEvent.click(saveButton());
    await waitFor(async () => expect((await store.load()).edits.added.map((r) => r.id)).toEqual(['no-asap']));
  });

  it('deletes a pack rule and restores it', async () => {
    await renderOptions();
    fireEvent.click(within(ruleRow('calm-down')).getByRole('button', { name: /Edit/ }));
    fireEvent.click(button('Delete rule', ruleRow('calm-down')));
    expect(document.getElementById('row-calm-down-enabled')).toBeNull();
    fireEvent.click(button('Restore calm-down', section('rules')));
    expect(ruleRow('calm-down')).toBeTruthy();
  });

  it('resets all rules after confirming', async () => {
    await renderOptions();
    fireEvent.click(field('you-need-to'));
    fireEvent.click(button('Reset all to the pack…', section('rules')));
    fireEvent.click(button('Yes, reset all', section('rules')));
    expect((field('you-need-to') as HTMLInputElement).checked).toBe(true);
  });
});

describe('test bench', () => {
  it('underlines findings of the unsaved rules and shows the warmth score', async () => {
    await renderOptions();
    const preview = screen.getByTestId('bench-preview');
    await waitFor(() => expect(preview.querySelector('mark[data-rule-ids~="you-need-to"]')?.textContent).toBe('You need to restart the router.'));
    const before = Number(screen.getByTestId('warmth-score').textContent);
    expect(before).toBeLessThan(40);
    const findings = () => section('bench').querySelectorAll('.findings > li').length;
    const found = findings();
    expect(screen.getByText('Could you restart the router?')).toBeTruthy();

    fireEvent.click(field('you-need-to'));
    await waitFor(() => expect(preview.querySelector('mark[data-rule-ids~="you-need-to"]')).toBeNull());
    expect(findings()).toBe(found - 1);
    expect(Number(screen.getByTestId('warmth-score').textContent)).toBeGreaterThanOrEqual(before);

    fireEvent.change(field('Reply to try'), { target: { value: 'Hi Ana, thanks for your patience. I have refunded the order today, and you will see it by Friday.' } });
    await waitFor(() => expect(preview.querySelectorAll('mark')).toHaveLength(0));
  });

  it('checks every rule’s own examples when asked', async () => {
    await renderOptions();
    expect(screen.getByText(/Not checked yet: \d+ rules\./)).toBeTruthy();
    fireEvent.click(button("Check every rule's examples"));
    await waitFor(() => expect(screen.getByText(/rules pass all their examples/)).toBeTruthy(), { timeout: 90_000 });
  }, 120_000);
});

describe('impact preview', () => {
  it('counts the findings each unsaved change adds or removes across past replies', async () => {
    await renderOptions();
    fireEvent.click(field('you-need-to'));
    fireEvent.change(field('…or paste them'), {
      target: { value: 'You need to restart the router.\n\nThanks, all done.\n\nYou must reset your password first.' },
    });
    fireEvent.click(button('Preview impact', section('impact')));
    const table = await within(section('impact')).findByRole('table');
    const row = within(table).getByRole('row', { name: /you-need-to/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'changed',
      '2',
      '0 (-2)',
      expect.stringContaining('No longer flagged:'),
    ]);
    expect(screen.getByText(/Across 3 past replies/)).toBeTruthy();
  });

  it('explains a file it cannot read', async () => {
    await renderOptions();
    fireEvent.change(field('Format'), { target: { value: 'jsonl' } });
    fireEvent.change(field('…or paste them'), { target: { value: '{"text": "ok"}\nnot json' } });
    fireEvent.click(button('Preview impact', section('impact')));
    expect(screen.getByText(/line 2 is not valid JSON/)).toBeTruthy();
    expect(field('…or paste them').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('notices and managed rules', () => {
  it('shows a notice about damaged data instead of breaking', async () => {
    await renderOptions({ sync: { settings: { enabled: 'yes', sites: [], builtInSites: {} }, settings$: { v: 2 } } });
    expect(screen.getByText(/Your settings stored in this browser are damaged \(.*enabled.*\), so Rapport is using the defaults/)).toBeTruthy();
  });

  it('says who manages the policy rules and keeps them from being changed', async () => {
    await renderOptions({ managed: examplePolicy() });
    expect(screen.getByTestId('managed-banner').textContent).toMatch(/Acme Support Operations/);
    const managed = ruleRow('acme-no-asap');
    expect(within(managed).getByText(/Managed by Acme Support Operations/)).toBeTruthy();
    expect((field('acme-no-asap') as HTMLInputElement).disabled).toBe(true);
    expect((field('you-need-to') as HTMLInputElement).disabled).toBe(true);
    expect((field('Severity of you-need-to') as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(within(managed).getByRole('button', { name: /View/ }));
    expect(within(managed).getByText(/can't be changed, switched off or deleted here/)).toBeTruthy();
  });
});

describe('sites', () => {
  it('adds a site after checking it, with its reply-box selector', async () => {
    const { store } = await renderOptions();
    fireEvent.change(field('Site address'), { target: { value: 'not a host' } });
    fireEvent.click(button('Add site', section('sites')));
    expect(field('Site address').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field('Site address'), { target: { value: 'support.acme.com' } });
    fireEvent.change(field('Reply box CSS selector (optional)'), { target: { value: '#reply [' } });
    expect(screen.getByText(/is not a valid CSS selector/)).toBeTruthy();
    fireEvent.change(field('Reply box CSS selector (optional)'), { target: { value: '#reply .editor' } });
    fireEvent.click(button('Add site', section('sites')));
    await waitFor(async () => expect((await store.load()).settings.sites).toEqual([{ origin: 'https://support.acme.com/*', enabled: true, composerSelector: '#reply .editor' }]));
    expect(await waitFor(() => field('Reply box selector for https://support.acme.com/*'))).toBeTruthy();
    fireEvent.click(button('Remove https://support.acme.com/*', section('sites')));
    await waitFor(async () => expect((await store.load()).settings.sites).toEqual([]));
  });

  it('does not add a site when access is refused', async () => {
    const { store } = await renderOptions({ grantSites: false });
    fireEvent.change(field('Site address'), { target: { value: 'help.example.org' } });
    fireEvent.click(button('Add site', section('sites')));
    expect(await screen.findByText(/did not get permission for https:\/\/help\.example\.org\/\*/)).toBeTruthy();
    expect((await store.load()).settings.sites).toEqual([]);
  });

  it('switches a built-in site off', async () => {
    const { store } = await renderOptions();
    fireEvent.click(field('Gmail'));
    await waitFor(async () => expect((await store.load()).settings.builtInSites).toEqual({ gmail: false }));
  });
});

describe('privacy', () => {
  it('erases only after confirmation', async () => {
    const { store } = await renderOptions();
    const erase = vi.spyOn(store, 'eraseAll');
    fireEvent.click(button('Erase all local data…', section('privacy')));
    const dialog = within(section('privacy')).getByRole('alertdialog', { name: 'Erase everything Rapport stored?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(erase).not.toHaveBeenCalled();
    fireEvent.click(button('Erase all local data…', section('privacy')));
    fireEvent.click(button('Yes, erase everything', section('privacy')));
    await waitFor(() => expect(erase).toHaveBeenCalledOnce());
    expect(await screen.findByText(/All of Rapport’s data was erased/)).toBeTruthy();
  });

  it('exports everything as a JSON download', async () => {
    const { store } = await renderOptions();
    const exportAll = vi.spyOn(store, 'exportAll');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(button('Export all my data (JSON)', section('privacy')));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(exportAll).toHaveBeenCalled();
    click.mockRestore();
  });
});
