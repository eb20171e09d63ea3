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
 * Counts the agent's own gestures (trusted key presses and pointer presses) anywhere in a document.
 * Listens in the capture phase, so a gesture is counted before any editor or page handler sees it.
 */
export class AgentGestures {
  private count = 0;

  constructor(doc: Document, signal: AbortSignal) {
    const onGesture = (event: Event) => {
      if (isAgentEvent(event)) this.count += 1;
    };
    for (const type of ['keydown', 'pointerdown'] as const) doc.addEventListener(type, onGesture, { capture: true, passive: true, signal });
  }

  get current(): number {
    return this.count;
  }
}

/**
 * Whether the agent wrote the draft in `root` themselves, and did something since that could have
 * sent it. A draft counts as "sent when cleared" only then: a page that fills a box by script and
 * empties it, or empties the agent's draft with no click or key from the agent, records nothing.
 */
export class DraftAuthorship {
  /** `gestures.current` at the agent's last writing in this draft; -1 when they have not written. */
  private wroteAt = -1;

  constructor(
    root: HTMLElement,
    private readonly gestures: AgentGestures,
    signal: AbortSignal,
  ) {
    const onWriting = (event: Event) => {
      if (!isAgentEvent(event)) return;
      if (event instanceof KeyboardEvent) {
        // Enter alone sends in chat-style boxes: it is the gesture that may send, not writing.
        if (event.key === 'Enter' && !event.shiftKey) return;
        if (event.key.length > 1 ? !WRITING_KEYS.has(event.key) : event.ctrlKey || event.metaKey) return;
      }
      this.wroteAt = this.gestures.current;
    };
    for (const type of ['keydown', 'paste', 'drop', 'compositionend'] as const) root.addEventListener(type, onWriting, { capture: true, passive: true, signal });
    // A page script that writes the draft itself (an untrusted input event) makes it the page's draft:
    // clearing it afterwards is not the agent sending their reply.
    root.addEventListener('input', (event) => {
      if (!event.isTrusted) this.wroteAt = -1;
    }, { capture: true, passive: true, signal });
  }

  get agentWrote(): boolean {
    return this.wroteAt >= 0;
  }

  /** The agent wrote this draft and pressed a key or a pointer since: clearing it now reads as a send. */
  sentByAgent(): boolean {
    return this.wroteAt >= 0 && this.gestures.current > this.wroteAt;
  }

  /** A new draft starts. */
  reset(): void {
    this.wroteAt = -1;
  }
}

/** Named keys that change the text (single characters always do, unless Ctrl/⌘ is held). */
const WRITING_KEYS: ReadonlySet<string> = new Set(['Backspace', 'Delete', 'Enter', 'Tab']);
