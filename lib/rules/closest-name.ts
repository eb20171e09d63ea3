/** "Did you mean …?" for a mistyped field name: the known name at the smallest edit distance. */

/** Levenshtein distance with adjacent transpositions ("severty" → "severity" is 1), capped by input size. */
function editDistance(a: string, b: string): number {
  // Field names are short; a long unknown key is cut so this stays cheap on hostile input.
  a = a.slice(0, 64).toLowerCase();
  b = b.slice(0, 64).toLowerCase();
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest known name, when it is close enough to be a likely typo; otherwise null. */
export function closestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(Math.min(name.length, 64) / 3));
  return best !== null && bestDistance <= tolerance ? best : null;
}
