// Long drafts for the big-draft browser test and the browser bench (scripts/bench-browser.ts).

/** Unique sentences (so the analyser's per-sentence cache does not help), about `words` words. */
export function draft(words: number, seed: string): string {
  const sentences: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const s =
      i % 4 === 0
        ? `You need to restart router ${seed}${i} before the ${i}th check.`
        : i % 4 === 1
          ? `I checked ticket ${seed}${i} and the replacement ships on day ${i}.`
          : i % 4 === 2
            ? `Per our records, shipment ${seed}${i} left the warehouse ${i} hours ago.`
            : `Thanks for your patience with order ${seed}${i}, and let me know if anything else comes up.`;
    sentences.push(s);
    count += s.split(' ').length;
  }
  // A paragraph every ten sentences, like a real (if very long) reply.
  return sentences.map((s, i) => (i === 0 ? '' : i % 10 === 0 ? '\n' : ' ') + s).join('');
}
