/**
 * The coach for one document: finds the composer the agent is in, re-checks the draft after each
 * pause in typing (in slices, so the page stays responsive), paints underlines and keeps the badge,
 * list and card up to date. It only listens: page events are never cancelled or stopped, and
 * nothing of Rapport's goes into the editor. Everything hangs off one AbortSignal.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import { warmthBand } from '../engine/score';
import type { Analysis, Finding } from '../engine/types';
import { defaultPack } from '../rules/default';
import type { Rule } from '../rules/schema';
import { getActiveRules, watchActiveRules } from '../storage/rules';
import { getSettings, siteFor, watchSettings, type Settings } from '../storage/settings';
import { getPausedUntil, watchPause } from '../storage/pause';
import { getSiteChannel, watchSiteChannel } from '../storage/channel';
import { DEFAULT_CHANNEL, type Channel } from '../engine/channel';
import { buildReplyRecord, recordReply } from '../content/record-reply';
import { clickSendsDraft, keySendsDraft } from '../sites/send';
import { findEditor, type EditorAdapter, type EditorMatch } from '../editors';
import { FieldMirror } from '../highlight/mirror';
import { HighlightPainter, supportsHighlights } from '../highlight/painter';
import { underlineSpans } from '../highlight/spans'; // card:
import { composerContext, conversationDocument, readCustomerContext, type CustomerContext } from '../sites';
import { getIgnoredPhrases, normalizePhrase, phrasesFor, siteOf, watchIgnoredPhrases, type IgnoredPhrases } from '../storage/ignored-phrases';
import { ignoreForAgent } from './ignore';
import { mountUi, type UiHost } from '../card/mount';
import { findingKey, ViewStore, type CoachActions } from '../card/store';
import { revealInDraft } from '../card/reveal'; // card:
import { wholeReplyKinds } from '../card/groups'; // card:
import { bottomRight, cardPosition, contains, type Point } from './geometry';
import { runInSlices } from './slices';
import { ReplyOutbox } from './reply-outbox';
import { injectAnalysisFailure, publishTiming } from './test-hooks';
import type { DraftChecker } from './checker'; // host: the engine may run outside the page
import type { ApplyResponse, DraftSnapshot } from '../messages/draft';
import { snapshotOf } from './snapshot';
import { AgentGestures, agentOnly, DraftAuthorship, isAgentEvent } from './trusted';

export const DEBOUNCE_MS = 150;
export const SLICE_MS = 8;
const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 400;
const CONTEXT_TTL_MS = 2000;
const OUTBOX_RETRY_MS = 30_000;

interface Session {
  adapter: EditorAdapter;
  root: HTMLElement;
  controller: AbortController;
  painter: HighlightPainter | null;
  mirror: FieldMirror | null;
  /** The text the current findings refer to. */
  analysedText: string | null;
  /** Everything the engine found (before dismissals). */
  found: Finding[];
  dismissed: Set<string>;
  painted: { finding: Finding; range: Range }[];
  run: number;
  debounce: number | undefined;
  lastInputAt: number;
  savedRange: Range | null;
  /** The last full analysis (scores, mood, language) for the popup. */
  result: Analysis | null;
  customer: CustomerContext | null;
  /** Increments with every analysis the popup may act on. */
  version: number;
  /** For the daily summary: what happened while this reply was written, and whether it was counted. */
  edited: boolean;
  /** Who wrote this draft: clearing it counts as a send only when the agent wrote it and then clicked or pressed a key. */
  authorship: DraftAuthorship;
  applied: number;
  dismissedCount: number;
  recorded: boolean;
}

export interface CoachHandle {
  /** The editor being coached, if any (tests and debugging). */
  readonly root: HTMLElement | null;
  /** Milliseconds since page load of the last input in the coached editor (0 before any). */
  readonly lastInputAt: number;
  /** The current draft for the popup, or null when no editor is coached. */
  snapshot(): DraftSnapshot | null;
  /** Apply a rewording the popup showed; re-analyses instead when the draft changed since. */
  applyFromPopup(version: number, key: string, suggestion: number): Promise<ApplyResponse>;
  /** host: resolves once no check is scheduled or running (the popup's snapshot waits for it). */
  settled(): Promise<void>;
  /** Scroll to a finding and select it, so the agent sees it in the page. */
  reveal(version: number, key: string): boolean;
  destroy(): void;
  /** Calls back with the in-page badge's findings, warmth and band whenever they change (the toolbar badge). */
  onView(listener: (view: ReturnType<ViewStore['get']>) => void): () => void;
}

