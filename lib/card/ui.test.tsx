// @vitest-environment happy-dom
// The in-page card and list as the agent meets them: the change in place, choices named by their change,
// the principle said once, advice shown as advice, the keyboard path, and the list grouped like the popup's.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/types';
import { findingKey, INITIAL_VIEW, ViewStore, type CoachActions, type CoachView } from './store';
import { CoachUi } from './ui';

afterEach(cleanup);

const DRAFT = 'Per our policy, refunds take 14 days. You need to send photos first. This is not our fault.';
const at = (text: string) => ({ start: DRAFT.indexOf(text), end: DRAFT.indexOf(text) + text.length, text });

const policy: Finding = {
  ruleId: 'per-our-policy', principle: 'plain-language', severity: 'warning', ...at('Per our policy, refunds'),
  message: 'Plain language: "per our policy" sounds like a rulebook talking; just say what happens.', suggestions: ['Refunds'],
};
const order: Finding = {
  ruleId: 'you-need-to', principle: 'respect', severity: 'warning', ...at('You need to send photos first.'),
  message: 'Respect: "You need to…" reads as an order.', suggestions: ['Could you send photos first?'],
};
const blame: Finding = {
  ruleId: 'not-our-responsibility', principle: 'respect', severity: 'warning', ...at('This is not our fault'),
  message: 'Respect: it shuts the door.', suggestions: [], advice: 'Say who can fix it or what you can do instead.',
};
const greeting: Finding = {
  ruleId: 'greeting-missing', principle: 'welcome', severity: 'suggestion', ...at('Per our policy, refunds take 14 days.'),
  message: 'Welcome: a warm hello makes a good first impression.', suggestions: ['Hi Maria,\n\nPer our policy, refunds take 14 days.'],
};

function actionsSpy(): CoachActions {
  return {
    togglePanel: vi.fn(), closePanel: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), ignore: vi.fn(), closeCard: vi.fn(),
    cardHover: vi.fn(), stepCard: vi.fn(), revealFinding: vi.fn(), fill: vi.fn(),
  };
}

function show(patch: Partial<CoachView>) {
  const store = new ViewStore();
  const findings = [policy, order, blame, greeting];
  store.set({
    ...INITIAL_VIEW, visible: true, findings, draft: DRAFT, warmth: 5, band: 'cold', site: 'example.com',
    anchor: { right: 500, bottom: 300, editor: { top: 100, left: 100, right: 500, bottom: 300 } },
    wholeReply: new Map([['greeting-missing', 'greeting']]), ...patch,
  });
  const actions = actionsSpy();
  render(<CoachUi store={store} actions={actions} />);
  return { store, actions };
}

/** An event stamped at `timeStamp` (jsdom stamps with the clock; the input method's rule compares stamps). */
function stamped<T extends Event>(event: T, timeStamp: number): T {
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}

const cardFor = (f: Finding, focus = true) => ({ key: findingKey(f), top: 10, left: 10, focus });
// jsdom reports no isTrusted for fireEvent; the UI accepts only the agent's own events.
vi.mock('../coach/trusted', () => ({ agentOnly: <T,>(handler: T) => handler }));

