import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { ackProbability, learnedAcknowledgement, loadAckModel, shippedAckModel } from './acknowledges-learned';
import modelFile from './acknowledges-model.json';

/** The default pack with the fallback switched on or off, whatever the shipped default. */
const withLearned = (learned: boolean) =>
  createAnalyzer({
    ...defaultPack,
    rules: defaultPack.rules.map((r) => (r.id === 'acknowledge-feelings' && r.kind === 'structure' ? { ...r, options: { ...r.options, learned } } : r)),
  });
const on = withLearned(true);
const off = withLearned(false);
const carded = (analyzer: typeof on, text: string, customerMessage: string) =>
  analyzer.analyze(text, { customerMessage, channel: 'email' }).findings.some((f) => f.ruleId === 'acknowledge-feelings');

const FED_UP = "I've been waiting three weeks for my order and nobody answers my emails. I'm really fed up.";
const reply = (line: string) => `Hi Dana,\n\n${line} Your order left our warehouse this morning and will reach you on Thursday.\n\nBest,\nTom`;

describe('the shipped acknowledgement fallback model', () => {
  it('is a valid model file, and the engine reads it (unvalidated) as validation would', () => {
    expect(shippedAckModel()).toEqual(loadAckModel(modelFile));
  });

  it('stays small: under 300 KB and 10,000 weights', () => {
    expect(JSON.stringify(modelFile).length).toBeLessThan(300 * 1024);
    expect(Object.keys(modelFile.weights).length).toBeLessThanOrEqual(10_000);
  });

  it('is refused whole when damaged, naming the field', () => {
    expect(() => loadAckModel({ ...modelFile, threshold: 2 })).toThrow(/threshold/);
    expect(() => loadAckModel({ ...modelFile, weights: { 'w:sorry': Number.NaN } })).toThrow(/weights/);
  });

  it('reads nothing into a formula or a word or two', () => {
    expect(ackProbability('We apologise for any inconvenience caused.')).toBe(0);
    expect(ackProbability('Noted.')).toBe(0);
    expect(learnedAcknowledgement([])).toBe(-1);
  });

  it('is bounded: a long draft of many sentences is read in time', () => {
    const many = Array.from({ length: 5000 }, () => 'Your order left our warehouse this morning.');
    const started = performance.now();
    expect(learnedAcknowledgement(many)).toBe(-1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the acknowledgement check with its learned fallback', () => {
  // Grievances said back in words no hand family counts ("…and that isn't fair on you"): with the fallback, no card.
  for (const line of [
    "You've had to chase us five times for one answer, and that isn't fair on you.",
    "You've had to ring us four times about one parcel, and that isn't fair on you.",
  ]) {
    it(`reads "${line}" as meeting the customer`, () => {
      expect(carded(off, reply(line), FED_UP)).toBe(true);
      expect(carded(on, reply(line), FED_UP)).toBe(false);
    });
  }

  // Near-misses keep the card: procedure, thanks and a formula acknowledge nothing.
  for (const line of ['Thanks for your email.', 'Thanks for getting in touch.', 'We apologise for any inconvenience caused.', 'Your comments have been noted.']) {
    it(`still asks beside "${line}"`, () => {
      expect(carded(on, reply(line), FED_UP)).toBe(true);
    });
  }
});
