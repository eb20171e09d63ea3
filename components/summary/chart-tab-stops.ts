/**
 * Keeps a recharts chart one tab stop. Recharts 3.11 draws its z-index layers as bare SVG `<g>` elements that
 * React renders into as portals, and React listens for focus events on every portal container; Chromium makes an SVG
 * element with focus listeners keyboard-focusable, so Tab stopped on eight unnamed groups inside the chart before
 * reaching the next control. `tabindex="-1"` takes each out of the tab order (the chart's own surface, labelled
 * with the trend in words, stays the one stop; its arrow keys still move from day to day).
 */
import { useEffect, type RefObject } from 'react';

const LAYER = 'g[class^="recharts-zIndex-layer_"]:not([tabindex])';

function untabLayers(root: ParentNode): void {
  for (const layer of root.querySelectorAll(LAYER)) layer.setAttribute('tabindex', '-1');
}

/** Takes the chart's layer groups under `container` out of the tab order, those drawn later included. */
export function useOneChartTabStop(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    untabLayers(root);
    // Recharts registers its layers after its first render, and again when the chart changes (7 ↔ 30 days).
    const observer = new MutationObserver(() => untabLayers(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container]);
}
