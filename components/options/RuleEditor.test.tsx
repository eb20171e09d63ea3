// @vitest-environment jsdom
/**
 * The rule editor: every field is labelled, problems show next to the field they are about
 * (aria-invalid + aria-describedby), example marks follow the rule, managed rules are read-only.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../../lib/rules/default';
import type { Rule } from '../../lib/rules/schema';
import { parseManagedPolicy } from '../../lib/store-schema/managed-policy';
import { emptyEdits, resetRule, resolveRules, setRule, type RuleEdits } from '../../lib/store-schema/rule-edits';
import { RuleEditor } from './RuleEditor';

/** How many must-leave-alone examples the shipped you-need-to rule has (the pack grows them). */
const youNeedToPasses = defaultPack.rules.find((r) => r.id === 'you-need-to')!.examples.pass.length;

afterEach(cleanup);

/** Holds the working copy the way the options page does, so validation runs through resolveRules. */
function Harness({ id, managed = null, onEdits }: { id: string; managed?: ReturnType<typeof parseManagedPolicy> | null; onEdits?: (e: RuleEdits) => void }) {
  const [edits, setEdits] = useState(emptyEdits());
  const entry = resolveRules(defaultPack, edits, managed).entries.find((e) => e.id === id)!;
  const update = (next: RuleEdits) => {
    setEdits(next);
    onEdits?.(next);
  };
  return (
    <RuleEditor
      entry={entry}
      managedBy={managed?.managedBy ?? null}
      onChange={(candidate: Rule) => update(setRule(edits, candidate, entry.base))}
      onReset={() => update(resetRule(edits, id))}
      onDelete={vi.fn()}
    />
  );
}

