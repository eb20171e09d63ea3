/**
 * The shared shape slots (shapes.ts) and the session-20 shape fixes reach every rule that uses them: each shape is
 * tested on each of its rules alone (the rule's own pattern, not another rule's overlap), with near misses that must
 * pass. Sentences are in the style of dev replies, never from a check batch or held-out data.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const ruleNamed = (id: string) => {
  const rule = defaultPack.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return createAnalyzer([{ ...rule, enabled: true }]);
};
const flags = (id: string, text: string) => ruleNamed(id).analyze(text).findings.some((f) => (f.merged ?? [f]).some((m) => m.ruleId === id));

type ShapeCase = [shape: string, rule: string, flag: string[], pass: string[]];
const cases: ShapeCase[] = [
  // HABITUALLY: how often a cause holds, one slot in three rules.
  ['how often a cause holds', 'blames-the-customer',
    ['Warping is nearly always caused by the print settings.', 'Leaks are mostly the result of overfilling.'],
    ['Warping is nearly always caused by our old resin, so I have sent a new bottle.']],
  ['how often a cause holds', 'you-probably-did',
    ['Tracking drift is nearly always a polar alignment issue.', 'Double clicking is usually a software issue on the user\'s side.', 'Whistling is normally the result of the domes not being inserted correctly.', 'Blisters are nearly always the result of the boots being worn wet.'],
    ['Tracking drift is nearly always a polar alignment issue at our end, and I have fixed it.', 'It usually arrives within two days.']],
  ['how often a cause holds', 'blames-by-guess',
    ['Condensation is almost always caused by your heating settings.', 'Dropouts are nearly always due to your router.'],
    ['Dropouts are nearly always due to the storm last week, which knocked out our mast.']],
  // CUSTOMER_ROLE / CUSTOMER_ROLES: the customer named by role instead of "you".
  ['the customer named by role', 'you-should-have',
    ['The planholder ought to have reviewed the schedule at the point of purchase.', 'The hirer should have inspected the tyres at collection.'],
    ['The engineer should have called before coming, and I am sorry he did not.']],
  ['the customer named by role', 'customers-are-responsible',
    ['The planholder ought to read the schedule on purchase.', 'Hirers are reminded to check the tyres.', 'It is up to plot holders to arrange their own water storage.', 'It is up to the hirer to check the tyres.'],
    ['Our driver should be with you by 5pm.']],
  ['the customer named by role', 'blames-the-customer',
    ['The damage was caused by the hirer.', 'The blockage was the result of the tenant flushing wipes.'],
    ['The damage was caused by our driver, and I have booked a repair for Monday.']],
  ['the customer named by role', 'you-agreed-to',
    ['Hirers agree to return the van with a full tank.', 'Tenants agree to report any damage within 7 days.'],
    ['Our hirers love the new vans.']],
  // CONTROL_VERB: the say given to another party.
  ['the say given to another party', 'not-my-department',
    ['Results are released by the laboratory.', 'Bookings are allocated by the hospital.', 'Lead times are determined by the supplier.'],
    ['Your replacement was packed by our Leeds team today.']],
  ['the say given to another party', 'someone-elses-job',
    ['Service times are confirmed by the funeral director, not by the crematorium.', 'Seats are allocated by the venue, not by us.'],
    ['Seats are allocated by me, not by the venue, so I have moved you to row C.']],
  ['the say given to another party', 'third-party-to-blame',
    ['Refunds are released by them.', 'Repairs are determined by them.'],
    ['Refunds are released by them, so I have asked them to pay yours today.']],
  // The blame in another form: a counterfactual hung on the customer, a noun, a question with another auxiliary.
  ['a counterfactual hung on the customer', 'you-should-have',
    ['The driver would have left a card if you were out.', 'The reason would have been included in the letter had you opted in.'],
    ['I would have called if I had your number, so I have added it now.', 'We would have been glad to help.']],
  ['the blame as a noun', 'you-failed-to',
    ['Your failure to attend the follow-up means the settings were not adjusted.', 'Your omission to sign the form delayed the claim.'],
    ['Our failure to call you back was wrong, and I am sorry.']],
  ['a question with another auxiliary', 'blames-by-question',
    ['Has the room been ventilated daily as the welcome pack advised?', 'Did you follow the care card?', 'Did you watch the handover video?'],
    ['Has the room warmed up since the engineer came?', 'Did you want me to book the engineer for Friday?']],
];

describe('shape slots and shape fixes (issue #10, session 20)', () => {
  it.each(cases)('%s: %s', (_shape, rule, flag, pass) => {
    for (const text of flag) expect(flags(rule, text), text).toBe(true);
    for (const text of pass) expect(flags(rule, text), text).toBe(false);
  });

  it('each shared slot is tested on at least three rules', () => {
    const rulesByShape = new Map<string, Set<string>>();
    for (const [shape, rule] of cases) rulesByShape.set(shape, (rulesByShape.get(shape) ?? new Set()).add(rule));
    for (const shape of ['how often a cause holds', 'the customer named by role', 'the say given to another party']) {
      expect(rulesByShape.get(shape)!.size).toBeGreaterThanOrEqual(3);
    }
  });
});
