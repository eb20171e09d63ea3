/**
 * Print applied rewordings of the DEV replies for reading by hand (issue #10 item 4):
 *   npx tsx scripts/read-rewordings.ts [--file data/replies/dev-extra-c.jsonl] [--except dev-extra-ch.jsonl] [--sample 80] [--seed 7] [--rule id] [--full] [--templates]
 * Each line shows the sentence before and after Apply (--full: the whole reply after Apply). --templates lists the
 * fill-in templates instead (not applied rewordings), each with its prefilled guess in [brackets], to read the guesses. Only dev files are
 * accepted: an untouched split is never printed in detail, so it can never be tuned on; nor is a blind check batch
 * (lib/eval/check-batches.ts), which the default list leaves out and --file refuses. --except leaves one dev file out of
 * the default list (a new batch, to sample the others' rewordings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/engine/analyzer';
import { applySuggestion } from '../lib/engine/apply';
import { isChannel } from '../lib/engine/channel';
import { templateInContext } from '../lib/engine/template-fill';
import { isCheckBatch } from '../lib/eval/check-batches';
import { defaultPack } from '../lib/rules/default';
import { evaluateReplies, formatRepliesReport, parseReplies, sampleRewordings } from '../lib/eval/replies';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const devFiles = ['dev.jsonl', ...readdirSync(join(root, 'data/replies')).filter((f) => /^dev-extra-[a-z0-9-]+\.jsonl$/.test(f) && f !== arg('--except')).sort()]
  .map((f) => `data/replies/${f}`)
  .filter((f) => !isCheckBatch(f));
const files = arg('--file') ? [arg('--file')!] : devFiles;
for (const file of files) {
  if (!/(^|\/)dev(-extra-[a-z0-9-]+)?\.jsonl$/.test(file) || isCheckBatch(file)) {
    console.error(`${file}: only dev files (dev.jsonl, dev-extra-*.jsonl) that are no check batch may be read in detail`);
    process.exit(2);
  }
}
const cases = files.flatMap((file) => parseReplies(readFileSync(join(root, file), 'utf8')));
const analyzer = createAnalyzer(defaultPack);
const report = evaluateReplies(analyzer, defaultPack.rules, cases);
formatRepliesReport(files.join(', '), report).forEach((line) => console.log(line));
if (process.argv.includes('--templates')) {
  let n = 0;
  for (const reply of cases) {
    const channel = isChannel(reply.channel) ? reply.channel : undefined;
    for (const f of analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel }).findings) {
      for (const t of f.templates ?? []) console.log(`${String(++n).padStart(3)} ${reply.id} ${f.ruleId}\n      ${templateInContext(reply.text, t).replace(/\n/g, '⏎')}`);
    }
  }
  process.exit(0);
}
const rule = arg('--rule');
const pool = report.rewordings.filter((w) => !rule || w.ruleId === rule);
const size = Number(arg('--sample') ?? pool.length);
const chosen = arg('--sample') ? sampleRewordings(pool, size, Number(arg('--seed') ?? 10)) : pool;
console.log(`${pool.length} rewordings in ${cases.length} replies (${files.join(', ')}); showing ${chosen.length}`);
const full = process.argv.includes('--full');
const byId = new Map(cases.map((c) => [c.id, c]));
chosen.forEach((w, i) => {
  console.log(`${String(i + 1).padStart(3)} ${w.id} ${w.ruleId}${w.problems.length ? `  PROBLEMS: ${w.problems.join('; ')}` : ''}`);
  if (!full) {
    console.log(`      - ${w.before.replace(/\n/g, '⏎')}\n      + ${w.after.replace(/\n/g, '⏎')}`);
    return;
  }
  const reply = byId.get(w.id)!;
  const channel = isChannel(reply.channel) ? reply.channel : undefined;
  const finding = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel }).findings.find((f) => f.ruleId === w.ruleId);
  if (finding) console.log(applySuggestion(reply.text, finding, 0).replace(/^/gm, '      | '));
});
