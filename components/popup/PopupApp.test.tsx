// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../lib/engine/analyzer';
import type { DraftSnapshot, SnapshotFinding } from '../../lib/messages/draft';
import { defaultPack } from '../../lib/rules/default';
import { PopupApp, type DraftView, type PopupProps } from './PopupApp';
import { insertedPart } from './WholeReplySuggestions';
import { incompleteNote } from '../../lib/card/labels';

afterEach(cleanup);

const customerMessage = 'My order arrived broken and nobody has answered for a week!!\n\nThanks,\nMaria';
const draftText = 'Per our records, the parcel was delivered. You need to send photos of the damage.';

function snapshot(text = draftText): DraftSnapshot {
  const analysis = createAnalyzer(defaultPack).analyze(text, { customerMessage });
  const wholeChecks: Record<string, SnapshotFinding['wholeReply']> = { 'greeting-missing': 'greeting', 'acknowledge-feelings': 'acknowledgement', 'next-step-missing': 'closing' };
  return {
    version: 1,
    editor: 'Text box',
    findings: analysis.findings.map((f, i) => ({ ...f, key: `k${i}`, wholeReply: wholeChecks[f.ruleId] ?? null })),
    scores: analysis.scores,
    scoreExplanation: analysis.scoreExplanation,
    language: analysis.language,
    mood: analysis.mood,
    customerMessage,
    customerName: 'Maria',
    channel: analysis.structure.channel,
    skipped: analysis.structure.skipped,
  };
}

function setup(draft: DraftView, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    draft,
    site: { host: '127.0.0.1', enabled: true, builtIn: true, pausedUntil: null },
    today: { replies: 4, averageWarmth: 71, trend: 5 },
    status: '',
    busy: false,
    now: Date.now(),
    onApply: vi.fn(),
    onReveal: vi.fn(),
    onRetry: vi.fn(),
    onToggleSite: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenSummary: vi.fn(),
    onChannel: vi.fn(),
    ...overrides,
  };
  render(<PopupApp {...props} />);
  return props;
}

