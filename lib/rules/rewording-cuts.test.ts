/**
 * Cuts and lower-casing that leave a sentence broken (issue #10, reader17 families 1, 2 and 4): a cut that stops short
 * of the reference it removes, a participle handed to the customer when a frame goes, a name or a hyphenated word in
 * capitals lowered by halves, and words shouted in a run taken for names.
 */
import { describe, expect, it } from 'vitest';
import { rewordingProblems } from './rewording-safety';
import { appliedRewordings } from './testing/applied-rewordings';

const applied = appliedRewordings;

describe('a cut takes the whole reference or none of it', () => {
  it.each([
    ['Cover is capped at £30 per item as per the Parcel Carriage Terms 2019, clause 4.', 'Cover is capped at £30 per item 2019, clause 4.', 'as per the Parcel Carriage Terms', '2019'],
    ['The bond is held as per the Tenancy Deposit Rules section 7, so it returns after the check-out.', 'The bond is held section 7, so it returns after the check-out.', 'as per the Tenancy Deposit Rules', 'section 7'],
    ['As noted in your rental agreement, the car must come back full.', 'Agreement, the car must come back full.', 'As noted in your rental', 'Agreement'],
  ])('%s', (before, after, flagged, left) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).toContain(`leaves "${left}" behind`);
  });

  it.each([
    ['Return the lamp within 30 days as per the returns policy.', 'Return the lamp within 30 days.', 'as per the returns policy'],
    ['The fee is £5 as per the 2024 price list, and it covers every order.', 'The fee is £5, and it covers every order.', 'as per the 2024 price list'],
    ["As per your request, I've closed the second account.", "I've closed the second account.", 'As per your request'],
  ])('a whole cut is no stray: %s', (before, after, flagged) => {
    expect(rewordingProblems(before, after, flagged).join(' ')).not.toContain('stops short');
  });

  it('the card offers no Apply for a cut that would strand the year and clause', () => {
    expect(applied('Liability is capped at £15 per kg as per the Freight Conditions of Carriage 2021, clause 9.', 'as-per')).toEqual([]);
  });
});

describe('a frame cut after a participle keeps the agent as its doer', () => {
  it.each([
    ['Having reviewed the meter photos, it is clear that the reading was estimated.', 'Having reviewed the meter photos, I can confirm that the reading was estimated.'],
    ['After checking the delivery scan, it is obvious that the parcel reached the locker.', 'After checking the delivery scan, I can confirm that the parcel reached the locker.'],
  ])('%s', (text, expected) => expect(applied(text, 'clearly-obviously')).toEqual([expected]));

  it('a frame that opens the sentence is still simply cut', () => {
    expect(applied('It is obvious that the seal was broken.', 'clearly-obviously')).toEqual(['The seal was broken.']);
  });
});

describe('capitals that are a booking record or one hyphenated word', () => {
  it.each([
    'The ticket is issued under BRANDT / MARGIT on reference KX44P.',
    'Your room is held under the name FONSECA until 6pm.',
    'The passenger line reads ADEYEMI/TOLU MS, as on your passport.',
  ])('leaves a name in booking-record capitals alone: %s', (text) => expect(applied(text, 'all-caps')).toEqual([]));

  it.each([
    ['DEPOSITS ARE NON-REFUNDABLE.', 'Deposits are non-refundable.'],
    ['This price is NON-NEGOTIABLE, sorry.', 'This price is non-negotiable, sorry.'],
    ['You MUST RESTART the router first.', 'You must restart the router first.'],
  ])('lowers a shouted hyphenated word whole: %s', (text, expected) => expect(applied(text, 'all-caps')).toEqual([expected]));

  it('words shouted in a run are no names the lowering loses', () => {
    const before = 'Your seat is 14C. PLEASE KEEP THE RECEIPT YOU GOT, as staff may ask for it.';
    const after = 'Your seat is 14C. Please keep the receipt you got, as staff may ask for it.';
    expect(rewordingProblems(before, after).join(' ')).not.toMatch(/writes the name/);
  });
});
