import type { SnapshotFinding, WholeReplyKind } from '../../lib/messages/draft';

const TITLES: Record<WholeReplyKind, string> = {
  greeting: 'Add a greeting',
  acknowledgement: 'Acknowledge how they feel',
  closing: 'Close with a next step',
};

/** Missing greeting, acknowledgement or closing: a ready sentence that fits, with Insert. */
export function WholeReplySuggestions({ findings, onInsert, busy }: { findings: SnapshotFinding[]; onInsert(f: SnapshotFinding): void; busy: boolean }) {
  const whole = findings.filter((f) => f.wholeReply && f.suggestions.length);
  if (!whole.length) return null;
  return (
    <section aria-labelledby="whole-reply" className="whole">
      <h2 id="whole-reply">Whole reply</h2>
      <ul>
        {whole.map((f) => (
          <li key={f.key}>
            <strong>{TITLES[f.wholeReply!]}</strong>
            <p className="whole__sentence">{insertedPart(f)}</p>
            <button type="button" disabled={busy} onClick={() => onInsert(f)} data-rapport="popup-insert">
              Insert
            </button>
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
  return (suggestion.slice(0, at) + suggestion.slice(at + f.text.length)).trim();
}
