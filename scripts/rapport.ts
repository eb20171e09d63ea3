/** The `rapport` command line (`npx rapport …` or `npm run -s rapport -- …`; see lib/cli/main.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../lib/cli/main';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const code = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  writeFile: (path, content) => writeFileSync(path, content),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  // Under `npm run`, the cwd is the repository; INIT_CWD is where the user stands.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdinIsTTY: process.stdin.isTTY === true,
  version,
});
process.exitCode = code;
