/**
 * The coach's DraftChecker when the engine runs once for the whole browser (in the background): each
 * check sends the draft — or only what changed since the last one — over the extension's runtime
 * messaging and receives the findings. When the engine cannot be reached (the extension was updated,
 * the background failed to start), the same check runs in this page instead, so the coach never goes
 * blank; the next check tries the engine again.
 */
import type { DraftChecker } from '../coach/checker';
import type { Analysis, AnalyzeOptions } from '../engine/types';
import type { Rule } from '../rules/schema';
import { payloadFor } from '../engine-wire/delta';
import type { CheckRequest } from '../engine-wire/protocol';
import { ENGINE_CHECK, isCheckResponse, type CheckResponse, type EngineSite, type PageRuleView } from '../engine-wire/wire';

/**
 * A safety net only: runtime messaging itself rejects when the background is gone, and the engine's
 * own budget ends any analysis within seconds; an engine silent for this long is taken as unreachable.
 */
const ENGINE_TIMEOUT_MS = 30_000;

export interface RemoteCheckerOptions {
  /** Sends one request to the engine; `abandon` aborts when the checker stops waiting (the sender forgets the request). */
  send(request: CheckRequest, abandon: AbortSignal): Promise<unknown>;
  /** The in-page checker, loaded (its own chunk) and created on first need; rejects when it cannot be loaded. */
  fallback(): DraftChecker | Promise<DraftChecker>;
  /** Asks the engine to start up now (the agent focused a reply box); cheap, and never awaited. */
  warm?(): void;
  /** Calls back when the active rules change in storage (the page reads no rules itself; the engine does). */
  onRulesChanged(listener: () => void): () => void;
  /** Told where each analysis ran (test builds show it to the browser tests). */
  onRanIn?(site: EngineSite): void;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

class EngineUnreachable extends Error {}

/** What the badge and the popup say while the in-page fallback engine checks the drafts. */
export const IN_PAGE_ENGINE_NOTE = 'Checked in this page: Rapport’s engine did not answer, so typing may feel slower until it is back.';

export function createRemoteChecker(options: RemoteCheckerOptions): DraftChecker {
  const client = randomClientId();
  let seq = 0;
  let last: { seq: number; text: string } | null = null;
  /** The whole-reply rules, as the engine last sent them (the page parses no pack). */
  let view: PageRuleView = { fingerprint: '', rules: [] };
  /** The in-page checker, once the engine could not be reached: its rules are the ones in use then. */
  let local: DraftChecker | null = null;
  let rulesChanged = false;
  // Lives as long as the page's watcher it subscribes to (the coach's context ends both).
  options.onRulesChanged(() => {
    rulesChanged = true;
  });
  const later = options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  function ask(request: CheckRequest): Promise<CheckResponse> {
    return new Promise((resolve, reject) => {
      const abandon = new AbortController();
      const timer = later(() => {
        abandon.abort(); // The engine line drops the request: nothing waits for an answer that never comes.
        reject(new EngineUnreachable('the engine did not answer'));
      }, ENGINE_TIMEOUT_MS);
      options.send(request, abandon.signal).then(
        (answer) => {
          cancel(timer);
          if (isCheckResponse(answer)) resolve(answer);
          else reject(new EngineUnreachable('no engine answered'));
        },
        (error: unknown) => {
          cancel(timer);
          reject(new EngineUnreachable(error instanceof Error ? error.message : String(error)));
        },
      );
    });
  }

  async function remote(text: string, analyzeOptions: AnalyzeOptions, signal: AbortSignal): Promise<Analysis | null> {
    const { budgetMs: _pageBudget, ...rest } = analyzeOptions;
    const build = (whole: boolean): CheckRequest => {
      seq += 1;
      const payload = whole ? ({ kind: 'full', text } as const) : payloadFor(last, text);
      last = { seq, text };
      const request: CheckRequest = { type: ENGINE_CHECK, client, seq, payload, options: rest, rules: view.fingerprint };
      if (rulesChanged) request.reloadRules = true;
      return request;
    };
    let answer = await ask(build(false));
    if (!answer.ok && answer.reason === 'resend') answer = await ask(build(true));
    // The engine answered a newer draft instead, which the coach asked for after dropping this check; were
    // this one still wanted, it goes again whole.
    if (!answer.ok && answer.reason === 'superseded') {
      if (signal.aborted) return null;
      answer = await ask(build(true));
    }
    if (!answer.ok) throw new Error(answer.message);
    rulesChanged = false;
    local = null;
    if (answer.rules) view = answer.rules;
    options.onRanIn?.(answer.ranIn);
    return answer.analysis;
  }

  return {
    async check(text, analyzeOptions, signal) {
      let analysis: Analysis | null;
      try {
        analysis = await remote(text, analyzeOptions, signal);
      } catch (error) {
        if (!(error instanceof EngineUnreachable)) throw error;
        last = null; // The engine may have lost every draft: the next request goes whole.
        if (signal.aborted) return null;
        console.warn('[Rapport] the engine could not be reached; checking in this page', error.message);
        local = await options.fallback();
        const analysis = await local.check(text, analyzeOptions, signal);
        if (analysis) options.onRanIn?.('page');
        return analysis;
      }
      return signal.aborted ? null : analysis;
    },
    rules: (): readonly Rule[] => (local ? local.rules() : view.rules),
    engineNote: () => (local ? IN_PAGE_ENGINE_NOTE : null),
    warmUp: () => options.warm?.(),
    onRulesChanged: (listener) => options.onRulesChanged(listener),
  };
}

function randomClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
