/**
 * A big alternation of patterns, tested branch by branch behind a substring check (issue #12, the first check).
 *
 * V8 compiles a regex on its first use, and a 4,000-character alternation with Unicode classes costs tens of ms
 * on the engine's first check even when no line could match it. Here each branch names substrings, in lower case,
 * one of which every match of the branch contains; a branch's regex is compiled and run only on a text holding one
 * of them. `test(text)` answers what the whole alternation's `test(text)` answers: an alternation matches where one
 * of its branches matches. `exec(text)` gives the whole alternation's match: the leftmost of the branches' matches,
 * the earliest branch at a tie (an alternation tries its branches in order at each position); its groups are the
 * branch's own, so it is for patterns without capturing groups.
 */
export interface GatedBranch {
  /** Lower-case substrings one of which every match of `source` contains (empty: always tried). */
  readonly needles: readonly string[];
  readonly source: string;
}

export interface GatedAlternation {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** The text the needles are looked for in: lower-cased; with `i`, also 'ſ' as 's' (under `/iu`, 'ſ' matches 's'). */
const haystackOf = (text: string, caseless: boolean) => {
  const lower = text.toLowerCase();
  return caseless && lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
};

export function gatedAlternation(branches: readonly GatedBranch[], flags: string): GatedAlternation {
  // A global or sticky regex keeps lastIndex between calls, which a branch-by-branch test could not reproduce.
  if (/[gy]/.test(flags)) throw new Error('gatedAlternation: a global or sticky pattern is not supported');
  const caseless = flags.includes('i');
  const compiled: (RegExp | undefined)[] = branches.map(() => undefined);
  /** The branch's regex, or undefined where the text holds none of its needles. */
  const branchFor = (b: number, haystack: string): RegExp | undefined => {
    const { needles, source } = branches[b]!;
    if (needles.length > 0 && !needles.some((needle) => haystack.includes(needle))) return undefined;
    return (compiled[b] ??= new RegExp(source, flags));
  };
  return {
    test(text: string): boolean {
      const haystack = haystackOf(text, caseless);
      for (let b = 0; b < branches.length; b++) if (branchFor(b, haystack)?.test(text)) return true;
      return false;
    },
    exec(text: string): RegExpExecArray | null {
      const haystack = haystackOf(text, caseless);
      let leftmost: RegExpExecArray | null = null;
      for (let b = 0; b < branches.length; b++) {
        const match = branchFor(b, haystack)?.exec(text) ?? null;
        // Strictly earlier only: at a tie the earlier branch's match stands.
        if (match && (!leftmost || match.index < leftmost.index)) leftmost = match;
        if (leftmost?.index === 0) break;
      }
      return leftmost;
    },
  };
}
