/**
 * An underline that ends where the phrase does (session 52, found using the demo by hand). A pattern may stop on a word
 * that cannot end a phrase: "we are not responsible for" underlined in "…we are not responsible for delays." reads as
 * cut off, and "You need to check with the carrier, we" takes in the next clause's subject. For a card with nothing to
 * apply (advice only, so no rewording depends on its exact span) the underline is carried over the words a dangling
 * "for", "to" or "the" points at, and a comma's dangling subject is left out. Bounded: a few words, never past a
 * sentence's punctuation or a line break.
 */

// Words that point at what follows: a phrase never ends on them. Not "this", "that" or "any", which end a phrase as
// pronouns ("We can't do that").
const POINTS_ON = new Set([
  'for', 'to', 'of', 'with', 'about', 'on', 'in', 'from', 'by', 'at', 'into', 'onto', 'towards', 'toward', 'against',
  'without', 'than', 'the', 'a', 'an', 'our', 'your', 'their', 'my', 'its',
]);
// A clause's subject or a joining word after a comma: the next clause starts there, not this phrase's end.
const NEXT_CLAUSE_START = /,\s*(?:we|i|you|they|it|he|she|and|but|so|or)\s*$/iu;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u;
const MAX_WORDS_CARRIED = 4;

/** The span's end, carried over the words a dangling last word points at, or drawn back before a next clause's start. */
export function wholeWordsEnd(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const nextClause = NEXT_CLAUSE_START.exec(span);
  if (nextClause && nextClause.index > 0) return start + nextClause.index;
  let last = lastWord(span);
  let carried = 0;
  let at = end;
  while (last !== undefined && POINTS_ON.has(last.toLowerCase()) && carried < MAX_WORDS_CARRIED) {
    // Only spaces or tabs between: a line break or punctuation ends the sentence's phrase.
    let next = at;
    while (next < text.length && next - at < 3 && (text[next] === ' ' || text[next] === '\t')) next += 1;
    if (next === at) break;
    const word = WORD.exec(text.slice(next, next + 60));
    if (!word) break;
    at = next + word[0].length;
    last = word[0];
    carried += 1;
  }
  // Carried to the end only if the last word no longer dangles: else the span stays as the rule drew it.
  return carried > 0 && last !== undefined && !POINTS_ON.has(last.toLowerCase()) ? at : end;
}

function lastWord(span: string): string | undefined {
  const trimmed = span.trimEnd();
  if (trimmed.length < span.length) return undefined; // a span ending on a space was drawn to a boundary on purpose
  const match = /[\p{L}\p{N}'’-]{1,40}$/u.exec(trimmed.slice(-40));
  return match?.[0];
}
