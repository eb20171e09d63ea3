/**
 * The `rapport` command line: picks the command, parses its options (options.ts), and turns a
 * usage mistake into one line, a hint and exit code 2.
 */
import { CHECK, checkCommand } from './check';
import { COMPARE, compareCommand } from './compare';
import { UsageError, type CliIO } from './io';
import { helpText, hint, parseCommand, usageLine, type CommandSpec } from './options';
import { RULES_EXPORT, rulesExportCommand } from './rules-export';

type Run = (values: Record<string, string | string[] | boolean | undefined>, positionals: string[], io: CliIO) => number;

const COMMANDS: [CommandSpec, Run][] = [
  [CHECK, checkCommand],
  [COMPARE, compareCommand],
  [RULES_EXPORT, rulesExportCommand],
];

const USAGE = [
  'Usage:',
  ...COMMANDS.map(([spec]) => `  ${usageLine(spec)}`),
  '',
  ...COMMANDS.map(([spec]) => `${spec.name.padEnd(13)}${spec.summary.split('. ')[0]!.replace(/\.$/, '')}.`),
  '',
  "Run 'rapport COMMAND --help' for a command's options. Exit codes: 0 done, 1 findings reached --fail-on, 2 bad usage.",
].join('\n');

export function runCli(argv: string[], io: CliIO): number {
  const version = `rapport ${io.version ?? 'unknown version'}`;
  try {
    const [first, second] = argv;
    if (first === undefined) throw new UsageError(`no command given (there are: ${COMMANDS.map(([s]) => s.name).join(', ')})`);
    if (first === '--help' || first === '-h' || first === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (first === '--version') {
      io.stdout(version);
      return 0;
    }
    const found = COMMANDS.find(([spec]) => {
      const words = spec.name.split(' ');
      return words.every((word, i) => argv[i] === word);
    });
    if (!found) {
      if (first === 'rules') throw new UsageError(second ? `unknown rules command "${second}" (there is: rules export)` : 'rules needs a command: rules export');
      throw new UsageError(`unknown command "${first}" (there are: ${COMMANDS.map(([s]) => s.name).join(', ')})`);
    }
    const [spec, run] = found;
    const parsed = parseCommand(spec, argv.slice(spec.name.split(' ').length));
    if (parsed.kind === 'help') {
      io.stdout(helpText(spec));
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout(version);
      return 0;
    }
    return run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rapport: ${error.message}`);
      io.stderr(hint(error.command));
      return 2;
    }
    throw error;
  }
}
