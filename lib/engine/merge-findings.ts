/**
 * One finding per phrase: when several rules flag overlapping words of one sentence, the agent sees
 * one card with the best fix instead of two cards with contradictory ones ("remove it" vs "reword it").
 * The card underlines the union of the merged spans, so no flagged habit loses its underline; its rewordings
 * are the best member's, carried over the rest of the union unchanged, so Apply edits exactly what it did.
 * Only phrase findings merge: a whole-reply check that points at a sentence ("no greeting", "no
 * acknowledgement") says something else about it and keeps its own card.
 */
import type { Finding, Severity } from './types';

const RANK: Record<Severity, number> = { hint: 0, suggestion: 1, warning: 2 };

/** Higher is better: the most serious reading of the phrase first, then one that offers a fix. */
function strength(f: Finding): number {
  return RANK[f.severity] * 4 + (f.suggestions.length > 0 ? 2 : 0) + (f.advice ? 1 : 0);
}

function better(a: Finding, b: Finding): Finding {
  const diff = strength(b) - strength(a);
  if (diff !== 0) return diff > 0 ? b : a;
  // Same strength: the narrower span changes less of the agent's sentence.
  return b.end - b.start < a.end - a.start ? b : a;
}

/**
 * Each finding of a group without the rewordings that keep another member's flagged words ("Could you do the
 * needful…?" for "Kindly do the needful…"): applying one would leave the other rule's cold phrase in place.
 * Used only where that leaves no fix at all (the card becomes advice); a group with some clean fix keeps its
 * strongest member as before.
 */
function keepingNoOtherPhrase(group: Finding[]): Finding[] {
  return group.map((f) => {
    const others = group.filter((o) => o !== f && o.text.trim().length >= 3).map((o) => o.text.trim().toLowerCase());
    const kept = f.suggestions.filter((s) => !others.some((text) => keepsPhrase(s.toLowerCase(), text)));
    return kept.length === f.suggestions.length ? f : { ...f, suggestions: kept };
  });
}

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}'’]+/gu) ?? [];

/**
 * True when `suggestion` still says `phrase`: word for word, or all but one of its words when it has three or more
 * ("Please await further communication" keeps "Kindly await further communication": only the opener changed).
 */
function keepsPhrase(suggestion: string, phrase: string): boolean {
  if (suggestion.includes(phrase)) return true;
  const words = wordsOf(phrase);
  if (words.length < 3) return false;
  const said = new Set(wordsOf(suggestion));
  return words.filter((w) => said.has(w)).length >= words.length - 1;
}

/** The group's words from `start` to `end`, pieced together from the members' own texts (they overlap in a chain). */
function unionText(group: readonly Finding[], start: number, end: number): string {
  const chars: string[] = new Array<string>(end - start).fill('');
  for (const f of group) for (let i = 0; i < f.text.length; i++) chars[f.start - start + i] = f.text[i]!;
  return chars.join('');
}

/**
 * Merges overlapping findings of phrase rules (`isPhraseRule`) that each lie inside one sentence.
 * `sentences` are the reply's sentence spans. Every other finding is kept as it is; input order is kept.
 */
export function mergeOverlapping(
  findings: Finding[],
  sentences: readonly { start: number; end: number }[],
  isPhraseRule: (ruleId: string) => boolean,
): Finding[] {
  const local: Finding[] = [];
  const wide = new Set<Finding>();
  for (const f of findings) {
    if (!isPhraseRule(f.ruleId)) {
      wide.add(f);
      continue;
    }
    // A deleted sentence's finding also takes the spaces beside it; those do not make it wider.
    const start = f.start + (f.text.length - f.text.trimStart().length);
    const end = f.end - (f.text.length - f.text.trimEnd().length);
    if (sentences.some((s) => s.start <= start && end <= s.end)) local.push(f);
    else wide.add(f);
  }
  if (local.length < 2) return findings;

  const sorted = [...local].sort((a, b) => a.start - b.start || b.end - a.end);
  const winners = new Set<Finding>();
  const merged = new Map<Finding, Finding>();
  let group: Finding[] = [];
  let groupEnd = -1;
  const close = () => {
    if (group.length === 0) return;
    // Where no member has a fix that clears the others' phrases, the card is advice; otherwise the strongest speaks.
    const filtered = keepingNoOtherPhrase(group);
    const cleaned = filtered.some((f) => f.suggestions.length > 0) ? group : filtered;
    const best = cleaned.reduce(better);
    const original = group[cleaned.indexOf(best)]!;
    const others = cleaned.filter((f) => f !== best);
    let result: Finding = best;
    if (others.length) {
      const start = Math.min(...group.map((f) => f.start));
      const end = Math.max(...group.map((f) => f.end));
      const text = unionText(group, start, end);
      const before = text.slice(0, best.start - start);
      const after = text.slice(best.end - start);
      result = {
        ...best,
        start,
        end,
        text,
        suggestions: best.suggestions.map((s) => before + s + after),
        advice: best.advice ?? others.find((f) => f.advice)?.advice,
        alsoRuleIds: [...new Set(others.map((f) => f.ruleId).filter((id) => id !== best.ruleId))],
        merged: [best, ...others].map((f) => ({ ruleId: f.ruleId, principle: f.principle, start: f.start, end: f.end })),
      };
    }
    if (result.advice === undefined) delete result.advice;
    winners.add(original);
    merged.set(original, result);
  };
  for (const f of sorted) {
    if (f.start < groupEnd) {
      group.push(f);
      groupEnd = Math.max(groupEnd, f.end);
    } else {
      close();
      group = [f];
      groupEnd = f.end;
    }
  }
  close();
  return findings.flatMap((f) => (wide.has(f) ? [f] : winners.has(f) ? [merged.get(f)!] : []));
}
