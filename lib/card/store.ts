/** The state the in-page UI renders, and a minimal subscribable store for it (no React in the coach). */
import type { Finding, WarmthBand } from '../engine/types';
import type { SkippedPartKind } from '../engine/structure/types';
import type { IncompleteCheck, WholeReplyKind } from '../messages/draft';
import { NO_TEXT, type Anchor, type TextNearBadge } from '../coach/geometry';

export interface CardState {
  key: string;
  /** Viewport coordinates (the card is fixed): `top` below the flagged text, `bottom` above it (see cardPosition). */
  top?: number;
  bottom?: number;
  left: number;
  maxHeight?: number;
  /** Move keyboard focus into the card (opened from the keyboard). */
  focus: boolean;
  /** The flagged text's top and bottom (viewport), so the card can go beside the editor at its height. */
  textTop?: number;
  textBottom?: number;
}

export interface CoachView {
  visible: boolean;
  /** Document coordinates of the editor's bottom-right corner (clamped to the viewport) and of its box. */
  anchor: Anchor;
  /** The draft's lines and caret (viewport), measured only when the badge has to sit inside the editor: it steps aside from them. */
  textNearBadge: TextNearBadge;
  /** The text the findings refer to (the card shows a finding's whole sentence). */
  draft: string;
  /** Findings about the reply as a whole (greeting, acknowledgement, closing), by rule id: listed apart, as in the popup. */
  wholeReply: ReadonlyMap<string, WholeReplyKind>;
  findings: readonly Finding[];
  warmth: number;
  band: WarmthBand;
  /** The score in words, from what moved it most. */
  explanation: string;
  checking: boolean;
  /**
   * The check stopped before reading every sentence (the engine's time ran out on a long reply): 'resuming' while it
   * goes on by itself, 'stopped' once it has gone on as often as it may (the next edit checks again); null when whole.
   */
  incomplete: IncompleteCheck | null;
  /** False when the draft is not English: Rapport says so instead of scoring it. */
  checked: boolean;
  /** True when checking this draft failed: the badge says so instead of showing stale findings. */
  failed: boolean;
  /** What was read past: quoted history, the signature, a legal footer, code. */
  skipped: readonly SkippedPartKind[];
  panelOpen: boolean;
  card: CardState | null;
  /** The site "Don't flag this again" applies to (a hostname). */
  site: string;
  /** A short status line (apply failed, draft changed…), announced politely. */
  status: string;
  /** Where the last check ran, when the agent should know it (the in-page fallback engine). */
  engineNote?: string | null;
}

export interface CoachActions {
  togglePanel(): void;
  closePanel(): void;
  apply(finding: Finding, index: number): void;
  /** Inserts the finding's fill-in template `index` with the agent's words in its gaps (same path as apply). */
  fill(finding: Finding, index: number, values: readonly string[]): void;
  dismiss(finding: Finding): void;
  /** "Don't flag this again": on this site, or on every site. */
  ignore(finding: Finding, everywhere: boolean): void;
  closeCard(): void;
  cardHover(inside: boolean): void;
  /** The card moves to the next (1) or previous (-1) finding, the draft scrolled to it; focus stays in the card. */
  stepCard(delta: 1 | -1): void;
  /** Scrolls the draft so the finding under discussion (in the list) is in view; focus stays where it is. */
  revealFinding(key: string): void;
}

export const INITIAL_VIEW: CoachView = {
  visible: false,
  anchor: { right: 0, bottom: 0 },
  textNearBadge: NO_TEXT,
  draft: '',
  wholeReply: new Map(),
  findings: [],
  warmth: 0,
  band: 'cold',
  explanation: '',
  checking: false,
  incomplete: null,
  checked: true,
  failed: false,
  skipped: [],
  panelOpen: false,
  card: null,
  site: '',
  status: '',
};

export function findingKey(f: Finding): string {
  return `${f.ruleId}:${f.start}:${f.end}`;
}

export class ViewStore {
  private view: CoachView = INITIAL_VIEW;
  private readonly listeners = new Set<() => void>();

  get = (): CoachView => this.view;

  set(patch: Partial<CoachView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
