/**
 * Review of session 46's feeling-said-back (review46): the customer's feeling word in the reply meets it only when the
 * reply takes the feeling up. Waved away before it ("No stress, …", "There's no point getting upset") or after it
 * ("Getting upset won't fix it"), a sentence adverb ("Sadly, …" is the facts' tone, not their sadness), or a word that
 * only starts like the feeling ("scarce" after "scared") leaves the acknowledgement card. Messages and replies are
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const card = (customerMessage: string, line: string) =>
  analyzer
    .analyze(`Hi Jo,\n\n${line} Please send us the serial number.\n\nThanks,\nSam`, { channel: 'email', customerMessage })
    .findings.find((f) => f.ruleId === 'acknowledge-feelings');

const UPSET = "I'm really upset, the invoice is wrong for the third time.";
const STRESSED = "I'm so stressed, the invoice is wrong for the third time.";
const SAD = "I'm so sad, the vase my gran left me arrived in pieces.";
const SCARED = "I'm scared to use the heater again after it sparked last night.";

describe('a feeling word that does not take the feeling up', () => {
  it.each([
    [UPSET, 'Getting upset will not fix the invoice, so I have asked billing to look at it.'],
    [UPSET, "There's no point getting upset, billing will look at it."],
    [STRESSED, 'No stress, billing will look at it this week.'],
    [STRESSED, "Stressing about it won't change the date, billing will look at it this week."],
    [SAD, 'Sadly, breakages can happen in transit.'],
    [SCARED, 'That heater model is scarce now.'],
  ])('still asks for an acknowledgement on %s with "%s"', (message, line) => {
    expect(card(message, line)).toBeDefined();
  });

  it.each([
    [UPSET, "You have every right to be upset, and I've asked billing to fix it today."],
    [STRESSED, 'I can hear how stressed you are, and billing will fix it this week.'],
    [SAD, "I'm so sorry, I can only imagine how sad it was to open that box."],
    [SCARED, 'Anyone would be scared after a spark, so please leave it unplugged.'],
  ])('meets %s with "%s"', (message, line) => {
    expect(card(message, line)).toBeUndefined();
  });
});
