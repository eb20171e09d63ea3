/**
 * A pattern's skeleton run on the sentence as split, before compromise tags it (issue #12): compromise's matcher walks
 * a pattern term by term without going back (an optional term that matches is taken, a greedy one runs as far as it
 * can, a choice keeps its first fit), so no pattern can be loosened term by term and still be sure to match wherever it
 * did. Here every way the walk could go is tried at once (a search over pattern term × sentence token), every test
 * that needs the tagger (#Tag, {root}, @method, <Chunk>…) counts as "may hold", and the anchors (^, $) count as
 * "anywhere" (the phrase rules also try a pattern on a sentence's main clauses). What is left is exact: the words,
 * their order and how many tokens each term takes. A sentence the skeleton cannot walk is one compromise's match
 * cannot match either, so it is never tagged for that pattern. Any shape of compromise's syntax this file does not
 * model gives "may match" (the pattern is run as before).
 */

/** A term of compromise's parse of a pattern, as far as this file reads it. */
export interface SkeletonTerm {
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  operator?: string;
  choices?: SkeletonTerm[][];
  word?: string;
  use?: string;
  fuzzy?: boolean;
  id?: unknown;
  tag?: string;
  method?: string;
  pre?: string;
  post?: string;
  regex?: unknown;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  fastOr?: Set<string>;
  pos?: string;
  min?: number;
  max?: number;
}

/** A token of compromise's split, with the fields its word tests read (equal before and after tagging). */
export interface SkeletonToken {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string | null;
  alias?: string[];
  /** The token's tags: read only when skeletonMayMatch is told the sentence is tagged (#Tag tests are then exact). */
  tags?: ReadonlySet<string>;
}

const NO = 0;
const YES = 1;
const MAYBE = 2;
type Tri = typeof NO | typeof YES | typeof MAYBE;

/** Are the tokens of the current walk tagged (their tags final)? Set by skeletonMayMatch for its walk. */
let tagsKnown = false;

const not = (r: Tri): Tri => (r === MAYBE ? MAYBE : r === YES ? NO : YES);

/** compromise's doesMatch, in its order of tests, with what the tagger decides read as MAYBE. */
function test(reg: SkeletonTerm, tok: SkeletonToken): Tri {
  if (reg.anything === true) return YES;
  // A position test (^ or $ inside a choice) can only turn a yes into a no: not known here.
  const positional = reg.start === true || reg.end === true;
  const r = testAt(reg, tok);
  return positional && r === YES ? MAYBE : r;
}

function testAt(reg: SkeletonTerm, tok: SkeletonToken): Tri {
  if (reg.id !== undefined) return MAYBE;
  if (reg.word !== undefined) {
    if (reg.use || reg.fuzzy === true) return MAYBE;
    if (tok.machine != null && tok.machine === reg.word) return YES;
    if (tok.alias && tok.alias.includes(reg.word)) return YES;
    return reg.word === tok.text || reg.word === tok.normal ? YES : NO;
  }
  if (reg.tag !== undefined) return tagsKnown ? (tok.tags!.has(reg.tag) ? YES : NO) : MAYBE;
  if (reg.method !== undefined || reg.pre !== undefined || reg.post !== undefined) return MAYBE;
  if (reg.regex !== undefined || reg.chunk !== undefined || reg.switch !== undefined || reg.machine !== undefined || reg.sense !== undefined) return MAYBE;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !tagsKnown) return MAYBE;
    if (reg.pos && !tok.tags!.has(reg.pos)) return NO;
    // compromise reads the root first; no step of the engine's tagging computes roots, so the split's forms decide.
    const str = tok.implicit || tok.machine || tok.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(tok.text) ? YES : NO;
  }
  if (reg.choices !== undefined) {
    if (reg.operator === 'and') {
      let all: Tri = YES;
      for (const choice of reg.choices) {
        const r = wrap(choice as unknown as SkeletonTerm, tok);
        if (r === NO) return NO;
        if (r === MAYBE) all = MAYBE;
      }
      return all;
    }
    let any: Tri = NO;
    for (const choice of reg.choices) {
      const r = wrap(choice as unknown as SkeletonTerm, tok);
      if (r === YES) return YES;
      if (r === MAYBE) any = MAYBE;
    }
    return any;
  }
  return NO;
}

