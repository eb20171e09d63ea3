/**
 * `npx tsx scripts/phrase-step-census.ts [file]`: what a perfect gate in front of compromise's tagger could save in the
 * phrase rules' step, on the replies of a dev file (data/replies/dev.jsonl unless given; never an untouched split or a
 * check batch). Each sentence of each reply is run through every phrase rule of the default pack, from cold, as the
 * analyzer does; printed: sentences, sentences the rules tagged, tagged sentences where no rule matched (the tagger
 * ran for nothing: an oracle would have skipped it), and the CPU time of the step with and without the tagger's share.
 * Counts and sizes, for deciding which structural change to make (issue #12).
 */
import { compilePhraseRules, matchPhraseRule, SentenceDoc } from '../lib/engine/phrase';
import { defaultPack } from '../lib/rules/default';
import type { PhraseRule } from '../lib/rules/schema';
import { forgetTaggedSentences, tagSentence } from '../lib/nlp/nlp';
import { segment } from '../lib/engine/segment';
import { sentenceKeys } from '../lib/engine/words';
import { readDevReplies } from './dev-replies';

const rows = readDevReplies(process.argv[2] ?? 'data/replies/dev.jsonl');
const { rules, prefilter } = compilePhraseRules(defaultPack.rules.filter((r): r is PhraseRule => r.enabled && r.kind === 'phrase'));
const sentences = rows.flatMap((row) => segment(row.text).sentences.map((s) => s.text));

function round() {
  let tagged = 0;
  let taggedForNothing = 0;
  let matched = 0;
  const taggedTexts: string[] = [];
  forgetTaggedSentences();
  const cpu = process.cpuUsage();
  for (const text of sentences) {
    const doc = new SentenceDoc(text, sentenceKeys(text));
    const candidates = prefilter.candidates(doc.keys);
    let any = false;
    for (const rule of rules) if (matchPhraseRule(rule, doc, candidates).length) any = true;
    if (any) matched += 1;
    if (doc.hasTagged) {
      tagged += 1;
      taggedTexts.push(text);
      if (!any) taggedForNothing += 1;
    }
  }
  const used = process.cpuUsage(cpu);
  // The tagger's own time on the same sentences, from cold.
  forgetTaggedSentences();
  const tagCpu = process.cpuUsage();
  for (const text of taggedTexts) tagSentence(text);
  const tagUsed = process.cpuUsage(tagCpu);
  return { tagged, taggedForNothing, matched, ms: (used.user + used.system) / 1000, tagMs: (tagUsed.user + tagUsed.system) / 1000 };
}

round();
const r = round();
console.log(`${rows.length} replies, ${sentences.length} sentences: ${r.matched} matched by some phrase rule; ${r.tagged} tagged by the phrase rules, ${r.taggedForNothing} of them with no match`);
console.log(`phrase step ${r.ms.toFixed(0)} ms CPU, of which tagging ≈ ${r.tagMs.toFixed(0)} ms; a perfect gate before the tagger would save ≈ ${((r.tagMs * r.taggedForNothing) / Math.max(1, r.tagged)).toFixed(0)} ms`);
