/**
 * Edits one rule. Every change is validated as the lead types, with the engine's own schema
 * (validateRule, via resolveRules), and each problem is shown next to its field. The rule's own
 * flag/pass examples carry a pass/fail mark, checked like the RuleTester does.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { CHANNELS, type Channel } from '../../lib/engine/channel';
import { SEVERITIES } from '../../lib/engine/types';
import type { FlagExample, PackProblem, Rule } from '../../lib/rules/schema';
import type { ResolvedRule } from '../../lib/store-schema/rule-edits';
import { ruleExamples } from './examples-cache';
import { describedBy, FieldErrors, LinesField, PrincipleField, TextField } from './Field';
import { plainFieldProblem } from './plain-problems';
import { otherProblems, problemsAt, type FieldProblem } from './problems';
import { SEVERITY_LABELS } from './labels';
import { SofterForm } from './SofterForm';
import { TemplatesField } from './TemplatesField';

type PassExample = Rule['examples']['pass'][number];

export interface RuleEditorProps {
  entry: ResolvedRule;
  managedBy: string | null;
  onChange(candidate: Rule): void;
  onReset(): void;
  onDelete(): void;
}

const SHOWN_FIELDS = ['enabled', 'severity', 'channels', 'principle', 'title', 'message', 'description', 'phrases', 'patterns', 'unless', 'unlessNext', 'rewrites', 'templates', 'softer', 'options', 'examples'];

export function RuleEditor({ entry, managedBy, onChange, onReset, onDelete }: RuleEditorProps) {
  const rule = entry.draft;
  const base = `rule-${rule.id}`;
  const problems = entry.problems;
  // Each problem as a sentence naming its field ("The message is empty: …"), as the import problems read.
  const errorsAt = (field: 'title' | 'message' | 'description', name: string, whatToWrite?: string) =>
    problemsAt(problems, [field]).map((p) => plainFieldProblem(name, rule[field] ?? '', p.message, whatToWrite));
  const update = (patch: Partial<Rule>) => onChange({ ...rule, ...patch } as Rule);
  const locked = entry.locked;

  return (
    <div className="rule-editor" id={`${base}-editor`}>
      {locked && (
        <p className="managed-note">
          <span className="badge badge--managed">Managed</span> {entry.origin === 'managed' ? 'This rule comes from' : 'This rule is locked by'} the policy of{' '}
          <strong>{managedBy ?? 'your organization'}</strong>, so it can't be changed, switched off or deleted here.
        </p>
      )}
      <OtherProblems id={`${base}-other`} problems={otherProblems(problems, SHOWN_FIELDS).map((p) => `${p.where}: ${p.message}`)} />
      <fieldset disabled={locked} className="rule-editor__fields">
        <legend className="visually-hidden">Edit rule {rule.id}</legend>
        <div className="field-row">
          <div className="field field--inline">
            <input id={`${base}-enabled`} type="checkbox" checked={rule.enabled} onChange={(e) => update({ enabled: e.target.checked })} />
            <label htmlFor={`${base}-enabled`}>Enabled</label>
          </div>
          <div className="field">
            <label htmlFor={`${base}-severity`}>Severity</label>
            <select id={`${base}-severity`} value={rule.severity} onChange={(e) => update({ severity: e.target.value as Rule['severity'] })}>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <PrincipleField id={`${base}-principle`} value={rule.principle} onChange={(principle) => update({ principle })} />
        </div>
        <ChannelSettings id={base} rule={rule} problems={problems} onChange={(channels) => update({ channels })} />
        <TextField
          id={`${base}-title`}
          label="Title"
          hint="What the rule is called in this list, in a few plain words."
          value={rule.title ?? ''}
          errors={errorsAt('title', 'title')}
          onChange={(title) => update({ title: title === '' ? undefined : title })}
        />
        <TextField
          id={`${base}-message`}
          label="Message"
          hint="What the agent reads: name the principle, then explain it in one friendly sentence."
          value={rule.message}
          multiline
          errors={errorsAt('message', 'message', 'write one friendly sentence for the agent that names the principle and explains it')}
          onChange={(message) => update({ message })}
        />
        <TextField
          id={`${base}-description`}
          label="What it catches, in one line (optional)"
          value={rule.description ?? ''}
          multiline
          errors={errorsAt('description', 'one-line description')}
          onChange={(description) => update({ description: description === '' ? undefined : description })}
        />
        {rule.kind === 'phrase' ? (
          <>
            <LinesField
              id={`${base}-phrases`}
              label="Phrases"
              itemName="Phrase"
              hint="One per line. Matched as whole words, in any letter case."
              value={rule.phrases}
              problems={problemsAt(problems, ['phrases'])}
              onChange={(phrases) => update({ phrases })}
            />
            <LinesField
              id={`${base}-patterns`}
              label="Patterns"
              itemName="Pattern"
              hint={
                <>
                  One per line, in compromise match syntax, e.g. <code>you (need|have) to [&lt;action&gt;#Verb .*]</code>. Name a capture to use it in a rewording.
                </>
              }
              value={rule.patterns}
              problems={problemsAt(problems, ['patterns'])}
              onChange={(patterns) => update({ patterns })}
            />
            <LinesField
              id={`${base}-unless`}
              label="Unless (exceptions)"
              itemName="Exception"
              hint="One pattern per line: when one is in the same sentence, the rule stays quiet."
              value={rule.unless}
              problems={problemsAt(problems, ['unless'])}
              onChange={(unless) => update({ unless })}
            />
            <LinesField
              id={`${base}-unless-next`}
              label="Unless the next sentence (exceptions)"
              itemName="Next-sentence exception"
              hint="One pattern per line: when one is in the sentence right after the match (say, what you can do instead), the rule stays quiet."
              value={rule.unlessNext}
              problems={problemsAt(problems, ['unlessNext'])}
              onChange={(unlessNext) => update({ unlessNext })}
            />
            <LinesField
              id={`${base}-rewrites`}
              label="Rewordings"
              itemName="Rewording"
              hint={
                <>
                  One per line: what replaces the flagged words. <code>{'{action}'}</code> inserts a capture, <code>{'{action|gerund}'}</code> transforms it.
                </>
              }
              value={rule.rewrites}
              problems={problemsAt(problems, ['rewrites'])}
              onChange={(rewrites) => update({ rewrites })}
            />
            <TemplatesField
              id={`${base}-templates`}
              value={rule.templates ?? []}
              problems={problemsAt(problems, ['templates'])}
              onChange={(templates) => update({ templates } as Partial<Rule>)}
            />
            <SofterForm id={base} rule={rule} problems={problems} onChange={(softer) => update({ softer } as Partial<Rule>)} />
          </>
        ) : (
          <StructureOptions id={base} rule={rule} errors={problemsAt(problems, ['options'])} onChange={(options) => update({ options } as Partial<Rule>)} />
        )}
        <ExamplesEditor id={base} rule={rule} valid={problems.length === 0} problems={problems} onChange={(examples) => update({ examples })} />
      </fieldset>
      {!locked && (
        <div className="button-row">
          {entry.origin === 'pack' && (entry.edited || problems.length > 0) && (
            <button type="button" onClick={onReset}>
              Reset to the pack's version
            </button>
          )}
          <button type="button" className="danger" onClick={onDelete}>
            Delete rule
          </button>
        </div>
      )}
    </div>
  );
}

export const CHANNEL_LABELS: Record<Channel, string> = { email: 'E-mail', chat: 'Chat', social: 'Social' };

type ChannelChoice = 'same' | 'off' | Rule['severity'];

/** One choice per channel from the rule's `channels` setting: the same as the rule, switched off, or its own severity. */
function choiceFor(rule: Rule, channel: Channel): ChannelChoice {
  const own = rule.channels?.[channel];
  if (!own) return 'same';
  if (own.enabled === false) return 'off';
  if (own.severity) return own.severity;
  return own.enabled && !rule.enabled ? rule.severity : 'same';
}

