/**
 * The organisation's policy, as Chrome hands it over in `storage.managed` (enterprise policy,
 * declared by public/managed_schema.json; see docs/deploying.md). Pure parsing, no browser API.
 *
 * Keys (all optional):
 *   rulePack            string   a whole rule pack as JSON text; its rules are locked
 *   managedBy           string   who manages Rapport, shown on the options page
 *   lockedRuleIds       string[] more rule ids (e.g. from the default pack) agents may not change
 *   replaceDefaultPack  boolean  true: the policy pack replaces the default/imported pack
 *                                instead of being added to it
 */
import { validatePack, type PackProblem, type RulePack } from '../rules/schema';
import { MANAGED_KEYS } from './managed-keys';

export interface ManagedPolicy {
  /** True when the policy sets any Rapport key. */
  present: boolean;
  managedBy: string | null;
  /** The validated policy pack; null when absent or invalid (an invalid pack is never half-used). */
  pack: RulePack | null;
  lockedRuleIds: string[];
  replaceDefaultPack: boolean;
  /** What is wrong with the policy, for the page to show (the admin has to fix it). */
  problems: PackProblem[];
}

export const NO_POLICY: ManagedPolicy = {
  present: false,
  managedBy: null,
  pack: null,
  lockedRuleIds: [],
  replaceDefaultPack: false,
  problems: [],
};

export function parseManagedPolicy(raw: Record<string, unknown> | null | undefined): ManagedPolicy {
  if (!raw || typeof raw !== 'object') return NO_POLICY;
  const present = MANAGED_KEYS.some((k) => raw[k] !== undefined && raw[k] !== null);
  if (!present) return NO_POLICY;
  const problems: PackProblem[] = [];

  const managedBy = typeof raw.managedBy === 'string' && raw.managedBy.trim() ? raw.managedBy.trim().slice(0, 200) : null;
  if (raw.managedBy !== undefined && managedBy === null) problems.push({ where: 'managedBy', message: 'must be a non-empty string' });

  let lockedRuleIds: string[] = [];
  if (Array.isArray(raw.lockedRuleIds)) lockedRuleIds = raw.lockedRuleIds.filter((id): id is string => typeof id === 'string');
  else if (raw.lockedRuleIds !== undefined) problems.push({ where: 'lockedRuleIds', message: 'must be a list of rule ids' });

  let pack: RulePack | null = null;
  if (raw.rulePack !== undefined && raw.rulePack !== null && raw.rulePack !== '') {
    let data: unknown = raw.rulePack;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch (error) {
        data = undefined;
        problems.push({ where: 'rulePack', message: `is not valid JSON (${(error as Error).message})` });
      }
    }
    if (data !== undefined) {
      const result = validatePack(data);
      if (result.ok) pack = result.pack;
      else problems.push(...result.problems.map((p) => ({ where: `rulePack › ${p.where}`, message: p.message })));
    }
  }

  return {
    present,
    managedBy,
    pack,
    lockedRuleIds,
    replaceDefaultPack: raw.replaceDefaultPack === true,
    problems,
  };
}
