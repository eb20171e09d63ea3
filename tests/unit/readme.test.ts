/**
 * The README's commands work: every `npm run …` it names is a script (and every script is named),
 * every `npx rapport …` / `npm run -s rapport -- …` example runs (in-process, with the real files,
 * writes kept in memory) without a usage error, the usage lines list only real flags, and the
 * set-up facts (Node version, PORT) match package.json and the demo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../lib/cli/main';
import type { CliIO } from '../../lib/cli/io';
import { defaultPack } from '../../lib/rules/default';
import { DEFAULT_DEMO_PORT } from '../../scripts/serve-demo';

const ROOT = resolve(import.meta.dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

/** A shell line without its trailing `# comment`. */
function withoutComment(line: string): string {
  const hash = line.search(/\s#/);
  return hash === -1 ? line : line.slice(0, hash);
}

/** Fenced blocks with their language, and inline `code` spans outside them. */
const blocks = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
const inline = [...README.replace(/^```[\s\S]*?^```/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
const commandLines = [...blocks.flatMap((b) => b.body.split('\n')), ...inline].map((l) => withoutComment(l).trim());

/** Splits a shell line into words (single and double quotes; no expansions), and a `< file` redirect. */
function shellWords(line: string): { words: string[]; stdin?: string } {
  const words: string[] = [];
  let stdin: string | undefined;
  const pattern = /"([^"]*)"|'([^']*)'|(<)|(\S+)/g;
  let redirect = false;
  for (const m of line.matchAll(pattern)) {
    if (m[3]) {
      redirect = true;
      continue;
    }
    const word = m[1] ?? m[2] ?? m[4]!;
    if (redirect) {
      stdin = word;
      redirect = false;
    } else words.push(word);
  }
  return { words, stdin };
}

/** The rapport arguments of a README example, or null when the line is not a rapport call. */
function rapportArgs(line: string): { args: string[]; stdin?: string } | null {
  const { words, stdin } = shellWords(line);
  if (words[0] === 'npx' && words[1] === 'rapport') return { args: words.slice(2), stdin };
  const dashes = words.indexOf('--');
  if (words[0] === 'npm' && words[1] === 'run' && words.includes('rapport') && dashes !== -1) return { args: words.slice(dashes + 1), stdin };
  return null;
}

/** Real files from the repository (relative to its root, as if run there), writes kept in memory. */
function repoIO(stdinFile?: string) {
  const written = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const read = (path: string) => written.get(normalize(path)) ?? readFileSync(isAbsolute(path) ? path : join(ROOT, path), 'utf8');
  const io: CliIO = {
    readFile: read,
    readStdin: () => (stdinFile ? read(join(ROOT, stdinFile)) : ''),
    writeFile: (path, content) => written.set(normalize(path), content),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    cwd: ROOT,
    stdinIsTTY: false,
    version: '0.0.0-test',
  };
  return { io, out, err, written };
}

describe('the README', () => {
  it('names only npm scripts that exist', () => {
    const named = new Set(commandLines.flatMap((l) => [...l.matchAll(/\bnpm run(?: -s)? ([\w:-]+)/g)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(10);
    const missing = [...named].filter((name) => !Object.hasOwn(PACKAGE.scripts, name));
    expect(missing, 'npm scripts the README names but package.json lacks').toEqual([]);
  });

  it('names every npm script', () => {
    const undocumented = Object.keys(PACKAGE.scripts).filter((name) =>
      name === 'test' ? !README.includes('`npm test`') : !new RegExp(`npm run(?: -s)? ${name.replace(/[:-]/g, '\\$&')}(?![\\w:-])`).test(README),
    );
    expect(undocumented, 'npm scripts missing from the README').toEqual([]);
  });

  it('gives the Node version package.json requires, and the demo port', () => {
    expect(PACKAGE.engines.node).toBe('>=20');
    expect(README).toContain('Node.js 20 or newer');
    expect(README).toContain(`http://127.0.0.1:${DEFAULT_DEMO_PORT}/`);
    expect(README).toMatch(/PORT=\d+ npm run demo/);
  });

  const examples = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) => b.body.split('\n'))
    .map((line) => withoutComment(line).trim())
    .filter((line) => rapportArgs(line));

  it('has command-line examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  // In order, in one shared in-memory folder: `rules export --out` writes what `compare` reads next.
  it('runs every command-line example without a usage error', () => {
    const written = new Map<string, string>();
    for (const line of examples) {
      const { args, stdin } = rapportArgs(line)!;
      const run = repoIO(stdin);
      for (const [path, content] of written) run.written.set(path, content);
      const code = runCli(args, run.io);
      expect({ line, code, err: run.err }, line).toEqual({ line, code: expect.toSatisfy((c: number) => c === 0 || c === 1), err: [] });
      expect(run.out.length, `${line} printed something`).toBeGreaterThan(0);
      for (const [path, content] of run.written) written.set(path, content);
    }
    expect([...written.keys()].map((p) => p.slice(ROOT.length + 1)).sort()).toEqual(['default-pack.json', 'with-team.json']);
  }, 120_000); // a hang guard, not a speed target: nine real runs of the engine over the example files, one after another

  it('lists only real options in the usage lines', () => {
    const usage = blocks.filter((b) => b.lang === '').flatMap((b) => b.body.split('\n')).filter((l) => l.startsWith('rapport '));
    expect(usage.map((l) => l.split(' ').slice(0, l.startsWith('rapport rules') ? 3 : 2).join(' '))).toEqual(['rapport check', 'rapport compare', 'rapport rules export']);
    for (const line of usage) {
      const command = line.startsWith('rapport rules') ? ['rules', 'export'] : [line.split(' ')[1]!];
      const help = repoIO();
      expect(runCli([...command, '--help'], help.io)).toBe(0);
      for (const flag of line.match(/--[\w-]+/g) ?? []) expect(help.out.join('\n'), `${line}: ${flag}`).toContain(flag);
    }
  });

  it("runs one rule's tests with a command that picks exactly that rule", () => {
    const line = commandLines.find((l) => l.startsWith('npx vitest run lib/rules/rules.test.ts -t '))!;
    expect(line).toBeDefined();
    const { words } = shellWords(line);
    expect(existsSync(join(ROOT, words[3]!))).toBe(true);
    // rules.test.ts names its groups "rule <id>"; vitest's -t is a pattern over the full test name.
    const pattern = new RegExp(words[5]!);
    const picked = defaultPack.rules.filter((r) => pattern.test(`rule ${r.id} has a message`));
    expect(picked.map((r) => r.id)).toEqual(['you-need-to']);
  });
});
