/**
 * A clause is read as a sentence of its own wherever it starts: after an introductory clause, and after a clause
 * joined by "; ", ", and " or ", so " (issue #10, session 20: the shape "an introductory or joined clause" of the
 * misses). Shown on the matcher and on the default pack's anchored patterns of three rules.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import type { PhraseRule } from '../rules/schema';
import { compilePhraseRule, matchPhraseRule, SentenceDoc } from './phrase';
import { introductoryClauseEnd, laterClauseStarts, leadingHandlesEnd } from './sentence-doc';
import { sentenceKeys } from './words';

const base = defaultPack.rules.find((r) => r.kind === 'phrase') as PhraseRule;
const matched = (pattern: string, text: string) =>
  matchPhraseRule(compilePhraseRule({ ...base, phrases: [], patterns: [pattern], unless: [] }), new SentenceDoc(text, sentenceKeys(text))).map((m) => text.slice(m.start, m.end));
const analyzer = createAnalyzer(defaultPack);
const rulesOn = (text: string) => new Set(analyzer.analyze(text).findings.flatMap((f) => (f.merged ?? [f]).map((m) => m.ruleId)));

describe('where a later clause starts', () => {
  it('after a semicolon, or a comma then "and" or "so", once the clause before has three words', () => {
    const text = 'Some dogs do not eat in kennels; this is common.';
    expect(laterClauseStarts(text)).toEqual([text.indexOf('this')]);
    const joined = 'We checked the order, and the offer has expired.';
    expect(laterClauseStarts(joined)).toEqual([joined.indexOf('the offer')]);
    const so = 'The courier has it now, so it is not ours.';
    expect(laterClauseStarts(so)).toEqual([so.indexOf('it is')]);
  });

  it('not in a list, after "but", or after a plain comma', () => {
    expect(laterClauseStarts('Tea, and cake.')).toEqual([]);
    expect(laterClauseStarts('We checked the order, but the offer has expired.')).toEqual([]);
    expect(laterClauseStarts('We checked the order, the offer has expired.')).toEqual([]);
  });

  it('an introductory clause stays short (six words), never a condition, a time or a reason', () => {
    const intro = 'As your order was late, the claim window has closed.';
    expect(introductoryClauseEnd(intro)).toBe(intro.indexOf('the claim'));
    expect(introductoryClauseEnd('30 on a wool cycle is fine, just lay it flat to dry.')).toBe(0);
    expect(introductoryClauseEnd('If you cancel within two weeks, the school keeps the fee.')).toBe(0);
  });
});

/**
 * Session 45 (aim45): "so" joins a clause without its comma before a subject or an order ("We post it on the app so
 * please check there"), and a sentence opened by a bare "So", "And", "Also" or "Plus" starts its clause after it.
 * "So sorry", "so that" (a purpose) and "so much" are no join.
 */
describe('a clause after a bare "so" or a leading conjunction', () => {
  it('starts after "so" before a subject or an order, and after a leading "So," or "And"', () => {
    const bare = 'We post the times on the app so please check there first.';
    expect(laterClauseStarts(bare)).toEqual([bare.indexOf('please')]);
    const subject = 'The parcel left our depot on Monday so the claim window has closed.';
    expect(laterClauseStarts(subject)).toEqual([subject.indexOf('the claim')]);
    expect(laterClauseStarts('So, please read the guide.')).toEqual([4]);
    expect(laterClauseStarts('And you were told the tyres were worn.')).toEqual([4]);
  });

  it('not "so that", "so much" or "so sorry", nor "so" after fewer than three words', () => {
    expect(laterClauseStarts('I moved it so that you get the early slot.')).toEqual([]);
    expect(laterClauseStarts('Thank you so much for waiting.')).toEqual([]);
    expect(laterClauseStarts('So sorry for the wait, it is on its way.')).toEqual([]);
    expect(laterClauseStarts('I am so glad it arrived.')).toEqual([]);
  });

  it('lets the default pack read the clause, and the warm form still passes', () => {
    expect(rulesOn('We post changes on the app so please check there before you travel in future.').has('lesson-for-next-time')).toBe(true);
    expect(rulesOn('And you were told the tyres were worn.').has('you-were-told')).toBe(true);
    expect(rulesOn('The parcel left our depot on Monday so the claim window has closed.').has('bare-not-available')).toBe(true);
    expect(rulesOn('We post changes on the app so you can plan ahead.').has('lesson-for-next-time')).toBe(false);
    expect(rulesOn('So sorry for the wait, the engineer is booked for Friday.').has('bare-not-available')).toBe(false);
  });
});

