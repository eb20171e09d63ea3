/**
 * Rapport's own host element: an open shadow root appended to <html> (never inside an editor),
 * holding the React UI and the layer for field mirrors. The styles live in the shadow root. For an
 * editor in a same-origin frame the UI gets a host of its own on the page around the frame
 * (`surface`, see lib/coach/surface.ts), while the mirrors stay over their fields.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { UI_CSS } from './styles';
import { CoachUi } from './ui';
import type { CoachActions, ViewStore } from './store';

/** The host of the UI drawn for an editor in a frame, on the page around it: a tag of its own, so the page's own `rapport-coach` stays one. */
const FRAME_UI_TAG = 'rapport-frame-ui';

/** Whether `node` is one of Rapport's own host elements (a coach's, or the UI of an editor in a frame). */
export function isRapportHost(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('data-rapport-host') && ['rapport-coach', FRAME_UI_TAG].includes((node as Element).localName);
}

export interface UiHost {
  /** In the coached document: the mirrors' layer, and the attributes tests and the bench read. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Absolutely positioned layer (document coordinates) for mirrors. */
  layer: HTMLElement;
  destroy(): void;
}

export function mountUi(doc: Document, store: ViewStore, actions: CoachActions, surface: Document = doc): UiHost {
  const { host, shadow } = hostIn(doc);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const uiShadow = surface === doc ? shadow : hostIn(surface, FRAME_UI_TAG).shadow;
  const app = surface.createElement('div');
  app.className = 'layer';
  shadow.append(layer);
  uiShadow.append(app);
  const root: Root = createRoot(app);
  root.render(createElement(CoachUi, { store, actions, win: surface.defaultView ?? window }));
  return {
    host,
    shadow,
    layer,
    destroy() {
      root.unmount();
      host.remove();
      if (uiShadow !== shadow) uiShadow.host.remove();
    },
  };
}

function hostIn(doc: Document, tag = 'rapport-coach'): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-rapport-host', '');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  shadow.append(style);
  // On <html>, not <body>: in iframe editors (TinyMCE) the body is the editable itself.
  doc.documentElement.appendChild(host);
  return { host, shadow };
}
