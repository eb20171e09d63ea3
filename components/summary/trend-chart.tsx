import { useId, useRef, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../lib/stats/summary';
import { useOneChartTabStop } from './chart-tab-stops';
import { plural, shortDate } from './format';

export type TrendRange = 7 | 30;

/** A one-paragraph text alternative for the chart. */
function describeTrend(points: TrendPoint[]): string {
  const days = points.length;
  const withReplies = points.filter((p) => p.averageWarmth !== null);
  const replies = points.reduce((sum, p) => sum + p.replies, 0);
  if (withReplies.length === 0) return `No replies in the last ${days} days.`;
  const first = withReplies[0]!;
  const last = withReplies.at(-1)!;
  const best = withReplies.reduce((a, b) => (b.averageWarmth! > a.averageWarmth! ? b : a));
  const quiet = days - withReplies.length;
  const warmth =
    withReplies.length === 1
      ? `Average warmth was ${first.averageWarmth} on ${shortDate(first.day)}.`
      : `Average warmth went from ${first.averageWarmth} on ${shortDate(first.day)} to ${last.averageWarmth} on ${shortDate(last.day)}, ` +
        `highest ${best.averageWarmth} on ${shortDate(best.day)}.`;
  return `Last ${days} days: ${plural(replies, 'reply', 'replies')}. ${warmth}` + (quiet > 0 ? ` ${plural(quiet, 'day')} without replies.` : '');
}

/** Average warmth (line) and replies (bars) per day, over the last 7 or 30 days, with a table for screen readers. */
export function TrendChart({ trend7, trend30 }: { trend7: TrendPoint[]; trend30: TrendPoint[] }) {
  const [range, setRange] = useState<TrendRange>(7);
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const chartBox = useRef<HTMLDivElement>(null);
  useOneChartTabStop(chartBox);
  const points = range === 7 ? trend7 : trend30;
  const data = points.map((p) => ({ ...p, label: shortDate(p.day) }));
  const description = describeTrend(points);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Trend</h2>
      <fieldset className="trend-controls">
        <legend>Show</legend>
        {([7, 30] as const).map((n) => (
          <label key={n}>
            <input type="radio" name={`${id}-range`} value={n} checked={range === n} onChange={() => setRange(n)} />
            Last {n} days
          </label>
        ))}
      </fieldset>
      <figure style={{ margin: 0 }} aria-labelledby={`${id}-caption`}>
        <div className="trend-chart" ref={chartBox}>
          {/* Focusable (arrow keys move the tooltip from day to day) and labelled with the same summary as the caption. */}
          <ComposedChart
            responsive
            style={{ width: '100%', height: '100%' }}
            data={data}
            margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
            role="img"
            aria-label={`Chart of replies and average warmth per day. ${description}`}
          >
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="label" stroke="var(--chart-axis)" tickLine={false} interval="preserveStartEnd" minTickGap={16} />
            <YAxis
              yAxisId="warmth"
              domain={[0, 100]}
              ticks={[0, 40, 60, 100]}
              stroke="var(--chart-axis)"
              tickLine={false}
              label={{ value: 'Average warmth (0–100)', angle: -90, position: 'insideLeft', style: { textAnchor: 'middle', fill: 'var(--chart-axis)' } }}
            />
            <YAxis
              yAxisId="replies"
              orientation="right"
              allowDecimals={false}
              stroke="var(--chart-axis)"
              tickLine={false}
              label={{ value: 'Replies per day', angle: 90, position: 'insideRight', style: { textAnchor: 'middle', fill: 'var(--chart-axis)' } }}
            />
            <ReferenceLine yAxisId="warmth" y={60} stroke="var(--warm)" strokeDasharray="4 4" />
            <ReferenceLine yAxisId="warmth" y={40} stroke="var(--cold)" strokeDasharray="4 4" />
            <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
            <Bar yAxisId="replies" dataKey="replies" name="Replies" fill="var(--chart-bar)" isAnimationActive={false} />
            <Line
              yAxisId="warmth"
              dataKey="averageWarmth"
              name="Average warmth"
              stroke="var(--chart-line)"
              strokeWidth={2.5}
              dot={{ r: 3, fill: 'var(--chart-line)' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </div>
        <figcaption id={`${id}-caption`} className="trend-caption">
          {description} Bars show replies per day; the line shows average warmth (dashed lines at 40 and 60).
        </figcaption>
        <button type="button" className="trend-toggle" aria-expanded={asTable} aria-controls={`${id}-table`} onClick={() => setAsTable((t) => !t)}>
          {asTable ? 'Hide the table' : 'Show the numbers as a table'}
        </button>
        {/* Always in the page for screen readers; shown to everyone on request. */}
        <table id={`${id}-table`} className={asTable ? 'trend-table' : 'visually-hidden'}>
          <caption>Replies and average warmth per day, last {range} days</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Replies</th>
              <th scope="col">Average warmth</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{shortDate(p.day)}</th>
                <td>{p.replies}</td>
                <td>{p.averageWarmth ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </section>
  );
}
