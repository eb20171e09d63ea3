/** One sentence that says why the draft scores what it does: what costs the most, or that nothing does. */
import { PRINCIPLE_IDS, PRINCIPLES } from '../../lib/engine/principles';
import { warmthBand } from '../../lib/engine/score';
import type { Finding } from '../../lib/engine/types';

const SEVERITY_WEIGHT = new Map([
  ['warning', 3],
  ['suggestion', 2],
  ['hint', 1],
]);

export function scoreWhy(warmth: number, findings: readonly Pick<Finding, 'principle' | 'severity'>[]): string {
  const band = warmthBand(warmth);
  if (findings.length === 0) {
    return band === 'warm'
      ? 'Warm and clear: nothing to fix.'
      : 'Nothing is wrong, but little shows warmth yet: a greeting, thanks or a next step would help.';
  }
  // The principle whose findings weigh most (severity-weighted); ties go to the principle listed first.
  const weight = new Map<string, number>();
  for (const f of findings) weight.set(f.principle, (weight.get(f.principle) ?? 0) + (SEVERITY_WEIGHT.get(f.severity) ?? 1));
  const top = PRINCIPLE_IDS.reduce<string | null>((best, id) => ((weight.get(id) ?? 0) > (best ? (weight.get(best) ?? 0) : 0) ? id : best), null);
  const name = top && Object.hasOwn(PRINCIPLES, top) ? PRINCIPLES[top as keyof typeof PRINCIPLES].name : 'tone';
  const things = findings.length === 1 ? '1 thing' : `${findings.length} things`;
  const one = findings.length === 1;
  // "Mostly" only where one principle outweighs every other: five findings under five principles have no "mostly"
  // (the popup said "mostly empathy" over one empathy finding beside four others), and one finding is just its own.
  const tied = [...weight.values()].filter((w) => w === weight.get(top ?? '')).length > 1;
  const which = one ? ` (${name.toLowerCase()})` : tied ? '' : ` (mostly ${name.toLowerCase()})`;
  if (band === 'warm') return `Already warm; ${things} below would polish it${which}.`;
  return `${one ? 'One thing' : things} below ${one ? 'cools' : 'cool'} this reply${which}; fixing ${one ? 'it' : 'them'} raises the score.`;
}
