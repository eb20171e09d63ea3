import type { SnapshotFinding, WholeReplyKind } from '../../lib/messages/draft';

const TITLES: Record<WholeReplyKind, string> = {
  greeting: 'Add a greeting',
  acknowledgement: 'Acknowledge how they feel',
  closing: 'Close with a next step',
};

/** Missing greeting, acknowledgement or closing: a ready sentence that fits, with Insert. */
export function WholeReplySuggestions({ findings, onInsert, busy }: { findings: SnapshotFinding[]; onInsert(f: SnapshotFinding): void; busy: boolean }) {
  const whole = findings.filter((f) => f.wholeReply);
  if (!whole.length) return null;
  return (
    <section aria-labelledby="whole-reply" className="whole">
      <h3 id="whole-reply">
        Whole reply <span className="count">({whole.length})</span>
      </h3>
      <ul>
        {whole.map((f) => (
          <li key={f.key}>
            <strong>{TITLES[f.wholeReply!]}</strong>
            {f.suggestions.length > 0 ? (
              <>
                <p className="whole__sentence">{insertedPart(f)}</p>
                <button type="button" disabled={busy} onClick={() => onInsert(f)} data-rapport="popup-insert">
                  Insert
                </button>
              </>
            ) : (
              <p className="whole__sentence">{f.message}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The new words a whole-reply suggestion adds around the agent's sentence. */
export function insertedPart(f: SnapshotFinding): string {
  const suggestion = f.suggestions[0]!;
  const at = suggestion.indexOf(f.text);
  if (at < 0) return suggestion;
  const before = suggestion.slice(0, at).trim();
  // What follows the agent's sentence may start with the full stop the closing added to it
  // ("Ticket closed" → "Ticket closed. If anything…"): that stop belongs to their sentence.
  const after = suggestion.slice(at + f.text.length).replace(/^[\s.!?…]+/, '');
  return [before, after].filter(Boolean).join(' ');
}
