/**
 * Totals only (check batches may be scored this way): the shapes of the lines not the agent's that the structure pass
 * reads as the agent's (body, list item, greeting, sign-off) BELOW the agent's own text — what part the pass read right
 * above them, whether a blank line parts them from it, their voice, punctuation and marks — so a batch's bottom misreads
 * can be grouped by family without reading one case (session 51, issue 15: the mirror of layout-misread-shapes.ts).
 *
 *   npx tsx scripts/layout-bottom-shapes.ts data/layouts/dev-extra-bn.jsonl [more.jsonl …]
 */
import { readFileSync } from 'node:fs';
import { readStructure } from '../lib/engine/structure';
import { PERSONAL } from '../lib/engine/structure/app-lines';
import { misreadLines, notAgentSpans, parseJsonl } from '../lib/eval/structure';
import { SKIPPED_PART_KINDS } from '../lib/engine/structure/types';

const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const SKIPPED = new Set<string>(SKIPPED_PART_KINDS);
let lines = 0;
let replies = 0;
const I_ = /(?<![\p{L}\p{N}'’])(?:I|I['’](?:m|ve|ll|d)|me|my)(?![\p{L}\p{N}'’])/u;
const WE = /(?<![\p{L}\p{N}'’])(?:we|we['’](?:re|ve|ll|d)|us|our|ours)(?![\p{L}\p{N}'’])/iu;
const YOU = /(?<![\p{L}\p{N}'’])(?:you|you['’](?:re|ve|ll|d)|your|yours)(?![\p{L}\p{N}'’])/iu;
const THIRD = /(?<![\p{L}\p{N}'’])(?:customer|client|user|agent|visitor|guest|caller|member|policyholder|the team|this (?:message|email|e-mail|conversation|chat|ticket|reply))(?![\p{L}\p{N}'’])/iu;
for (const file of process.argv.slice(2)) {
  for (const c of parseJsonl(readFileSync(file, 'utf8'), file)) {
    const parts = readStructure(c.text, { customerMessage: c.customerMessage }).parts;
    const spans = notAgentSpans(c);
    const notAgent = (at: number) => spans.some(([s, e]) => s <= at && at < e);
    // The agent's last line by the labels: the last part start whose text is not inside a not-agent span.
    let lastAgent = -1;
    let off = 0;
    for (const line of c.text.split('\n')) {
      const lead = line.search(/\S/);
      if (lead !== -1 && !notAgent(off + lead)) lastAgent = off + lead;
      off += line.length + 1;
    }
    let counted = false;
    for (const wrong of misreadLines(c)) {
      if (!wrong.expectedSkipped) continue;
      const at = c.text.indexOf(wrong.line) + wrong.line.search(/\S/);
      if (at < lastAgent) continue;
      const part = parts.find((p) => p.start <= at && at < p.end);
      if (part === undefined || SKIPPED.has(part.kind)) continue;
      lines++;
      if (!counted) replies++;
      counted = true;
      const head = wrong.line.trim();
      const k = parts.indexOf(part);
      const above = parts[k - 1];
      const gap = above ? c.text.slice(above.end, part.start) : '';
      add(`read as ${part.kind}`);
      add(`channel ${c.channel ?? 'email'}`);
      add(`part above ${above ? above.kind : 'none'}${above && above.start < at && at < above.end ? '' : ''}`);
      add(`part above / glued ${above ? above.kind : 'none'} / ${/\n[^\S\n]*\n/.test(gap) ? 'blank' : 'glued'}`);
      add(`line first in its part ${part.start >= at - 1 ? 'yes' : 'no'}`);
      add(`part below ${parts[k + 1]?.kind ?? 'none'}`);
      add(`ends ${/[.!…]["'”’)]*$/u.test(head) ? 'stop' : /\?["'”’)]*$/u.test(head) ? 'question' : /[:,;]$/.test(head) ? 'colon/comma' : 'bare'}`);
      add(`voice ${I_.test(head) ? 'I ' : ''}${WE.test(head) ? 'we ' : ''}${YOU.test(head) ? 'you ' : ''}${THIRD.test(head) ? 'third ' : ''}${PERSONAL.test(head) ? '' : 'impersonal'}`);
      add(`words ${head.split(/\s+/).length <= 4 ? '<=4' : head.split(/\s+/).length <= 12 ? '5-12' : '13+'}`);
      add(`digits ${/\d/.test(head) ? 'yes' : 'no'}`);
      add(`marks ${/[|·•]/.test(head) ? 'bar/dot ' : ''}${/\p{Extended_Pictographic}|★|☆/u.test(head) ? 'emoji/stars ' : ''}${/https?:|www\.|@[^\s.@]+\./.test(head) ? 'link/mail ' : ''}${/^[\p{L} ]{1,30}: \S/u.test(head) ? 'label ' : ''}${/^[\[(]/.test(head) ? 'bracket ' : ''}`);
      add(`non-latin ${/[^\p{Script=Latin}\p{P}\p{S}\p{N}\s]/u.test(head) ? 'yes' : 'no'}`);
      add(`lowercase start ${/^\p{Ll}/u.test(head) ? 'yes' : 'no'}`);
      const msg = (c.customerMessage ?? '').toLowerCase();
      const words = head.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      const share = words.length ? words.filter((w) => msg.includes(w)).length / words.length : 0;
      add(`msg word share ${share >= 0.8 ? '80%+' : share >= 0.5 ? '50-80%' : '<50%'}`);
      // The line right above (by the text's lines): the agent's, or someone else's, and whether a blank line parts them.
      const textLines = c.text.split('\n');
      const idx = textLines.indexOf(wrong.line);
      let j = idx - 1;
      while (j >= 0 && !textLines[j]!.trim()) j--;
      const lineStart = (n: number) => textLines.slice(0, n).join('\n').length + (n ? 1 : 0) + Math.max(0, textLines[n]!.search(/\S/));
      const aboveWho = j < 0 ? 'none' : notAgent(lineStart(j)) ? 'theirs' : 'agent';
      const aboveRead = j < 0 ? 'none' : (parts.find((p) => p.start <= lineStart(j) && lineStart(j) < p.end)?.kind ?? 'none');
      const blank = j < idx - 1 ? 'blank' : 'glued';
      const voice = PERSONAL.test(head) ? 'personal' : THIRD.test(head) ? 'third' : 'impersonal';
      const ends = /[.!…?]["'”’)]*$/u.test(head) ? 'punct' : 'bare';
      add(`combo line above: ${aboveWho} read ${aboveRead} ${blank}`);
      add(`combo2 ${aboveWho}/${blank}/${ends}/${voice}/${c.channel ?? 'email'}`);
      const footerAbove = parts.slice(0, k).some((p) => p.kind === 'footer');
      const voice3 = `${I_.test(head) ? 'I' : ''}${WE.test(head) ? 'we' : ''}${YOU.test(head) ? 'you' : ''}` || (THIRD.test(head) ? 'third' : 'none');
      if (footerAbove) add(`under footer: ${voice3} / ${ends} / ${c.channel ?? 'email'}`);
      const sign = parts.slice(0, k).some((p) => p.kind === 'sign-off');
      const sig = parts.slice(0, k).some((p) => p.kind === 'signature');
      const foot = parts.slice(0, k).some((p) => p.kind === 'footer');
      add(`somewhere above: ${sign ? 'sign-off ' : ''}${sig ? 'signature ' : ''}${foot ? 'footer ' : ''}${!sign && !sig && !foot ? 'none' : ''}`);
    }
  }
}
console.log(`${lines} lines not the agent's read as the agent's below the agent's last line, in ${replies} replies:`);
for (const [k, n] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(4)}  ${k}`);
