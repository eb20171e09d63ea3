/**
 * A step in a list stays a step (session 53, found using the demo by hand). "3. Simply re-pair the sensors in the app."
 * offered as "Could you re-pair the sensors in the app?" puts a question among numbered instructions; in a list item
 * the step said plainly reads better: "3. Re-pair the sensors in the app." So a rewording of a list item's whole
 * sentence into a favour question ("Could you…?") becomes the bare step. The structure pass says which sentences are
 * list items; any rule whose template asks "Could you…?" is served the same way.
 */
import type { Finding } from './types';
import { capitalize } from './words';

// The favour question a template makes of the whole sentence: "Could you re-pair the sensors in the app?".
const FAVOUR_QUESTION = /^(?:[Cc]ould|[Ww]ould|[Cc]an) you (?:please )?([\p{Ll}][^?!.\n]{0,300})\?$/u;

// What may come before the step on its line: the item's number or bullet ("3. ", "b) ", "- ", "• ").
const ITEM_MARKER = /^[ \t]{0,8}(?:(?:\d{1,3}|[a-z])[.)]|[-*•–])?[ \t]{0,8}$/u;

/**
 * The finding with each favour-question rewording of its list item's step given as the bare step instead. `text` is
 * the analysed text and `item` the list item's sentence in it.
 */
export function asListStep(finding: Finding, text: string, item: { start: number; end: number }): Finding {
  // Only a rewording of the step from its start: a question asked inside a longer sentence is left as it is.
  if (!finding.suggestions.length || finding.start < item.start || !ITEM_MARKER.test(text.slice(item.start, finding.start))) return finding;
  let changed = false;
  // The step keeps the item's own ending: a bullet the agent left bare ("- Restart the router") gets no full stop.
  const stop = /[.!?]\s*$/.test(finding.text) ? '.' : '';
  const suggestions = finding.suggestions.map((s) => {
    const question = FAVOUR_QUESTION.exec(s);
    if (!question) return s;
    changed = true;
    return `${capitalize(question[1]!)}${stop}`;
  });
  if (!changed) return finding;
  // The bare step the agent already wrote (or one offered twice) is no rewording.
  const kept = suggestions.filter((s, i) => s !== finding.text && suggestions.indexOf(s) === i);
  return { ...finding, suggestions: kept };
}
