/**
 * acknowledge-feelings never puts its line right before a redirect or a bare "Noted.": there the finding is advice,
 * and the agent names the feeling in their own words. Before a refusal the line stays without a promise ("I'm here
 * to help"); before an answer it is written as before.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
// The line the card offers, one-click or prefilled in a fill-in: its wording is tested alike.
import { offeringPrefills } from './acknowledgement-offered';

const analyzer = offeringPrefills(createAnalyzer(defaultPack));
const acknowledgementOf = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

const WORRIED = "I'm really worried, I can't log in with sso and my payroll run is due today.";
const FURIOUS = "I'm furious. The seller sent a broken phone and your site took my money. This is disgusting.";

describe('acknowledge-feelings before a no, a redirect or a bare note', () => {
  it.each([
    ['a bare "Noted."', 'Hi Priya,\n\nNoted.\n\nBest,\nSam', WORRIED],
    ['a redirect to the seller', 'Hello,\n\nPlease contact the seller directly about the condition of the item.\n\nRegards,\nMarketplace Team', FURIOUS],
    ['a redirect after an inline greeting', 'Hi Dan, you will need to contact your bank about the charge.', FURIOUS],
    ['"not responsible"', 'Dear Mr Ade,\n\nWe are not responsible for items sold by third-party sellers.\n\nRegards,\nSupport', FURIOUS],
    ['a social "Noted"', '@dan_w Noted!', FURIOUS],
  ])('is advice only before %s', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer, text.startsWith('@') ? 'social' : 'email');
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/own words/);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
  });

  it.each([
    ['a refusal', 'Hi Priya,\n\nWe are unable to reset sso accounts from support.\n\nBest,\nSam', WORRIED],
    ['a short refusal', "We can't refund orders from marketplace sellers.", FURIOUS],
    ['a redirect later in the reply', 'Hi Priya,\n\nThe sso outage is on the identity provider side. You will need to contact your provider about the payroll login.\n\nBest,\nSam', WORRIED],
  ])('writes the line before %s without a promise', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer);
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of finding!.suggestions) expect(suggestion).not.toMatch(/here to help|put it right|on it|let['’]s/i);
  });

  it.each([
    ['an answer', 'Hi Priya,\n\nYour sso access is restored and the payroll run can go ahead today.\n\nBest,\nSam', WORRIED],
    ['a fix for the order', "Hello,\n\nI've refunded the full price of the phone to your card today.\n\nRegards,\nMarketplace Team", FURIOUS],
  ])('still writes the line before %s', (_name, text, customer) => {
    const finding = acknowledgementOf(text, customer);
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
  });
});

describe('acknowledge-feelings keeps the spelling of the word it puts at a sentence start', () => {
  const WORRIED_CALM = "I'm so worried, nothing works and I have no idea what is going on.";
  it.each([
    ['Hi Priya,\n\nsso is back up for everyone now.\n\nBest,\nSam', /\. SSO is back up/],
    ['Hi Priya, sso is back up for everyone now.', /\. SSO is back up/],
    ['iPhone sync is back up for everyone now.', /\. iPhone sync is back up/],
    ['eBay orders sync again as of this morning.', /\. eBay orders sync/],
    ['the sync is back up for everyone now.', /\. The sync is back up/],
  ])('%s', (text, expected) => {
    const finding = acknowledgementOf(text, WORRIED_CALM);
    expect(finding?.suggestions[0]).toMatch(expected);
  });
});

describe('acknowledge-feelings after a chat speaker label', () => {
  it('puts the line after "Agent (Rhea):", where the agent\'s words start', () => {
    const finding = acknowledgementOf('Agent (Rhea): Your new router ships today.', FURIOUS, 'chat');
    expect(finding!.suggestions[0]).toMatch(/^Agent \(Rhea\): I'm sorry\b.*\. Your new router ships today\.$/);
  });

  it('reads "Good news:" in an e-mail as the sentence, not as a label', () => {
    const finding = acknowledgementOf('Good news: your new phone ships today.', FURIOUS);
    expect(finding!.suggestions[0]).toMatch(/^I'm sorry\b.*\. Good news: your new phone ships today\.$/);
  });
});

describe('acknowledge-feelings before a sentence that opens on a number', () => {
  it('keeps the word after the number as the agent wrote it', () => {
    const finding = acknowledgementOf('Hi Jo,\n\n3 licences have been added to your plan, and the invoice follows at month end.\n\nBest,\nAmir', WORRIED);
    expect(finding?.suggestions[0]).toMatch(/ 3 licences have been added/);
  });
});

describe('acknowledge-feelings beside a request for more patience', () => {
  it('does not concede the wait is far too long while asking for more of it', () => {
    const finding = acknowledgementOf('Hi Sam,\n\nYour documents are with the assessor. Please allow up to 10 working days.\n\nBest,\nLeah', "I've been waiting 6 weeks for the assessment and still nothing. This is ridiculous.");
    expect(finding?.suggestions[0]).toMatch(/^I'm sorry/);
    expect(finding?.suggestions[0]).not.toMatch(/far too long|not good enough/);
  });

  it.each([
    ['within the timescale', 'Hi Sam,\n\nYour claim is still within our 10-day assessment timescale, and the assessor has it.\n\nBest,\nLeah'],
    ['not yet due', 'Hi Sam,\n\nThe refund is not due until Friday, as it follows the return window.\n\nBest,\nLeah'],
  ])('does not concede a wait the reply says is %s', (_name, reply) => {
    const finding = acknowledgementOf(reply, "I've been waiting 6 weeks for the assessment and still nothing. This is ridiculous.");
    expect(finding?.suggestions[0]).toMatch(/^I'm sorry/);
    expect(finding?.suggestions[0]).not.toMatch(/far too long|not good enough/);
  });
});

describe('acknowledge-feelings never restates what the reply\'s own facts deny', () => {
  it.each([
    [
      'a double charge the reply says never happened',
      "You've charged me TWICE for March. £34 on the 1st and again on the 3rd. I want my money back today.",
      'Hello Dana,\n\nI have checked your account and you were only charged once for March. The second entry is a pending authorisation.\n\nRegards,\nBilling Team',
      /charged twice|put it right/,
    ],
    [
      'a charge the reply keeps',
      'I cancelled last week and you still took £25. Refund it.',
      'Hi Grace,\n\nYour cancellation came in 3 days before the box shipped, so the £25 payment stands.\n\nThanks,\nThe Snackbox Team',
      /this charge|put it right/,
    ],
    [
      'a wait the reply calls normal',
      "It's been 4 days and the transfer still isn't in my account. Ridiculous.",
      'Transfers can take up to 5 working days to process.',
      /far too long/,
    ],
    [
      'a contact history read from tickets sent to the customer',
      "I booked 4 seats for Saturday's Hamlet and only 2 tickets were emailed. Booking HML-20931. Not happy.",
      'Dear Ms Carter,\n\nBooking HML-20931 contains 2 seats only.\n\nRegards,\nBox Office',
      /contact us|chase/,
    ],
  ])('%s', (_name, customer, text, never) => {
    const finding = acknowledgementOf(text, customer);
    expect(finding).toBeDefined();
    expect(finding!.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of finding!.suggestions) expect(suggestion).not.toMatch(never);
  });

  it('offers no "I\'m here to help" right before a claim declined for good', () => {
    const finding = acknowledgementOf(
      'Dear Mr Barros,\n\nTheft from an unattended bag is excluded. Your claim has therefore been declined.\n\nRegards,\nClaims',
      'You refused my claim for my phone. It was stolen from my bag! I can barely afford a new one.',
    );
    for (const suggestion of finding?.suggestions ?? []) expect(suggestion).not.toMatch(/here to help|put it right/);
  });

  it('still names the double charge where the reply refunds it', () => {
    const finding = acknowledgementOf(
      'Hello Dana,\n\nThe second payment has been refunded to your card today.\n\nRegards,\nBilling Team',
      "You've charged me TWICE for March. £34 on the 1st and again on the 3rd. I want my money back today.",
    );
    expect(finding?.suggestions[0] ?? '').toMatch(/charged twice/);
  });

  it('goes after a "Re: your email." reference line', () => {
    const finding = acknowledgementOf('Re: your email.\n\nYour issue has been assigned to the network team.', "My internet has been down for 5 days and I'm so frustrated.");
    expect(finding?.suggestions[0]).toMatch(/^I'm sorry\b.*\. Your issue has been assigned/);
  });

  it('concedes no "far too long" where the reply says refunds take up to 30 working days', () => {
    const finding = acknowledgementOf('Refunds take up to 30 working days from receipt.', "I returned it 5 weeks ago and I've been waiting for 5 weeks for my refund. Useless.");
    for (const suggestion of finding?.suggestions ?? []) expect(suggestion).not.toMatch(/far too long/);
  });

  it('goes after "Greetings of the day.", not before it', () => {
    const finding = acknowledgementOf('Greetings of the day. Your issue has been assigned to the network team.', "My internet has been down for 5 days and I'm so frustrated.");
    expect(finding?.suggestions[0]).toMatch(/^I'm sorry\b.*\. Your issue has been assigned/);
  });
});

describe('acknowledge-feelings reads a date in a question about requirements as no hurry', () => {
  it('offers no "I know you need this on Saturday" to "Do I need to bring anything on Saturday?"', () => {
    const finding = acknowledgementOf('Dear Mr Rossi,\n\nPlease bring your driving licence and the card used for the booking.\n\nKind regards,\nRental Desk', 'Hi, do I need to bring anything when I pick up the car on Saturday?');
    expect(finding).toBeUndefined();
  });
});
