/**
 * The rule pack a command runs: Rapport's default rules plus every `--rules` pack, in order (a
 * pack rule with the id of an earlier rule replaces it), or only the given packs with
 * `--no-default-rules`.
 */
import { defaultPack } from '../rules/default';
import { formatProblems, formatVersionFor, validatePack, type Rule, type RulePack } from '../rules/schema';
import { readInput, UsageError, type CliIO } from './io';

/** One pack file, validated whole: a bad pack is refused with every problem named. */
export function loadPackFile(path: string, io: CliIO, command?: string): RulePack {
  const text = readInput(path, io, command);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: the rule pack is not valid JSON (${(error as Error).message})`, command);
  }
  const result = validatePack(raw);
  if (!result.ok) {
    const problems = formatProblems(result.problems).split('\n');
    throw new UsageError(`${path}: the rule pack is invalid, nothing was loaded: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`, command);
  }
  return result.pack;
}

export function activePack(paths: readonly string[], useDefaults: boolean, io: CliIO, command?: string): RulePack {
  if (!useDefaults && paths.length === 0) throw new UsageError('--no-default-rules needs at least one --rules PACK.json', command);
  const packs = [...(useDefaults ? [defaultPack] : []), ...paths.map((path) => loadPackFile(path, io, command))];
  const rules = new Map<string, Rule>();
  for (const pack of packs) for (const rule of pack.rules) rules.set(rule.id, rule);
  // The last pack names the result; a replaced rule keeps its place in the order.
  const last = packs.at(-1)!;
  const merged = [...rules.values()];
  // The lowest format that holds every rule: a version 1 team pack over the defaults' per-channel settings needs 2.
  return { ...last, formatVersion: formatVersionFor(merged), rules: merged };
}
