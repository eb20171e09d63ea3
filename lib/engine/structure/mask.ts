/**
 * The agent's own words at their own offsets: every character of a skipped part (signature, footer, quote,
 * code), of a list marker and of an inline sign-off tag becomes a space, line breaks stay. Sentences found in
 * this text therefore have the same offsets, and the same text, as in the editor's text.
 */
import type { ReplyStructure } from './types';

const blankOut = (s: string) => s.replace(/[^\r\n]/g, ' ');
// Between parts there is only white space and the direction marks right-to-left clients put before each line
// (lines.ts reads past them): a mark is blanked too, so that no part of a quoted header reaches the agent's text.
const FORMAT_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const gap = (s: string) => s.replace(FORMAT_MARKS, ' ');

export function agentOnlyText(text: string, structure: ReplyStructure): string {
  const chunks: string[] = [];
  let at = 0;
  for (const part of structure.parts) {
    const skipped = part.kind === 'signature' || part.kind === 'footer' || part.kind === 'quote' || part.kind === 'code' || part.inline;
    if (!skipped && part.contentStart === part.start) continue;
    // A skipped part goes whole; of a list item, only its marker ("2.", "Step 2:").
    const to = skipped ? part.end : part.contentStart;
    chunks.push(gap(text.slice(at, part.start)), blankOut(text.slice(part.start, to)));
    at = to;
  }
  if (at === 0) return text;
  chunks.push(gap(text.slice(at)));
  return chunks.join('');
}