/** The channels where the rule differs from its own settings, for the rules list: "Social: off", "Chat: hint". */
export function channelSummary(rule: Rule): string[] {
  return CHANNELS.flatMap((channel) => {
    const choice = choiceFor(rule, channel);
    if (choice === 'same') return [];
    return [`${CHANNEL_LABELS[channel]}: ${choice === 'off' ? 'off' : SEVERITY_LABELS[choice].toLowerCase()}`];
  });
}

type ChannelSetting = NonNullable<NonNullable<Rule['channels']>[Channel]>;

/** The channel's setting for a choice, keeping its exemptions (undefined: none, the rule's own apply). */
function settingFor(rule: Rule, channel: Channel, choice: ChannelChoice): ChannelSetting | undefined {
  const unless = rule.channels?.[channel]?.unless;
  const chosen: ChannelSetting = choice === 'same' ? {} : choice === 'off' ? { enabled: false } : rule.enabled ? { severity: choice } : { enabled: true, severity: choice };
  return withUnless(chosen, unless);
}

/** A channel's setting with these exemptions (none when the list is empty), or undefined when nothing is left in it. */
function withUnless(setting: ChannelSetting, unless: readonly string[] | undefined): ChannelSetting | undefined {
  const { unless: _old, ...rest } = setting;
  const next = unless?.length ? { ...rest, unless: [...unless] } : rest;
  return Object.keys(next).length ? next : undefined;
}

