/**
 * The card's fill-in template (issue #10, item 3): the better sentence with a labelled text field per gap
 * that only the agent can fill, a live preview of the change in place, and Insert, enabled only once every
 * gap holds text. What the agent types lives in this component's state only: never stored, never sent.
 *
 * Keyboard: Tab and Shift+Tab move between the gaps, then on round the card (Insert once enabled, Dismiss),
 * Enter inserts when every gap is filled, Escape closes the card (or the list). Keys typed in a gap stay in the card: the page's own shortcuts never see them.
 */
import { useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Finding, FillInTemplate } from '../engine/types';
import { fillTemplate, FILL_IN_LIMITS, slotLabels } from '../engine/template-fill';
import { agentOnly } from '../coach/trusted';
import { compositionTracker, isInputMethodKey } from '../coach/input-method-key';
import { sentenceAround } from './change';
import type { CoachActions } from './store';

/** The fill-in templates of a finding, one at a time (a button moves to the next). */
export function FillIn({ finding, draft, actions }: { finding: Finding; draft: string; actions: CoachActions }) {
  const templates = finding.templates ?? [];
  const [which, setWhich] = useState(0);
  const index = Math.min(which, templates.length - 1);
  const template = templates[index];
  if (!template) return null;
  return (
    <TemplateForm
      // A fresh form (and fresh values) per template and per finding.
      key={`${index}:${template.source}:${template.start}`}
      finding={finding}
      template={template}
      index={index}
      count={templates.length}
      draft={draft}
      actions={actions}
      onNext={() => setWhich((index + 1) % templates.length)}
    />
  );
}

interface FormProps {
  finding: Finding;
  template: FillInTemplate;
  index: number;
  count: number;
  draft: string;
  actions: CoachActions;
  onNext(): void;
}

const stopHere = (event: SyntheticEvent) => event.stopPropagation();

function TemplateForm({ finding, template, index, count, draft, actions, onNext }: FormProps) {
  const labels = slotLabels(template);
  const prefills = template.parts.flatMap((p) => (p.slot === undefined ? [] : [p.value ?? '']));
  const [values, setValues] = useState<string[]>(prefills);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // Android's keyboards mark every key 229: it is the input method's only around a composition in a gap.
  const [compositions] = useState(compositionTracker);
  const filled = fillTemplate(template, values);
  const ready = filled !== null;
  const insert = () => {
    if (ready) actions.fill(finding, index, values);
  };
  const idBase = `rapport-fill-${finding.ruleId}-${template.start}-${index}`.replace(/[^\w-]/g, '-');

  const onKey = (slot: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    // A key the input method is using (Enter picks a conversion, Tab and arrows move among its candidates) is the
    // gap's alone: it neither inserts, nor moves on, nor reaches the card (input-method-key.ts).
    if (isInputMethodKey(event, compositions)) {
      event.stopPropagation();
      return;
    }
    // Escape goes on to the card (or the list), which closes itself and returns to the draft.
    if (event.key === 'Escape') return;
    const next = slot + (event.shiftKey ? -1 : 1);
    // Past the first or last gap, Tab is the card's: it goes on round the card's controls (Insert once enabled,
    // Dismiss, the other choices), so a card with a gap left empty can still be dismissed from the keyboard.
    if (event.key === 'Tab' && (next < 0 || next >= labels.length)) return;
    // Every other key typed in a gap is the gap's: neither the card's step keys nor the page see it.
    event.stopPropagation();
    if (event.key === 'Tab') {
      event.preventDefault();
      inputs.current[next]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (ready) insert();
      else inputs.current[values.findIndex((v) => !v.trim())]?.focus();
    }
  };

  return (
    // The opt-out marks keep the gaps from being read as a reply box: by the coach's own editor discovery
    // and by writing assistants in the page (the agent's words stay in the card).
    <div className="fill-in" data-rapport="fill-in" data-gramm="false" data-gramm_editor="false" data-enable-grammarly="false" role="group" aria-labelledby={`${idBase}-title`}>
      <p className="fill-in__title" id={`${idBase}-title`}>
        <strong>Fill in: </strong>
        {labels.length === 1 ? 'one gap only you can fill' : `${labels.length} gaps only you can fill`}
        {count > 1 && ` (template ${index + 1} of ${count})`}
      </p>
      <TemplatePreview template={template} values={values} draft={draft} />
      {labels.map((label, slot) => (
        <label key={slot} className="fill-in__slot" htmlFor={`${idBase}-${slot}`}>
          <span className="fill-in__label">{label}</span>
          <input
            ref={(el) => {
              inputs.current[slot] = el;
            }}
            id={`${idBase}-${slot}`}
            type="text"
            data-rapport="slot"
            data-slot={label}
            aria-label={`${label} (gap ${slot + 1} of ${labels.length})`}
            aria-required="true"
            maxLength={FILL_IN_LIMITS.valueChars}
            autoComplete="off"
            spellCheck
            value={values[slot] ?? ''}
            onChange={agentOnly((event) => {
              const next = [...values];
              next[slot] = event.currentTarget.value;
              setValues(next);
            })}
            onCompositionStart={compositions.start}
            onCompositionEnd={compositions.end}
            onKeyDown={agentOnly(onKey(slot))}
            onKeyUp={stopHere}
            onKeyPress={stopHere}
          />
        </label>
      ))}
      <div className="actions">
        <button
          type="button"
          className="apply"
          data-rapport="insert-template"
          disabled={!ready}
          aria-label={ready ? `Insert: ${filled.trim()}` : 'Insert (fill in every gap first)'}
          onClick={agentOnly(insert)}
        >
          Insert
        </button>
        {count > 1 && (
          <button type="button" className="secondary" data-rapport="next-template" onClick={agentOnly(onNext)}>
            Another template
          </button>
        )}
      </div>
    </div>
  );
}

/** The sentence with the template in place: what it replaces struck, its words marked, gaps named until filled. */
function TemplatePreview({ template, values, draft }: { template: FillInTemplate; values: readonly string[]; draft: string }) {
  const replaced = draft.slice(template.start, template.end);
  // An insert after a sentence's end mark still shows that sentence: read the context from the mark.
  const from = template.start === template.end && template.start > 0 ? template.start - 1 : template.start;
  const around = sentenceAround(draft, from, template.end, draft.slice(from, template.end));
  const context = { before: around.before + draft.slice(from, template.start), after: around.after };
  let slot = 0;
  return (
    <p className="change" data-rapport="template-preview" aria-hidden="true">
      {context.before && <span className="context">{context.before}</span>}
      {replaced && <del data-rapport="removed">{replaced}</del>}
      {template.parts.map((part, i) => {
        if (part.slot === undefined) return <ins key={i}>{part.literal}</ins>;
        const value = (values[slot++] ?? '').replace(/\s+/g, ' ').trim();
        return value ? (
          <ins key={i} data-rapport="slot-value">
            {value}
          </ins>
        ) : (
          <span key={i} className="gap" data-rapport="gap">
            {part.slot}
          </span>
        );
      })}
      {context.after && <span className="context">{context.after}</span>}
    </p>
  );
}
