/**
 * acknowledge-feelings by family: before a reply that denies a promise or disclaims the fault it stays neutral (no
 * "that's not good enough", no promise to put it right); a cheerful reassurance meets a worry; a plain fault put
 * right at once after a warm opening needs no extra line; a plain service failure is met like any other upset.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
// The line the card offers, one-click or prefilled in a fill-in: its wording is tested alike.
import { offeringPrefills } from './acknowledgement-offered';

const analyzer = offeringPrefills(createAnalyzer(defaultPack));
const acknowledgementOf = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

const CONCEDES = /not good enough|far too long|shouldn['’]t have had to|put it right|on it right away|I['’]m here to help/i;

describe('before a denial or a disclaimer the acknowledgement concedes nothing', () => {
  it.each([
    [
      'a promise the reply denies',
      'Your salesman PROMISED delivery by Christmas and I have written three times. Furious.',
      'Hi Mr Lind,\n\nOur showroom staff do not give guaranteed delivery dates. Your sofa is scheduled for the week of 27 January.\n\nKind regards,\nOrders',
    ],
    [
      'a fault the reply calls someone else\'s',
      'I have emailed four times about the leaking hatch on the boat. Our week was miserable.',
      'Dear Mr Ruiz,\n\nThe boat is maintained by the partner fleet, so repairs are their responsibility and not ours.\n\nRegards,\nCharters',
    ],
    [
      'a feature the reply says was never included',
      'I paid for lifetime and now you say the new courses cost extra?? Really angry.',
      '@marta Lifetime plans never included new course packs; this was in the FAQ at the time of purchase.',
    ],
  ])('%s', (_name, customer, text) => {
    const finding = acknowledgementOf(text, customer, text.startsWith('@') ? 'social' : 'email');
    expect(finding).toBeDefined();
    const line = finding!.suggestions[0] ?? '';
    expect(line).not.toBe('');
    expect(line).not.toMatch(CONCEDES);
    expect(line).toMatch(/sorry|understand/i);
  });

  it('keeps the promise where the reply puts it right itself', () => {
    const finding = acknowledgementOf(
      "Hi Ana,\n\nI've sent a new lamp by express delivery and it will reach you on Friday.\n\nBest,\nSam",
      'I have emailed three times about my lamp order. Ridiculous.',
    );
    expect(finding?.suggestions[0]).toMatch(CONCEDES);
  });
});

describe('cheerful answers and quick fixes need no added line', () => {
  it.each([
    ['a reassurance that answers a worry', "Is it too late to start piano at 52? I'm worried I'll be the oldest.", 'Not at all, it is never too late! Our oldest beginner started at 78.', 'chat'],
    ['"you\'re fine"', 'My tracker says 180 bpm sitting down. Should I be worried?', "Hi Rosa,\n\nYou're fine, I promise! Tighten the strap a notch and it will settle.\n\nBest,\nJonah", 'email'],
    ['a worry that is already over', 'Our son was nervous about his first lesson, but he loved it! Can we book Thursday too?', "Hi Mrs Dubois,\n\nThat's wonderful to hear! I've booked him into Thursday's class.\n\nSee you then,\nSki School", 'email'],
    ['a plain fault fixed at once after a warm opening', 'my certificate has the wrong name on it', "Hi Siobhán,\n\nThanks for catching that! I've corrected the spelling and re-issued the certificate.\n\nBest,\nAcademy", 'email'],
  ] as const)('%s', (_name, customer, text, channel) => {
    expect(acknowledgementOf(text, customer, channel)).toBeUndefined();
  });

  it('still asks when the plain fault is only explained, not put right', () => {
    const finding = acknowledgementOf('Hello,\n\nCertificates are printed from the name on your profile.\n\nRegards,\nAcademy', 'my certificate has the wrong name on it');
    expect(finding).toBeDefined();
  });
});
