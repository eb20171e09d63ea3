// @vitest-environment happy-dom
// Inserting a filled fill-in template goes through the same path as Apply: one editor edit at the template's
// own span, the status line, the count, and a fresh check; nothing is written while a gap is blank.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../engine/types';
import { startAnalysisScheduler } from './analysis-scheduler';
import { startApply, type ApplyFeature } from './apply';
import { useHarness, type Harness } from './testing/harness';

const DRAFT = 'Hello. You need to restart it.';
let h: Harness;
let applying: ApplyFeature;
const current = useHarness(DRAFT, (started) => {
  applying = startApply(started.session, startAnalysisScheduler(started.session, started.checker, started.gate));
});
beforeEach(() => {
  h = current();
});

/** The shown finding with a template that adds a sentence after it. */
const withTemplate = (): Finding => ({
  ...h.session.store.get().findings[0]!,
  templates: [{ source: 'I can {what I can do} by {when}.', start: DRAFT.length, end: DRAFT.length, parts: [{ literal: ' I can ' }, { slot: 'what I can do', value: '' }, { literal: ' by ' }, { slot: 'when', value: '' }, { literal: '.' }] }],
});

describe('Insert a fill-in template', () => {
  it('writes the filled sentence at the template’s span through the editor, says so, counts it and checks the new text', async () => {
    expect(await applying.fill(withTemplate(), 0, ['do it for you', 'noon'])).toBe('applied');
    expect(h.field.value).toBe('Hello. You need to restart it. I can do it for you by noon.');
    expect(h.session.store.get().status).toBe('Applied. Ctrl+Z undoes it.');
    expect(h.session.draft!.applied).toBe(1);
    expect(h.session.draft!.analysedText).toBe(h.field.value);
  });

  it('writes nothing while a gap is blank, or for a template the finding does not have', async () => {
    expect(await applying.fill(withTemplate(), 0, ['do it for you', '  '])).toBe('refused');
    expect(h.session.store.get().status).toBe('Fill in every gap before inserting.');
    expect(await applying.fill(withTemplate(), 1, ['a', 'b'])).toBe('refused');
    expect(h.field.value).toBe(DRAFT);
    expect(h.session.draft!.applied).toBe(0);
  });

  it('on a draft that changed since, checks again and writes nothing when the same template is not offered there', async () => {
    const finding = withTemplate();
    h.field.value = 'Hi Sam. You need to restart it.';
    expect(await applying.fill(finding, 0, ['do it for you', 'noon'])).toBe('gone');
    expect(h.field.value).toBe('Hi Sam. You need to restart it.');
  });
});
