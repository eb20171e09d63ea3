/**
 * Session 25's families of unsafe rewordings (issue #10 items 3–4), read on dev-extra-cp and written again here in other
 * words: a cut that stops inside the name of the page it removes or strands its bracket, a cut that leaves when the agent
 * spoke as if it were when things happen, a vague time cut while its reason stays ("collected as our drivers are busy"),
 * "when they have availability" as a vague time, "non-negotiable" and "non-transferable" as a no, "T&Cs" as the terms
 * a no rests on, a comma splice whose second subject is a noun, and acknowledgements that concede or promise beside a
 * reply that puts the duty on the customer or says all was well, or that go before a "Morning!". Each has near misses
 * that must still be offered. All sentences are written here, none is from a data file.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine/analyzer';
import { defaultPack } from './default';
import { rewordingProblems } from './rewording-safety';
import { appliedRewordings as applied } from './testing/applied-rewordings';

const analyzer = createAnalyzer(defaultPack);
/** The one-click acknowledgement lines offered for a reply to `customerMessage`. */
function acknowledgements(text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email'): string[] {
  return analyzer
    .analyze(text, { customerMessage, channel })
    .findings.filter((f) => f.ruleId === 'acknowledge-feelings')
    .flatMap((f) => f.suggestions.map((s) => text.slice(0, f.start) + s + text.slice(f.end)));
}

describe('s25: a cut takes the page it names whole, or is not offered', () => {
  it.each([
    ['The lens is covered, as stated in your repair receipt (no. 4410), for a year.', 'The lens is covered, receipt (no. 4410), for a year.', 'as stated in your repair', 'receipt'],
    ['Your cat had her jabs at the clinic (as noted on your intake sheet).', 'Your cat had her jabs at the clinic ( sheet).', 'as noted on your intake', 'sheet'],
  ])('refused, one word of the name left: %s', (before, after, flagged, left) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toContain(`leaves "${left}" behind`);
  });

  it.each([
    ['Please note that, as stated in the hire confirmation (ref. HX-22), the van must be back by 6pm.', 'Please note that, (ref. HX-22), the van must be back by 6pm.', 'as stated in the hire confirmation'],
    ['Entry closes at 4pm. As shown on the ticket (gate B), no late entry is allowed.', 'Entry closes at 4pm. (gate B), no late entry is allowed.', 'As shown on the ticket'],
  ])('refused, the bracket left describing nothing: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).toContain('leaves a bracket without the words it described');
  });

  it.each([
    ['Return the kayak by 5pm (see the map for the jetty).', 'Return the kayak by 5pm (see the map).', 'for the jetty'],
    ['Your options (a) and (b) are both open, and I can hold the room.', 'Your options (a) and (b) are both open, and I can hold the room today.', ''],
  ])('a bracket that still follows its words is no problem: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).not.toContain('leaves a bracket without the words it described');
  });

  // Session 26: the page a pointer names is where the fact is written down, information the customer may need ("as
  // stated in your booking confirmation"), so the cut is not offered at all (advice only), whole or in part.
  it('the rule does not cut the page a pointer names, whole or in part', () => {
    expect(applied('Bikes must be returned by 5pm (as stated on the booking page).', 'as-i-said-before')).toEqual([]);
    expect(applied('Wetsuits are compulsory, as explained repeatedly in the booking email.', 'as-i-said-before')).toEqual([]);
  });
});

describe('s25: a cut of "as I said" takes when it was said with it', () => {
  it.each([
    ['Hi, as I mentioned on the phone yesterday, the part is on order.', 'Hi, yesterday, the part is on order.', 'as I mentioned on the phone', 'yesterday'],
    ['So, as we explained on the call last Friday, the tank needs draining.', 'So, last Friday, the tank needs draining.', 'as we explained on the call', 'last Friday'],
  ])('refused: %s', (before, after, flagged, left) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toContain(`leaves "${left}" behind`);
  });

  it('a time that is when things happen stays: the cut of the saying alone is fine', () => {
    expect(rewordingProblems('As I said, on Monday the crew starts at 8.', 'On Monday the crew starts at 8.', 'As I said,').join(' ')).not.toContain('behind');
  });

  it('the rule takes the time with the saying', () => {
    expect(applied('Like I said on the call on Friday, the refund takes 5 days.', 'as-i-said-before')).toEqual(['The refund takes 5 days.']);
    expect(applied('As we told you over the phone last week, the boiler needs a new pump.', 'as-i-said-before')).toEqual(['The boiler needs a new pump.']);
    expect(applied('As I explained on our call on Tuesday, the pump is on back order.', 'as-i-said-before')).toEqual(['The pump is on back order.']);
  });
});

