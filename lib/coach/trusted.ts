/**
 * Only the agent drives the coach. A page can fill a draft, dispatch events and call `.click()` on
 * any element, including Rapport's buttons in its open shadow root; the browser marks every such
 * event `isTrusted: false`. Recording a sent reply, Apply, Dismiss, "Don't flag this again" and
 * every badge, panel and card action go through these checks, so a page script cannot count a
 * reply, change the draft or mute a phrase.
 */

/** A DOM event, or React's wrapper around one. */
export type AnyEvent = Event | { nativeEvent: Event };

/** True only for events the browser created from the agent's own keyboard, mouse or touch. */
export function isAgentEvent(event: AnyEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isTrusted === true;
}

/** Wraps a handler so it runs only for the agent's own events; the page's synthetic ones do nothing. */
export function agentOnly<E extends AnyEvent>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isAgentEvent(event)) handler(event);
  };
}

/**
 * Events that show the agent is writing in the editor themselves. A draft counts as "sent when
 * cleared" only if the agent wrote in it: a page that fills a box by script and empties it again
 * records nothing.
 */
export const AGENT_WRITING_EVENTS = ['keydown', 'paste', 'drop', 'compositionend'] as const;

/** Calls `onWriting` for each trusted writing event inside `root`, until `signal` aborts. */
export function watchAgentWriting(root: HTMLElement, onWriting: () => void, signal: AbortSignal): void {
  const handler = (event: Event) => {
    // Keys that only move or modify do not write anything.
    if (event instanceof KeyboardEvent && (event.key.length > 1 ? !WRITING_KEYS.has(event.key) : event.ctrlKey || event.metaKey)) return;
    if (isAgentEvent(event)) onWriting();
  };
  for (const type of AGENT_WRITING_EVENTS) root.addEventListener(type, handler, { capture: true, passive: true, signal });
}

/** Named keys that change the text (single characters always do, unless Ctrl/⌘ is held). */
const WRITING_KEYS: ReadonlySet<string> = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);
