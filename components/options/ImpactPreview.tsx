/**
 * Before saving (or importing): how many findings each changed rule adds or removes across a
 * file of past replies, with a few examples of each (compareRules, as `rapport compare` does).
 */
import { useMemo, useState } from 'react';
import type { RuleImpact } from '../../lib/rules/impact';
import { compareRules } from '../../lib/rules/impact';
import { detectFormat, parseReplies, type PastReply, type RepliesFormat } from '../../lib/rules/replies-file';
import type { Rule } from '../../lib/rules/schema';
import { readFileText } from '../shared/files';
import { FieldErrors } from './Field';

export interface Comparison {
  id: string;
  label: string;
  before: Rule[];
  after: Rule[];
}

const FORMAT_LABELS: Record<RepliesFormat | 'auto', string> = {
  auto: 'Detect from the file',
  text: 'Plain text, replies separated by a blank line',
  csv: 'CSV with a "text" column',
  jsonl: 'JSON Lines, one {"text": …} per line',
};

export function ImpactPreview({ comparisons }: { comparisons: Comparison[] }) {
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState('');
  const [format, setFormat] = useState<RepliesFormat | 'auto'>('auto');
  const [choice, setChoice] = useState(comparisons[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ impacts: RuleImpact[]; replies: number; comparison: Comparison } | null>(null);
  const comparison = comparisons.find((c) => c.id === choice) ?? comparisons[0];
  const effectiveFormat: RepliesFormat = format === 'auto' ? detectFormat(fileName, content) : format;

  const run = () => {
    setError(null);
    if (!comparison) return;
    let replies: PastReply[];
    try {
      replies = parseReplies(content, effectiveFormat);
    } catch (e) {
      setResult(null);
      setError(`These replies could not be read as ${FORMAT_LABELS[effectiveFormat]}: ${(e as Error).message}`);
      return;
    }
    if (replies.length === 0) {
      setResult(null);
      setError('Paste or load some past replies first.');
      return;
    }
    setResult({ impacts: compareRules(comparison.before, comparison.after, replies), replies: replies.length, comparison });
  };

  const rows = useMemo(() => result?.impacts.filter((i) => i.status !== 'unchanged' || i.before !== i.after) ?? [], [result]);
  const outdated = result && comparison && (result.comparison.before !== comparison.before || result.comparison.after !== comparison.after);

  return (
    <div className="impact">
      {comparisons.length > 1 ? (
        <div className="field">
          <label htmlFor="impact-compare">Compare</label>
          <select id="impact-compare" value={comparison?.id} onChange={(e) => setChoice(e.target.value)}>
            {comparisons.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="muted">Compares: {comparison?.label}.</p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor="impact-file">Load a file of past replies</label>
          <input
            id="impact-file"
            type="file"
            accept=".txt,.csv,.jsonl,.json,text/plain,text/csv,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setFileName(file.name);
              setContent(await readFileText(file));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="impact-format">Format</label>
          <select id="impact-format" value={format} onChange={(e) => setFormat(e.target.value as RepliesFormat | 'auto')}>
            {(['auto', 'text', 'csv', 'jsonl'] as const).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="impact-replies">…or paste them</label>
        <p className="field-hint" id="impact-replies-hint">
          {fileName ? `Loaded ${fileName}; read as ${FORMAT_LABELS[effectiveFormat]}.` : `Read as ${FORMAT_LABELS[effectiveFormat]}.`} They stay on this page and are not stored.
        </p>
        <textarea
          id="impact-replies"
          rows={6}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          aria-describedby={`impact-replies-hint${error ? ' impact-error' : ''}`}
          aria-invalid={error ? true : undefined}
        />
        <FieldErrors id="impact-error" messages={error ? [error] : []} />
      </div>
      <button type="button" className="primary" onClick={run} disabled={!comparison}>
        Preview impact
      </button>
      <div aria-live="polite">
        {result && (
          <div className="impact__result">
            {outdated && <p className="notice notice--info">The rules changed since this preview; run it again to update it.</p>}
            <p>
              Across {result.replies} past repl{result.replies === 1 ? 'y' : 'ies'}, {result.comparison.label.toLowerCase()}{' '}
              {rows.length === 0 ? 'change no finding.' : `change the findings of ${rows.length} rule${rows.length === 1 ? '' : 's'}:`}
            </p>
            {rows.length > 0 && (
              <table className="impact-table">
                <caption className="visually-hidden">Findings per changed rule, before and after</caption>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">Change</th>
                    <th scope="col">Findings before</th>
                    <th scope="col">Findings after</th>
                    <th scope="col">Examples</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const delta = row.after - row.before;
                    return (
                      <tr key={row.ruleId}>
                        <th scope="row" className="rule-id">
                          {row.ruleId}
                        </th>
                        <td>{row.status}</td>
                        <td>{row.before}</td>
                        <td>
                          {row.after}{' '}
                          <span className={delta > 0 ? 'delta delta--up' : delta < 0 ? 'delta delta--down' : 'delta'}>
                            ({delta > 0 ? '+' : ''}
                            {delta})
                          </span>
                        </td>
                        <td>
                          {row.gained.length > 0 && (
                            <>
                              <p className="muted">Newly flagged:</p>
                              <ul>
                                {row.gained.map((g, i) => (
                                  <li key={i}>
                                    “{g.text}” <span className="muted">(reply {g.replyId})</span>
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                          {row.lost.length > 0 && (
                            <>
                              <p className="muted">No longer flagged:</p>
                              <ul>
                                {row.lost.map((g, i) => (
                                  <li key={i}>
                                    “{g.text}” <span className="muted">(reply {g.replyId})</span>
                                  </li>
                                ))}
                              </ul>
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
