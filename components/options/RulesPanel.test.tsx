// @vitest-environment happy-dom
/** The rules list in a team lead's words: titles and descriptions, search by title, principles that fold and switch. */
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { emptyEdits, setRule } from '../../lib/store-schema/rule-edits';
import { afterEach, describe, expect, it } from 'vitest';
import { button, field, renderOptions, ruleRow, section, testPack } from './test-helpers';

afterEach(cleanup);

const groupToggle = (name: RegExp) =>
  [...section('rules').querySelectorAll<HTMLButtonElement>('.principle-group__toggle')].find((b) => name.test(b.textContent ?? ''))!;

describe('rules in a team lead’s words', () => {
  it('lists each rule by its title with a one-line description, the id beside it', async () => {
    await renderOptions();
    const row = ruleRow('you-need-to');
    expect(row.querySelector('label')!.textContent).toBe('“You need to…”');
    expect(row.querySelector('.rule-id')!.textContent).toBe('you-need-to');
    expect(row.querySelector('.rule-row__message')!.textContent).toBe('Turns orders into polite requests (“Could you…?”).');
  });

  it('finds rules by title words', async () => {
    await renderOptions();
    fireEvent.change(field('Search rules'), { target: { value: 'polite requests' } });
    expect(ruleRow('you-need-to')).toBeTruthy();
    expect(document.getElementById('row-calm-down-enabled')).toBeNull();
  });

  it('folds a principle, with its count and how many rules are on', async () => {
    await renderOptions();
    const toggle = groupToggle(/^▾ Respect/);
    expect(toggle.textContent).toMatch(/Respect \((\d+) rules, \1 on\)/);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('row-you-need-to-enabled')).toBeNull();
    fireEvent.click(toggle);
    expect(ruleRow('you-need-to')).toBeTruthy();
  });

  it('switches every rule of a principle off and on at once, as unsaved changes', async () => {
    await renderOptions();
    const group = groupToggle(/Respect/).closest('section')!;
    const total = Number(groupToggle(/Respect/).textContent!.match(/\((\d+) rules/)![1]);
    fireEvent.click(button('All off for Respect', group));
    expect(groupToggle(/Respect/).textContent).toMatch(/, 0 on\)/);
    expect((field('you-need-to') as HTMLInputElement).checked).toBe(false);
    expect(within(document.body).getByText(`${total} unsaved changes.`)).toBeTruthy();
    fireEvent.click(button('All on for Respect', group));
    expect(groupToggle(/Respect/).textContent).toMatch(new RegExp(`, ${total} on\\)`));
  });
});

describe('per-channel settings in the list', () => {
  it('a rule set differently on a channel says so in its row, and the editor shows the same choice', async () => {
    const { store } = await renderOptions();
    const asap = testPack.rules.find((r) => r.id === 'asap-no-date')!;
    await store.saveEdits(setRule(emptyEdits(), { ...asap, channels: { social: { enabled: false } } }, asap));
    await waitFor(() => expect(within(ruleRow('asap-no-date')).getByText('Social: off')).toBeTruthy());
    const row = ruleRow('asap-no-date');
    expect(within(row).getByText('Social: off')).toBeTruthy();
    expect(within(ruleRow('you-need-to')).queryByText(/^(E-mail|Chat|Social):/)).toBeNull();
    fireEvent.click(button('Edit asap-no-date', row));
    const group = within(row).getByRole('group', { name: 'By channel' });
    expect((within(group).getByLabelText('Social') as HTMLSelectElement).value).toBe('off');
    fireEvent.change(within(group).getByLabelText('Social'), { target: { value: 'warning' } });
    expect(within(row).getByText('Social: warning')).toBeTruthy();
  });
});
