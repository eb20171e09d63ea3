/** `rapport compare --rules OLD.json --rules NEW.json FILE`: the impact preview on the command line. */
import { parseArgs } from 'node:util';
import { compareRules } from '../rules/impact';
import { detectFormat, parseReplies } from '../rules/replies-file';
import { loadPack, read, UsageError, type CliIO } from './check';

export function compareCommand(args: string[], io: CliIO): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { rules: { type: 'string', multiple: true }, examples: { type: 'string', default: '3' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.rules?.length !== 2) throw new UsageError('compare needs two packs: --rules OLD.json --rules NEW.json');
  if (positionals.length !== 1) throw new UsageError('compare needs one file of past replies');
  const examples = Number(values.examples);
  if (!Number.isInteger(examples) || examples < 0) throw new UsageError('--examples must be a whole number');
  const oldPack = loadPack(values.rules[0], io);
  const newPack = loadPack(values.rules[1], io);
  const file = positionals[0]!;
  const content = read(file, io);
  let replies;
  try {
    replies = parseReplies(content, detectFormat(file, content));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
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
