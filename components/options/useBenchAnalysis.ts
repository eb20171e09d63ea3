/** The test bench's analysis of a reply, from whichever engine it is given; a newer edit supersedes an older answer. */
import { useEffect, useRef, useState } from 'react';
import type { Analysis } from '../../lib/engine/types';
import type { Rule } from '../../lib/rules/schema';
import type { Channel } from '../../lib/engine/channel';
import type { BenchEngine } from './bench-engine';

export interface BenchAnalysis {
  /** The latest answer (kept on screen while the next one is on its way); null before the first. */
  analysis: Analysis | null;
  pending: boolean;
  error: string | null;
}

export function useBenchAnalysis(engine: BenchEngine, rules: Rule[], text: string, customerMessage: string | undefined, channel: Channel): BenchAnalysis {
  const [state, setState] = useState<BenchAnalysis>({ analysis: null, pending: true, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    engine({ text, customerMessage, channel, rules }).then(
      (analysis) => {
        if (ticket === latest.current) setState({ analysis, pending: false, error: null });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState((s) => ({ analysis: s.analysis, pending: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [engine, rules, text, customerMessage, channel]);
  return state;
}
