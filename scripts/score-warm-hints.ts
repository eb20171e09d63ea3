/**
 * Hints and other findings on warm replies, by the rule or check that gave them, and structural must-flags caught per
 * check: the two sides of a whole-reply check's precision on annotated reply files. Totals only unless --verbose
 * (print cases only for files you may tune on, never a check batch or held-out data).
 *
 *   npx tsx scripts/score-warm-hints.ts data/replies/dev-extra-be.jsonl [--verbose]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { parseReplies, evaluateReplies } from '../lib/eval/replies';
import { isChannel } from '../lib/engine/channel';
import { defaultPack } from '../lib/rules/default';
import { caseListingRefusal } from '../lib/eval/check-batches';

const analyzer = createAnalyzer(defaultPack);
const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!files.length) throw new Error('usage: tsx scripts/score-warm-hints.ts <file.jsonl>… [--verbose]');
const listingRefused = verbose && caseListingRefusal(files);
if (listingRefused) {
  console.error(listingRefused);
  process.exit(2);
}
const checkOfRule = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
const STRUCTURAL = new Map([
  ['greeting-missing', 'greeting'],
  ['next-step-missing', 'closing'],
  ['acknowledgement-missing', 'acknowledgement'],
]);

const replies = files.flatMap((file) => parseReplies(readFileSync(file, 'utf8')));
const report = evaluateReplies(analyzer, defaultPack.rules, replies);
const byRule = new Map<string, number>();
for (const alarm of report.falseAlarms) {
  const key = `${alarm.severity} ${alarm.ruleId}`;
  byRule.set(key, (byRule.get(key) ?? 0) + 1);
}
const perWarm = (n: number) => (n / Math.max(1, report.warm)).toFixed(2);
console.log(`${files.join(', ')}: ${report.replies} replies, ${report.warm} warm`);
console.log(`  per warm reply: ${perWarm(report.warmWarningsSuggestions)} warnings+suggestions, ${perWarm(report.warmHints)} hints`);
for (const [key, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`    ${key.padEnd(40)} ${n} (${perWarm(n)})`);
const must = new Map<string, number>();
const caught = new Map<string, number>();
for (const reply of replies) {
  const channel = isChannel(reply.channel) ? reply.channel : undefined;
  const wanted = reply.mustFlag.filter((m) => m.structural);
  if (!wanted.length) continue;
  const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel });
  const fired = new Set<string | undefined>(findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].map((id) => checkOfRule.get(id))));
  for (const m of wanted) {
    must.set(m.structural!, (must.get(m.structural!) ?? 0) + 1);
    if (fired.has(STRUCTURAL.get(m.structural!))) caught.set(m.structural!, (caught.get(m.structural!) ?? 0) + 1);
    else if (verbose) console.log(`  missed ${reply.id} ${reply.channel} ${m.structural}`);
  }
}
console.log(`  structural caught ${report.structuralCaught}/${report.structuralMust}`);
for (const [label, n] of must) console.log(`    ${label.padEnd(26)} ${caught.get(label) ?? 0}/${n}`);
if (verbose) for (const a of report.falseAlarms) console.log(`  warm ${a.id} ${a.severity} ${a.ruleId}: ${JSON.stringify(a.text)}`);
