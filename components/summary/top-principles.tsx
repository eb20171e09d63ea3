import { PRINCIPLES } from '../../lib/engine/principles';
import type { PrincipleHighlight } from '../../lib/stats/summary';
import { plural } from './format';
import type { Habit } from './habits';

const clip = (text: string) => (text.length > 180 ? `${text.slice(0, 180)}…` : text);

/** The habit behind a principle: the cold wording it flags, and the warmer way, from the rule itself. */
function HabitExample({ habit, fallback, kind }: { habit: Habit | undefined; fallback: string; kind: 'phrase' | 'structure' }) {
  return (
    <div className="habit example">
      {habit && <p className="habit__title">{habit.title}</p>}
      <p className="habit__cold">
        <span className="habit__label">{kind === 'phrase' ? 'Flags' : 'Flags a reply like'}</span>
        <q>{clip(habit?.cold ?? fallback)}</q>
      </p>
      {habit?.warmer && (
        <p className="habit__warm">
          <span className="habit__label">Warmer</span>
          <q>{clip(habit.warmer)}</q>
        </p>
      )}
    </div>
  );
}

/** The principles that came up most, each with the kind of phrase that brings it up (from the rule pack). */
export function TopPrinciples({ principles, period, habits }: { principles: PrincipleHighlight[]; period: 'today' | 'this week'; habits?: ReadonlyMap<string, Habit> }) {
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
              {p.example && <HabitExample habit={habits?.get(p.example.ruleId)} fallback={p.example.text} kind={p.example.kind} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
