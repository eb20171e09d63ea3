/**
 * The pack's pass rates on the variant check (lib/rules/testing/variants-check.ts), per transform and per rule,
 * with the failing cases: `npx tsx scripts/variants-report.ts [--sample 0.25] [--rules] [--fails] [--rule <id>] [--transform <id>]`.
 */
import { defaultPack } from '../lib/rules/default';
import type { PhraseRule } from '../lib/rules/schema';
import { checkRuleVariants, passRates, type VariantCase } from '../lib/rules/testing/variants-check';
import { stableHash, TRANSFORMS } from '../lib/rules/testing/variants';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlyRule = valueOf('--rule');
const onlyTransform = valueOf('--transform');
/** A seeded share of the cases (`--sample 0.25`): the same cases on every run. */
const share = Number(valueOf('--sample') ?? 1);
const sample = (key: string) => stableHash(key) / 2 ** 32 < share;
const transforms = onlyTransform ? TRANSFORMS.filter((t) => t.id.startsWith(onlyTransform)) : TRANSFORMS;
const rules = defaultPack.rules.filter((r): r is PhraseRule => r.kind === 'phrase' && (!onlyRule || r.id === onlyRule));

const started = performance.now();
const cases: VariantCase[] = rules.flatMap((rule) => checkRuleVariants(rule, { transforms, sample }));
const seconds = (performance.now() - started) / 1000;

const pct = ({ passed, total }: { passed: number; total: number }) => `${((100 * passed) / total).toFixed(1)}% (${passed}/${total})`;
const show = (title: string, rates: Map<string, { passed: number; total: number }>, sortByRate = false) => {
  console.log(`\n## ${title}`);
  const rows = [...rates];
  if (sortByRate) rows.sort((a, b) => a[1].passed / a[1].total - b[1].passed / b[1].total);
  for (const [key, rate] of rows) console.log(`${key.padEnd(40)} ${pct(rate)}`);
};
const all = passRates(cases, () => 'all');
console.log(`${cases.length} cases in ${seconds.toFixed(1)} s; all ${pct(all.get('all')!)}`);
show('per kind', passRates(cases, (c) => c.kind));
show('per transform (flag)', passRates(cases.filter((c) => c.kind === 'flag'), (c) => c.transform));
show('per transform (near miss)', passRates(cases.filter((c) => c.kind === 'pass'), (c) => c.transform));
if (args.includes('--rules')) show('per rule (failing only)', new Map([...passRates(cases, (c) => c.ruleId)].filter(([, r]) => r.passed < r.total)), true);
if (args.includes('--fails')) {
  console.log('\n## failing cases');
  for (const c of cases.filter((x) => x.problem)) console.log(`[${c.ruleId} · ${c.transform} · ${c.kind}] ${JSON.stringify(c.variant)} — ${c.problem}`);
}
