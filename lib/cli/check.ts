/**
 * `rapport check`: the engine on files, standard input, or a JSONL export of past replies.
 * I/O is injected (io.ts) so the whole command runs in tests without a process.
 */
import { createAnalyzer, type Analyzer } from '../engine/analyzer';
import { CHANNELS, DEFAULT_CHANNEL, isChannel, type Channel } from '../engine/channel';
import { SEVERITIES, type Analysis, type Finding, type Severity } from '../engine/types';
import { formatText, formatTotal, toJson } from './format';
import { readInput, UsageError, type CliIO } from './io';
import type { CommandSpec } from './options';
import { activePack } from './packs';

/** The packs every command that runs rules shares: defaults plus --rules, or only --rules. */
export const PACK_OPTIONS = {
  rules: { type: 'string', value: 'PACK.json', multiple: true, help: "add a rule pack to Rapport's default rules (a rule with the same id replaces the default)" },
  'no-default-rules': { type: 'boolean', help: 'use only the --rules packs, not the default rules' },
} as const satisfies CommandSpec['options'];

export const CHECK: CommandSpec = {
  name: 'check',
  operands: '[FILE... | -]',
  summary: 'Checks replies (files, or standard input with - or no file) and prints what to make warmer.',
  options: {
    format: { type: 'string', choices: ['text', 'json', 'jsonl'], default: 'text', help: 'output format' },
    ...PACK_OPTIONS,
    customer: { type: 'string', value: 'FILE', help: "the customer's message, so the coach can ask for an acknowledgement when they are upset" },
    channel: { type: 'string', choices: CHANNELS, default: DEFAULT_CHANNEL, help: 'where the reply goes: a chat or social reply needs no greeting mid-conversation' },
    'fail-on': { type: 'string', choices: SEVERITIES, help: 'exit 1 when a finding is at least this severe' },
  },
  details: [
    'Formats:',
    '  text   file:line:col  severity  message  rule-id, the first rewording, the warmth, and a total',
    '  json   {"warmth", "scores", "language", "mood", "complete", "findings"} (an array with "file" for several)',
    '  jsonl  each input line {"id", "text", "customerMessage"?, "channel"?, "firstMessage"?} gives one output line {"id", ...what json gives};',
    '         a line that cannot be checked gives {"id", "error"} and the rest go on (exit 1 at the end)',
    'Exit codes: 0 done, 1 a finding reached --fail-on or a JSONL line failed, 2 bad arguments, input or rule pack.',
  ],
};

type Values = Record<string, string | string[] | boolean | undefined>;

export function checkCommand(values: Values, positionals: string[], io: CliIO): number {
  const format = values.format as 'text' | 'json' | 'jsonl';
  const failOn = values['fail-on'] as Severity | undefined;
  const pack = activePack((values.rules as string[] | undefined) ?? [], !values['no-default-rules'], io, 'check');
  const analyzer = createAnalyzer(pack);
  const customerMessage = typeof values.customer === 'string' ? readInput(values.customer, io, 'check') : undefined;
  const channel = values.channel as Channel;
  const inputs = positionals.length ? positionals : ['-'];
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once', 'check');
  if (inputs.includes('-') && io.stdinIsTTY) {
    io.stderr(
      format === 'jsonl'
        ? 'rapport: reading JSONL replies from the terminal, one {"id", "text"} per line; end with Ctrl+D (or give a FILE).'
        : 'rapport: reading a reply from the terminal; paste it, then press Ctrl+D (or give a FILE).',
    );
  }
  // Read everything first: a missing file is a usage error before any output.
  const texts = inputs.map((input) => ({ name: input === '-' ? '<stdin>' : input, text: readInput(input, io, 'check') }));
  const reached = (f: Finding) => failOn !== undefined && SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(failOn);

  if (format === 'jsonl') {
    let failed = false;
    let badLines = 0;
    for (const { name, text } of texts) {
      const outcome = checkJsonl(text, name, analyzer, { customerMessage, channel }, io);
      failed ||= outcome.findings.some(reached);
      badLines += outcome.badLines;
    }
    if (badLines) io.stderr(`rapport: ${badLines} line${badLines === 1 ? '' : 's'} could not be checked (their output line has "error")`);
    return failed || badLines ? 1 : 0;
  }

  const analyses: { name: string; text: string; analysis: Analysis }[] = texts.map(({ name, text }) => ({
    name,
    text,
    analysis: analyzer.analyze(text, { customerMessage, channel }),
  }));
  const all = analyses.flatMap((a) => a.analysis.findings);
  if (format === 'text') {
    for (const { name, text, analysis } of analyses) io.stdout(formatText(name, text, analysis));
    io.stdout(formatTotal(all, analyses.length, analyses.filter((a) => !a.analysis.language.checked).length));
  } else {
    const results = analyses.map(({ name, analysis }) => (analyses.length > 1 ? { file: name, ...toJson(analysis) } : toJson(analysis)));
    io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  }
  return all.some(reached) ? 1 : 0;
}

/** One output line per input line; a line that cannot be checked says why in "error" and the rest go on. */
function checkJsonl(text: string, name: string, analyzer: Analyzer, defaults: { customerMessage?: string; channel: Channel }, io: CliIO) {
  const findings: Finding[] = [];
  let badLines = 0;
  const fail = (id: unknown, lineNumber: number, error: string) => {
    badLines++;
    io.stdout(JSON.stringify({ id: id ?? null, error: `${name}:${lineNumber}: ${error}` }));
  };
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      return fail(null, index + 1, `not valid JSON (${(error as Error).message})`);
    }
    const fields = record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as Record<string, unknown>) : {};
    const id = Object.hasOwn(fields, 'id') ? fields.id : null;
    if (typeof fields.text !== 'string') return fail(id, index + 1, 'needs a "text" string');
    if (fields.channel !== undefined && !isChannel(fields.channel)) return fail(id, index + 1, `"channel" must be ${CHANNELS.join(', ')}`);
    const context = typeof fields.customerMessage === 'string' ? fields.customerMessage : defaults.customerMessage;
    let analysis: Analysis;
    try {
      analysis = analyzer.analyze(fields.text, {
        customerMessage: context,
        channel: (fields.channel as Channel | undefined) ?? defaults.channel,
        firstMessage: fields.firstMessage === true,
      });
    } catch (error) {
      return fail(id, index + 1, `the analysis failed: ${(error as Error).message}`);
    }
    findings.push(...analysis.findings);
    io.stdout(JSON.stringify({ id, ...toJson(analysis) }));
  });
  return { findings, badLines };
}
