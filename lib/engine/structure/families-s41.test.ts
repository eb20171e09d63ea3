/**
 * Session 41 (issue 15): the families behind the tune batch data/layouts/dev-extra-ax.jsonl, and the agent's own thanks
 * to a new follower. A speaker-labelled turn glued over the app's join or hand-off notice at the top of a chat (a bot's
 * turn, named or not); an assignment notice written as a sentence about the conversation; a composer's "Sent by … ·
 * Seen" with no clock; and "Thank you for adding us as a friend!" in the first person, which is the agent's unless the
 * account's hours are glued under it; and a team signed under a valediction in a language that writes its common nouns
 * in lower case (a leftover of dev-extra-at.jsonl). Beside each, the look-alikes that keep their reading. None of the rows is from a
 * batch.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { misreadLines, withoutNotAgentText } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { isChatNotice, isFollowerWelcome } from './patterns';
import { SKIPPED_PART_KINDS } from './types';

const agents = (text: string, needle: string) => !(SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));
const analyzer = createAnalyzer(defaultPack);
const sameWarmth = (c: { id: string; text: string; notAgentText: string[] }, customerMessage: string, channel?: 'chat' | 'email' | 'social') => {
  const warmth = (text: string) => analyzer.analyze(text, { customerMessage, ...(channel ? { channel } : {}) }).scores.warmth;
  expect(warmth(c.text)).toBe(warmth(withoutNotAgentText(c)));
};

describe('a labelled turn glued over the app’s notice at the top of a chat', () => {
  it.each([
    ['a bot named with its role in brackets over "now chatting with"', 'Kit (virtual assistant): One moment, I am finding someone from the lettings team for you.', 'You are now chatting with Omar from Keyhaven'],
    ['a bot named without any role over a join notice', 'Lumi: Sorry, I did not understand that. Passing you to a colleague now…', 'Grace joined the chat'],
    ['two turns, the customer’s and the bot’s, over a transfer notice', 'Visitor: my meter reading was rejected twice today\nHelper: Thanks, I will hand this to a specialist for you.', 'Chat transferred to Metering'],
  ])('reads %s as an earlier turn, and the answer under it as the agent’s', (_shape, turns, notice) => {
    const skipped = `${turns}\n${notice}`;
    const c = { id: 's41a', text: `${skipped}\n\nThe reading was rejected because the serial number did not match.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'why was my reading rejected', 'chat');
  });

  it('keeps the agent’s labelled line over a closing notice as theirs (nothing follows the notice)', () => {
    const text = 'Update: the workshop has your bike and it will be ready on Friday.\nNina has closed the conversation.';
    expect(agents(text, 'Update: the workshop')).toBe(true);
  });

  it('keeps a short field over a notice as the agent’s (a value, not a turn)', () => {
    const text = 'Order: 5512\nLeo joined the chat\n\nHi, your order ships today.';
    expect(agents(text, 'Order: 5512')).toBe(true);
  });

  it('keeps a labelled turn with no notice under it as before (the agent’s words)', () => {
    const text = 'Tip: clear the app cache first, it fixes most sync problems.\n\nIf that does not help, send me a screenshot.';
    expect(agents(text, 'Tip: clear the app cache')).toBe(true);
  });
});

describe('an assignment notice written as a sentence about the conversation, and the composer’s state with no clock', () => {
  it.each([
    'This conversation is now assigned to Accounts.',
    'The chat has been transferred to Returns',
    'Ticket was routed to Tier 2 Support.',
  ])('reads "%s" as the app’s notice', (line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each([
    'This ticket has been escalated to our engineers, who will call you tomorrow.',
    'Your refund is now assigned to your original card.',
  ])('keeps "%s" as the agent’s', (line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it.each(['Sent by Omar · Seen', 'Sent by Li Wei (Support) · Delivered', 'Sent by Omar · Read 09:12'])('reads "%s" as the composer’s line', (line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it('keeps a sentence about who sent something as the agent’s', () => {
    expect(isChatNotice('Sent by courier, seen at the depot this morning.')).toBe(false);
  });

  it('gives a cold answer between the two lines the same warmth without them', () => {
    const top = 'This conversation is now assigned to Accounts.';
    const foot = 'Sent by Omar · Seen';
    const c = { id: 's41b', text: `${top}\n\nLate fees apply after 14 days.\n\n${foot}`, notAgentText: [top, foot] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'why was I charged a late fee', 'chat');
  });
});

describe('the agent’s own thanks to a new follower', () => {
  it.each([
    ['"us" on a line of its own over the answer', 'Thanks for adding us as a friend!\nYour table for four is booked for 7pm on Friday.'],
    ['"us" over a blank line', 'Thank you for adding us as a friend!\n\nThe spa is open until 9pm tonight.'],
    ['"me"', 'Thanks for adding me as a friend!\nI’m Rin, and I look after bookings here.'],
  ])('reads %s as the agent’s', (_shape, text) => {
    expect(misreadLines({ id: 's41c', text, notAgentText: [] })).toEqual([]);
    expect(isChatNotice(text.split('\n')[0]!)).toBe(false);
    expect(isFollowerWelcome(text.split('\n')[0]!)).toBe(true);
  });

  it('still reads the account named in the third person as the app’s', () => {
    expect(isChatNotice('Thank you for adding Kumo Ramen as a friend!')).toBe(true);
  });

  it('reads the first-person welcome as the app’s when the account’s hours are glued under it', () => {
    const welcome = 'Thank you for adding us as a friend!\nThis account replies to messages 10:00–17:00 on weekdays.';
    const c = { id: 's41d', text: `${welcome}\n\nThe class on Saturday is full.`, notAgentText: [welcome] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'any space on saturday?', 'social');
  });
});

describe('a team signed in a language that writes common nouns in lower case, alone under the valediction', () => {
  it.each([
    ['Slovak, over an Outlook header', 'S pozdravom', 'Zákaznícka podpora Tatranet'],
    ['Spanish, with nothing under it', 'Un saludo,', 'Servicio técnico Lumbre'],
    ['Italian', 'Cordiali saluti,', 'Assistenza clienti Vellano'],
  ])('reads %s as the agent’s sign-off', (_shape, valediction, team) => {
    const text = `Hello,\n\nThe line was repaired this morning.\n\n${valediction}\n${team}\n\nFrom: Ivan Horak <ivan@example.sk>\nSent: 2 December 2026 09:10\nTo: help@example.sk\nSubject: Line down\n\nMy line is down.`;
    expect(kindOf(text, team)).toBe('sign-off');
  });

  it.each([
    ['a phone’s excuse with no name in it', 'Please excuse typos'],
    ['a line with a number', 'Linka podpory 2'],
  ])('keeps %s under the valediction out of the sign-off', (_shape, line) => {
    const text = `Hi,\n\nThe line was repaired this morning.\n\nRegards,\n${line}`;
    expect(kindOf(text, line)).not.toBe('sign-off');
  });

  it('keeps a lower-case team with a signature under it as before (the lines under it decide)', () => {
    const text = 'Hi,\n\nThe line was repaired.\n\nS pozdravem\nTechnická podpora Linka\n+420 222 000 111';
    expect(kindOf(text, '+420')).toBe('signature');
  });
});
