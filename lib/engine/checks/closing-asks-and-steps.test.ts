/**
 * next-step-missing on replies whose last sentence is the next step in a form the check missed: a promise behind someone
 * else's silence ("if they don't reply by Friday, I'll refund you"), the steps of a how-to in the app ("click Invite and
 * enter their email"), and a request for what the agent needs to act ("Tell me the date, and it's booked."). Near misses
 * keep their hint or their advice. Replies invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (body: string) =>
  analyzer.analyze(`Hi Omar,\n\n${body}\n\nBest,\nLena`, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');

describe('a last sentence that is the next step', () => {
  it.each([
    "I've chased the courier and given them two days; if they don't reply by Thursday, I'll send a new parcel myself.",
    'I checked the listing for you. If the host does not reply by tonight, I will rebook you at the hotel next door.',
    'Thanks for asking about the team plan. Under Admin › People, click Add member and type their email address.',
    'Good news, the export is live for your account. In the Reports tab, select Export and pick the month you need.',
    'We can do a blue one for the party. Tell me the name and the age, and it goes in the oven on Friday.',
    'We still have two seats on that tour. Send me the names of both travellers and I will hold them for you.',
  ])('%s', (body) => {
    expect(nextStep(body)).toBeUndefined();
  });
});

describe('near misses', () => {
  it('our own "don\'t reply" is still a no, and a refusal later in the sentence still counts', () => {
    expect(nextStep('Your claim was reviewed on Monday. Please do not reply to this email.')).toBeDefined();
    expect(nextStep("The courier closed the claim. They don't reply to us either, and we cannot refund the parcel.")?.suggestions).toEqual([]);
  });

  it('a fact or an order in prose with no step in the app still gets the hint', () => {
    expect(nextStep('Your invoice was sent on Monday. Please review your contract.')).toBeDefined();
    expect(nextStep('The report was slow because of the update. Tell-tale signs were in the log.')).toBeDefined();
  });
});
