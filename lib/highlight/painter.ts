/**
 * Paints underlines and nothing else: one CSS custom `Highlight` per severity in the editor's
 * document (`rapport-hint`, `rapport-suggestion`, `rapport-warning`), plus a small stylesheet for
 * `::highlight(rapport-…)` in that document's <head> (not in the editor's content). A document's styles do not
 * reach into shadow trees, so an editor inside an open shadow root (a web component's reply field) gets the same
 * rules as an adopted stylesheet of its shadow root, which leaves the component's own markup untouched.
 */
import { SEVERITIES, type Severity } from '../engine/types';
import { underlineCss } from './colors';

const HIGHLIGHT_NAMES: Record<Severity, string> = {
  hint: 'rapport-hint',
  suggestion: 'rapport-suggestion',
  warning: 'rapport-warning',
};

const STYLE_ID = 'rapport-highlight-style';

export interface PaintItem {
  range: Range;
  severity: Severity;
}

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

export class HighlightPainter {
  private readonly win: Window & typeof globalThis;

  constructor(private readonly doc: Document) {
    this.win = doc.defaultView as Window & typeof globalThis;
  }

  paint(items: readonly PaintItem[]): void {
    this.begin(items);
  }

  /**
   * Replaces the underlines with `items` (the first batch of a paint), in fresh highlights that
   * `add` fills with the rest in later tasks.
   */
  begin(items: readonly PaintItem[]): void {
    this.ensureStyle();
    const first = items[0]?.range.startContainer.getRootNode();
    if (first && first !== this.doc && 'host' in first) this.ensureShadowStyle(first as ShadowRoot);
    for (const severity of SEVERITIES) {
      const ranges = items.filter((item) => item.severity === severity).map((item) => item.range);
      const name = HIGHLIGHT_NAMES[severity];
      if (ranges.length === 0) this.win.CSS.highlights.delete(name);
      else this.win.CSS.highlights.set(name, new this.win.Highlight(...ranges));
    }
  }

  /** Adds more underlines to the current paint. */
  add(items: readonly PaintItem[]): void {
    for (const { range, severity } of items) {
      const name = HIGHLIGHT_NAMES[severity];
      const highlight = this.win.CSS.highlights.get(name);
      if (highlight) highlight.add(range);
      else this.win.CSS.highlights.set(name, new this.win.Highlight(range));
    }
  }

  /** The painted ranges per severity (for hit-testing and checks). */
  ranges(severity: Severity): Range[] {
    const highlight = this.win.CSS.highlights.get(HIGHLIGHT_NAMES[severity]);
    return highlight ? ([...highlight] as Range[]) : [];
  }

  clear(): void {
    for (const severity of SEVERITIES) this.win.CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
  }

  /** Shadow roots given the highlight rules already (they go away with their roots). */
  private readonly styledShadows = new WeakSet<ShadowRoot>();
  private shadowSheet: CSSStyleSheet | null = null;

  private ensureShadowStyle(shadow: ShadowRoot): void {
    if (this.styledShadows.has(shadow)) return;
    this.styledShadows.add(shadow);
    try {
      if (!this.shadowSheet) {
        this.shadowSheet = new this.win.CSSStyleSheet();
        this.shadowSheet.replaceSync(highlightCss());
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, this.shadowSheet];
    } catch {
      // A content script's sheet the page's shadow root refuses (Firefox's wrappers): a <style> of its own then.
      const style = this.doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = highlightCss();
      shadow.appendChild(style);
    }
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = highlightCss();
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }
}

function highlightCss(): string {
  return underlineCss((s) => `::highlight(${HIGHLIGHT_NAMES[s]})`);
}
