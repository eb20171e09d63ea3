// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findEditor } from '.';
import { activeElementAround, deepActiveElement, hasFocusWithin, selectionFocus } from './focus';

/** A web component's reply field: `inner` inside the open shadow root of a host in the page. */
function component(inner: string): { host: HTMLElement; shadow: ShadowRoot; field: HTMLElement } {
  const host = document.createElement('div');
  document.body.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = inner;
  return { host, shadow, field: shadow.firstElementChild as HTMLElement };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('focus across open shadow roots', () => {
  it('finds the focused field inside a shadow root, where document.activeElement is only its host', () => {
    const { host, field } = component('<textarea></textarea>');
    field.focus();
    expect(document.activeElement).toBe(host);
    expect(deepActiveElement(document)).toBe(field);
    expect(activeElementAround(field)).toBe(field);
    expect(hasFocusWithin(field)).toBe(true);
    // The field the coach is handed is an editor the adapters know.
    expect(findEditor(deepActiveElement(document)!)?.root).toBe(field);
  });

  it('goes through nested shadow roots', () => {
    const { shadow } = component('<div></div>');
    const inner = (shadow.firstElementChild as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<div contenteditable="true">Hello</div>';
    const editable = inner.firstElementChild as HTMLElement;
    editable.focus();
    expect(deepActiveElement(document)).toBe(editable);
  });

  it('is the plain active element outside shadow roots, and no focus within an element that lacks it', () => {
    const field = document.createElement('textarea');
    const other = document.createElement('textarea');
    document.body.append(field, other);
    other.focus();
    expect(deepActiveElement(document)).toBe(other);
    expect(hasFocusWithin(field)).toBe(false);
    expect(activeElementAround(field)).toBe(other);
  });

  it("reads the caret of a page-level editable from the selection's focus", () => {
    const editable = document.createElement('div');
    editable.textContent = 'Hello there';
    document.body.appendChild(editable);
    const selection = document.getSelection()!;
    selection.collapse(editable.firstChild, 5);
    expect(selectionFocus(editable, selection)).toEqual({ node: editable.firstChild, offset: 5 });
  });
});
