/**
 * Checks the draft a moment after it stops changing (debounced), through the injected DraftChecker,
 * and puts the result on the draft and the view. A newer change supersedes a running check; a check
 * that fails says so on this draft's badge while everything else goes on; an emptied draft starts a
 * new one (after telling send recording, which may count it as sent).
 */
import { wholeReplyKinds } from '../card/groups';
import { warmthBand } from '../engine/score';
import type { Analysis, AnalyzeOptions, Finding } from '../engine/types';
import { findingKey, type CoachView } from '../card/store';
import { conversationDocument, readCustomerContext, type CustomerContext } from '../sites';
import type { DraftChecker } from './checker';
import { bottomRight } from './geometry';
import type { CoachSession, Draft } from './session';
import type { SettingsGate } from './settings-gate';
import { injectAnalysisFailure, injectIncompleteCheck, publishFirstLook, publishHeldForComposition, publishTiming } from './test-hooks';
import { MAX_WAIT_MS } from './debounce';
import { firstLookFor } from './first-look';
import { leftOutOf, withCurrentLeftOut, withEditorLeftOut } from './left-out';

export { DEBOUNCE_MS } from './debounce';
/** The customer's message is read again at most this often (the page rarely changes it while the agent types). */
const CONTEXT_TTL_MS = 2000;
/** Above this size the repaint gets a task of its own after the analysis's last slice. */
const PAINT_APART_CHARS = 20_000;
/**
 * The engine checks a draft for at most its budget per request (a slow machine, a very long draft) and keeps each
 * sentence's progress, so asking again goes on where it stopped. A bound, so a draft the engine can never finish
 * still ends with what was found.
 */
export const MAX_CHECK_ROUNDS = 40;
/**
 * A check still incomplete after its rounds stays marked so (the badge and the list say it is still checking) and goes
 * on by itself, with no change to the text, at most this many times: then it says it checked part of the reply, and
 * the next edit checks again. Each resume is another MAX_CHECK_ROUNDS at the most, so a page never spins the CPU.
 */
export const MAX_RESUMES = 5;
/** The wait before the first resume; each next one waits twice as long (the page and the engine get their time back). */
export const RESUME_DELAY_MS = 1000;

/** How the last check ran in slices (the in-page checker reports it; test builds publish it). */
export interface RunStats {
  slices: number;
  longestSliceMs: number;
}

export interface AnalysisScheduler {
  /** Checks the current draft now (a pending debounced check is dropped); resolves once it is shown or superseded. */
  checkNow(): Promise<void>;
  /** The options a check of `draft` uses now (send recording checks with the same). */
  optionsFor(draft: Draft): AnalyzeOptions;
  /** The customer of the conversation that holds the draft's composer (read again at most every 2 s). */
  customerOf(draft: Draft): CustomerContext | null;
  /** Resolves once no check is scheduled or running (the popup's snapshot waits for a finished check). */
  settled(): Promise<void>;
}

