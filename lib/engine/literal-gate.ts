/**
 * A regex's literal trigger, read from its source (issue #12): substrings one of which every match contains, so a text
 * holding none of them is never searched. `\b(?:frustrat(?:ed|ing)|angry|fed up)\b` needs "frustrat", "angry" or
 * "fed up"; most messages hold none of a cue's words, and a lower-cased `includes` per word is cheaper than the regex
 * trying every position of the text.
 *
 * Sound by construction, never tuned: each part of the pattern says what every match of it must contain, and what it
 * cannot vouch for it says nothing about ("no trigger": always run the regex).
 * - a literal ASCII character must appear; characters in a row (each exactly once, no assertion between) make one
 *   substring; a class, `.`, an escape of a kind, a backreference or any other character vouches for nothing;
 * - an alternation needs one of its branches' triggers (none if a branch has none);
 * - a sequence needs the trigger of any one of its parts: the one whose shortest needle is longest is kept;
 * - a part that may be absent (`?`, `*`, `{0,n}`) vouches for nothing; a lookaround consumes nothing and is skipped.
 * Needles are lower case and looked for in the lower-cased text (with 'ſ' read as 's', which `/iu` folds to 's'), so
 * case, with or without the `i` flag, never hides a match. literal-gate.test.ts checks the gate against the regex on
 * generated texts full of the needles in odd forms.
 */

/** What a part of the pattern guarantees: needles (one of which every match holds) and, when it is fixed text, that text. */
interface Info {
  needles: string[] | null;
  /** The exact text every match of the part is (lower case), or null. */
  lit: string | null;
  /** Zero-width (an assertion or lookaround): consumes nothing, vouches for nothing. */
  zeroWidth?: boolean;
}

const NOTHING: Info = { needles: null, lit: null };
/** Shorter needles filter too little to be worth a look. */
const SHORTEST_USEFUL = 3;

class Reader {
  i = 0;
  constructor(readonly src: string) {}
  peek(): string | undefined {
    return this.src[this.i];
  }
}

/** The better of two triggers: the one whose shortest needle is longer (fewer needles at a tie). */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((n) => n.length));
  const minB = Math.min(...b.map((n) => n.length));
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

function alternation(r: Reader): Info {
  const branches: Info[] = [sequence(r)];
  while (r.peek() === '|') {
    r.i++;
    branches.push(sequence(r));
  }
  if (branches.length === 1) return branches[0]!;
  if (branches.some((b) => b.needles === null)) return NOTHING;
  return { needles: [...new Set(branches.flatMap((b) => b.needles!))], lit: null };
}

function sequence(r: Reader): Info {
  let best: string[] | null = null;
  let run = '';
  /** The whole sequence as fixed text, while every part so far is. */
  let whole: string | null = '';
  const flush = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  while (r.i < r.src.length && r.peek() !== '|' && r.peek() !== ')') {
    const atomInfo = atom(r);
    const { min, max } = quantifier(r);
    if (atomInfo.zeroWidth) {
      // An assertion or lookaround: nothing consumed. Cutting the run here only shortens its needles.
      flush();
      if (whole !== null && atomInfo.lit !== '') whole = null;
      continue;
    }
    if (min === 0) {
      flush();
      whole = null;
      continue;
    }
    if (min === 1 && max === 1 && atomInfo.lit !== null) {
      run += atomInfo.lit;
      if (whole !== null) whole += atomInfo.lit;
      continue;
    }
    // Present at least once, but not as fixed text in place: its own trigger holds, the run is cut.
    flush();
    whole = null;
    best = better(best, atomInfo.needles);
  }
  flush();
  return { needles: best, lit: whole };
}

/** A quantifier after an atom: its least and most counts (1, 1 when there is none). */
function quantifier(r: Reader): { min: number; max: number } {
  const c = r.peek();
  let q = { min: 1, max: 1 };
  if (c === '?') q = { min: 0, max: 1 };
  else if (c === '*') q = { min: 0, max: Infinity };
  else if (c === '+') q = { min: 1, max: Infinity };
  else if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(r.src.slice(r.i));
    if (!m) return q; // a lone "{" is a literal character (read by atom next time)
    r.i += m[0].length;
    const min = Number(m[1]);
    const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
    if (r.peek() === '?') r.i++;
    return { min, max };
  } else return q;
  r.i++;
  if (r.peek() === '?') r.i++; // lazy
  return q;
}

