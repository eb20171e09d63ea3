/**
 * Every finding on the real social replies (data/real-social-replies/dev.jsonl, dev data), read as the social channel,
 * with the customer's message and how the mood reader read it, for reading one by one; with `--verdicts FILE` (a TSV of
 * `id rule W|N why`, e.g. docs/social-verdicts-s23.tsv) it prints the share a team lead wanted, per rule. A finding with
 * no verdict yet is counted apart, so a new flag after a change is read, not guessed.
 *   npx tsx scripts/read-social-findings.ts [--totals] [--verdicts docs/social-verdicts-s23.tsv]
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';

const analyzer = createAnalyzer(defaultPack);
const rows: { id: string; org: string; customerMessage: string; text: string }[] = readFileSync('data/real-social-replies/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const at = process.argv.indexOf('--verdicts');
const verdicts = new Map<string, string>();
if (at > 0) {
  for (const line of readFileSync(process.argv[at + 1]!, 'utf8').split('\n').filter(Boolean)) {
    const [id, rule, wanted] = line.split('\t');
    verdicts.set(`${id}|${rule}`, wanted!);
  }
}
const perRule = new Map<string, { n: number; wanted: number; unread: number }>();
const severities = { warning: 0, suggestion: 0, hint: 0 };
for (const r of rows) {
  const analysis = analyzer.analyze(r.text, { customerMessage: r.customerMessage, channel: 'social' });
  for (const f of analysis.findings) {
    severities[f.severity]++;
    const key = `${f.ruleId}/${f.severity}`;
    const tally = perRule.get(key) ?? { n: 0, wanted: 0, unread: 0 };
    const verdict = verdicts.get(`${r.id}|${f.ruleId}`);
    tally.n++;
    if (verdict === 'W') tally.wanted++;
    if (verdict === undefined) tally.unread++;
    perRule.set(key, tally);
    if (process.argv.includes('--totals')) continue;
    const mood = (analysis.mood?.evidence ?? []).map((e) => `${e.mood}:${e.cue}:${JSON.stringify(e.text)}`).join(' ');
    console.log(`=== ${r.id} ${r.org} [${f.ruleId} ${f.severity}]${verdict ? ` verdict ${verdict}` : ''} «${r.text.slice(f.start, f.end)}»`);
    console.log(`  C: ${r.customerMessage.replace(/\n/g, ' ')}\n  A: ${r.text.replace(/\n/g, ' ')}\n  mood: ${mood}`);
  }
}
const all = [...perRule.values()].reduce((s, t) => ({ n: s.n + t.n, wanted: s.wanted + t.wanted, unread: s.unread + t.unread }), { n: 0, wanted: 0, unread: 0 });
console.log(`${rows.length} replies: ${all.n} findings (${(all.n / rows.length).toFixed(2)} per reply); warnings+suggestions ${((severities.warning + severities.suggestion) / rows.length).toFixed(3)}, hints ${(severities.hint / rows.length).toFixed(3)} per reply`);
if (verdicts.size) console.log(`wanted ${all.wanted}/${all.n} (${((100 * all.wanted) / Math.max(1, all.n)).toFixed(1)}%), ${all.unread} with no verdict`);
for (const [key, t] of [...perRule].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${key.padEnd(44)} ${String(t.n).padStart(3)}${verdicts.size ? `  wanted ${t.wanted}${t.unread ? `  unread ${t.unread}` : ''}` : ''}`);
