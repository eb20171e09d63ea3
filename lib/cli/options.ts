/**
 * Declarative options for each `rapport` command: one line per flag gives parsing, validation of
 * choices and the --help text. Every command also gets --help and --version.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** For string options: the placeholder shown in --help (e.g. FILE). */
  value?: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
  multiple?: boolean;
  default?: string;
  help: string;
}

export interface CommandSpec {
  /** As typed after `rapport`, e.g. "check" or "rules export". */
  name: string;
  /** What follows the options in the usage line, e.g. "[FILE... | -]". */
  operands: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra lines for --help (formats, exit codes). */
  details?: string[];
}

export type Parsed =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; values: Record<string, string | string[] | boolean | undefined>; positionals: string[] };

export const hint = (command?: string) => `Try 'rapport${command ? ` ${command}` : ''} --help'.`;

export function parseCommand(spec: CommandSpec, args: string[]): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; default?: string; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
  };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.default !== undefined ? { default: o.default } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(conciseParseError(error as Error & { code?: string }), spec.name);
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  for (const [name, o] of Object.entries(spec.options)) {
    const given = values[name];
    if (!o.choices || given === undefined) continue;
    for (const value of [given].flat()) {
      if (!o.choices.includes(String(value))) throw new UsageError(`--${name} must be ${orList(o.choices)}, not "${value}"`, spec.name);
    }
  }
  return { kind: 'run', values, positionals: parsed.positionals };
}

/** node:util's messages carry advice about "--"; keep the first sentence, which names the problem. */
function conciseParseError(error: Error & { code?: string }): string {
  const message = error.message.split(/\.\s/)[0]!.replace(/\.$/, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return message.replace(/^Unknown option/, 'unknown option');
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return message.replace(/^Option/, 'option');
  return message;
}

const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

export function usageLine(spec: CommandSpec): string {
  const flags = Object.entries(spec.options).map(([name, o]) => {
    const value = o.type === 'string' ? ` ${o.choices ? o.choices.join('|') : (o.value ?? 'VALUE')}` : '';
    return `[--${name}${value}]${o.multiple ? '...' : ''}`;
  });
  return ['rapport', spec.name, ...flags, spec.operands].filter(Boolean).join(' ');
}

export function helpText(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`,
    `${o.help}${o.default !== undefined ? ` (default: ${o.default})` : ''}${o.multiple ? ' May be repeated.' : ''}`,
  ]);
  rows.push(['-h, --help', 'show this help'], ['--version', "print Rapport's version"]);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${usageLine(spec)}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    ...(spec.details?.length ? ['', ...spec.details] : []),
  ].join('\n');
}
