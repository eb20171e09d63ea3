/**
 * The one engine of the browser: validates a page's check request, rebuilds the draft from a delta,
 * and analyses it with the team's active rules. One analyzer (and so one per-sentence cache) serves
 * every tab and frame. No browser API here: the background wires it to runtime messaging
 * (engine-host/background.ts) and hands it the rules.
 *
 * What it keeps in memory: the last draft of each composer session, so the next keystroke can be
 * sent as a delta — dropped DRAFT_TTL_MS after its last check, when its tab closes, and beyond
 * MAX_DRAFTS sessions (oldest first); and the analyzer's per-sentence cache (bounded by the analyzer).
 * Nothing is written anywhere.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import type { Rule } from '../rules/schema';
import { applyPayload, rulesFingerprint } from '../engine-wire/delta';
import { checkRequestSchema, tryRequestSchema, type CheckResponse, type EngineSite, type TryResponse } from '../engine-wire/protocol';
import type { PageRuleView } from '../engine-wire/wire';
import { markStart } from '../engine-wire/start-marks';
import { WARM_UP_STEPS, type WarmUpStep } from './warm-up-sample';

export const DRAFT_TTL_MS = 10 * 60_000;
export const MAX_DRAFTS = 32;
/** The engine is shared by every tab: one hostile draft may hold it at most this long (the result says `complete: false`). */
const HOST_BUDGET_MS = 2_000;

/** The next task: messages that came meanwhile (a page's check) are handled first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface EngineHostOptions {
  /** Reads the active rules (storage, in the background). */
  loadRules(): Promise<readonly Rule[]>;
  ranIn: EngineSite;
  now?: () => number;
}

export interface EngineHost {
  /** Answers one request from a composer; `sender` names its tab and frame (`tabId:frameId`). */
  handle(request: unknown, sender: string): Promise<CheckResponse>;
  /** Answers the options page's test bench: the reply checked with the unsaved rules that came with it. */
  tryRules(request: unknown): TryResponse;
  /** The active rules changed (the background watches storage). */
  replaceRules(rules: readonly Rule[]): void;
  /** Forget every draft of a closed tab. */
  forgetTab(tabId: number): void;
  /**
   * Compile the rules and analyse the built-in sample before the first draft needs them. Once per analyzer:
   * when it is warm, a call does nothing; a check that comes meanwhile stops it, and the next call goes on from there.
   */
  warmUp(): Promise<void>;
  /** How many drafts it holds now (for tests and the README's claim). */
  readonly draftsHeld: number;
}

interface Engine {
  /** The rules it was built from: the same list again (the engine's rules are resolved once per stored state) skips the fingerprint. */
  rules: readonly Rule[];
  /** Of `rules`, computed when other rules arrive (not at the first install, on the way to the first check). */
  fingerprint: string | null;
  analyzer: Analyzer;
  view: PageRuleView | null;
  /** How many of the warm-up's steps this analyzer has run. */
  warmedSteps: number;
}

