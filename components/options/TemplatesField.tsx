/**
 * The rule editor's fill-in templates: one row per template, its text (literal words and `{label}` gaps,
 * `{label <capture>}` to prefill from the agent's words) and where it goes. Problems show under their row.
 */
import type { FillInPlace } from '../../lib/engine/template-fill';
import { FILL_IN_LIMITS } from '../../lib/engine/template-fill';
import { describedBy, FieldErrors } from './Field';
import type { FieldProblem } from './problems';

export interface TemplateEntry {
  text: string;
  at?: FillInPlace;
}

const PLACES: readonly { value: FillInPlace; label: string }[] = [
  { value: 'match', label: 'In place of the flagged words' },
  { value: 'end', label: 'At the end of the sentence' },
  { value: 'after', label: 'As a new sentence after it' },
];

interface TemplatesFieldProps {
  id: string;
  value: readonly TemplateEntry[];
  problems: FieldProblem[];
  onChange(value: TemplateEntry[]): void;
}

export function TemplatesField({ id, value, problems, onChange }: TemplatesFieldProps) {
  const set = (index: number, patch: Partial<TemplateEntry>) => {
    const next = value.map((t, i) => (i === index ? { ...t, ...patch } : t)).map((t) => (t.at === 'match' ? { text: t.text } : t));
    onChange(next);
  };
  const remove = (index: number) => {
    // An empty list, not a missing one: the lead's edit must override the pack's templates.
    onChange(value.filter((_, i) => i !== index));
  };
  const listErrors = problems.filter((p) => p.index === undefined).map((p) => p.message);
  return (
    <fieldset className="field templates-field" aria-describedby={describedBy(`${id}-hint`, listErrors.length > 0 && `${id}-error`)}>
      <legend>Fill-in templates</legend>
      <p className="field-hint" id={`${id}-hint`}>
        For what only the agent knows: the card shows a text field per <code>{'{gap}'}</code> and inserts the sentence once every gap is filled, e.g.{' '}
        <code>{"What I can do instead is {what you can offer}."}</code> <code>{'{label <action>}'}</code> prefills a gap from a capture.
      </p>
      {value.map((template, i) => {
        const rowErrors = problems.filter((p) => p.index === i).map((p) => (p.rest.length ? `${p.rest.join('.')}: ${p.message}` : p.message));
        const errorId = rowErrors.length ? `${id}-${i}-error` : undefined;
        return (
          <div className="template-row" key={i} data-testid="template-row">
            <label htmlFor={`${id}-${i}-text`}>Template {i + 1}</label>
            <input
              id={`${id}-${i}-text`}
              type="text"
              className="mono"
              spellCheck={false}
              value={template.text}
              aria-invalid={rowErrors.length ? true : undefined}
              aria-describedby={errorId}
              onChange={(e) => set(i, { text: e.target.value })}
            />
            <label htmlFor={`${id}-${i}-at`} className="visually-hidden">
              Where template {i + 1} goes
            </label>
            <select id={`${id}-${i}-at`} value={template.at ?? 'match'} onChange={(e) => set(i, { at: e.target.value as FillInPlace })}>
              {PLACES.map((place) => (
                <option key={place.value} value={place.value}>
                  {place.label}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => remove(i)} aria-label={`Remove template ${i + 1}`}>
              Remove
            </button>
            <FieldErrors id={`${id}-${i}-error`} messages={rowErrors} />
          </div>
        );
      })}
      {value.length < FILL_IN_LIMITS.templatesPerRule && (
        <button type="button" onClick={() => onChange([...value, { text: '', at: 'after' }])}>
          Add a template
        </button>
      )}
      <FieldErrors id={`${id}-error`} messages={listErrors} />
    </fieldset>
  );
}
