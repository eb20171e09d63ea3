/**
 * Session 28 (issue #10 items 3–4): the inserted acknowledgement names only what the customer said. A thing that
 * "died" is a fault, not a bereavement, whatever the thing is called (read by grammar, not a list of devices); a person
 * or an animal that died still is; a danger told as over is no present worry. Sentences of our own, none from a dev batch.
 */
import { describe, expect, it } from 'vitest';
import { situationIn } from '../mood/acknowledge';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { offeringPrefills } from './acknowledgement-offered';

const analyzer = offeringPrefills(createAnalyzer(defaultPack));
const lineFor = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings')?.suggestions[0] ?? '';

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

describe('a thing needed for someone is no present or occasion for them', () => {
  it.each([
    "I need the certificate for my daughter's university application by Friday.",
    "The visa letter for my husband's interview still hasn't come.",
    "We booked seats for our kids' school concert and got the wrong night.",
  ])('no "wanted this to be right for your …" line: %s', (message) => {
    expect(line(message)).not.toMatch(/right for your/);
  });

  it.each([
    ["I ordered the cake for my son's christening and it never came.", /right for your son's christening/],
    ['It was a gift for my gran and it arrived smashed.', /right for your gran\./],
  ])('a present or an occasion still is: %s', (message, wanted) => {
    expect(line(message)).toMatch(wanted);
  });
});

describe('a danger told as over is met as past, not as a present worry to help with', () => {
  it.each([
    ['Our flight was cancelled and we were stranded at the airport overnight with no hotel.', 'Hotel costs are not covered for cancellations outside our control.'],
    ['We were stuck on the hard shoulder for two hours before your van came.', 'Arrival times depend on demand in your area.'],
    ['The hot water was off all weekend and we were freezing. I want a discount.', 'The boiler was inspected on Monday and no fault was found.'],
  ])('no "how worrying this is, and I\'m here to help" for: %s', (message, reply) => {
    const said = lineFor(reply, message);
    expect(said).not.toBe('');
    expect(said).not.toMatch(/how worrying this is/);
  });

  it('a danger that goes on is still a worry', () => {
    expect(lineFor('An engineer will attend within 5 working days.', 'The boiler is broken and we are freezing, I have a newborn.')).toMatch(/how worrying this is/);
  });
});

describe('a harm only feared is a worry, not a fright that happened', () => {
  it.each([
    'The railing on the balcony is loose. Someone is going to get hurt.',
    'Your van keeps parking on the pavement and a child could get injured.',
    'The playground gate does not shut and kids could be hurt.',
  ])('no "that must have been really frightening" for: %s', (message) => {
    expect(line(message)).not.toMatch(/must have been/);
    expect(line(message)).toMatch(/worrying/);
  });

  it('a harm that happened, or nearly did, is still met as one', () => {
    expect(line('I slipped on the wet floor in your shop and hurt my wrist.')).toMatch(/you were hurt/);
    expect(line('The shelf fell right where my daughter had been standing. She could have been hurt!')).toMatch(/frightening/);
  });
});

describe('"three times my usual amount" is a multiplier, not a repeat', () => {
  it.each([
    ['How do I dispute this bill? It is three times my normal amount and I am really worried I cannot pay it.', 'You need to send us a photo of your meter and we will check it.'],
    ['This gas bill is three times my usual one. I am so stressed, I cannot pay this.', 'Bills are based on meter readings.'],
  ])('no "this keeps happening" for: %s', (message, reply) => {
    expect(lineFor(reply, message)).not.toMatch(/keeps happening|again/);
  });

  it('a count of failures is still a repeat', () => {
    expect(lineFor('Crashes are usually caused by old devices.', 'The app has crashed three times today and I have lost my work twice. Furious.')).not.toBe('');
  });
});
