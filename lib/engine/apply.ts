import type { Finding } from './types';

/** The text after replacing a finding's span with one of its rewordings. */
export function applySuggestion(text: string, finding: Pick<Finding, 'start' | 'end' | 'suggestions'>, index = 0): string {
  const replacement = finding.suggestions[index];
  if (replacement === undefined) throw new RangeError(`The finding has no suggestion #${index}`);
  return text.slice(0, finding.start) + replacement + text.slice(finding.end);
}
