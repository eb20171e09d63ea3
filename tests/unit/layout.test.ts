/**
 * The README's "Layout" names every folder once, and only folders that exist: each top-level
 * folder the repository tracks and each folder under lib/ and tests/ (where code of different
 * runtimes sits side by side). And every test glob of the Vitest configs matches a file, so no
 * glob is left over from files that moved.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, matchesGlob, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const TRACKED = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);

/** The folders the repository holds that the Layout must name: top level, and one level down in lib/ and tests/. */
function folders(): string[] {
  const found = new Set<string>();
  for (const file of TRACKED) {
    const parts = file.split('/');
    if (parts.length > 1) found.add(parts[0]!);
    if (parts.length > 2 && (parts[0] === 'lib' || parts[0] === 'tests')) found.add(`${parts[0]}/${parts[1]}`);
  }
  // lib/ and tests/ are named through their folders.
  found.delete('lib');
  found.delete('tests');
  return [...found].sort();
}

/** The folders the Layout block names, one line each ("lib/engine/   PURE: …"). */
function layoutFolders(): string[] {
  const section = README.slice(README.indexOf('\n## Layout\n'));
  const block = /^```\n([\s\S]*?)^```/m.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^(\S+)\/\s/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

describe("the README's Layout", () => {
  it('names every folder once, and no folder that is not there', () => {
    const named = layoutFolders();
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name, i) => named.indexOf(name) !== i), 'named twice').toEqual([]);
    expect([...named].sort()).toEqual(folders());
  });
});

describe('the Vitest configs', () => {
  it.each(['vitest.config.ts', 'vitest.browser.config.ts'])('%s: every include glob matches a file', async (file) => {
    const config = (await import(join(ROOT, file))).default as { test: { include: string[] } };
    expect(config.test.include.length).toBeGreaterThan(0);
    const empty = config.test.include.filter((glob) => !TRACKED.some((path) => matchesGlob(path, glob)));
    expect(empty, 'globs that match no file').toEqual([]);
  });
});
