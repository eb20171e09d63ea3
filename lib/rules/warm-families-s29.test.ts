/**
 * Session 29's families of warm false alarms (issue #10), read on dev-extra-df (Hebridean and Shetland ferry desks,
 * Ghanaian mobile money, Filipino night-shift BPO, Dutch directness, Singlish, outback stations, Indian railway desks,
 * Korean English, district nurses, funeral directors, school offices, food-bank and rescue volunteers, hardship teams)
 * and on the newest tune batches, written again here in other words. Each warm form must pass; beside it, the cold form
 * of the same habit must still flag, so no exemption lets a rule's worst form through. Sentences are written here, none
 * is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  analyzer.analyze(text, { channel }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // The capacity word naming a charge waived ("no room hire charge") is no place refused.
    rule: 'bare-not-available',
    warm: ["There's no room hire charge for a christening.", 'There is no space rental fee for the stall.', 'There are no seat reservation costs on the shuttle.'],
    cold: ["There's no room left on Friday.", 'There are no seats left on the shuttle.', 'There is no space this month.'],
  },
  {
    // What a traveller or member fears, said as what will not happen to them, is reassurance.
    rule: 'not-permitted',
    warm: ['Your place is confirmed, so you will not be offloaded.', "Don't worry, your son won't be bumped from the coach.", 'You will not be locked out while the new fob is posted.'],
    cold: ['You will not be refunded for the unused days.', 'You will not receive compensation for the delay.', 'Your booking cannot be changed.'],
  },
  {
    // After a no, a way round it announced with its contrast ("But there is a way:") is the offer; a way to complain is not.
    rule: 'not-permitted',
    warm: [
      'The lead name on a booking cannot be changed. But there is a way: cancel it free and book again.',
      "Season passes can't be transferred. But there's another way round it, and it costs nothing.",
      'Tickets cannot be reissued. There are two ways around this.',
    ],
    cold: [
      'The lead name on a booking cannot be changed. There is a way to complain: write to head office.',
      'Season passes cannot be transferred. But there is a fee for a new one.',
      'Tickets cannot be reissued. There are no ways around this.',
    ],
  },
  {
    // "Just" before getting back to us is an invitation; before phoning someone else, a chore waved away.
    rule: 'simply-just-do',
    warm: ['Just ring me when you know the numbers.', 'Just text us a photo of the meter.', 'Just buzz us from the gate when you arrive.'],
    cold: ['Just phone your bank and cancel the card.', 'Just email the form to the council.', 'Just restart the router.'],
  },
  {
    // Our own word when it comes, in a public thread: "We'll post here when it's back".
    rule: 'wait-without-a-time',
    warm: ["The crew expects power back by 10pm, and we'll post here when it's back.", 'We will post here as soon as the line is back.', "We'll notify you here as soon as it's back."],
    cold: ["You'll hear from us when it's back.", 'The engineer will attend when available.', 'Your claim will be looked at when the team is free.'],
  },
];

describe('s29: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe("s29: an acronym the customer wrote first, said back, is their word and not our code", () => {
  const codes = (text: string, customerMessage: string) =>
    analyzer.analyze(text, { channel: 'chat', customerMessage }).findings.some((f) => f.ruleId === 'internal-codes');
  it.each([
    ['my tablet keeps showing SOS in the corner, no calls', 'If it still shows SOS after the restart, tell me your postcode.'],
    ['The display reads ERR and E4 since this morning', 'When the display reads ERR and E4 together, the filter needs a clean.'],
    ['my payslip says PAYE and NI, is the amount right?', 'Yes, the amount is right: the lines marked PAYE and NI are your tax and insurance.'],
  ])('no internal-codes finding after %j', (message, text) => expect(codes(text, message)).toBe(false));
  it.each([
    ['my tablet is not getting calls', 'If it still shows SOS after the restart, tell me your postcode.'],
    ['my bill says PDD, what does that mean?', 'Your bill says PDD.'],
    ['the display is blank since this morning', 'When the display reads ERR and E4 together, the filter needs a clean.'],
  ])('still flagged after %j', (message, text) => expect(codes(text, message)).toBe(true));
});
