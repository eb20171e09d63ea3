// Browser-test files start longest first, so the workers end together: every test starts from empty extension
// storage and fresh tabs (support/session.ts), so the order of files changes nothing but the stage's length (a
// two-minute file started last kept one worker busy for two minutes while the others sat idle). Tests inside a file
// still run shuffled.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file takes on the 2-core CI machine (fresh clone, three workers): only their order matters. Session 36
 * measured every file at once on a busy machine (vitest's reporter, load ≈ 30: 1,563 s for the stage) and scaled the
 * figures by CI's 470 / 1,563; the editor contract's files and the Firefox file were measured again after the contract's
 * tests were merged (two per editor) and its composers split in two (load ≈ 30 too). The Firefox file had kept its 38 s from when it held 8 tests (it holds 32): it
 * started among the last and was the stage's tail. A file not listed is taken as a long one and starts early, so a new
 * file never becomes the lone tail. Session 38: the Firefox file measured again with its 36 tests (434 s at load ≈ 38,
 * scaled the same way); the card file's new axe test (fill-in templates, the status after an Apply) estimated at 12 s.
 */
const MEASURED_SECONDS: ReadonlyMap<string, number> = new Map([
  ['badge-click', 18],
  ['badge-placement', 62],
  ['card', 78],
  ['coach', 53],
  ['demo-editors', 49],
  ['editor-contract-1', 64],
  ['editor-contract-2', 74],
  ['editor-contract-3', 87],
  ['editor-contract-4', 82],
  ['editor-screen', 8],
  ['engine-host', 15],
  ['fill-in', 37],
  ['firefox', 130],
  ['mirror-blocks', 5],
  ['offscreen-engine', 20],
  ['options', 67],
  ['popup', 25],
  ['quill-undo', 20],
  ['send-to-summary', 8],
  ['sites', 45],
  ['summary', 32],
  ['surfaces', 70],
  ['underline-drawing', 7],
  ['untrusted-page', 26],
]);
const UNLISTED_SECONDS = 90;

function expectedSeconds(file: string): number {
  const name = file.replace(/^.*[\\/]/, '').replace(/\.browser\.test\.ts$/, '');
  return MEASURED_SECONDS.get(name) ?? UNLISTED_SECONDS;
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (spec: TestSpecification) => relative(spec.project.config.root, spec.moduleId);
    return [...files].sort((a, b) => expectedSeconds(key(b)) - expectedSeconds(key(a)) || key(a).localeCompare(key(b)));
  }
}
