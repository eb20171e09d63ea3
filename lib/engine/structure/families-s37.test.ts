/**
 * One table per family from session 37's tune batch (data/layouts/dev-extra-ap.jsonl, issue 15) and the leftover an016, each
 * following how messaging apps, helpdesks and agents write rather than one case's words: a conversation copied from the
 * top whose last turn, under its own heading, is the reply being written; a chat app's sender over the clock alone; a
 * bot's or app's event (assigned, transferred) with its name before it; a chat's history and disappearing-messages notice;
 * a social app's "Reply to @x's comment" and a forum's "u/name · 2h" heading with its flair; and the agent's own line that
 * introduces a quote as "I" ("I replied on Monday…, so here it is again:"), which no mail client writes. Beside each, the
 * look-alikes that must keep their reading. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { SKIPPED_PART_KINDS } from './types';

/** Whether the part holding `needle` is the agent's (greeting, body, list item or sign-off). */
const agents = (text: string, needle: string) => !(SKIPPED_PART_KINDS as readonly (string | undefined)[]).includes(kindOf(text, needle));

describe('a conversation copied from the top of the draft whose last turn is the agent’s answer', () => {
  it.each([
    ['speaker and clock, two spaces (LinkedIn, Intercom)', 'Ade Bello  9:02 AM', 'Sofia Ruiz  9:15 AM'],
    ['Telegram’s copy, name and bracketed date', 'Ade Bello, [03.12.2026 09:02]', 'Harbour Books, [03.12.2026 09:15]'],
    ['a dot before the clock', 'Ade Bello · 09:02', 'Sofia Ruiz · 09:15'],
  ])('reads %s: every heading and the turns above are the app’s, the last turn the agent’s', (_shape, first, last) => {
    const answer = 'Hi Ade! Yes, the signed copy is reserved for you until Saturday, just give your name at the till.';
    const text = `${first}\nCan you hold the signed copy of the new Adichie for me?\n\n${last}\n${answer}`;
    expect(agents(text, answer)).toBe(true);
    expect(misreadLines({ id: 's37', text, notAgentText: [`${first}\nCan you hold the signed copy of the new Adichie for me?`, last] })).toEqual([]);
  });

  it('reads three turns the same way', () => {
    const text =
      'Ade Bello  9:02 AM\nis the signed copy still there?\n\nSofia Ruiz  9:05 AM\nLet me check!\n\nSofia Ruiz  9:15 AM\nHi Ade, good news: it’s held for you until Saturday.';
    expect(agents(text, 'Hi Ade, good news')).toBe(true);
    expect(kindOf(text, 'Let me check!')).not.toBe('body');
  });

  it.each([
    ['the last turn does not greet: the whole paste is history', 'Ade Bello  9:02 AM\ncan you hold it?\n\nSofia Ruiz  9:15 AM\nYes, until Saturday.', 'Yes, until Saturday.'],
    ['one turn only, greeting or not', 'Sofia Ruiz  9:15 AM\nHi Ade, it’s held until Saturday.', 'Hi Ade'],
  ])('keeps the old reading when %s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).not.toBe('body');
  });

  it('keeps a pasted chat under the agent’s own reply as history', () => {
    const text = 'Hi Ade,\n\nYour copy is held until Saturday.\n\nSofia\n\nAde Bello  9:02 AM\ncan you hold it?\n\nSofia Ruiz  9:15 AM\nHi Ade, yes!';
    expect(kindOf(text, 'Hi Ade, yes!')).not.toBe('body');
    expect(kindOf(text, 'Your copy is held')).toBe('body');
  });
});

describe('a chat app’s sender over the clock alone, over the message the agent answers', () => {
  it.each([
    ['a guest’s tag (Teams)', 'Sarah Klein (External)'],
    ['an organisation’s tag (Slack Connect)', 'Dan Okafor (Brightline)'],
    ['a full name alone', 'Sarah Klein'],
  ])('reads %s as the app’s heading', (_shape, sender) => {
    const text = `${sender}\n10:42\nIs the printer on floor 3 down for everyone?\n\nHi Sarah, it is; the engineer is on the way and it should be back by 11.`;
    expect(kindOf(text, 'Is the printer')).not.toBe('body');
    expect(agents(text, 'Hi Sarah')).toBe(true);
    expect(misreadLines({ id: 's37', text, notAgentText: [`${sender}\n10:42\nIs the printer on floor 3 down for everyone?`] })).toEqual([]);
  });

  it.each([
    ['the agent’s own opening, with a time under a name', 'Sarah Klein\n10:42\nis when your engineer arrives tomorrow.\n\nThanks,\nMo', 'is when'],
    ['an answer that does not greet', 'Sarah Klein (External)\n10:42\nIs the printer down?\n\nThe engineer is on the way.', 'The engineer'],
  ])('keeps %s as it was', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });
});

