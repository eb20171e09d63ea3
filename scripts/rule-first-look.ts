/**
 * Every rule's false alarms beside its hits, ranked by false alarms per aimed hit (lib/eval/rule-tally.ts): warnings,
 * suggestions and hints on warm replies and outside the annotated phrases of neutral ones, must-flag phrases met (any /
 * aimed), and its findings on the real social replies (data/real-social-replies/dev.jsonl, read as social). With no
 * file it reads all dev TUNE files (data/replies and the layouts, check batches and untouched halves left out).
 * `--rule ID[,ID…]` (or `all`) prints those rules' false alarms one by one (tune files only: a check batch gives totals only).
 *
 *   npx tsx scripts/rule-first-look.ts [files…] [--rule ID] [--top 30]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { defaultPack } from '../lib/rules/default';
import { caseListingRefusal, isCheckBatch } from '../lib/eval/check-batches';
import { parseReplies } from '../lib/eval/replies';
import { devLayoutFiles } from '../lib/eval/structure';
import { falseAlarmsOf, tallyReply, type RuleFalseAlarm, type RuleTally } from '../lib/eval/rule-tally';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const valued = new Set(['--rule', '--top'].map((n) => process.argv.indexOf(n) + 1).filter((i) => i > 0));
const named = process.argv.slice(2).filter((a, i) => !a.startsWith('--') && !valued.has(i + 2));
const tuneReplies = ['data/replies/dev.jsonl', ...readdirSync('data/replies').filter((f) => /^dev-extra-[a-z0-9]+\.jsonl$/.test(f)).map((f) => `data/replies/${f}`)];
const files = named.length ? named : [...tuneReplies, ...devLayoutFiles(readdirSync('data/layouts'))].filter((f) => !isCheckBatch(f));
if (files.some((f) => /untouched|replies-fresh/.test(f))) throw new Error('held-out files are scored only by npm run eval');
const ruleToRead = arg('--rule');
const refused = ruleToRead ? caseListingRefusal(files) : null;
if (refused) {
  console.error(refused);
  process.exit(2);
}
const analyzer = createAnalyzer(defaultPack);
const checkOfRule = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
// Whole-reply checks cover a reply and catch no phrase (as in lib/eval/replies.ts); the other checks (stacked negatives,
// capitals, exclamations) flag a span and are scored like phrase rules.
const WHOLE_REPLY = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);
const checkOf = (id: string) => {
  const check = checkOfRule.get(id);
  return check && WHOLE_REPLY.has(check) ? check : null;
};

const tallies = new Map<string, RuleTally>();
const alarms: RuleFalseAlarm[] = [];
let warm = 0;
let neutral = 0;
for (const reply of files.flatMap((file) => parseReplies(readFileSync(file, 'utf8')))) {
  if (reply.tone === 'warm') warm++;
  if (reply.tone === 'neutral') neutral++;
  const channel = isChannel(reply.channel) ? reply.channel : undefined;
  const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage, channel });
  alarms.push(...tallyReply(tallies, reply, findings, checkOf));
}

const social = new Map<string, number>();
const socialRows = readFileSync('data/real-social-replies/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; customerMessage: string });
for (const r of socialRows) {
  for (const f of analyzer.analyze(r.text, { customerMessage: r.customerMessage, channel: 'social' }).findings) {
    for (const m of f.merged ?? [f]) social.set(m.ruleId, (social.get(m.ruleId) ?? 0) + 1);
  }
}

if (ruleToRead) {
  const wanted = new Set(ruleToRead.split(','));
  for (const a of alarms.filter((x) => wanted.has(x.ruleId) || ruleToRead === 'all')) console.log(`  ${a.ruleId} ${a.tone} ${a.id} ${a.severity}: ${JSON.stringify(a.text)}`);
}
const severity = new Map(defaultPack.rules.map((r) => [r.id, r.severity] as const));
console.log(`${files.length} files: ${warm} warm, ${neutral} neutral replies; ${socialRows.length} real social replies`);
console.log('rule                                     sev         warm w+s/h  neutral w+s/h  hits any/aimed  social  FA per aimed');
const ranked = [...tallies].map(([id, t]) => ({ id, t, fa: falseAlarmsOf(t), ratio: falseAlarmsOf(t) / Math.max(1, t.aimed) })).filter((r) => r.fa > 0 || social.get(r.id));
ranked.sort((a, b) => b.ratio - a.ratio || b.fa - a.fa);
for (const { id, t, ratio } of ranked.slice(0, Number(arg('--top') ?? 40))) {
  console.log(
    `${id.padEnd(40)} ${String(severity.get(id)).padEnd(11)} ${`${t.warmWarningsSuggestions}/${t.warmHints}`.padStart(10)} ${`${t.neutralWarningsSuggestions}/${t.neutralHints}`.padStart(14)} ${`${t.hits}/${t.aimed}`.padStart(15)} ${String(social.get(id) ?? 0).padStart(7)} ${ratio.toFixed(2).padStart(13)}`,
  );
}
const sum = (k: keyof RuleTally) => [...tallies.values()].reduce((s, t) => s + t[k], 0);
console.log(`total: warm ${sum('warmWarningsSuggestions')} w+s, ${sum('warmHints')} hints (${(sum('warmWarningsSuggestions') / Math.max(1, warm)).toFixed(3)} / ${(sum('warmHints') / Math.max(1, warm)).toFixed(3)} per warm reply, merged members counted apart); neutral ${sum('neutralWarningsSuggestions')} w+s, ${sum('neutralHints')} hints`);
