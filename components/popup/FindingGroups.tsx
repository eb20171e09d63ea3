import { changeParts, describeChange } from '../../lib/card/change';
import { groupByPrinciple } from '../../lib/card/groups';
import { shownWords } from '../../lib/engine/shown-words';
import type { SnapshotFinding } from '../../lib/messages/draft';

interface Props {
  findings: SnapshotFinding[];
  onApply(finding: SnapshotFinding, suggestion: number): void;
  onReveal(finding: SnapshotFinding): void;
  busy: boolean;
}

/** Past this length a change is shown as its label only (the popup is 380 px wide). */
const MAX_SHOWN_CHARS = 220;

/** The flagged words with one rewording in place, as the in-page card shows it: removed words struck, added marked. */
function ChangeInPlace({ before, after }: { before: string; after: string }) {
  const parts = changeParts(before, after);
  return (
    <span className="suggestion change" data-rapport="popup-change" aria-hidden="true">
      {parts.map((part, i) =>
        part.kind === 'removed' ? <del key={i}>{part.text}</del> : part.kind === 'added' ? <ins key={i}>{part.text}</ins> : <span key={i}>{part.text}</span>,
      )}
    </span>
  );
}

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
            {list.map((f) => {
              // The cold words, not a word the rewording only gives a capital (shown-words.ts).
              const listed = shownWords(f).text;
              return (
                <li key={f.key} className={`finding finding--${f.severity}`} data-rapport="popup-finding">
                  <button type="button" className="finding__text" onClick={() => onReveal(f)} aria-label={`Show “${listed}” in the page`}>
                    {listed.length > 90 ? `${listed.slice(0, 90)}…` : listed}
                  </button>
                  <p className="finding__message">{f.message}</p>
                  {f.advice && (
                    <p className="finding__advice" data-rapport="popup-advice">
                      <strong>Try:</strong> {f.advice}
                    </p>
                  )}
                  {f.suggestions.length > 0 && (
                    <ul className="finding__suggestions" aria-label="Rewordings">
                      {f.suggestions.map((s, i) => {
                        // The same words as the card's button ("Remove “Per our records,”", "Add “Hi Sam,”"), never a bare fragment.
                        const change = describeChange(f.text, s);
                        return (
                          <li key={i}>
                            {f.text.length + s.length <= MAX_SHOWN_CHARS ? <ChangeInPlace before={f.text} after={s} /> : <span className="suggestion">{change.label}</span>}
                            <button type="button" disabled={busy} onClick={() => onApply(f, i)} data-rapport="popup-apply" aria-label={change.ariaLabel}>
                              Apply
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
