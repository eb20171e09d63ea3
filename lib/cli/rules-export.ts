/** `rapport rules export [--out FILE]`: the active rule pack as JSON, to start a team pack from or to feed `compare`. */
import { PACK_OPTIONS } from './check';
import { resolvePath, UsageError, type CliIO } from './io';
import type { CommandSpec } from './options';
import { activePack } from './packs';

export const RULES_EXPORT: CommandSpec = {
  name: 'rules export',
  operands: '',
  summary: 'Writes the active rule pack (the default rules, plus any --rules packs) as JSON, valid for --rules and compare.',
  options: {
    out: { type: 'string', value: 'FILE', help: 'write to FILE instead of standard output' },
    ...PACK_OPTIONS,
  },
};

export function rulesExportCommand(values: Record<string, string | string[] | boolean | undefined>, positionals: string[], io: CliIO): number {
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`, 'rules export');
  const pack = activePack((values.rules as string[] | undefined) ?? [], !values['no-default-rules'], io, 'rules export');
  const json = `${JSON.stringify(pack, null, 2)}\n`;
  const out = values.out as string | undefined;
  if (out === undefined || out === '-') {
    io.stdout(json.trimEnd());
    return 0;
  }
  if (!io.writeFile) throw new UsageError('this environment cannot write files; leave out --out', 'rules export');
  try {
    io.writeFile(resolvePath(out, io), json);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'rules export');
  }
  io.stdout(`Wrote ${pack.rules.length} rules to ${out}`);
  return 0;
}
