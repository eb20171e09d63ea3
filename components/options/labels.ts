import type { Rule } from '../../lib/rules/schema';

/** A severity as the options page names it. */
export const SEVERITY_LABELS: Record<Rule['severity'], string> = { hint: 'Hint', suggestion: 'Suggestion', warning: 'Warning' };
