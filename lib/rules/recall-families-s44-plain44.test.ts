/**
 * Session 44, plain44 (issue #10), under the A/B protocol: internal codes read by their shape, not by a list. The
 * unexplained-code check (shipped off) with `minCodes: 2`, a reply written in codes, flags jargon-dense replies of any
 * grammar; a reply with one local term, everyday acronyms, product names, a code explained in place, a code the
 * customer quoted, a currency before its amount or a time zone after a clock time passes. Our own wording, not taken
 * from dev files, a check batch or held-out data.
 */
import { describe, expect, it } from 'vitest';
import { describeRecallFamilies, type FamilyCase } from './testing/recall-families';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';

const base = defaultPack.rules.find((r) => r.id === 'unexplained-code')!;
const dense = createAnalyzer([{ ...base, enabled: true, options: { ...(base as { options?: object }).options, minCodes: 2 } } as typeof base]);
const single = createAnalyzer([{ ...base, enabled: true }]);
const codesIn = (analyzer: typeof dense, text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings.filter((f) => f.ruleId === 'unexplained-code');

const jargonDense = [
  'Your job went to T3 yesterday and we are waiting on the RFA before we can book it.',
  'The QV has been lodged, so the BRN should follow once the LPA signs.',
  'Once the CRN is raised, the FMU will release the hold.',
  'We have logged it as a P2 and the NOC is watching the link.',
  'Your card hit an AVS mismatch, and the PSP flagged it for review.',
  'Sorry for the wait. The HGV was held at the ICD because the IGM was late.',
  'I checked with the DRO and your case is parked until the OIC confirms.',
  'Status: awaiting PQQ. The TTR will update after the next CAB.',
  'Your line shows high CRC errors, so we have asked the NTE team to take a look.',
];

const plainOrKnown: Array<[string, string?]> = [
  ['Your iPhone 15 case ships today, and the USB-C cable is in the box.'],
  ['Plug the HDMI lead into port 2, then pick HDMI 2 on the TV remote.'],
  ["I've attached the invoice as a PDF, with the VAT shown on its own line."],
  ['If the Wi-Fi drops again, restart the router and enter your PIN on the app.'],
  ['Thanks, I found order KX4471 and it left our warehouse this morning.', 'Where is order KX4471?'],
  ["Your return authorisation (RMA) is attached, so any post office will take the parcel."],
  ['The total comes to KES 38,500, and I have sent the M-Pesa request to your phone.'],
  ['Your table is held until 7pm KST, and the chef knows about the nut allergy.'],
  ['The upgrade is RM25 a night, and I have added breakfast for free.'],
  ['Your PNR is on the e-ticket, and the train leaves from platform 4.'],
  ['The engineer comes on Tuesday between 8am and 12pm, and he will call first.'],
  ['Your MOT and the GPS update are both booked for Saturday morning.'],
];

describe('session 44, plain44: a reply written in codes', () => {
  it.each(jargonDense)('flags %s', (text) => {
    expect(codesIn(dense, text).length).toBeGreaterThan(0);
  });
  it.each(plainOrKnown)('passes %s', (text, customerMessage) => {
    expect(codesIn(dense, text, customerMessage)).toEqual([]);
  });
  it('flags a single unexplained code only while minCodes is 1, the shipped setting', () => {
    const text = 'Your refund is pending DCV and will go out after that.';
    expect(codesIn(single, text).map((f) => f.text)).toEqual(['DCV']);
    expect(codesIn(dense, text)).toEqual([]);
  });
  it('reads a currency before its amount or a time zone after a clock time as no code, even with minCodes 1', () => {
    expect(codesIn(single, 'That comes to MXN 3,360 with the discount.')).toEqual([]);
    expect(codesIn(single, 'Please pay THB 1,250.00 at the desk.')).toEqual([]);
    expect(codesIn(single, 'A courier can swap it at your door for R60.')).toEqual([]);
    expect(codesIn(single, 'The shop opens at 9:30 WIB tomorrow.')).toEqual([]);
    expect(codesIn(single, 'The parcel ships by 5pm JST today.')).toEqual([]);
    // A number after a code that is no amount keeps it a code: "ToS 4.2", "within 5-7 BD".
    expect(codesIn(single, 'Refunds take 5-7 BD to show.').map((f) => f.text)).toEqual(['BD']);
  });
});

// A receipt passed on to a team, with no person who then acts, is still only a receipt (logged-and-noted's unless
// narrowed: "noted and forwarded to the team concerned" no longer excuses it; passed to someone who will act does).
const receipts: FamilyCase[] = [
  ['a receipt forwarded to a faceless team', 'logged-and-noted',
    ['Your complaint has been logged and forwarded to the team concerned.',
      'Your feedback has been noted and passed to the appropriate unit for action.',
      'Your query has been received and sent to the back office.',
      'The case has been registered and referred to the claims section for processing.',
      'Your comments have been noted and shared with management.',
      'Your request has been recorded and escalated to the operations desk.',
      'Your enquiry has been logged and forwarded on to the billing area.',
      'This complaint has been filed and passed to the review panel.'],
    ['Your complaint has been logged and passed to Priya, who will call you before 4pm today.',
      'Your request has been noted and forwarded to our engineer, and she will ring you tomorrow morning.',
      'Your feedback has been noted and will shape the new menu next month.',
      "I've logged your request and forwarded it to Tom, who can fix it today.",
      "Thanks, I've got your form and I'm processing it now.",
      'Your claim has been received and shared with Sam, who is going to approve it this afternoon.',
      'Your ticket has been logged and is being worked on now; I will email you by 5pm.',
      'Your query has been received and will be answered by Friday.']],
];
describeRecallFamilies('session 44, plain44: a receipt forwarded to a faceless team', receipts);
