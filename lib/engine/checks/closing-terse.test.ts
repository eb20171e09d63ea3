/**
 * next-step-missing on terse e-mails and on the wishes that end a reply. Flagged: an e-mail of a few words that states a
 * fact and stops ("Sale items cannot be refunded.", "Your application is still being reviewed."), advice only after a
 * no. Left alone: a bare acknowledgement of three words, a short plan with its time, steps whose verb stands before a
 * screen's label ("Tap Reset."), and a wish that carries the next step ("Enjoy the summer, and we'll see you back in
 * September!"). Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const nextStep = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');
const email = (body: string, signer = 'Kind regards,\nJo') => `Hi Sam,\n\n${body}\n\n${signer}`;

describe('a terse e-mail that states a fact and stops', () => {
  it.each([
    'We have received your returned item.',
    'Your application is still being reviewed.',
    'Your account has been reviewed.',
    'The part is out of stock with our supplier.',
    'Our engineer looked at the photos.',
    'Your claim is with the assessors now.',
  ])('is flagged: %s', (body) => {
    const finding = nextStep(email(body));
    expect(finding?.text).toBe(body);
    expect(finding?.suggestions.length).toBeGreaterThan(0);
  });

  it.each(['Sale items cannot be refunded.', 'The warranty does not cover water damage.', 'Your claim has been declined.'])(
    'after a no, gets advice and no stock open door: %s',
    (body) => {
      const finding = nextStep(email(body));
      expect(finding?.suggestions).toEqual([]);
      expect(finding?.advice).toMatch(/where the customer can turn/);
    },
  );

  it.each([
    'All done, thanks!',
    'Done and dusted.',
    'Refund sent today.',
    'Your refund will arrive on Friday.',
    "I'll call you tomorrow at 10.",
    'Your new card is on its way.',
  ])('is left alone when it is a bare acknowledgement or a plan: %s', (body) => {
    expect(nextStep(email(body))).toBeUndefined();
  });
});

describe('steps whose verb stands before a screen label', () => {
  it.each([
    'To reset it:\n\n1. Open Settings.\n2. Tap Reset.',
    'To save it:\n\n1. Press Save.\n2. Choose PDF.',
    'To turn it off:\n\n1. Click on Account.\n2. Untick Reminders.',
  ])('are a next step: %j', (body) => {
    expect(nextStep(email(body, 'Ana\nAcme Support'))).toBeUndefined();
  });

  it('a list of what was found, with a capital after its first word, is not', () => {
    const body = 'What our engineer found:\n\n1. The router firmware was out of date.\n2. Line speed was capped at 10 Mb.\n3. Old fault still open.';
    expect(nextStep(email(body))).toBeDefined();
  });
});

describe('a wish that carries the next step', () => {
  it.each([
    'Your freeze is set up from June. Enjoy the summer, and we will see you back in September!',
    'Your booking is moved to the 14th. Have a great trip, and let me know how it goes!',
    'The voucher is on your account. Enjoy your meal, and just reply if the code gives you any trouble.',
  ])('ends the reply well: %s', (body) => {
    expect(nextStep(email(body))).toBeUndefined();
  });

  it.each([
    'Your membership is frozen. Enjoy the summer!',
    'We have received your form. Have a great weekend.',
    'The part is out of stock with our supplier. Thanks for your patience.',
  ])('a wish alone does not: %s', (body) => {
    expect(nextStep(email(body))).toBeDefined();
  });
});

describe('an offer in other words ends the reply', () => {
  it.each([
    "The new plan is live on your account. Happy to join a quick call if you'd like me to go through it with you.",
    'The invoice is attached. Glad to run through the figures on Friday.',
    "The order is on hold for now. If you'd like me to move it to your office, just say the word.",
  ])('is a next step: %s', (body) => {
    expect(nextStep(email(body))).toBeUndefined();
  });

  it.each(['The new plan is live on your account. Glad to hear the old one worked for you.', 'The invoice is attached. Happy to report the figures are final.'])(
    'gladness at news is not: %s',
    (body) => {
      expect(nextStep(email(body))).toBeDefined();
    },
  );
});
