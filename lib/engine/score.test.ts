/** The warmth formula (score.ts header) and its bands, tested directly on chosen sentences. */
import { describe, expect, it } from 'vitest';
import { sentenceMarkers, sumMarkers } from './markers';
import { scoreReply, SEVERITY_PENALTY, warmthBand } from './score';
import { countWords } from './segment';
import type { Finding, Severity } from './types';

function reading(texts: string[]) {
  const sentences = texts.map((text) => ({ text, markers: sentenceMarkers(text, countWords(text)) }));
  return { sentences, totals: sumMarkers(sentences.map((s) => s.markers)) };
}

const finding = (severity: Severity, principle: Finding['principle'] = 'respect'): Finding => ({
  ruleId: `test-${severity}`,
  principle,
  severity,
  start: 0,
  end: 1,
  text: 'x',
  message: 'm',
  suggestions: [],
});

// Neutral enough to sit between the caps and the floor, long enough to escape the short-reply cap.
const PLAIN = ['The replacement part for your washing machine is in stock at our warehouse.', 'It can be sent to your home address this week.'];

describe('scoreReply: the formula', () => {
  it('is 100·σ(z) + engagement − deflection − finding penalties, when no cap or floor applies', () => {
    const result = scoreReply({ readings: [reading(PLAIN)], findings: [finding('hint')] });
    const b = result.breakdown!;
    expect(b.capped).toBeNull();
    expect(b.floored).toBe(false);
    expect(result.warmth).toBe(Math.round(b.politeness + b.engagementPoints - b.deflectionPoints - b.findingPoints));
  });

  it.each(['hint', 'suggestion', 'warning'] as const)('takes %s points off, divided by √(sentences/4) past four sentences', (severity) => {
    const none = scoreReply({ readings: [reading(PLAIN)], findings: [] }).breakdown!;
    const one = scoreReply({ readings: [reading(PLAIN)], findings: [finding(severity)] }).breakdown!;
    expect(one.findingPoints - none.findingPoints).toBe(SEVERITY_PENALTY[severity]);
    const sixteen = Array.from({ length: 8 }, () => PLAIN).flat();
    expect(scoreReply({ readings: [reading(sixteen)], findings: [finding(severity)] }).breakdown!.findingPoints).toBe(SEVERITY_PENALTY[severity] / 2);
  });

  it('penalties are 5, 15 and 25', () => {
    expect(SEVERITY_PENALTY).toEqual({ hint: 5, suggestion: 15, warning: 25 });
  });

  it('scores empty text 0', () => {
    expect(scoreReply({ readings: [reading([])], findings: [] }).warmth).toBe(0);
  });

  it('caps a reply of fewer than 12 words at 55', () => {
    const result = scoreReply({ readings: [reading(['Thanks so much, happy to help! 😊'])], findings: [] });
    expect(result.breakdown!.capped).toBe('short');
    expect(result.warmth).toBe(55);
  });

  it('caps a reply that only redirects at 55', () => {
    const texts = [
      'Thank you so much for reaching out to us, we really appreciate you taking the time to write!',
      'Please contact our billing team directly at billing@example.com for anything about invoices.',
      'You can also visit our help centre for more information.',
    ];
    const result = scoreReply({ readings: [reading(texts)], findings: [] });
    expect(result.breakdown!.deflectionPoints).toBeGreaterThan(0);
    expect(result.warmth).toBeLessThanOrEqual(55);
  });

  it('reads the coolest of several readings', () => {
    const warm = reading(['Thanks so much for your patience, I have refunded the charge today and I am happy to help with anything else.']);
    const cold = reading(['Why did you not read the instructions before you ordered the wrong part for your machine?']);
    const both = scoreReply({ readings: [warm, cold], findings: [] }).warmth;
    expect(both).toBe(scoreReply({ readings: [cold], findings: [] }).warmth);
  });

  it('lowers the principle of each finding by 8, 20 or 35', () => {
    const base = scoreReply({ readings: [reading(PLAIN)], findings: [] }).principles;
    const hit = scoreReply({ readings: [reading(PLAIN)], findings: [finding('warning', 'ownership')] }).principles;
    expect(base.ownership - hit.ownership).toBe(35);
    expect(hit.respect).toBe(base.respect);
  });
});

describe('warmthBand: cold < 40 ≤ neutral < 60 ≤ warm', () => {
  it.each([
    [0, 'cold'],
    [39, 'cold'],
    [40, 'neutral'],
    [59, 'neutral'],
    [60, 'warm'],
    [100, 'warm'],
  ] as const)('%i is %s', (warmth, band) => {
    expect(warmthBand(warmth)).toBe(band);
  });
});

describe('sentenceMarkers: a question with an exclamation ("?!")', () => {
  it('is still a question, so toning "?!" down to "?" never reads as a new question', () => {
    for (const text of ['You were charged twice?!', 'Really?!?', 'Did that work?!']) {
      expect(sentenceMarkers(text, countWords(text)).question, text).toBe(1);
    }
    expect(sentenceMarkers('Great news!', 2).question).toBe(0);
  });
});
