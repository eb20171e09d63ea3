/**
 * The dead-code guard (knip with the repository's own knip.jsonc, a stage of `npm test`) on a small planted
 * project: clean, it passes; with an export nothing imports and a file nothing reaches, it fails and names both.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, it, type TestContext } from 'vitest';

/** knip's own launcher (its package exports no bin path), run with this Node. */
const KNIP = resolve('node_modules/knip/bin/knip.js');

function write(root: string, file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A project laid out like Rapport's: an entrypoint that imports one lib module, under the repository's knip config. */
function plantProject(onTestFinished: TestContext['onTestFinished']): string {
  const root = mkdtempSync(join(tmpdir(), 'rapport-knip-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  copyFileSync('knip.jsonc', join(root, 'knip.jsonc'));
  write(root, 'package.json', JSON.stringify({ name: 'planted', private: true, type: 'module' }));
  write(root, 'entrypoints/popup/main.ts', "import { greet } from '../../lib/greet';\nconsole.log(greet('Maria'));\n");
  write(root, 'lib/greet.ts', 'export function greet(name: string): string {\n  return `Hi ${name},`;\n}\n');
  write(root, 'lib/greet.test.ts', "import { greet } from './greet';\nif (greet('A') !== 'Hi A,') throw new Error('greet');\n");
  return root;
}

function knip(root: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    // CI runners set FORCE_COLOR; the assertions read plain text, so colour is switched off and any left is stripped.
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
    execFile(process.execPath, [KNIP, '--no-progress', '--no-config-hints'], { cwd: root, env }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, output: stripVTControlCharacters(`${stdout}${stderr}`) });
    });
  });
}

// Each test plants its own project (removed when it ends), so the two knip runs (a few seconds each) go side by side.
describe.concurrent('dead-code guard (knip.jsonc)', () => {
  it('passes a project where every export is imported and every file reached', async ({ expect, onTestFinished }) => {
    const project = plantProject(onTestFinished);
    expect(await knip(project)).toEqual({ code: 0, output: '' });
  });

  it('fails on a planted unused export and a planted unreachable file, naming both', async ({ expect, onTestFinished }) => {
    const project = plantProject(onTestFinished);
    write(project, 'lib/greet.ts', "export function greet(name: string): string {\n  return `Hi ${name},`;\n}\nexport const FAREWELL = 'Best,';\n");
    write(project, 'lib/orphan.ts', 'export const nobody = 1;\n');
    const { code, output } = await knip(project);
    expect(code).toBe(1);
    expect(output).toMatch(/Unused files \(1\)\s+lib\/orphan\.ts/);
    expect(output).toMatch(/Unused exports \(1\)\s+FAREWELL\s+lib\/greet\.ts/);
  });
});
