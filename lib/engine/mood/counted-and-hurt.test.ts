/**
 * Session 19's mood families: contacts the customer counts ("I've reported it twice", "the third agent I've spoken to",
 * "4 different people"), nobody keeping them informed, the time our work has taken ("has taken 3 weeks", "you've had my
 * slides for 10 weeks"), harm to the body said as a fact ("my teeth hurt", "we've been bitten"), a bare "thanks a lot"
 * after a complaint that asked for nothing (sarcasm), a disability stated as context (not a worry by itself), and good
 * news about a fix ("the replacement part worked"). Each with near misses. Messages are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const moods = (message: string) => readMood(message)?.moods ?? [];
const upset = (message: string) => moods(message).some((m) => UPSET_MOODS.includes(m));

describe('upset said as counted contacts, waits, harm and sarcastic thanks', () => {
  it.each([
    "My bin hasn't been collected and there are rats now. I've reported it twice.",
    "this is the third agent I've spoken to today, I just want my router replaced",
    "I've explained this to 4 different people now.",
    'The repair on my car has taken 3 weeks and nobody updates me.',
    "You've had my family's slides for 10 weeks.",
    "how long for my drone repair? it's been with you 3 weeks",
    'My aligners stopped fitting after tray 9 and my teeth hurt.',
    "I've got burn marks on my legs after yesterday's session",
    "checked in and our dorm has bedbugs, we've been bitten all over",
    'My son has been bullied for weeks and nobody at the school has done anything.',
    "stuck outside Reading for 90 mins, missed my daughter's recital. thanks a lot",
    "I'm so tired of repeating myself.",
  ])('reads upset: %s', (message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    'Delivery takes 3 weeks, is that right?',
    'The course has taken 3 weeks to finish and I loved every bit. Thanks a lot!',
    "I've emailed the form, can you confirm you have it? Thanks a lot!",
    'My back is fine now, thanks for asking. Can I book the next session?',
    "I've spoken to two different people and both were lovely. Just checking the date?",
    'Could you send me the invoice? Thanks a lot',
  ])('stays calm: %s', (message) => {
    expect(upset(message)).toBe(false);
  });
});

describe('a disability stated as context', () => {
  it.each([
    "Hi, I'm Deaf so please don't ask me to call. I need to update my address.",
    "I'm a wheelchair user. Is there step-free access to Studio 2?",
    "I'm autistic and find the library very loud. Are there quiet rooms?",
    "My daughter is blind, can the menu be sent as a large-print PDF?",
  ])('is no worry by itself: %s', (message) => {
    expect(moods(message)).not.toContain('worried');
  });

  it.each([
    "I'm deaf and your engineer refused to write anything down, then left without fixing the boiler. I've had no heating for two days.",
    "I'm disabled and I've been stuck in my flat for a week because the lift is broken.",
  ])('still counts beside a fault: %s', (message) => {
    expect(upset(message)).toBe(true);
  });
});

describe('good news about a fix', () => {
  it.each([
    'Just to let you know the replacement part worked and the washing machine is running again! Thanks, Gwen',
    'The reset worked, we are back up and running.',
    'Your tip worked, the printer is working again.',
  ])('reads happy: %s', (message) => {
    expect(moods(message)).toEqual(['happy']);
  });
});