describe('s25: a vague time is not cut while the reason for the wait stays', () => {
  it.each([
    ['The skip will be collected in due course as our lorries are all out.', 'The skip will be collected as our lorries are all out.', 'in due course as'],
    ['Your refund will be issued shortly because the bank is closed today.', 'Your refund will be issued because the bank is closed today.', 'shortly because'],
    ['A fitter will call at a later date since the van is off the road.', 'A fitter will call since the van is off the road.', 'at a later date since'],
  ])('refused: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).toContain('cuts a wait but keeps its reason, which now explains the act');
  });

  it.each([
    ['The funds will be released in due course once the buyer signs.', 'The funds will be released once the buyer signs.', 'in due course'],
    ['As soon as the spares arrive, a mechanic will fit them.', 'A mechanic will fit them.', 'As soon as the spares arrive,'],
    ['In due course, the deposit will reach your account as a bank transfer.', 'The deposit will reach your account as a bank transfer.', 'In due course,'],
  ])('offered: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).not.toContain('cuts a wait but keeps its reason, which now explains the act');
  });

  it('the rule gives advice instead', () => {
    expect(applied('The van will be returned in due course as the depot is short-staffed.', 'in-due-course')).toEqual([]);
  });

  it('"when they have availability" is a vague time: cut, only "it will happen" is left', () => {
    expect(rewordingProblems('The roofer will attend when they have availability.', 'The roofer will attend.', 'when they have availability').join(' ')).toMatch(/the obvious/);
    expect(rewordingProblems('The roofer will attend when they have availability to patch the flashing.', 'The roofer will attend to patch the flashing.', 'when they have availability').join(' ')).not.toMatch(/the obvious/);
  });
});

describe('s25: "non-negotiable", "non-transferable" and "T&Cs" keep the no and its basis', () => {
  it.each([
    ['The upgrade fee applies to every member and is non-negotiable.', 'The upgrade fee applies to every member.', 'and is non-negotiable'],
    ['Season passes are personal and non-transferable.', 'Season passes are personal.', 'and non-transferable'],
  ])('a "non-" word is a no: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).toContain('drops the negation');
  });

  it('a "non-" word kept is no lost no', () => {
    expect(rewordingProblems('Sadly the fee is non-refundable.', 'The fee is non-refundable.', 'Sadly')).not.toContain('drops the negation');
  });

  it('a slammed door mid-sentence gets advice, never a cut that drops it', () => {
    const findings = analyzer.analyze('The surcharge applies to all bookings and is non-negotiable.', { channel: 'email' }).findings;
    expect(findings.flatMap((f) => f.suggestions.map((s) => s))).not.toContain('bookings');
    expect(findings.some((f) => f.ruleId === 'thats-impossible')).toBe(true);
  });

  it.each([
    ['Vouchers are non-refundable as per our T&Cs.', 'Vouchers are non-refundable.', 'as per our T&Cs'],
    ['Deposits are forfeited if you cancel late, per the Ts&Cs.', 'Deposits are forfeited if you cancel late.', ', per the Ts&Cs'],
  ])('"T&Cs" are the terms a no rests on: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).toContain('drops the records or terms qualifier');
  });
});

describe('s25: a comma splice whose second subject is a noun is kept out of a rewritten sentence', () => {
  it.each([
    ['Please note that the room is not guaranteed in your booking, the view is allocated on arrival.', 'The room is not guaranteed in your booking, the view is allocated on arrival.', 'Please note that'],
    ['Kindly be advised the refund was sent on Monday, your bank can take three days.', 'The refund was sent on Monday, your bank can take three days.', 'Kindly be advised'],
  ])('refused: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toContain('keeps a comma splice');
  });

  it.each([
    ['Please note that once you pay, the booking is final.', 'Once you pay, the booking is final.', 'Please note that'],
    ['Please note that, having checked the photos, the seal is intact.', 'Having checked the photos, the seal is intact.', 'Please note that,'],
  ])('offered: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).not.toContain('comma splice');
  });
});

