import type { DemoEditor } from '../types';
import { escapeHtml, toLines, trimFinalNewline } from '../text';
import { bodyOf, placeCaretAtEnd } from '../composer-box';

/**
 * Reply fields wrapped in web components with an open shadow root, as Salesforce Lightning builds its
 * composers: the page sees only the host element; the textarea or contenteditable lives inside its shadow
 * tree, with the component's own styles.
 */
class HelpdeskReplyField extends HTMLElement {
  readonly field: HTMLTextAreaElement;
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <style>textarea { box-sizing: border-box; width: 100%; min-height: 8em; font: inherit; padding: 8px; }</style>
      <textarea id="shadow-textarea-input" rows="6" aria-label="Reply (web component)" placeholder="Write your reply…"></textarea>`;
    this.field = shadow.querySelector('textarea')!;
  }
}

class HelpdeskRichReply extends HTMLElement {
  readonly editable: HTMLDivElement;
  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <style>.editable { min-height: 8em; padding: 8px; border: 1px solid #bbb; border-radius: 4px; outline: none; }</style>
      <div id="shadow-editable-body" class="editable" contenteditable="true" role="textbox" aria-multiline="true"
        aria-label="Reply (rich web component)"></div>`;
    this.editable = shadow.querySelector('div')!;
  }
}

function define(name: string, component: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, component);
}

export function mountShadowTextarea(section: HTMLElement, onInput: () => void): DemoEditor {
  define('helpdesk-reply-field', HelpdeskReplyField);
  const host = document.createElement('helpdesk-reply-field') as HelpdeskReplyField;
  bodyOf(section).appendChild(host);
  const { field } = host;
  // Input events are composed: the page hears them at the host, as a Lightning page does.
  host.addEventListener('input', onInput);
  return {
    getText: () => field.value,
    getData: () => field.value,
    setText(text) {
      field.value = text;
    },
    focus() {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    },
    setReadOnly(readOnly) {
      field.readOnly = readOnly;
    },
  };
}

export function mountShadowEditable(section: HTMLElement, onInput: () => void): DemoEditor {
  define('helpdesk-rich-reply', HelpdeskRichReply);
  const host = document.createElement('helpdesk-rich-reply') as HelpdeskRichReply;
  bodyOf(section).appendChild(host);
  const { editable } = host;
  host.addEventListener('input', onInput);
  return {
    // The DOM is the model, as in a plain contenteditable: innerText turns its <div>/<br> lines into "\n".
    getText: () => trimFinalNewline(editable.innerText),
    getData: () => editable.innerHTML,
    setText(text) {
      editable.innerHTML = toLines(text)
        .map((line) => `<div>${line === '' ? '<br>' : escapeHtml(line)}</div>`)
        .join('');
    },
    focus() {
      editable.focus();
      placeCaretAtEnd(editable);
    },
    setReadOnly(readOnly) {
      editable.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}
