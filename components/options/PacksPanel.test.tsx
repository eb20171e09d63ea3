// @vitest-environment happy-dom
/**
 * Packs: an import is validated whole (every problem named by rule and field, nothing applied),
 * shows a diff before it is applied, and one click rolls it back. Export downloads the rules.
 */
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPackInput } from '../../lib/rules/default';
import type { RulePackInput } from '../../lib/rules/schema';
import { setRule, emptyEdits } from '../../lib/store-schema/rule-edits';
import { button, field, renderOptions, ruleRow, section, testPack } from './test-helpers';

afterEach(cleanup);

const packs = () => section('packs');
const paste = (text: string) => fireEvent.change(field('…or paste a pack', packs()), { target: { value: text } });

/** A team pack: the test pack's rules minus calm-down, you-need-to as a hint, plus no-asap. */
function teamPack(): RulePackInput {
  return {
    ...defaultPackInput,
    id: 'team-pack',
    name: 'Team pack',
    version: '3.1.0',
    rules: [
      ...testPack.rules.filter((r) => r.id !== 'calm-down').map((r) => (r.id === 'you-need-to' ? { ...r, severity: 'hint' as const } : r)),
      {
        id: 'no-asap',
        kind: 'phrase',
        principle: 'urgency',
        severity: 'suggestion',
        message: 'Urgency: "ASAP" promises nothing; give a time the customer can plan around.',
        phrases: ['asap'],
        rewrites: ['by 5 pm today'],
        examples: { flag: [{ text: 'I will fix it asap.', becomes: 'I will fix it by 5 pm today.' }], pass: ['I will fix it by noon.'] },
      },
    ],
  };
}

describe('pack import', () => {
  it('lists every problem of an invalid pack with its rule and field, and applies nothing', async () => {
    const { store } = await renderOptions();
    const replacePack = vi.spyOn(store, 'replacePack');
    const rules = [...teamPack().rules];
    rules[0] = { ...rules[0]!, severity: 'loud' as never };
    rules[rules.length - 1] = { ...(rules.at(-1) as object), patterns: ['you [must'] } as never;
    paste(JSON.stringify({ ...teamPack(), version: 'v3', rules }));
    fireEvent.click(button('Check pasted pack', packs()));
    const alert = within(packs()).getByRole('alert');
    expect(alert.textContent).toMatch(/The pack has 3 problems, so nothing was imported/);
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        "The pack version must look like 1.0.0.",
        `Rule 1 (“${rules[0]!.id}”): its severity must be one of "hint", "suggestion", "warning".`,
        expect.stringMatching(/^Rule \d+ \(“no-asap”\): its patterns, item 1 has unbalanced \[ \] brackets\.$/),
      ]),
    );
    expect(field('…or paste a pack', packs()).getAttribute('aria-invalid')).toBe('true');
    expect(replacePack).not.toHaveBeenCalled();
    expect((await store.load()).imported).toBeNull();
  });

  it('says when the text is not JSON', async () => {
    await renderOptions();
    paste('{ "format": ');
    fireEvent.click(button('Check pasted pack', packs()));
    expect(within(packs()).getByText(/The pasted text is not JSON/)).toBeTruthy();
    // The browser's own parser message ("Unexpected end of JSON input") means nothing to a team lead.
    expect(packs().textContent).not.toMatch(/Unexpected|position \d/);
    expect(packs().textContent).toMatch(/copied all of it/);
  });

  it('shows what an import adds, changes and removes before applying it, then one click undoes it', async () => {
    const { store } = await renderOptions();
    // The lead has a saved edit: it is kept for the undo.
    const youNeedTo = testPack.rules.find((r) => r.id === 'you-need-to')!;
    await store.saveEdits(setRule(emptyEdits(), { ...youNeedTo, enabled: false }, youNeedTo));
    await waitFor(() => expect((field('you-need-to') as HTMLInputElement).checked).toBe(false));

    paste(JSON.stringify(teamPack()));
    fireEvent.click(button('Check pasted pack', packs()));
    const pending = within(packs()).getByRole('region', { name: /Importing "Team pack" 3\.1\.0 \(pasted\) would change/ });
    const list = (title: RegExp) => within(within(pending).getByRole('region', { name: title })).queryAllByRole('listitem').map((li) => li.textContent);
    expect(list(/^Added \(1\)/)).toEqual([expect.stringMatching(/^no-asap/)]);
    expect(list(/^Changed \(1\)/)).toEqual([expect.stringMatching(/^you-need-to — changes enabled, severity/)]);
    expect(list(/^Removed \(1\)/)).toEqual([expect.stringMatching(/^calm-down/)]);
    expect((await store.load()).imported).toBeNull();

    fireEvent.click(button('Apply import', pending));
    await waitFor(async () => expect((await store.load()).imported?.name).toBe('Team pack'));
    await waitFor(() => expect(ruleRow('no-asap')).toBeTruthy());
    expect(document.getElementById('row-calm-down-enabled')).toBeNull();
    expect((field('you-need-to') as HTMLInputElement).checked).toBe(true);
    expect(within(packs()).getByText(/Imported "Team pack" 3\.1\.0\./)).toBeTruthy();

    fireEvent.click(button('Undo importing "Team pack" 3.1.0', packs()));
    await waitFor(async () => expect((await store.load()).imported).toBeNull());
    await waitFor(() => expect(document.getElementById('row-no-asap-enabled')).toBeNull());
    expect(ruleRow('calm-down')).toBeTruthy();
    expect((field('you-need-to') as HTMLInputElement).checked).toBe(false);
    expect((await store.load()).undo).toBeNull();
  });

  it('cancels a checked import without changing anything', async () => {
    const { store } = await renderOptions();
    paste(JSON.stringify(teamPack()));
    fireEvent.click(button('Check pasted pack', packs()));
    fireEvent.click(button('Cancel', packs()));
    expect(within(packs()).queryByRole('region', { name: /would change/ })).toBeNull();
    expect((await store.load()).imported).toBeNull();
  });

  it('reads a pack file', async () => {
    await renderOptions();
    const file = new File([JSON.stringify(teamPack())], 'team-pack.json', { type: 'application/json' });
    fireEvent.change(field('Pack file', packs()), { target: { files: [file] } });
    expect(await within(packs()).findByRole('region', { name: /Importing "Team pack" 3\.1\.0 \(team-pack\.json\)/ })).toBeTruthy();
  });

  it('lets the impact preview compare the pack being imported', async () => {
    await renderOptions();
    paste(JSON.stringify(teamPack()));
    fireEvent.click(button('Check pasted pack', packs()));
    const impact = section('impact');
    fireEvent.change(field('Compare', impact), { target: { value: 'import' } });
    fireEvent.change(field('…or paste them', impact), { target: { value: 'Please calm down, I will fix it asap.' } });
    fireEvent.click(button('Preview impact', impact));
    const table = await within(impact).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('th')?.textContent);
    expect(rows).toEqual(expect.arrayContaining(['calm-down', 'no-asap']));
  });
});

