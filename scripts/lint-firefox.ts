// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, offline) over the Firefox build.
// Fails on any error, and on any warning or notice that is not one of the known, reviewed patterns
// inside a bundled library (zod's `Function('')` capability probe, react-dom's and Readability's
// innerHTML, decimal.js's global probe). A warning from Rapport's own code or manifest always fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = path.join(ROOT, '.output', 'firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Reviewed library code the linter flags: the linter's code plus a snippet of the flagged source. */
const KNOWN_LIBRARY_PATTERNS: readonly { library: string; code: string; snippet: string }[] = [
  { library: 'zod (checks whether eval is allowed, never evaluates input)', code: 'DANGEROUS_EVAL', snippet: 'return Function(``),!0' },
  { library: 'decimal.js via recharts (finds the global object)', code: 'DANGEROUS_EVAL', snippet: 'Function(`return this`)' },
  { library: 'react-dom (dangerouslySetInnerHTML, which Rapport never uses)', code: 'UNSAFE_VAR_ASSIGNMENT', snippet: '.__html!==n&&(e.innerHTML=n)' },
  { library: '@mozilla/readability (works on a detached copy of the page)', code: 'UNSAFE_VAR_ASSIGNMENT', snippet: 'innerHTML=r,this._attempts' },
  { library: '@mozilla/readability (works on a detached copy of the page)', code: 'UNSAFE_VAR_ASSIGNMENT', snippet: 'innerHTML=t.innerHTML' },
];

/** The source around the flagged position (the linter's column is 0-based or 1-based depending on the rule). */
function around(message: LintMessage): string {
  if (!message.file || message.line === undefined) return '';
  const file = path.join(SOURCE_DIR, message.file);
  if (!existsSync(file) || !message.file.endsWith('.js')) return '';
  const line = readFileSync(file, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 80), column + 80);
}

export function libraryOf(message: LintMessage): string | null {
  const source = around(message);
  const known = KNOWN_LIBRARY_PATTERNS.find((p) => p.code === message.code && source.includes(p.snippet));
  return known ? known.library : null;
}

function main(): void {
  if (!existsSync(path.join(SOURCE_DIR, 'manifest.json'))) {
    console.error(`No Firefox build at ${path.relative(ROOT, SOURCE_DIR)}: run \`npm run build:firefox\` first.`);
    process.exit(2);
  }
  const webExt = path.join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
  let raw: string;
  try {
    raw = execFileSync(process.execPath, [webExt, 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // web-ext exits non-zero when the linter reports errors; the JSON is still on stdout.
    raw = String((error as { stdout?: string }).stdout ?? '');
    if (!raw.trim().startsWith('{')) throw error;
  }
  const report = JSON.parse(raw.slice(raw.indexOf('{'))) as LintReport;
  const own = [...report.errors, ...report.warnings, ...report.notices].filter((m) => !libraryOf(m));
  const library = report.warnings.length + report.notices.length - own.filter((m) => !report.errors.includes(m)).length;

  console.log(
    `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices; ` +
      `${library} of them in reviewed bundled libraries, ${own.length} from Rapport's own code or manifest.`,
  );
  for (const m of own) console.error(`  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}  ${m.message}`);
  if (report.errors.length > 0 || own.length > 0) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
