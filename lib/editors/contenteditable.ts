import { editableAdapter } from './editable';

/** Any other contenteditable (Gmail's compose body): the editing host is the root. Tried last. */
export const contenteditable = editableAdapter({
  id: 'contenteditable',
  findRoot(el) {
    if (!(el as HTMLElement).isContentEditable) return null;
    let host = el as HTMLElement;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  },
  // Gmail's quoted history is not part of the reply.
  skip: '.gmail_quote',
});
