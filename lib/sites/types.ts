/** What a helpdesk or mail page tells Rapport about the conversation the agent is answering. */
export interface CustomerContext {
  /** The customer's latest message, as plain text. */
  message: string;
  /** The customer's first name, when the page shows the author. */
  name?: string;
}

export interface SiteAdapter {
  id: string;
  /** True when this page is (or looks like) the site. */
  matches(doc: Document): boolean;
  /** The customer's latest message, or null when none is on the page. */
  read(doc: Document): CustomerContext | null;
}

/** Messages longer than this are cut: mood reading needs the gist, not a whole thread. */
export const MAX_MESSAGE_CHARS = 4000;

export function firstName(full: string | null | undefined): string | undefined {
  // "Ana Ruiz <ana@example.com>": the name is what comes before the address (indexOf: linear).
  const trimmed = full?.trim();
  const name = trimmed?.slice(0, trimmed.endsWith('>') && trimmed.includes('<') ? trimmed.indexOf('<') : undefined).trim().split(/\s+/)[0];
  return name && /^\p{L}/u.test(name) ? name : undefined;
}

export function clip(text: string): string {
  const clean = text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return clean.length > MAX_MESSAGE_CHARS ? clean.slice(-MAX_MESSAGE_CHARS) : clean;
}
