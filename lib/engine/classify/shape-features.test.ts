import { describe, expect, it } from 'vitest';
import { clauseSubject, normalizedWords, shapeFeatures } from './features';

// Sentences written for these tests.
const names = (text: string) => shapeFeatures(normalizedWords(text)).map(([name]) => name);

describe("a sentence's shape, whatever its words (session 44 experiment)", () => {
  it.each([
    ['Unfortunately, we cannot change the booking.', 'agent'],
    ['You will need to bring the receipt.', 'customer'],
    ['It was dispatched on Monday.', 'thing'],
    ['Our billing department handles refunds.', 'team'],
    ['The warranty does not cover water damage.', 'thing'],
    ['Nobody here can see that account.', 'nobody'],
    ['No one at the desk has that form.', 'nobody'],
    ['Send the form back by Friday.', 'none'],
    ['They close at six.', 'other'],
  ])('reads who the first clause is about: %s → %s', (text, who) => {
    expect(clauseSubject(normalizedWords(text))).toBe(who);
    expect(names(text)).toContain(`sh:subject:${who}`);
  });

  it.each([
    ['You must sign for the parcel.', 'must'],
    ['You will need to restart the router.', 'need'],
    ['You have to book a slot first.', 'haveTo'],
    ['You should have kept the box.', 'should'],
    ["We can't open the file.", 'cannot'],
    ["We won't refund the fee.", 'willNot'],
  ])('reads the modality: %s → %s', (text, kind) => {
    expect(names(text)).toContain(`sh:modal:${kind}`);
  });

  it('crosses the subject with the modality and with a negation', () => {
    expect(names('You must sign for the parcel.')).toContain('sh:customer&must');
    expect(names("We can't open the file.")).toEqual(expect.arrayContaining(['sh:agent&cannot', 'sh:agent&negated']));
    expect(names('The team will call you tomorrow.')).not.toContain('sh:team&negated');
  });

  it('reads an alternative offered, a reason given and a person who acts', () => {
    expect(names('Instead, we can send a paper copy.')).toContain('sh:alternative');
    expect(names('In the meantime, the old card still works.')).toContain('sh:alternative');
    expect(names('The line is closed due to the storm.')).toContain('sh:reason');
    expect(names('My colleague will ring you about the fitting.')).toContain('sh:person');
    expect(names('The parcel left the depot today.')).toEqual(['sh:subject:thing']);
  });

  it('gives nothing for a sentence without words', () => {
    expect(shapeFeatures([])).toEqual([]);
    expect(clauseSubject([])).toBe('none');
  });
});
