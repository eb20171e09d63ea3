/**
 * A layout batch's own figures (its first look, or its totals after a change): findings inside not-agent text, cold
 * replies with equal warmth, hints and suggestions per warm reply, structural must-flags, misread replies; each reply
 * in its channel and every reply as an e-mail. Totals only: no reply is listed (check batches are scored this way).
 *
 *   npx tsx scripts/layout-batch-figures.ts data/layouts/dev-extra-q.jsonl [more.jsonl …]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { countMisread, measureReplies, parseJsonl, type ReplyFigures } from '../lib/eval/structure';
import { defaultPack } from '../lib/rules/default';

const analyzer = createAnalyzer(defaultPack);
for (const file of process.argv.slice(2)) {
  const cases = parseJsonl(readFileSync(file, 'utf8'), file);
  const measure = (useChannel: boolean) => measureReplies((text, options) => analyzer.analyze(text, options), cases, useChannel);
  const inChannel = measure(true);
  const asEmail = measure(false);
  const both = (pick: (f: ReplyFigures) => string) => `${pick(inChannel)} / ${pick(asEmail)}`;
  const { misread } = countMisread(cases);
  console.log(`${file}: ${cases.length} replies`);
  console.log(`  findings inside not-agent text  ${both((f) => `${f.findingsInNotAgentText} in ${f.repliesWithThem}`)}`);
  console.log(`  cold replies with equal warmth  ${both((f) => `${f.coldWithExtras.equal}/${f.coldWithExtras.replies}`)}`);
  console.log(`  hints and suggestions per warm  ${both((f) => `${f.warm.perReply.hint.toFixed(2)} and ${f.warm.perReply.suggestion.toFixed(2)}`)}`);
  console.log(`  structural must-flags           ${both((f) => `${f.structural.caught}/${f.structural.total}`)}`);
  console.log(`  misread                         ${misread} of ${cases.length}`);
}
