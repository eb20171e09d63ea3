// Loads a site fixture page (demo/*.html, built from the real sites' markup) into jsdom, at the
// real site's address, without running its scripts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export function loadFixture(page: 'zendesk.html' | 'gmail.html' | 'outlook.html' | 'freshdesk.html' | 'helpscout.html' | 'intercom.html' | 'front.html' | 'index.html', url: string): Document {
  const html = readFileSync(resolve(__dirname, '../../../demo', page), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

export function byId(doc: Document, id: string): HTMLElement {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`fixture has no #${id}`);
  return element;
}

export function keyEvent(target: EventTarget, key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing', boolean>> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, isComposing: false, ...modifiers, target };
}
