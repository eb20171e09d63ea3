/**
 * Try the current, unsaved rules on a reply: live underlines in a read-only preview, the
 * findings with their rewordings, the warmth score, and every rule's own examples with a
 * pass/fail mark. Nothing typed here is stored.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { warmthBand } from '../../lib/engine/score';
import type { Analysis } from '../../lib/engine/types';
import type { Rule } from '../../lib/rules/schema';
import type { ResolvedRule } from '../../lib/store-schema/rule-edits';
import { peekRuleExamples, ruleExamples } from './examples-cache';
import { runsFor } from './highlight';
import { CHANNEL_LABELS, ExampleMark } from './RuleEditor';
import { CHANNELS, DEFAULT_CHANNEL, isChannel, type Channel } from '../../lib/engine/channel';
import type { BenchEngine } from './bench-engine';
import { useBenchAnalysis } from './useBenchAnalysis';

const SAMPLE_REPLY = `You need to restart the router. As I said before, refunds are handled per our policy and there is nothing more we can do.

The ticket is closed.`;

export interface TestBenchProps {
  /** The rules to try: the working copy, valid rules only. */
  rules: Rule[];
  entries: ResolvedRule[];
  initialText?: string;
  /** Where the reply is checked: the browser's engine in the extension, an in-page analyzer in tests. */
  engine: BenchEngine;
}

const NOTHING_YET = { findings: [], scores: { warmth: 0 }, language: { checked: false } } as unknown as Analysis;

