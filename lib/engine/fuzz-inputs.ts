/**
 * Hostile and odd inputs for the fuzz test (`fuzz.test.ts`, in `npm test`) and the longer
 * `npm run fuzz` (scripts/fuzz.ts): runs of punctuation, white space, line breaks, non-breaking
 * spaces, emoji and markup, the shapes that once made a regex quadratic or cubic.
 */

/** Units that are repeated into long runs. */
export const RUN_UNITS: readonly { name: string; unit: string }[] = [
  { name: '!', unit: '!' },
  { name: '?', unit: '?' },
  { name: '.', unit: '.' },
  { name: '…', unit: '…' },
  { name: '?!', unit: '?!' },
  { name: ',', unit: ',' },
  { name: 'space', unit: ' ' },
  { name: 'tab', unit: '\t' },
  { name: 'line break', unit: '\n' },
  { name: 'CRLF', unit: '\r\n' },
  { name: 'space + line break', unit: ' \n' },
  { name: 'nbsp', unit: '\u00a0' },
  { name: 'nbsp + line break', unit: '\u00a0\n' },
  { name: '&nbsp; paragraph', unit: '<p>&nbsp;</p>\n' },
  { name: 'emoji', unit: '😀' },
  { name: 'family emoji', unit: '👩‍👩‍👧‍👦' },
  { name: 'zero-width joiner', unit: '\u200d' },
  { name: 'quote', unit: "'" },
  { name: 'curly quote', unit: '’' },
  { name: 'closing quotes', unit: '”)' },
  { name: '"! "', unit: '! ' },
  { name: '"a."', unit: 'a.' },
  { name: '"A "', unit: 'A ' },
  { name: 'capitals', unit: 'ABC' },
  { name: 'letters', unit: 'a' },
  { name: 'digits', unit: '7' },
  { name: 'hyphen', unit: '-' },
  { name: 'em dash', unit: '—' },
  { name: 'quoted line', unit: '> x\n' },
  { name: 'fence', unit: '```\n' },
  { name: 'braces', unit: '{}' },
  { name: 'angle brackets', unit: '<' },
  { name: 'you need to', unit: 'you need to ' },
  { name: 'thanks but', unit: 'thanks ' },
];

/** Endings that make a run fail to match at its end (the classic trigger of quadratic backtracking). */
export const RUN_ENDINGS: readonly string[] = ['', 'x', '!', '\n', ' ?', '.\n\nThanks,\nAna'];

/** `unit` repeated to about `length` characters, then `ending`. */
export function run(unit: string, length: number, ending = ''): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length))) + ending;
}
