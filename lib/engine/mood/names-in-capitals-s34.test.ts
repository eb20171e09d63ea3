/**
 * Session 34: shouting is a run of ordinary words in capitals ("WHERE IS MY REFUND", "NOTHING WORKS") or an ordinary word
 * stressed ("it's NOT here"), never a name, code or product written in capitals: a gamer tag, an app's short name, a
 * setting's label beside a console, an order reference, a handle. A word compromise's lexicon does not know and can only
 * call a noun is read as a name; a run holding one is a name unless three ordinary words shout around it. Swearing in a
 * how-to question and weariness at a thing count only beside a problem the message tells. A lift out of service, freight
 * held for days and a booking called off at the last minute are failures told as facts; a break-in is their safety.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));
const cues = (message: string) => (readMood(message)?.evidence ?? []).map((e) => e.cue);

describe('a name or code in capitals is no shouting', () => {
  it.each([
    ['a gamer tag after its label', "where's the car I won last night in my garage?? psn id:TORVALDSKID"],
    ['an app short name', 'after the 2.3 patch on MCBE my worlds load slower, is that normal??'],
    ['a console setting', 'my PS4 NAT TYPE shows strict since the router swap, how do I open it??'],
    ['an order reference', 'hey, ORDER #QX44TR says dispatched, when will it reach me??'],
    ['a brand in capitals', 'does HULU let me download on two phones?? going on a trip'],
    ['a handle in capitals', '@ZEPHYRBANK why does the card reader ask for my pin twice??'],
    ['a surname on a form', 'my passport says OKONKWO-BELL but the booking has Okonkwo, will that matter??'],
  ])('reads no shouting in %s', (_name, message) => {
    expect(cues(message)).not.toContain('capitals');
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['a sentence in capitals', 'WHY IS MY PARCEL STILL IN THE DEPOT'],
    ['an ordinary word stressed beside a fault', "tracking says delivered but it's NOT here"],
    ['a stressed word beside a double question mark', 'I PAID for next day delivery??'],
    ['a shouted sentence that holds a product name', 'MY XBOX WONT CONNECT AGAIN AND NOBODY ANSWERS'],
  ])('still reads shouting in %s', (_name, message) => {
    expect(cues(message)).toContain('capitals');
    expect(upset(message)).toBe(true);
  });
});

describe('swearing in a how-to question and weariness at a thing need a problem told', () => {
  it.each([
    ['a how-to question', 'how the heck do I change the banner on my channel page'],
    ['a how-to question, stronger', 'how the hell do you turn off autoplay on the tv app'],
    ['a preference', "so tired of the old theme, can I switch to the dark one?"],
    ['a preference, getting', 'getting tired of the default ringtone lol, where do I find others'],
  ])('reads %s calm', (_name, message) => {
    expect(upset(message)).toBe(false);
  });

  it.each([
    ['a how-to question beside a double charge', 'how the hell do I get my money back, you charged me twice for one month'],
    ['weariness at a thing beside a crash', 'so tired of this app, it keeps crashing every time I open a chat'],
    ['weariness at what keeps happening', 'getting tired of seeing this error page'],
    ['weariness at a thing failing', 'really tired of my router dropping out every evening'],
    ['swearing at what happened', 'what the hell happened to my saved playlists'],
  ])('still reads %s upset', (_name, message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('failures told as facts', () => {
  it.each([
    ['a lift out of service', 'The lift at Harbour Court has been out of service for eleven days. My dad is on the 9th floor with a walker.'],
    ['freight held at a port', 'Our pallet has been held at Rotterdam for 8 days and nobody can say why.'],
    ['a venue called off the night before', 'our venue was called off the night before the party, what now?'],
    ['a booking called off with minutes of notice', 'the studio cancelled with 30 minutes notice and kept my deposit'],
  ])('reads %s upset', (_name, message) => {
    expect(cues(message)).toContain('failure');
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a garage broken into', 'Our lock-up at your Eastfield site was broken into overnight. You advertise 24 hour CCTV.'],
    ['a holiday flat burgled', 'the apartment we rented through you got burgled while we were at the beach, passports gone'],
  ])('reads a break-in as their safety, not a broken thing: %s', (_name, message) => {
    expect(cues(message)).toContain('safety');
    expect(cues(message)).not.toContain('broken');
    expect(upset(message)).toBe(true);
  });

  it('reads no break-in in a question about cover', () => {
    expect(cues('Does the contents policy include burglary cover for a shed?')).not.toContain('safety');
  });

  it.each([
    ['their own cancellation the day before', 'I cancelled my table the day before, will I get the deposit back?'],
    ['a lift serviced on a date', 'When will the lift be out of service for its annual check? I need to plan a delivery.'],
  ])('reads no failure in %s', (_name, message) => {
    expect(cues(message)).not.toContain('failure');
  });
});
