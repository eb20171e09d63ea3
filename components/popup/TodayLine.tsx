export interface TodaySummary {
  replies: number;
  averageWarmth: number | null;
  /** Today's average minus the average of the previous 7 days, or null without history. */
  trend: number | null;
}

/** One line about today: replies checked, average warmth, and a trend arrow against the last 7 days. */
export function TodayLine({ today }: { today: TodaySummary | null }) {
  if (!today || today.replies === 0) return <p className="today">No replies sent yet today.</p>;
  const arrow = today.trend === null ? '' : today.trend > 2 ? '↑' : today.trend < -2 ? '↓' : '→';
  const trendWords = today.trend === null ? '' : today.trend > 2 ? 'warmer than' : today.trend < -2 ? 'cooler than' : 'about the same as';
  return (
    <p className="today">
      Today: {today.replies} {today.replies === 1 ? 'reply' : 'replies'}, average warmth {today.averageWarmth}
      {arrow && (
        <span aria-label={`${trendWords} the last 7 days`} title={`${trendWords} the last 7 days`}>
          {' '}
          {arrow}
        </span>
      )}
    </p>
  );
}
