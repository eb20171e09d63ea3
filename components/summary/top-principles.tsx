import { PRINCIPLES } from '../../lib/engine/principles';
import type { PrincipleHighlight } from '../../lib/stats/summary';
import { plural } from './format';

/** The principles that came up most, each with the kind of phrase that brings it up (from the rule pack). */
export function TopPrinciples({ principles, period }: { principles: PrincipleHighlight[]; period: 'today' | 'this week' }) {
  return (
    <section className="card" aria-labelledby="top-principles-heading">
      <h2 id="top-principles-heading">What came up most {period}</h2>
      {principles.length === 0 ? (
        <p className="muted">Nothing came up {period}. Your replies stayed clear of every rule.</p>
      ) : (
        <ol className="principles">
          {principles.map((p) => (
            <li key={p.principle}>
              <h3>{p.name}</h3>
              <p>
                {plural(p.count, 'time')} · {p.perReply.toFixed(1)} per reply
              </p>
              <p className="muted">{PRINCIPLES[p.principle].summary}</p>
              {p.example && (
                <p className="example">
                  {p.example.kind === 'phrase' ? 'The kind of phrase' : 'The kind of reply'}: <q>{p.example.text}</q>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
