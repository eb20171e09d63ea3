import { warmthBand } from '../../lib/engine/score';

/**
 * A compact bar gauge: the score, its word, and a marker on a cold | neutral | warm scale (band edges at
 * 40 and 60). The marker is always drawn, so a warmth of 0 reads as "at the cold end", not as a broken
 * empty gauge. A meter for screen readers.
 */
export function WarmthGauge({ warmth }: { warmth: number }) {
  const value = Math.max(0, Math.min(100, Math.round(warmth)));
  const band = warmthBand(value);
  return (
    <div className={`gauge gauge--${band}`} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={`${value} of 100, ${band}`} aria-label="Warmth of this draft">
      <span className="gauge__number">{value}</span>
      <span className="gauge__word">{band}</span>
      <span className="gauge__scale" aria-hidden="true">
        <span className="gauge__fill" style={{ width: `${value}%` }} />
        <span className="gauge__marker" style={{ left: `${value}%` }} />
      </span>
    </div>
  );
}
