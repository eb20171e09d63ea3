/**
 * The extension's chunks the background injects into one frame on request, and the messages that ask
 * for them. Constants only: the watcher and the coach import this without pulling any code in.
 */

/** The unlisted coach script (entrypoints/coach.ts), built to the extension's root. */
export const COACH_SCRIPT = '/coach.js';
/** The frame watcher asks the background to inject the coach into its frame (lib/engine-page/watcher.ts). */
export const LOAD_COACH = 'rapport:load-coach';
/** The in-page engine (entrypoints/engine-fallback.ts): compromise and the analyzer, injected only when the engine cannot be reached. */
export const FALLBACK_SCRIPT = '/engine-fallback.js';

/** Coach → background: inject the in-page engine into this frame. */
export const LOAD_FALLBACK = 'rapport:load-fallback';
/** Coach → background: the agent is in a reply box; start the engine (compile the rules, start the tagger) now. */
export const ENGINE_WARM = 'rapport:warm';

/** Where the injected in-page engine leaves its factory, in the content scripts' own world (no page can read it). */
export const PAGE_ENGINE = '__rapportPageEngine';

/** Chrome: the offscreen document that holds the engine (entrypoints/offscreen), which outlives the service worker. */
export const OFFSCREEN_PAGE = '/offscreen.html';
/** Offscreen document → service worker: the stored rule values, please (an offscreen document cannot read storage); the engine resolves them. */
export const RULES_REQUEST = 'rapport:rules-request';
/** Service worker → offscreen document: the stored rule values changed; here they are, raw. */
export const RULES_PUSH = 'rapport:rules-push';
/** Service worker → offscreen document: a page's check that arrived before the offscreen document existed. */
export const ENGINE_RELAY = 'rapport:engine-relay';
/**
 * Page → Chrome's offscreen engine: a check (or a warm-up) on a port of this name, one port per request.
 * Only the offscreen document listens for ports; the service worker does not, so Chrome does not wake
 * a stopped worker on this path (it does for every one-off runtime message).
 */
export const ENGINE_PORT = 'rapport:engine';
/** Service worker → offscreen document: a tab closed; forget its drafts. */
export const TAB_CLOSED = 'rapport:tab-closed';