export function startAnalysisScheduler(
  session: CoachSession,
  checker: DraftChecker,
  gate: SettingsGate,
  runStats: () => RunStats | null = () => null,
): AnalysisScheduler {
  const { win, store, signal } = session;
  let debounce: number | undefined;
  /** The pending check must run even if the text is the one last checked (rules or settings changed). */
  let force = false;
  let run = 0;
  let running: AbortController | null = null;
  let context: { at: number; root: HTMLElement; value: CustomerContext | null } | null = null;
  /** The text whose check ended incomplete, how often it has resumed, and the timer of the next resume. */
  let partial: { draft: Draft; text: string; resumes: number; timer: number | undefined } | null = null;
  const stopResuming = () => {
    win.clearTimeout(partial?.timer);
    if (partial) partial.timer = undefined;
  };
  /** How many checks an input method's composition held back (test builds publish it). */
  let heldForComposition = 0;
  // With the browser's engine a check is a message round trip: the popup, asking right after a focus or a
  // resume, should read the finished check rather than a half-made one.
  let busy: { promise: Promise<void>; resolve: () => void } | null = null;
  const markBusy = () => {
    if (busy) return;
    let resolve!: () => void;
    busy = { promise: new Promise<void>((done) => (resolve = done)), resolve };
  };
  const markIdle = () => {
    busy?.resolve();
    busy = null;
  };

  const cancel = () => {
    stopResuming();
    partial = null;
    win.clearTimeout(debounce);
    debounce = undefined;
    pendingSince = null;
    running?.abort();
    running = null;
    markIdle();
  };
  signal.addEventListener('abort', cancel);
  signal.addEventListener('abort', checker.onRulesChanged(() => session.emit('recheck', 0)));

  /** When the change the pending check waits for first came (null when none is pending). */
  let pendingSince: number | null = null;
  const schedule = (delay: number, forced: boolean) => {
    const draft = session.draft;
    if (!draft) return;
    force ||= forced;
    const now = win.performance.now();
    pendingSince ??= now;
    win.clearTimeout(debounce);
    markBusy();
    debounce = win.setTimeout(() => {
      debounce = undefined;
      pendingSince = null;
      void analyse(draft, force);
    }, Math.max(0, Math.min(delay, pendingSince + MAX_WAIT_MS - now)));
  };
  session.on('recheck', (delay) => schedule(delay, true));
  session.on('changed', (delay) => schedule(delay, false));
  session.on('attached', () => {
    checker.warmUp?.();
    session.emit('recheck', 0);
  });
  session.on('detached', cancel);
  // The engine's one-time start-up is best done while the page is idle, on pages that have somewhere to type.
  if (session.doc.querySelector('textarea, [contenteditable], input[type="text"]')) checker.warmUp?.();

  /** The customer of the conversation that holds this composer (Zendesk keeps several tickets open). */
  const customer = (root: HTMLElement): CustomerContext | null => {
    const now = win.performance.now();
    if (!context || context.root !== root || now - context.at > CONTEXT_TTL_MS) {
      context = { at: now, root, value: readCustomerContext(conversationDocument(session.doc), root) };
    }
    return context.value;
  };

  const optionsFor = (draft: Draft, who = customer(draft.root)): AnalyzeOptions => ({
    customerMessage: who?.message,
    customerName: who?.name,
    ignored: { phrases: gate.ignoredPhrases() },
    channel: gate.channelFor(draft.root),
    firstMessage: gate.isFirstMessage(),
  });

  async function analyse(draft: Draft, forced = true): Promise<void> {
    win.clearTimeout(debounce);
    debounce = undefined;
    pendingSince = null;
    if (draft.composing) {
      // An input method is composing (composition.ts): the half-made word is not checked or painted; its end schedules
      // the check, which runs then if still wanted.
      force ||= forced;
      publishHeldForComposition(session.mountedUi?.host, ++heldForComposition);
      if (running === null) markIdle();
      return;
    }
    force = false;
    if (!forced && isUnchanged(draft)) {
      if (running === null) markIdle();
      return;
    }
    running?.abort();
    stopResuming(); // This check is the resume, or a newer one.
    const controller = new AbortController();
    running = controller;
    const current = ++run;
    const isCurrent = () => session.draft === draft && run === current && !controller.signal.aborted;
    draft.signal.addEventListener('abort', () => controller.abort(), { signal: controller.signal });
    try {
      await check(draft, controller.signal, isCurrent);
    } catch (error) {
      if (!isCurrent()) return;
      console.warn('[Rapport] this draft could not be checked', error);
      showFailure(draft);
    } finally {
      if (running === controller) running = null;
      controller.abort(); // Drops the listener on the draft's signal.
      if (running === null && debounce === undefined) markIdle();
    }
  }

  /** The text is the one last checked and nothing else changed: the findings stand (and a running check goes on). */
  function isUnchanged(draft: Draft): boolean {
    let text: string;
    try {
      text = draft.adapter.readText(draft.root);
    } catch {
      return false; // Checking says what failed.
    }
    draft.seenText = text;
    const same = text === draft.analysedText && running === null;
    if (same && store.get().checking) store.set({ checking: false });
    if (same) showCurrentLeftOut(draft);
    return same;
  }

  /** The agent deleted (or the page put back) only the signature or the quote: the line says so, with no new check. */
  function showCurrentLeftOut(draft: Draft): void {
    const before = draft.result;
    const now = withCurrentLeftOut(draft);
    if (now && now !== before && session.draft === draft) store.set({ skipped: now.structure.skipped });
  }

  async function check(draft: Draft, runSignal: AbortSignal, isCurrent: () => boolean): Promise<void> {
    const text = draft.adapter.readText(draft.root);
    const leftOut = leftOutOf(draft.adapter, draft.root);
    draft.seenText = text;
    if (text.trim() === '') {
      startAfresh(draft, text);
      return;
    }
    injectAnalysisFailure(text);
    const who = customer(draft.root);
    const options = optionsFor(draft, who);
    const started = win.performance.now();
    const firstLook = firstLookFor(draft.analysedText, text, caretOf(draft));
    let result = firstLook ? await checker.check(text, { ...options, firstLook }, runSignal) : null;
    if (firstLook && (!result || !isCurrent())) return;
    if (result && !result.complete) {
      showFirstLook(draft, text, result.findings);
      result = null;
    }
    result ??= await checker.check(text, options, runSignal);
    for (let round = 1; result && !result.complete && round < MAX_CHECK_ROUNDS; round++) {
      if (!isCurrent()) return;
      // What the engine found so far stays in view (the draft still "checking") while it goes on.
      showFirstLook(draft, text, result.findings);
      result = await checker.check(text, options, runSignal);
    }
    if (!result || !isCurrent()) return;
    result = injectIncompleteCheck(text, result);
    const engineSkipped = result.structure.skipped;
    result = withEditorLeftOut(result, leftOut);
    // Only the signature or quoted history the box already held: a reply not yet written, as an empty box.
    if (!result.language.checked && result.language.reason === 'empty') {
      startAfresh(draft, text);
      return;
    }
    const analysedAt = win.performance.now();
    if (text.length > PAINT_APART_CHARS) {
      await new Promise((resolve) => win.setTimeout(resolve, 0));
      if (!isCurrent()) return;
    }
    draft.customer = who;
    draft.engineSkipped = engineSkipped;
    const resumes = partial?.draft === draft && partial.text === text ? partial.resumes : 0;
    let incomplete: 'resuming' | 'stopped' | null = null;
    if (!result.complete) incomplete = resumeLater(draft, text);
    else partial = null;
    const shown = show(draft, text, result, {
      checking: false,
      incomplete,
      warmth: result.scores.warmth,
      band: warmthBand(result.scores.warmth),
      explanation: result.scoreExplanation,
      checked: result.language.checked,
      skipped: result.structure.skipped,
      wholeReply: wholeReplyKinds(checker.rules()),
      engineNote: checker.engineNote?.() ?? null,
    });
    const painted = win.performance.now();
    const stats = runStats();
    publishTiming(session.mountedUi?.host, {
      inputToPaintMs: Math.round(painted - draft.lastInputAt),
      analyseMs: Math.round(analysedAt - started),
      paintMs: Math.round(painted - analysedAt),
      slices: stats?.slices ?? 0,
      longestSliceMs: Math.round(stats?.longestSliceMs ?? 0),
      chars: text.length,
      findings: shown.length,
      complete: result.complete,
      resumes,
    });
  }

  /**
   * A check that ended incomplete goes on later by itself, the same text and no change needed: 'resuming' while it
   * will, 'stopped' once it has resumed MAX_RESUMES times (the next edit checks again).
   */
  function resumeLater(draft: Draft, text: string): 'resuming' | 'stopped' {
    if (partial?.draft !== draft || partial.text !== text) partial = { draft, text, resumes: 0, timer: undefined };
    const resuming = partial;
    stopResuming();
    if (resuming.resumes >= MAX_RESUMES) return 'stopped';
    resuming.timer = win.setTimeout(() => {
      resuming.timer = undefined;
      // A newer text, or a check already running (it resumes or finishes this one), supersedes it; a pending one it runs now.
      if (partial !== resuming || session.draft !== draft || draft.analysedText !== text || running) return;
      resuming.resumes += 1;
      markBusy();
      void analyse(draft);
    }, RESUME_DELAY_MS * 2 ** resuming.resumes);
    return 'resuming';
  }

  function caretOf(draft: Draft): number | null {
    try {
      return draft.adapter.caretOffset(draft.root);
    } catch {
      return null; // The first look starts from the end instead.
    }
  }

  /**
   * Puts a check's findings on the draft and the view. A first look (`result` null: phrase findings around the
   * caret while the full check runs) leaves the draft "checking", without a score, whole-reply findings or a
   * result a send could record.
   */
  function show(draft: Draft, text: string, result: Analysis | null, view: Partial<CoachView>, findings = result?.findings ?? []): Finding[] {
    draft.analysedText = text;
    draft.found = findings;
    draft.result = result;
    draft.version += 1;
    const shown = session.visibleFindings(draft);
    session.emit('shown', draft);
    const card = store.get().card;
    store.set({
      visible: true,
      failed: false,
      findings: shown,
      anchor: bottomRight(draft.root, session.surface),
      card: card && shown.some((f) => findingKey(f) === card.key) ? card : null,
      // The card shows a finding's whole sentence; the list sets whole-reply findings apart, as the popup does.
      draft: text,
      ...view,
    });
    return shown;
  }

  function showFirstLook(draft: Draft, text: string, findings: Finding[]): void {
    const shown = show(draft, text, null, { checking: true, incomplete: null }, findings);
    publishFirstLook(session.mountedUi?.host, { inputToPaintMs: Math.round(win.performance.now() - draft.lastInputAt), chars: text.length, findings: shown.length });
  }

  /** An empty box: the reply was sent or thrown away, and the next words start a new draft. */
  function startAfresh(draft: Draft, text: string): void {
    session.emit('cleared', draft);
    draft.edited = false;
    draft.authorship.reset();
    draft.recorded = false;
    draft.applied = 0;
    draft.dismissedCount = 0;
    draft.analysedText = text;
    draft.found = [];
    draft.result = null;
    draft.version += 1;
    draft.dismissed.clear();
    session.emit('shown', draft);
    store.set({ visible: false, checking: false, incomplete: null, failed: false, findings: [], panelOpen: false, card: null });
  }

  function showFailure(draft: Draft): void {
    draft.analysedText = null;
    draft.found = [];
    draft.result = null;
    draft.version += 1;
    session.emit('shown', draft);
    store.set({ visible: true, checking: false, incomplete: null, failed: true, findings: [], card: null, anchor: bottomRight(draft.root, session.surface) });
  }

  return {
    checkNow: () => (session.draft ? analyse(session.draft) : Promise.resolve()),
    optionsFor: (draft) => optionsFor(draft),
    customerOf: (draft) => customer(draft.root),
    settled: () => busy?.promise ?? Promise.resolve(),
  };
}
