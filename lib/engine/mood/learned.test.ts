import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { readMood } from '../mood';
import { NEUTRAL_ACKNOWLEDGEMENTS } from './acknowledge';
import { learnedUpset, type MoodModel } from './learned';

/**
 * The learned upset fallback (learned.ts, scripts/train-mood.ts): messages written for this test, in plain words no cue
 * or situation of the reader knows, that the model reads upset. Without the fallback each reads calm.
 */
const MISSED_CARE = "My mum's care visit was missed this morning. She is 88 and was waiting to be helped out of bed.";
const TAKEN_TWICE = 'My direct debit was taken twice this month. That has left my account short for my rent and I have had to borrow from my sister.';

describe('the learned upset fallback', () => {
  it.each([
    ['a care visit missed for someone old', MISSED_CARE],
  ])('reads upset by the situation: %s', (_, message) => {
    const reading = readMood(message)!;
    expect(reading.moods).toEqual(['frustrated']);
    expect(reading.needsAcknowledgement).toBe(true);
    const learned = reading.evidence.filter((e) => e.cue === 'learned');
    expect(learned).toHaveLength(1);
    // The evidence is a sentence of theirs, an exact substring at its offsets.
    expect(message.slice(learned[0]!.start, learned[0]!.end)).toBe(learned[0]!.text);
    // Shown by the situation, not a feeling they named: a plain sorry for the trouble, never "how frustrating".
    expect(reading.acknowledgements[0]!.sentence).toBe(NEUTRAL_ACKNOWLEDGEMENTS.frustrated);
  });

  it('leaves a payment taken twice to the grammar since session 36 (stakes.ts: money taken against them)', () => {
    const reading = readMood(TAKEN_TWICE)!;
    expect(reading.moods).toEqual(['frustrated']);
    expect(reading.evidence.map((e) => e.cue)).toEqual(['money']);
  });

  it('asks a cold reply for an acknowledgement, as a hint (the feeling was read from the situation alone)', () => {
    const analyzer = createAnalyzer(defaultPack);
    const reply = 'Hello,\n\nThe visit has been rebooked for 2pm today. The carer will call when she is on her way.\n\nRegards,\nDana';
    const found = analyzer.analyze(reply, { customerMessage: MISSED_CARE }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(found?.severity).toBe('hint');
  });

  it('stays out of calm questions, thanks and a message the cues already read', () => {
    expect(readMood('Hi, what time do you open on Sunday?')!.moods).toEqual([]);
    expect(readMood('Thank you so much for sorting the visit, Mum loved the new carer.')!.evidence.some((e) => e.cue === 'learned')).toBe(false);
    // Read upset by its cues: the model is never asked.
    expect(readMood("This is the THIRD time I've written. Absolutely disgraceful.")!.evidence.some((e) => e.cue === 'learned')).toBe(false);
  });

  const weights = { frustrated: 0, worried: 0, disappointed: 0, urgent: 0, confused: 0, happy: 0 };
  const toy: MoodModel = { threshold: 0.9, bias: -2, weights: new Map([['w:missed', 3], ['w:carer', 2]]) };

  it('answers only at its threshold, naming the sentence whose words weigh most', () => {
    expect(learnedUpset('The carer came at ten.', weights, [], toy)).toBeNull();
    const text = 'Hello there.\nThe carer missed the visit.\nThanks.';
    const found = learnedUpset(text, weights, [], toy)!;
    expect(text.slice(found.start, found.end)).toBe('The carer missed the visit.');
    expect(found.probability).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps a sum or a decimal inside its sentence', () => {
    const text = 'Hello there.\nThe carer missed the 9.30 visit and we paid £4.50 for it.\nThanks.';
    const found = learnedUpset(text, weights, [], toy)!;
    expect(text.slice(found.start, found.end)).toBe('The carer missed the 9.30 visit and we paid £4.50 for it.');
  });

  it('reads only the clipped start of a huge message: its work is bounded by the clip, not by the message', () => {
    const huge = `${MISSED_CARE} `.repeat(20_000);
    const reading = readMood(huge)!;
    expect(reading.moods).toEqual(['frustrated']);
    // Every piece of evidence lies in the clipped start (text.ts keeps at most 20,000 characters of the source).
    expect(reading.evidence.length).toBeGreaterThan(0);
    for (const e of reading.evidence) expect(e.end).toBeLessThanOrEqual(20_000);
  });
});
