/**
 * Session 41 (issue 15): the families behind the tune batch data/layouts/dev-extra-ax.jsonl, and the agent's own thanks
 * to a new follower. A speaker-labelled turn glued over the app's join or hand-off notice at the top of a chat (a bot's
 * turn, named or not); an assignment notice written as a sentence about the conversation; a composer's "Sent by … ·
 * Seen" with no clock; and "Thank you for adding us as a friend!" in the first person, which is the agent's unless the
 * account's hours are glued under it; and a team signed under a valediction in a language that writes its common nouns
 * in lower case (a leftover of dev-extra-at.jsonl). Then families found by probing new layouts after those fixes: a bot
 * headed by its bare role ("Virtual Assistant") or labelled as a brand's assistant ("Acme Assistant: …"), and an app's
 * welcome in another language glued over the account's hours, a footer's "no-reply address", and chat apps' lines
 * written in forms the pattern bank had only one of (a participant with their team, a transfer "from … to …", an event
 * in square brackets, a solved notice with its "reply to reopen" hint, a reaction count before the actions, a
 * read state after the clock, an inline "replied to your message:", an "Auto-reply:" label, the widget's "Connecting you
 * to an agent…", a customer's turn labelled by their role; in a second probe round the customer starting a chat from a
 * page, "Message sent · 10:42", an assignment "to themselves", "Start a new chat anytime!" after a closing, a bare
 * reaction, "… commented on your post" over the comment, and a short reply among the turns over a notice; in a third
 * round an archiving notice, "You were assigned to this conversation by …", someone "no longer in the chat", a post's
 * action row with "Retweet" and its icon counters, a speaker and clock joined by a dash, and a labelled turn glued under
 * the app's notice). Beside each, the look-alikes that keep their reading. None of the rows is from a
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

describe('a bot headed by its bare role, or labelled as a brand’s assistant, at the top of a chat', () => {
  it.each([
    ['the role alone over its message', 'Digital Assistant\nThanks, one of our mortgage advisers will take over from here.'],
    ['a brand’s assistant with a colon', 'Harbor Assistant: I have found two bookings under that email, connecting you to a person.'],
  ])('reads %s as the bot’s, and the answer under it as the agent’s', (_shape, bot) => {
    const c = { id: 's41e', text: `${bot}\n\nHi Rhys, Dana here. Your rate is fixed until March 2028.`, notAgentText: [bot] };
    expect(misreadLines(c)).toEqual([]);
  });

  it('keeps "Virtual Assistant" as a person’s job title under their name (signature, not a bot’s turn)', () => {
    const text = 'Hi Mo,\n\nYour invoice is attached.\n\nKind regards,\nJane\nVirtual Assistant\nBrightdesk Ltd';
    expect(kindOf(text, 'Jane')).toBe('sign-off');
    expect(kindOf(text, 'Virtual Assistant')).toBe('signature');
  });

  it('keeps a field that names an assistant as it was (no turn: it says nothing)', () => {
    const text = 'Hi Mo,\n\nYour invoice is attached.\n\nBest,\nAmy\nExecutive Assistant: Jane Doe\nBrightdesk';
    expect(kindOf(text, 'Amy')).toBe('sign-off');
    expect(agents(text, 'Executive Assistant')).toBe(false);
  });
});

describe('an app’s welcome in any language glued over the account’s hours at the top of a chat', () => {
  it.each([
    ['Japanese', 'ご登録ありがとうございます！'],
    ['an English welcome with an emoji', 'Welcome to Kumo Ramen! 🍜'],
  ])('reads the %s welcome and the hours as the app’s', (_shape, welcome) => {
    const skipped = `${welcome}\nOur team is online 11:00–22:00 every day.`;
    const c = { id: 's41f', text: `${skipped}\n\nThe broth is not vegan, sorry.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'is the broth vegan?', 'chat');
  });

  it('keeps the agent’s own exclamation as "I" over an hours sentence as theirs', () => {
    const text = 'Thanks so much, I’m on it!\nOur team is online 11:00–22:00 every day.\n\nThe broth is vegan.';
    expect(agents(text, 'Thanks so much')).toBe(true);
  });
});

describe('a footer that calls the address no-reply', () => {
  it.each(['This is a no-reply address.', 'This is an unmonitored mailbox.', 'This is a send-only email address.'])('reads "%s" as a footer under a team sign-off', (line) => {
    const text = `Hello Ria,\n\nThe jacket is sold out in blue.\n\nOakline Customer Care\n${line}`;
    expect(kindOf(text, line)).toBe('footer');
    expect(kindOf(text, 'Oakline Customer Care')).toBe('sign-off');
  });
});

describe('chat apps’ lines in forms the pattern bank had only one of', () => {
  it.each([
    ['a participant with their team', 'Omar from Keyhaven has joined the chat.'],
    ['a transfer from one team to another', 'The conversation was transferred from Lettings to Maintenance.'],
    ['an event in square brackets', '[Ria left the conversation]'],
    ['a solved notice with its hint', 'This chat has been marked as solved. Reply to reopen it.'],
    ['a reaction count before the actions', '❤️ 12 · Reply · 5h'],
    ['a read state after the clock', 'Omar (Keyhaven Lettings) • 4:05 PM • Seen'],
    ['an "Auto-reply:" label', 'Auto-reply: Thanks for getting in touch! We answer within one working day.'],
    ['the widget’s progress line', 'Connecting you to an advisor…'],
  ])('reads %s as the app’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each([
    ['the agent connecting them as "I"', 'I am connecting you to our plumber, he will call within the hour.'],
    ['a sentence about a colleague from a team', 'Omar from Keyhaven has joined the call and will explain the fees.'],
    ['a transfer in the agent’s words', 'The deposit was transferred from your old tenancy to the new one.'],
    ['a bracketed note of the agent’s', '[Photo of the meter attached]'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it.each([
    ['the app’s inline "replied to your message:"', 'Ria replied to your message: “is the flat still free?”'],
    ['the customer’s turn under their role', 'Visitor (Ria): is the flat still free'],
  ])('reads %s at the top as the quoted turn, and the answer under it as the agent’s', (_shape, top) => {
    const c = { id: 's41g', text: `${top}\n\nHi Ria, it is! Viewings are on Saturday.`, notAgentText: [top] };
    expect(misreadLines(c)).toEqual([]);
  });

  it('keeps a line of the agent’s that starts with "Customer:" as a field when nothing follows it', () => {
    const text = 'Customer: Ria Shah, flat 4B';
    expect(agents(text, 'Customer: Ria')).toBe(true);
  });

  it('reads a pasted exchange over the widget’s progress line as earlier turns', () => {
    const skipped = 'Ria: is the flat on Mill Road still free?\nHelper: Let me find someone who knows the listings.\nConnecting you to an advisor…';
    const c = { id: 's41h', text: `${skipped}\n\nHi Ria, Omar here. Yes, it is free from January.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'is the flat free', 'chat');
  });
});

describe('chat apps’ lines found in the second probe round', () => {
  it.each([
    ['the customer starting a chat from a page', 'Ria Shah (ria@example.net) started a chat from keyhaven.example/flats'],
    ['a sent state with its clock', 'Message sent · 16:05'],
    ['an assignment to themselves', 'Omar assigned this conversation to themselves'],
    ['a closing with its "start a new chat" hint', 'The chat was closed due to inactivity. Start a new chat anytime!'],
    ['a bare reaction', 'Ria reacted 👍'],
  ])('reads %s as the app’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each([
    ['the agent saying a colleague started something', 'Omar started a new repair job on Monday.'],
    ['a sentence about a message the agent sent', 'Message sent to the landlord this morning, he will reply by Friday.'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it('reads "… commented on your post" and the comment under it as quoted, and the answer as the agent’s', () => {
    const top = 'Ria Shah commented on your post\n“are pets allowed in the Mill Road flat?”';
    const c = { id: 's41i', text: `${top}\n\n@Ria Shah Small pets are fine with the landlord’s OK!`, notAgentText: [top] };
    expect(misreadLines(c)).toEqual([]);
  });

  it('reads a short reply among labelled turns over a notice as one of the turns', () => {
    const skipped = 'Helper: Would you like to talk to one of our advisors?\nRia: yes\nYou are now connected to Omar.';
    const c = { id: 's41j', text: `${skipped}\n\nHi Ria, Omar here. The viewing is booked for Saturday at 11.`, notAgentText: [skipped] };
    expect(misreadLines(c)).toEqual([]);
  });

  it('keeps short labelled lines of the agent’s over a notice as theirs when none of them is a sentence', () => {
    const text = 'Flat: 4B\nRent: £950\nOmar joined the chat\n\nHi Ria, the viewing is booked.';
    expect(agents(text, 'Flat: 4B')).toBe(true);
    expect(agents(text, 'Rent: £950')).toBe(true);
  });
});

describe('chat apps’ lines found in the third probe round', () => {
  it.each([
    ['an archiving notice in hours', 'This chat will be archived in 48 hours.'],
    ['the app telling the agent they were given the chat', 'You were assigned to this conversation by Auto Routing'],
    ['someone no longer in the chat', 'The visitor is no longer in the chat.'],
    ['an action row with "Retweet"', 'Reply · Retweet · Like · Bookmark'],
    ['icon counters', '💬 4  🔁 2  ❤️ 19'],
  ])('reads %s as the app’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(true);
  });

  it.each([
    ['the agent saying what will happen to files', 'Your old photos will be archived in 30 days unless you download them.'],
    ['the agent telling them who was assigned', 'You were assigned to this case by your employer, so please reply to them.'],
    ['a count of things in a sentence', 'We have 2 sizes left and 1 colour.'],
  ])('keeps %s as the agent’s', (_shape, line) => {
    expect(isChatNotice(line)).toBe(false);
  });

  it('reads a speaker and clock joined by a dash over the message as quoted, when the answer greets', () => {
    const top = 'Ria (Customer) – 16:02\nthe heating in 4B is off again';
    const c = { id: 's41k', text: `${top}\n\nHi Ria, sorry about that! The engineer comes at 9 tomorrow.`, notAgentText: [top] };
    expect(misreadLines(c)).toEqual([]);
  });

  it('reads a labelled turn glued under the app’s notice at the top as the transcript', () => {
    const top = 'Ria Shah started the conversation\nRia Shah: the heating in 4B is off again';
    const c = { id: 's41l', text: `${top}\n\nHi Ria, sorry about that! The engineer comes at 9 tomorrow.`, notAgentText: [top] };
    expect(misreadLines(c)).toEqual([]);
    sameWarmth(c, 'heating off', 'chat');
  });

  it('leaves a field under a letter’s reference with the letter’s fields, not read as a chat’s transcript', () => {
    const text = 'Our ref: KH/4471\nProperty: Flat 4B, Mill Road, the one you rent\n\nDear Ms Shah,\n\nThe engineer comes at 9 tomorrow.\n\nYours sincerely,\nOmar';
    expect(kindOf(text, 'Property: Flat 4B')).toBe('footer');
  });
});
