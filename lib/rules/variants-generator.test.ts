/** The variant generator (testing/variants.ts): each transform's text, where the phrase lands, and when it does not apply. */
import { describe, expect, it } from 'vitest';
import { applyEdits, sentenceAround, stableHash, TRANSFORMS, variantsOf, type Marked } from './testing/variants';

/** A text with its phrase marked by [brackets]. */
function marked(bracketed: string): Marked {
  const start = bracketed.indexOf('[');
  const end = bracketed.indexOf(']') - 1;
  return { text: bracketed.replace('[', '').replace(']', ''), start, end };
}

/** The variant one transform makes, with its phrase bracketed again (or null when the transform does not apply). */
function variant(transformId: string, bracketed: string, ruleId = 'some-rule'): string | null {
  const transform = TRANSFORMS.find((t) => t.id === transformId)!;
  const found = variantsOf(marked(bracketed), ruleId, [transform])[0];
  return found ? `${found.text.slice(0, found.start)}[${found.text.slice(found.start, found.end)}]${found.text.slice(found.end)}` : null;
}

describe('variant transforms', () => {
  it.each<[string, string, string]>([
    ['intro:unfortunately', 'We [cannot refund] this order.', 'Unfortunately, we [cannot refund] this order.'],
    ['intro:to-be-honest', 'Hi Sam,\nThe school [is not in a position] to say.', 'Hi Sam,\nTo be honest, the school [is not in a position] to say.'],
    ['intro:as-discussed', 'I [cannot refund] this order.', 'As discussed, I [cannot refund] this order.'],
    ['intro:just-so-you-know', 'Thanks. [Please note] the store closes at 6pm.', 'Thanks. Just so you know, [please note] the store closes at 6pm.'],
    ['after-clause', 'Monday is [the earliest] slot.', 'Thanks for waiting; Monday is [the earliest] slot.'],
    ['greeting-line', 'We [cannot refund] it.', 'Hi Sam,\n\nWe [cannot refund] it.'],
    ['contract', 'We are [unable to refund] it, and I do not know why.', "We're [unable to refund] it, and I don't know why."],
    ['contract', '[We are unable] to refund it.', "[We're unable] to refund it."],
    ['expand', "We [can't refund] it, it's been a year.", 'We [cannot refund] it, it has been a year.'],
    ['no-apostrophe', 'We will not [refund] it; I can\'t.', 'We wont [refund] it; I cant.'],
    ['curly-apostrophe', "We [can't refund] it.", 'We [can’t refund] it.'],
    ['curly-apostrophe', 'We [can’t refund] it.', "We [can't refund] it."],
    ['trailing:thanks', 'Please [kindly note] the date.', 'Please [kindly note] the date, thanks.'],
    ['trailing:for-now', 'we [cant refund] it', 'we [cant refund] it for now.'],
    ['chat-style', 'Hi Sam. We [Cannot Refund] it.', 'hi sam. we [cannot refund] it'],
    ['end:exclamation', 'We [cannot refund] it.', 'We [cannot refund] it!'],
    ['end:ellipsis', 'We [cannot refund] it.', 'We [cannot refund] it…'],
  ])('%s: %s', (id, before, after) => {
    expect(variant(id, before)).toBe(after);
  });

  it('inserts one adverb, chosen by the text, after the subject or the first auxiliary (before its "not")', () => {
    const subject = variant('adverb-after-subject', 'We [cannot refund] this order.')!;
    expect(subject).toMatch(/^We (really|currently|simply|just|honestly) \[cannot refund\] this order\.$/);
    expect(variant('adverb-after-subject', 'We [cannot refund] this order.')).toBe(subject);
    expect(variant('adverb-after-auxiliary', 'The clinic is [not able] to prescribe.')).toMatch(/^The clinic is \w+ \[not able\] to prescribe\.$/);
    expect(variant('adverb-after-auxiliary', 'We are [unable to refund] it.')).toMatch(/^We are \[\w+ unable to refund\] it\.$|^We are \w+ \[unable to refund\] it\.$/);
  });

  it.each<[string, string, string]>([
    ['intro:unfortunately', 'Unfortunately, we [cannot refund] it.', 'the sentence already opens with the clause'],
    ['intro:to-be-honest', 'Hi Sam, we [cannot refund] it.', 'a salutation stays first'],
    ['greeting-line', 'Hello Sam, we [cannot refund] it.', 'the reply already greets'],
    ['contract', "We [can't refund] it.", 'nothing to contract'],
    ['contract', 'As you know [we are].', 'a full form at the sentence end does not contract'],
    ['contract', 'You have [a refund] on the way.', '"have" as a main verb does not contract'],
    ['expand', 'We [cannot refund] it.', 'nothing to expand'],
    ['no-apostrophe', "We're [sorry] about it.", 'no negative to type bare ("were" is another word)'],
    ['curly-apostrophe', 'We [cannot refund] it.', 'no apostrophe'],
    ['adverb-after-subject', 'The order [cannot be refunded].', 'no subject pronoun'],
    ['adverb-after-subject', 'We therefore [cannot refund] it.', 'an adverb already stands there'],
    ['adverb-after-auxiliary', "We [can't refund] it.", 'an adverb after a negative contraction changes what is denied'],
    ['adverb-after-auxiliary', 'We do not [offer refunds].', '"do not really offer" changes what is denied'],
    ['trailing:thanks', 'Can we [refund] it?', 'a question takes no trailing courtesy'],
    ['end:exclamation', 'We [cannot refund] it!', 'the sentence already ends on another mark'],
    ['chat-style', 'we [cant refund] it', 'already chat style'],
  ])('%s does not apply to %j: %s', (id, text) => {
    expect(variant(id, text)).toBeNull();
  });

  it('never edits the phrase\'s own content words', () => {
    const text = marked("Unfortunately we [are unable to refund] the fee because it's past 30 days.");
    for (const v of variantsOf(text, 'some-rule')) {
      const phrase = v.text.slice(v.start, v.end).toLowerCase().replace(/’/g, "'");
      expect(phrase, v.transform).toMatch(/unable to refund$/);
    }
  });

  it('leaves out the transforms a rule is marked not applicable to, with a reason', () => {
    const transform = TRANSFORMS.find((t) => t.id === 'adverb-after-subject')!;
    expect(transform.notFor.get('simply-just-do')).toMatch(/flags/);
    expect(variantsOf(marked('You [just need to] restart it.'), 'simply-just-do').some((v) => v.transform === transform.id)).toBe(false);
    for (const t of TRANSFORMS) for (const [, reason] of t.notFor) expect(reason.length).toBeGreaterThan(10);
  });

  it('maps the phrase through edits that cross its bounds', () => {
    expect(applyEdits({ text: 'we are unable', start: 3, end: 13 }, [{ at: 0, remove: 6, insert: "we're" }])).toEqual({ text: "we're unable", start: 0, end: 12 });
    expect(applyEdits({ text: 'do not go', start: 0, end: 2 }, [{ at: 0, remove: 6, insert: "don't" }])).toEqual({ text: "don't go", start: 0, end: 5 });
  });

  it('finds the sentence around a position, across a line break and after end punctuation', () => {
    const text = 'Hi Sam,\nThanks. We cannot refund it. Bye';
    expect(text.slice(sentenceAround(text, text.indexOf('cannot')).start, sentenceAround(text, text.indexOf('cannot')).end)).toBe('We cannot refund it.');
    expect(sentenceAround(text, 0)).toEqual({ start: 0, end: 7 });
  });

  it('hashes stably', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).not.toBe(stableHash('abd'));
  });
});
