/**
 * One table per family from session 24's look at the layouts (issue 15, data/layouts/dev-extra-t.jsonl): a chat app's or
 * helpdesk's own lines, the agent's last line under a sentence that introduces it with a colon, a legal paragraph a macro
 * pasted between the agent's paragraphs, a helpdesk's labelled "Agent: Name" line, a mail header over ">" questions with
 * the agent's answers between them, and the sign-off above an app's line over "Sent from my iPhone". Each row another shape
 * of the family, none of them from the batch, with the agent's own lines that look alike and must stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');

describe('a chat app’s or a helpdesk’s own line', () => {
  it.each([
    'You’re now chatting with Dev from Acme Support.',
    'You are now connected to Mia at Brightline',
    'Ola closed this conversation · 14:02',
    'Tom resolved the ticket at 9:15 am',
    'Conversation snoozed until tomorrow by Alex Kim',
    'Ticket snoozed until Monday',
    'Mo joined the chat · Chat transferred to Returns',
    'Conversation transferred to Billing · Sara left the chat',
    'Was this chat helpful? Yes / No',
  ])('reads past %s', (line) => {
    for (const text of [`${line}\nHi Ana, your refund left today and should reach you by Friday.`, `Hi Ana, your refund left today and should reach you by Friday.\n${line}`]) {
      expect(skipped(text, line)).toBe(true);
    }
  });

  it.each([
    'You’re now chatting with the right person, and I’ll fix it today.',
    'Tom closed this conversation by mistake, so I’ve reopened it for you.',
    'The conversation was snoozed by mistake; I’ve picked it up again.',
    'Was this helpful? Tell me if not and I’ll try another way.',
    'Mo joined the team last week · she’ll call you tomorrow.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Hi Ana,\n\nYour refund left today.\n${line}\n\nBest,\nTom`;
    expect(misreadLines({ id: 'chat', text, notAgentText: [] })).toEqual([]);
  });
});

describe('the agent’s last line under a sentence that introduces it with a colon', () => {
  it.each([
    ['a link', 'Your new booking link is below, valid for 48 hours:\nhttps://clinic.example/rebook/88123'],
    ['a phone number', 'If the app still won’t open, call our tech line any time:\n+1 415 555 0132'],
    ['opening days and hours', 'The depot is open for collection on these days:\nTue–Sat 8:00–17:00, Unit 4 Ridgeway Park'],
    ['an address', 'You can write to the claims team directly at:\nclaims@harbour.example'],
  ])('keeps %s as the agent’s', (_, body) => {
    const text = `Hi Ana,\n\nSorry for the wait. ${body}`;
    expect(misreadLines({ id: 'colon', text, notAgentText: [] })).toEqual([]);
  });

  it.each([
    ['a signature set off by a blank line', 'Call me if anything changes:\n\nSam Lee\nSupport Lead | Acme\n+44 20 7946 0321', 'Sam Lee\nSupport Lead | Acme\n+44 20 7946 0321'],
    ['a name with its role glued under it', 'Reach me here:\nSam Lee | Support Lead', 'Sam Lee | Support Lead'],
  ])('still reads %s as no line of the body', (_, tail, signature) => {
    const text = `Hi Ana,\n\nYour refund left today. ${tail}`;
    for (const line of signature.split('\n')) expect(kindOf(text, line)).not.toBe('body');
  });
});

describe('a legal paragraph a macro pasted between the agent’s paragraphs', () => {
  it.each([
    'Calls may be recorded. Brightwater Ltd is registered in England and Wales, company registration number 01234567.',
    'This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.',
    'Diese E-Mail ist vertraulich. Sitz der Gesellschaft: Köln, Amtsgericht Köln HRB 99123.',
  ])('reads past %s, and the reply under it stays the agent’s', (legal) => {
    const text = `Hi Ana,\n\nSorry about the estimated bill.\n\n${legal}\n\nI’ve booked the reading for Tuesday and I’ll call you after it.\n\nBest,\nTom`;
    expect(misreadLines({ id: 'legal', text, notAgentText: [legal] })).toEqual([]);
  });

  it.each([
    'I’ve checked, and your company is registered in England and Wales, so the UK rate applies.',
    'Your account details are confidential and intended only for you, so I can’t share them with your landlord.',
    'Our registered office moved to Leeds in May; the new address is on your invoice.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Hi Ana,\n\nThanks for asking.\n\n${line}\n\nTell me if you need anything else.\n\nBest,\nTom`;
    expect(misreadLines({ id: 'legal', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a helpdesk’s labelled line naming the agent', () => {
  it.each(['Agent: Priya Shah | Billing Team', 'Advisor: Tom Reid', 'Your agent: Sam Lee · Returns'])('reads %s as signature, never the sign-off', (line) => {
    const text = `Dear Mr Lowe,\n\nThe refund was issued today.\n\n${line}\nCase ref: 88-2210`;
    expect(misreadLines({ id: 'agent', text, notAgentText: [`${line}\nCase ref: 88-2210`] })).toEqual([]);
  });

  it('still reads a name signed alone as the sign-off', () => {
    expect(kindOf('Dear Mr Lowe,\n\nThe refund was issued today.\n\nPriya Shah', 'Priya Shah')).toBe('sign-off');
  });
});

describe('a mail header over ">" questions with the agent’s answers between them', () => {
  const header = 'Von: Jonas Weber <jonas.weber@example.de>\nGesendet: Mittwoch, 2. Dezember 2026 20:11\nAn: service@example.com\nBetreff: Lieferung';
  it('keeps the answers and the sign-off the agent’s', () => {
    const text = `Hi Jonas,\n\nMy answers are under your questions.\n\n${header}\n\n> Can you deliver on Saturday?\n\nYes, between 9 and 12.\n\n> Do I need to be home?\n\nNo, the driver can leave it with a neighbour.\n\nBest,\nTom`;
    expect(misreadLines({ id: 'inline', text, notAgentText: [header, '> Can you deliver on Saturday?', '> Do I need to be home?'] })).toEqual([]);
  });

  it('still reads a header over ">" lines and nothing after as history', () => {
    const quoted = `${header}\n\n> Can you deliver on Saturday?\n> Thanks, Jonas`;
    const text = `Hi Jonas,\n\nYes, between 9 and 12.\n\nBest,\nTom\n\n${quoted}`;
    expect(misreadLines({ id: 'history', text, notAgentText: [quoted] })).toEqual([]);
  });

  it('still reads an Outlook header with the message unmarked under it as history to the end', () => {
    const quoted = `${header}\n\nCan you deliver on Saturday?\n\nThanks, Jonas`;
    const text = `Hi Jonas,\n\nYes, between 9 and 12.\n\nBest,\nTom\n\n${quoted}`;
    expect(misreadLines({ id: 'history', text, notAgentText: [quoted] })).toEqual([]);
  });
});

describe('the sign-off above an app’s line over a phone’s line', () => {
  it.each(['Was this helpful? 👍 Yes   👎 No', 'Mo joined the chat', 'Conversation snoozed until 10:00 by Workflow'])('reads the team over %s as the sign-off', (line) => {
    const text = `Hi Maria,\n\nYour replacement arrives tomorrow before noon.\n\nCustomer Success Team\n${line}\n\nSent from my iPhone`;
    expect(kindOf(text, 'Customer Success Team')).toBe('sign-off');
    expect(skipped(text, line)).toBe(true);
  });
});

describe('more of a helpdesk’s log lines, probed after the batch', () => {
  it.each([
    'Ana assigned this conversation to Billing · 10:02',
    'Sam marked this conversation as resolved',
    'Bot handed the conversation to Leo',
    'Leo is now handling this conversation',
    'Sam Lee left an internal note',
    'Workflow added the tag refund',
    'Snoozed until Mon 9:00',
    'Helpful? Yes · No',
    'Did this answer your question? 👍 👎',
  ])('reads past %s under a chat reply', (line) => {
    expect(skipped(`Your refund left today and reaches you by Friday.\n${line}`, line)).toBe(true);
  });

  it.each([
    'Tom passed the chat to me and I’m on it now',
    'Sam marked the ticket as urgent, so you’ll hear from us today',
    'Helpful tip: restart the router first',
    'Did this answer your question? If not, tell me and I’ll dig further.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Your refund left today.\n${line}\nThanks for your patience!`;
    expect(misreadLines({ id: 'log', text, notAgentText: [] })).toEqual([]);
  });
});
