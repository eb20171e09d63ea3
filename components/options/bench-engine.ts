/**
 * Where the test bench's reply is checked. In the extension it is the browser's one engine (the
 * background; entrypoints/options wires lib/pages/engine-bench-client.ts); component tests and any page
 * without the extension's background use an analyzer in this page.
 */
import { createAnalyzer, type Analyzer } from '../../lib/engine/analyzer';
import type { Analysis } from '../../lib/engine/types';
import type { Rule } from '../../lib/rules/schema';
import type { Channel } from '../../lib/engine/channel';

export interface BenchCheck {
  text: string;
  customerMessage?: string;
  /** Where the reply would go: each channel has its own expectations and rule settings. */
  channel: Channel;
  rules: Rule[];
}

/** Checks one reply with the rules sent with it; rejects with a message the bench shows. */
export type BenchEngine = (check: BenchCheck) => Promise<Analysis>;

/** An analyzer in this page, rebuilt only when the rules change. */
export function localBenchEngine(): BenchEngine {
  let compiled: { rules: Rule[]; analyzer: Analyzer } | null = null;
  return async ({ text, customerMessage, channel, rules }) => {
    if (compiled?.rules !== rules) compiled = { rules, analyzer: createAnalyzer(rules) };
    return compiled.analyzer.analyze(text, { customerMessage, channel });
  };
}
