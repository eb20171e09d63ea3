/**
 * A phrase rule's softer form (pack format 3, `softer`): where the flagged sentence answers what a calm customer asked
 * ("How do I link my account?" → "You'll need to sign out and back in"), the finding takes a milder severity and its
 * own message. The lead switches it on, picks the severity (never stronger than the rule's), writes the message and the
 * patterns that say when it applies; the pack's validation names any problem beside its field.
 */
import { SEVERITIES } from '../../lib/engine/types';
import type { PackProblem, Rule } from '../../lib/rules/schema';
import { describedBy, FieldErrors, LinesField, TextField } from './Field';
import { SEVERITY_LABELS } from './labels';
import { problemsAt } from './problems';

type PhraseRule = Extract<Rule, { kind: 'phrase' }>;
type Softer = NonNullable<PhraseRule['softer']>;

interface SofterFormProps {
  id: string;
  rule: PhraseRule;
  /** The whole rule's problems (paths from the rule), so each field shows its own. */
  problems: readonly PackProblem[];
  onChange(softer: Softer | undefined): void;
}

export function SofterForm({ id, rule, problems, onChange }: SofterFormProps) {
  const softer = rule.softer;
  const base = `${id}-softer`;
  // Problems about the softer form as a whole (no field of it named), e.g. "needs at least one pattern".
  const whole = problemsAt(problems, ['softer'])
    .filter((p) => p.index === undefined && (p.rest.length === 0 || !['severity', 'message', 'customerAsked', 'sentenceHas'].includes(String(p.rest[0]))))
    .map((p) => (p.rest.length ? `${p.rest.join('.')}: ${p.message}` : p.message));
  const at = (field: string) => problemsAt(problems, ['softer', field]);
  const milder = SEVERITIES.slice(0, SEVERITIES.indexOf(rule.severity) + 1);
  const update = (patch: Partial<Softer>) => softer && onChange({ ...softer, ...patch });

  return (
    <fieldset className="softer-form" aria-describedby={describedBy(`${base}-hint`, whole.length > 0 && `${base}-error`)}>
      <legend>Softer where it answers the customer</legend>
      <p className="field-hint" id={`${base}-hint`}>
        When the customer reads calm and the flagged sentence answers what they asked (or says why, or what they can do), the finding is milder and says
        so. It stays as the rule says beside an upset customer or another warning in the reply.
      </p>
      <div className="field field--inline">
        <input
          id={`${base}-on`}
          type="checkbox"
          checked={softer !== undefined}
          onChange={(e) => onChange(e.target.checked ? { severity: 'hint', message: rule.message, customerAsked: [], sentenceHas: [] } : undefined)}
        />
        <label htmlFor={`${base}-on`}>Use a softer form</label>
      </div>
      {softer && (
        <>
          <div className="field">
            <label htmlFor={`${base}-severity`}>Softer severity</label>
            <select id={`${base}-severity`} value={softer.severity} onChange={(e) => update({ severity: e.target.value as Rule['severity'] })}>
              {milder.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </select>
            <FieldErrors id={`${base}-severity-error`} messages={at('severity').map((p) => p.message)} />
          </div>
          <TextField
            id={`${base}-message`}
            label="Softer message"
            hint="What the agent reads instead: the friendlier form of an answer that is already right."
            value={softer.message}
            multiline
            errors={at('message').map((p) => p.message)}
            onChange={(message) => update({ message })}
          />
          <LinesField
            id={`${base}-customer-asked`}
            label="When the customer asked (patterns)"
            itemName="Customer pattern"
            hint="One per line, matched against each sentence of the customer's message, e.g. how (do|can) i"
            value={softer.customerAsked}
            problems={at('customerAsked')}
            onChange={(customerAsked) => update({ customerAsked })}
          />
          <LinesField
            id={`${base}-sentence-has`}
            label="When the flagged sentence has (patterns)"
            itemName="Sentence pattern"
            hint="One per line, matched against the flagged sentence: a reason, a way forward, e.g. (because|due to)"
            value={softer.sentenceHas}
            problems={at('sentenceHas')}
            onChange={(sentenceHas) => update({ sentenceHas })}
          />
        </>
      )}
      <FieldErrors id={`${base}-error`} messages={whole} />
    </fieldset>
  );
}
