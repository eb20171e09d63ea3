/**
 * The three whole-reply checks (greeting, next step, acknowledgement) on annotated reply files, per check:
 * structural must-flags caught, and findings where the annotation marks no such problem (false alarms), by tone.
 * Aggregate figures only unless --verbose (print cases only for files you may tune on, never a check batch).
 *
 *   npx tsx scripts/score-whole-reply.ts data/replies/dev-extra-ar.jsonl [--verbose]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { parseReplies } from '../lib/eval/replies';
import { defaultPack } from '../lib/rules/default';
import { caseListingRefusal } from '../lib/eval/check-batches';

const CHECKS = [
  ['greeting-missing', 'greeting'],
  ['next-step-missing', 'closing'],
  ['acknowledgement-missing', 'acknowledgement'],
] as const;

const analyzer = createAnalyzer(defaultPack);
const checkOfRule = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!files.length) throw new Error('usage: tsx scripts/score-whole-reply.ts <file.jsonl>… [--verbose]');
const listingRefused = verbose && caseListingRefusal(files);
if (listingRefused) {
  console.error(listingRefused);
  process.exit(2);
}

for (const file of files) {
  const replies = parseReplies(readFileSync(file, 'utf8'));
  const caught = new Map<string, number>();
  const must = new Map<string, number>();
  const falseAlarms = new Map<string, number>();
  let warm = 0;
  let warmWholeReply = 0;
  const lines: string[] = [];
  for (const reply of replies) {
    const channel = isChannel(reply.channel) ? reply.channel : undefined;
    const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel });
    const fired = new Set(findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].map((id) => checkOfRule.get(id)).filter(Boolean)));
    if (reply.tone === 'warm') warm++;
    for (const [label, check] of CHECKS) {
      const wanted = reply.mustFlag.some((m) => m.structural === label);
      if (wanted) {
        must.set(label, (must.get(label) ?? 0) + 1);
        if (fired.has(check)) caught.set(label, (caught.get(label) ?? 0) + 1);
        else lines.push(`  missed      ${reply.id} ${reply.channel} ${label}`);
      } else if (fired.has(check)) {
        const key = `${label} ${reply.tone}`;
        falseAlarms.set(key, (falseAlarms.get(key) ?? 0) + 1);
        if (reply.tone === 'warm') warmWholeReply++;
        lines.push(`  unwanted    ${reply.id} ${reply.channel} ${reply.tone} ${label}`);
      }
    }
  }
  console.log(`${file}: ${replies.length} replies, ${warm} warm`);
  for (const [label] of CHECKS) {
    const unwanted = ['cold', 'neutral', 'warm'].map((t) => `${t} ${falseAlarms.get(`${label} ${t}`) ?? 0}`).join(', ');
    console.log(`  ${label.padEnd(24)} caught ${caught.get(label) ?? 0}/${must.get(label) ?? 0}; unwanted: ${unwanted}`);
  }
  const total = [...caught.values()].reduce((a, b) => a + b, 0);
  const all = [...must.values()].reduce((a, b) => a + b, 0);
  console.log(`  structural caught ${total}/${all}; whole-reply findings per warm reply ${(warmWholeReply / Math.max(warm, 1)).toFixed(2)}`);
  if (verbose) lines.forEach((l) => console.log(l));
}