describe('the popup', () => {
  it('shows the warmth gauge with its word, a score per principle, and findings grouped by principle', () => {
    setup({ kind: 'ready', snapshot: snapshot() });
    const gauge = screen.getByRole('meter', { name: 'Warmth of this draft' });
    expect(gauge.getAttribute('aria-valuetext')).toMatch(/^\d+ of 100, (cold|neutral|warm)$/);
    expect(within(screen.getByRole('list', { name: 'Score per principle' })).getAllByRole('listitem')).toHaveLength(9);
    expect(screen.getByRole('heading', { name: /Respect/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Plain language/ })).toBeTruthy();
  });

  it('says in words what moved the score', () => {
    const snap = snapshot();
    setup({ kind: 'ready', snapshot: snap });
    expect(snap.scoreExplanation).toMatch(/^(Cold|Neutral|Warm): /);
    expect(screen.getByText(snap.scoreExplanation!)).toBeTruthy();
  });

  it('applies a rewording through the page and reveals a finding when its text is clicked', () => {
    const snap = snapshot();
    const props = setup({ kind: 'ready', snapshot: snap });
    fireEvent.click(screen.getByRole('button', { name: /^Apply: change .* to “Could you send photos of the damage\?”$/ }));
    expect(props.onApply).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'you-need-to' }), 0);
    fireEvent.click(screen.getByRole('button', { name: /Show “You need to send photos/ }));
    expect(props.onReveal).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'you-need-to' }));
  });

  it("shows the customer's mood with the words that showed it, and offers whole-reply sentences with Insert", () => {
    const snap = snapshot();
    const props = setup({ kind: 'ready', snapshot: snap });
    expect(screen.getByText(/Maria sounds/).textContent).toMatch(/frustrated/);
    expect(screen.getByText(/Acknowledge it before the fix/)).toBeTruthy();
    const greeting = snap.findings.find((f) => f.wholeReply === 'greeting')!;
    expect(insertedPart(greeting)).toBe('Hi Maria,');
    const insertButtons = screen.getAllByRole('button', { name: 'Insert' });
    expect(insertButtons.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(insertButtons[0]!);
    expect(props.onApply).toHaveBeenCalledWith(expect.objectContaining({ wholeReply: expect.any(String) }), 0);
  });

  it('leads with the fixes: the same count as the in-page badge, whole-reply inserts counted, the score in one line with why', () => {
    const snap = snapshot();
    setup({ kind: 'ready', snapshot: snap });
    const fixes = screen.getByRole('heading', { name: /To fix in this draft/ });
    expect(fixes.textContent).toBe(`To fix in this draft (${snap.findings.length})`);
    const phrase = snap.findings.filter((f) => !f.wholeReply).length;
    const whole = snap.findings.filter((f) => f.wholeReply).length;
    expect(phrase).toBeGreaterThan(0);
    expect(whole).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-rapport="popup-finding"]')).toHaveLength(phrase);
    expect(document.querySelectorAll('.whole li')).toHaveLength(whole);
    // Order in the popup: score, then fixes, then the customer.
    const order = [...document.querySelectorAll('.overview, .fixes, #context-title')].map((el) => el.className || el.id);
    expect(order).toEqual(['overview', 'fixes', 'context-title']);
    expect(document.querySelector('.overview__why')!.textContent).toMatch(/cool this reply(?: \(mostly [a-z -]+\))?; fixing them raises the score/);
  });

  it('draws a warmth of 0 as a marker at the cold end, not an empty gauge', () => {
    const snap = { ...snapshot(), scores: { ...snapshot().scores, warmth: 0 } };
    setup({ kind: 'ready', snapshot: snap });
    const gauge = screen.getByRole('meter', { name: 'Warmth of this draft' });
    expect(gauge.getAttribute('aria-valuetext')).toBe('0 of 100, cold');
    expect((gauge.querySelector('.gauge__marker') as HTMLElement).style.left).toBe('0%');
  });

  it('offers the closing after a sentence without a full stop as its own sentence', () => {
    const text = 'We replaced the lamp and marked the ticket closed';
    const closing = { ...snapshot().findings[0]!, ruleId: 'next-step-missing', wholeReply: 'closing' as const, text, start: 0, end: text.length };
    closing.suggestions = [`${text}. If anything else comes up, reply here and I'll be glad to help.`];
    expect(insertedPart(closing)).toBe("If anything else comes up, reply here and I'll be glad to help.");
    const greeting = { ...closing, wholeReply: 'greeting' as const, suggestions: [`Hi Maria,\n\n${text}`] };
    expect(insertedPart(greeting)).toBe('Hi Maria,');
  });

  it('offers a clear "Turn on for this site" button when the site is off', () => {
    const props = setup({ kind: 'site-disabled' }, { site: { host: 'acme.example', enabled: false, builtIn: false, pausedUntil: null } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    expect(props.onToggleSite).toHaveBeenCalledWith(true);
  });

  it.each<[DraftView['kind'], string]>([
    ['unsupported', 'Add your helpdesk in the settings'],
    ['paused', 'Resume now'],
    ['unreachable', 'Try again'],
    ['reloaded', 'Read the draft again'],
    ['no-draft', 'Check again'],
  ])('gives the %s state a clear action', (kind, action) => {
    setup({ kind } as DraftView);
    expect(within(screen.getByRole('main')).getByRole('button', { name: action })).toBeTruthy();
  });

  it.each<[DraftView, RegExp]>([
    [{ kind: 'loading' }, /Reading your draft/],
    [{ kind: 'unsupported' }, /Nothing to coach here/],
    [{ kind: 'site-disabled' }, /Rapport is off on this site/],
    [{ kind: 'paused' }, /Coaching is paused/],
    [{ kind: 'unreachable' }, /Reload the page to start/],
    [{ kind: 'reloaded' }, /The page changed/],
    [{ kind: 'no-draft' }, /No draft yet/],
  ])('never renders a blank popup: %j', (draft, title) => {
    setup(draft);
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
  });

  it('says a draft in another language is not checked', () => {
    const snap = snapshot('Vielen Dank für Ihre Nachricht, wir kümmern uns sofort darum und melden uns morgen.');
    setup({ kind: 'ready', snapshot: snap });
    expect(screen.getByRole('heading', { name: 'Not an English reply' })).toBeTruthy();
    expect(screen.queryByRole('meter')).toBeNull();
  });

  it('says a box holding only the signature has nothing of the agent\'s to check yet, not that the reply is empty', () => {
    setup({ kind: 'ready', snapshot: snapshot('-- \nSam Lee\nCustomer Care | Acme\n+44 20 7946 0000') });
    expect(screen.getByRole('heading', { name: 'Nothing of yours to check yet' })).toBeTruthy();
    expect(screen.getByText(/Only your signature so far, which Rapport skips\. Start typing your reply/)).toBeTruthy();
    expect(screen.queryByRole('meter')).toBeNull();
  });

  it('offers a retry after the page reloaded', () => {
    const props = setup({ kind: 'reloaded' });
    fireEvent.click(screen.getByRole('button', { name: 'Read the draft again' }));
    expect(props.onRetry).toHaveBeenCalled();
  });

  it('switches the site, pauses for an hour, and opens the other pages', () => {
    const props = setup({ kind: 'no-draft' });
    fireEvent.click(screen.getByRole('switch', { name: 'Coach on 127.0.0.1' }));
    expect(props.onToggleSite).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    expect(props.onPause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Daily summary' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rules and settings' }));
    expect(props.onOpenSummary).toHaveBeenCalled();
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it('shows a paused site with the time it resumes', () => {
    const props = setup({ kind: 'paused' }, { site: { host: 'acme.zendesk.com', enabled: true, builtIn: true, pausedUntil: Date.now() + 3_600_000 } });
    fireEvent.click(screen.getByRole('button', { name: /Paused until .*: resume/ }));
    expect(props.onResume).toHaveBeenCalled();
  });

  it('summarises today in one line with a trend arrow', () => {
    setup({ kind: 'no-draft' });
    expect(screen.getByText(/Today: 4 replies, average warmth 71/)).toBeTruthy();
    expect(screen.getByLabelText('warmer than the last 7 days')).toBeTruthy();
  });
});

