/** After a no, a reply that already ends on where the customer can turn needs no closing card (session 53, review). */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingCards = (body: string) =>
  analyzer.analyze(`Dear Ms Okafor,\n\n${body}\n\nKind regards,\nTom`, { channel: 'email' }).findings.filter((f) => f.ruleId === 'next-step-missing');

describe('the closing check after a no', () => {
  it.each([
    'I am sorry, but we cannot change the decision on your claim. You can still appeal to the ombudsman within 8 weeks.',
    'Unfortunately we are unable to refund the fee. If you disagree, you can ask for a review by our complaints team.',
    'I am afraid the claim was declined. You are welcome to take your complaint to the Financial Ombudsman Service.',
  ])('stays silent where the reply ends on the customer\'s route: %s', (body) => {
    expect(closingCards(body)).toEqual([]);
  });

  it('still asks for the route after a bare no', () => {
    expect(closingCards('I am sorry, but we cannot change the decision on your claim. The decision was made by our panel.')).toHaveLength(1);
  });
});