/** compromise's wrapMatch: doesMatch, negated for a !term. */
function wrap(reg: SkeletonTerm, tok: SkeletonToken): Tri {
  if (Array.isArray(reg)) return MAYBE; // a sequence where a term was expected: compromise's own quirk, not modelled
  const r = test(reg, tok);
  return reg.negative === true ? not(r) : r;
}

/** Shapes whose walk this file does not model: a pattern holding one is run as before. */
function unsupported(regs: readonly SkeletonTerm[]): boolean {
  return regs.some(
    (reg) =>
      !reg ||
      typeof reg !== 'object' ||
      (reg.negative === true && reg.greedy === true) ||
      (reg.optional === true && reg.greedy === true && reg.anything !== true && reg.choices === undefined) ||
      (reg.choices !== undefined && !reg.choices.every((c) => Array.isArray(c))),
  );
}

const supportCache = new WeakMap<readonly SkeletonTerm[], boolean>();

/** Can this pattern be walked here (see unsupported)? Read once per parse. */
export function skeletonSupports(regs: readonly SkeletonTerm[]): boolean {
  let known = supportCache.get(regs);
  if (known === undefined) supportCache.set(regs, (known = regs.length > 0 && !unsupported(regs)));
  return known;
}

/**
 * Could compromise's match of `regs` find something in a sentence split into `tokens` (`tagged`: with their tags as
 * they are; else with any tags)? False only when
 * no walk of the pattern fits. Bounded: (pattern terms + 1) × (tokens + 1) states, each visited once.
 */
export function skeletonMayMatch(regs: readonly SkeletonTerm[], tokens: readonly SkeletonToken[], tagged: boolean): boolean {
  if (!skeletonSupports(regs)) return true;
  tagsKnown = tagged && tokens.every((tok) => tok.tags instanceof Set);
  const R = regs.length;
  const N = tokens.length;
  if (N === 0) return false;
  // A state is (r, t): regs[0..r) walked, tokens[0..t) behind. From every start at once. The marks and the stack are
  // the module's, reused from walk to walk (no closure or buffer made per call: this runs for every candidate pattern).
  width = N + 1;
  limitR = R;
  const size = (R + 1) * width;
  if (seenIn.length < size) seenIn = new Uint32Array(Math.max(size, seenIn.length * 2));
  if (walk === 0xffffffff) {
    seenIn.fill(0);
    walk = 0;
  }
  walk += 1;
  top = 0;
  // The rest of the pattern is all optional from r (compromise ends a match there when the tokens run out; a main
  // clause's view may end anywhere).
  let restOptional = R;
  while (restOptional > 0 && regs[restOptional - 1]!.optional === true) restOptional--;

  for (let s = 0; s < N; s++) push(0, s);
  while (top > 0) {
    const key = stack[--top]!;
    const r = Math.floor(key / width);
    const t = key - r * width;
    if (r >= restOptional) return true;
    if (t >= N) continue;
    const reg = regs[r]!;
    // `.*`, `.+`, `.{0,6}`: to any later token.
    if (reg.anything === true && reg.greedy === true) {
      for (let p = t; p <= N; p++) push(r + 1, p);
      continue;
    }
    if (reg.choices !== undefined && reg.operator === 'or') {
      if (reg.negative === true) {
        push(r + 1, t);
        push(r + 1, t + 1);
        continue;
      }
      if (reg.optional === true) push(r + 1, t);
      // One choice, and for a greedy block more after it.
      let frontier = [t];
      const reached = new Set<number>();
      while (frontier.length) {
        const next: number[] = [];
        for (const from of frontier) {
          for (const end of choiceEnds(reg.choices, tokens, from)) {
            if (reached.has(end)) continue;
            reached.add(end);
            push(r + 1, end);
            if (reg.greedy === true) next.push(end);
          }
        }
        frontier = next;
      }
      continue;
    }
    if (reg.choices !== undefined && reg.operator === 'and') {
      if (reg.negative === true) {
        push(r + 1, t);
        push(r + 1, t + 1);
        continue;
      }
      if (reg.optional === true) push(r + 1, t);
      let longest = 0;
      let fits = true;
      for (const block of reg.choices) {
        for (let w = 0; w < block.length && fits; w++) {
          const tok = tokens[t + w];
          if (!tok || wrap(block[w]!, tok) === NO) fits = false;
        }
        if (!fits) break;
        if (block.length > longest) longest = block.length;
      }
      if (fits && longest > 0) push(r + 1, t + longest);
      continue;
    }
    if (reg.anything === true) {
      if (reg.negative === true) continue;
      if (reg.optional === true) push(r + 1, t);
      matched(regs, r, t, tokens);
      continue;
    }
    if (reg.negative === true) {
      const positive = test(reg, tokens[t]!);
      if (positive === YES) continue;
      push(r + 1, t + 1);
      // "before !foo? after": the term may also stand for the next one or two terms of the pattern.
      if (reg.optional === true) {
        push(r + 2, t + 1);
        push(r + 3, t + 1);
      }
      continue;
    }
    if (reg.optional === true) push(r + 1, t);
    if (wrap(reg, tokens[t]!) !== NO) matched(regs, r, t, tokens);
  }
  return false;
}

