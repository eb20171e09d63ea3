import { warmthBand } from '../../lib/engine/score';

/** A half-ring gauge with the score and a word (cold / neutral / warm); a meter for screen readers. */
export function WarmthGauge({ warmth }: { warmth: number }) {
  const band = warmthBand(warmth);
  const angle = Math.PI * (1 - warmth / 100);
  const x = 60 + 48 * Math.cos(angle);
  const y = 60 - 48 * Math.sin(angle);
  return (
    <div className={`gauge gauge--${band}`} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={warmth} aria-valuetext={`${warmth} of 100, ${band}`} aria-label="Warmth of this draft">
      <svg viewBox="0 0 120 68" width="160" aria-hidden="true">
        <path d="M12 60 A48 48 0 0 1 108 60" className="gauge__track" />
        {warmth > 0 && <path d={`M12 60 A48 48 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`} className="gauge__value" />}
      </svg>
      <div className="gauge__label">
        <span className="gauge__number">{warmth}</span>
        <span className="gauge__word">{band}</span>
      </div>
    </div>
  );
}
