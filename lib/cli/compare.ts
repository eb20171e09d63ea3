/** `rapport compare --rules OLD.json --rules NEW.json FILE`: the impact preview on the command line. */
import { compareRules } from '../rules/impact';
import { detectFormat, parseReplies } from '../rules/replies-file';
import { readInput, UsageError, type CliIO } from './io';
import type { CommandSpec } from './options';
import { loadPackFile } from './packs';

export const COMPARE: CommandSpec = {
  name: 'compare',
  operands: 'FILE',
  summary:
    'Shows how many findings each changed rule adds or removes across a file of past replies (plain text separated by blank lines, CSV with a "text" column, or JSONL). Each --rules pack is used whole; `rapport rules export` writes the default one.',
  options: {
    rules: { type: 'string', value: 'PACK.json', multiple: true, help: 'the old pack, then the new one' },
    examples: { type: 'string', value: 'N', default: '3', help: 'example replies shown per changed rule' },
  },
};

export function compareCommand(values: Record<string, string | string[] | boolean | undefined>, positionals: string[], io: CliIO): number {
  const packs = (values.rules as string[] | undefined) ?? [];
  if (packs.length !== 2) throw new UsageError('compare needs two packs: --rules OLD.json --rules NEW.json', 'compare');
  if (positionals.length !== 1) throw new UsageError('compare needs one file of past replies', 'compare');
  const examples = Number(values.examples);
  if (!Number.isInteger(examples) || examples < 0) throw new UsageError('--examples must be a whole number', 'compare');
  const oldPack = loadPackFile(packs[0]!, io, 'compare');
  const newPack = loadPackFile(packs[1]!, io, 'compare');
  const file = positionals[0]!;
  const content = readInput(file, io, 'compare');
  let replies;
  try {
    replies = parseReplies(content, detectFormat(file, content));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`, 'compare');
  }
  const impacts = compareRules(oldPack.rules, newPack.rules, replies, examples).filter((i) => i.status !== 'unchanged' || i.before !== i.after);
  io.stdout(`${replies.length} replies; ${impacts.length} rule${impacts.length === 1 ? '' : 's'} changed or with a different count`);
  for (const i of impacts) {
    const delta = i.after - i.before;
    io.stdout(`${i.ruleId.padEnd(34)} ${i.status.padEnd(9)} ${String(i.before).padStart(5)} → ${String(i.after).padEnd(5)} (${delta >= 0 ? '+' : ''}${delta})`);
    for (const g of i.gained) io.stdout(`    + [${g.replyId}] ${g.text}`);
    for (const l of i.lost) io.stdout(`    - [${l.replyId}] ${l.text}`);
  }
  return 0;
}
