// Shared by the composers of ./composers.ts and their editors, and by the Gmail-like box (kept apart so an editor does not import the list of mounters).

/** The body of a composer's reply box, where its editor goes. */
export function bodyOf(section: HTMLElement): HTMLElement {
  const body = section.querySelector<HTMLElement>('.reply-box__body');
  if (!body) throw new Error(`demo: ${section.id} has no body`);
  return body;
}

/** Focus's caret at the end of an editable, as an agent who clicks below the text gets it. */
export function placeCaretAtEnd(element: HTMLElement): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * The caret at the end of the editable's last line block, where the agent's click after the text puts it. On the
 * editable itself, after its blocks, Firefox types outside them: the reply then sits on a line of its own below the
 * editor's empty first block (Jodit's `<p>`, RoosterJS's `<div>`, MediumEditor's `<p>`), which Chromium never does.
 */
export function placeCaretInLastBlock(editable: HTMLElement): void {
  placeCaretAtEnd((editable.lastElementChild as HTMLElement | null) ?? editable);
}

/** An empty `div.rich-editable` textbox in a composer's body, for an editor that makes a plain div editable. */
export function richEditableIn(section: HTMLElement, id: string, label: string, className = ''): HTMLDivElement {
  const editable = document.createElement('div');
  editable.id = id;
  editable.className = `rich-editable ${className}`.trim();
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('aria-multiline', 'true');
  editable.setAttribute('aria-label', label);
  bodyOf(section).appendChild(editable);
  return editable;
}
