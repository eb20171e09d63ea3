/**
 * next-step-missing after a final or closed-door statement ("The amount is final.", "No further correspondence will be
 * entered into.", an order not to contact us): a stock "Let me know if there is anything else I can do" right after it
 * reads as irony, so the finding is advice with no Apply, wherever the statement sits and however the reply is laid out.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const closingOf = (text: string) => analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'next-step-missing');

describe('next-step-missing after a final or closed-door statement', () => {
  it.each([
    ['a flat final amount above a sign-off', 'Dear Ms Lowe,\n\nThe excess was deducted in line with the terms you accepted when you booked. The amount is final.\n\nRegards,\nClaims Team'],
    ['a final decision as the last line, no greeting', 'We reviewed your claim against the policy wording and the adjuster\u2019s report. This decision is final.'],
    ['no further correspondence, then a signature', 'Hello,\n\nOur assessor reviewed the photographs of the bumper. No further correspondence will be entered into.\n\nKind regards,\nOlu Adebayo\nMotor Claims | Harbour Insurance'],
    ['an order not to contact the office', 'Hi Ravi,\n\nThe parking charge was issued correctly. Do not contact this office again regarding this charge.'],
    ['a figure that stands, before a closing fact', 'Hello Mr Byrne,\n\nThe valuation of your vehicle stands and will not change. It was based on three recent sales of the same model.\n\nBest,\nDana'],
    ['a final position in a paragraph of its own', 'Hi Jo,\n\nThanks for your message about the late delivery fee.\n\nThat is our final position on the matter.\n\nCheers,\nMatt'],
    ['a closing sale policy after a list', 'Hi Aisha,\n\nYour order included:\n1. Two clearance lamps\n2. One sale rug\n\nAll clearance sales are final.'],
    ['a stop-emailing order mid-body', 'Hello,\n\nStop emailing us about the survey results. The figures were published in March and are on our website.'],
    ['a price that is non-negotiable', 'Dear Ms Okafor,\n\nThe renewal price reflects the claims you made this year and is non-negotiable.\n\nYours sincerely,\nPolicy Team'],
  ])('%s', (_name, text) => {
    const finding = closingOf(text);
    expect(finding).toBeDefined();
    expect(finding!.suggestions).toEqual([]);
    expect(finding!.advice).toMatch(/where the customer can turn/);
  });

  it.each([
    ['a final invoice that is attached', 'Hi Sam,\n\nThe final invoice for March is attached to this email. It covers the two site visits.\n\nRegards,\nAccounts'],
    ['a final meter reading that arrived', 'Hello Mr Byrne,\n\nWe received your final meter reading on 3 May and closed the account on the same day.'],
  ])('still offers a closing after %s', (_name, text) => {
    expect(closingOf(text)?.suggestions.length).toBeGreaterThan(0);
  });
});
