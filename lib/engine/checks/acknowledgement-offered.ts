/**
 * For tests of what the acknowledgement says: the line the card offers, whether as a one-click insert or as a fill-in
 * the agent confirms. A fill-in is read with its prefilled guess, written into the flagged sentence as Insert would,
 * so a test of wording ("concedes nothing beside a firm no") holds for both forms alike. Which form is offered is
 * tested on its own (acknowledgement-template.test.ts).
 */
import type { Analyzer } from '../analyzer';
import type { Finding } from '../types';
import { applyFillIn } from '../template-fill';

/** The finding with each prefilled fill-in read as the sentence it would leave (as a suggestion would). */
function withPrefilledTemplates(text: string, finding: Finding): Finding {
  // A card that holds a short reply's other cards (one-card-on-a-short-reply.ts) may offer a member's rewording beside
  // the acknowledgement's fill-in: the fill-in is read first.
  const holdsOthers = Boolean(finding.alsoRuleIds?.length);
  if ((finding.suggestions.length && !holdsOthers) || !finding.templates?.length) return finding;
  const suggestions = finding.templates.flatMap((template) => {
    const prefills = template.parts.flatMap((p) => (p.slot === undefined ? [] : [p.value ?? '']));
    const after = applyFillIn(text, template, prefills);
    return after === null ? [] : [after.slice(finding.start, finding.end + after.length - text.length)];
  });
  return { ...finding, suggestions: [...suggestions, ...finding.suggestions] };
}

/** An analyzer whose findings offer each fill-in's prefilled sentence as a suggestion. */
export function offeringPrefills(analyzer: Analyzer): Analyzer {
  return {
    ...analyzer,
    analyze(text, options) {
      const analysis = analyzer.analyze(text, options);
      return { ...analysis, findings: analysis.findings.map((f) => withPrefilledTemplates(text, f)) };
    },
  };
}
