// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { startAnalysisScheduler } from './analysis-scheduler';
import { startApply, type ApplyFeature } from './apply';
import { useHarness, type Harness } from './testing/harness';
import { createAnalyzer } from '../engine/analyzer';
import { deletingRule } from '../engine/testing/deleting-rule';

/**
 * Session 43 (issue #10): the in-page Apply writes a deletion of a sentence alone on its line over the span the engine
 * gives (lib/engine/line-deletion.ts), so the line and one blank line beside it go, not only the words.
 */
const stockLine = deletingRule('we value you as a customer');
const engine = createAnalyzer([stockLine]);

let h: Harness;
let applying: ApplyFeature;
const DRAFT = 'Hi Zoë 👋,\r\n\r\nI have refunded it.\r\n\r\nWe value you as a customer.\r\n\r\nBest,\r\nTom';
const current = useHarness(DRAFT, (started) => {
  // The real engine's findings, so the span is the one the page would get.
  started.checker.check = async (text, options) => engine.analyze(text, options);
  applying = startApply(started.session, startAnalysisScheduler(started.session, started.checker, started.gate));
});
beforeEach(() => {
  h = current();
});

describe('Apply of a deletion alone on its line', () => {
  it('takes the line and one blank line, leaving one blank line between the paragraphs', async () => {
    const finding = h.session.store.get().findings.find((f) => f.ruleId === 'stock-line')!;
    expect(await applying.apply(finding, finding.suggestions.indexOf(''))).toBe('applied');
    // A textarea keeps "\r\n" as "\n" (its value normalises line ends); the offsets came from the same text.
    expect(h.field.value.replace(/\r\n/g, '\n')).toBe('Hi Zoë 👋,\n\nI have refunded it.\n\nBest,\nTom');
  });
});
