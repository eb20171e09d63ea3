/**
 * Session 45 (warm45): a strong word said light is no upset. Laughter beside a big word or a small fault, tears beside
 * thanks, a quick time that praises a deed, thanks after help told, praise of another thing set against a complaint.
 * Each family keeps its really upset near misses upset. Sentences are our own, in support voices.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';
import { laughs, laughsBeside } from './light-tone';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

describe('laughter makes a big word or a small fault light', () => {
  it.each([
    ['a fear of the class, laughing', 'Is the spin class ok for someone who never exercises or will I die 😅'],
    ['a heart attack at the price', 'I nearly had a heart attack when I saw the price 😂 is that right?'],
    ['a printer that hates them', 'my printer hates me, it jams every time lol'],
    ['a tragedy over croissants', "It's a tragedy, the cafe ran out of croissants before 9 😭😂"],
    ['a fall off the board, laughing', 'Fell off the paddleboard twice haha, can I book another lesson for Sunday?'],
    ['crying at the cake, joking', 'The cake was so good I cried a little lol, do you deliver to Leeds?'],
    ['a wink after the fear', "Hope the zip line doesn't kill me ;) what's the weight limit?"],
  ])('reads %s calm', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['money taken, laughing', 'Got charged twice lol, can you refund one?'],
    ['a wait beside a joke', 'lol what a joke, STILL no refund after 3 weeks'],
    ['laughter denied', 'not lol, my order is still missing and I need it'],
    ['a real fear beside a nervous laugh', "will I die 😅 my chest hurts after the class and I can't breathe properly"],
    ['hacked, scared, laughing', "I'm so scared lol, my account was hacked and they took £300"],
    ['angry, no laughter', 'My order arrived smashed and nobody answers the phone. Ridiculous.'],
    ['a fault on repeat, laughing', 'This app is a disaster, it logged me out for the fifth time lol'],
  ])('still reads %s upset', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it('finds laughter by its shape, not inside words', () => {
    expect(laughs('hahaha ok')).toBe(true);
    expect(laughs('Cheers :P')).toBe(true);
    expect(laughs('lollipop sticks and a halo')).toBe(false);
    expect(laughs('no lol')).toBe(false);
    expect(laughs('Are you kidding me?')).toBe(false);
    expect(laughsBeside('It cracked. lol. Anyway, where is my refund?', 3)).toBe(true);
  });
});

describe('tears beside thanks are the customer moved', () => {
  it.each([
    ['tears and thanks', "We've just opened the album and we're in tears. Thank you so much!"],
    ['crying at a gift, with praise', 'I cried when I saw the portrait, it is absolutely wonderful'],
  ])('reads %s calm', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['tears and a fault beside thanks', "I'm in tears, the album arrived with the cover ripped. Thanks for replying so fast."],
    ['tears with no thanks', "I've been crying all morning, my dog's medication never arrived."],
  ])('still reads %s upset', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('thanks for a deed told means it', () => {
  it.each([
    ['a quick visit thanked', 'I smelled gas last night and your engineer came within the hour. Thank you.'],
    ['help with a child thanked', 'your guy at the counter spent 30 min helping my daughter choose her first guitar. thank you!!'],
    ['a booking asked for, then thanks', "Hello, I'm hard of hearing and want to book a captioned screening for the 14th. Thank you."],
    ['praise of another thing', 'the queue was long but the staff were so friendly, thanks'],
  ])('reads %s calm', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['help denied, then thanks', 'Waited 40 minutes and nobody helped me at the desk. Thanks.'],
    ['nobody came, then thanks', 'I smelled gas last night and nobody came. Thank you.'],
    ['a quick visit that failed', "The engineer came within the hour but the boiler broke again today and we've no heating."],
  ])('still reads %s upset', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('praise of another thing, set against a complaint, is meant', () => {
  it('reads no sarcasm in "but the … is great"', () => {
    const cues = (readMood('The app is slow but the coffee is great')?.evidence ?? []).map((e) => e.cue);
    expect(cues).not.toContain('sarcasm');
  });
  it('still reads the bare "Great." after a fault as sarcasm', () => {
    expect(upset('My parcel is lost again. Great.')).toBe(true);
  });
});

describe('tears beside a weak happy word stay tears', () => {
  it('reads "our slot is gone. I have been crying" upset', () => {
    expect(upset('The salon rang to say our slot is gone. I have been crying since.')).toBe(true);
  });
});

describe('a worry played down after its word counts half', () => {
  it('reads "just panicking a bit" about a booking calm', () => {
    expect(upset('is the photographer confirmed for Saturday? just panicking a bit')).toBe(false);
  });
  it('still reads a worry played down beside a fault upset', () => {
    expect(upset("I'm panicking a bit, my passport never arrived and I fly on Friday")).toBe(true);
  });
});
