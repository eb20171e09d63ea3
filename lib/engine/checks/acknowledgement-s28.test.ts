/**
 * Session 28 (issue #10 items 3–4): the inserted acknowledgement names only what the customer said. A thing that
 * "died" is a fault, not a bereavement, whatever the thing is called (read by grammar, not a list of devices); a person
 * or an animal that died still is. Sentences of our own, none from a dev batch.
 */
import { describe, expect, it } from 'vitest';
import { situationIn } from '../mood/acknowledge';

const line = (message: string) => situationIn(message)?.sentence ?? '';

describe('"died" is a bereavement only when someone died', () => {
  it.each([
    'The speaker I bought died after ten days. Nobody answers the chat.',
    'my e-reader has just died again, third one this year',
    'Your blender died on me halfway through a smoothie.',
    'The compressor completely died on Friday and the shop is losing stock.',
    'Sat nav died an hour into the trip.',
    'It died the day after the warranty ran out.',
  ])('no "sorry for your loss" for a thing that died: %s', (message) => {
    expect(line(message)).not.toMatch(/loss/);
  });

  it.each([
    'My stepdad died in September and the direct debit is still being taken.',
    'Our cat died at the clinic and you still charged us for the follow-up.',
    'My neighbour sadly died and I am handling her account.',
    'Grandad died last week. Please close his subscription.',
    'Our pony died overnight and the livery invoice still came.',
    'She died on the 3rd and the letters keep coming.',
  ])('a person or an animal that died is a loss: %s', (message) => {
    expect(line(message)).toMatch(/sorry for your loss/);
  });

  it('a fright is no death', () => {
    expect(line('We nearly died of cold in that cabin.')).not.toMatch(/loss/);
  });
});
