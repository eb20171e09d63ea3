/**
 * Every analysis the engine gives on the dev material and the rule examples, as one JSON file, so a
 * performance change can be checked to change no finding, rewording, score or mood:
 *   npx tsx scripts/findings-snapshot.ts > before.json   (change the engine)
 *   npx tsx scripts/findings-snapshot.ts > after.json && diff before.json after.json
 * Dev files only: untouched splits are never read here (their totals are in `npm run eval`).
 * Each text is analysed twice: by a fresh analyzer per file, and again with the sentence cache warm.
 * `--check-batches`: the blind check batches instead, each printed only as its count of analyses and a digest of them
 * (no case is printed), so a performance change can be shown to change none of their findings either.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/engine/analyzer';
import type { AnalyzeOptions } from '../lib/engine/types';
import { defaultPack } from '../lib/rules/default';
import { isCheckBatch } from '../lib/eval/check-batches';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  text?: string;
  customerMessage?: string;
  channel?: AnalyzeOptions['channel'];
}


const checkBatchesOnly = process.argv.includes('--check-batches');

/** Every dev file of every set that holds replies (a new dev batch is picked up without editing this list). */
const DEV_FILES = ['replies', 'layouts', 'support-pairs', 'engagement-pairs', 'real-social-replies'].flatMap((set) =>
  readdirSync(join(root, 'data', set))
    .filter((name) => /^dev[\w-]*\.jsonl$/.test(name) && isCheckBatch(`${set}/${name}`) === checkBatchesOnly)
    .sort()
    .map((name) => `data/${set}/${name}`),
);

const out: Record<string, unknown> = {};
for (const file of DEV_FILES) {
  const path = join(root, file);
  if (!existsSync(path)) continue;
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const analyzer = createAnalyzer(defaultPack);
  const run = () =>
    rows.filter((r) => typeof r.text === 'string').flatMap((r) => {
      const options: AnalyzeOptions = { customerMessage: r.customerMessage, ...(r.channel ? { channel: r.channel } : {}) };
      return [analyzer.analyze(r.text!, options), analyzer.analyze(r.text!)];
    });
  const cold = run();
  const warm = run();
  if (JSON.stringify(cold) !== JSON.stringify(warm)) throw new Error(`${file}: a warm cache gives other results than a cold one`);
  out[file] = checkBatchesOnly ? { analyses: cold.length, sha256: createHash('sha256').update(JSON.stringify(cold)).digest('hex') } : cold;
}
if (checkBatchesOnly) {
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  process.exit(0);
}

// The customers' messages as drafts and as the message a reply answers (dev half only).
const messages = readFileSync(join(root, 'data/customer-messages/dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
const moodAnalyzer = createAnalyzer(defaultPack);
out['customer-messages'] = messages.map((m) => [moodAnalyzer.analyze(m), moodAnalyzer.analyze('Hi there, your order is on its way and will arrive on Friday.', { customerMessage: m })]);

// Every rule's examples, through the whole pack and through the rule alone.
const examples: unknown[] = [];
const whole = createAnalyzer(defaultPack);
for (const rule of defaultPack.rules) {
  const alone = createAnalyzer([{ ...rule, enabled: true }]);
  const texts = [
    ...rule.examples.flag.map((e) => ({ text: e.text, customerMessage: e.customerMessage })),
    ...rule.examples.pass.map((e) => (typeof e === 'string' ? { text: e, customerMessage: undefined } : e)),
    ...(rule.examples.paraphrases?.flag ?? []).map((text) => ({ text, customerMessage: undefined })),
    ...(rule.examples.paraphrases?.pass ?? []).map((text) => ({ text, customerMessage: undefined })),
  ];
  for (const e of texts) examples.push([rule.id, alone.analyze(e.text, { customerMessage: e.customerMessage }), whole.analyze(e.text, { customerMessage: e.customerMessage })]);
}
out['rule-examples'] = examples;

process.stderr.write(`${Object.values(out).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0)} analyses compared (${DEV_FILES.length} dev files; check batches left out)\n`);
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
