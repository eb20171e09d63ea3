/**
 * A chat turn mid-conversation owes no closing line, so next-step-missing waits for 50 words of body in chat. But a
 * short turn that leaves an upset customer at a dead end ("There is an outage in your area. No ETA.") leaves them with
 * nothing to do and nothing we will do, in chat as in e-mail: from 4 words (the chat channel's `minWordsUpset`), the
 * check reads it. A short warm turn that acts, asks or promises with a time stays quiet; a calm customer's short turn
 * is still not checked; social replies never are. Replies and messages are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { packSchema } from '../../rules/schema';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (text: string, customerMessage: string, channel: 'chat' | 'social' | 'email' = 'chat') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'next-step-missing');

const UPSET = [
  "my boiler has been off since friday and I've got two kids at home, this is the third time this month",
  'I was charged twice for the same order, £84 gone from my account and rent is due tomorrow',
  'the courier left my parcel in the rain and the laptop inside is soaked. not happy at all',
  "been waiting 2 hours for the driver and nobody tells me anything, I'm going to miss my train",
  'You cancelled my appointment without telling me and I took the day off work for it.',
  'This is the fourth email I have sent about the broken gate and still nothing has been done.',
];
const DEAD_ENDS = [
  'Engineers are booked in date order. Your visit is on the list.',
  'Duplicate charges drop off automatically. It depends on your bank.',
  'Parcels are left in a safe place when no one answers. The courier followed the instructions.',
  'The driver is on another job. Traffic is heavy today.',
  'Appointments can be moved when clinics change. It was in the terms.',
  'The gate repair has been logged with the estates team.',
];

describe('a short chat turn that leaves an upset customer at a dead end', () => {
  it.each(DEAD_ENDS.map((text, i) => [text, UPSET[i]!]))('is flagged: %s', (text, message) => {
    const found = nextStep(text, message);
    expect(found).toBeDefined();
    // On the turn's last sentence, where the next step belongs.
    expect(text.slice(found!.start, found!.end)).toBe(text.split(/(?<=\.)\s+/).at(-1));
    // Advice in the agent's own words, never a stock closing line to Apply on someone still stuck.
    expect(found!.suggestions).toEqual([]);
    expect(found!.advice).toMatch(/^Say in /);
  });
});

describe('near misses stay quiet', () => {
  it.each([
    ["I'm so sorry, that's awful with the kids at home. I've booked an engineer for 8am tomorrow and I'll text you his name tonight.", UPSET[0]!],
    ["Oh no, I'm really sorry. I've refunded the second £84 just now, so it should be back in your account by tomorrow.", UPSET[1]!],
    ["That's horrible, sorry. Could you send me a photo of the laptop and the box? I'll start the claim as soon as I have them.", UPSET[2]!],
    ["I'm so sorry for the wait. I've just called the driver: he is 10 minutes away and I'll stay on chat until he arrives.", UPSET[3]!],
    ["That shouldn't have happened, I'm sorry. Which day suits you this week? I'll hold the first slot for you.", UPSET[4]!],
  ])('a warm turn that acts, asks or promises: %s', (text, message) => {
    expect(nextStep(text, message)).toBeUndefined();
  });

  it.each(DEAD_ENDS)('a calm customer still gets no next-step check on a short chat turn: %s', (text) => {
    expect(nextStep(text, 'Hi, quick question about my account, when is my next visit?')).toBeUndefined();
  });

  it.each(DEAD_ENDS.map((text, i) => [text, UPSET[i]!]))('a social reply is never checked: %s', (text, message) => {
    expect(nextStep(text, message, 'social')).toBeUndefined();
  });

  it('a bare three-word turn is not checked', () => {
    expect(nextStep('Checking now, sorry.', UPSET[0]!)).toBeUndefined();
  });
});

describe('the setting is the pack’s', () => {
  it('a pack without minWordsUpset keeps short chat turns unchecked', () => {
    const pack = structuredClone(defaultPack);
    const rule = pack.rules.find((r) => r.id === 'next-step-missing')!;
    if (rule.kind !== 'structure') throw new Error('next-step-missing is a structure rule');
    rule.options = { ...rule.options, channels: { email: { when: 'always' }, chat: { when: 'always', minWords: 50 }, social: { when: 'never' } } };
    const own = createAnalyzer(packSchema.parse(pack));
    expect(own.analyze(DEAD_ENDS[0]!, { channel: 'chat', customerMessage: UPSET[0]! }).findings.some((f) => f.ruleId === 'next-step-missing')).toBe(false);
  });

  it('rejects a minWordsUpset that is not a word count, naming the field', () => {
    const pack = structuredClone(defaultPack);
    const rule = pack.rules.find((r) => r.id === 'next-step-missing')!;
    if (rule.kind !== 'structure') throw new Error('next-step-missing is a structure rule');
    rule.options = { ...rule.options, channels: { chat: { minWordsUpset: -3 } } };
    const parsed = packSchema.safeParse(pack);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues.map((i) => i.path))).toContain('minWordsUpset');
  });
});
