import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_FORMAT_VERSION, validatePack, type RuleInput } from '../rules/schema';
import { createAnalyzer } from './analyzer';
import {
  FILL_IN_LIMITS,
  fillTemplate,
  parseFillIn,
  resolveFillIns,
  slotLabels,
  templateAsAdvice,
  type FillInTemplate,
} from './template-fill';

const noCaptures = new Map<string, string>();

describe('parseFillIn', () => {
  it('reads literal words and labelled slots, with an optional capture to prefill from', () => {
    const parsed = parseFillIn("I can't {what you can't do <action>}, but here's what I can do: {what you can offer}.");
    expect(parsed).toEqual({
      ok: true,
      parts: [
        { literal: "I can't " },
        { slot: "what you can't do", from: 'action' },
        { literal: ", but here's what I can do: " },
        { slot: 'what you can offer', from: null },
        { literal: '.' },
      ],
    });
  });

  it.each([
    ['I can offer {what you can offer.', 'never closed'],
    ['I can offer what you can offer}.', 'closes no {slot}'],
    ['I can offer {what {you} can}.', 'never closed'],
    ['I can offer {}.', 'no label'],
    ['I can offer {   }.', 'no label'],
    ['I can offer {a <b c>}.', '<name> names one capture'],
    ['I can offer {a <b>} extra}.', 'closes no {slot}'],
    ['I can offer {a <b> c}.', '<name> names one capture'],
    ['I can offer {a <b}.', '<name> names one capture'],
    ['I can offer {x|upper}.', 'plain words'],
    ['I can offer {when} by {When}.', 'twice'],
    ['I can offer nothing to fill.', 'has no {slot}'],
    [`{${'x'.repeat(41)}}`, 'longer than 40'],
    [`${'{a}{b}{c}{d}'}{e}`, 'more than 4 slots'],
    ['x'.repeat(FILL_IN_LIMITS.templateChars + 1), `at most ${FILL_IN_LIMITS.templateChars}`],
  ])('refuses %j (%s)', (template, problem) => {
    const parsed = parseFillIn(template);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  it('accepts labels in any alphabet, with digits, apostrophes and hyphens', () => {
    expect(parseFillIn('{qué puedes ofrecer} — {the 2nd step’s link-text}').ok).toBe(true);
  });

  it('reads untrusted text in linear time and never throws (braces, emoji, very long input)', () => {
    const hostile = ['{'.repeat(50_000), '}'.repeat(50_000), '{a'.repeat(25_000), '😀{😀}'.repeat(10_000), `{a <${'b'.repeat(50_000)}`];
    for (const input of hostile) expect(parseFillIn(input).ok).toBe(false);
    expect(parseFillIn('We can send 😀 {what you can offer} 🎉.').ok).toBe(true);
  });
});

/** A template resolved on its own sentence (offsets are the sentence's). */
function resolved(sentence: string, start: number, end: number, text: string, at?: 'match' | 'end' | 'after', captures = noCaptures): FillInTemplate {
  const [template] = resolveFillIns(sentence, { start, end, captures }, [{ text, at }]);
  return template!;
}

const write = (sentence: string, t: FillInTemplate, values: string[]) => sentence.slice(0, t.start) + fillTemplate(t, values)! + sentence.slice(t.end);

describe('resolveFillIns and fillTemplate', () => {
  it('replaces the flagged words, taking over the end mark the template brings, and prefills from a capture', () => {
    const sentence = 'It is not possible to refund this order.';
    const t = resolved(sentence, 0, 39, "I can't {what you can't do <action>}, but here's what I can do: {what you can offer}.", 'match', new Map([['action', 'refund this order']]));
    expect(t).toMatchObject({ start: 0, end: 40 });
    expect(t.parts.filter((p) => p.slot).map((p) => p.value)).toEqual(['refund this order', '']);
    expect(write(sentence, t, ['refund this order', 'a free exchange this week'])).toBe("I can't refund this order, but here's what I can do: a free exchange this week.");
  });

  it('offers a whole-sentence template in place only where the flagged words are the whole sentence', () => {
    const template = [{ text: 'Could you {what you still need}?' }];
    expect(resolveFillIns('The claim was rejected because you did not provide a photo.', { start: 31, end: 58, captures: noCaptures }, template)).toEqual([]);
    expect(resolveFillIns('Sadly you never sent it.', { start: 6, end: 23, captures: noCaptures }, template)).toEqual([]);
    expect(resolveFillIns('You never sent it.', { start: 0, end: 17, captures: noCaptures }, template)).toHaveLength(1);
    // A phrase-sized template still goes in place inside a longer sentence.
    expect(resolveFillIns('We will reply soon, promise.', { start: 14, end: 18, captures: noCaptures }, [{ text: 'by {when}' }])).toMatchObject([{ start: 14, end: 18 }]);
  });

  it('adds a new sentence after the flagged one, with an end mark where it had none', () => {
    const t = resolved('We cannot refund this order.  ', 0, 15, 'What I can do instead is {what you can offer}.', 'after');
    expect(t).toMatchObject({ start: 28, end: 28 });
    expect(write('We cannot refund this order.  ', t, ['a store credit'])).toBe('We cannot refund this order. What I can do instead is a store credit.  ');
    const bare = resolved('We cannot refund this order', 0, 15, '{what you can offer} is what I can do.', 'after');
    expect(write('We cannot refund this order', bare, ['a store credit'])).toBe('We cannot refund this order. A store credit is what I can do.');
  });

  it('joins the end of the sentence before its end mark and closing quote', () => {
    const sentence = 'Please allow 20 working days.';
    const t = resolved(sentence, 0, 28, ", and I'll check on it by {the date}", 'end');
    expect(t).toMatchObject({ start: 28, end: 28 });
    expect(write(sentence, t, ['Friday 14 March'])).toBe("Please allow 20 working days, and I'll check on it by Friday 14 March.");
    expect(write('Say "wait."', resolved('Say "wait."', 0, 3, ', {x}', 'end'), ['y'])).toBe('Say "wait, y."');
  });

  it('writes nothing while any slot is blank, and keeps the agent’s text as typed otherwise', () => {
    const t = resolved('We cannot refund it.', 0, 15, 'I can {what} by {when}.', 'after');
    expect(slotLabels(t)).toEqual(['what', 'when']);
    expect(fillTemplate(t, ['send a label', ''])).toBeNull();
    expect(fillTemplate(t, ['send a label', '   \n '])).toBeNull();
    expect(fillTemplate(t, ['send a label'])).toBeNull();
    expect(fillTemplate(t, ['send a {label} 😀', 'Friday.'])).toBe(' I can send a {label} 😀 by Friday.');
    expect(fillTemplate(t, ['send\n\na label', 'Friday'])).toBe(' I can send a label by Friday.');
  });

  it('bounds what it keeps of a very long value', () => {
    const t = resolved('We cannot refund it.', 0, 15, 'I can {what}.', 'after');
    const filled = fillTemplate(t, ['x'.repeat(100_000)])!;
    expect(filled.length).toBe(' I can .'.length + FILL_IN_LIMITS.valueChars);
  });

  it('capitalises a value that opens a sentence', () => {
    const t = resolved('No.', 0, 2, '{what you can offer} is on its way.', 'after');
    expect(fillTemplate(t, ['a new kettle'])).toBe(' A new kettle is on its way.');
  });

  it('shows a template as advice with its slots and any prefill', () => {
    const t = resolved('It is not possible to refund it.', 0, 31, "I can't {what you can't do <action>}, but I can {what you can offer}.", 'match', new Map([['action', 'refund it']]));
    expect(templateAsAdvice(t)).toBe("I can't [what you can't do: refund it], but I can [what you can offer].");
  });
});

const refusal: RuleInput = {
  id: 'bare-refusal',
  kind: 'phrase',
  principle: 'positivity',
  severity: 'suggestion',
  message: 'Positivity: a bare refusal leaves the customer at a dead end.',
  patterns: ['^it is not possible to [<action>#Verb .*]'],
  templates: [
    { text: "I can't {what you can't do <action>}, but here's what I can do: {what you can offer}." },
    { text: 'What I can do instead is {what you can offer}.', at: 'after' },
  ],
  advice: 'Say what you can do instead, in the next sentence.',
  examples: { flag: [{ text: 'It is not possible to refund this order.', becomes: null }], pass: ['I can refund this order.'] },
};
const pack = (rules: unknown[]) => ({ format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, id: 'team', name: 'Team', version: '1.0.0', rules });

describe('templates in a pack', () => {
  it('are validated with the pack, and a malformed one rejects it with the field named', () => {
    expect(validatePack(pack([refusal])).ok).toBe(true);
    const cases: [unknown, string][] = [
      [[{ text: 'I can offer {what you can offer.' }], 'templates[0].text'],
      [[{ text: 'I can offer {x <nothing>}.' }], 'templates[0].text'],
      [[{ text: 'I can offer {x} …' }], 'templates[0].text'],
      [[{ text: 'I can offer {x}.', at: 'before' }], 'templates[0].at'],
      [[{ text: 'I can offer {x}.', where: 'after' }], 'templates[0].where'],
      [[{ text: '{a}' }, { text: '{b}' }, { text: '{c}' }, { text: '{d}' }], 'templates'],
      [['I can offer {x}.'], 'templates[0]'],
    ];
    for (const [templates, where] of cases) {
      const result = validatePack(pack([{ ...refusal, templates }]));
      expect(result.ok, JSON.stringify(templates)).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.where)).toContain(`rules[0] "bare-refusal" › ${where}`);
    }
  });

  it('reach the finding resolved against the sentence, at the draft’s offsets, prefilled with the agent’s words', () => {
    const checked = validatePack(pack([refusal]));
    if (!checked.ok) throw new Error('the pack is valid');
    const draft = 'Hi Sam,\n\nIt is not possible to refund this order. Thanks!';
    const [finding] = createAnalyzer(checked.pack).analyze(draft).findings.filter((f) => f.ruleId === 'bare-refusal');
    expect(finding!.suggestions).toEqual([]);
    const [inPlace, after] = finding!.templates!;
    expect(draft.slice(inPlace!.start, inPlace!.end)).toBe('It is not possible to refund this order.');
    expect(inPlace!.parts.find((p) => p.slot === "what you can't do")!.value).toBe('refund this order');
    expect(after!.start).toBe(draft.indexOf(' Thanks!'));
    const filled = fillTemplate(inPlace!, ['refund this order', 'a free exchange'])!;
    expect(draft.slice(0, inPlace!.start) + filled + draft.slice(inPlace!.end)).toBe("Hi Sam,\n\nI can't refund this order, but here's what I can do: a free exchange. Thanks!");
  });
});