describe('s25: an acknowledgement neither concedes nor promises beside a reply that stands firm', () => {
  it('no "that\'s not good enough" where the reply says it was theirs to check', () => {
    const lines = acknowledgements(
      "Hi Dana,\n\nMinor bumps are noted in the incident log, and it is carers' responsibility to check the daily notes on the app.\n\nThanks,\nRory",
      "My son came home with a graze on his knee and nobody told me at pick-up. I'm really upset.",
    );
    expect(lines.join(' ')).not.toMatch(/not good enough/);
  });

  it('no "I want to put it right" where our staff say all was well', () => {
    const lines = acknowledgements(
      'Hello,\n\nWe take safety very seriously. The instructor confirms all pupils were accounted for at the lift. We will look into it.\n\nRegards,\nSnowline',
      'The instructor left my daughter at the top of the slope on her own for half an hour! We are absolutely livid.',
    );
    expect(lines.join(' ')).not.toMatch(/put it right/);
  });

  it('a reply that acts and disputes nothing still gets the promise', () => {
    const lines = acknowledgements(
      'Hello,\n\nWe take safety very seriously. The instructor has been taken off junior groups. We will look into it.\n\nRegards,\nSnowline',
      'The instructor left my daughter at the top of the slope on her own for half an hour! We are absolutely livid.',
    );
    expect(lines.join(' ')).toMatch(/put it right/);
  });
});

describe('s25: the acknowledgement takes the place of a formula that says the same', () => {
  const panicking = "My exam is on Friday and the repaired clarinet still isn't back — you said Monday. I'm panicking.";
  it('replaces a sentence that is only the formula', () => {
    const lines = acknowledgements('Dear Ms Reid,\n\nWe understand your concern. The new pads have not yet been fitted.\n\nKind regards,\nReed Repairs', panicking);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).not.toMatch(/We understand your concern/);
      expect(line).toContain('The new pads have not yet been fitted.');
    }
  });

  it('goes before a sentence with news of its own, keeping it whole', () => {
    const lines = acknowledgements('Dear Ms Reid,\n\nThe new pads have not yet been fitted, and we understand your concern.\n\nKind regards,\nReed Repairs', panicking);
    for (const line of lines) expect(line).toContain('The new pads have not yet been fitted, and we understand your concern.');
  });
});

describe('s25: the acknowledgement goes after a "Morning!"', () => {
  it('keeps the greeting first and the line capitalised', () => {
    const lines = acknowledgements('@sam_b Morning! U12s are on the 3G pitch from 10am, and your refund went out today.', "This is the third time I've messaged about my refund and still nothing. Really fed up.", 'social');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^@sam_b Morning! I['’]m sorry[^]*U12s are/);
  });

  it('"Evening classes start at 6, …" is no greeting', () => {
    const lines = acknowledgements('Evening classes start at 6, so the 5pm one is gone.', "I'm really annoyed, my class was cancelled again and I drove two hours!", 'chat');
    for (const line of lines) expect(line).not.toMatch(/^Evening classes start at 6, [A-Za-z]/);
  });
});

describe('s25 (from the other dev files\' reading): a subject, a condition or a frame that a rewording leaves wrong', () => {
  it.each([
    ['Our volunteers can only answer emails when the office is open.', 'Our volunteers can only answer emails.', 'when the office is open'],
    ['The barrier only lifts if a warden is on site.', 'The barrier only lifts.', 'if a warden is on site'],
  ])('"only" keeps what it restricts: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged)).toContain('cuts the condition an "only" restricts (a meaning of its own)');
  });

  it('a cut with no "only" is not this problem', () => {
    expect(rewordingProblems('The engineer will ring when he has a gap, and the part is here.', 'The engineer will ring, and the part is here.', 'when he has a gap')).not.toContain('cuts the condition an "only" restricts (a meaning of its own)');
  });

  it.each([
    ['The roofer has been informed and will inspect the gutter on Monday.', "I've informed the roofer and will inspect the gutter on Monday.", 'The roofer has been informed'],
    ['Your landlord has been contacted and should reply by Friday.', "I've contacted your landlord and should reply by Friday.", 'Your landlord has been contacted'],
  ])('the other party keeps its own verb: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toContain('makes the agent the subject of what another party will do');
  });

  it('a second clause with its own subject is fine', () => {
    expect(rewordingProblems('Your claim has been approved and the payment will follow on Friday.', "I've approved your claim and the payment will follow on Friday.", 'Your claim has been approved').join(' ')).not.toContain('another party');
  });

  it('the old frame\'s subject is not left before the new one', () => {
    expect(rewordingProblems('Its up to the tenant to report leaks.', 'Its we ask everyone to report leaks.', 'up to the tenant').join(' ')).toContain('auxiliary before a new subject');
    // …and the rule takes "It is", "It's" or "Its" with the frame.
    expect(applied('Its up to the member to keep their locker key safe.', 'customers-are-responsible')).toEqual(['We ask everyone to keep their locker key safe.']);
  });

  it('"as clearly stated" keeps "as stated", so the place it was said does not hang', () => {
    const only = createAnalyzer(defaultPack.rules.filter((r) => r.id === 'clearly-stated'));
    const text = 'Storage still accrues on paused boxes, as clearly stated on the price list.';
    const offered = only.analyze(text, { channel: 'email' }).findings.flatMap((f) => f.suggestions.map((s) => text.slice(0, f.start) + s + text.slice(f.end)));
    expect(offered).toEqual(['Storage still accrues on paused boxes, as stated on the price list.']);
  });
});