const literal = (ch: string): Info => {
  // Only plain ASCII is vouched for: its lower case is one character, and no other character folds to it but
  // 'ſ' (to 's') and the Kelvin sign (to 'k'), which the haystack reads as them.
  const code = ch.charCodeAt(0);
  if (code < 0x20 || code > 0x7e) return NOTHING;
  const lower = ch.toLowerCase();
  return { needles: [lower], lit: lower };
};

function atom(r: Reader): Info {
  const c = r.src[r.i++]!;
  if (c === '^' || c === '$') return { needles: null, lit: '', zeroWidth: true };
  if (c === '.') return NOTHING;
  if (c === '[') {
    // A class vouches for nothing: skip to its closing bracket (in JavaScript "[]" is an empty class).
    while (r.i < r.src.length && r.peek() !== ']') r.i += r.peek() === '\\' ? 2 : 1;
    r.i++;
    return NOTHING;
  }
  if (c === '(') {
    let lookaround = false;
    if (r.peek() === '?') {
      const rest = r.src.slice(r.i, r.i + 3);
      if (rest.startsWith('?:')) r.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        r.i += 2;
        lookaround = true;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        r.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) r.i = r.src.indexOf('>', r.i) + 1;
      else throw new Error(`literal-gate: unknown group at ${r.i} of /${r.src}/`);
    }
    const inner = alternation(r);
    if (r.peek() !== ')') throw new Error(`literal-gate: unclosed group in /${r.src}/`);
    r.i++;
    return lookaround ? { needles: null, lit: null, zeroWidth: true } : inner;
  }
  if (c === '\\') {
    const e = r.src[r.i++];
    if (e === undefined) throw new Error(`literal-gate: trailing backslash in /${r.src}/`);
    if (e === 'b' || e === 'B') return { needles: null, lit: '', zeroWidth: true };
    if (e === 'p' || e === 'P') {
      if (r.peek() === '{') r.i = r.src.indexOf('}', r.i) + 1;
      return NOTHING;
    }
    if (e === 'k') {
      if (r.peek() === '<') r.i = r.src.indexOf('>', r.i) + 1;
      return NOTHING;
    }
    if (e === 'x') {
      r.i += 2;
      return NOTHING;
    }
    if (e === 'u') {
      if (r.peek() === '{') r.i = r.src.indexOf('}', r.i) + 1;
      else r.i += 4;
      return NOTHING;
    }
    if (e === 'c') {
      r.i++;
      return NOTHING;
    }
    // Classes, control characters, backreferences and \0: vouched for by nothing here.
    if (/[dDwWsSnrtfv0-9]/.test(e)) return NOTHING;
    return literal(e);
  }
  return literal(c);
}

/**
 * The needles of `regex` (lower case), or null when it has no trigger worth testing (a part vouches for nothing, or
 * its shortest needle is under three characters). Flags `u`/`v` sets, `x`-like modes and inline modifiers are not read:
 * a pattern this reader does not know throws, so a gate is never built on a misreading.
 */
export function literalTrigger(regex: RegExp): string[] | null {
  if (regex.flags.includes('v')) return null;
  const r = new Reader(regex.source);
  const info = alternation(r);
  if (r.i !== regex.source.length) throw new Error(`literal-gate: stopped at ${r.i} of /${regex.source}/`);
  if (!info.needles || info.needles.some((n) => n.length < SHORTEST_USEFUL)) return null;
  return info.needles;
}

/** The text needles are looked for in: lower case, 'ſ' as 's' (`/iu` folds it to 's'; the Kelvin sign lower-cases to 'k'). */
export function haystackOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** May `haystack` (from haystackOf) hold a match of the regex whose trigger is `needles`? */
export function mayMatch(needles: readonly string[] | null, haystack: string): boolean {
  if (!needles) return true;
  for (const needle of needles) if (haystack.includes(needle)) return true;
  return false;
}
