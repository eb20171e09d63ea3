/**
 * Session 29 (issue #10): warm replies whose next step the closing check did not know: a visit we expect ("the night vet
 * knows you're coming", "We're expecting you at ten") and a thing of theirs to watch ("You can check the final status on
 * the booking page after 6pm", as "you can track it" is). Beside each, the cold form with nothing to do still gets the
 * card. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const CALM = 'Hi, quick question about next week, thanks.';
const nextStep = (text: string, channel: 'email' | 'chat' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage: CALM }).findings.some((f) => f.ruleId === 'next-step-missing');

describe('s29: a visit we expect and a status of theirs to check are next steps', () => {
  it.each([
    'Hi Sam,\n\nBring the kitten in tonight and keep her warm in the car on the way. We are on Station Road, and Dr Lee knows you are coming.\n\nGreg',
    "Hi Sam,\n\nThe hall is laid out for forty with the stage at the far end. We're expecting you at ten on Saturday.\n\nGreg",
    'Hi Sam,\n\nYour seat on the sleeper is on the waiting list at number 4, and that list usually clears. You can check the final status on the booking page after 6pm.\n\nGreg',
    'Hi Sam,\n\nThe repair is booked in with the workshop and the parts are in stock. You can see your repair progress in the app from tomorrow.\n\nGreg',
  ])('no next-step-missing: %j', (text) => expect(nextStep(text)).toBe(false));
  it.each([
    'Hi Sam,\n\nThe hall is laid out for forty with the stage at the far end. We are expecting you to pay the balance.\n\nGreg',
    'Hi Sam,\n\nYour seat on the sleeper is on the waiting list at number 4, and that list usually clears. Our terms are on the website.\n\nGreg',
    'Hi Sam,\n\nThe fault on the boiler is a known one with this model and it is listed in the manual. The manufacturer knows about the fault.\n\nGreg',
  ])('still missing: %j', (text) => expect(nextStep(text)).toBe(true));
});
