// Records every request a browser context makes, so a test can assert that
// nothing left 127.0.0.1 (Rapport promises that nothing leaves the browser).
//
// Two sources, merged:
//  - Playwright's context-level `request` event: pages, iframes, dedicated and
//    service workers (including an extension's background service worker).
//  - A CDP session per page with the Network domain enabled: a second,
//    lower-level view of the page target, in case Playwright filters anything.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface RecordedRequest {
  url: string;
  source: 'playwright' | 'cdp';
  resourceType?: string;
}

export interface RequestRecorder {
  /** Every request seen so far, in order. */
  all(): RecordedRequest[];
  /** Requests that went (or tried to go) somewhere other than the allowed hosts. */
  external(): RecordedRequest[];
  /** Throws, listing the offenders, if any request was external. */
  assertOnlyLocal(): void;
  /** Forget what was recorded so far (recording continues). */
  clear(): void;
  /** Stop listening and detach the CDP sessions. */
  stop(): Promise<void>;
}

export interface RecorderOptions {
  /** Hostnames that count as local for http(s)/ws(s). Default ['127.0.0.1']. */
  allowedHosts?: string[];
  /** Also listen through CDP on each page. Default true. */
  useCdp?: boolean;
}

/** Schemes that never touch the network: inline data, in-browser pages, extension files. */
const IN_BROWSER_SCHEMES = new Set([
  'data:',
  'blob:',
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-untrusted:',
  'devtools:',
]);

export function isLocalRequestUrl(url: string, allowedHosts: readonly string[] = ['127.0.0.1']): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // Unparseable: flag it so someone looks.
  }
  if (IN_BROWSER_SCHEMES.has(parsed.protocol)) return true;
  return allowedHosts.includes(parsed.hostname);
}

export async function recordRequests(context: BrowserContext, options: RecorderOptions = {}): Promise<RequestRecorder> {
  const allowedHosts = options.allowedHosts ?? ['127.0.0.1'];
  const useCdp = options.useCdp ?? true;
  let recorded: RecordedRequest[] = [];
  const sessions: CDPSession[] = [];
  let stopped = false;

  const onRequest = (request: { url(): string; resourceType(): string }) => {
    recorded.push({ url: request.url(), source: 'playwright', resourceType: request.resourceType() });
  };

  const attachCdp = async (page: Page) => {
    if (stopped || !useCdp) return;
    try {
      const session = await context.newCDPSession(page);
      session.on('Network.requestWillBeSent', (event) => {
        recorded.push({ url: event.request.url, source: 'cdp', resourceType: event.type });
      });
      session.on('Network.webSocketCreated', (event) => {
        recorded.push({ url: event.url, source: 'cdp', resourceType: 'websocket' });
      });
      await session.send('Network.enable');
      sessions.push(session);
    } catch {
      // The page closed before we could attach; Playwright's events still cover it.
    }
  };
  const onPage = (page: Page) => {
    void attachCdp(page);
  };

  context.on('request', onRequest);
  context.on('page', onPage);
  await Promise.all(context.pages().map(attachCdp));

  const external = () => recorded.filter((request) => !isLocalRequestUrl(request.url, allowedHosts));

  return {
    all: () => [...recorded],
    external,
    assertOnlyLocal() {
      const offenders = external();
      if (offenders.length > 0) {
        const list = offenders.map((r) => `  ${r.url} (${r.resourceType ?? '?'}, via ${r.source})`).join('\n');
        throw new Error(`${offenders.length} request(s) left ${allowedHosts.join('/')}:\n${list}`);
      }
    },
    clear() {
      recorded = [];
    },
    async stop() {
      stopped = true;
      context.off('request', onRequest);
      context.off('page', onPage);
      await Promise.all(sessions.map((session) => session.detach().catch(() => undefined)));
    },
  };
}
