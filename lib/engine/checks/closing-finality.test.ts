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

/**
 * A rule put on the customer with its date ("must be paid by 28 May", "are advised to renew within 14 days") is no plan
 * of ours, and a sentence that closes the matter ("This case will now be closed") is no next step whatever its verb.
 * Sentences are invented for these tests.
 */
describe('next-step-missing after a rule on the customer or a closed matter', () => {
  it.each([
    ['a sum that must be paid by a date', 'Hello Mr Ortiz,\n\nThe invoice reflects the hours on the timesheet. The balance of \u00a3310 must be paid by 14 June.\n\nRegards,\nAccounts'],
    ['forms that must be returned within a time', 'Hi Dara,\n\nWe have your claim. The signed forms must be returned within 10 working days.\n\nThanks,\nClaims'],
    ['members advised to renew by a day', 'Dear member,\n\nThe fees for next season are on the noticeboard. Members are advised to renew by Friday 28 February.\n\nMembership Office'],
    ['applicants required to attend on a day', 'Hello,\n\nYour application is complete. Applicants are required to attend the test centre on Monday 3 March.\n\nAdmissions'],
    ['a complaint that is now concluded', 'Dear Mr Hale,\n\nWe have reviewed the call recording. Your complaint is now closed.\n\nCustomer Relations'],
  ])('flags %s', (_name, text) => {
    expect(closingOf(text)).toBeDefined();
  });

  it('leaves a case that will now be closed to the ticket-closed card, whose fix opens the door, until it is dismissed', () => {
    const text = 'Hi Lena,\n\nThe parcel shows as delivered to your safe place. This case will now be closed.\n\nSupport';
    const findings = analyzer.analyze(text, { channel: 'email' }).findings;
    expect(findings.find((f) => f.ruleId === 'ticket-closed')?.suggestions[0]).toMatch(/if anything else comes up, just reply here/);
    expect(findings.some((f) => f.ruleId === 'next-step-missing')).toBe(false);
    const dismissed = analyzer.analyze(text, { channel: 'email', ignored: { ruleIds: ['ticket-closed'] } }).findings;
    expect(dismissed.some((f) => f.ruleId === 'next-step-missing')).toBe(true);
  });

  it.each([
    ['our own visit on a date', 'Hello Mr Ortiz,\n\nThanks for sending the photos. Our fitter will call on Tuesday 10 June between 8 and 12 to replace the hinge.\n\nRegards,\nAccounts'],
    ['a date they need, with our help', 'Hi Dara,\n\nThe signed forms must be returned within 10 working days, so I\u2019ve posted you a prepaid envelope today.\n\nThanks,\nClaims'],
    ['a rule then an offer', 'Dear member,\n\nMembers are advised to renew by Friday 28 February. I\u2019ll renew it for you over the phone if you\u2019d like.\n\nMembership Office'],
    ['a refund that lands on a date', 'Hi Lena,\n\nI\u2019ve refunded the parcel in full. It will reach your card by Thursday.\n\nSupport'],
    ['a case closed with our next step', 'Dear Mr Hale,\n\nI\u2019ve credited \u00a340 to your account, and I\u2019ll ring you on Monday to check the new router.\n\nCustomer Relations'],
    ['a visit that lies ahead', 'Hello,\n\nYour engineer arrives on Monday 3 March between 1 and 5pm.\n\nAdmissions'],
  ])('does not flag %s', (_name, text) => {
    expect(closingOf(text)).toBeUndefined();
  });
});

/** A calm customer's question answered in full and signed off with a wish needs no stock closing. Invented sentences. */
describe('next-step-missing on a calm question answered in full', () => {
  const analyze = (message: string, text: string) =>
    analyzer.analyze(text, { channel: 'email', customerMessage: message }).findings.find((f) => f.ruleId === 'next-step-missing');
  const answer = (signOff: string) => `Hi Nia,\n\nYes, the cafe is open on bank holidays, and dogs are welcome on the terrace as usual.\n\n${signOff}\nTom`;

  it.each([
    ['a wish for what they do next', 'Enjoy your visit,'],
    ['thanks for choosing us', 'Thanks for choosing us,'],
    ['a happy-doing wish', 'Happy baking,'],
    ['see you on a weekday', 'See you Saturday,'],
  ])('reads %s as the close', (_name, signOff) => {
    expect(analyze('Are you open on bank holidays?', answer(signOff))).toBeUndefined();
  });

  it.each([
    ['an upset customer', 'Why were you shut on Monday?? We drove an hour for nothing.', 'Enjoy your visit,'],
    ['a calm customer, a plain sign-off', 'Are you open on bank holidays?', 'Kind regards,'],
    ['a statement, not a question', 'We are planning to visit on the bank holiday.', 'Happy baking,'],
  ])('still asks for a closing for %s', (_name, message, signOff) => {
    expect(analyze(message, answer(signOff))).toBeDefined();
  });
});
