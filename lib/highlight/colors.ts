import { SEVERITIES, type Severity } from '../engine/types';

/**
 * One quiet underline per severity, the same in rich editors (CSS highlights) and the textarea
 * mirror: no fills, no wavy lines (they break at every space in highlight painting), a line style that
 * tells the severities apart without colour (hint dotted, suggestion dashed, warning solid) and a
 * colour that keeps 3:1 against white and against a dark editor.
 */
const UNDERLINE = {
  light: { hint: '#1a62c7', suggestion: '#a15c00', warning: '#c5221f' },
  dark: { hint: '#8ab4f8', suggestion: '#fdd663', warning: '#ff8a80' },
} satisfies Record<'light' | 'dark', Record<Severity, string>>;

const UNDERLINE_STYLE = { hint: 'dotted', suggestion: 'dashed', warning: 'solid' } satisfies Record<Severity, string>;

/** The declarations of one severity's underline. */
function underlineDeclarations(severity: Severity, scheme: 'light' | 'dark'): string {
  return (
    `text-decoration: underline ${UNDERLINE_STYLE[severity]} ${UNDERLINE[scheme][severity]}; ` +
    'text-decoration-thickness: 2px; text-decoration-skip-ink: none; background-color: transparent;'
  );
}

/** A stylesheet drawing each severity's underline on `selector(severity)`, light and dark. */
export function underlineCss(selector: (severity: Severity) => string): string {
  const rules = (scheme: 'light' | 'dark') => SEVERITIES.map((s) => `${selector(s)} { ${underlineDeclarations(s, scheme)} }`).join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`;
}
