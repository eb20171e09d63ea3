/**
 * Session 29 (issues #10/#15): apologies and stock lines that name nothing the customer went through, so they meet an
 * upset customer no better than silence: sorry for the customer's experience or feelings rather than for what happened
 * ("We're sorry you've had this experience", "sorry if you were upset"), the hedged "any disruption", the team's "We
 * understand your frustration." and thanks for a wait that names nothing. Beside each, the near miss that names what
 * happened still counts. Sentences written here, none copied from a data file.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { acknowledgesFeelings } from './acknowledges';

const analyzer = createAnalyzer(defaultPack);
const ANGRY = 'The radiators have been stone cold for nine days, I have phoned four times and nobody calls back. Disgraceful.';
const asks = (sentence: string) =>
  analyzer
    .analyze(`Hi Rosa,\n\n${sentence} An engineer is booked for Thursday morning.\n\nRegards,\nLena`, { channel: 'email', customerMessage: ANGRY })
    .findings.some((f) => f.ruleId === 'acknowledge-feelings');

describe('s29: a sorry or stock line that names nothing acknowledges nothing', () => {
  it.each([
    "We're sorry you've had this experience.",
    'We are sorry to hear you had a problem with the heating.',
    "I'm sorry you experienced some issues with your booking.",
    'Sorry to hear that you have had difficulties with the app.',
    "We're sorry you encountered a problem during checkout.",
    'We are sorry that you had such an experience.',
    "We're sorry you didn't enjoy your stay.",
    'Sorry you were not satisfied with the service.',
    "I'm sorry you weren't happy with the repair.",
    "We are sorry to hear you didn't like the new menu.",
    'Sorry you did not find our reply helpful.',
    'We are sorry if you were upset.',
    "I'm sorry if you felt let down.",
    'Apologies if this caused you any confusion.',
    'We are sorry if our letter upset you.',
    'We apologise for any disruption this may cause.',
    'We apologise for any difficulties caused.',
    'Sorry for any concern this has caused.',
    'We understand your frustration.',
    'We fully understand your disappointment.',
    'We understand how you feel.',
    'Thank you for your patience while we look into this.',
    'Thanks for your patience as our team reviews your complaint.',
    'Thank you for your patience in this matter.',
  ])('still asks: %j', (sentence) => expect(asks(sentence)).toBe(true));

  it.each([
    "I'm sorry you've had nine days without heating, that's miserable in this weather.",
    "I'm sorry you had to phone four times.",
    "We're sorry you've had to chase us, that's on us.",
    "I'm so sorry the radiators are still cold.",
    'Sorry for the wait, and thanks for your patience while we chased the parts.',
    "I'm sorry you didn't get a call back, you should have.",
    'I completely understand your frustration after four calls.',
    "Nine days with no heating isn't acceptable, and I'm sorry.",
    "I'm sorry we let you down.",
    'Thank you for your patience with the four missed visits.',
  ])('counts: %j', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(true);
    expect(asks(sentence)).toBe(false);
  });
});
