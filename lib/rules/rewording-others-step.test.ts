/**
 * "We'll need you to contact <someone>" claims as our need a step that is another body's; a card must not Apply a
 * rewording that says so where the agent did not. A body named by its proper name counts ("contact Royal Mail"), an
 * ordinary lower-case word does not ("call back tomorrow"): the capital is read case-sensitively. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { rewordingProblems } from './rewording-safety';

const claimsOthersStep = (before: string, after: string) => rewordingProblems(before, after).some((p) => p.startsWith("claims as our need a step that is someone else's"));

describe("a rewording that claims another body's step as our need", () => {
  it.each([
    ['You should contact Royal Mail about the missing parcel.', "We'll need you to contact Royal Mail about the missing parcel."],
    ['You have to ring the courier to rebook.', "We'll need you to ring the courier to rebook."],
    ['Speak to your bank about the hold.', "We'll need you to speak to your bank about the hold."],
  ])('%s → %s is refused', (before, after) => {
    expect(claimsOthersStep(before, after)).toBe(true);
  });

  it.each([
    ['You need to call back tomorrow after nine.', "We'll need you to call back tomorrow after nine."],
    ['You must email back with the photos.', "We'll need you to email back with the photos."],
    ['You have to ask again at the desk.', "We'll need you to ask again at the desk."],
  ])('%s → %s names no other body', (before, after) => {
    expect(claimsOthersStep(before, after)).toBe(false);
  });
});

describe("our own desks are not another body (a capital names the team, not another company)", () => {
  it.each([
    ['You will need to email Support with the order number.', "We'll need you to email Support with the order number."],
    ['pls contact Billing re the double charge', "We'll need you to contact Billing re the double charge"],
    ['You must ring Customer Care on 0800 123 456 to rearrange.', "We'll need you to ring Customer Care on 0800 123 456 to rearrange."],
    ['Kindly speak to Our Returns team at the store.', "We'll need you to speak to Our Returns team at the store."],
    ['You have to contact the Billing team for a copy invoice.', "We'll need you to contact the Billing team for a copy invoice."],
    ['you need to call the help desk and quote ref 55120', "We'll need you to call the help desk and quote ref 55120"],
    ['You need to email Support for a copy invoice.', "We'll need you to email Support for a copy invoice."],
    ['You must contact Billing with your order number.', "We'll need you to contact Billing with your order number."],
    ['You have to ring Customer Care Team on 0800 11 22 33.', "We'll need you to ring Customer Care Team on 0800 11 22 33."],
  ])('%s → %s is kept', (before, after) => {
    expect(claimsOthersStep(before, after)).toBe(false);
  });

  it.each([
    ['You will need to contact Apple about the warranty.', "We'll need you to contact Apple about the warranty."],
    ['You need to ring Evri to rebook the drop.', "We'll need you to ring Evri to rebook the drop."],
    ['You should call the bank to lift the block.', "We'll need you to call the bank to lift the block."],
    ['Contact Apple Support for the repair.', "We'll need you to contact Apple Support for the repair."],
    // A desk word that is another body's desk or the start of another company's name (review, session 36).
    ['You need to contact Customer Services at Apple.', "We'll need you to contact Customer Services at Apple."],
    ['You will have to ring Claims Direct for the form.', "We'll need you to ring Claims Direct for the form."],
    ['You should call the Accounts team at your bank.', "We'll need you to call the Accounts team at your bank."],
  ])('%s → %s is still refused (a third party)', (before, after) => {
    expect(claimsOthersStep(before, after)).toBe(true);
  });
});
