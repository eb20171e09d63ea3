/**
 * Totals only (check batches may be scored this way): the shapes of the lines not the agent's that the structure pass
 * reads as the agent's body — where they sit, whether a blank line parts them from the agent's text, their voice and
 * punctuation — so a batch's remaining misreads can be grouped by family without reading one case.
 *
 *   npx tsx scripts/layout-misread-shapes.ts data/layouts/dev-extra-bn.jsonl [more.jsonl …]
 */
import { readFileSync } from 'node:fs';
import { readStructure } from '../lib/engine/structure';
import { PERSONAL } from '../lib/engine/structure/app-lines';
import { isGreetingWord } from '../lib/engine/structure/patterns';
import { misreadLines, parseJsonl } from '../lib/eval/structure';

const misreadOrSkipped = (c: { text: string; notAgentText?: readonly string[] }, at: number) =>
  (c.notAgentText ?? []).some((t) => { const s = c.text.indexOf(t); return s !== -1 && s <= at && at < s + t.length; });
const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
let lines = 0;
for (const file of process.argv.slice(2)) {
  for (const c of parseJsonl(readFileSync(file, 'utf8'), file)) {
    const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts;
    const textLines = c.text.split('\n');
    for (const wrong of misreadLines(c)) {
      if (!wrong.expectedSkipped) continue;
      const at = c.text.indexOf(wrong.line);
      const part = parts.find((p) => p.start <= at && at < p.end);
      if (part?.kind !== 'body' && part?.kind !== 'list-item') continue;
      lines++;
      const idx = textLines.indexOf(wrong.line);
      const head = wrong.line.trim();
      const firstBody = parts.find((p) => p.kind === 'body' || p.kind === 'greeting');
      add(`channel ${c.channel ?? 'email'}`);
      add(`place ${firstBody && at < firstBody.start + 1 && part.start === firstBody.start ? 'in first agent part' : 'later part'}`);
      const nonBlankAbove = textLines.slice(0, idx).filter((l) => l.trim()).length;
      const nonBlankBelow = textLines.slice(idx + 1).filter((l) => l.trim()).length;
      add(`lines above ${Math.min(nonBlankAbove, 3)}${nonBlankAbove >= 3 ? '+' : ''}`);
      add(`lines below ${Math.min(nonBlankBelow, 3)}${nonBlankBelow >= 3 ? '+' : ''}`);
      add(`blank below ${idx + 1 < textLines.length && textLines[idx + 1]!.trim() === '' ? 'yes' : 'no'}`);
      add(`ends ${/[.!…]["'”’)]*$/u.test(head) ? 'stop' : /\?["'”’)]*$/u.test(head) ? 'question' : /[:,;]$/.test(head) ? 'colon/comma' : 'bare'}`);
      add(`personal ${PERSONAL.test(head) ? 'yes' : 'no'}`);
      add(`greeting-word ${isGreetingWord(head) ? 'yes' : 'no'}`);
      add(`words ${head.split(/\s+/).length <= 4 ? '<=4' : head.split(/\s+/).length <= 12 ? '5-12' : '13+'}`);
      add(`digits ${/\d/.test(head) ? 'yes' : 'no'}`);
      add(`non-latin ${/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]/u.test(head) ? 'yes' : 'no'}`);
      add(`lowercase start ${/^\p{Ll}/u.test(head) ? 'yes' : 'no'}`);
      add(`label colon ${/^[^:]{1,30}: \S/.test(head) ? 'yes' : 'no'}`);
      const notAgentAt = (k: number) => { const off = textLines.slice(0, k).join('\n').length + (k ? 1 : 0); return misreadOrSkipped(c, off); };
      const aboveLines = textLines.slice(0, idx).map((l, k) => [l, k] as const).filter(([l]) => l.trim());
      const belowLines = textLines.map((l, k) => [l, k] as const).slice(idx + 1).filter(([l]) => l.trim());
      const topBlock = aboveLines.every(([, k]) => notAgentAt(k));
      const bottomBlock = belowLines.every(([, k]) => notAgentAt(k));
      const where = topBlock ? 'top' : bottomBlock ? 'bottom' : 'middle';
      add(`block ${where}`);
      add(`block ${where} / ${c.channel ?? 'email'} / ${/[.!…?]["'”’)]*$/u.test(head) ? 'punct' : 'bare'} / ${PERSONAL.test(head) ? 'personal' : 'impersonal'}`);
      const next = textLines.slice(idx + 1).find((l) => l.trim());
      add(`next line greeting ${next && isGreetingWord(next.trim()) ? 'yes' : 'no'}`);
      const msg = (c.customerMessage ?? '').toLowerCase();
      const words = head.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      const share = words.length ? words.filter((w) => msg.includes(w)).length / words.length : 0;
      add(`msg word share ${share >= 0.8 ? '80%+' : share >= 0.5 ? '50-80%' : '<50%'}`);
    }
  }
}
console.log(`${lines} lines not the agent's read as body:`);
for (const [k, n] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(4)}  ${k}`);