export function createEngineHost(options: EngineHostOptions, warmUpSteps: readonly WarmUpStep[] = WARM_UP_STEPS): EngineHost {
  const now = options.now ?? (() => Date.now());
  let engine: Engine | null = null;
  let loading: Promise<Engine> | null = null;
  const drafts = new Map<string, { seq: number; text: string; at: number }>();
  /** Checks analysed so far: a warm-up stops once one has run (it paid the first-use costs the warm-up was for). */
  let checksRun = 0;

  // The same rules keep the same analyzer, and with it the per-sentence cache.
  const install = (rules: readonly Rule[]) => {
    if (engine?.rules === rules) return engine;
    if (!engine) return (engine = { rules, fingerprint: null, analyzer: createAnalyzer(rules), view: null, warmedSteps: 0 });
    engine.fingerprint ??= rulesFingerprint(engine.rules);
    const fingerprint = rulesFingerprint(rules);
    if (engine.fingerprint !== fingerprint) engine = { rules, fingerprint, analyzer: createAnalyzer(rules), view: null, warmedSteps: 0 };
    else engine.rules = rules;
    return engine;
  };
  /** What the page keeps of the rules (the whole-reply ones), computed once per rule set. */
  const viewOf = (current: Engine): PageRuleView => {
    if (!current.view) {
      const rules = current.analyzer.rules.filter((rule) => rule.kind === 'structure');
      current.view = { fingerprint: rulesFingerprint(rules), rules };
    }
    return current.view;
  };
  // The bench's rules: one analyzer for the last rule set tried (the lead edits one working copy at a time).
  let tried: { json: string; analyzer: Analyzer } | null = null;

  /** Rule sets pushed so far (replaceRules): a read begun before a push may hold older rules than it. */
  let pushes = 0;
  const load = () => {
    const since = pushes;
    return (loading ??= options
      .loadRules()
      .then((rules) => {
        markStart('rules-resolved');
        const installed = pushes !== since && engine ? engine : install(rules);
        markStart('analyzer-ready');
        return installed;
      })
      .finally(() => {
        loading = null;
      }));
  };
  /** The page saw the rules change: read them now (a load begun before the change may have read the old ones). */
  const reload = () => options.loadRules().then(install);

  /** The warm-up under way: calls meanwhile (each focus in a reply box asks) share it. */
  let warming: Promise<void> | null = null;
  async function warm(): Promise<void> {
    const current = engine ?? (await load());
    const before = checksRun;
    // Step by step, each in its own task: a check that arrives while the engine starts waits for at most one
    // step, not for the whole warm-up, and the warm-up stops there (its own analysis pays the first costs);
    // the next call goes on from the step it stopped at. The same steps on the same analyzer only once.
    while (current.warmedSteps < warmUpSteps.length) {
      await nextTask();
      if (checksRun !== before || engine !== current) return;
      const step = warmUpSteps[current.warmedSteps]!;
      current.warmedSteps += 1;
      current.analyzer.analyze(step.text, step.options);
    }
    markStart('warm');
  }

  function sweep(): void {
    const oldest = now() - DRAFT_TTL_MS;
    for (const [key, draft] of drafts) if (draft.at < oldest) drafts.delete(key);
  }

  return {
    async handle(raw, sender) {
      markStart('first-check-in');
      const parsed = checkRequestSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, reason: 'failed', message: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
      const request = parsed.data;
      const key = `${sender}:${request.client}`;
      sweep();
      const held = drafts.get(key);
      const base = request.payload.kind === 'delta' && held?.seq === request.payload.base ? held.text : null;
      const text = applyPayload(base, request.payload);
      if (text === null) return { ok: false, reason: 'resend', message: 'the engine does not hold that draft' };
      drafts.delete(key); // Re-inserted last: the Map's order is the order of use.
      drafts.set(key, { seq: request.seq, text, at: now() });
      while (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
      try {
        const current = request.reloadRules ? await reload() : (engine ?? (await load()));
        // While the engine started, the agent typed on and the page sent newer drafts of this composer (each
        // after dropping the older check): analyse only the newest, so the first answer waits for one analysis.
        if ((drafts.get(key)?.seq ?? request.seq) > request.seq) return { ok: false, reason: 'superseded', message: 'a newer draft of this composer came' };
        checksRun += 1;
        const analysis = current.analyzer.analyze(text, { ...request.options, budgetMs: HOST_BUDGET_MS });
        markStart('first-check-out');
        const view = viewOf(current);
        // The page's copy of the whole-reply rules travels only when it is out of date.
        return view.fingerprint === request.rules ? { ok: true, analysis, ranIn: options.ranIn } : { ok: true, analysis, ranIn: options.ranIn, rules: view };
      } catch (error) {
        return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    tryRules(raw) {
      const parsed = tryRequestSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, message: `bad request: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
      const { text, customerMessage, channel, rules } = parsed.data;
      try {
        const json = JSON.stringify(rules); // The whole text, not a hash: a collision must not check with other rules.
        if (tried?.json !== json) tried = { json, analyzer: createAnalyzer(rules) };
        return { ok: true, analysis: tried.analyzer.analyze(text, { customerMessage, channel, budgetMs: HOST_BUDGET_MS }) };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    replaceRules(rules) {
      pushes += 1;
      install(rules);
    },
    forgetTab(tabId) {
      for (const key of drafts.keys()) if (key.startsWith(`${tabId}:`)) drafts.delete(key);
    },
    warmUp() {
      if (engine && engine.warmedSteps >= warmUpSteps.length) return Promise.resolve();
      return (warming ??= warm().finally(() => {
        warming = null;
      }));
    },
    get draftsHeld() {
      return drafts.size;
    },
  };
}
