import { createAnalyzer } from '../../engine/analyzer';
import { defaultPack } from '../default';

const analyzer = createAnalyzer(defaultPack);

/** The whole text after each rewording the default pack offers for `ruleId`, as Apply would leave it (e-mail channel). */
export function appliedRewordings(text: string, ruleId: string): string[] {
  return analyzer
    .analyze(text, { channel: 'email' })
    .findings.filter((f) => f.ruleId === ruleId)
    .flatMap((f) => f.suggestions.map((s) => text.slice(0, f.start) + s + text.slice(f.end)));
}
