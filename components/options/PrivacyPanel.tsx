/** What Rapport keeps, in plain words, and the agent's controls over it: export all, erase all. */
import { useState } from 'react';
import { downloadJson } from '../shared/files';

export interface PrivacyPanelProps {
  onExport(): Promise<unknown>;
  onErase(): Promise<void>;
  managedBy: string | null;
}

export function PrivacyPanel({ onExport, onErase, managedBy }: PrivacyPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <div className="privacy">
      <p>Rapport checks your replies inside this browser. Nothing you type is sent anywhere. It stores only:</p>
      <ul>
        <li>
          <strong>Rules</strong>: your edits, rules you added, and a pack you imported (with the one before it, for undo).
        </li>
        <li>
          <strong>Settings</strong>: the sites Rapport runs on and their reply-box selectors.
        </li>
        <li>
          <strong>Daily counts</strong>: per day, how many replies you sent, their average warmth, and how often each rule flagged something, for your summary.
        </li>
      </ul>
      <p>
        <strong>It never stores the text of your replies or of your customers’ messages.</strong> Your settings and rule edits are kept in Chrome sync when they
        fit, so they follow you to your other computers if you have turned Chrome sync on; everything else stays on this computer.
        {managedBy && ` Rules set by ${managedBy} come from your organization’s policy and are not stored by Rapport.`}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void onExport().then((data) => {
              downloadJson(`rapport-data-${new Date().toISOString().slice(0, 10)}.json`, data);
              setStatus('Exported all of Rapport’s data.');
            })
          }
        >
          Export all my data (JSON)
        </button>
        {!confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)} aria-expanded={false} aria-controls="erase-confirm">
            Erase all local data…
          </button>
        )}
      </div>
      {confirming && (
        <div id="erase-confirm" className="card confirm" role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-desc">
          <h3 id="erase-title">Erase everything Rapport stored?</h3>
          <p id="erase-desc">
            This deletes your rule edits, added rules, imported packs, settings, added sites and daily counts, here and in Chrome sync. It can’t be undone. Export
            first if you might want them back.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              autoFocus
              onClick={() =>
                void onErase().then(() => {
                  setConfirming(false);
                  setStatus('All of Rapport’s data was erased.');
                })
              }
            >
              Yes, erase everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p aria-live="polite" className="status">
        {status}
      </p>
    </div>
  );
}
