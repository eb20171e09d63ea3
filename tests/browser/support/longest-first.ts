// Browser-test files start longest first, so the workers end together: every test starts from empty extension
// storage and fresh tabs (support/session.ts), so the order of files changes nothing but the stage's length (a
// two-minute file started last kept one worker busy for two minutes while the others sat idle). Tests inside a file
// still run shuffled.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took on the 2-core CI machine (fresh clone, three workers): only their order matters. A file not
 * listed is taken as a long one and starts early, so a new file never becomes the lone tail.
 */
const MEASURED_SECONDS: ReadonlyMap<string, number> = new Map([
  ['badge-placement', 82],
  ['card', 64],
  ['coach', 66],
  ['demo-editors', 71],
  ['editor-contract-1', 134],
  ['editor-contract-2', 151],
  ['editor-screen', 11],
  ['engine-host', 34],
  ['firefox', 38],
  ['mirror-blocks', 19],
  ['offscreen-engine', 11],
  ['options', 83],
  ['popup', 41],
  ['send-to-summary', 16],
  ['sites', 52],
  ['summary', 51],
  ['surfaces', 86],
  ['underline-drawing', 17],
  ['untrusted-page', 38],
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