describe('a bot’s or the app’s events, with its name before them or naming who', () => {
  it.each([
    ['an assignment with the team in brackets and a full stop', 'Zia: This conversation has been assigned to Meera Iyer (Tier 2 Support).'],
    ['a system label over a transfer', 'System: Chat transferred to Billing'],
    ['a named bot transferring the chat', 'Zia transferred the chat to Meera'],
    ['the assignment without a label', 'This conversation has been assigned to Meera Iyer.'],
  ])('reads %s as the app’s', (_shape, event) => {
    const text = `${event}\n\nHi Arun, Meera here. The backup quota is raised to 2 TB and a fresh backup is running now.`;
    expect(kindOf(text, event)).not.toBe('body');
    expect(agents(text, 'Hi Arun')).toBe(true);
  });

  it.each([
    ['a field’s value', 'Hi Jo,\n\nGood news, it’s sorted.\n\nStatus: Delivered\n\nThanks,\nAnn', 'Good news'],
    ['the agent telling what they did', 'Hi Jo,\n\nUpdate: I transferred the chat to Billing so they can refund you.\n\nThanks,\nAnn', 'Update: I transferred'],
    ['the agent’s sentence on a transfer', 'Hi Jo,\n\nI’ve transferred the booking to your new card.\n\nThanks,\nAnn', 'I’ve transferred'],
  ])('keeps %s the agent’s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });
});

describe('a chat’s history and disappearing-messages notices', () => {
  it.each([
    ['Google Chat’s two lines', 'History is turned off\nMessages sent with history off are deleted after 24 hours.'],
    ['disappearing messages switched on', 'Disappearing messages are on'],
    ['someone switching them on', 'Ama turned on disappearing messages'],
    ['the app’s warning', 'New messages will disappear from this chat 7 days after they’re sent.'],
  ])('reads %s as the app’s', (_shape, notice) => {
    const text = `${notice}\n\nHi Amina! The projector in room 4 needs the USB-C adapter in the desk drawer.`;
    expect(kindOf(text, notice)).not.toBe('body');
    expect(misreadLines({ id: 's37', text, notAgentText: [notice] })).toEqual([]);
  });

  it('keeps the agent’s sentence about the history setting', () => {
    const text = 'Hi Amina,\n\nHistory is turned off for this space, so please save the link somewhere safe.\n\nThanks,\nMo';
    expect(kindOf(text, 'History is turned off')).toBe('body');
  });
});

describe('social and forum headings over the reply', () => {
  it.each([
    ['TikTok’s reply to a comment', 'Reply to @lulu.bakes\'s comment'],
    ['a reply to a video', 'Replying to @dan_runs’s video'],
  ])('reads %s as the app’s', (_shape, heading) => {
    const text = `${heading}\n\n@lulu.bakes so sorry the sprinkles melted! DM us your order number 💕`;
    expect(kindOf(text, heading)).not.toBe('body');
  });

  it.each([
    ['a user name and age with the official flair', 'u/NimbusCloudSupport · 2h\nOfficial'],
    ['a user name and age alone', 'u/NimbusCloudSupport · 2h'],
  ])('reads a forum’s %s as the app’s', (_shape, heading) => {
    const text = `${heading}\n\nHey, sorry for the trouble! Version 5.2.1 with the fix is rolling out today.`;
    expect(kindOf(text, heading.split('\n')[0]!)).not.toBe('body');
    expect(misreadLines({ id: 's37', text, notAgentText: [heading] })).toEqual([]);
  });

  it('keeps the agent’s own advice to reply to a comment', () => {
    const text = 'Hi Lu,\n\nReply to the comment under our pinned post and we’ll pick it up there.\n\nThanks,\nMo';
    expect(kindOf(text, 'Reply to the comment')).toBe('body');
  });
});

describe('the agent introducing a quote of their own as "I"', () => {
  it.each([
    ['a weekday', 'I replied on Monday but I don’t think it reached you, so here it is again:'],
    ['a date', 'I wrote on 27 November, so here it is again:'],
    ['a contraction', 'I’d sent this on Friday at 15:12, copying it below:'],
  ])('keeps a line with %s the agent’s, the ">" lines under it quoted', (_shape, lead) => {
    const text = `Hi Mrs Patel,\n\n${lead}\n\n> Your refund of £86.40 was issued today.\n\nIf it hasn’t arrived by Wednesday, reply here.\n\nBest wishes,\nOwen`;
    expect(kindOf(text, lead)).toBe('body');
    expect(misreadLines({ id: 's37', text, notAgentText: ['> Your refund of £86.40 was issued today.'] })).toEqual([]);
  });

  it.each([
    ['a name that wrote on a weekday', 'Sam Lee replied on Monday:'],
    ['a dated attribution with an initial', 'Ivan I. Petrov, 2 Dec 2026 10:14:'],
    ['a short attribution', 'Sam Lee wrote:'],
  ])('still reads %s as the quote’s header', (_shape, attribution) => {
    const text = `Hi Sam,\n\nThe refund is on its way.\n\nThanks,\nOwen\n\n${attribution}\n> where is my refund?`;
    expect(kindOf(text, attribution)).not.toBe('body');
  });
});