describe('s25 (second draw of the other dev files): a status label, a waited-on event, a future update, a job left to the customer', () => {
  it('the status line\'s label goes with it', () => {
    expect(applied('Request status: Closed.', 'status-resolved')).toEqual(['I hope that helps, and if anything is still unclear, just reply here.']);
  });

  it.each([
    ['Your locker will be reassigned once a new term starts.', 'Your locker will be reassigned.', 'once a new term starts'],
    ['A courier will be booked after the payment clears.', 'A courier will be booked.', 'after the payment clears'],
    ['The patch will ship in a future release.', 'The patch will ship.', 'in a future release'],
  ])('a cut of what the promise waits on leaves only "it will happen": %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toMatch(/the obvious/);
  });

  it('a cut that leaves more than "it will happen" is fine', () => {
    expect(rewordingProblems('A courier will be booked after the payment clears, for Tuesday.', 'A courier will be booked for Tuesday.', 'after the payment clears,').join(' ')).not.toMatch(/the obvious/);
  });

  it('no conceded chase or "not good enough" beside "can only be done by the account holder"', () => {
    const lines = acknowledgements(
      'Hello,\n\nReports can only be downloaded by the account holder from the dashboard. See the attached guide.\n\nThanks,\nMo',
      "This is the third time I've asked for my report and I still can't get it. Ridiculous.",
    );
    expect(lines.join(' ')).not.toMatch(/not good enough|shouldn['’]t have had to chase/);
  });
});

describe('s25 (third draw): a contracted statement inside a question, a handle moved, a condition said as done', () => {
  it.each([
    ['Please fill in the booking form and I\'ll ring you about a trial.', "Could you fill in the booking form and I'll ring you about a trial?"],
    ['Please send the serial number and we\'ll check the warranty.', "Could you send the serial number and we'll check the warranty?"],
  ])('refused: %s', (before, after) => {
    expect(rewordingProblems(before, after).join(' ')).toContain('turns a statement after a comma into part of a question');
  });

  it('a question that stays one question is fine', () => {
    expect(rewordingProblems('Please send the serial number.', 'Could you send the serial number?').join(' ')).not.toContain('part of a question');
  });

  it('an @handle stays where it was', () => {
    expect(rewordingProblems('@kez_b Classes are occasionally cancelled due to pool availability.', 'We occasionally cancel @kez_b Classes due to pool availability.').join(' ')).toContain('moves an @handle inside the sentence');
    expect(rewordingProblems('@kez_b Classes are occasionally cancelled.', '@kez_b We occasionally cancel classes.').join(' ')).not.toContain('@handle');
  });

  it('what a condition waits on is not said as done', () => {
    expect(rewordingProblems('Payment is held until the goods are checked and the return has been received.', "Payment is held until the goods are checked and thanks, I've got the return.").join(' ')).toContain('says as done what a condition still waits on');
    expect(rewordingProblems('The return has been received.', "Thanks, I've got the return.").join(' ')).not.toContain('condition');
  });
});
