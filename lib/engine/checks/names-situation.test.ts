/**
 * The whole-reply checks read principles, not wordings (issue #10): a reply acknowledges when it names the customer's
 * situation from their side or folds it into the fix; a grievance is read by its shape; negatives that side with the
 * customer are no wall of no; a check unsure of its reading speaks as a hint. Sentences are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { grievanceIn } from './grievance';

const analyzer = createAnalyzer(defaultPack);
type Channel = 'email' | 'chat' | 'social';
const findingOf = (ruleId: string, text: string, customerMessage?: string, channel: Channel = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === ruleId);

describe('a reply that names the customer\'s situation from their side acknowledges it', () => {
  it.each([
    ['a degree', 'Our boiler broke and we have had no hot water for four days. Fed up.', 'Hi Tom,\n\nFour days with no hot water is far too long. An engineer will be with you tomorrow at 9.\n\nBest,\nAmy'],
    ['something missing', 'The shuttle never came and we missed our ferry. Absolutely furious.', 'Hi Ana,\n\nA missed ferry with no shuttle in sight isn\'t good enough. I\'ve refunded the shuttle and booked you on the 14:30.\n\nBest,\nLeo'],
    ['a fragment with no verb', 'My parcel with the birthday cake arrived squashed, I am so upset.', 'Hi Jo,\n\nPoor cake. I\'ve sent a new one by courier and it will reach you by noon tomorrow.\n\nBest,\nSam'],
    ['folded into the fix', 'I need the dress for a wedding on Saturday and it still hasn\'t shipped! Really stressed.', 'Hi Mia,\n\nSince the wedding is on Saturday, I\'ve upgraded the dress to next-day delivery, so it reaches you on Thursday.\n\nBest,\nKat'],
  ])('%s', (_name, customer, text) => {
    expect(findingOf('acknowledge-feelings', text, customer)).toBeUndefined();
  });

  it.each([
    ['a copula that classifies', 'The driver cancelled on me at midnight and I was stranded. Furious.', 'Drivers are independent contractors and may cancel trips. Please see the cancellation policy in the app.'],
    ['a passive report', 'I was charged a late fee but I paid on time! This is outrageous.', 'Hi Mr Dunne,\n\nThe late fee was applied correctly and will remain on the account.\n\nRegards,\nBilling'],
    ['a dispute about their line', 'Why have I been charged £85 for roaming?? I had it switched off. Furious.', 'Hi Ria,\n\nRoaming was active on your line on the dates shown.\n\nRegards,\nBilling'],
  ])('but not %s', (_name, customer, text) => {
    expect(findingOf('acknowledge-feelings', text, customer)).toBeDefined();
  });
});

describe('a grievance told in plain facts is read by its shape', () => {
  it.each([
    "you've cancelled my flight and I'm stuck in Lisbon with a toddler, what do I do??",
    'My father died last month and you are still sending him letters demanding payment. Please stop.',
    'this is the third agent I have spoken to today, I just want my router replaced',
    "I've been without power for 3 days. Nobody will tell me when it's coming back.",
  ])('%s', (message) => {
    expect(grievanceIn(message)).not.toBeNull();
  });

  it.each(['Thank you for sending me the invoice so quickly.', 'Can you send me the manual for the X200?', 'You helped me so much last week, thanks!'])(
    'not a thank-you or a request: %s',
    (message) => {
      expect(grievanceIn(message)).toBeNull();
    },
  );

  it('an acknowledgement read from the situation alone speaks as a hint', () => {
    // A toddler beside the stranding would be read as worry (mood/cues.ts), which the customer shows: that is sure.
    const finding = findingOf('acknowledge-feelings', 'You can rebook on the app under Manage Booking, or request a refund there.', "you've cancelled my flight and I'm stuck in Lisbon, what do I do??", 'chat');
    expect(finding?.severity).toBe('hint');
  });
});

describe('negatives and closings read by what they do for the customer', () => {
  it('negatives that side with the customer are no wall of no', () => {
    const text = 'A week without that lift means a week without your station, and that isn\'t OK. The part arrives on Thursday.';
    expect(findingOf('stacked-negatives', text)).toBeUndefined();
  });

  it('a wall of no beside an action of the agent speaks as a hint', () => {
    const text = "We can't refund it, we don't offer credit and we won't replace it. I've added a note to your account.";
    expect(findingOf('stacked-negatives', text)?.severity).toBe('hint');
  });

  it('"so you can" with something to do ends a reply; "so you can find it" does not', () => {
    const base = 'Hi Lee,\n\nYour meter number appears on every bill we print for the account';
    expect(findingOf('next-step-missing', `${base}, so you can copy it straight in.\n\nRegards,\nBilling`)).toBeUndefined();
    expect(findingOf('next-step-missing', `${base}, so you can find it there.\n\nRegards,\nBilling`)).toBeDefined();
  });
});
