/**
 * Session 25's families of warm false alarms (issue #10), read on dev-extra-cq (Nigerian, Scottish, Singaporean, South
 * African, Indian, Filipino-desk, Australian, New Zealand and US Southern English, retired volunteers, founders, vets,
 * schools, councils, insurers, open-source maintainers) and on the newest tune batches, written again here in other
 * words. Each warm form must pass; beside it, the cold form of the same habit must still flag, so no exemption lets a
 * rule's worst form through. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from './default';
import { createAnalyzer } from '../engine/analyzer';

const analyzer = createAnalyzer(defaultPack);
const ruleIds = (text: string) => analyzer.analyze(text, { channel: 'chat' }).findings.flatMap((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])]);

const families: { rule: string; warm: string[]; cold: string[] }[] = [
  {
    // A pointer to what the agent wrote a few lines up in this same reply is a cross-reference, not "you were told".
    rule: 'as-mentioned-before',
    warm: [
      'As mentioned above, the courier collects it from your porch, so there is nothing to post.',
      'As noted earlier in this message, your second bag is free on this fare.',
    ],
    cold: [
      'As mentioned in my previous email below, the courier does not collect.',
      'As previously mentioned, the second bag is charged.',
      'As stated in the release notes, the old export was removed.',
    ],
  },
  {
    rule: 'as-i-said-before',
    warm: ['So, as I said above, the new fob works on every door, including the pool gate.', 'As we mentioned earlier in this email, the plumber arrives at 8.'],
    cold: ['As I said in my last email, the fob only works on the front door.', 'Like I told you, the plumber comes on Friday.', 'As I said before, the fee stands.'],
  },
  {
    rule: 'i-already-told-you',
    warm: ['The code, as explained in the steps above, works once for each guest.'],
    cold: ['I already told you that the code works once.', 'We have told you twice that the code works once.'],
  },
  {
    // "Kindly…" with what it lets one of our people do for them, or lets the agent be there for them.
    rule: 'kindly',
    warm: [
      'Kindly confirm the colour by Tuesday so the florist can order the stems at the market on Wednesday.',
      'Kindly drop me a text when you land, so that I know to send the driver.',
      'Kindly leave the side gate unlocked so I can read the meter without disturbing you.',
    ],
    cold: [
      'Kindly provide the documents so the team can process your claim.',
      'Kindly send the form so that we can look into this.',
      'Kindly confirm your address.',
      'Kindly pay the balance so that your service will not be disconnected.',
    ],
  },
  {
    // "Please note" handing over a reassurance, a permission that is theirs, or an allowance said with an emphatic "do".
    rule: 'please-note',
    warm: [
      "Please note that you don't need to bring the old charger back.",
      'Please note that the airline lets families board first, so you might be able to settle the baby before the rush.',
      'Please note that you may be entitled to claim the parking back from the hospital.',
      'Please note that we do accept walk-ins on Sunday mornings.',
    ],
    cold: [
      'Please note that you do not need to call us again about this.',
      'Please note that we do charge for missed appointments.',
      'Please note that the terms allow us to close the account.',
      'Please note that the store closes at 6pm.',
    ],
  },
  {
    // A refusal with its reason, followed by the wish that they still get what they came for, said as the help to come.
    rule: 'will-not-be-processed',
    warm: [
      "The booking fee can't be refunded, because it went to the venue. But first, I would like you to still be able to come on the night.",
    ],
    cold: [
      "The booking fee can't be refunded, because it went to the venue. I would like you to read our terms.",
      "The booking fee can't be refunded, because it went to the venue. We would like you to still be able to pay by Friday.",
    ],
  },
  {
    // A vague time inside the customer's own "if you…" is their choice, not our promise.
    rule: 'at-some-point',
    warm: ['If you buy a second kayak at some point, the roof bars fit both.', 'Should you change banks at some stage, your direct debit moves with you.'],
    cold: ['If you wait, someone will call you at some point.', 'We will refund the fee at some point.', 'If you contact us at some stage, we will look at it.'],
  },
];

describe('s25: warm forms of habits pass, the cold forms beside them still flag', () => {
  for (const { rule, warm, cold } of families) {
    it.each(warm)(`${rule} leaves the warm form alone: %s`, (text) => {
      expect(ruleIds(text)).not.toContain(rule);
    });
    it.each(cold)(`${rule} still flags: %s`, (text) => {
      expect(ruleIds(text)).toContain(rule);
    });
  }
});
