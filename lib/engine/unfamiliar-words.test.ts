import { describe, expect, it } from 'vitest';
import { isEverydayWord, unfamiliarWordsAdvice, unfamiliarWordsIn } from './unfamiliar-words';

const rare = (s: string, message?: string) => unfamiliarWordsIn(s, 0, s.length, message).map((w) => w.word);

describe('words the customer may never have met', () => {
  it.each([
    ['Unfortunately your sample was haemolysed, so we need another.', ['haemolysed']],
    ['Additional hours are billable at the standard rate.', ['billable']],
    ['The order is currently at the wayleave stage.', ['wayleave']],
    ['Duties, if assessed, are the consignee responsibility.', ['consignee']],
    // A trade term at a sentence's start is still the trade's.
    ['Deactivations are carried out in line with the code.', ['Deactivations']],
  ])('finds them in "%s"', (s, words) => expect(rare(s)).toEqual(words));

  it.each([
    // Everyday words, inflected, with a common prefix, or known to compromise ("online").
    'Your refund is on its way and the courier will collect the parcel tomorrow.',
    'I have reissued your invoice and the voucher is attached.',
    'You can manage it online from your account page.',
    // Names: a capital after the sentence's first word.
    'I spoke to Raghavan at the Haemolyx depot this morning.',
    // Explained beside it, in brackets or by what it means.
    'Your sample was haemolysed (the blood cells broke on the way to the lab), so we need another.',
    'The work is billable, which means it is charged by the hour.',
    'This is known as a wayleave and lets the engineer cross the field.',
    // Units after a number, links, addresses and words in quotation marks.
    'Your level was 5 mmol and the next test is in June.',
    'See https://example.com/haemolysed or write to billable@example.com for more.',
    'The screen will say "haemolysed" when the test cannot be read.',
    // Letters beyond English's: no fragment of a word of another language is read ("caf", "fianc").
    'We can meet at the café near your fiancée\'s office.',
    // Short words are left alone.
    'The lien is cleared.',
    // Everyday words SCOWL's small sizes lack but its medium size (40) holds: no customer needs them explained.
    'The ticket is non-refundable, but the website lets you move it to any later date.',
    'Your laptop is recyclable, and the vegan menu is on the carousel at the top of the page.',
    // Words of digital life SCOWL's lists predate: every customer has met them.
    'Send me a screenshot of your inbox and your username, and try the login on your smartphone.',
    'Turn on bluetooth, check the dropdown on the homepage, and the chatbot will send a passcode.',
    // A slip of the keyboard is no term to explain ("reciept", "definately").
    'I have attached the reciept and it will definately arrive on Monday.',
  ])('finds none in "%s"', (s) => expect(rare(s)).toEqual([]));

  it("leaves the customer's own words, in any ending", () => {
    expect(rare('The wayleave was granted yesterday.', 'Is the wayleave sorted yet?')).toEqual([]);
    expect(rare('Your sample was haemolysed.', 'They said my samples haemolysed again.')).toEqual([]);
    // Another ending of theirs, or their dialect's spelling of the word.
    expect(rare('Your sample was haemolysed.', 'What does haemolysis mean?')).toEqual([]);
    expect(rare('Your sample was haemolysed.', 'Why was my sample hemolyzed?')).toEqual([]);
    expect(rare('Both wayleaves are signed.', 'Is the wayleave sorted yet?')).toEqual([]);
    expect(rare('Your sample was haemolysed.', 'Was my sample lost?')).toEqual(['haemolysed']);
  });

  it('names each word once, and reads a long run in bounded time', () => {
    expect(rare('The wayleave and the second wayleave are both pending.')).toEqual(['wayleave']);
    const long = `${'haemolysed '.repeat(50_000)}`;
    expect(unfamiliarWordsIn(long, 0, long.length).length).toBeLessThanOrEqual(8);
    expect(rare(`${'a'.repeat(200_000)}`)).toEqual([]);
  });

  it('reads everyday words by the common word lists, not by their length', () => {
    expect(isEverydayWord('appointment')).toBe(true);
    expect(isEverydayWord('reissued')).toBe(true);
    expect(isEverydayWord('haemolysed')).toBe(false);
    // One letter from an everyday word is a slip only on longer words; trade words stay rare.
    expect(isEverydayWord('seperate')).toBe(true);
    for (const term of ['wayleave', 'demurrage', 'billable', 'chargeback', 'escrow', 'probate']) expect(isEverydayWord(term), term).toBe(false);
  });

  it('quotes the words in its advice', () => {
    expect(unfamiliarWordsAdvice(['haemolysed'])).toBe("'haemolysed' may be new to the customer: say what it means for them.");
    expect(unfamiliarWordsAdvice(['wayleave', 'consignee'])).toBe("'wayleave' and 'consignee' may be new to the customer: say what they mean for them.");
  });
});