/** The current walk's marks (state → the walk that reached it) and stack of states to visit. */
let seenIn = new Uint32Array(1024);
let walk = 0;
const stack: number[] = [];
let top = 0;
let width = 1;
let limitR = 0;

/** Visit state (r, t) of the current walk, once. */
function push(r: number, t: number): void {
  if (r > limitR || t >= width) return;
  const key = r * width + t;
  if (seenIn[key] === walk) return;
  seenIn[key] = walk;
  stack[top++] = key;
}

/** The term without its anchors, as getGreedy tests a greedy term's later tokens (made once per term). */
const bareOf = new WeakMap<SkeletonTerm, SkeletonTerm>();
function bare(reg: SkeletonTerm): SkeletonTerm {
  let b = bareOf.get(reg);
  if (!b) bareOf.set(reg, (b = { ...reg, start: false, end: false }));
  return b;
}

/** Where compromise's walk may go once regs[r] has matched tokens[t] (simpleMatch). */
function matched(regs: readonly SkeletonTerm[], r: number, t: number, tokens: readonly SkeletonToken[]): void {
  const reg = regs[r]!;
  const tok = tokens[t]!;
  // An optional !term followed by more pattern: compromise goes on without taking the token.
  if (reg.optional === true && reg.negative === true) push(r + 1, t);
  // "we" matched on "we've": the contraction's implicit second part is taken too.
  let after = t + 1;
  const next = tokens[t + 1];
  if (tok.implicit && next && next.implicit && ((reg.word !== undefined && reg.word === tok.normal) || reg.method === 'hasContraction')) after += 1;
  // A greedy term takes any run of tokens it may match after the first.
  let last = after;
  if (reg.greedy === true) {
    const b = bare(reg);
    while (last < tokens.length && wrap(b, tokens[last]!) !== NO) last++;
  }
  for (let end = after; end <= last; end++) {
    push(r + 1, end);
    // An optional term that matched may also stand for the next term of the pattern (foundOptional).
    if (reg.optional === true && r + 1 < regs.length) push(r + 2, end);
  }
}

/** Where one choice of a (a|b c|d+) block may end, from token `from` (tryChoice: each term on the next token, a greedy one on a run). */
function choiceEnds(choices: readonly SkeletonTerm[][], tokens: readonly SkeletonToken[], from: number): number[] {
  const ends: number[] = [];
  for (const seq of choices) {
    let positions = [from];
    for (const cr of seq) {
      const next: number[] = [];
      for (const p of positions) {
        const tok = tokens[p];
        // tryChoice tests each term as wrapMatch does: its ? is not read there.
        if (!tok || wrap(cr, tok) === NO) continue;
        next.push(p + 1);
        if (cr.greedy === true) {
          const b = bare(cr);
          for (let q = p + 1; q < tokens.length && wrap(b, tokens[q]!) !== NO; q++) next.push(q + 1);
        }
      }
      positions = [...new Set(next)];
      if (!positions.length) break;
    }
    for (const p of positions) if (p > from && !ends.includes(p)) ends.push(p);
  }
  return ends;
}