describe('an anchored pattern', () => {
  const expired = '^#Adverb? the #Noun+ (has|had) #Adverb? (expired|closed)';
  const found: [string, string, string[]][] = [
    [expired, 'We checked the order twice, and the offer has expired.', ['the offer has expired']],
    [expired, 'The parcel reached us on the 2nd; the claim window has closed.', ['the claim window has closed']],
    ['^(noted|received)$', 'We passed it to the kitchen; noted.', ['noted']],
  ];
  it.each(found)('%s matches at the start of a joined clause: %s', (pattern, text, expected) => {
    expect(matched(pattern, text)).toEqual(expected);
  });

  const left = ['We checked whether the offer has expired.', 'We checked the order, but the offer has expired.', 'If you ordered after Friday, the offer has expired.'];
  it.each(left)('never in the middle of a clause, after "but", or after a condition: %s', (text) => {
    expect(matched(expired, text)).toEqual([]);
  });
});

describe('the default pack reads the joined clause', () => {
  it('bare-not-available, bare-noted and see-our-guide find their phrase in a second clause', () => {
    expect(rulesOn('Your parcel was delivered on the 2nd, so the claim window has closed.').has('bare-not-available')).toBe(true);
    expect(rulesOn('I looked at your booking this morning, and the offer has expired.').has('bare-not-available')).toBe(true);
    expect(rulesOn('The parcel left our warehouse on Monday; refer to your tracking email for the rest.').has('see-our-guide')).toBe(true);
    expect(rulesOn('We have passed your comments to the kitchen; noted.').has('bare-noted')).toBe(true);
  });

  it('and still lets the warm form pass', () => {
    expect(rulesOn('The offer has expired, so I have applied this week\'s discount instead.').has('bare-not-available')).toBe(false);
    expect(rulesOn('I looked at your booking this morning, and I have moved it to Friday for you.').has('bare-not-available')).toBe(false);
    expect(rulesOn('I checked the delivery notes, and I will refer to them when I call the courier.').has('see-our-guide')).toBe(false);
  });
});

/**
 * Session 35: a social reply's leading @handles address the post; they are no words of the sentence. "@sam_k Please DM
 * us your order number." got no sent-to-a-channel card while "Please DM us…" did: every pattern anchored at the
 * sentence's start (^) now reads the sentence from after the handles, and the introductory clause after them too.
 */
describe('leading @handles are layout, not the start of the sentence', () => {
  const social = (text: string) => new Set(analyzer.analyze(text, { channel: 'social' }).findings.flatMap((f) => (f.merged ?? [f]).map((m) => m.ruleId)));
  it('reads the words after the handles as the sentence start', () => {
    expect(leadingHandlesEnd('@sam_k Please DM us your order number.')).toBe('@sam_k '.length);
    expect(leadingHandlesEnd('@dan_w, @SkyLark: DM us.')).toBe('@dan_w, @SkyLark: '.length);
    expect(leadingHandlesEnd('Please DM @sam_k.')).toBe(0);
    expect(leadingHandlesEnd('@sam_k @bob')).toBe(0);
    expect(leadingHandlesEnd('@lucy.reads Please DM us.')).toBe('@lucy.reads '.length);
    expect(leadingHandlesEnd('@sam_k. Please DM us.')).toBe(0);
    const doc = new SentenceDoc('@kofi_a Hi Kofi, for anything else please visit the app.', sentenceKeys('x'));
    expect(doc.firstWord).toBe('hi');
    expect(doc.clauseFirstWords).toEqual(['hi', 'for']);
  });

  it.each([
    ['@sam_k Please DM us your order number.', 'sent-to-a-channel'],
    ['@priya_b @ItsTomH DM us the booking reference ^RL', 'sent-to-a-channel'],
    ['@kofi_a Hi Kofi, for anything else please visit the app.', 'sent-to-a-channel'],
    ['@wes_plays Just google it, loads of guides out there.', 'sent-to-a-channel'],
    ['@lucy.reads Please DM us your order number.', 'sent-to-a-channel'],
  ])('flags %s as the bare sentence would be', (text, rule) => {
    expect(social(text)).toContain(rule);
    expect(social(text.replace(/^(?:@\w+\s+)+/, ''))).toContain(rule);
  });

  it('still needs the pattern at the start of the words', () => {
    expect(matched('^(please|kindly)? (dm|email) us', '@sam_k Please DM us your order number.')).toEqual(['Please DM us']);
    expect(matched('^(please|kindly)? (dm|email) us', '@sam_k We asked the team to DM us the file.')).toEqual([]);
  });
});
