/**
 * What the coach in a page tells the background about its tab: which frame's editor the agent is
 * using (lib/background/active-frame.ts remembers it for the popup), and what the toolbar icon's
 * badge should show (lib/background/toolbar-badge.ts draws it). Pure names, types and guards.
 */
import type { WarmthBand } from '../engine/types';

export const FRAME_ACTIVE = 'rapport:frame-active';

export const TOOLBAR_BADGE = 'rapport:badge';

export interface ToolbarBadgeReport {
  type: typeof TOOLBAR_BADGE;
  /** False when no draft is being coached (empty, paused, editor gone): the badge clears. */
  visible: boolean;
  count: number;
  warmth: number;
  band: WarmthBand;
  /** False for a draft in another language: the badge says so instead of scoring it. */
  checked: boolean;
}

export function isToolbarBadgeReport(message: unknown): message is ToolbarBadgeReport {
  const m = message as Partial<ToolbarBadgeReport> | null;
  return (
    typeof m === 'object' && m !== null && m.type === TOOLBAR_BADGE && typeof m.visible === 'boolean' &&
    typeof m.count === 'number' && Number.isFinite(m.count) && typeof m.warmth === 'number' && Number.isFinite(m.warmth) &&
    (m.band === 'cold' || m.band === 'neutral' || m.band === 'warm') && typeof m.checked === 'boolean'
  );
}
