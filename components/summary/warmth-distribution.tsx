import type { WarmthBand } from '../../lib/engine/types';
import { BANDS, percent, plural } from './format';

/** Replies per warmth band: a stacked bar for the eye, a list for everyone. */
export function WarmthDistribution({ bands, headingId }: { bands: Record<WarmthBand, number>; headingId: string }) {
  const total = bands.cold + bands.neutral + bands.warm;
  return (
    <div>
      <h3 id={headingId}>Warmth of today’s replies</h3>
      <div className="distribution-bar" aria-hidden="true">
        {BANDS.map(({ band }) =>
          bands[band] > 0 ? <span key={band} className={`fill-${band}`} style={{ width: `${(bands[band] / total) * 100}%` }} /> : null,
        )}
      </div>
      <ul className="distribution-legend" aria-labelledby={headingId}>
        {BANDS.map(({ band, label, range }) => (
          <li key={band}>
            <span className={`swatch fill-${band}`} aria-hidden="true" />
            <span>
              {label} ({range}): {plural(bands[band], 'reply', 'replies')}, {percent(bands[band], total)}%
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
