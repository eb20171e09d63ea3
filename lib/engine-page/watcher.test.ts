// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mayBeReplyBox, watchForReplyBox } from './watcher';

function setUp(html: string, loaded = true) {
  document.body.innerHTML = html;
  const load = vi.fn(async () => loaded);
  const controller = new AbortController();
  watchForReplyBox(document, { load, signal: controller.signal });
  return { load, controller };
}

describe('reply-box watcher', () => {
  it('asks for the coach once, on focus in a textarea, and then stops listening', async () => {
    const { load } = setUp('<textarea id="a"></textarea><textarea id="b"></textarea>');
    document.getElementById('a')!.focus();
    await Promise.resolve();
    document.getElementById('b')!.focus();
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never asks in a frame without anything to type into', () => {
    const { load } = setUp('<p>Order shipped</p><button id="go">Go</button>');
    document.getElementById('go')!.focus();
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
  });

  it('asks again on the next focus when loading failed', async () => {
    const { load } = setUp('<textarea id="a"></textarea><input id="b" type="text">', false);
    document.getElementById('a')!.focus();
    await Promise.resolve();
    await Promise.resolve();
    document.getElementById('b')!.focus();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops when its page goes away', () => {
    const { load, controller } = setUp('<textarea id="a"></textarea>');
    controller.abort();
    document.getElementById('a')!.focus();
    expect(load).not.toHaveBeenCalled();
  });

  it('takes textareas, text fields, contenteditables and ARIA textboxes, nothing else', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="inside">x</p></div><div role="textbox" id="aria"></div><input id="pw" type="password"><input id="search" type="search"><input id="plain">';
    // jsdom has no isContentEditable: give the paragraph one, as a browser would.
    Object.defineProperty(document.getElementById('inside')!, 'isContentEditable', { value: true });
    expect(mayBeReplyBox(document.getElementById('inside'))).toBe(true);
    expect(mayBeReplyBox(document.getElementById('aria'))).toBe(true);
    expect(mayBeReplyBox(document.getElementById('plain'))).toBe(true);
    expect(mayBeReplyBox(document.getElementById('pw'))).toBe(false);
    expect(mayBeReplyBox(document.getElementById('search'))).toBe(false);
    expect(mayBeReplyBox(null)).toBe(false);
  });
});
