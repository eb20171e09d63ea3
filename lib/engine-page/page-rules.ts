/** The active rules as the page reads them from storage (the default pack until read), and their changes. */
import type { Rule } from '../rules/schema';
import { defaultPack } from '../rules/default';
import { getActiveRules, watchActiveRules } from '../storage/rules';

export interface PageRules {
  current(): readonly Rule[];
  onChanged(listener: () => void): () => void;
}

export function watchPageRules(signal: AbortSignal): PageRules {
  let rules: readonly Rule[] = defaultPack.rules;
  const listeners = new Set<() => void>();
  const use = (next: readonly Rule[]) => {
    rules = next;
    listeners.forEach((listener) => listener());
  };
  void getActiveRules().then(use, () => undefined);
  signal.addEventListener('abort', watchActiveRules(use), { once: true });
  return {
    current: () => rules,
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
