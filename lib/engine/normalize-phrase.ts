/**
 * How a phrase is compared with the ones an agent chose not to see again: case, curly apostrophes and
 * spacing do not matter. Its own module so the page's coach can use it without loading the analyzer.
 */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}
