/**
 * Session 29's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-dg and a sample of the other dev
 * files and written again here in other words. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { neighbourProblems, rewordingProblems } from './rewording-safety';

const analyzer = createAnalyzer(defaultPack);
const suggestionsOf = (text: string, ruleId: string, customerMessage?: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.filter((f) => f.ruleId === ruleId).flatMap((f) => f.suggestions);

describe('s29: a cut that ends on an auxiliary and leaves the verb it carried', () => {
  it.each([
    'Your bike will be returned once the part is delivered and fitted.',
    'The new handset will be posted once the stock is checked and packed.',
    'Your sofa will be rebuilt as soon as the parts are sourced from Italy.',
  ])('no one-click cut: %s', (text) => {
    expect(suggestionsOf(text, 'when-we-get-a-chance')).toEqual([]);
  });

  it.each([
    ['The refund will be issued once the form is signed and returned.', 'The refund will be issued signed and returned.'],
    ['Your keys will be cut when the blank has arrived from the wholesaler.', 'Your keys will be cut arrived from the wholesaler.'],
    ['Access will be restored when your account is verified by security.', 'Access will be restored verified by security.'],
    ['Your chair will be returned once the part arrives from the supplier.', 'Your chair will be returned from the supplier.'],
    ['The dress will be altered when the lace comes in from our mill in Nottingham.', 'The dress will be altered from our mill in Nottingham.'],
  ])('refused by the safety net: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/cuts a clause but leaves part of it/);
  });

  it('a wait cut whole is still offered', () => {
    expect(suggestionsOf("We'll look into it when we get a chance.", 'when-we-get-a-chance')).not.toEqual([]);
    expect(rewordingProblems("We'll look into it when we get a chance.", "We'll look into it.").join('; ')).not.toMatch(/cuts a clause/);
    expect(rewordingProblems('The van is booked, as you know, for Friday.', 'The van is booked for Friday.').join('; ')).not.toMatch(/cuts a clause/);
    expect(rewordingProblems("We'll review it when we get a chance at the depot.", "We'll review it at the depot.").join('; ')).not.toMatch(/cuts a clause/);
  });
});

describe('s29: no "just reply here" when the reply routes the next request elsewhere, after the change too', () => {
  it.each([
    'Your refund is done. This ticket has been closed. For anything else, please open a new request through the customer portal.',
    'The replacement card has been posted. This ticket has been closed. If you need more help, raise a new ticket.',
    'Your booking is moved. Ticket closed. Please do not reopen it.',
    'The invoice is corrected. Your query has been resolved. Further questions should be submitted via the billing form.',
  ])('advice, not a one-click "reply here": %s', (text) => {
    expect(suggestionsOf(text, 'ticket-closed')).toEqual([]);
  });

  it('a closed ticket with no other route still gets its open door', () => {
    expect(suggestionsOf('Glad it works now. Ticket closed.', 'ticket-closed')).not.toEqual([]);
  });

  it('"do not reopen" turns replies away for any inserted invitation', () => {
    const before = 'The lock is replaced. Please do not reopen this case.';
    const after = 'The lock is replaced. Let me know if you need anything. Please do not reopen this case.';
    expect(neighbourProblems(before, after).join('; ')).toMatch(/invites a reply the reply itself turns away/);
  });
});

describe('s29: a duty a charge rests on is not made a request', () => {
  it.each([
    ["The boiler was serviced as booked. It is the owner's responsibility to book the annual gas check. We can do the check at a cost of £85.", 'We ask everyone to book the annual gas check.'],
    ["It is the hirer's responsibility to return the trailer clean. Cleaning will be done at your own expense.", 'We ask everyone to return the trailer clean.'],
    ["The alarm was fitted to the plan. It is the customer's responsibility to choose the sensor type. A second visit is chargeable.", 'We ask everyone to choose the sensor type.'],
  ])('refused: %s', (before, request) => {
    const duty = /It is the [a-z]+['’]s responsibility to [^.]+\./.exec(before)![0];
    const after = before.replace(duty, request);
    expect(rewordingProblems(before, after).join('; ')).toMatch(/duty a refusal or a charge rests on/);
  });

  it('a duty with no charge or no beside it may still become a request', () => {
    const before = "Thanks for booking. It is the owner's responsibility to leave the gate open. The fitter arrives at 9am.";
    const after = 'Thanks for booking. We ask everyone to leave the gate open. The fitter arrives at 9am.';
    expect(rewordingProblems(before, after).join('; ')).not.toMatch(/charge rests on/);
  });
});

describe('s29: a stock wording on a word it does not fit', () => {
  it.each([
    ['We acknowledge your complaint.', 'Thanks for sharing your complaint.'],
    ['We have logged your fault report.', 'Thanks for sharing your fault report.'],
    ['That is in accordance with the rental agreement.', 'That is under the rental agreement.'],
    ['The charge was in line with our price list.', 'The charge was under our price list.'],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).toMatch(/stock wording that does not fit/);
  });

  it.each([
    ['We note your comments.', 'Thanks for sharing your comments.'],
    ['Charges are calculated in accordance with your tariff.', 'Charges are calculated under your tariff.'],
    ['Pursuant to section 4, the deposit is kept.', 'Under section 4, the deposit is kept.'],
  ])('kept: %s', (before, after) => {
    expect(rewordingProblems(before, after).join('; ')).not.toMatch(/stock wording/);
  });
});

describe('s29: tears told of someone else are a let-down, not a worry', () => {
  const reply =
    "Dear Customer,\n\nPlease be advised that rides closed for safety checks are not refundable as per our terms. The duty manager's decision is final.\n\nRegards,\nPark Guest Services";
  it.each([
    'We drove two hours to the park and the coaster was shut all day. My boys were in tears. We want our money back.',
    'Boys in tears after the ride closed on us twice.',
    'Our little girl was in tears when the pony ride was cancelled at the gate.',
  ])('the line is no "worrying": %s', (message) => {
    const lines = suggestionsOf(reply, 'acknowledge-feelings', message);
    expect(lines.join(' ')).not.toMatch(/worrying/);
  });

  it('tears the customer is in now still read as distress', () => {
    const reply2 = 'Hello,\n\nThe venue is closed for works until March. Your deposit stays on account.\n\nRegards,\nEvents';
    const lines = suggestionsOf(reply2, 'acknowledge-feelings', "The venue just told us it's closed for our wedding date. I'm in tears.");
    expect(lines.join(' ')).not.toMatch(/disappointing/);
  });
});

describe('s29: no stock closing after a decision upheld, a charge defended, an open wait or the reply’s own invitation', () => {
  const closing = " If anything else comes up, reply here and I'll be glad to help.";
  const withClosing = (body: string) => neighbourProblems(body, body + closing).join('; ');
  it.each([
    'We reviewed the survey. The agreement therefore stands.',
    'The callout fee covers travel time. It is charged on every booking.',
    'Your file is with the valuer. We will write back in due course.',
    'Thanks for the documents. We shall respond in due course.',
  ])('after bad news or an open wait: %s', (body) => {
    expect(withClosing(body)).toMatch(/stock closing right after bad news or a long wait/);
  });

  it.each([
    'The quote is attached. Kindly revert with your approval.',
    'I need one more thing. Please reply with the serial number from the base.',
    'Thanks for the photos. Send us the delivery note too.',
  ])('after the reply already asks them to write back: %s', (body) => {
    expect(withClosing(body)).toMatch(/echoes an invitation to write back/);
  });

  it.each([
    'Your refund of £20 went out today and should show by Friday.',
    'The engineer fitted the new valve and the boiler is running.',
    'Your new card will be posted in due course.',
  ])('a closing after good news is still offered: %s', (body) => {
    expect(withClosing(body)).toBe('');
  });
});

describe('s29: "I\'m here to help" right before a flat no', () => {
  it.each([
    ["We don't do weekend deliveries. You can collect from the depot.", "I understand how worrying this is, and I'm here to help. We don't do weekend deliveries. You can collect from the depot."],
    ["We don't keep a waiting list. Please check the site on Mondays.", "I understand this is worrying, and I'm here to help. We don't keep a waiting list. Please check the site on Mondays."],
  ])('refused: %s', (before, after) => {
    expect(neighbourProblems(before, after).join('; ')).toMatch(/promises help that the next sentence takes back/);
  });

  it('help before a no with its alternative in the same sentence stays', () => {
    const before = "We don't do weekend deliveries, but I can book you Friday evening.";
    expect(neighbourProblems(before, `I understand this is worrying, and I'm here to help. ${before}`).join('; ')).not.toMatch(/takes back/);
  });
});

describe('s29: an acknowledgement before a line that holds the customer to their own sign-off, or disputes the repeat it grants', () => {
  it.each([
    ['The layout was approved by you before printing. Reprints are chargeable.', "I'm so sorry — I can hear how much this has upset you. "],
    ['The colour was confirmed by you at the fitting. A respray costs £90.', "I'm sorry — I can see how frustrating this has been. "],
  ])('refused: %s', (before, line) => {
    expect(neighbourProblems(before, line + before).join('; ')).toMatch(/apologises right before a line that blames the customer/);
  });

  it('granting a repeat the reply calls a new fault is refused', () => {
    const before = 'The fitter says the tap was sealed on the day. A drip now would be a new fault and needs a new visit booked.';
    expect(neighbourProblems(before, `I'm sorry this has happened again — that's not good enough. ${before}`).join('; ')).toMatch(/concedes what the reply goes on to dispute/);
  });

  it.each([
    'The refund was approved this morning and is on its way.',
    'The tap fault has come back, so I have booked the fitter for Friday.',
  ])('near miss: %s', (before) => {
    expect(neighbourProblems(before, `I'm sorry this has happened again — that's not good enough. ${before}`).join('; ')).not.toMatch(/blames the customer|concedes what/);
  });
});
