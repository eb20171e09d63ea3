/** A fake clock for the analyzer's budget tests: time is counted in clock reads, so a budget stops after fixed work. */
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

/** A clock that moves one millisecond each time it is read. */
export function tickingClock(): () => number {
  let t = 0;
  return () => (t += 1);
}

/** A budget (in ticking-clock milliseconds) for about `share` of a whole analysis of `text` with the default pack. */
export function budgetForShareOf(text: string, share: number): number {
  const clock = tickingClock();
  createAnalyzer(defaultPack, { now: clock }).analyze(text, { budgetMs: 1e9 });
  return Math.floor(clock() * share);
}
