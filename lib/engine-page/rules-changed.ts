/**
 * The page's light watch on the active rules: it parses nothing (the engine reads and validates the
 * pack), it only tells the coach that the rules changed in storage, so the draft is checked again
 * and the engine re-reads them first. The keys are the ones lib/storage/rules.ts keeps the rules
 * under (rules-changed.test.ts saves through that module and expects this to fire).
 */
import { browser } from 'wxt/browser';

/** `sync:ruleEdits` or `local:ruleEdits`, and `local:rulePack`; any change to the organisation's managed policy. */
const RULE_KEYS: readonly string[] = ['ruleEdits', 'rulePack'];

export interface RuleChanges {
  onChanged(listener: () => void): () => void;
}

export function watchRuleChanges(signal: AbortSignal): RuleChanges {
  const listeners = new Set<() => void>();
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || RULE_KEYS.some((key) => Object.hasOwn(changes, key))) listeners.forEach((listener) => listener());
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage), { once: true });
  return {
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
