/**
 * Rapport's own host element: an open shadow root appended to <html> (never inside an editor),
 * holding the React UI and the layer for field mirrors. The styles live in the shadow root.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { UI_CSS } from './styles';
import { CoachUi } from './ui';
import type { CoachActions, ViewStore } from './store';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Absolutely positioned layer (document coordinates) for mirrors. */
  layer: HTMLElement;
  destroy(): void;
}

export function mountUi(doc: Document, store: ViewStore, actions: CoachActions): UiHost {
  const host = doc.createElement('rapport-coach');
  host.setAttribute('data-rapport-host', '');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;margin:0;padding:0;border:0;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const app = doc.createElement('div');
  app.className = 'layer';
  shadow.append(style, layer, app);
  // On <html>, not <body>: in iframe editors (TinyMCE) the body is the editable itself.
  doc.documentElement.appendChild(host);
  const root: Root = createRoot(app);
  root.render(createElement(CoachUi, { store, actions }));
  return {
    host,
    shadow,
    layer,
    destroy() {
      root.unmount();
      host.remove();
    },
  };
}
