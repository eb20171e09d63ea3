/**
 * `rapport check` and `rapport compare`: the engine on files, standard input or a JSONL export
 * of past replies. I/O is injected so the whole command runs in tests without a process.
 */
import { parseArgs } from 'node:util';
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import { SEVERITIES, type Severity } from '../engine/types';
import { CHANNELS, isChannel, type Channel } from '../engine/channel';
import { defaultPack } from '../rules/default';
import { formatProblems, validatePack, type RulePack } from '../rules/schema';
import { formatText, toJson } from './format';
import { compareCommand } from './compare';

export interface CliIO {
  readFile(path: string): string;
  readStdin(): string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  rapport check [--format text|json|jsonl] [--rules PACK.json] [--customer FILE] [--channel email|chat|social] [--fail-on hint|suggestion|warning] [FILE... | -]
  rapport compare --rules OLD.json --rules NEW.json [--examples N] FILE

check   analyses replies (files, or standard input with - or no file). With --format jsonl each input line is
        {"id": "...", "text": "...", "customerMessage": "...", "channel": "chat"} and each output line {"id", "warmth", "scores", "findings"}.
        --channel (default email) sets what a reply is expected to have: a chat or social reply needs no greeting mid-conversation.
compare shows how many findings each changed rule adds or removes across a file of past replies
        (plain text separated by blank lines, CSV with a "text" column, or JSONL).
Exit codes: 0 ok, 1 a finding reached --fail-on, 2 bad arguments, input or rule pack.`;

export function loadPack(path: string | undefined, io: CliIO): RulePack {
  if (!path) return defaultPack;
  let raw: unknown;
  try {
    raw = JSON.parse(io.readFile(path));
  } catch (error) {
    throw new UsageError(`${path}: cannot read the rule pack: ${(error as Error).message}`);
  }
  const result = validatePack(raw);
  if (!result.ok) throw new UsageError(`${path}: the rule pack is invalid, nothing was loaded:\n${formatProblems(result.problems)}`);
  return result.pack;
}

export function runCli(argv: string[], io: CliIO): number {
  try {
    const [command, ...rest] = argv;
    if (command === 'check') return checkCommand(rest, io);
    if (command === 'compare') return compareCommand(rest, io);
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rapport: ${error.message}`);
      if (!error.message.includes('\n')) io.stderr(USAGE);
      return 2;
    }
    throw error;
  }
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        rules: { type: 'string', multiple: true },
        customer: { type: 'string' },
        channel: { type: 'string' },
        'fail-on': { type: 'string' },
        examples: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function checkCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parse(args);
  const format = values.format!;
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`--format must be text, json or jsonl, not "${format}"`);
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be hint, suggestion or warning, not "${failOn}"`);
  if ((values.rules?.length ?? 0) > 1) throw new UsageError('check takes one --rules pack (compare takes two)');
  const channel = parseChannel(values.channel);
  const analyzer = createAnalyzer(loadPack(values.rules?.[0], io));
  const customerMessage = values.customer !== undefined ? read(values.customer, io) : undefined;
  const inputs = positionals.length ? positionals : ['-'];
  const reached = (severity: Severity) => failOn !== undefined && SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(failOn);

  let failed = false;
  let badInput = false;
  const results: object[] = [];
  for (const input of inputs) {
    const text = read(input, io);
    if (format === 'jsonl') {
      const outcome = checkJsonl(text, input, analyzer, { customerMessage, channel }, io);
      failed ||= outcome.severities.some(reached);
      badInput ||= outcome.badLines > 0;
      continue;
    }
    const analysis = analyzer.analyze(text, { customerMessage, channel });
    failed ||= analysis.findings.some((f) => reached(f.severity));
    const name = input === '-' ? '<stdin>' : input;
    if (format === 'text') io.stdout(formatText(name, text, analysis));
    else results.push(inputs.length > 1 ? { file: name, ...toJson(analysis) } : toJson(analysis));
  }
  if (format === 'json') io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  if (badInput) return 2;
  return failed ? 1 : 0;
}

function checkJsonl(text: string, input: string, analyzer: Analyzer, defaults: { customerMessage?: string; channel: Channel }, io: CliIO) {
  const severities: Severity[] = [];
  let badLines = 0;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record: { id?: unknown; text?: unknown; customerMessage?: unknown; channel?: unknown; firstMessage?: unknown };
    try {
      record = JSON.parse(line);
    } catch (error) {
      badLines++;
      io.stderr(`rapport: ${input}:${index + 1}: not valid JSON (${(error as Error).message}); line skipped`);
      return;
    }
    if (typeof record?.text !== 'string') {
      badLines++;
      io.stderr(`rapport: ${input}:${index + 1}: needs a "text" string; line skipped`);
      return;
    }
    if (record.channel !== undefined && !isChannel(record.channel)) {
      badLines++;
      io.stderr(`rapport: ${input}:${index + 1}: "channel" must be ${CHANNELS.join(', ')}; line skipped`);
      return;
    }
    const context = typeof record.customerMessage === 'string' ? record.customerMessage : defaults.customerMessage;
    const analysis = analyzer.analyze(record.text, {
      customerMessage: context,
      channel: record.channel ?? defaults.channel,
      firstMessage: record.firstMessage === true,
    });
    analysis.findings.forEach((f) => severities.push(f.severity));
    const { warmth, scores, findings } = toJson(analysis);
    io.stdout(JSON.stringify({ id: record.id ?? null, warmth, scores, findings }));
  });
  return { severities, badLines };
}

function parseChannel(value: string | undefined): Channel {
  if (value === undefined) return 'email';
  if (!isChannel(value)) throw new UsageError(`--channel must be ${CHANNELS.join(', ')}, not "${value}"`);
  return value;
}

export function read(path: string, io: CliIO): string {
  try {
    return path === '-' ? io.readStdin() : io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
