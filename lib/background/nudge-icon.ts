/**
 * The end-of-day notification's icon: the Rapport icon drawn by `npm run icons` (scripts/icons.ts).
 * Chrome draws a basic notification's icon at 80×80 dp, so the 128 px PNG stays sharp up to a 1.6× screen;
 * the smaller toolbar sizes would be blurred up. A path inside the extension, which both Chrome and Firefox
 * resolve against the extension's own origin (no data URL to keep in step with the artwork).
 */
export const NUDGE_ICON_SIZE = 128;
export const NUDGE_ICON_URL = `icons/rapport-${NUDGE_ICON_SIZE}.png`;
