/**
 * The blind check batches: dev files written beside a tune batch in voices nobody tuned for, scored only as totals
 * (`npm run eval`, scripts/score-habits.ts). Every script that prints cases, tunes or trains leaves them out, so they
 * stay an honest check. One list, paths under `data/`.
 */
const CHECK_BATCHES: ReadonlySet<string> = new Set([
  'replies/dev-extra-bp.jsonl',
  'replies/dev-extra-br.jsonl',
  'replies/dev-extra-bt.jsonl',
  'replies/dev-extra-cg.jsonl',
  'replies/dev-extra-cu.jsonl',
  'replies/dev-extra-cv.jsonl',
  'layouts/dev-extra-p.jsonl',
  'layouts/dev-extra-r.jsonl',
  'layouts/dev-extra-w.jsonl',
  'layouts/dev-extra-x.jsonl',
]);

/** Whether a file is a check batch, given as `data/replies/x.jsonl`, `replies/x.jsonl` or an absolute path. */
export function isCheckBatch(path: string): boolean {
  const parts = path.replaceAll('\\', '/').split('/');
  return parts.length >= 2 && CHECK_BATCHES.has(parts.slice(-2).join('/'));
}
