import { readFileSync } from 'node:fs';
import { createAnalyzer } from './lib/engine/analyzer';
import { defaultPack } from './lib/rules/default';
import { evaluateReplies, parseReplies, sampleRewordings } from './lib/eval/replies';
const r = evaluateReplies(createAnalyzer(defaultPack), defaultPack.rules, parseReplies(readFileSync('data/replies/dev.jsonl','utf8')));
const phrase = r.rewordings.filter((w) => !w.wholeReply);
const whole = sampleRewordings(r.rewordings.filter((w) => w.wholeReply), 35);
phrase.forEach((w, i) => console.log(`${i + 1} ${w.id} ${w.ruleId}${w.problems.length ? ' AUTO:' + w.problems.join(';') : ''}\n  - ${w.before.replace(/\n/g, '⏎')}\n  + ${w.after.replace(/\n/g, '⏎')}`));