const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('RuleEditor', () => {
  it('labels every input', () => {
    render(<Harness id="you-need-to" />);
    for (const label of ['Enabled', 'Severity', 'Principle', 'Title', 'Message', 'What it catches, in one line (optional)', 'Phrases', 'Patterns', 'Unless (exceptions)', 'Rewordings']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByLabelText('Must flag 1')).toHaveProperty('value', 'You need to restart the router.');
    expect(screen.getByLabelText('Becomes 1')).toHaveProperty('value', 'Could you restart the router?');
    const unlabelled = [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el as HTMLInputElement).labels?.length);
    expect(unlabelled).toEqual([]);
  });

  it('validates the message as you type and shows the problem next to it', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="you-need-to" onEdits={(e) => edits.push(e)} />);
    const message = screen.getByLabelText('Message');
    expect(message.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(message, { target: { value: 'Too short' } });
    expect(message.getAttribute('aria-invalid')).toBe('true');
    // A sentence that names the field, as the import problems do, not the schema's bare fragment.
    expect(describedText(message)).toMatch(/⚠ The message must explain the principle in a sentence\.$/);
    expect(edits.at(-1)?.overrides['you-need-to']).toEqual({ message: 'Too short' });
    fireEvent.change(message, { target: { value: '' } });
    expect(describedText(message)).toMatch(/⚠ The message is empty: write one friendly sentence for the agent that names the principle and explains it\.$/);
    fireEvent.change(message, { target: { value: 'Respect: ask politely instead of giving orders.' } });
    expect(message.getAttribute('aria-invalid')).toBeNull();
    expect(describedText(message)).not.toMatch(/must explain/);
  });

  it('names the bad pattern and its line', () => {
    render(<Harness id="you-need-to" />);
    const patterns = screen.getByLabelText('Patterns') as HTMLTextAreaElement;
    fireEvent.change(patterns, { target: { value: '^you need to [<action>#Verb .*]\n\nyou [must' } });
    expect(patterns.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(patterns)).toMatch(/Pattern 2 \(line 3\): has unbalanced \[ \] brackets/);
    // The blank line the lead typed stays while they keep editing.
    expect(patterns.value).toBe('^you need to [<action>#Verb .*]\n\nyou [must');
  });

  it('flags a rewording that uses a capture no pattern defines', () => {
    render(<Harness id="you-need-to" />);
    const rewrites = screen.getByLabelText('Rewordings');
    fireEvent.change(rewrites, { target: { value: 'Could you {action}?\nPlease {thing}.' } });
    expect(describedText(rewrites)).toMatch(/Rewording 2 \(line 2\): uses \{thing\}, but no pattern captures/);
  });

  it('shows and edits a rule’s fill-in templates: text, where it goes, add and remove, problems under their row', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="we-are-unable-to" onEdits={(e) => edits.push(e)} />);
    const group = screen.getByRole('group', { name: 'Fill-in templates' });
    const first = within(group).getByLabelText('Template 1') as HTMLInputElement;
    expect(first.value).toBe('What I can do instead is {what you can offer}.');
    expect((within(group).getByLabelText('Where template 1 goes') as HTMLSelectElement).value).toBe('after');
    fireEvent.change(within(group).getByLabelText('Where template 1 goes'), { target: { value: 'end' } });
    expect(edits.at(-1)?.overrides['we-are-unable-to']).toMatchObject({ templates: [{ text: 'What I can do instead is {what you can offer}.', at: 'end' }] });
    // A malformed template is named under its row.
    fireEvent.click(within(group).getByRole('button', { name: 'Add a template' }));
    const second = within(group).getByLabelText('Template 2');
    fireEvent.change(second, { target: { value: 'I can offer {what you can offer.' } });
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(second)).toMatch(/text: has a "\{" at position 13 that is never closed/);
    fireEvent.change(second, { target: { value: "I'll update you by {when}." } });
    expect(second.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(within(group).getByRole('button', { name: 'Remove template 2' }));
    fireEvent.click(within(group).getByRole('button', { name: 'Remove template 1' }));
    expect(within(group).queryByLabelText('Template 1')).toBeNull();
    expect(edits.at(-1)?.overrides['we-are-unable-to']).toMatchObject({ templates: [] });
  });

  it('marks each example as passing or failing', () => {
    render(<Harness id="you-need-to" />);
    const list = screen.getByRole('group', { name: 'Must leave alone' });
    expect(within(list).getAllByText(/passes/)).toHaveLength(youNeedToPasses);
    fireEvent.change(screen.getByLabelText('Must leave alone 1'), { target: { value: 'You need to restart the router.' } });
    expect(within(list).getByText(/fails: the rule flags "You need to restart the router\."/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Becomes 1'), { target: { value: 'Restart it.' } });
    expect(screen.getByText(/the first rewording gives a different text/)).toBeTruthy();
    expect(screen.getByText(/gives “Could you restart the router\?”/)).toBeTruthy();
  });

  it('adds and removes examples, and a missing example is a problem', () => {
    render(<Harness id="you-need-to" />);
    for (let i = youNeedToPasses; i >= 1; i--) fireEvent.click(screen.getByRole('button', { name: `Remove must-leave-alone example ${i}` }));
    expect(screen.getByText(/needs at least one sentence the rule must leave alone/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a must-leave-alone example' }));
    const input = screen.getByLabelText('Must leave alone 1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toMatch(/must not be empty/);
    fireEvent.change(input, { target: { value: 'Thanks for waiting.' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('resets an edited rule to the pack version', () => {
    render(<Harness id="you-need-to" />);
    const message = screen.getByLabelText('Message') as HTMLTextAreaElement;
    const original = message.value;
    fireEvent.change(message, { target: { value: 'Respect: ask, do not order.' } });
    fireEvent.click(screen.getByRole('button', { name: "Reset to the pack's version" }));
    expect(message.value).toBe(original);
    expect(screen.queryByRole('button', { name: "Reset to the pack's version" })).toBeNull();
  });

  it('shows a managed rule read-only, saying who manages it', async () => {
    const managed = parseManagedPolicy({ managedBy: 'Acme Support Ops', lockedRuleIds: ['you-need-to'] });
    render(<Harness id="you-need-to" managed={managed} />);
    expect(screen.getByText(/Acme Support Ops/)).toBeTruthy();
    // Disabled through the surrounding <fieldset disabled>.
    expect(screen.getByLabelText('Message').matches(':disabled')).toBe(true);
    expect(screen.getByLabelText('Enabled').matches(':disabled')).toBe(true);
    expect(screen.getByLabelText('Patterns').matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Delete rule' })).toBeNull();
    await act(async () => {});
  });

  it('edits a whole-reply rule’s options as JSON', () => {
    render(<Harness id="wall-of-text" />);
    const options = screen.getByLabelText('Options (JSON)');
    fireEvent.change(options, { target: { value: '{ "maxWords": ' } });
    expect(describedText(options)).toMatch(/Not valid JSON/);
    fireEvent.change(options, { target: { value: '{ "maxWords": -5 }' } });
    expect(options.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(options)).toMatch(/maxWords/);
  });
});

describe('RuleEditor: by channel', () => {
  it('shows each channel as the rule by default, labelled and described', () => {
    render(<Harness id="you-need-to" />);
    const group = screen.getByRole('group', { name: 'By channel' });
    expect(describedText(group)).toMatch(/short public reply on social/);
    for (const label of ['E-mail', 'Chat', 'Social']) {
      const select = within(group).getByLabelText(label) as HTMLSelectElement;
      expect(select.value).toBe('same');
      expect(select.selectedOptions[0]!.textContent).toBe('As the rule (warning)');
    }
  });

  it('softens or switches off a rule on one channel, stored as the rule\'s `channels` setting, and back', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="you-need-to" onEdits={(e) => edits.push(e)} />);
    const group = screen.getByRole('group', { name: 'By channel' });
    fireEvent.change(within(group).getByLabelText('Social'), { target: { value: 'hint' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ channels: { social: { severity: 'hint' } } });
    expect((within(group).getByLabelText('Social') as HTMLSelectElement).value).toBe('hint');
    fireEvent.change(within(group).getByLabelText('Chat'), { target: { value: 'off' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ channels: { social: { severity: 'hint' }, chat: { enabled: false } } });
    fireEvent.change(within(group).getByLabelText('Social'), { target: { value: 'same' } });
    fireEvent.change(within(group).getByLabelText('Chat'), { target: { value: 'same' } });
    expect(edits.at(-1)!.overrides).toEqual({});
  });

  it('on a rule switched off, a channel\'s severity switches it on there only', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="you-need-to" onEdits={(e) => edits.push(e)} />);
    fireEvent.click(screen.getByLabelText('Enabled'));
    const social = within(screen.getByRole('group', { name: 'By channel' })).getByLabelText('Social') as HTMLSelectElement;
    expect(social.selectedOptions[0]!.textContent).toBe('As the rule (off)');
    fireEvent.change(social, { target: { value: 'suggestion' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ enabled: false, channels: { social: { enabled: true, severity: 'suggestion' } } });
    expect(social.value).toBe('suggestion');
  });
});

describe('RuleEditor: exceptions in one channel', () => {
  const group = () => screen.getByRole('group', { name: 'By channel' });
  const field = (channel: string) => within(group()).getByLabelText(`Unless, on ${channel} only (exceptions)`) as HTMLTextAreaElement;
  const chaseUnless = defaultPack.rules.find((r) => r.id === 'customer-must-chase')!.channels!.social!.unless!;

  it("shows a rule's exceptions per channel, and none where it has none", () => {
    render(<Harness id="customer-must-chase" />);
    expect(field('Social').value).toBe(chaseUnless.join('\n'));
    expect(field('Chat').value).toBe(chaseUnless.join('\n'));
    expect(field('E-mail').value).toBe('');
  });

  it("edits them as the channel's setting, keeps them when the channel's severity changes, and names a bad pattern there", () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="you-need-to" onEdits={(e) => edits.push(e)} />);
    fireEvent.change(field('Social'), { target: { value: 'you need to (log|sign) in' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ channels: { social: { unless: ['you need to (log|sign) in'] } } });
    fireEvent.change(within(group()).getByLabelText('Social'), { target: { value: 'hint' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ channels: { social: { severity: 'hint', unless: ['you need to (log|sign) in'] } } });
    fireEvent.change(field('Social'), { target: { value: '/need+/' } });
    expect(field('Social').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field('Social'))).toMatch(/Exception 1/);
    fireEvent.change(field('Social'), { target: { value: '' } });
    expect(edits.at(-1)!.overrides['you-need-to']).toEqual({ channels: { social: { severity: 'hint' } } });
  });

  it('a whole-reply check has no exception fields', () => {
    render(<Harness id="greeting-missing" />);
    expect(within(group()).queryByLabelText('Unless, on Social only (exceptions)')).toBeNull();
  });
});

describe('RuleEditor: softer form', () => {
  const softerGroup = () => screen.getByRole('group', { name: 'Softer where it answers the customer' });

  it('shows a rule’s softer form: on, its severity, message and patterns', () => {
    render(<Harness id="you-need-to" />);
    const group = softerGroup();
    expect(describedText(group)).toMatch(/customer reads calm/);
    expect((within(group).getByLabelText('Use a softer form') as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByLabelText('Softer severity') as HTMLSelectElement).value).toBe('hint');
    expect((within(group).getByLabelText('When the customer asked (patterns)') as HTMLTextAreaElement).value).not.toBe('');
  });

  it('switches a softer form on for a rule without one, names the missing pattern, and stores it once a pattern is given', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="per-our-policy" onEdits={(e) => edits.push(e)} />);
    const group = softerGroup();
    expect(within(group).queryByLabelText('Softer severity')).toBeNull();
    fireEvent.click(within(group).getByLabelText('Use a softer form'));
    expect(describedText(softerGroup())).toMatch(/at least one "customerAsked" or "sentenceHas" pattern/);
    // Never stronger than the rule's own severity.
    const severities = [...(within(softerGroup()).getByLabelText('Softer severity') as HTMLSelectElement).options].map((o) => o.value);
    const rule = defaultPack.rules.find((r) => r.id === 'per-our-policy')!;
    expect(severities).toEqual(['hint', 'suggestion', 'warning'].slice(0, ['hint', 'suggestion', 'warning'].indexOf(rule.severity) + 1));
    fireEvent.change(within(softerGroup()).getByLabelText('When the customer asked (patterns)'), { target: { value: 'why (do|did) you' } });
    expect(describedText(softerGroup())).not.toMatch(/at least one/);
    expect(edits.at(-1)!.overrides['per-our-policy']).toMatchObject({ softer: { severity: 'hint', customerAsked: ['why (do|did) you'], sentenceHas: [] } });
  });

  it('switches a pack rule’s softer form off, and back on from its reset', () => {
    const edits: RuleEdits[] = [];
    render(<Harness id="you-need-to" onEdits={(e) => edits.push(e)} />);
    fireEvent.click(within(softerGroup()).getByLabelText('Use a softer form'));
    expect(within(softerGroup()).queryByLabelText('Softer severity')).toBeNull();
    const override = edits.at(-1)!.overrides['you-need-to'] as Record<string, unknown>;
    expect(override.softer).toBeNull();
    fireEvent.click(screen.getByText("Reset to the pack's version"));
    expect((within(softerGroup()).getByLabelText('Use a softer form') as HTMLInputElement).checked).toBe(true);
  });
});
