/**
 * Mood reading measured on the labelled customer messages (data/customer-messages): per-mood
 * precision and recall, "upset" (any mood that asks for an acknowledgement) precision and recall,
 * and how often the coach suggests an acknowledgement to a happy or neutral customer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MOOD_ORDER, UPSET_MOODS, readMood } from '../engine/mood';
import type { Mood } from '../engine/types';

export interface CustomerMessage {
  id: string;
  industry: string;
  tone: string;
  moods: Mood[];
  text: string;
}

export interface PrecisionRecall {
  truePositives: number;
  predicted: number;
  actual: number;
  precision: number;
  recall: number;
}

export interface MoodSplitReport {
  split: string;
  count: number;
  perMood: Record<Mood, PrecisionRecall>;
  upset: PrecisionRecall;
  /** Share of happy-or-neutral messages for which a reply drew an acknowledgement suggestion. */
  acknowledgementOnCalm: { flagged: number; calm: number; rate: number };
  misses: { id: string; expected: Mood[]; read: Mood[]; text: string }[];
}

function loadCustomerMessages(root: string, split: 'dev' | 'untouched'): CustomerMessage[] {
  return readFileSync(join(root, 'data/customer-messages', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CustomerMessage);
}

function precisionRecall(truePositives: number, predicted: number, actual: number): PrecisionRecall {
  return {
    truePositives,
    predicted,
    actual,
    precision: predicted === 0 ? (actual === 0 ? 1 : 0) : truePositives / predicted,
    recall: actual === 0 ? 1 : truePositives / actual,
  };
}

const isUpset = (moods: readonly Mood[]) => moods.some((m) => UPSET_MOODS.includes(m));

/**
 * `acknowledges(message)` says whether the coach would suggest an acknowledgement to a reply
 * to this message (injected so this module does not need the rule pack).
 */
function evaluateMoods(split: string, messages: CustomerMessage[], acknowledges: (message: string) => boolean): MoodSplitReport {
  const read = messages.map((m) => ({ message: m, moods: readMood(m.text)?.moods ?? [] }));
  const perMood = Object.create(null) as Record<Mood, PrecisionRecall>;
  for (const mood of MOOD_ORDER) {
    const tp = read.filter((r) => r.moods.includes(mood) && r.message.moods.includes(mood)).length;
    perMood[mood] = precisionRecall(tp, read.filter((r) => r.moods.includes(mood)).length, read.filter((r) => r.message.moods.includes(mood)).length);
  }
  const upsetTp = read.filter((r) => isUpset(r.moods) && isUpset(r.message.moods)).length;
  const upset = precisionRecall(upsetTp, read.filter((r) => isUpset(r.moods)).length, read.filter((r) => isUpset(r.message.moods)).length);
  const calm = messages.filter((m) => m.moods.every((mood) => mood === 'happy'));
  const flagged = calm.filter((m) => acknowledges(m.text)).length;
  const misses = read
    .filter((r) => r.moods.slice().sort().join() !== r.message.moods.slice().sort().join())
    .map((r) => ({ id: r.message.id, expected: r.message.moods, read: r.moods, text: r.message.text }));
  return { split, count: messages.length, perMood, upset, acknowledgementOnCalm: { flagged, calm: calm.length, rate: calm.length ? flagged / calm.length : 0 }, misses };
}

const f2 = (n: number) => n.toFixed(2);

function formatMoodReport(r: MoodSplitReport): string[] {
  const lines = [`  ${r.split} (${r.count} messages)`];
  for (const [mood, pr] of Object.entries(r.perMood)) {
    lines.push(`    ${mood.padEnd(13)} precision ${f2(pr.precision)}  recall ${f2(pr.recall)}  (${pr.truePositives} right of ${pr.predicted} read, ${pr.actual} labelled)`);
  }
  lines.push(`    ${'UPSET'.padEnd(13)} precision ${f2(r.upset.precision)}  recall ${f2(r.upset.recall)}  (${r.upset.truePositives}/${r.upset.predicted} read, ${r.upset.actual} labelled)`);
  const a = r.acknowledgementOnCalm;
  lines.push(`    acknowledgement suggested on happy/neutral: ${a.flagged}/${a.calm} (${(100 * a.rate).toFixed(1)}%)`);
  return lines;
}

/** The `npm run eval` section: both halves, dev first. */
export function moodSection(root: string, acknowledges: (message: string) => boolean, verbose = false): MoodSplitReport[] {
  console.log('Customer moods (data/customer-messages; dev tuned on, untouched never looked at while tuning)');
  const reports = (['dev', 'untouched'] as const).map((split) => evaluateMoods(split, loadCustomerMessages(root, split), acknowledges));
  for (const r of reports) {
    formatMoodReport(r).forEach((l) => console.log(l));
    if (verbose && r.split === 'dev') for (const m of r.misses) console.log(`      ${m.id} expected [${m.expected.join(', ')}] read [${m.read.join(', ')}]`);
  }
  return reports;
}