/**
 * What the rule does on each channel (the one the agent picks in the popup, or the helpdesk names): as the rule says,
 * off, or at another severity. Cleared settings stay an empty object, so clearing a pack rule's setting is an edit.
 */
function ChannelSettings({ id, rule, problems: all, onChange }: { id: string; rule: Rule; problems: readonly PackProblem[]; onChange(channels: Rule['channels']): void }) {
  const same = rule.enabled ? SEVERITY_LABELS[rule.severity].toLowerCase() : 'off';
  // A channel's exemptions show their problems beside their own field; the rest here.
  const problems = problemsAt(all, ['channels']).filter((p) => p.rest[1] !== 'unless');
  const messages = problems.map((p) => (p.rest.length ? `${p.rest.join('.')}: ${p.message}` : p.message));
  const set = (channel: Channel, setting: ChannelSetting | undefined) => {
    const next: NonNullable<Rule['channels']> = {};
    for (const c of CHANNELS) {
      const kept = c === channel ? setting : rule.channels?.[c];
      if (kept) next[c] = kept;
    }
    onChange(next);
  };
  const change = (channel: Channel, choice: ChannelChoice) => set(channel, settingFor(rule, channel, choice));
  const changeUnless = (channel: Channel, unless: string[]) => set(channel, withUnless(rule.channels?.[channel] ?? {}, unless));
  return (
    <fieldset className="channel-settings" aria-describedby={describedBy(`${id}-channels-hint`, messages.length > 0 && `${id}-channels-error`)}>
      <legend>By channel</legend>
      <p className="field-hint" id={`${id}-channels-hint`}>
        Where the reply goes (the agent's choice in the popup, or what the helpdesk says). A short public reply on social is not an e-mail: soften or switch
        off a rule there.
      </p>
      <div className="field-row">
        {CHANNELS.map((channel) => (
          <div className="field" key={channel}>
            <label htmlFor={`${id}-channel-${channel}`}>{CHANNEL_LABELS[channel]}</label>
            <select id={`${id}-channel-${channel}`} value={choiceFor(rule, channel)} onChange={(e) => change(channel, e.target.value as ChannelChoice)}>
              <option value="same">As the rule ({same})</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_LABELS[s]}
                </option>
              ))}
              <option value="off">Off</option>
            </select>
          </div>
        ))}
      </div>
      <FieldErrors id={`${id}-channels-error`} messages={messages} />
      {rule.kind === 'phrase' &&
        CHANNELS.map((channel) => (
          <LinesField
            key={channel}
            id={`${id}-unless-${channel}`}
            label={`Unless, on ${CHANNEL_LABELS[channel]} only (exceptions)`}
            itemName="Exception"
            hint={`One pattern per line, added to the rule's own exceptions on ${CHANNEL_LABELS[channel]} replies only.`}
            value={[...(rule.channels?.[channel]?.unless ?? [])]}
            problems={problemsAt(all, ['channels', channel, 'unless'])}
            onChange={(unless) => changeUnless(channel, unless)}
          />
        ))}
    </fieldset>
  );
}

function OtherProblems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return <FieldErrors id={id} messages={problems} />;
}

function StructureOptions({ id, rule, errors, onChange }: { id: string; rule: Extract<Rule, { kind: 'structure' }>; errors: FieldProblem[]; onChange(options: Record<string, unknown>): void }) {
  const [text, setText] = useState(() => JSON.stringify(rule.options, null, 2));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setText((current) => {
      try {
        if (JSON.stringify(JSON.parse(current)) === JSON.stringify(rule.options)) return current;
      } catch {
        // The lead is mid-edit; an outside change (reset) still wins below.
      }
      setParseError(null);
      return JSON.stringify(rule.options, null, 2);
    });
  }, [rule.options]);
  const messages = [
    ...(parseError ? [parseError] : []),
    ...errors.map((e) => (e.rest.length || e.index !== undefined ? `${[e.index, ...e.rest].filter((x) => x !== undefined).join('.')}: ${e.message}` : e.message)),
  ];
  return (
    <>
      <p className="field-static">
        Whole-reply check: <code>{rule.check}</code>
      </p>
      <div className="field">
        <label htmlFor={`${id}-options`}>Options (JSON)</label>
        <p className="field-hint" id={`${id}-options-hint`}>
          The check's settings, e.g. <code>{'{ "maxWords": 110 }'}</code>. Greeting, closing and wall-of-text also take settings per
          channel under <code>{'"channels": { "email", "chat", "social" }'}</code>, e.g. <code>{'{ "chat": { "when": "first-message" } }'}</code>.
        </p>
        <textarea
          id={`${id}-options`}
          className="mono"
          rows={4}
          spellCheck={false}
          value={text}
          aria-invalid={messages.length ? true : undefined}
          aria-describedby={describedBy(`${id}-options-hint`, messages.length > 0 && `${id}-options-error`)}
          onChange={(e) => {
            setText(e.target.value);
            try {
              const value: unknown = JSON.parse(e.target.value || '{}');
              if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('must be a JSON object like { "maxWords": 110 }');
              setParseError(null);
              onChange(value as Record<string, unknown>);
            } catch (error) {
              setParseError(`Not valid JSON: ${(error as Error).message}`);
            }
          }}
        />
        <FieldErrors id={`${id}-options-error`} messages={messages} />
      </div>
    </>
  );
}

