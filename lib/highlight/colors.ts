import type { Severity } from '../engine/types';

/** Underline colours per severity, chosen for contrast on light and dark backgrounds. */
export const UNDERLINE = {
  light: { hint: '#1a62c7', suggestion: '#a15c00', warning: '#c5221f' },
  dark: { hint: '#8ab4f8', suggestion: '#fdd663', warning: '#ff8a80' },
} satisfies Record<'light' | 'dark', Record<Severity, string>>;

/** Line style per severity: warnings wavy, suggestions wavy, hints dotted. */
export const UNDERLINE_STYLE = { hint: 'dotted', suggestion: 'wavy', warning: 'wavy' } satisfies Record<Severity, string>;
