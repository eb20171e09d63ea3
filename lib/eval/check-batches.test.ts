import { describe, expect, it } from 'vitest';
import { caseListingRefusal, isCheckBatch } from './check-batches';

describe('isCheckBatch', () => {
  it('knows a check batch however its path is written', () => {
    for (const path of ['data/replies/dev-extra-cg.jsonl', 'replies/dev-extra-bp.jsonl', '/work/main/data/layouts/dev-extra-r.jsonl']) {
      expect(isCheckBatch(path), path).toBe(true);
    }
  });

  it('leaves tune batches, the untouched halves and a same-named file of another set alone', () => {
    for (const path of ['data/replies/dev-extra-cc.jsonl', 'data/replies/untouched.jsonl', 'data/layouts/dev-extra-q.jsonl', 'data/layouts/dev-extra-cg.jsonl', 'dev-extra-cg.jsonl']) {
      expect(isCheckBatch(path), path).toBe(false);
    }
  });
});

describe('caseListingRefusal', () => {
  it('refuses to list the cases of a check batch or an untouched half, naming the file', () => {
    expect(caseListingRefusal(['data/replies/dev-extra-cc.jsonl', 'data/replies/dev-extra-cv.jsonl'])).toContain('data/replies/dev-extra-cv.jsonl');
    expect(caseListingRefusal(['/work/main/data/replies-fresh/untouched.jsonl'])).toContain('untouched.jsonl');
  });

  it('lets tune batches be listed', () => {
    expect(caseListingRefusal(['data/replies/dev-extra-cc.jsonl', 'data/replies/dev.jsonl', 'data/layouts/dev-extra-q.jsonl'])).toBeNull();
  });
});
