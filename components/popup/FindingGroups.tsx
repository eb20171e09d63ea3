import { groupByPrinciple } from '../../lib/card/groups';
import type { SnapshotFinding } from '../../lib/messages/draft';

interface Props {
  findings: SnapshotFinding[];
  onApply(finding: SnapshotFinding, suggestion: number): void;
  onReveal(finding: SnapshotFinding): void;
  busy: boolean;
}

const quote = (s: string) => (s === '' ? 'Remove it' : `“${s.length > 140 ? `${s.slice(0, 140)}…` : s}”`);

/** The draft's findings grouped by principle, each with its message, rewordings and Apply buttons. */
export function FindingGroups({ findings, onApply, onReveal, busy }: Props) {
  // The same grouping as the in-page panel (lib/card/groups.ts).
  const groups = groupByPrinciple(findings);
  if (!groups.length) return <p className="empty">Nothing to warm up in this draft. Nice work.</p>;
  return (
    <div className="groups">
      {groups.map(({ principle, name, findings: list }) => (
        <section key={principle} aria-labelledby={`group-${principle}`} className="group">
          <h3 id={`group-${principle}`}>
            {name} <span className="count">({list.length})</span>
          </h3>
          <ul>
            {list.map((f) => (
              <li key={f.key} className={`finding finding--${f.severity}`} data-rapport="popup-finding">
                <button type="button" className="finding__text" onClick={() => onReveal(f)} aria-label={`Show “${f.text}” in the page`}>
                  {f.text.length > 90 ? `${f.text.slice(0, 90)}…` : f.text}
                </button>
                <p className="finding__message">{f.message}</p>
                {f.advice && (
                  <p className="finding__advice" data-rapport="popup-advice">
                    <strong>Try:</strong> {f.advice}
                  </p>
                )}
                {f.suggestions.length > 0 && (
                  <ul className="finding__suggestions" aria-label="Rewordings">
                    {f.suggestions.map((s, i) => (
                      <li key={i}>
                        <span className="suggestion">{quote(s)}</span>
                        <button type="button" disabled={busy} onClick={() => onApply(f, i)} data-rapport="popup-apply" aria-label={`Apply ${quote(s)}`}>
                          Apply
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
