/**
 * Labelled inputs that show their validation problems next to them, wired for assistive
 * technology: aria-invalid, and aria-describedby pointing at the hint and the error text.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { PRINCIPLE_IDS, PRINCIPLES, type PrincipleId } from '../../lib/engine/principles';
import type { FieldProblem } from './problems';

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="field-error" id={id}>
      {messages.map((m, i) => (
        <p key={i}>
          <span aria-hidden="true">⚠ </span>
          {m}
        </p>
      ))}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  errors?: string[];
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  spellCheck?: boolean;
}

export function TextField({ id, label, value, onChange, hint, errors = [], multiline, rows = 2, placeholder, disabled, className, spellCheck }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const common = {
    id,
    value,
    placeholder,
    disabled,
    spellCheck,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId),
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}

interface LinesFieldProps {
  id: string;
  label: ReactNode;
  /** What one line is, for error messages: "Pattern". */
  itemName: string;
  value: string[];
  onChange(value: string[]): void;
  hint?: ReactNode;
  problems?: FieldProblem[];
  disabled?: boolean;
}

/**
 * A list edited as lines of a textarea. Blank lines are ignored, and a problem about item i is
 * shown with the line it is on.
 */
export function LinesField({ id, label, itemName, value, onChange, hint, problems = [], disabled }: LinesFieldProps) {
  const [text, setText] = useState(() => value.join('\n'));
  // Follow outside changes (reset, undo) without fighting the lead's blank lines while typing.
  useEffect(() => {
    setText((current) => (JSON.stringify(parseLines(current)) === JSON.stringify(value) ? current : value.join('\n')));
  }, [value]);

  const lineOf = (index: number) => {
    const lines = text.split('\n');
    let seen = -1;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() !== '') seen++;
      if (seen === index) return i + 1;
    }
    return undefined;
  };
  const messages = problems.map((p) => {
    if (p.index === undefined) return p.message;
    const line = lineOf(p.index);
    return `${itemName} ${p.index + 1}${line ? ` (line ${line})` : ''}: ${p.message}`;
  });
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = messages.length ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="mono"
        rows={Math.min(8, Math.max(2, text.split('\n').length + 1))}
        value={text}
        disabled={disabled}
        spellCheck={false}
        aria-invalid={messages.length > 0 ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseLines(e.target.value));
        }}
      />
      <FieldErrors id={`${id}-error`} messages={messages} />
    </div>
  );
}

/** The principle a rule serves, picked by name (the rule editor and the new-rule form). */
export function PrincipleField({ id, value, onChange }: { id: string; value: PrincipleId; onChange: (principle: PrincipleId) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Principle</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as PrincipleId)}>
        {PRINCIPLE_IDS.map((p) => (
          <option key={p} value={p}>
            {PRINCIPLES[p].name}
          </option>
        ))}
      </select>
    </div>
  );
}
