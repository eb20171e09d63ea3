import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nlp, tagSentence } from './nlp';
import { mayTagAcronym, organizationEntriesOfLexicon, textRulesOutAcronym, textRulesOutTag } from './tag-possible';
import { ORGANIZATION_ENTRIES } from './organization-entries';
import { segment } from '../engine/segment';

type Tokens = Parameters<typeof mayTagAcronym>[0];
const tokens = (text: string) => (nlp as unknown as { tokenize(t: string): Tokens }).tokenize(text);
const tagged = (text: string) => tagSentence(text).has('#Acronym');

/** Sentences the tagger meets: the dev halves of the real replies, the layouts and the customers' messages. */
function devSentences(): string[] {
  const texts = ['data/replies/dev.jsonl', 'data/layouts/dev.jsonl', 'data/customer-messages/dev.jsonl'].flatMap((file) =>
    readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  return [...new Set(texts.flatMap((t) => segment(t).sentences.map((s) => s.text)))];
}

describe('mayTagAcronym', () => {
  it('says yes wherever compromise tags an #Acronym, and no for most sentences (dev sentences)', () => {
    const sentences = devSentences();
    let no = 0;
    let noByText = 0;
    let acronyms = 0;
    for (const text of sentences) {
      const may = mayTagAcronym(tokens(text));
      const byText = textRulesOutAcronym(text);
      if (tagged(text)) {
        acronyms += 1;
        expect(may, text).toBe(true);
        expect(byText, text).toBeNull();
      }
      if (!may) no += 1;
      if (byText === false) noByText += 1;
    }
    expect(acronyms).toBeGreaterThan(20);
    // The point of the test: most sentences are ruled out without tagging, and most of those without splitting.
    expect(no).toBeGreaterThan(sentences.length / 2);
    expect(noByText).toBeGreaterThan(no / 2);
  });

  it('says yes for each way compromise makes an acronym', () => {
    for (const text of [
      'Please send the NDA today.', // capitals
      'Two UFOs landed.', // capitals and a plural s
      'We ship to the US and the UK.', // places in capitals
      'Ask F about it.', // a lone capital
      'The N.D.A. is signed.', // letters and periods
      'Ask john e about it.', // the john-e rule: one letter after a first name
      'I spoke to ibm yesterday.', // an organization of the lexicon, lower case
      'I ran 5km today.', // a number and a unit, split by the tokenizer
    ]) {
      expect(mayTagAcronym(tokens(text)), text).toBe(true);
      expect(textRulesOutAcronym(text), text).toBeNull();
    }
    expect(tagged('Please send the NDA today.')).toBe(true);
  });

  it('says no for sentences with none of those shapes', () => {
    for (const text of ['Thanks for your patience, I will look into it today.', "I'm sorry, we can't refund a used item.", 'A replacement is on its way to you.']) {
      expect(mayTagAcronym(tokens(text)), text).toBe(false);
      expect(textRulesOutAcronym(text), text).toBe(false);
      expect(tagged(text)).toBe(false);
    }
  });
});

describe('textRulesOutTag', () => {
  it('rules out #Url, #Email and #PhoneNumber only where compromise gives none (dev sentences)', () => {
    const sentences = devSentences();
    for (const tag of ['Url', 'Email', 'PhoneNumber']) {
      let ruledOut = 0;
      for (const text of sentences) {
        if (!textRulesOutTag(text, tag)) continue;
        ruledOut += 1;
        expect(tagSentence(text).has(`#${tag}`), `#${tag} in "${text}"`).toBe(false);
      }
      expect(ruledOut, tag).toBeGreaterThan(sentences.length / 2);
    }
  });

  it('leaves any tag it cannot read from the text to the tagger', () => {
    expect(textRulesOutTag('Thanks for waiting.', 'Noun')).toBe(false);
    expect(textRulesOutTag('Please visit example.com today.', 'Url')).toBe(false);
    expect(textRulesOutTag('Write to help@example.com.', 'Email')).toBe(false);
    expect(textRulesOutTag('Call 555-0123.', 'PhoneNumber')).toBe(false);
    expect(textRulesOutTag('Call us whenever suits you.', 'PhoneNumber')).toBe(true);
  });
});

describe('ORGANIZATION_ENTRIES', () => {
  it('holds every organization and acronym of the lexicon of the compromise installed (Rapport’s plugin words included)', () => {
    expect([...ORGANIZATION_ENTRIES].sort()).toEqual(organizationEntriesOfLexicon());
  });
});
