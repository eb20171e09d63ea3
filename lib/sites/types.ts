/** What a helpdesk or mail page tells Rapport about the conversation the agent is answering. */
export interface CustomerContext {
  /** The customer's latest message, as plain text (quoted history and signatures left out). */
  message: string;
  /** The customer's first name, when the page shows the author. */
  name?: string;
}

/** How the reply will travel: an email, or a chat / messaging conversation. */
export type Channel = 'email' | 'chat';

/** What the page says about the composer the agent is writing in. */
export interface ComposerContext {
  /** A reply the customer will read, or an internal note only colleagues see (never counted as a reply). */
  mode: 'reply' | 'internal-note';
  channel?: Channel;
}

export interface SiteAdapter {
  id: string;
  /** True when this page is (or looks like) the site. */
  matches(doc: Document): boolean;
  /**
   * The customer's latest message, or null when none is on the page. `composer` is the editor the
   * agent is in: pages that keep several conversations open read only the one that holds it.
   */
  read(doc: Document, composer?: Element | null): CustomerContext | null;
  /** The composer's mode and channel, when the site marks them. */
  composer?(root: Element): ComposerContext;
}

/** Messages longer than this are cut: mood reading needs the gist, not a whole thread. */
export const MAX_MESSAGE_CHARS = 4000;

export function firstName(full: string | null | undefined): string | undefined {
  // "Ana Ruiz <ana@example.com>": the name is what comes before the address (indexOf: linear); at most 200 characters.
  const trimmed = full?.slice(0, 200).trim();
  const name = trimmed
    ?.slice(0, trimmed.endsWith('>') && trimmed.includes('<') ? trimmed.indexOf('<') : undefined)
    .trim()
    .replace(/^["']|["']$/g, '')
    .split(/\s+/)[0];
  return name && /^\p{L}/u.test(name) ? name : undefined;
}

/**
 * Tidy spacing and keep the message's BEGINNING: the customer's new words come first, and anything
 * long at the end is usually a quote or a footer that slipped through.
 */
export function clip(text: string): string {
  const clean = text.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return clean.length > MAX_MESSAGE_CHARS ? clean.slice(0, MAX_MESSAGE_CHARS).trimEnd() : clean;
}

/** The first e-mail address in a label such as "Sam Patel <sam@acme.example>" (tokens, so the scan stays linear). */
export function addressIn(text: string): string | undefined {
  return text
    .slice(0, 500)
    .split(/[\s<>()]+/)
    .find((token) => /^[^@]+@[^@]+$/.test(token));
}
