/**
 * Why a must-flag phrase of a principle is missed, by kind of cause, over annotated reply files (issue #10):
 *   c  an `unless` swallowed it: the same pack without its unless patterns catches it with a rule aimed at it;
 *   d  the engine dropped it: a pattern of an aimed rule matches the raw sentence in compromise, the engine does not
 *      (word prefilter, pattern plans, normalisation, finding limits);
 *   e  another principle's rule caught it (caught by some finding, by no rule aimed at it);
 *   b  an aimed rule has a pattern with the phrase's head lemma, but its shape fails (anchor, words between, tense, subject);
 *   a  no aimed rule has any pattern with the phrase's head lemma (a family the pack does not know).
 * Causes are tried in that order; the first that holds is the cause. Totals only unless --verbose, which lists the misses
 * by cause: use it only on files you may tune on, never on a check batch or held-out data.
 *
 * With --verbose, a cause-b miss names the aimed rules whose patterns hold its head lemma (and "[b by rule]" counts them),
 * and a cause-c miss also names the exemption that swallowed it: each aimed rule that catches it without its
 * unless, and which of that rule's `unless` / `unlessNext` patterns alone excuses it (`unless[3] "…"`), found by checking
 * the rule by itself with one exemption at a time.
 *
 *   npx tsx scripts/habit-miss-causes.ts [--except dev-extra-bi.jsonl] [--principles urgency,empathy] [--verbose] [files…]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/engine/analyzer';
import { isChannel } from '../lib/engine/channel';
import type { Finding } from '../lib/engine/types';
import { overlaps } from '../lib/eval/metrics';
import { caseListingRefusal, isCheckBatch } from '../lib/eval/check-batches';
import { ruleServes } from '../lib/eval/habit-siblings';
import { locate, parseReplies, phraseCatchers, sentenceAround, type ReplyCase } from '../lib/eval/replies';
import { nlp } from '../lib/nlp/nlp';
import { defaultPack } from '../lib/rules/default';
import type { PhraseRule, Rule } from '../lib/rules/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const exceptAt = args.indexOf('--except');
const except = new Set(exceptAt >= 0 ? args[exceptAt + 1]!.split(',') : []);
const principlesAt = args.indexOf('--principles');
// An option's value is not a file; with the option absent (index -1) no argument is its value (the first file was lost).
const named = args.filter((a, i) => !a.startsWith('--') && (exceptAt < 0 || i !== exceptAt + 1) && (principlesAt < 0 || i !== principlesAt + 1));
const files = named.length
  ? named
  : readdirSync(join(root, 'data/replies'))
      .filter((f) => f === 'dev.jsonl' || /^dev-extra-[a-z0-9-]+\.jsonl$/.test(f))
      .filter((f) => !except.has(f))
      .sort()
      .map((f) => join(root, 'data/replies', f))
      // The blind check batches are scored as totals only (lib/eval/check-batches.ts): never listed case by case.
      .filter((f) => !(verbose && isCheckBatch(f)));
const listingRefused = verbose && caseListingRefusal(named);
if (listingRefused) {
  console.error(listingRefused);
  process.exit(2);
}

const PRINCIPLES =
  principlesAt >= 0 ? args[principlesAt + 1]!.split(',') : ['respect', 'ownership', 'urgency', 'follow-through'];
const WHOLE_REPLY_CHECKS = new Set(['greeting', 'closing', 'acknowledgement', 'wall-of-text']);
const CAUSES = ['c', 'd', 'e', 'b', 'a'] as const;
type Cause = (typeof CAUSES)[number];

const rules = defaultPack.rules;
const wholeReplyRule = new Set(rules.flatMap((r) => (r.kind === 'structure' && WHOLE_REPLY_CHECKS.has(r.check) ? [r.id] : [])));
const phraseRules = rules.filter((r): r is PhraseRule => r.kind === 'phrase');
const base = createAnalyzer(defaultPack);
const withoutUnless = createAnalyzer(rules.map((r): Rule => (r.kind === 'phrase' ? { ...r, unless: [], unlessNext: [] } : r)));

const membersOf = (f: Finding) => f.merged ?? [f];
/**
 * A whole-reply card catches by its phrase members, as in the eval (session 38: before, the script dropped such cards
 * whole and counted their members' phrases as dropped by the engine, cause d: 223 of its 230 on the tune files).
 */
const catching = (findings: Finding[]) => phraseCatchers(findings, (id) => wholeReplyRule.has(id));
const aimedAt = (findings: Finding[], principle: string, at: number, end: number) =>
  findings.some((f) =>
    membersOf(f).some((m) => overlaps(m.start, m.end, at, end) && ruleServes(m.ruleId, m.principle, principle)),
  );
/** The phrase rules that serve a principle (their own, or a sibling filing: habit-siblings.ts). */
const aimedRules = (principle: string) => phraseRules.filter((r) => ruleServes(r.id, r.principle, principle));

