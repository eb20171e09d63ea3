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
  'replies/dev-extra-cz.jsonl',
  'replies/dev-extra-dd.jsonl',
  'replies/dev-extra-dh.jsonl',
  'replies/dev-extra-dj.jsonl',
  'replies/dev-extra-dl.jsonl',
  'replies/dev-extra-dm.jsonl',
  'replies/dev-extra-dq.jsonl',
  'replies/dev-extra-do.jsonl',
  'replies/dev-extra-ds.jsonl',
  'replies/dev-extra-ee.jsonl',
  'replies/dev-extra-eg.jsonl',
  'replies/dev-extra-ek.jsonl',
  'replies/dev-extra-en.jsonl',
  'replies/dev-extra-ep.jsonl',
  'replies/dev-extra-er.jsonl',
  'replies/dev-extra-eu.jsonl',
  'replies/dev-extra-ev.jsonl',
  'replies/dev-extra-ew.jsonl',
  'replies/dev-extra-ex.jsonl',
  'replies/dev-extra-ey.jsonl',
  'replies/dev-extra-ez.jsonl',
  'replies/dev-extra-fa.jsonl',
  'replies/dev-extra-fb.jsonl',
  'replies/dev-extra-fc.jsonl',
  'replies/dev-extra-fd.jsonl',
  'replies/dev-extra-fe.jsonl',
  'replies/dev-extra-ff.jsonl',
  'replies/dev-extra-fg.jsonl',
  'layouts/dev-extra-p.jsonl',
  'layouts/dev-extra-r.jsonl',
  'layouts/dev-extra-w.jsonl',
  'layouts/dev-extra-x.jsonl',
  'layouts/dev-extra-z.jsonl',
  'layouts/dev-extra-ab.jsonl',
  'layouts/dev-extra-ad.jsonl',
  'layouts/dev-extra-af.jsonl',
  'layouts/dev-extra-ag.jsonl',
  'layouts/dev-extra-ak.jsonl',
  'layouts/dev-extra-am.jsonl',
  'layouts/dev-extra-ao.jsonl',
  'layouts/dev-extra-aq.jsonl',
  'layouts/dev-extra-ar.jsonl',
  'layouts/dev-extra-au.jsonl',
  'layouts/dev-extra-aw.jsonl',
  'layouts/dev-extra-ay.jsonl',
  'layouts/dev-extra-az.jsonl',
  'layouts/dev-extra-bb.jsonl',
  'layouts/dev-extra-bd.jsonl',
  'layouts/dev-extra-bf.jsonl',
  'layouts/dev-extra-bh.jsonl',
  'layouts/dev-extra-bj.jsonl',
  'layouts/dev-extra-bl.jsonl',
  'layouts/dev-extra-bn.jsonl',
  'layouts/dev-extra-bo.jsonl',
  'layouts/dev-extra-bp.jsonl',
  'layouts/dev-extra-bq.jsonl',
  'layouts/dev-extra-br.jsonl',
  'customer-messages/check-mood30.jsonl',
]);

/** Whether a file is a check batch, given as `data/replies/x.jsonl`, `replies/x.jsonl` or an absolute path. */
export function isCheckBatch(path: string): boolean {
  const parts = path.replaceAll('\\', '/').split('/');
  return parts.length >= 2 && CHECK_BATCHES.has(parts.slice(-2).join('/'));
}

/**
 * Why a case-by-case listing of these files must not run, or null when it may: the check batches and the untouched
 * halves are scored as totals only, so a script that prints cases refuses them by name.
 */
export function caseListingRefusal(paths: readonly string[]): string | null {
  const held = paths.filter((p) => isCheckBatch(p) || /(^|[\\/])untouched\.jsonl$/.test(p));
  return held.length
    ? `cases are listed only for files you may tune on; ${held.join(', ')} ${held.length === 1 ? 'is' : 'are'} scored as totals only (lib/eval/check-batches.ts): drop the listing flag`
    : null;
}
