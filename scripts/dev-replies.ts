/**
 * The replies a measuring script (bench, profile, census) runs the analyzer over: a dev file of data/replies
 * (dev.jsonl unless given), each with the options it is analysed with (its customer's message, its channel). An
 * untouched split or a check batch is refused: their figures come only from `npm run eval` and score-habits' totals.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isChannel } from '../lib/engine/channel';
import type { AnalyzeOptions } from '../lib/engine/types';
import { isCheckBatch } from '../lib/eval/check-batches';
import { parseReplies } from '../lib/eval/replies';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface DevReply {
  text: string;
  options: AnalyzeOptions;
}

export function readDevReplies(file = 'data/replies/dev.jsonl'): DevReply[] {
  if (/untouched/.test(file) || isCheckBatch(file.replace(/^data\//, ''))) throw new Error(`${file} is held out: not read here`);
  return parseReplies(readFileSync(join(root, file), 'utf8'))
    .filter((r) => typeof r.text === 'string')
    .map((r) => ({ text: r.text, options: { customerMessage: r.customerMessage, ...(isChannel(r.channel) ? { channel: r.channel } : {}) } }));
}
