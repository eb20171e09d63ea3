import { createAnalyzer } from '../lib/engine/analyzer';
import { defaultPack } from '../lib/rules/default';
const a = createAnalyzer(defaultPack);
for (const t of ["As I said before, users are responsible for backing up their data. That is not possible at the moment.", "Users are responsible for backing up their data. That is not possible at the moment.", "As I said before, users are responsible for backing up their data.", "Users are responsible for backing up their data."]) {
const r = a.analyze(t);
console.log(r.scores.warmth, '|', t);
for (const f of r.findings) console.log('  ', f.ruleId, f.severity, (f as any).alsoRuleIds, JSON.stringify(t.slice(f.start, f.end)), f.suggestions.length, (f as any).advice ? 'advice' : '');
}