describe('the card shows the change in place', () => {
  it('strikes the removed words and keeps the rest of the sentence plain', () => {
    show({ card: cardFor(policy) });
    const card = screen.getByRole('dialog', { name: 'Rapport: Plain language' });
    const change = card.querySelector('[data-rapport="change"]')!;
    expect([...change.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['Per our policy, ']);
    expect(change.querySelectorAll('ins')).toHaveLength(0);
    expect(change.textContent).toBe('Per our policy, Refunds take 14 days.');
    expect(within(card).getByRole('button', { name: 'Apply: remove “Per our policy,”' }).textContent).toBe('Remove “Per our policy,”');
  });

  it('shows a greeting as an insertion: nothing struck, the new words marked, and a label that keeps its line', () => {
    show({ card: cardFor(greeting) });
    const card = screen.getByRole('dialog');
    const change = card.querySelector('[data-rapport="change"]')!;
    expect(change.querySelectorAll('del')).toHaveLength(0);
    expect([...change.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['Hi Maria,\n\n']);
    expect(card.querySelector('[data-rapport="apply"]')!.textContent).toBe('Add “Hi Maria,” on its own paragraph');
  });

  it('names the principle once, and keeps the flagged words for screen readers', () => {
    show({ card: cardFor(order) });
    const card = screen.getByRole('dialog');
    expect(card.textContent!.match(/Respect/g)).toHaveLength(1);
    expect(card.querySelector('.message')!.textContent).toBe('"You need to…" reads as an order.');
    expect(card.querySelector('[data-rapport="flagged"]')!.textContent).toBe(order.text);
  });

  it('quotes the words of a deletion that takes its line, not the line breaks it also takes', () => {
    const draft = 'Hi Jo,\n\nThanks for waiting.\n\nTicket closed.';
    const start = draft.indexOf('\n\nTicket');
    const closed: Finding = {
      ruleId: 'ticket-closed', principle: 'follow-through', severity: 'suggestion', start, end: draft.length, text: draft.slice(start),
      message: 'Follow-through: a bare status line ends the conversation.', suggestions: [''],
    };
    show({ card: cardFor(closed), findings: [closed], draft, wholeReply: new Map() });
    const card = screen.getByRole('dialog');
    expect(card.querySelector('[data-rapport="flagged"]')!.textContent).toBe('Ticket closed.');
    expect(within(card).getByRole('button', { name: /Don’t flag “Ticket closed\.” again on any site/ })).toBeTruthy();
  });

  it('shows advice-only findings as advice, with no Apply', () => {
    show({ card: cardFor(blame) });
    const card = screen.getByRole('dialog');
    expect(card.querySelector('[data-rapport="apply"]')).toBeNull();
    expect(card.querySelector('[data-rapport="advice"]')!.textContent).toBe('Try: Say who can fix it or what you can do instead.');
    // With no Apply, Enter presses the focused Dismiss: the key hint must not promise "Enter applies".
    expect(screen.getByRole('dialog').querySelector('.keys')!.textContent).not.toMatch(/Enter applies/);
  });

  it('promises "Enter applies" where the card has something to apply', () => {
    show({ card: cardFor(order) });
    const card = screen.getByRole('dialog');
    expect(card.querySelector('[data-rapport="apply"]')).not.toBeNull();
    expect(card.querySelector('.keys')!.textContent).toMatch(/Enter applies/);
  });
});

describe('the card’s keyboard path', () => {
  it('focuses the first choice; Enter applies it; arrows step between findings; Tab and Left/Right move between its buttons, round within the card; Escape goes back', async () => {
    const { actions } = show({ card: cardFor(order) });
    const card = screen.getByRole('dialog');
    const first = within(card).getByRole('button', { name: /^Apply: change/ });
    const buttons = within(card).getAllByRole('button');
    await act(async () => undefined);
    expect(document.activeElement).toBe(first);
    fireEvent.click(first); // what Enter on a focused button does
    expect(actions.apply).toHaveBeenCalledWith(order, 0);
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    expect(vi.mocked(actions.stepCard).mock.calls).toEqual([[1], [-1]]);
    // Tab reaches Dismiss and every other button, never the next finding, and comes round from the last to the first.
    expect(buttons).toContain(within(card).getByRole('button', { name: 'Dismiss' }));
    for (const next of [...buttons.slice(1), first]) {
      fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
      expect(document.activeElement).toBe(next);
    }
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(buttons.at(-1));
    expect(actions.stepCard).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(actions.closeCard).toHaveBeenCalled();
  });
});

describe('a fill-in template in the card', () => {
  // "This is not our fault." with a template after it: two gaps, the first prefilled from the sentence.
  const sentenceEnd = DRAFT.length;
  const withTemplate: Finding = {
    ...blame,
    templates: [{
      source: 'I can {what you can do <x>} by {when}.',
      start: sentenceEnd,
      end: sentenceEnd,
      parts: [{ literal: ' I can ' }, { slot: 'what you can do', value: 'check it' }, { literal: ' by ' }, { slot: 'when', value: '' }, { literal: '.' }],
    }],
  };
  const open = () => {
    const shown = show({ card: cardFor(withTemplate), findings: [policy, order, withTemplate, greeting] });
    const card = screen.getByRole('dialog');
    return { ...shown, card, what: within(card).getByRole('textbox', { name: 'what you can do (gap 1 of 2)' }), when: within(card).getByRole('textbox', { name: 'when (gap 2 of 2)' }), insert: within(card).getByRole('button', { name: /^Insert/ }) };
  };

  it('shows a labelled field per gap, prefilled where the sentence said it, and a live preview of the change in place', async () => {
    const { card, what, when, insert } = open();
    await act(async () => undefined);
    expect(document.activeElement).toBe(what); // opened from the keyboard: the first gap has focus
    expect((what as HTMLInputElement).value).toBe('check it');
    expect((when as HTMLInputElement).value).toBe('');
    const preview = card.querySelector('[data-rapport="template-preview"]')!;
    expect(preview.textContent).toBe('This is not our fault. I can check it by when.');
    expect(preview.querySelector('[data-rapport="gap"]')!.textContent).toBe('when');
    expect(preview.querySelectorAll('del')).toHaveLength(0);
    expect((insert as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(when, { target: { value: 'Friday' } });
    expect(preview.textContent).toBe('This is not our fault. I can check it by Friday.');
    expect((insert as HTMLButtonElement).disabled).toBe(false);
    expect(insert.getAttribute('aria-label')).toBe('Insert: I can check it by Friday.');
    // Blank text is not filled.
    fireEvent.change(what, { target: { value: '   ' } });
    expect((insert as HTMLButtonElement).disabled).toBe(true);
  });

  it('Tab moves between the gaps (not to the next finding), Enter inserts only when every gap is filled, Escape closes', () => {
    const { actions, what, when, insert } = open();
    what.focus();
    fireEvent.keyDown(what, { key: 'Tab' });
    expect(document.activeElement).toBe(when);
    fireEvent.keyDown(when, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(what);
    fireEvent.keyDown(what, { key: 'Enter' });
    expect(actions.fill).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(when); // Enter with a gap left goes to it
    // Past the last gap with one still empty, Tab goes on round the card (Insert is disabled): Dismiss is reachable.
    fireEvent.keyDown(when, { key: 'Tab' });
    expect(document.activeElement?.tagName).toBe('BUTTON');
    expect((document.activeElement as HTMLButtonElement).disabled).toBe(false);
    const reached = new Set<string>();
    for (let i = 0; i < 8 && document.activeElement !== what; i += 1) {
      reached.add(document.activeElement?.textContent ?? '');
      fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    }
    expect([...reached].some((name) => /Dismiss/.test(name))).toBe(true);
    expect(document.activeElement).toBe(what); // and round to the first gap
    fireEvent.keyDown(what, { key: 'Tab', shiftKey: true });
    expect(document.activeElement?.tagName).toBe('BUTTON'); // back from the first gap: the card's last control
    when.focus();
    fireEvent.keyDown(when, { key: 'ArrowLeft' });
    expect(actions.stepCard).not.toHaveBeenCalled();
    fireEvent.change(when, { target: { value: 'Friday' } });
    fireEvent.keyDown(when, { key: 'Tab' });
    expect(document.activeElement).toBe(insert); // past the last gap, once ready: Insert
    when.focus();
    fireEvent.keyDown(when, { key: 'Enter' });
    expect(actions.fill).toHaveBeenCalledWith(withTemplate, 0, ['check it', 'Friday']);
    fireEvent.keyDown(when, { key: 'Escape' });
    expect(actions.closeCard).toHaveBeenCalled();
    expect(actions.stepCard).not.toHaveBeenCalled();
  });

  it('an input method composing in a gap keeps its keys: Enter picks its conversion, Escape and arrows stay with it', () => {
    const { actions, what, when } = open();
    fireEvent.change(what, { target: { value: 'check it' } });
    fireEvent.change(when, { target: { value: 'きんようび' } });
    when.focus();
    fireEvent.compositionStart(when, { data: '' });
    // Chromium marks an input method's keydowns with keyCode 229 (counted while a composition is open); the spec's
    // isComposing says the same.
    fireEvent.keyDown(when, { key: 'Enter', keyCode: 229 });
    fireEvent.keyDown(when, { key: 'Enter', isComposing: true });
    expect(actions.fill).not.toHaveBeenCalled();
    fireEvent.keyDown(when, { key: 'Tab', isComposing: true });
    fireEvent.keyDown(when, { key: 'ArrowDown', isComposing: true });
    fireEvent.keyDown(when, { key: 'Escape', isComposing: true });
    expect(document.activeElement).toBe(when);
    expect(actions.stepCard).not.toHaveBeenCalled();
    expect(actions.closeCard).not.toHaveBeenCalled();
    // The word in, Enter is the gap's again.
    fireEvent(when, stamped(new CompositionEvent('compositionend', { data: 'きんようび', bubbles: true }), 1000));
    fireEvent(when, stamped(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true }), 1050)); // Safari's Enter that ended it
    expect(actions.fill).not.toHaveBeenCalled();
    fireEvent.keyDown(when, { key: 'Enter' });
    expect(actions.fill).toHaveBeenCalledWith(withTemplate, 0, ['check it', 'きんようび']);
  });

  it('the card and the list leave a composing key alone (Escape cancels the input method\'s word, not the card)', () => {
    const { actions } = show({ card: cardFor(policy) });
    const card = screen.getByRole('dialog', { name: 'Rapport: Plain language' });
    fireEvent.keyDown(card, { key: 'Escape', isComposing: true });
    fireEvent.compositionStart(card, { data: '' });
    fireEvent.keyDown(card, { key: 'ArrowDown', keyCode: 229 });
    expect(actions.closeCard).not.toHaveBeenCalled();
    expect(actions.stepCard).not.toHaveBeenCalled();
    fireEvent.compositionEnd(card, { data: '' });
    fireEvent.keyDown(card, { key: 'Escape' });
    expect(actions.closeCard).toHaveBeenCalled();
  });

  // Chrome on Android (Gboard, Samsung Keyboard) sends keyCode 229 for every keydown, isComposing false outside a
  // composition: the card, its gaps and the list take those keys as the agent's (input-method-key.ts, as the draft does).
  const android = (key: string, init: KeyboardEventInit = {}) => ({ key, keyCode: 229, ...init });

  it('takes an Android keyboard\'s keys (229 on every key) in a gap as the agent\'s when no composition is open', () => {
    const { actions, what, when } = open();
    fireEvent.change(when, { target: { value: 'Friday' } });
    when.focus();
    fireEvent.keyDown(when, android('Tab', { shiftKey: true }));
    expect(document.activeElement).toBe(what);
    fireEvent.keyDown(what, android('Enter'));
    expect(actions.fill).toHaveBeenCalledWith(withTemplate, 0, ['check it', 'Friday']);
    fireEvent.keyDown(what, android('Escape'));
    expect(actions.closeCard).toHaveBeenCalled();
  });

  it('takes an Android keyboard\'s keys on the card and the list as the agent\'s when no composition is open', () => {
    const { actions } = show({ card: cardFor(policy), panelOpen: true });
    const card = screen.getByRole('dialog', { name: 'Rapport: Plain language' });
    fireEvent.keyDown(card, android('ArrowDown'));
    expect(actions.stepCard).toHaveBeenCalledWith(1);
    fireEvent.keyDown(card, android('Escape'));
    expect(actions.closeCard).toHaveBeenCalled();
    const list = screen.getByRole('dialog', { name: 'Rapport suggestions for this reply' });
    fireEvent.keyDown(list, android('Escape'));
    expect(actions.closePanel).toHaveBeenCalled();
  });

  it('Insert applies through the card’s actions with the agent’s words; the advice stays, no plain Apply', () => {
    const { actions, card, when, insert } = open();
    fireEvent.change(when, { target: { value: 'Friday 😀 {not a slot}' } });
    fireEvent.click(insert);
    expect(actions.fill).toHaveBeenCalledWith(withTemplate, 0, ['check it', 'Friday 😀 {not a slot}']);
    expect(card.querySelector('[data-rapport="apply"]')).toBeNull();
    expect(card.querySelector('[data-rapport="advice"]')!.textContent).toBe('Try: Say who can fix it or what you can do instead.');
  });
});

/** CKEditor's "Powered by" mark, shown at the editor's corner where the badge sits (jsdom lays nothing out: its box is given). */
function poweredByMark(): HTMLElement {
  const mark = document.createElement('div');
  mark.className = 'ck-powered-by';
  mark.getBoundingClientRect = () => DOMRect.fromRect({ x: 440, y: 290, width: 70, height: 30 });
  document.body.append(mark);
  return mark;
}

/** The badge shown, the agent's pointer on it, then the editor's mark appearing under it; `home` is where it stood. */
function pointerOnBadgeThenMark() {
  const { store } = show({});
  const pill = document.querySelector<HTMLElement>('[data-rapport="badge-pill"]')!;
  const home = pill.style.left;
  fireEvent.pointerEnter(pill);
  return { store, pill, home, mark: poweredByMark() };
}

describe('the list and the badge', () => {
  it('groups like the popup: by principle with counts, whole-reply findings apart; the total matches the badge', () => {
    show({ panelOpen: true });
    const panel = screen.getByRole('dialog', { name: 'Rapport suggestions for this reply' });
    const headings = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Respect (2)', 'Plain language (1)', 'Whole reply (1)']);
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('4 suggestions · warmth 5 of 100, cold');
    const badge = screen.getByRole('button', { name: /^Rapport: 4 suggestions/ });
    expect(badge.getAttribute('data-count')).toBe('4');
  });

  it('scrolls the draft to the finding under discussion when an item gets focus', () => {
    const { actions } = show({ panelOpen: true });
    const panel = screen.getByRole('dialog', { name: 'Rapport suggestions for this reply' });
    fireEvent.focus(within(panel).getAllByRole('button', { name: 'Dismiss' })[0]!);
    expect(actions.revealFinding).toHaveBeenCalledWith(findingKey(order));
  });

  it('keeps the focus in the list when a finding is dismissed or muted there: on the finding now in its place, else the close button', () => {
    const { store, actions } = show({ panelOpen: true });
    const remove = (gone: Finding) => store.set({ findings: store.get().findings.filter((f) => f !== gone) });
    vi.mocked(actions.dismiss).mockImplementation(remove);
    vi.mocked(actions.ignore).mockImplementation(remove);
    const panel = () => screen.getByRole('dialog', { name: 'Rapport suggestions for this reply' });
    const item = (f: Finding) => panel().querySelector(`li[data-key="${findingKey(f)}"]`)!;
    const press = (button: HTMLElement) => {
      button.focus();
      act(() => fireEvent.click(button));
    };
    // Respect: the order, then the blame; Plain language: the policy; Whole reply: the greeting.
    press(within(item(order) as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(within(item(blame) as HTMLElement).getAllByRole('button')[0]);
    press(within(item(greeting) as HTMLElement).getByRole('button', { name: /Don’t flag this again here/ }));
    expect(document.activeElement).toBe(within(item(policy) as HTMLElement).getAllByRole('button')[0]);
    press(within(item(policy) as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    press(within(item(blame) as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(document.activeElement).toBe(within(panel()).getByRole('button', { name: 'Close the list' }));
  });

  it('a dismissal in the list that removed nothing never pulls the focus out of the editor later (review43)', () => {
    const { store } = show({ panelOpen: true });
    const panel = () => screen.getByRole('dialog', { name: 'Rapport suggestions for this reply' });
    const dismiss = within(panel().querySelector(`li[data-key="${findingKey(order)}"]`) as HTMLElement).getByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    // The dismissal changed nothing (the spy does not remove the finding); the agent goes back to typing.
    act(() => fireEvent.click(dismiss));
    const editor = document.body.appendChild(document.createElement('textarea'));
    editor.focus();
    act(() => store.set({ findings: store.get().findings.filter((f) => f !== policy) }));
    expect(document.activeElement).toBe(editor);
    editor.remove();
  });

  it('the badge has a name, a tooltip in words and the band as a word', () => {
    show({});
    const badge = screen.getByRole('button', { name: 'Rapport: 4 suggestions, warmth 5 of 100 (cold). Open the list.' });
    expect(badge.getAttribute('title')).toBe('4 suggestions · warmth 5 of 100, cold');
    expect(badge.textContent).toBe('4');
    // The band as a word beside the button, in the same pill (outside the button: its name contains its visible text).
    expect(badge.parentElement!.textContent).toBe('4Cold');
  });

  it('says when the check read only part of the reply: still checking, then checked part of it', () => {
    const { store } = show({ incomplete: 'resuming', panelOpen: true });
    const badge = screen.getByRole('button', { name: 'Rapport: 4 suggestions, warmth 5 of 100 (cold), still checking. Open the list.' });
    expect(badge.getAttribute('title')).toBe('4 suggestions · warmth 5 of 100, cold · still checking');
    expect(badge.dataset.incomplete).toBe('resuming');
    const note = () => document.querySelector('[data-rapport="incomplete"]')?.textContent;
    expect(note()).toMatch(/^Still checking: .*goes on by itself\.$/);
    act(() => store.set({ incomplete: 'stopped' }));
    expect(badge.getAttribute('aria-label')).toBe('Rapport: 4 suggestions, warmth 5 of 100 (cold), checked part of your reply. Open the list.');
    expect(note()).toMatch(/^Rapport checked part of your reply/);
    act(() => store.set({ incomplete: null }));
    expect(badge.dataset.incomplete).toBe('false');
    expect(note()).toBeUndefined();
  });

  it('holds still while the pointer is on it: a re-check, or a mark of the editor’s coming or going, re-places it only once the pointer leaves', () => {
    // CKEditor's "Powered by" mark shows at the editor's corner, where the badge sits, and the re-check brings a new count.
    const { store, pill, home, mark } = pointerOnBadgeThenMark();
    act(() => store.set({ findings: [policy, order] }));
    expect(screen.getByRole('button', { name: /^Rapport: 2 suggestions/ })).toBeTruthy();
    expect(pill.style.left).toBe(home);
    // The pointer leaves: the badge steps left of the mark.
    fireEvent.pointerLeave(pill);
    const aside = pill.style.left;
    expect(parseFloat(aside)).toBeLessThan(parseFloat(home));
    // Held again, it stays beside the mark when the mark goes, until the editor itself moves.
    fireEvent.pointerEnter(pill);
    mark.remove();
    act(() => store.set({ findings: [policy] }));
    expect(pill.style.left).toBe(aside);
    act(() => store.set({ anchor: { right: 520, bottom: 300, editor: { top: 100, left: 120, right: 520, bottom: 300 } } }));
    expect(pill.style.left).not.toBe(aside);
  });

  it('lets go of its spot when the agent types on with the pointer resting on it', () => {
    const { store, pill, home, mark } = pointerOnBadgeThenMark();
    fireEvent.keyDown(document.body, { key: 'a' });
    act(() => store.set({ findings: [policy, order] }));
    expect(parseFloat(pill.style.left)).toBeLessThan(parseFloat(home));
    mark.remove();
  });

  it('takes its spot again when the pointer that stayed on it after a key presses it (no new pointerenter comes)', () => {
    const { store, pill, mark } = pointerOnBadgeThenMark();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    act(() => store.set({ findings: [policy, order] }));
    const aside = pill.style.left;
    fireEvent.pointerDown(pill);
    mark.remove();
    act(() => store.set({ findings: [policy] }));
    expect(pill.style.left).toBe(aside);
  });
});