function ExamplesEditor({
  id,
  rule,
  valid,
  problems,
  onChange,
}: {
  id: string;
  rule: Rule;
  valid: boolean;
  problems: ResolvedRule['problems'];
  onChange(examples: Rule['examples']): void;
}) {
  const deferred = useDeferredValue(rule);
  const results = useMemo(() => (valid ? ruleExamples(deferred) : null), [deferred, valid]);
  const flagProblems = problemsAt(problems, ['examples', 'flag']);
  const passProblems = problemsAt(problems, ['examples', 'pass']);
  const examples = rule.examples;
  const setFlag = (flag: FlagExample[]) => onChange({ ...examples, flag });
  const setPass = (pass: PassExample[]) => onChange({ ...examples, pass });
  const passText = (p: PassExample) => (typeof p === 'string' ? p : p.text);

  return (
    <div className="examples">
      <h4>Examples</h4>
      <p className="field-hint">
        The rule must flag every "must flag" example (its first rewording must give exactly the "becomes" text) and leave every "must leave alone" example
        alone. {valid ? '' : 'The marks appear once the rule has no problems.'}
      </p>
      <fieldset className="examples__group">
        <legend>Must flag</legend>
        <FieldErrors id={`${id}-flag-error`} messages={flagProblems.filter((p) => p.index === undefined).map((p) => p.message)} />
        <ol className="example-list">
          {examples.flag.map((example, i) => {
            const errorsFor = (sub: string) => flagProblems.filter((p) => p.index === i && p.rest[0] === sub).map((p) => p.message);
            const result = results?.flag[i];
            return (
              <li key={i} className="example">
                <ExampleMark result={result} />
                <TextField
                  id={`${id}-flag-${i}-text`}
                  label={`Must flag ${i + 1}`}
                  value={example.text}
                  errors={errorsFor('text')}
                  onChange={(text) => setFlag(examples.flag.map((e, j) => (j === i ? { ...e, text } : e)))}
                />
                <TextField
                  id={`${id}-flag-${i}-becomes`}
                  label={`Becomes ${i + 1}`}
                  hint="The whole text after the first rewording; leave empty when the rule offers none."
                  value={example.becomes ?? ''}
                  errors={errorsFor('becomes')}
                  onChange={(becomes) => setFlag(examples.flag.map((e, j) => (j === i ? { ...e, becomes: becomes === '' ? null : becomes } : e)))}
                />
                <button type="button" className="link-button" aria-label={`Remove must-flag example ${i + 1}`} onClick={() => setFlag(examples.flag.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => setFlag([...examples.flag, { text: '', becomes: null }])}>
          Add a must-flag example
        </button>
      </fieldset>
      <fieldset className="examples__group">
        <legend>Must leave alone</legend>
        <FieldErrors id={`${id}-pass-error`} messages={passProblems.filter((p) => p.index === undefined).map((p) => p.message)} />
        <ol className="example-list">
          {examples.pass.map((example, i) => (
            <li key={i} className="example">
              <ExampleMark result={results?.pass[i]} />
              <TextField
                id={`${id}-pass-${i}-text`}
                label={`Must leave alone ${i + 1}`}
                value={passText(example)}
                errors={passProblems.filter((p) => p.index === i).map((p) => p.message)}
                onChange={(text) => setPass(examples.pass.map((e, j) => (j === i ? (typeof e === 'string' ? text : { ...e, text }) : e)))}
              />
              <button type="button" className="link-button" aria-label={`Remove must-leave-alone example ${i + 1}`} onClick={() => setPass(examples.pass.filter((_, j) => j !== i))}>
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setPass([...examples.pass, ''])}>
          Add a must-leave-alone example
        </button>
      </fieldset>
    </div>
  );
}

export function ExampleMark({ result }: { result: { ok: boolean; reason?: string; got?: string } | undefined }) {
  if (!result) return <span className="mark mark--unknown">–</span>;
  if (result.ok)
    return (
      <span className="mark mark--pass">
        <span aria-hidden="true">✓</span> passes
      </span>
    );
  return (
    <span className="mark mark--fail">
      <span aria-hidden="true">✗</span> fails: {result.reason}
      {result.got !== undefined && (
        <>
          {' '}
          (gives “{result.got}”)
        </>
      )}
    </span>
  );
}
