/** The `rapport` command line: `npm run -s rapport -- check …` (see lib/cli/check.ts). */
import { readFileSync } from 'node:fs';
import { runCli } from '../lib/cli/check';

const code = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
