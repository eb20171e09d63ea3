import { placeCaretAtEnd } from '../composer-box';
import type { DemoEditor } from '../types';
import { escapeHtml, toLines, trimFinalNewline } from '../text';

/**
 * A Gmail-like compose body: no editor library, just a contenteditable div
 * carrying Gmail's attributes and class names. The "model" is the DOM itself.
 */
export function mountGmail(section: HTMLElement, onInput: () => void, onSend: () => void): DemoEditor {
  const body = section.querySelector<HTMLElement>('div[g_editable="true"]');
  if (!body) throw new Error('gmail compose body missing');
  body.addEventListener('input', onInput);

  // Gmail sends on Ctrl/Cmd+Enter as well as with the Send button.
  body.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSend();
    }
  });

  return {
    // innerText turns <div>/<br> line structure into "\n". An empty Gmail body
    // holds a lone <br>, which innerText reports as "\n"; drop that final newline.
    getText: () => trimFinalNewline(body.innerText),
    getData: () => body.innerHTML,
    setText(text) {
      const lines = toLines(text);
      // Gmail keeps the first line as bare text and each further line in a <div>.
      body.innerHTML =
        lines.length === 0
          ? '<br>'
          : lines.map((line, i) => {
              const html = line === '' ? '<br>' : escapeHtml(line);
              return i === 0 ? html : `<div>${html}</div>`;
            }).join('');
    },
    focus() {
      body.focus();
      placeCaretAtEnd(body);
    },
    setReadOnly(readOnly) {
      body.contentEditable = readOnly ? 'false' : 'true';
    },
  };
}
