/**
 * The acknowledgement line says back what went wrong in the customer's own words when their sentence reads as a plain
 * clause ("I'm sorry to hear your insulin delivery didn't come"), and the plain line for the mood otherwise: it never
 * names a feeling they did not show, never cuts a share ("half my order") or a question into a false clause.
 */
import { describe, expect, it } from 'vitest';
import { readMood } from '../mood';

const lineFor = (message: string) => readMood(message)?.acknowledgements[0]?.sentence ?? '';

const SAID_BACK: readonly (readonly [string, string])[] = [
  ["my insulin delivery didn't come and I've got one pen left. please help", "I'm sorry to hear your insulin delivery didn't come"],
  ["The gig was cancelled and I still haven't had my refund.", "I'm sorry to hear the gig was cancelled"],
  ['The wifi has been unusable all week and I had to take calls from a café.', "I'm sorry to hear the wifi has been unusable"],
  ["I picked my phone up after the screen repair and now the camera doesn't work.", "I'm sorry to hear the camera doesn't work"],
  ['The driver was rude and half my order is missing. Absolutely fuming.', "I'm sorry to hear half your order is missing"],
  ['my bag didnt arrive in Lisbon. this is useless', "I'm sorry to hear your bag didn't arrive"],
];

describe('the acknowledgement says back what went wrong', () => {
  it('in the customer\'s words, a share kept and a missing apostrophe put back', () => {
    expect(SAID_BACK.map(([message]) => lineFor(message).slice(0, SAID_BACK.find(([m]) => m === message)![1].length))).toEqual(SAID_BACK.map(([, line]) => line));
  });

  it('names what we failed to do: nobody came, nobody called', () => {
    expect(lineFor('Engineer was booked for 8-12 today. I took the day off work. Nobody came and nobody called.')).toBe("I'm sorry nobody came.");
    expect(lineFor('I was told my car would be ready last Friday. Still nothing and no one has called me.')).toBe("I'm sorry nobody called you.");
  });

  it('says nothing back where the words make no plain clause', () => {
    for (const message of [
      'Why has my parcel from Canada been held for customs for 12 days? I\'ve paid the duty.',
      'The scaffold was meant to come down on Friday and it is still up.',
      'I ordered a medium and the seller sent the wrong size again, this is a joke.',
    ]) {
      expect(lineFor(message)).not.toMatch(/sorry to hear (?:your parcel from Canada been|the scaffold was meant|the wrong size)/);
    }
  });

  it('leaves the customer\'s situation first when it says more ("for my son\'s birthday")', () => {
    expect(lineFor("I bought a bike for my son's birthday and the front wheel didn't arrive. Really disappointed.")).toMatch(/right for your son/);
  });
});
