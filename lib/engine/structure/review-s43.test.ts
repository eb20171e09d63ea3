/**
 * Session 43's fixes for session 42's review of the app-lines cue (app-lines.ts): lines the agent typed that the cue read
 * as a pasted transcript or as the app's events, and the real transcripts and app runs it must still read past.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';

describe('the agent’s own name as a label on their lines (one speaker, no clock)', () => {
  it.each([
    ['under a greeting', 'Hey Lou!\nKit: your order is on the van and should be with you before 2pm.\nKit: the driver will text you a one-hour slot this morning.', 'Kit: the driver'],
    ['under a greeting with thanks', 'Hi Ravi, thanks!\nMo: I swapped your plan to the annual one and refunded this month’s £12.\nMo: the new plan starts today.', 'Mo: the new plan'],
    ['after the agent names themselves', 'Hi Ola, Dee here!\nDee: the replacement key is cut and posted first class today.\nDee: it should reach you by Thursday.', 'Dee: it should'],
  ])('keeps the labelled lines %s the agent’s', (_, text, line) => {
    expect(kindOf(text, line)).toBe('body');
  });

  it.each([
    ['the customer’s turns, labelled with the name the agent greets', 'Hi Lou, so sorry, I’ve re-sent it by courier today.\n\nLou: my order never came\nLou: it was due Monday', 'Lou: my order'],
    ['a role’s turns', 'Sorry about the wait! I’ve re-sent the parcel today.\n\nVisitor: my order never came\nVisitor: it was due Monday', 'Visitor: my order'],
    ['a named customer’s turns over a short answer', 'Dana: where is my refund\nDana: it has been a week\n\nSorted, refund sent!', 'Dana: it has'],
    ['a bot’s turns over the agent’s greeting', 'Ada: Thanks! I’m passing you to the team now.\nAda: Someone will be with you shortly.\n\nHi Leon! All sorted now.', 'Ada: Someone'],
    ['one speaker’s turns stamped with a clock', 'Sorry about the wait! I’ve re-sent the parcel today.\n\nLou (09:12): my order never came\nLou (09:13): it was due Monday', 'Lou (09:12)'],
  ])('still reads %s as pasted', (_, text, line) => {
    expect(kindOf(text, line)).toBe('quote');
  });
});

describe('terse lines the agent ends on, in the passive with its verb dropped', () => {
  it.each([
    ['two after the answer', 'Hi Jo,\n\nI’ve cancelled the duplicate order and the £20 goes back to your card within 3 days.\n\nRefund processed\nTicket updated', 'Refund processed'],
    ['with a time word', 'Thanks Bea, the new address is on your account now.\n\nAddress changed today\nCourier notified', 'Courier notified'],
  ])('keeps %s the agent’s', (_, text, line) => {
    expect(kindOf(text, line)).toBe('body');
  });

  it.each([
    ['an app run with who did it', 'Your card was refunded on Monday, it takes 3 to 5 days to show.\n\nConversation closed by Theo\nRating requested', 'Conversation closed by Theo'],
    ['events under a signed name', 'Your card was refunded on Monday, it takes 3 to 5 days to show.\n\nThanks,\nTheo\n\nTicket solved\nSurvey sent', 'Ticket solved'],
    ['a person’s reactions', 'Your card was refunded on Monday, it takes 3 to 5 days to show.\n\nPriyanka reacted with 👍\nMarco liked your message', 'Priyanka reacted'],
  ])('still reads %s as the app’s', (_, text, line) => {
    expect(kindOf(text, line)).not.toBe('body');
  });
});
