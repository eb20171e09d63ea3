/**
 * Checks an annotated replies file (data/replies*, one JSON object per line) against the schema in
 * data/replies/README.md before it is committed: every annotated span is an exact substring of the
 * reply, structural entries name their principle, tone and must-flag counts agree, ids are unique.
 * Prints the mix (tone / channel / industry / must-flags) for the file's README.
 *
 *   npx tsx scripts/check-replies-file.ts data/replies-fresh/untouched.jsonl
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const PRINCIPLES = ['interaction', 'empathy', 'ownership', 'respect', 'positivity', 'plain-language', 'welcome', 'follow-through', 'urgency'] as const;
const STRUCTURAL_PRINCIPLE = new Map([
  ['greeting-missing', 'welcome'],
  ['next-step-missing', 'follow-through'],
  ['acknowledgement-missing', 'empathy'],
]);
const LAYOUT_PARTS = [
  'greeting', 'chat-welcome', 'body', 'numbered-steps', 'bulleted-list', 'step-labels', 'signoff', 'signature',
  'signature-separator', 'legal-footer', 'quoted-gt', 'quoted-attribution', 'quoted-outlook', 'forwarded',
  'initials', 'thread-marker', 'code',
] as const;
/** How many phrase must-flags each tone carries (README conventions). */
const MUST_RANGE = new Map([
  ['cold', [2, 5]],
  ['neutral', [0, 2]],
  ['warm', [0, 0]],
] as const);

const mustFlag = z.strictObject({
  phrase: z.string(),
  principle: z.enum(PRINCIPLES),
  why: z.string().min(1).optional(),
  structural: z.enum(['greeting-missing', 'next-step-missing', 'acknowledgement-missing']).optional(),
});

const reply = z.strictObject({
  id: z.string().regex(/^[a-z]{1,2}\d{3,4}$/, 'an id is one or two letters and three or four digits, e.g. f0001 or aa001'),
  industry: z.string().min(2),
  channel: z.enum(['email', 'chat', 'social']),
  tone: z.enum(['cold', 'neutral', 'warm']),
  customerMessage: z.string().min(1),
  text: z.string().min(1),
  mustFlag: z.array(mustFlag),
  mayFlag: z.array(z.string().min(1)),
  notAgentText: z.array(z.string().min(1)),
  layout: z.array(z.enum(LAYOUT_PARTS)).min(1),
});

type Reply = z.infer<typeof reply>;

/** Problems with one reply that the schema alone cannot see. */
function spanProblems(r: Reply): string[] {
  const problems: string[] = [];
  const foreign = r.notAgentText.map((t) => {
    const at = r.text.indexOf(t);
    return [at, at + t.length] as const;
  });
  const outsideForeign = (phrase: string) => {
    for (let at = r.text.indexOf(phrase); at >= 0; at = r.text.indexOf(phrase, at + 1)) {
      if (!foreign.some(([s, e]) => at >= s && at + phrase.length <= e)) return true;
    }
    return false;
  };
  for (const m of r.mustFlag) {
    if (m.structural) {
      if (m.phrase !== '') problems.push(`structural ${m.structural} must have an empty phrase`);
      if (STRUCTURAL_PRINCIPLE.get(m.structural) !== m.principle) problems.push(`structural ${m.structural} serves ${STRUCTURAL_PRINCIPLE.get(m.structural)}, not ${m.principle}`);
      continue;
    }
    if (!m.phrase) problems.push('a must-flag with an empty phrase needs a structural key');
    else if (!r.text.includes(m.phrase)) problems.push(`must-flag phrase not in text: ${JSON.stringify(m.phrase)}`);
    else if (!outsideForeign(m.phrase)) problems.push(`must-flag phrase only occurs inside notAgentText: ${JSON.stringify(m.phrase)}`);
    if (m.phrase !== m.phrase.trim()) problems.push(`must-flag phrase has surrounding spaces: ${JSON.stringify(m.phrase)}`);
    if (!m.why) problems.push(`must-flag ${JSON.stringify(m.phrase)} has no "why"`);
  }
  for (const p of r.mayFlag) if (!r.text.includes(p)) problems.push(`mayFlag not in text: ${JSON.stringify(p)}`);
  for (const p of r.notAgentText) if (!r.text.includes(p)) problems.push(`notAgentText not in text: ${JSON.stringify(p.slice(0, 60))}`);
  const phrases = r.mustFlag.filter((m) => !m.structural).length;
  const [lo, hi] = MUST_RANGE.get(r.tone)!;
  if (phrases < lo || phrases > hi) problems.push(`a ${r.tone} reply carries ${lo}–${hi} must-flag phrases, this one ${phrases}`);
  if (r.tone === 'warm' && r.mustFlag.length) problems.push('a warm reply has no must-flags');
  if (r.text.includes('\r')) problems.push('line breaks are \\n only');
  const quoted = r.layout.some((l) => l.startsWith('quoted') || l === 'forwarded' || l === 'signature' || l === 'legal-footer');
  if (quoted && !r.notAgentText.length) problems.push('layout has a signature, footer or quote but notAgentText is empty');
  return problems;
}

function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}

function main(path: string | undefined) {
  if (!path) throw new Error('usage: tsx scripts/check-replies-file.ts <file.jsonl>');
  const lines = readFileSync(path, 'utf8').split('\n');
  const replies: Reply[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      errors.push(`line ${i + 1}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = reply.safeParse(json);
    if (!parsed.success) {
      errors.push(`line ${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return;
    }
    const r = parsed.data;
    if (ids.has(r.id)) errors.push(`line ${i + 1}: duplicate id ${r.id}`);
    ids.add(r.id);
    for (const p of spanProblems(r)) errors.push(`line ${i + 1} (${r.id}): ${p}`);
    replies.push(r);
  });
  const phraseMust = replies.flatMap((r) => r.mustFlag.filter((m) => !m.structural));
  const structural = replies.flatMap((r) => r.mustFlag.filter((m) => m.structural));
  console.log(`${path}: ${replies.length} replies`);
  console.log(`  tone      ${tally(replies.map((r) => r.tone))}`);
  console.log(`  channel   ${tally(replies.map((r) => r.channel))}`);
  console.log(`  industry  (${new Set(replies.map((r) => r.industry)).size}) ${tally(replies.map((r) => r.industry))}`);
  console.log(`  must-flag phrases ${phraseMust.length}, structural ${structural.length} (${tally(structural.map((m) => m.structural!))})`);
  console.log(`  principles ${tally(phraseMust.map((m) => m.principle))}`);
  console.log(`  may-flag ${replies.reduce((n, r) => n + r.mayFlag.length, 0)}, replies with notAgentText ${replies.filter((r) => r.notAgentText.length).length}`);
  console.log(`  layouts   ${tally(replies.flatMap((r) => r.layout))}`);
  if (errors.length) {
    console.error(`\n${errors.length} problem(s):\n${errors.join('\n')}`);
    process.exitCode = 1;
  }
}

main(process.argv[2]);
