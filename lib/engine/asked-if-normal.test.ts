import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { askedIfNormal } from './asked-if-normal';
import { defaultPack } from '../rules/default';

const analyzer = createAnalyzer(defaultPack);
const fires = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { channel: 'chat', customerMessage }).findings.some((f) => f.ruleId === 'thats-expected' || f.alsoRuleIds?.includes('thats-expected'));

describe('"Is that normal?" answered "Yes, that\'s normal" is an answer, not a brush-off', () => {
  it.each([
    ['my fingers really hurt after practising, is that normal? Ben', "It's completely normal, and a sign you're practising! Sore fingertips settle in two or three weeks."],
    ['is it normal the phone gets warm after the battery swap?', 'A bit of warmth for the first day or two is normal while the new battery calibrates. If it gets hot, bring it in.'],
    ['the router lights are flashing orange, is it broken?', "Not broken at all! Orange flashing means it's updating, which is normal after a firmware release."],
    ['Our panels produced less in December than in October. Is that expected?', "Yes, that's expected: December has a third of October's daylight."],
  ])('asked: %s', (message, reply) => {
    expect(fires(reply)).toBe(true);
    expect(fires(reply, message)).toBe(false);
  });

  it.each([
    // A complaint, not a question about normal: the rule still speaks.
    ['The app has crashed three times today and I have lost my work.', 'This is expected behaviour after an update.'],
    // "Is this normal?!" from a customer who is fed up is a complaint dressed as a question.
    ["This is ridiculous, the third time this week the heating has died. Is this normal?! I'm furious.", 'This is normal in cold weather.'],
    // Asked, but answered with a brush-off beside it: the "normal" is part of it.
    ['@KelvoTech my new laptop fan is SO loud, is this normal??', "@jmarsh That's completely normal behaviour under load. Refer to the user manual for fan settings."],
    // Asking something else entirely.
    ['When will my order arrive?', 'Delays happen. It is a known issue.'],
  ])('not asked: %s', (message, reply) => expect(fires(reply, message)).toBe(true));

  it('reads the question in its common shapes and nothing else', () => {
    expect(askedIfNormal('Is it normal for the controller to run twice a day?', null)).toBe(true);
    expect(askedIfNormal('is this a fault or am I doing something wrong?', null)).toBe(true);
    expect(askedIfNormal('It is broken.', null)).toBe(false);
    expect(askedIfNormal('The normal price was £20, why am I charged £30?', null)).toBe(false);
    expect(askedIfNormal(undefined, null)).toBe(false);
  });
});
