/**
 * Session 28 (issue #10 items 3–4): a no said with "no" for its determiner ("No refund is possible for late arrivals.",
 * "No transfer is possible once…") is a no for the closing: no stock "If anything else comes up, reply here…" to Apply
 * after it, advice instead. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === 'next-step-missing');

describe('"no X is possible / due / permitted" is a no', () => {
  it.each([
    ['I missed the start of the tour.', 'Hello,\n\nThe coach left at 9:00 as planned. Please note that no refund is possible for late arrivals. Photos of the tour are on our Facebook page.\n\nBest,\nTours'],
    ['Can you move my dental appointment to next month?', 'Hello,\n\nYour appointment is on 4 March. No transfer is possible once the deposit is paid. Our opening hours are on the website.\n\nKind regards,\nClinic'],
    ['The room was cold all weekend.', 'Hello,\n\nThe heating was checked on Friday and was working. As such no compensation is due. You can leave feedback on our website.\n\nThanks,\nInn'],
  ])('advice, not a one-click open door: %s', (message, text) => {
    const found = nextStep(text, message);
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual([]);
  });

  it('a reply that gives what was asked keeps its one-click closing', () => {
    const found = nextStep('Hello,\n\nI have moved your appointment to 4 April at 10:00. The deposit carries over.\n\nKind regards,\nClinic', 'Can you move my dental appointment to next month?');
    for (const f of found) expect(f.suggestions.length).toBeGreaterThan(0);
  });
});

describe('an upset customer handed to someone else', () => {
  it.each([
    ['This is the second time the installer has not turned up. I took the day off work again and nobody called. Furious.', 'Hello,\n\nInstallations are carried out by our fitting partner and we do not manage their diary. A new date will be offered to you by the fitter shortly.\n\nRegards,\nBlindsDirect'],
    ['My dad has been without his oxygen delivery for three days and we are frightened. Nobody answers the phone.', 'Hello,\n\nDeliveries are made by our logistics provider. Someone from the team will be in contact.\n\nRegards,\nHomeCare Supplies'],
  ])('gets advice, not "anything else?" to Apply: %s', (message, text) => {
    const found = nextStep(text, message);
    expect(found).toHaveLength(1);
    expect(found[0]!.suggestions).toEqual([]);
  });

  it('a calm customer handed on keeps the one-click closing', () => {
    const found = nextStep('Hello,\n\nMeter readings are taken by our metering partner. A reading will be taken by them this month.\n\nRegards,\nPowerCo', 'Hi, when is my next meter reading due?');
    for (const f of found) expect(f.suggestions.length).toBeGreaterThan(0);
  });
});
