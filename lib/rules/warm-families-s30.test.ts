/**
 * Session 30's families of warm false alarms (issue #10), read on dev-extra-dn (Welsh council desks, Nairobi matatu
 * booking, the Gozo ferry, a Canadian bank, New Zealand huts, South African insurers, Hong Kong couriers, Nordic
 * plainness, a Caribbean airline, bail bonds, bridal shops, rural vets, allotments, hospices) and on the newest tune
 * batches, written again here in other words. Grouped by meaning (who acts, whether a reason or help follows), not by
 * the words of one reply. Each warm form must pass; beside it, the cold form of the same habit must still flag, so no
 * exemption lets a rule's worst form through. Sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const findingsOf = (text: string, customerMessage?: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  analyzer.analyze(text, { channel, customerMessage }).findings;
const ruleIds = (text: string, channel: 'chat' | 'email' | 'social' = 'chat') =>
  findingsOf(text, undefined, channel).flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // Who owns it: our own or my own problem or responsibility is ownership taken, never blame.
    rule: 'blames-the-customer',
    warm: ["That's our problem to solve, not yours.", 'It is my responsibility to put it right.', 'The mix-up is our own responsibility, and I am sorry.'],
    cold: ["Any food losses are the hirer's own responsibility.", "Damage in transit is the courier's problem.", "Postage costs are the buyer's sole responsibility."],
  },
  {
    // Who acts: what everyone in the customer's place does some day is comfort, not our clock.
    rule: 'at-some-point',
    warm: ['Ha, every new owner says that at some point!', 'Most riders feel nervous at some stage, and that is fine.', 'We all forget a password at some point.'],
    cold: ['Every ticket gets answered at some point.', 'Everyone will get a reply at some point.', 'Everybody hears back at some point.', 'Most orders arrive sooner or later.'],
  },
  {
    // Where to reach them, asked in private for a deed already promised; an order number or "the details" alone is the errand.
    rule: 'sent-to-a-channel',
    warm: ['DM us your address ^KB', 'Please DM us the room number.', 'DM me your phone number.'],
    cold: ['DM us.', 'DM us your order number.', 'Please DM us the details.', 'DM us your booking number.'],
  },
  {
    // After "sorry about that", the deed said of the customer's thing is the apology's substance; a thing noted or refused is not.
    rule: 'stock-sympathy',
    warm: ['Sorry about that. Your team is reinstated and you play at eight.', 'Sorry about that. Your order is rebooked for Friday.', 'Sorry about that. The missing screws are posted today.'],
    cold: [
      'Sorry about that. Your complaint is noted.',
      'Sorry about that. Your feedback has been shared with the manager.',
      'Sorry about that. Your claim is declined.',
      'Sorry about that. Your feedback is forwarded to management.',
      'Sorry about that. Your request is escalated.',
      'Sorry about that. Staff are sometimes off sick. Your credit has been returned.',
    ],
  },
  {
    // A no, its reason, a line that only feels for them, then the way forward: the regret line does not push the offer
    // out of reach. A second no after the regret is no way forward.
    rule: 'we-are-unable-to',
    warm: [
      "Unfortunately we can't take pet dogs on the train. The stations have no room for the checks. I know that's not the answer you were hoping for. A couple of options that other owners use:",
      "We can't move the exam date. The board sets it. I'm so sorry. What I can do is book you the resit in June.",
      "We can't refund the deposit. The dress was made to measure. I realise that's disappointing. But we can sell it on for you as a sample.",
    ],
    cold: [
      "We can't refund the deposit. The dress was made to measure. I'm so sorry. You can't cancel it either.",
      "We can't move the exam date. The board sets it. I know that's not the answer you were hoping for. The board decides these things.",
      "We can't take dogs on the train. I'm sorry. Sorry. Sorry. Here's what most owners do: they take the car.",
    ],
  },
];

describe('s30: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});

describe('s30: a no whose reason is the law or an outside body\'s rule, to a calm question, is a hint; a house rule stays', () => {
  const severityOf = (text: string) => findingsOf(text, 'Can I bring my dog on Saturday?').find((f) => f.ruleId === 'we-are-unable-to')?.severity;
  it.each([
    "We can't take it into a personal account, sorry, that's a federal rule.",
    "We can't let anyone stay in the car, it's a safety rule for every ferry.",
    "We can't lend bikes without a helmet, it's a GAA rule.",
  ])('hint: %s', (text) => expect(severityOf(text)).toBe('hint'));
  it.each([
    "We can't refund it, that's a company rule.",
    "We can't refund it, that's our rule.",
    "We can't do it, it's a store rule.",
    "We can't refund it.",
  ])('still a suggestion: %s', (text) => expect(severityOf(text)).toBe('suggestion'));
});
