import { defaultPack } from '../lib/rules/default';
import { runRuleExamples } from '../lib/rules/examples';
import { createAnalyzer } from '../lib/engine/analyzer';
import { applySuggestion } from '../lib/engine/apply';
import { rewordingProblems } from '../lib/rules/rewording-safety';
import { validatePack, formatProblems } from '../lib/rules/schema';
const v = validatePack(defaultPack); if (!v.ok) console.log(formatProblems(v.problems));
for (const id of process.argv.slice(2)) {
  const rule = defaultPack.rules.find((r) => r.id === id)!;
  const res = runRuleExamples(rule);
  const a = createAnalyzer([{ ...rule, enabled: true }]);
  const para = rule.examples.paraphrases ?? { flag: [], pass: [] };
  console.log(`== ${id}: ${res.ok ? 'OK' : 'FAIL'} (paraphrases ${para.flag.length}+${para.pass.length})`);
  for (const r of [...res.flag, ...res.pass, ...res.paraphrases.flag, ...res.paraphrases.pass]) if (!r.ok) console.log(`   ✗ ${r.text} — ${r.reason}${r.got ? ` got: ${r.got}` : ''}`);
  for (const t of [...rule.examples.flag.map((e) => e.text), ...para.flag]) {
    for (const f of a.analyze(t).findings.filter((f) => f.ruleId === id)) {
      f.suggestions.forEach((_, i) => { const after = applySuggestion(t, f, i); const p = rewordingProblems(t, after, f.text); if (process.env.SHOW || p.length) console.log(`   ${p.length ? '!' : ' '} ${t} → ${after} ${p.join('; ')}`); });
    }
  }
}
