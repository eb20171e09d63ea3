/**
 * Lists the dev layout replies with a finding inside a signature, footer or quote (eval's "findings inside signatures,
 * footers, quotes"), each in its channel and as an e-mail, and the cold ones whose warmth moves with the signature, for
 * sorting leaks by family. The check batches are never listed (their totals are in `npm run eval`); nor is untouched.
 *
 *   npx tsx scripts/layout-leaks.ts [file.jsonl …]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
import { devLayoutFiles, notAgentSpans, parseJsonl, withoutNotAgentText } from '../lib/eval/structure';
import { overlaps } from '../lib/eval/metrics';
import { isCheckBatch } from '../lib/eval/check-batches';

const given = process.argv.slice(2);
const refused = given.filter((f) => isCheckBatch(f) || /untouched/.test(f));
if (refused.length) {
  console.error(`refused (check batch or held out, totals only): ${refused.join(', ')}`);
  process.exit(1);
}
const files = given.length ? given : devLayoutFiles(readdirSync('data/layouts')).filter((f) => !isCheckBatch(f));
const analyzer = createAnalyzer(defaultPack);
let leaks = 0;
let moved = 0;
for (const file of files) {
  for (const c of parseJsonl(readFileSync(file, 'utf8'), file)) {
    const spans = notAgentSpans(c);
    if (!spans.length) continue;
    for (const useChannel of [true, false]) {
      if (!useChannel && (c.channel ?? 'email') === 'email') continue;
      const options = { customerMessage: c.customerMessage, ...(useChannel && c.channel ? { channel: c.channel } : {}) };
      const analysis = analyzer.analyze(c.text, options);
      const bad = analysis.findings.filter((f) => spans.some(([s, e]) => overlaps(f.start, f.end, s, e)));
      if (bad.length) {
        leaks += bad.length;
        console.log(`${file} ${c.id} ${useChannel ? (c.channel ?? 'email') : 'as e-mail'}: ${bad.map((f) => `${f.ruleId}[${f.text.slice(0, 60).replace(/\n/g, '⏎')}]`).join(' ')}`);
      }
      if (c.tone === 'cold') {
        const bare = analyzer.analyze(withoutNotAgentText(c), options).scores.warmth;
        if (bare !== analysis.scores.warmth) {
          moved++;
          console.log(`${file} ${c.id} ${useChannel ? (c.channel ?? 'email') : 'as e-mail'}: cold warmth ${analysis.scores.warmth} vs ${bare} without signature`);
        }
      }
    }
  }
}
console.log(`${leaks} findings inside not-agent text; ${moved} cold readings whose warmth moves with it`);
