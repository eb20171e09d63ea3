/**
 * Focus across open shadow roots. A reply field inside a web component (Salesforce Lightning builds its
 * composers so) is reported by `document.activeElement` as the component's host element, never as the field:
 * these look through open shadow roots (closed ones stay closed to pages and to us alike).
 */

/** Nesting deeper than this is not a composer (a bound on untrusted markup). */
const MAX_SHADOW_DEPTH = 32;

/** The element that has focus, inside open shadow roots too. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; depth < MAX_SHADOW_DEPTH && active?.shadowRoot?.activeElement; depth++) active = active.shadowRoot.activeElement;
  return active;
}

/** The element focused in `node`'s own tree: its shadow root's active element, or its document's. */
export function activeElementAround(node: Node): Element | null {
  const tree = node.getRootNode() as Partial<DocumentOrShadowRoot>;
  return tree.activeElement ?? null;
}

/** True when focus is on `root` or inside it (in its own tree, so inside a shadow root too). */
export function hasFocusWithin(root: HTMLElement): boolean {
  const active = activeElementAround(root);
  return active !== null && (active === root || root.contains(active));
}

/** The composed-ranges API (Chrome 137+, Firefox 142+): a selection's real nodes inside given shadow roots. */
type ComposedSelection = Selection & {
  getComposedRanges?(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
  direction?: string;
};

/**
 * Where the selection's focus (the caret) is, as a node and offset in `root`'s own tree. A selection inside
 * a shadow root is reported by `Selection.focusNode` at the shadow host; the composed ranges give the text
 * node itself. Null when the browser cannot tell (then no caret is known, as for a selection elsewhere).
 */
export function selectionFocus(root: HTMLElement, selection: Selection): { node: Node; offset: number } | null {
  const tree = root.getRootNode();
  if (tree === root.ownerDocument) return selection.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : null;
  const composed = selection as ComposedSelection;
  if (typeof composed.getComposedRanges !== 'function' || !('host' in tree)) return null;
  const [range] = composed.getComposedRanges({ shadowRoots: [tree as ShadowRoot] });
  if (!range) return null;
  return composed.direction === 'backward'
    ? { node: range.startContainer, offset: range.startOffset }
    : { node: range.endContainer, offset: range.endOffset };
}