describe('pack export', () => {
  it('downloads the rules in effect as a valid pack', async () => {
    const { store } = await renderOptions();
    const youNeedTo = testPack.rules.find((r) => r.id === 'you-need-to')!;
    await store.saveEdits(setRule(emptyEdits(), { ...youNeedTo, severity: 'hint' }, youNeedTo));
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await waitFor(() => expect((field('Severity of you-need-to') as HTMLSelectElement).value).toBe('hint'));
    fireEvent.change(field('Pack name', packs()), { target: { value: 'Acme team' } });
    fireEvent.change(field('Pack id', packs()), { target: { value: 'acme-team' } });
    fireEvent.click(button('Export pack (JSON)', packs()));
    expect(click).toHaveBeenCalled();
    expect(within(packs()).getByText(/Exported \d+ rules as acme-team-1\.0\.0\.json/)).toBeTruthy();
    const pack = JSON.parse(await blob!.text());
    expect(pack).toMatchObject({ format: 'rapport-rule-pack', id: 'acme-team', name: 'Acme team' });
    expect(pack.rules.find((r: { id: string }) => r.id === 'you-need-to').severity).toBe('hint');
    click.mockRestore();
  });

  it('refuses to export under an invalid version, next to the field', async () => {
    await renderOptions();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.change(field('Version', packs()), { target: { value: 'latest' } });
    fireEvent.click(button('Export pack (JSON)', packs()));
    expect(field('Version', packs()).getAttribute('aria-invalid')).toBe('true');
    expect(within(packs()).getByText(/must look like 1\.0\.0/)).toBeTruthy();
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});

describe('per-channel settings through import and export', () => {
  const withSocialHint = (): RulePackInput => ({
    ...teamPack(),
    // 3, not 2: the default you-need-to it copies carries its softer form (format 3).
    formatVersion: 3,
    rules: teamPack().rules.map((r) => (r.id === 'no-asap' ? { ...r, channels: { social: { severity: 'hint' as const }, chat: { enabled: false } } } : r)),
  });

  it('names a malformed channel setting in plain words and imports nothing', async () => {
    await renderOptions();
    const pack = withSocialHint();
    const rules = pack.rules.map((r) => (r.id === 'no-asap' ? { ...r, channels: { social: { severity: 'quiet' } } } : r));
    paste(JSON.stringify({ ...pack, rules }));
    fireEvent.click(button('Check pasted pack', packs()));
    const items = within(within(packs()).getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(/^Rule \d+ \(“no-asap”\): its settings by channel, “social”, “severity” must be one of "hint", "suggestion", "warning"\.$/)]);
  });

  it('imports a rule\'s channel settings and exports them again, in the lowest format version that holds the rules', async () => {
    const { store } = await renderOptions();
    paste(JSON.stringify(withSocialHint()));
    fireEvent.click(button('Check pasted pack', packs()));
    fireEvent.click(button('Apply import', within(packs()).getByRole('region', { name: /would change/ })));
    await waitFor(async () => expect((await store.load()).imported?.name).toBe('Team pack'));
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await waitFor(() => expect(ruleRow('no-asap')).toBeTruthy());
    fireEvent.click(button('Export pack (JSON)', packs()));
    const exported = JSON.parse(await blob!.text());
    // 3 for you-need-to's softer form; channel settings alone would need 2.
    expect(exported.formatVersion).toBe(3);
    expect(exported.rules.find((r: { id: string }) => r.id === 'no-asap').channels).toEqual({ social: { severity: 'hint' }, chat: { enabled: false } });
    click.mockRestore();
  });

  it('exports a pack in the lowest version that holds its rules (no channel settings here; 3 for you-need-to\'s softer form)', async () => {
    await renderOptions();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    fireEvent.click(button('Export pack (JSON)', packs()));
    const exported = JSON.parse(await blob!.text());
    expect(exported.rules.some((r: { channels?: unknown }) => r.channels)).toBe(false);
    expect(exported.rules.find((r: { id: string }) => r.id === 'you-need-to').softer.severity).toBe('hint');
    expect(exported.formatVersion).toBe(3);
    click.mockRestore();
  });
});
