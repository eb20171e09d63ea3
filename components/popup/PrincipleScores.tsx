import { PRINCIPLE_IDS, PRINCIPLES } from '../../lib/engine/principles';
import type { Scores } from '../../lib/engine/types';

/** One bar per principle; the weakest first, so the agent sees where to look. */
export function PrincipleScores({ scores }: { scores: Scores['principles'] }) {
  const ordered = [...PRINCIPLE_IDS].sort((a, b) => scores[a] - scores[b]);
  return (
    <ul className="principles" aria-label="Score per principle">
      {ordered.map((id) => (
        <li key={id} className="principles__row" title={PRINCIPLES[id].summary}>
          <span className="principles__name">{PRINCIPLES[id].name}</span>
          <span className="principles__bar" aria-hidden="true">
            <span style={{ width: `${scores[id]}%` }} className={scores[id] < 60 ? 'is-low' : ''} />
          </span>
          <span className="principles__value">{scores[id]}</span>
        </li>
      ))}
    </ul>
  );
}
