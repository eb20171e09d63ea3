import { describe, expect, it, test } from 'vitest';
import { changeParts, describeChange, sentenceAround } from './change';

const render = (before: string, after: string) =>
  changeParts(before, after)
    .map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('');

describe('changeParts: the sentence with its removed and added words', () => {
  test.each([
    ['a removed opener, capitals compared loosely', 'Per our policy, refunds take 14 days.', 'Refunds take 14 days.', '[-Per our policy, -]Refunds take 14 days.'],
    ['an order turned into a question', 'You need to restart your router.', 'Could you restart your router?', '{+Could +}you [-need to -]restart your router[-.-]{+?+}'],
    ['a greeting inserted before the sentence, nothing struck', 'Per our records, there are no outages.', 'Hi there,\n\nPer our records, there are no outages.', '{+Hi there,\n\n+}Per our records, there are no outages.'],
    ['a closing appended after the sentence', 'Ticket closed', 'Ticket closed. If anything else comes up, just reply here.', 'Ticket closed{+. If anything else comes up, just reply here.+}'],
    ['a removal', 'Please be advised that we', 'We', '[-Please be advised that -]We'],
    ['no change', 'Thanks!', 'Thanks!', 'Thanks!'],
  ])('%s', (_name, before, after, expected) => {
    expect(render(before, after)).toBe(expected);
  });

  it('keeps every character: the plain and removed parts spell the old text, the plain and added parts the new', () => {
    const before = 'Per our policy, refunds take 14 days and you need to wait.';
    const after = 'Refunds take 14 days, and could you bear with us?';
    const parts = changeParts(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('').toLowerCase()).toBe(before.toLowerCase());
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('').toLowerCase()).toBe(after.toLowerCase());
  });

  it('shows a huge span as one replacement instead of diffing it word by word (bounded work on page text)', () => {
    const before = 'word '.repeat(2_000);
    const after = 'other '.repeat(2_000);
    expect(changeParts(before, after).map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});

describe('describeChange: a choice named by its change', () => {
  test.each([
    ['a greeting is an insertion, on its own paragraph', 'Per our records, there are no outages.', 'Hi Maria,\n\nPer our records, there are no outages.', 'insert', 'Add “Hi Maria,” on its own paragraph'],
    ['a closing is an insertion', 'Ticket closed', 'Ticket closed. Let me know if there is anything else I can do.', 'insert', 'Add “. Let me know if there is anything else I can do.”'],
    ['a removed opener names what goes, not the bare next word', 'Per our policy, refunds', 'Refunds', 'remove', 'Remove “Per our policy,”'],
    ['"The system shows your" → "Your" is a removal', 'The system shows your', 'Your', 'remove', 'Remove “The system shows”'],
    ['a rewording shows its new words', 'You need to restart your router.', 'Could you restart your router?', 'replace', '“Could you restart your router?”'],
    ['a one-word replacement keeps a neighbour so it is not a bare fragment', 'The fee applies.', 'A fee applies.', 'replace', '“A fee…”'],
    ['removing everything', 'Kindly note', '', 'remove', 'Remove “Kindly note”'],
  ])('%s', (_name, before, after, kind, label) => {
    const change = describeChange(before, after);
    expect(change.kind).toBe(kind);
    expect(change.label).toBe(label);
  });

  it('says where an inserted line goes, in an accessible name that contains the visible label', () => {
    const change = describeChange('Thanks for waiting.', 'Hi Sam,\n\nThanks for waiting.');
    expect(change.ariaLabel).toBe('Apply: add “Hi Sam,” on its own paragraph, before the sentence');
    expect(change.ariaLabel.toLowerCase()).toContain(change.label.toLowerCase());
  });

  it('names a split paragraph by where the break goes', () => {
    const change = describeChange('First part. Second part of it all.', 'First part.\n\nSecond part of it all.');
    expect(change.label).toBe('New paragraph before “Second part of it…”');
    expect(change.ariaLabel).toBe('Apply: new paragraph before “Second part of it…”');
  });

  it('keeps the line breaks of a rewording in its label', () => {
    const change = describeChange('Steps: restart it', 'Here is how:\n1. Restart it');
    expect(change.label).toContain('\n');
  });

  it('says what a replacement turns into, in full, for screen readers', () => {
    expect(describeChange('You need to restart it.', 'Could you restart it?').ariaLabel).toBe(
      'Apply: change “You need to restart it.” to “Could you restart it?”',
    );
  });

  it('bounds a long label', () => {
    const long = `${'Thank you so much for your patience '.repeat(6)}today.`;
    const label = describeChange('Done.', `Done. ${long}`).label;
    expect(label.length).toBeLessThanOrEqual(90);
    expect(label.endsWith('…”')).toBe(true);
  });
});

describe('sentenceAround: the flagged words in their sentence', () => {
  const draft = 'Hi Sam,\n\nThanks for writing. Per our policy, refunds take 14 days. You need to send photos.';
  const at = (text: string) => [draft.indexOf(text), draft.indexOf(text) + text.length] as const;

  it('gives the rest of the sentence before and after a phrase', () => {
    const [start, end] = at('Per our policy, refunds');
    expect(sentenceAround(draft, start, end, 'Per our policy, refunds')).toEqual({ before: '', after: ' take 14 days.' });
    const [s2, e2] = at('refunds take');
    expect(sentenceAround(draft, s2, e2, 'refunds take')).toEqual({ before: 'Per our policy, ', after: ' 14 days.' });
  });

  it('adds nothing to a finding that is a whole sentence', () => {
    const [start, end] = at('You need to send photos.');
    expect(sentenceAround(draft, start, end, 'You need to send photos.')).toEqual({ before: '', after: '' });
  });

  it('adds nothing when the draft changed under the finding', () => {
    expect(sentenceAround(draft, 0, 5, 'Hello')).toEqual({ before: '', after: '' });
  });

  it('bounds the context of a sentence with no end', () => {
    const long = `${'word '.repeat(100)}flagged ${'word '.repeat(100)}`;
    const start = long.indexOf('flagged');
    const { before, after } = sentenceAround(long, start, start + 7, 'flagged');
    expect(before.startsWith('…')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length + after.length).toBeLessThanOrEqual(2 * 160 + 2);
  });
});
