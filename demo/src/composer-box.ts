// Shared by the composers of ./composers.ts and their editors (kept apart so an editor does not import the list of mounters).

/** The body of a composer's reply box, where its editor goes. */
export function bodyOf(section: HTMLElement): HTMLElement {
  const body = section.querySelector<HTMLElement>('.reply-box__body');
  if (!body) throw new Error(`demo: ${section.id} has no body`);
  return body;
}
