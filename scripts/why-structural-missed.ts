/**
 * Why the whole-reply checks miss the structural must-flags of dev (replies and layouts), by cause: the customer's mood
 * not read as upset, the channel's expectations, a body too short to be checked, or one sentence of the reply that the
 * check counted as the acknowledgement, next step or greeting (found by taking each sentence out in turn: the one
 * whose removal lets the check fire). Dev files only: never run it on held-out data.
 *
 *   npx tsx scripts/why-structural-missed.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import { UPSET_MOODS } from '../lib/engine/mood';
import { devLayoutFiles } from '../lib/eval/structure';
import { defaultPack } from '../lib/rules/default';
import type { Analysis, Channel } from '../lib/engine/types';
import { isCheckBatch } from '../lib/eval/check-batches';

interface Case {
  id: string;
  channel?: string;
  customerMessage?: string;
  text: string;
  mustFlag?: { structural?: string }[];
}

const analyzer = createAnalyzer(defaultPack);
const verbose = process.argv.includes('--verbose');
const CHECK = new Map([
  ['greeting-missing', 'greeting'],
  ['next-step-missing', 'closing'],
  ['acknowledgement-missing', 'acknowledgement'],
]);
const checkOfRule = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
const fires = (a: Analysis, check: string) => a.findings.some((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].some((id) => checkOfRule.get(id) === check));

// Blind check batches (lib/eval/check-batches.ts) are never read case by case here.
const replyFiles = ['data/replies/dev.jsonl', ...readdirSync('data/replies').filter((f) => /^dev-extra-[a-z0-9]+\.jsonl$/.test(f) && !isCheckBatch(`replies/${f}`)).map((f) => `data/replies/${f}`)];
const files = [...replyFiles, ...devLayoutFiles(readdirSync('data/layouts')).filter((f) => !isCheckBatch(f))];
const cases = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case),
);

/** The agent's body sentences, as spans of the text (a plain split: enough to take one out). */
function bodySentences(text: string, a: Analysis): [number, number][] {
  const spans: [number, number][] = [];
  for (const part of a.structure.parts.filter((p) => p.kind === 'body' || p.kind === 'list-item' || p.kind === 'greeting')) {
    const slice = text.slice(part.start, part.end);
    for (const m of slice.matchAll(/[^.!?\n]+[.!?]*/g)) if (m[0].trim().length > 1) spans.push([part.start + m.index!, part.start + m.index! + m[0].length]);
  }
  return spans;
}

const causes = new Map<string, Map<string, number>>();
const count = (check: string, cause: string) => {
  const m = causes.get(check) ?? new Map<string, number>();
  causes.set(check, m);
  m.set(cause, (m.get(cause) ?? 0) + 1);
};
let must = 0;
let missed = 0;
for (const c of cases) {
  const channel: Channel = isChannel(c.channel) ? c.channel : 'email';
  const wanted = (c.mustFlag ?? []).flatMap((m) => (m.structural && CHECK.has(m.structural) ? [m.structural] : []));
  if (!wanted.length) continue;
  const options = { customerMessage: c.customerMessage, channel };
  const a = analyzer.analyze(c.text, options);
  for (const label of wanted) {
    must++;
    const check = CHECK.get(label)!;
    if (fires(a, check)) continue;
    missed++;
    let cause: string | undefined;
    const bodyWords = a.structure.parts.filter((p) => p.kind === 'body' || p.kind === 'list-item').reduce((n, p) => n + c.text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length, 0);
    if (check === 'acknowledgement' && !(a.mood?.moods ?? []).some((m) => UPSET_MOODS.includes(m) || m === 'confused')) cause = `mood not read as upset (${a.mood?.moods.join('+') || 'calm'})`;
    if (check === 'closing' && channel === 'social') cause = 'channel: no next step asked of a social reply';
    if (check === 'closing' && channel === 'chat' && bodyWords < 50) cause = 'channel: a chat under 50 words';
    if (check === 'greeting' && channel !== 'email') cause = `channel: no greeting asked in ${channel}`;
    let culprit = '';
    if (!cause) {
      for (const [start, end] of bodySentences(c.text, a)) {
        const without = `${c.text.slice(0, start)}${c.text.slice(end)}`;
        if (fires(analyzer.analyze(without, options), check)) {
          culprit = c.text.slice(start, end).trim();
          break;
        }
      }
      cause = culprit ? `a sentence counted as ${check === 'closing' ? 'a next step' : check === 'greeting' ? 'a greeting' : 'the acknowledgement'}` : 'no single sentence: another gate of the check';
    }
    count(check, cause);
    if (verbose) console.log(`${c.id} ${channel} ${label} — ${cause}${culprit ? `: ${JSON.stringify(culprit)}` : ''}\n    customer: ${JSON.stringify((c.customerMessage ?? '').slice(0, 160))}\n    reply: ${JSON.stringify(c.text.slice(0, 200))}`);
  }
}
console.log(`dev structural must-flags ${must}, missed ${missed}`);
for (const [check, m] of causes) {
  console.log(`  ${check}: ${[...m.values()].reduce((x, y) => x + y, 0)} missed`);
  for (const [cause, n] of [...m].sort((x, y) => y[1] - x[1])) console.log(`    ${String(n).padStart(3)}  ${cause}`);
}