/** A crude stem, so "returned", "returns" and "return" meet; enough to tell whether a pattern knows the word. */
const stem = (word: string) => word.toLowerCase().replace(/(ing|ed|es|s|e)$/, '');
/** The stems of every word in a rule's patterns and phrases. */
const stemsOfRule = (rule: PhraseRule) => [...rule.patterns, ...rule.phrases].flatMap((source) => (source.match(/[a-z']+/gi) ?? []).map(stem));
const patternStems = new Map<string, Set<string>>();
function stemsOfPrinciple(principle: string): Set<string> {
  let stems = patternStems.get(principle);
  if (!stems) {
    stems = new Set(aimedRules(principle).flatMap(stemsOfRule));
    patternStems.set(principle, stems);
  }
  return stems;
}

/**
 * For a cause-b miss: the aimed rules with a pattern that holds the phrase's head lemma, the patterns whose shape failed.
 * Session 50: many of these patterns share only a common word with the phrase ("have", "thank", "help") and are about
 * another habit; this list tells a shape failure from a family the pack does not know.
 */
function rulesKnowingLemma(principle: string, head: string | null): string[] {
  if (head === null) return [];
  const wanted = stem(head);
  return aimedRules(principle)
    .filter((rule) => stemsOfRule(rule).includes(wanted))
    .map((rule) => rule.id);
}

const SKIP_TAGS = ['Auxiliary', 'Modal', 'Copula', 'Pronoun'];
/** The phrase's head: its first main verb (not an auxiliary, modal or copula), else its first noun. */
function headLemma(phrase: string): string | null {
  const doc = nlp(phrase);
  doc.compute('root');
  const terms = (doc.json() as { terms: { normal: string; root?: string; tags: string[] }[] }[]).flatMap((s) => s.terms);
  const usable = (t: { tags: string[] }) => !SKIP_TAGS.some((tag) => t.tags.includes(tag));
  const verb = terms.find((t) => t.tags.includes('Verb') && usable(t));
  const noun = terms.find((t) => t.tags.includes('Noun') && usable(t));
  const head = verb ?? noun;
  return head ? (head.root ?? head.normal) : null;
}

/** Does some pattern of an aimed rule match the raw sentence, over the phrase, in compromise itself? */
function rawPatternMatches(principle: string, sentence: string, from: number, to: number): boolean {
  const doc = nlp(sentence);
  return aimedRules(principle).some((rule) =>
    rule.patterns.some((pattern) =>
      (doc.match(pattern).json({ offset: true }) as { offset: { start: number; length: number } }[]).some((m) =>
        overlaps(m.offset.start, m.offset.start + m.offset.length, from, to),
      ),
    ),
  );
}

/** One rule alone with one exemption (or none), cached by rule id and exemption. */
const oneExemption = new Map<string, ReturnType<typeof createAnalyzer>>();
function ruleWith(rule: PhraseRule, unless: string[], unlessNext: string[]) {
  const key = `${rule.id}\u0000${unless.join('\u0001')}\u0000${unlessNext.join('\u0001')}`;
  let analyzer = oneExemption.get(key);
  if (!analyzer) oneExemption.set(key, (analyzer = createAnalyzer([{ ...rule, unless, unlessNext }])));
  return analyzer;
}
/**
 * For a cause-c miss: per aimed rule that catches the phrase without its exemptions, the exemptions that each alone
 * excuse it ("rule-id unless[i] \"pattern\""), or "rule-id (together)" when none does alone.
 */
function swallowedBy(reply: ReplyCase, principle: string, at: number, end: number): string[] {
  const options = { customerMessage: reply.customerMessage, channel: isChannel(reply.channel) ? reply.channel : undefined };
  const hits = (analyzer: ReturnType<typeof createAnalyzer>) =>
    analyzer.analyze(reply.text, options).findings.some((f) => membersOf(f).some((m) => overlaps(m.start, m.end, at, end)));
  const out: string[] = [];
  for (const rule of aimedRules(principle)) {
    if (!rule.unless.length && !rule.unlessNext.length) continue;
    if (!hits(ruleWith(rule, [], []))) continue;
    const alone = [
      ...rule.unless.flatMap((p, i) => (hits(ruleWith(rule, [p], [])) ? [] : [`${rule.id} unless[${i}] ${JSON.stringify(p)}`])),
      ...rule.unlessNext.flatMap((p, i) => (hits(ruleWith(rule, [], [p])) ? [] : [`${rule.id} unlessNext[${i}] ${JSON.stringify(p)}`])),
    ];
    out.push(...(alone.length ? alone : [`${rule.id} (together)`]));
  }
  return out;
}

interface Miss { file: string; id: string; principle: string; phrase: string; cause: Cause; head: string | null; lemmaKnown: boolean; by: string[] }
const misses: Miss[] = [];
const totals = new Map<string, { must: number; aimed: number }>();
for (const file of files) {
  const replies: ReplyCase[] = parseReplies(readFileSync(file, 'utf8'));
  for (const reply of replies) {
    const wanted = reply.mustFlag.filter((m) => !m.structural && m.phrase && PRINCIPLES.includes(m.principle));
    if (!wanted.length) continue;
    const options = { customerMessage: reply.customerMessage, channel: isChannel(reply.channel) ? reply.channel : undefined };
    const found = catching(base.analyze(reply.text, options).findings);
    let loose: Finding[] | null = null;
    for (const must of wanted) {
      const tally = totals.get(must.principle) ?? { must: 0, aimed: 0 };
      totals.set(must.principle, tally);
      tally.must++;
      const at = locate(reply, must.phrase);
      const end = at + must.phrase.length;
      if (aimedAt(found, must.principle, at, end)) {
        tally.aimed++;
        continue;
      }
      loose ??= catching(withoutUnless.analyze(reply.text, options).findings);
      const head = headLemma(must.phrase);
      const lemmaKnown = head !== null && stemsOfPrinciple(must.principle).has(stem(head));
      const [s, e] = sentenceAround(reply.text, at, end);
      let cause: Cause;
      if (aimedAt(loose, must.principle, at, end)) cause = 'c';
      else if (rawPatternMatches(must.principle, reply.text.slice(s, e), at - s, end - s)) cause = 'd';
      else if (found.some((f) => overlaps(f.start, f.end, at, end))) cause = 'e';
      else cause = lemmaKnown ? 'b' : 'a';
      // For cause e, the rules that caught it instead (the members of the findings whose own span meets the phrase).
      const by =
        cause === 'c' && verbose
          ? swallowedBy(reply, must.principle, at, end)
          : cause === 'b' && verbose
          ? rulesKnowingLemma(must.principle, head)
          : cause === 'e'
          ? [...new Set(found.flatMap((f) => (overlaps(f.start, f.end, at, end) ? membersOf(f).filter((m) => overlaps(m.start, m.end, at, end)) : [])).map((m) => m.ruleId))]
          : [];
      misses.push({ file: file.split('/').pop()!, id: reply.id, principle: must.principle, phrase: must.phrase, cause, head, lemmaKnown, by });
    }
  }
}

console.log(`Misses of ${PRINCIPLES.join(', ')} by cause (${files.length} files)`);
console.log(`  ${'principle'.padEnd(15)} ${'aimed'.padStart(9)}  ${CAUSES.map((c) => c.padStart(4)).join('')}   e: lemma known / not`);
for (const principle of PRINCIPLES) {
  const t = totals.get(principle) ?? { must: 0, aimed: 0 };
  const mine = misses.filter((m) => m.principle === principle);
  const count = (c: Cause) => mine.filter((m) => m.cause === c).length;
  const eKnown = mine.filter((m) => m.cause === 'e' && m.lemmaKnown).length;
  console.log(`  ${principle.padEnd(15)} ${`${t.aimed}/${t.must}`.padStart(9)}  ${CAUSES.map((c) => String(count(c)).padStart(4)).join('')}   ${eKnown}/${count('e') - eKnown}`);
}
const all = (c: Cause) => misses.filter((m) => m.cause === c).length;
console.log(`  ${'all'.padEnd(15)} ${''.padStart(9)}  ${CAUSES.map((c) => String(all(c)).padStart(4)).join('')}`);
if (verbose) {
  for (const cause of CAUSES) {
    console.log(`\n[${cause}]`);
    for (const m of misses.filter((x) => x.cause === cause)) console.log(`  ${m.id.padEnd(7)} ${m.principle.padEnd(14)} ${String(m.head).padEnd(12)} ${m.phrase}${m.by.length ? `  <- ${m.by.join(', ')}` : ''}`);
  }
  // Cause c by exemption: which unless of which rule swallowed most.
  const swallowers = new Map<string, number>();
  for (const m of misses.filter((x) => x.cause === 'c')) for (const u of m.by) swallowers.set(u, (swallowers.get(u) ?? 0) + 1);
  console.log('\n[c by exemption]');
  for (const [u, n] of [...swallowers].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${u}`);
  // Cause b by rule: the aimed rules whose patterns hold the missed phrase's head lemma (their shape failed, or they are
  // about another habit that shares the word).
  const shapes = new Map<string, number>();
  for (const m of misses.filter((x) => x.cause === 'b')) for (const id of m.by) shapes.set(id, (shapes.get(id) ?? 0) + 1);
  console.log('\n[b by rule]');
  for (const [id, n] of [...shapes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${id}`);
  // Cause e by pair: the aimed principle and the rule of another principle that caught the phrase instead.
  const pairs = new Map<string, number>();
  for (const m of misses.filter((x) => x.cause === 'e')) for (const id of m.by) pairs.set(`${m.principle} <- ${id}`, (pairs.get(`${m.principle} <- ${id}`) ?? 0) + 1);
  console.log('\n[e by pair]');
  for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${pair}`);
}
