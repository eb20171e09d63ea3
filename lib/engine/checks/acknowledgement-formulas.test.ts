/**
 * acknowledge-feelings reads what a reply says, not its stock words: a formula ("We're sorry you feel that way",
 * "Thank you for your patience.") meets nothing; reassurance meets a worry, not anger; a grievance told in plain facts
 * is met like a voiced one; a chat or social reply helps or still owes it; feelings met in other words count.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { acknowledgesFeelings, withoutFormulas } from './acknowledges';
import { grievanceIn } from './grievance';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string, channel: 'email' | 'chat' | 'social' = 'email') =>
  analyzer.analyze(text, { channel, customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
const ANGRY = "I've phoned three times about the missing wardrobe doors and nobody calls back. Ridiculous.";

describe('a formula alone acknowledges nothing', () => {
  it.each([
    "We're sorry you feel that way about the delivery.",
    'Sorry to hear you are experiencing issues.',
    'We apologise for any inconvenience caused.',
    'Sorry for any disappointment this may have caused.',
    'Sorry but rules are rules.',
    "There's nothing I can do from here, sorry.",
    'We understand your concern.',
    'Thank you for your patience.',
    'We thank you for your patience.',
    'I would like to thank you for your patience and understanding.',
  ])('%s', (sentence) => {
    expect(withoutFormulas(sentence)).not.toBeNull();
    expect(acknowledgementOf(`Hi Kim,\n\n${sentence} The doors are due back in stock in March.\n\nRegards,\nOrders`, ANGRY)).toBeDefined();
  });

  it.each([
    "I'm sorry the doors still haven't come, that's far too long.",
    'Sorry for the wait, and thank you for your patience while we chased the factory.',
    "I'm sorry you've had to chase us three times.",
  ])('what the sentence says besides it still counts: %s', (sentence) => {
    expect(acknowledgesFeelings(sentence)).toBe(true);
    expect(acknowledgementOf(`Hi Kim,\n\n${sentence} The doors are due back in stock in March.\n\nRegards,\nOrders`, ANGRY)).toBeUndefined();
  });
});

describe('reassurance meets a worry, not voiced anger', () => {
  const text = (line: string) => `Hi Kim,\n\n${line} The doors are due back in stock in March.\n\nRegards,\nOrders`;
  it('brushes the angry customer aside', () => expect(acknowledgementOf(text("It's nothing to worry about."), ANGRY)).toBeDefined());
  it('meets the worried one', () =>
    expect(acknowledgementOf(text("It's nothing to worry about."), "I'm worried the wardrobe doors won't fit, the room is small.")).toBeUndefined());
});

describe('a grievance told in plain facts', () => {
  it.each([
    ['a why about something done to them', 'Why has my parking permit been refused? I have lived on this street for years.'],
    ['a lone why after the facts', 'The payout was £300 less than agreed. Why?'],
    ['a harm to daily life', 'The lift has been out for a week and my mother is 90. She can’t leave the flat.'],
    ['a cost forced on them', 'The coach never came so we had to get a taxi to the airport.'],
    ['a remedy claimed', 'Your fitter scratched the new worktop. Who is paying for the repair?'],
    ['our person made it worse', 'Your engineer left the boiler in pieces and now the kitchen floor is wet.'],
  ])('%s', (_name, message) => {
    expect(grievanceIn(message)).not.toBeNull();
    expect(acknowledgementOf('Hello,\n\nPermits are issued under section 4 of the scheme rules.\n\nParking Office', message)).toBeDefined();
  });

  it.each([
    'Why does the app ask for my location?',
    'Can I change my delivery address to my office?',
    'I have to pay the deposit by Friday, is a card fine?',
    'I need the invoice for my records, please.',
  ])('a calm question is none: %s', (message) => {
    expect(grievanceIn(message)).toBeNull();
    expect(acknowledgementOf('Hello,\n\nYes, that is fine.\n\nSupport', message)).toBeUndefined();
  });
});

describe('in a chat or social thread a plain fault is met by help, not by a redirect', () => {
  const FAULT = 'The app keeps crashing when I open my basket';
  it.each([
    ["I've pushed a fix to your account, so it should open normally now."],
    ['Which phone are you on? Let us know and we can check the version.'],
  ])('helps: %s', (text) => expect(acknowledgementOf(text, FAULT, 'chat')).toBeUndefined());
  it.each([
    ['We cannot support phones older than five years.'],
    ['You need to contact your phone maker about that.'],
  ])('owes it: %s', (text) => expect(acknowledgementOf(text, FAULT, 'chat')).toBeDefined());
});

describe('feelings met in other words', () => {
  it.each([
    'Six days on hold must feel endless.',
    'A cold flat all weekend is grim.',
    "That's honestly not OK, and I'm sorting it now.",
    'Four missed collections would drive me up the wall too.',
    "We'd be gutted too if it happened to our bikes.",
    'No argument from us on that.',
    'Two cancelled trips in a month is a lot to deal with.',
    'Your report should have been treated as urgent the first time.',
    'We should have rung you the moment the part was late.',
    'A week is far longer than a repair should take.',
    'A dented case is the last thing anyone wants to unbox.',
    "On it now, I'll post here the moment it's back.",
    "You're at the top of our queue this morning.",
  ])('%s', (sentence) => expect(acknowledgesFeelings(sentence)).toBe(true));

  it.each([
    'You should have read the terms before booking.',
    'The queue is long this morning.',
    'Our top priority is safety.',
  ])('not: %s', (sentence) => expect(acknowledgesFeelings(sentence)).toBe(false));
});

describe('an opening that says it is done', () => {
  it('"Done:" after a hello in a chat is the yes a rushed customer wanted', () =>
    expect(acknowledgementOf('Hi! Done: both books are renewed until the 30th.', 'can you renew my library books, they are due back today', 'chat')).toBeUndefined());
});
