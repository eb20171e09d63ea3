/**
 * Why acknowledge-feelings fires on real replies: each finding (or, with --missed, each wanted card it misses) on the
 * labelled real social replies (dev-extra-eb/ec/ed) or other dev files, with the label (wanted = the reply carries a
 * structural `acknowledgement-missing` must-flag), the mood reader's reading of the customer's message (moods, each
 * cue and its text) and the reply. Refuses the check batches and untouched halves (lib/eval/check-batches.ts).
 * `--totals` prints only firings, wanted and severities per file; it also takes an unlabelled file
 * (/tmp/social-q3.jsonl, see data/real-social-replies/README.md) and reads it as the social channel.
 *
 *   npx tsx scripts/ack-real.ts [--missed] [--totals] [files…]   (default: data/replies/dev-extra-e{b,c,d}.jsonl)
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { caseListingRefusal, isCheckBatch } from '../lib/eval/check-batches';
import { defaultPack } from '../lib/rules/default';
import { parseJsonl } from '../lib/eval/structure';

const RULE = 'acknowledge-feelings';
const args = process.argv.slice(2);
const totals = args.includes('--totals');
const missed = args.includes('--missed');
const given = args.filter((a) => !a.startsWith('--'));
const files = given.length ? given : ['eb', 'ec', 'ed'].map((x) => `data/replies/dev-extra-${x}.jsonl`);
// A held-out file is refused in both modes: its totals are npm run eval's and score-habits' to read, its cases nobody's.
const refusal = totals ? (files.some((f) => isCheckBatch(f) || /untouched\.jsonl$/.test(f)) ? 'check batches and untouched halves are scored by score-habits / npm run eval' : null) : caseListingRefusal(files);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const analyzer = createAnalyzer(defaultPack);
const all = { replies: 0, fired: 0, wanted: 0, caught: 0, warm: 0, warmFired: 0 };
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const file of files) {
  const cases = parseJsonl(readFileSync(file, 'utf8'), file);
  const tally = { replies: cases.length, fired: 0, wanted: 0, caught: 0, hint: 0, suggestion: 0, warning: 0, warm: 0, warmFired: 0 };
  for (const c of cases) {
    const channel = c.channel && isChannel(c.channel) ? c.channel : file.includes('social') ? 'social' : undefined;
    const a = analyzer.analyze(c.text, { customerMessage: c.customerMessage, ...(channel ? { channel } : {}) });
    const f = a.findings.find((x) => x.ruleId === RULE || x.alsoRuleIds?.includes(RULE));
    const wanted = (c.mustFlag ?? []).some((m) => m.structural === 'acknowledgement-missing');
    if (wanted) tally.wanted++;
    if (c.tone === 'warm') tally.warm++;
    if (f && c.tone === 'warm') tally.warmFired++;
    if (f) {
      tally.fired++;
      tally[f.severity]++;
      if (wanted) tally.caught++;
    }
    if (totals || (missed ? !wanted || f : !f)) continue;
    const mood = a.mood;
    const cues = (mood?.evidence ?? []).map((e) => `${e.mood}/${e.cue}:${JSON.stringify(e.text)}`).join(' ');
    console.log(`=== ${c.id} ${wanted ? 'WANTED' : 'unwanted'}${f ? ` ${f.severity}` : ' (missed)'} moods=${mood?.moods.join(',') || '-'}`);
    console.log(`  C: ${oneLine(c.customerMessage ?? '')}`);
    console.log(`  A: ${oneLine(c.text)}`);
    console.log(`  cues: ${cues}`);
  }
  for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += tally[k];
  const pct = (n: number) => (tally.replies ? (n / tally.replies).toFixed(3) : '0');
  console.log(
    `${file}: ${tally.replies} replies; ${RULE} fires on ${tally.fired} (${pct(tally.fired)} per reply; ${tally.warning} warnings, ${tally.suggestion} suggestions, ${tally.hint} hints); wanted ${tally.caught}/${tally.wanted} caught; unwanted firings ${tally.fired - tally.caught}; on warm replies ${tally.warmFired}/${tally.warm}`,
  );
}
if (files.length > 1) console.log(`all ${files.length} files: ${all.replies} replies; fires on ${all.fired}; wanted ${all.caught}/${all.wanted} caught; on warm replies ${all.warmFired}/${all.warm}`);
