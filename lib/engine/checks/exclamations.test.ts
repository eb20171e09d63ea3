/**
 * exclamation-overload over the limit: the "!" of a cold, sarcastic or shouted sentence goes first, and the friendly
 * line ("Have a lovely weekend!") keeps its own.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const overloads = (text: string) =>
  analyzer
    .analyze(text, { channel: 'email' })
    .findings.filter((f) => f.ruleId === 'exclamation-overload')
    .map((f) => ({ text: f.text, fix: f.suggestions[0] }));

describe('exclamation-overload reduces the cold ones first', () => {
  it.each([
    ['a sarcastic opener and a friendly sign-off line', 'Wow, great feedback! The export limit is 5,000 rows per file, and the new one is out soon! Have a lovely weekend!', [{ text: 'feedback!', fix: 'feedback.' }]],
    ['an order and a friendly wish', 'Hi Tom,\n\nRead the manual! The answer is on page 4 of the setup guide, with pictures! Enjoy the new router!', [{ text: 'manual!', fix: 'manual.' }]],
    ['a shouted line in a numbered list', 'Hi Priya,\n\n1. Unplug the dock.\n2. DO NOT UNPLUG THE POWER CABLE!\n3. Wait ten seconds!\n\nGood luck with the install!', [{ text: 'CABLE!', fix: 'CABLE.' }]],
    ['a blaming line in the middle', 'Thanks for the photos! You clearly ignored the washing label! We can still offer a repair at cost. Speak soon!', [{ text: 'label!', fix: 'label.' }]],
    ['a "!!!" run on a sarcastic line', 'Gee, thanks a lot!!! We read every message! Have a great day!', [{ text: '!!!', fix: '.' }]],
    ['two cold lines before the greeting-card close', 'Stop emailing us about this! Obviously the fee stands! Your booking is unchanged. Take care!', [{ text: 'this!', fix: 'this.' }, { text: 'stands!', fix: 'stands.' }]],
    ['the last line only, when "Well done!", "Of course!" and an apology are all warm', 'Well done! Of course we can swap it! Sorry the wrong size arrived! Your new pair ships today.', [{ text: 'arrived!', fix: 'arrived.' }]],
  ])('%s', (_name, text, expected) => {
    expect(overloads(text)).toEqual(expected);
  });

  it('still trims the last friendly "!" when every exclaimed line is friendly', () => {
    const found = overloads('Great news! Your refund went through! It will reach your card by Friday! Have a lovely weekend!');
    expect(found.map((f) => f.text)).toEqual(['Friday!', 'weekend!']);
    expect(found[0]!.fix).toBe('Friday.');
  });

  it.each([
    ['within the limit, even when one is cold', 'Read the manual! The answer is on page 4. Have a lovely weekend!'],
    ['one friendly exclamation', 'Welcome aboard! Your account is ready and your first invoice is due on 1 May.'],
    ['a hello with its own "!" and two warm ones', "Hi Meg!\n\nBiscuit is doing great! She ate all her breakfast and played with Rolo in the paddock. I'll send another update on Saturday. Give him a cuddle from us when you pick her up!"],
  ])('stays quiet %s', (_name, text) => {
    expect(overloads(text)).toEqual([]);
  });
});
