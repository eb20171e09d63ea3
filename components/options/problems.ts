/**
 * Maps the schema's problem paths ("patterns[0]", "examples.flag[1].becomes", "message") onto the
 * editor's fields, so each message shows next to the field it is about.
 */
import type { PackProblem } from '../../lib/rules/schema';

export type PathPart = string | number;

export function parsePath(where: string): PathPart[] {
  return (where.match(/[^.[\]]+/g) ?? []).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export interface FieldProblem {
  /** Index inside a list field, when the problem is about one item. */
  index?: number;
  /** The rest of the path after the index (e.g. "text" or "becomes" of a flag example). */
  rest: PathPart[];
  message: string;
}

/** Problems whose path starts with `prefix` (e.g. ['examples', 'flag']). */
export function problemsAt(problems: readonly PackProblem[], prefix: PathPart[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const problem of problems) {
    const path = parsePath(problem.where);
    if (prefix.some((part, i) => path[i] !== part)) continue;
    const tail = path.slice(prefix.length);
    if (typeof tail[0] === 'number') out.push({ index: tail[0], rest: tail.slice(1), message: problem.message });
    else out.push({ rest: tail, message: problem.message });
  }
  return out;
}

/** Problems about fields the editor has no input for (id, kind, check…), shown at the top. */
export function otherProblems(problems: readonly PackProblem[], shown: readonly string[]): PackProblem[] {
  return problems.filter((p) => {
    const path = parsePath(p.where);
    return !shown.includes(String(path[0]));
  });
}
