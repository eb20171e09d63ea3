// Browser-test files start longest first, so the workers end together: each file has its own browser, demo server
// and extension storage, so the order of files changes nothing but the stage's length (a two-minute file started
// last kept one worker busy for two minutes while the other sat idle). Tests inside a file still run shuffled.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took on the 2-core CI machine (fresh clone, two workers): only their order matters. A file not
 * listed is taken as a long one and starts early, so a new file never becomes the lone tail.
 */
const MEASURED_SECONDS: ReadonlyMap<string, number> = new Map([
  ['badge-placement', 73],
  ['card', 42],
  ['coach', 52],
  ['demo-editors', 80],
  ['editor-contract-1', 122],
  ['editor-contract-2', 147],
  ['editor-screen', 15],
  ['engine-host', 24],
  ['firefox', 29],
  ['offscreen-engine', 15],
  ['options', 61],
  ['popup', 32],
  ['send-to-summary', 20],
  ['sites', 40],
  ['summary', 35],
  ['surfaces', 70],
  ['underline-drawing', 18],
  ['untrusted-page', 33],
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