describe('what was checked and the channel', () => {
  it('says what was skipped and lets the agent switch the channel', () => {
    const text = 'Hi Maria,\n\nSorry the parcel arrived broken. I have sent a replacement today.\n\nBest,\nSam\nCustomer Care | Acme Co.\n+44 20 7946 0321\n\nOn Mon, 3 Mar 2025, Maria <maria@example.com> wrote:\n> My order arrived broken!';
    const props = setup({ kind: 'ready', snapshot: snapshot(text) });
    expect(screen.getByText('Checked your reply; skipped your signature and the quoted email.')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Replies on this site are' });
    expect((within(group).getByRole('radio', { name: 'Email' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'Chat' }));
    expect(props.onChannel).toHaveBeenCalledWith('chat');
  });

  it('says the whole reply was checked when nothing was skipped', () => {
    setup({ kind: 'ready', snapshot: snapshot() });
    expect(screen.getByText('Checked your whole reply.')).toBeTruthy();
  });
});

describe('a check that ran out of time on a long reply', () => {
  it('says in words, in a polite live region, that it is still checking and the findings are so far', () => {
    setup({ kind: 'ready', snapshot: { ...snapshot(), incomplete: 'resuming' } });
    const note = screen.getByText(incompleteNote('resuming'));
    expect(note.getAttribute('role')).toBe('status');
    expect(note.getAttribute('aria-live')).toBe('polite');
    expect(note.textContent).toMatch(/^Still checking/);
    expect(screen.getByRole('heading', { name: /To fix in this draft \(\d+ so far\)/ })).toBeTruthy();
  });

  it('says it checked part of the reply once the coach stopped going on', () => {
    setup({ kind: 'ready', snapshot: { ...snapshot(), incomplete: 'stopped' } });
    expect(screen.getByText(incompleteNote('stopped')).textContent).toMatch(/checked part of your reply/);
  });

  it('says nothing of it for a whole check, yet keeps the live region ready to announce a change', () => {
    setup({ kind: 'ready', snapshot: snapshot() });
    const regions = screen.getAllByRole('status').filter((el) => el.classList.contains('incomplete-note'));
    expect(regions).toHaveLength(1);
    expect(regions[0]!.textContent).toBe('');
    expect(screen.queryByText(/Still checking|checked part of your reply/)).toBeNull();
    expect(screen.getByRole('heading', { name: /To fix in this draft \(\d+\)$/ })).toBeTruthy();
  });
});
