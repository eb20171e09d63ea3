/** Small, dependency-free evaluation measures used by `npm run eval`. */

/** ROC AUC as the Mann–Whitney probability that a positive outscores a negative (ties count half). */
export function rocAuc(positives: number[], negatives: number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  const all = [...positives.map((v) => ({ v, p: 1 })), ...negatives.map((v) => ({ v, p: 0 }))].sort((a, b) => a.v - b.v);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += averageRank;
    i = j;
  }
  const n1 = positives.length;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * negatives.length);
}

export function accuracyAt(threshold: number, positives: number[], negatives: number[]): number {
  const right = positives.filter((v) => v >= threshold).length + negatives.filter((v) => v < threshold).length;
  return right / (positives.length + negatives.length);
}

/** Do [aStart, aEnd) and [bStart, bEnd) share at least one character? */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
