/**
 * The only Rapport code in a frame until the agent writes there: it waits for focus or input in
 * something the agent can type into (a textarea, a text field, a contenteditable or ARIA textbox, which
 * covers every editor adapter and the agent's own reply-box selectors), then asks the background, once,
 * to load the coach into this frame. Nothing else: no storage, no NLP, no UI, no timers.
 * Keep its imports to types and constants, or the per-frame cost grows with them.
 */
/** Set by the coach chunk in the content scripts' own world once it runs in this frame. */
export const COACH_LOADED = '__rapportCoachLoaded';

const TEXT_INPUTS = new Set(['text', 'email', '']);

/** Could the agent be writing a reply here? A wide net: the coach decides whether it really is a composer. */
export function mayBeReplyBox(target: EventTarget | null | undefined): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return TEXT_INPUTS.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
  return el.isContentEditable === true || el.getAttribute('role') === 'textbox';
}

export interface WatchOptions {
  /** Asks the background to load the coach into this frame; resolves to true when it did. */
  load(): Promise<boolean>;
  signal: AbortSignal;
}

/** Watches `doc` until a possible reply box gets focus or input, then loads the coach (retrying on the next focus if that failed). */
export function watchForReplyBox(doc: Document, { load, signal }: WatchOptions): void {
  let state: 'waiting' | 'loading' | 'loaded' = 'waiting';
  const stop = new AbortController();
  signal.addEventListener('abort', () => stop.abort(), { once: true });
  const consider = (target: EventTarget | null | undefined) => {
    if (state !== 'waiting' || !mayBeReplyBox(target)) return;
    state = 'loading';
    load().then(
      (loaded) => {
        state = loaded ? 'loaded' : 'waiting';
        if (loaded) stop.abort();
      },
      () => {
        state = 'waiting';
      },
    );
  };
  const onEvent = (event: Event) => consider(event.composedPath()[0] ?? event.target);
  const options = { capture: true, passive: true, signal: stop.signal };
  const listen = () => {
    doc.addEventListener('focusin', onEvent, options);
    doc.addEventListener('input', onEvent, options);
  };
  listen();
  // document.open() (CKEditor 4 writes its editing frame so) replaces the document's children and
  // erases every listener on it, this script's too: listen again (adding a listener twice is a no-op).
  const rewrites = new MutationObserver(() => listen());
  rewrites.observe(doc, { childList: true });
  stop.signal.addEventListener('abort', () => rewrites.disconnect(), { once: true });
  // An editor that has focus before this script ran (an autofocused reply box).
  consider(deepActiveElement(doc));
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; depth < 32 && active?.shadowRoot?.activeElement; depth++) active = active.shadowRoot.activeElement;
  return active;
}
