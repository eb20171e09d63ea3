/**
 * Reads how the customer feels from their message, so the coach knows when a reply must
 * acknowledge it (and when a thank-you note needs no apology back). The reader lives in mood/.
 */
export { readMood, MOOD_ORDER, UPSET_MOODS } from './mood/read';
export type { CueKind } from './mood/cues';
