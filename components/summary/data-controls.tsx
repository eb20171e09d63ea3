import { useEffect, useId, useRef, useState } from 'react';

export type ExportFormat = 'csv' | 'json';

/** Export the daily aggregates, or erase all history after a confirm step. */
export function DataControls({
  hasData,
  onExport,
  onErase,
}: {
  hasData: boolean;
  onExport(format: ExportFormat): void;
  onErase(): Promise<string | null>;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  async function erase() {
    setStatus('Erasing…');
    const error = await onErase();
    setConfirming(false);
    setStatus(error ? `Couldn’t erase: ${error}` : 'All history erased.');
    eraseRef.current?.focus();
  }

  function cancel() {
    setConfirming(false);
    eraseRef.current?.focus();
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your data</h2>
      <p className="muted">
        Only daily counts and scores are kept, in this browser. Exports hold the same daily totals, never the words of any reply.
      </p>
      {/* Disabled buttons say why, in words: they looked like the enabled Erase beside them and did nothing. */}
      {!hasData && (
        <p id={`${id}-nothing`} className="muted">
          Nothing to export yet: your first sent reply starts the history.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => onExport('csv')} disabled={!hasData} aria-describedby={hasData ? undefined : `${id}-nothing`}>
          Export CSV
        </button>
        <button type="button" onClick={() => onExport('json')} disabled={!hasData} aria-describedby={hasData ? undefined : `${id}-nothing`}>
          Export JSON
        </button>
        <button type="button" ref={eraseRef} onClick={() => setConfirming(true)} aria-expanded={confirming} aria-controls={`${id}-confirm`}>
          Erase all history…
        </button>
      </div>
      {confirming && (
        <div id={`${id}-confirm`} className="confirm" role="group" aria-labelledby={`${id}-confirm-text`}>
          <p id={`${id}-confirm-text`}>Erase every day of your tone history from this browser? This can’t be undone.</p>
          <div className="actions">
            <button type="button" className="danger" onClick={erase}>
              Yes, erase everything
            </button>
            <button type="button" ref={cancelRef} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}
