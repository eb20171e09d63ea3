// A round resumed where the engine's budget stopped reads the same text again: the analyzer keeps the text's
// segmentation (by exact text, a few texts) instead of splitting the whole draft again each round.
import { describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import * as segment from './segment';
import { budgetForShareOf, tickingClock } from './testing/ticking-clock';

// The real segmentation, counted: the spy says how often the analyzer split a text.
vi.mock('./segment', async (original) => {
  const real = await original<typeof import('./segment')>();
  return { ...real, segmentSteps: vi.fn(real.segmentSteps) };
});
const segmentSteps = vi.mocked(segment.segmentSteps);
const splitTexts = () => segmentSteps.mock.calls.map(([text]) => text);

const DRAFT = Array.from({ length: 30 }, (_, i) => `You need to restart router ${i + 1} before calling us.`).join(' ');

/** A budget that takes a few rounds. */
const THIRD = budgetForShareOf(DRAFT, 1 / 3);

describe('the segmentation of a draft across rounds', () => {
  it('is not split again when a round resumes the same text, and is split again once the text changes', () => {
    const analyzer = createAnalyzer(defaultPack, { now: tickingClock() });
    segmentSteps.mockClear();
    const first = analyzer.analyze(DRAFT, { budgetMs: THIRD });
    expect(first.complete).toBe(false);
    expect(splitTexts()).toEqual([DRAFT]);
    let round = first;
    for (let i = 0; i < 20 && !round.complete; i++) round = analyzer.analyze(DRAFT, { budgetMs: THIRD });
    expect(round.complete).toBe(true);
    expect(splitTexts()).toEqual([DRAFT]);
    // The same findings as one unbudgeted analysis: the kept sentences are the ones a fresh split gives.
    expect(round.findings).toEqual(createAnalyzer(defaultPack).analyze(DRAFT).findings);

    const edited = `${DRAFT} Thanks`;
    segmentSteps.mockClear();
    analyzer.analyze(edited);
    expect(splitTexts()).toEqual([edited]);
  });

  it('keeps only a few texts, and forgets them with the rest of the cache', () => {
    const analyzer = createAnalyzer(defaultPack);
    const texts = Array.from({ length: 6 }, (_, i) => `You need to wait ${i}.`);
    for (const text of texts) analyzer.analyze(text);
    segmentSteps.mockClear();
    analyzer.analyze(texts.at(-1)!);
    analyzer.analyze(texts[0]!);
    expect(splitTexts()).toEqual([texts[0]]); // the newest kept, the oldest gone
    analyzer.clearCache();
    analyzer.analyze(texts[0]!);
    expect(splitTexts()).toEqual([texts[0], texts[0]]);
  });
});