export interface CoachHooks {
  /** The channel a site adapter reads from the page (Zendesk's messaging composer, Intercom's chat…); the agent's popup choice wins. */
  detectChannel?(): Channel | null;
  /** True when the draft is the first message of a chat conversation (it still gets a welcome). */
  isFirstMessage?(): boolean;
}

// host: `checker` (optional) runs every analysis; without it the coach builds its own analyzer as before.
export function createCoach(doc: Document, signal: AbortSignal, hooks: CoachHooks = {}, checker?: DraftChecker): CoachHandle {
  const win = doc.defaultView!;
  const pageUrl = siteUrl(win);
  /** The hostname ignored phrases and the daily record are kept under. */
  const site = siteOf(pageUrl);
  const store = new ViewStore();
  store.set({ site });
  let analyzer: Analyzer | null = null;
  let ui: UiHost | null = null;
  let session: Session | null = null;
  // The phrases not flagged on this site, as one array per change (the engine reads a list once).
  let ignoredPhrases: string[] = [];
  let context: { at: number; root: HTMLElement; value: CustomerContext | null } | null = null;
  let hoverTimer: number | undefined;
  let closeTimer: number | undefined;
  let cardHovered = false;
  let frame = 0;
  let warming = false;
  const gestures = new AgentGestures(doc, signal);

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = true) =>
    doc.addEventListener(type, handler, { capture, passive: type !== 'keydown', signal });

  const useIgnored = (lists: IgnoredPhrases) => {
    ignoredPhrases = phrasesFor(lists, site);
  };
  void getIgnoredPhrases().then(useIgnored, () => undefined);
  const unwatch = watchIgnoredPhrases((lists) => {
    useIgnored(lists);
    if (session) analyseSoon(0);
  });
  signal.addEventListener('abort', () => {
    unwatch();
    detach();
    ui?.destroy();
    ui = null;
  });

  // The team's rules (the lead's edits, an imported pack, the policy) replace the default pack as
  // soon as they are read, and again whenever they change: no reload needed.
  let activeRules: readonly Rule[] = defaultPack.rules;
  const getAnalyzer = () => (analyzer ??= createAnalyzer(activeRules));
  const useRules = (rules: readonly Rule[]) => {
    activeRules = rules;
    analyzer = null;
    if (session) analyseSoon(0);
  };
  // host: a checker brings its own rules and says when they change.
  if (checker) signal.addEventListener('abort', checker.onRulesChanged(() => session && analyseSoon(0)));
  else {
    void getActiveRules().then(useRules, () => undefined);
    signal.addEventListener('abort', watchActiveRules(useRules));
  }

  // Is Rapport on here? The agent's site switches, the master switch and "pause for an hour".
  let settings: Settings | null = null;
  let pausedUntil: number | null = null;
  let resumeTimer: number | undefined;
  const siteOn = () => (settings ? siteFor(pageUrl, settings).enabled : true) && !(pausedUntil && pausedUntil > Date.now());
  const composerSelector = () => (settings ? siteFor(pageUrl, settings).composerSelector : undefined);
  const applyGate = () => {
    win.clearTimeout(resumeTimer);
    if (pausedUntil) resumeTimer = win.setTimeout(applyGate, Math.max(0, pausedUntil - Date.now()) + 50);
    if (!siteOn()) detach();
    else if (!session) consider(doc.activeElement);
  };
  void getSettings().then((value) => {
    settings = value;
    applyGate();
  }, () => undefined);
  void getPausedUntil().then((until) => {
    pausedUntil = until;
    applyGate();
  }, () => undefined);
  signal.addEventListener('abort', watchSettings((value) => {
    settings = value;
    applyGate();
  }));
  signal.addEventListener('abort', watchPause((until) => {
    pausedUntil = until;
    applyGate();
  }));

  // Where the reply goes (email, chat, social): the agent's choice for this site in the popup, else what the
  // helpdesk says of this composer (Zendesk messaging), else the site's own.
  let channelChoice: Channel | null = null;
  const channelNow = (root: HTMLElement): Channel =>
    channelChoice ?? composerContext(root).channel ?? hooks.detectChannel?.() ?? DEFAULT_CHANNEL;
  const host = hostOf(pageUrl);
  const useChannel = (channel: Channel | null) => {
    channelChoice = channel;
    if (session) analyseSoon(0);
  };
  void getSiteChannel(host).then(useChannel, () => undefined);
  signal.addEventListener('abort', watchSiteChannel(host, useChannel));

  // ---- finding composers -------------------------------------------------------------------
  const consider = (target: EventTarget | null | undefined) => {
    if (!(target instanceof win.Element) || (ui && ui.host.contains(target)) || !siteOn()) return;
    // A reply box the agent pointed out in the options (for helpdesks the adapters don't know).
    const custom = composerSelector();
    const box = custom ? safeClosest(target, custom) : null;
    const match = findEditor(target) ?? (box ? findEditor(box.querySelector('textarea, [contenteditable="true"], [contenteditable=""]') ?? box) : null);
    if (!match) return;
    // An internal note is for colleagues: not coached as a reply to the customer, never counted as one.
    if (isInternalNote(match.root)) {
      if (session?.root === match.root) detach();
      return;
    }
    attach(match);
  };

  listen('focusin', (event) => consider(event.composedPath()[0] ?? event.target));

  // Editors added later (or replaced by the page) are picked up when they take focus; this
  // observer also notices an editor that arrives already focused and one that goes away.
  const observer = new MutationObserver(() => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (session && (!session.root.isConnected || isInternalNote(session.root))) detach();
      if (!session || !session.root.contains(doc.activeElement)) consider(doc.activeElement);
    });
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());

  // ---- session lifecycle -------------------------------------------------------------------
  function attach(match: EditorMatch): void {
    if (session?.root === match.root) return;
    detach();
    ui ??= mountUi(doc, store, actions);
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    const { adapter, root } = match;
    const s: Session = {
      adapter,
      root,
      controller,
      painter: adapter.overlay || !supportsHighlights(doc) ? null : new HighlightPainter(doc),
      mirror: adapter.overlay ? new FieldMirror(root as HTMLTextAreaElement, ui.layer) : null,
      analysedText: null,
      found: [],
      dismissed: new Set(),
      painted: [],
      run: 0,
      debounce: undefined,
      lastInputAt: 0,
      savedRange: null,
      result: null,
      customer: null,
      version: 0,
      edited: false,
      authorship: new DraftAuthorship(root, gestures, controller.signal),
      applied: 0,
      dismissedCount: 0,
      recorded: false,
    };
    session = s;
    const on = { signal: controller.signal, passive: true };
    root.addEventListener('input', () => onInput(s), on);
    root.addEventListener('scroll', () => reposition(), on);
    root.addEventListener('mousemove', agentOnly((event: MouseEvent) => onPointer(s, event, false)), on);
    root.addEventListener('click', agentOnly((event: MouseEvent) => onPointer(s, event, true)), on);
    root.addEventListener('mouseleave', () => scheduleCardClose(), on);
    const resize = new ResizeObserver(() => reposition());
    resize.observe(root);
    controller.signal.addEventListener('abort', () => resize.disconnect());
    warmUp();
    analyseSoon(0);
  }

  function detach(): void {
    const s = session;
    markIdle(); // host
    if (!s) return;
    session = null;
    s.controller.abort();
    win.clearTimeout(s.debounce);
    s.painter?.clear();
    s.mirror?.destroy();
    setHighlightHook(0);
    store.set({ visible: false, panelOpen: false, card: null, findings: [], status: '' });
  }

  /** Compiling the tagger's lexicon takes a moment once; do it before the first keystroke needs it. */
  function warmUp(): void {
    if (checker) return void checker.warmUp?.(); // host: the checker's engine warms itself
    if (analyzer || warming) return;
    warming = true;
    const warm = () => {
      try {
        if (!signal.aborted && !analyzer) getAnalyzer().analyze('Hi there, you need to restart the router.');
      } catch {
        // A pack that cannot run shows up on the first real draft, as "could not check".
      }
    };
    // Called on win itself: Firefox throws for a detached requestIdleCallback ("does not implement interface Window").
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(warm, { timeout: 3000 });
    else win.setTimeout(warm, 200);
  }

  // ---- analysis -----------------------------------------------------------------------------
  function onInput(s: Session): void {
    // The reply just sent was cleared: what comes next is a new draft, even when typing starts
    // before the debounced check would have noticed the empty box (it would not be counted otherwise).
    if (s.recorded && s.adapter.readText(s.root).trim() === '') {
      s.recorded = false;
      s.result = null;
      s.applied = 0;
      s.dismissedCount = 0;
      s.dismissed.clear();
      s.authorship.reset();
    }
    s.lastInputAt = win.performance.now();
    s.edited = true;
    if (!store.get().checking) store.set({ checking: true });
    analyseSoon(DEBOUNCE_MS);
  }

  function analyseSoon(delay: number): void {
    const s = session;
    if (!s) return;
    win.clearTimeout(s.debounce);
    markBusy(); // host
    s.debounce = win.setTimeout(() => {
      s.debounce = undefined; // host: no check scheduled any more
      void analyse(s);
    }, delay);
  }

  /** The customer of the conversation that holds this composer (Zendesk keeps several tickets open). */
  function customer(root: HTMLElement): CustomerContext | null {
    const now = win.performance.now();
    if (!context || context.root !== root || now - context.at > CONTEXT_TTL_MS) context = { at: now, root, value: readCustomerContext(conversationDocument(doc), root) };
    return context.value;
  }

  /** Checks the draft; if anything throws, this draft says it could not be checked and the rest goes on. */
  async function analyse(s: Session): Promise<void> {
    win.clearTimeout(s.debounce); // host: this check replaces any scheduled one
    s.debounce = undefined;
    const run = ++s.run;
    try {
      await analyseDraft(s, run);
    } catch (error) {
      if (session !== s || s.run !== run) return;
      console.warn('[Rapport] this draft could not be checked', error);
      showFailure(s);
    } finally {
      if (session === s && s.run === run && s.debounce === undefined) markIdle(); // host
    }
  }

  // host: settles when no check is scheduled or running, so the popup reads a finished check, not a half-made one
  // (with the browser's engine a check takes a message round trip; the popup asks right after a resume or a focus).
  let busy: { promise: Promise<void>; resolve: () => void } | null = null;
  function markBusy(): void {
    if (busy) return;
    let resolve!: () => void;
    busy = { promise: new Promise<void>((done) => (resolve = done)), resolve };
  }
  function markIdle(): void {
    busy?.resolve();
    busy = null;
  }

  function showFailure(s: Session): void {
    s.analysedText = null;
    s.found = [];
    s.result = null;
    s.version += 1;
    let text = '';
    try {
      text = s.adapter.readText(s.root);
    } catch {
      // The editor itself is what failed: clear the underlines against an empty text.
    }
    paint(s, text, []);
    store.set({ visible: true, checking: false, failed: true, findings: [], card: null, anchor: bottomRight(s.root) });
  }

  async function analyseDraft(s: Session, run: number): Promise<void> {
    const text = s.adapter.readText(s.root);
    if (text.trim() === '') {
      if (s.edited && s.authorship.sentByAgent() && s.result?.language.checked) recordSent(s, s.result);
      s.edited = false;
      s.authorship.reset();
      s.recorded = false;
      s.applied = 0;
      s.dismissedCount = 0;
      s.analysedText = text;
      s.found = [];
      s.result = null;
      s.version += 1;
      s.dismissed.clear(); // A new draft starts (e.g. after Send).
      paint(s, text, []);
      store.set({ visible: false, checking: false, failed: false, findings: [], panelOpen: false, card: null });
      return;
    }
    injectAnalysisFailure(text);
    const who = customer(s.root);
    const started = win.performance.now();
    let slices = 0;
    let longestSlice = 0;
    // host: a checker (the browser's engine) analyses off this page; otherwise in slices here.
    const outcome = checker
      ? await checker.check(text, { customerMessage: who?.message, customerName: who?.name, ignored: { phrases: ignoredPhrases }, channel: channelNow(s.root), firstMessage: hooks.isFirstMessage?.() ?? false }, s.controller.signal).then(
          (value) => (value ? ({ status: 'done', value } as const) : ({ status: 'stopped' } as const)),
          (error: unknown) => ({ status: 'failed', error }) as const,
        )
      : await runInSlices(
      win,
      getAnalyzer().analyzeInSlices(
        text,
        { customerMessage: who?.message, customerName: who?.name, ignored: { phrases: ignoredPhrases }, channel: channelNow(s.root), firstMessage: hooks.isFirstMessage?.() ?? false },
        SLICE_MS,
      ),
      () => session === s && s.run === run,
      s.controller.signal,
      (ms) => {
        slices += 1;
        longestSlice = Math.max(longestSlice, ms);
      },
    );
    if (outcome.status === 'failed') throw outcome.error;
    if (outcome.status === 'stopped' || session !== s || s.run !== run) return;
    const result: Analysis = outcome.value;
    const analysedAt = win.performance.now();
    // Paint in a task of its own: the analysis's last slice and a big draft's repaint together
    // could make one long task.
    if (text.length > 20_000) {
      await new Promise((resolve) => win.setTimeout(resolve, 0));
      if (session !== s || s.run !== run) return;
    }
    s.analysedText = text;
    s.found = result.findings;
    s.result = result;
    s.customer = who;
    s.version += 1;
    const shown = visibleFindings(s);
    paint(s, text, shown);
    const card = store.get().card;
    store.set({
      visible: true,
      checking: false,
      failed: false,
      findings: shown,
      draft: text, // card: the card shows a finding's whole sentence
      wholeReply: wholeReplyKinds(getAnalyzer().rules), // card: the list sets whole-reply findings apart, as the popup does
      warmth: result.scores.warmth,
      band: warmthBand(result.scores.warmth),
      explanation: result.scoreExplanation,
      checked: result.language.checked,
      skipped: result.structure.skipped,
      anchor: bottomRight(s.root),
      card: card && shown.some((f) => findingKey(f) === card.key) ? card : null,
    });
    const painted = win.performance.now();
    publishTiming(ui?.host, {
      inputToPaintMs: Math.round(painted - s.lastInputAt),
      analyseMs: Math.round(analysedAt - started),
      paintMs: Math.round(painted - analysedAt),
      slices,
      longestSliceMs: Math.round(longestSlice),
      chars: text.length,
      findings: shown.length,
    });
  }

  const dismissKey = (f: Finding) => `${f.ruleId}|${normalizePhrase(f.text)}`;
  const visibleFindings = (s: Session) => s.found.filter((f) => !s.dismissed.has(dismissKey(f)));

  function paint(s: Session, text: string, findings: readonly Finding[]): void {
    const spans = underlineSpans(findings); // card: one underline per stretch of text, the same in mirror and highlights
    if (s.mirror) {
      s.mirror.paint(text, spans);
      setHighlightHook(spans.length);
      return;
    }
    s.painted = [];
    for (const { finding, start, end } of spans) {
      const range = s.adapter.rangeOf(s.root, start, end);
      if (range) s.painted.push({ finding, range });
    }
    s.painter?.paint(s.painted.map(({ finding, range }) => ({ range, severity: finding.severity })));
    setHighlightHook(s.painted.length);
  }

  /** Rapport's own host carries the number of painted underlines (the registry lives in the page). */
  function setHighlightHook(count: number): void {
    ui?.host.setAttribute('data-rapport-highlights', String(count));
  }

  // ---- keeping the badge and the mirror in place ---------------------------------------------
  let positionFrame = 0;
  function reposition(): void {
    if (positionFrame) return;
    positionFrame = win.requestAnimationFrame(() => {
      positionFrame = 0;
      const s = session;
      if (!s) return;
      s.mirror?.sync();
      const card = store.get().card;
      // A hover card is placed against the text; once the text moves, it goes.
      if (card && !card.focus) store.set({ card: null });
      if (store.get().visible) store.set({ anchor: bottomRight(s.root) });
    });
  }
  listen('scroll', reposition);
  win.addEventListener('resize', reposition, { passive: true, signal });

  // ---- the card: hover or click an underline, or Alt+Shift+R at the caret --------------------
  function findingAtPoint(s: Session, point: Point): { finding: Finding; rect: DOMRect } | null {
    if (s.mirror) {
      const byStart = new Map(store.get().findings.map((f) => [f.start, f]));
      for (const { start, rects } of s.mirror.spanRects()) {
        const rect = rects.find((r) => contains(r, point));
        const finding = byStart.get(start);
        if (rect && finding) return { finding, rect };
      }
      return null;
    }
    for (const { finding, range } of s.painted) {
      const rect = [...range.getClientRects()].find((r) => contains(r, point));
      if (rect) return { finding, rect };
    }
    return null;
  }

  function onPointer(s: Session, event: MouseEvent, clicked: boolean): void {
    win.clearTimeout(hoverTimer);
    const hit = findingAtPoint(s, { x: event.clientX, y: event.clientY });
    if (!hit) {
      scheduleCardClose();
      return;
    }
    win.clearTimeout(closeTimer);
    const open = () => openCard(hit.finding, hit.rect, false);
    if (clicked) open();
    else if (store.get().card?.key !== findingKey(hit.finding)) hoverTimer = win.setTimeout(open, HOVER_OPEN_MS);
  }

  function scheduleCardClose(): void {
    win.clearTimeout(closeTimer);
    const card = store.get().card;
    if (!card || card.focus) return;
    closeTimer = win.setTimeout(() => {
      if (!cardHovered && !store.get().card?.focus) store.set({ card: null });
    }, HOVER_CLOSE_MS);
  }

  function openCard(finding: Finding, rect: DOMRect, focus: boolean): void {
    store.set({ card: { key: findingKey(finding), ...cardPosition(win, rect), focus } });
  }

  // card: where a finding is in the draft (a mirror mark for form fields, a range in rich editors)
  const findingTarget = (s: Session, f: Finding) => (s.mirror ? s.mirror.markFor(f.start) : s.adapter.rangeOf(s.root, f.start, f.end));

  function saveSelection(s: Session): void {
    const selection = doc.getSelection();
    s.savedRange = !s.adapter.overlay && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  }

  function returnFocus(): void {
    const s = session;
    if (!s) return;
    s.root.focus({ preventScroll: true });
    const range = s.savedRange;
    if (range && range.startContainer.isConnected && s.root.contains(range.startContainer)) {
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  }

  listen('keydown', (event) => {
    const s = session;
    if (!s || !isAgentEvent(event) || !(s.root === doc.activeElement || s.root.contains(doc.activeElement))) return;
    if (event.key === 'Escape' && store.get().card) {
      store.set({ card: null }); // The page still sees its Escape.
      return;
    }
    if (!(event.altKey && event.shiftKey && event.code === 'KeyR')) return;
    event.preventDefault(); // Our own shortcut only; every other key goes through untouched.
    saveSelection(s);
    const caret = s.adapter.caretOffset(s.root);
    const findings = store.get().findings;
    const finding = caret === null ? undefined : findings.find((f) => f.start <= caret && caret <= f.end);
    if (!finding) {
      store.set({ panelOpen: true, card: null });
      return;
    }
    const rect = s.adapter.rangeOf(s.root, finding.start, finding.end)?.getBoundingClientRect() ?? s.root.getBoundingClientRect();
    openCard(finding, rect, true);
  });

  // ---- actions from the UI ------------------------------------------------------------------
  const actions: CoachActions = {
    togglePanel() {
      const s = session;
      if (s && !store.get().panelOpen) saveSelection(s);
      store.set({ panelOpen: !store.get().panelOpen, card: null, status: '' });
      if (s) store.set({ anchor: bottomRight(s.root) });
    },
    closePanel() {
      store.set({ panelOpen: false });
      returnFocus();
    },
    closeCard() {
      store.set({ card: null });
      returnFocus();
    },
    stepCard(delta) {
      // card: next/previous finding from the card's keyboard (Tab / arrows), the draft scrolled to it
      const s = session;
      const { findings, card } = store.get();
      const next = findings[(findings.findIndex((f) => findingKey(f) === card?.key) + delta + findings.length) % findings.length];
      if (!s || !next) return;
      openCard(next, revealInDraft(s.root, findingTarget(s, next), s.mirror ? (s.root as HTMLTextAreaElement) : undefined) ?? s.root.getBoundingClientRect(), true);
    },
    revealFinding(key) {
      // card: the list scrolls the draft to the finding under discussion
      const s = session;
      const finding = store.get().findings.find((f) => findingKey(f) === key);
      if (s && finding) revealInDraft(s.root, findingTarget(s, finding), s.mirror ? (s.root as HTMLTextAreaElement) : undefined);
    },
    cardHover(inside) {
      cardHovered = inside;
      if (inside) win.clearTimeout(closeTimer);
      else scheduleCardClose();
    },
    apply(finding, index) {
      void apply(finding, index);
    },
    dismiss(finding) {
      const s = session;
      if (!s || s.analysedText === null) return;
      s.dismissed.add(dismissKey(finding));
      s.dismissedCount += 1;
      const shown = visibleFindings(s);
      paint(s, s.analysedText, shown);
      store.set({ findings: shown, card: null, status: 'Dismissed for this reply.' });
    },
    ignore(finding, everywhere) {
      if (session) session.dismissedCount += 1;
      void ignoreForAgent(finding.text, everywhere ? 'everywhere' : { site }).then(({ lists, status }) => {
        if (lists) useIgnored(lists);
        store.set({ card: null, status });
        analyseSoon(0);
      });
    },
  };

  async function apply(finding: Finding, index: number): Promise<void> {
    const s = session;
    const replacement = finding.suggestions[index];
    if (!s || replacement === undefined) return;
    // Only write into the draft the suggestion was made for; otherwise check again first.
    if (s.adapter.readText(s.root) !== s.analysedText) {
      store.set({ status: 'The reply changed; checking it again.' });
      win.clearTimeout(s.debounce);
      await analyse(s);
      return;
    }
    store.set({ card: null });
    const ok = await s.adapter.replace(s.root, finding.start, finding.end, replacement);
    if (session !== s) return;
    store.set({ status: ok ? 'Applied. Ctrl+Z undoes it.' : 'This editor did not accept the change; nothing was modified.' });
    if (ok) s.applied += 1;
    s.lastInputAt = win.performance.now();
    win.clearTimeout(s.debounce);
    await analyse(s);
  }

  // The tagger's one-time start-up is a single task of ~50-100 ms: do it while the page is idle,
  // before the agent types, on pages that have somewhere to type.
  if (doc.querySelector('textarea, [contenteditable], input[type="text"]')) warmUp();
  // Everything above is declared: now pick up an editor that already has focus.
  consider(doc.activeElement);

  // ---- the daily summary: count a reply when it is sent ---------------------------------------
  // Records the background could not be reached for wait here and go with the next reply or the timer.
  let outboxTimer: number | undefined;
  const outbox = new ReplyOutbox(
    (record) => recordReply(record),
    ({ waiting, lost, lastError }) => {
      win.clearTimeout(outboxTimer);
      if (waiting > 0 && !signal.aborted) outboxTimer = win.setTimeout(() => void outbox.flush(), OUTBOX_RETRY_MS);
      const lostNote = lost ? ` ${lost === 1 ? '1 earlier reply' : `${lost} earlier replies`} could not be kept.` : '';
      if (waiting > 0) {
        const replies = waiting === 1 ? '1 sent reply' : `${waiting} sent replies`;
        store.set({ status: `Rapport could not count ${replies} in your daily summary yet${lastError ? ` (${lastError})` : ''}; it will try again.${lostNote}` });
      } else if (lost > 0) store.set({ status: lostNote.trim() });
    },
  );
  signal.addEventListener('abort', () => win.clearTimeout(outboxTimer));

  /** One record per sent reply: scores and counts only, never the reply's or the customer's text. */
  function recordSent(s: Session, result: Analysis): void {
    if (s.recorded) return;
    s.recorded = true;
    void outbox.submit(
      buildReplyRecord({
        site,
        warmth: result.scores.warmth,
        findings: result.findings.filter((f) => !s.dismissed.has(dismissKey(f))),
        suggestionsApplied: s.applied,
        suggestionsDismissed: s.dismissedCount,
        skipped: result.structure.skipped,
      }),
    );
  }

  /** The draft as it is at the moment of sending (the debounced analysis may be a keystroke behind). */
  function sendNow(): void {
    const s = session;
    if (!s || s.recorded || isInternalNote(s.root)) return;
    // Runs inside the page's own click and key handling: whatever happens here, the page's send goes on.
    try {
      const text = s.adapter.readText(s.root);
      if (text.trim() === '') return;
      injectAnalysisFailure(text);
      // host: with a checker, a draft not yet checked is counted when its check comes back.
      if (checker && !(s.analysedText === text && s.result)) {
        void checker.check(text, { customerMessage: s.customer?.message, customerName: s.customer?.name, ignored: { phrases: ignoredPhrases }, channel: channelNow(s.root), firstMessage: hooks.isFirstMessage?.() ?? false }, new AbortController().signal).then(
          (result) => result?.language.checked && recordSent(s, result),
          (error: unknown) => console.warn('[Rapport] this reply could not be counted', error),
        );
        return;
      }
      const result =
        s.analysedText === text && s.result
          ? s.result
          : getAnalyzer().analyze(text, { customerMessage: s.customer?.message, customerName: s.customer?.name, ignored: { phrases: ignoredPhrases }, budgetMs: 30, channel: channelNow(s.root), firstMessage: hooks.isFirstMessage?.() ?? false });
      if (result.language.checked) recordSent(s, result);
    } catch (error) {
      // A draft that cannot be checked has no score to record; its badge already says so.
      console.warn('[Rapport] this reply could not be counted', error);
    }
  }

  // Capture phase: Rapport counts the reply before the page's own handler sends and clears it.
  // Only the agent's own (trusted) clicks and keys, and only controls of this composer (lib/sites/send.ts):
  // a page script calling `.click()` on Send records nothing.
  listen('click', (event) => {
    const s = session;
    if (s && isAgentEvent(event) && clickSendsDraft(event.target, s.root)) sendNow();
  });
  listen('keydown', (event) => {
    const s = session;
    if (s && isAgentEvent(event) && keySendsDraft(event, s.root)) sendNow();
  });

  // ---- the toolbar popup ----------------------------------------------------------------------
  const findByKey = (s: Session, version: number, key: string) =>
    s.version === version ? visibleFindings(s).find((f) => findingKey(f) === key) : undefined;

  return {
    get root() {
      return session?.root ?? null;
    },
    get lastInputAt() {
      return session?.lastInputAt ?? 0;
    },
    snapshot() {
      const s = session;
      if (!s) return null;
      return snapshotOf({ version: s.version, editor: s.adapter.id, result: s.result, findings: visibleFindings(s), customer: s.customer ?? customer(s.root) }, checker ? checker.rules() : getAnalyzer().rules); // host: the checker's rules
    },
    async applyFromPopup(version, key, suggestion) {
      const s = session;
      if (!s) return { outcome: 'failed', snapshot: null };
      const finding = findByKey(s, version, key);
      if (!finding || s.adapter.readText(s.root) !== s.analysedText) {
        win.clearTimeout(s.debounce);
        await analyse(s);
        return { outcome: 'stale', snapshot: this.snapshot() };
      }
      const before = s.version;
      await apply(finding, suggestion);
      const changed = s.version !== before && s.analysedText !== null && !s.found.some((f) => findingKey(f) === key && f.text === finding.text);
      return { outcome: changed ? 'applied' : 'failed', snapshot: this.snapshot() };
    },
    reveal(version, key) {
      const s = session;
      const finding = s && findByKey(s, version, key);
      if (!s || !finding) return false;
      if (s.adapter.overlay) {
        const field = s.root as HTMLTextAreaElement;
        field.focus({ preventScroll: true });
        field.setSelectionRange(finding.start, finding.end);
        field.scrollIntoView({ block: 'center', behavior: 'smooth' });
      } else {
        const range = s.adapter.rangeOf(s.root, finding.start, finding.end);
        if (!range) return false;
        (range.startContainer.parentElement ?? s.root).scrollIntoView({ block: 'center', behavior: 'smooth' });
        const selection = doc.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        openCard(finding, range.getBoundingClientRect(), false);
      }
      return true;
    },
    destroy() {
      detach();
    },
    settled: () => busy?.promise ?? Promise.resolve(), // host
    onView: (listener) => store.subscribe(() => listener(store.get())),
  };
}

function isInternalNote(root: HTMLElement): boolean {
  return composerContext(root).mode === 'internal-note';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** `closest` with a selector the agent typed: a broken selector matches nothing instead of throwing. */
function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/**
 * The address that decides whether Rapport is on: the page's own, or for an editor in an
 * about:srcdoc / about:blank frame (TinyMCE's), the page that holds the frame.
 */
function siteUrl(win: Window): string {
  if (/^https?:/.test(win.location.href)) return win.location.href;
  try {
    if (win.top && /^https?:/.test(win.top.location.href)) return win.top.location.href;
  } catch {
    // A cross-origin top frame: fall back to its origin below.
  }
  const origins = win.location.ancestorOrigins;
  const top = origins && origins.length ? origins[origins.length - 1] : win.origin;
  return top && /^https?:/.test(top) ? `${top}/` : win.location.href;
}
