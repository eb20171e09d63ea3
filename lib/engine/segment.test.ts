/** The segmenter on its own: where sentences end, and where they must not (issue 14, item 4). */
import { describe, expect, it } from 'vitest';
import { countWords, segment, splitParagraphs } from './segment';

const sentences = (text: string) => segment(text).sentences.map((s) => s.text);

describe('segment: where a sentence ends', () => {
  it.each([
    ['abbreviations', 'Dr. Lee will call you. Mr. Smith agreed.', ['Dr. Lee will call you.', 'Mr. Smith agreed.']],
    ['e.g. and i.e.', 'e.g. the red one. I.e. this one.', ['e.g. the red one.', 'I.e. this one.']],
    ['an initial', 'J. Smith will help. Thanks.', ['J. Smith will help.', 'Thanks.']],
    ['an ordinal ends a sentence', 'Your discount ended on the 1st. Renew it.', ['Your discount ended on the 1st.', 'Renew it.']],
    ['decimals and versions', 'The fee is 3.5% and version v2.1 fixes it. Done.', ['The fee is 3.5% and version v2.1 fixes it.', 'Done.']],
    ['a URL', 'See https://example.com/help.html for details. Then reply.', ['See https://example.com/help.html for details.', 'Then reply.']],
    ['a domain at the end of a sentence', 'Visit www.acme.co.uk. It has the form.', ['Visit www.acme.co.uk.', 'It has the form.']],
    ['emoji between sentences', 'Thanks! 😀 Your order shipped. 🎉 Enjoy!', ['Thanks!', '😀 Your order shipped.', '🎉 Enjoy!']],
    ['a closing quote after the stop', 'He said "It works." Then he left.', ['He said "It works."', 'Then he left.']],
    ['a closing bracket after the stop', '(It arrived.) Great.', ['(It arrived.)', 'Great.']],
    ['runs of stops', 'Really?! Yes!!! Great…', ['Really?!', 'Yes!!!', 'Great…']],
    ['numbered list items stay whole', 'Steps:\n1. Open Settings.\n2. Tap Reset.', ['Steps:', '1. Open Settings.', '2. Tap Reset.']],
    ['bulleted items, one per line', '- Passport\n- Visa', ['- Passport', '- Visa']],
    ['a year opening a line is no list number', '2025. A good year.', ['2025.', 'A good year.']],
    ['a line break ends a sentence', 'Hi Anna,\nThanks for waiting', ['Hi Anna,', 'Thanks for waiting']],
    ['sentences typed without the space', 'It arrives by Thursday.Our lines are busy!See you', ['It arrives by Thursday.', 'Our lines are busy!', 'See you']],
    ['"I" typed without the space before it', "We got your note.I'll call.I will write.", ['We got your note.', "I'll call.", 'I will write.']],
    ['file names, domains and St. stay whole', 'Open Node.js and example.com/Help near St.Ives.', ['Open Node.js and example.com/Help near St.Ives.']],
    ['an acronym typed without the space before it', 'Thanks for emailing the Desk.FYI, it goes live.We are on it.ASAP is fine', ['Thanks for emailing the Desk.', 'FYI, it goes live.', 'We are on it.', 'ASAP is fine']],
    ['capitals inside a name or a version stay whole', 'Use ASP.NET, Vue.JSON5x or file.TXT2 today.', ['Use ASP.NET, Vue.JSON5x or file.TXT2 today.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives exact offsets: every sentence is text.slice(start, end)', () => {
    const text = 'Héllo 👩‍👩‍👧‍👦 café!\r\n\r\nDr. Lee will call. 3.5% off… "Yes."';
    for (const s of segment(text).sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('skips quoted lines and fenced code, and marks a sentence alone on its line', () => {
    const text = 'Hi Anna,\n\nThanks. We fixed it.\n\n> quoted. Text.\n\n```\ncode. here.\n```\nEnd.';
    expect(sentences(text)).toEqual(['Hi Anna,', 'Thanks.', 'We fixed it.', 'End.']);
    expect(segment(text).sentences.map((s) => s.ownLine)).toEqual([true, false, false, true]);
    expect(splitParagraphs(text).map((p) => p.checked)).toEqual([true, true, false, false, true]);
  });

  it('cuts a sentence with no stop into pieces of at most 600 characters', () => {
    const text = 'and the router '.repeat(200);
    const pieces = segment(text).sentences;
    expect(pieces.length).toBeGreaterThan(1);
    for (const s of pieces) expect(s.text.length).toBeLessThanOrEqual(600);
  });
});

describe('countWords', () => {
  it.each([
    ["It's a well-known café 42 times", 6],
    ['😀 ...', 0],
    ['東京 tower', 2],
    ['', 0],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});
