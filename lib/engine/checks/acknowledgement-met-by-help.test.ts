/**
 * acknowledge-feelings when the reply meets the feeling without a sorry: the yes a worried or rushed customer hoped
 * for, "Let's get it sorted" with action, urgency met by an action and its time, reassurance that answers the worry,
 * owning it in other words. A bare "Yes." or a fix with no feeling for a frightened customer still gets the finding.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { acknowledgesFeelings } from './acknowledges';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

describe('a reply that meets the feeling with help gets no acknowledgement finding', () => {
  it.each([
    ['a yes with a clause', 'Can I still bring the dog on Sunday? We lost the booking email and I am worried.', 'Hi Sam,\n\nYes, you can bring him along! Just give your surname at the gate.\n\nBest,\nTess'],
    ['a yes with an exclamation', 'We land at 1am because the flight is delayed, will the room still be ours?', 'Of course! The night porter will check you in whenever you arrive.'],
    ['good news first', 'My passport has not come back and we fly on the 20th. When will it arrive?', 'Hi Ana,\n\nGood news: it was printed yesterday and reaches you on Thursday.\n\nBest,\nRuth'],
    ['taking it on at once', 'My tracker stopped syncing with the app.', "Hi Chloe,\n\nLet's get it syncing again. I've sent a reset link to your phone.\n\nDaniela"],
    ['urgency met by action and a time', "I can't log in to submit my essay and it is due tonight!", "Hi Tom,\n\nI've reset your password and sent a link; it is valid for an hour.\n\nFang"],
  ])('%s', (_name, customer, text) => {
    expect(acknowledgementOf(text, customer, text.includes('\n') ? 'email' : 'chat')).toBeUndefined();
  });
});

describe('a reply that meets nothing still gets it', () => {
  it.each([
    ['a bare yes', 'I chipped my tooth and I am in pain and worried. Can you see me today?', 'Hello,\n\nYes.\n\nReception'],
    ['a bare of course before a rule', 'My dog needs surgery and I am so worried about the bill. Am I covered?', 'Dear Policyholder,\n\nOf course. Claims must be sent within 30 days on form C2.\n\nClaims'],
    ['a fix with no feeling for a frightened customer', 'Someone took £600 from my account and I am really frightened.', 'We have blocked the card. A new one will be posted.'],
    ['a sure and a link', 'My cat is being sick and I am scared, can someone see her today?', 'Sure. Book online.'],
  ])('%s', (_name, customer, text) => {
    expect(acknowledgementOf(text, customer, text.includes('\n') ? 'email' : 'chat')).toBeDefined();
  });
});

describe('what counts as meeting the feeling in other words', () => {
  it.each([
    "You won't be fined, show the guard your booking email.",
    "You didn't do anything wrong.",
    'Your photos should be fine.',
    "There's nothing to be concerned about.",
    'That reference is easy to miss.',
    "That's on us, Sam.",
    'You should have had a call the moment it happened.',
    "That's not the unboxing you deserved.",
    "I've also put a £5 credit on your account for the hassle.",
    "Thanks for telling us straight away, that's the right move.",
    "That's tough with the shopping and the buggy.",
  ])('%s', (sentence) => expect(acknowledgesFeelings(sentence)).toBe(true));
  it.each([
    'Your order is with the courier.',
    'We received your complaint.',
    'The cover is made of tough nylon.',
    'Claims must be submitted within 30 days.',
    'Please refer to the help center.',
  ])('not: %s', (sentence) => expect(acknowledgesFeelings(sentence)).toBe(false));
});