export function TestBench({ rules, entries, initialText = SAMPLE_REPLY, engine }: TestBenchProps) {
  const [text, setText] = useState(initialText);
  const [customer, setCustomer] = useState('');
  const [channel, setChannel] = useState<Channel>(DEFAULT_CHANNEL);
  const deferredRules = useDeferredValue(rules);
  const deferredText = useDeferredValue(text);
  const deferredCustomer = useDeferredValue(customer);
  const checked = useBenchAnalysis(engine, deferredRules, deferredText, deferredCustomer.trim() || undefined, channel);
  const analysis = checked.analysis ?? NOTHING_YET;
  const runs = useMemo(() => runsFor(deferredText, analysis.findings), [deferredText, analysis]);
  const band = warmthBand(analysis.scores.warmth);

  return (
    <div className="bench">
      <div className="bench__inputs">
        <div className="field">
          <label htmlFor="bench-text">Reply to try</label>
          <p className="field-hint" id="bench-text-hint">
            Rapport checks it with your current rules, saved or not. Nothing you type here is stored.
          </p>
          <textarea id="bench-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="bench-text-hint" />
        </div>
        <div className="field">
          <label htmlFor="bench-customer">Customer's message (optional)</label>
          <p className="field-hint" id="bench-customer-hint">
            Lets the rules that read the customer's mood (e.g. acknowledging frustration) take part.
          </p>
          <textarea id="bench-customer" rows={3} value={customer} onChange={(e) => setCustomer(e.target.value)} aria-describedby="bench-customer-hint" />
        </div>
        <div className="field">
          <label htmlFor="bench-channel">Channel</label>
          <p className="field-hint" id="bench-channel-hint">
            Where the reply goes: a chat or social reply expects no greeting or closing line, and rules set by channel follow it.
          </p>
          <select id="bench-channel" value={channel} onChange={(e) => isChannel(e.target.value) && setChannel(e.target.value)} aria-describedby="bench-channel-hint">
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="bench__output" aria-busy={checked.pending || deferredText !== text || deferredRules !== rules}>
        {checked.error && (
          <p role="alert" className="error">
            This reply could not be checked: {checked.error}
          </p>
        )}
        {checked.analysis ? (
          <>
          <p className={`warmth warmth--${band}`}>
            Warmth <strong data-testid="warmth-score">{analysis.scores.warmth}</strong>/100 <span className="warmth__band">({band})</span>
          </p>
          <meter className="warmth-meter" min={0} max={100} low={40} high={60} optimum={100} value={analysis.scores.warmth} aria-label="Warmth score" />
          </>
        ) : (
          !checked.error && <p className="muted">Checking…</p>
        )}
        {checked.analysis && !analysis.language.checked && (
          <p className="muted">{analysis.language.reason === 'not-english' ? 'This does not look like English, so Rapport leaves it alone.' : 'Type a reply to check it.'}</p>
        )}
        <h3 id="bench-preview-title">Preview</h3>
        <div className="preview" aria-labelledby="bench-preview-title" data-testid="bench-preview">
          {runs.map((run) =>
            run.findings.length ? (
              <mark
                key={run.start}
                className={`finding finding--${strongest(run.findings.map((f) => f.severity))}`}
                data-rule-ids={run.findings.map((f) => f.ruleId).join(' ')}
                title={run.findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n')}
              >
                {run.text}
              </mark>
            ) : (
              <span key={run.start}>{run.text}</span>
            ),
          )}
        </div>
        <h3 id="bench-findings-title">
          Findings {checked.analysis && <span className="muted">({analysis.findings.length})</span>}
        </h3>
        {/* Before the first answer there is nothing to count: "Nothing to flag." beside a cold reply misled. */}
        {!checked.analysis ? (
          <p className="muted">{checked.error ? 'No findings: the reply was not checked.' : 'The findings show here once the reply is checked.'}</p>
        ) : analysis.findings.length === 0 ? (
          <p>Nothing to flag.</p>
        ) : (
          <ol className="findings" aria-labelledby="bench-findings-title">
            {analysis.findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.start}-${i}`} className={`finding-item finding-item--${f.severity}`}>
                <p>
                  <strong>{f.ruleId}</strong> <span className="badge">{f.severity}</span> on <q className="flagged">{f.text}</q>
                </p>
                <p>{f.message}</p>
                {f.suggestions.length > 0 && (
                  <>
                    <p className="muted">Rewordings:</p>
                    <ul className="suggestions">
                      {f.suggestions.map((s, j) => (
                        <li key={j}>{s}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
      <RuleExamplesSummary entries={entries} />
    </div>
  );
}

const RANK = { hint: 0, suggestion: 1, warning: 2 } as const;
function strongest(severities: (keyof typeof RANK)[]): keyof typeof RANK {
  return severities.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'hint');
}

/**
 * Every rule's own examples, checked a few rules at a time so the page stays responsive. Checking all of them costs
 * seconds of CPU, so it starts when the team lead asks (the rule editor checks the open rule's examples live); once
 * started, a changed rule is re-checked as it changes.
 */
function RuleExamplesSummary({ entries }: { entries: ResolvedRule[] }) {
  const checkable = useMemo(() => entries.filter((e) => e.problems.length === 0), [entries]);
  const [, setTick] = useState(0);
  const [onlyFailing, setOnlyFailing] = useState(false);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const step = () => {
      if (cancelled) return;
      const todo = checkable.filter((e) => !peekRuleExamples(e.draft)).slice(0, 4);
      if (todo.length === 0) return;
      todo.forEach((e) => ruleExamples(e.draft));
      setTick((t) => t + 1);
      timer = setTimeout(step, 0);
    };
    timer = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [checkable, started]);

  const results = checkable.map((e) => ({ entry: e, result: peekRuleExamples(e.draft) }));
  const done = results.filter((r) => r.result);
  const failing = done.filter((r) => !r.result!.ok);
  const invalid = entries.length - checkable.length;
  const shown = onlyFailing ? failing : results;
  return (
    <section className="rule-examples" aria-labelledby="rule-examples-title">
      <h3 id="rule-examples-title">Each rule's own examples</h3>
      {!started && (
        <button type="button" onClick={() => setStarted(true)}>
          Check every rule's examples
        </button>
      )}
      <p aria-live="polite">
        {done.length === checkable.length
          ? `${checkable.length - failing.length} of ${checkable.length} rules pass all their examples${failing.length ? `; ${failing.length} fail` : ''}.`
          : started
            ? `Checking… ${done.length} of ${checkable.length} rules so far, ${failing.length} failing.`
            : `Not checked yet: ${checkable.length} rules.`}
        {invalid > 0 && ` ${invalid} rule${invalid === 1 ? ' has' : 's have'} problems to fix first.`}
      </p>
      {started && (
        <>
          <div className="field field--inline">
            <input id="examples-only-failing" type="checkbox" checked={onlyFailing} onChange={(e) => setOnlyFailing(e.target.checked)} />
            <label htmlFor="examples-only-failing">Show only failing rules</label>
          </div>
          <ul className="rule-examples__list">
            {shown.map(({ entry, result }) => (
              <li key={entry.id}>
                <details>
                  <summary>
                    {result ? (
                      result.ok ? (
                        <span className="mark mark--pass">
                          <span aria-hidden="true">✓</span> passes
                        </span>
                      ) : (
                        <span className="mark mark--fail">
                          <span aria-hidden="true">✗</span> fails
                        </span>
                      )
                    ) : (
                      <span className="mark mark--unknown">checking</span>
                    )}{' '}
                    <span className="rule-id">{entry.id}</span>
                  </summary>
                  {result && (
                    <ul className="example-results">
                      {result.flag.map((r, i) => (
                        <li key={`f${i}`}>
                          Must flag “{r.text}”: <ExampleMark result={r} />
                        </li>
                      ))}
                      {result.pass.map((r, i) => (
                        <li key={`p${i}`}>
                          Must leave alone “{r.text}”: <ExampleMark result={r} />
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
