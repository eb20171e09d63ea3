/**
 * One table per family from session 25's look at the layouts (issue 15, data/layouts/dev-extra-u.jsonl): a helpdesk's
 * feedback request and "Reply to this email to continue the conversation." at the end of a reply with no sign-off, a record
 * pasted as fields (order, booking, ticket), a pasted chat headed "Name, 10:02 AM:", and a social reply's tag on a line of
 * its own, with hashtags after it, or a greeting after the handles. Each row another shape of the family, none of them from
 * the batch, with the agent's own lines that look alike and must stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { misreadLines } from '../../eval/structure';
import { defaultPack } from '../../rules/default';
import { kindOf } from './fixtures/kind-of';
import { readStructure } from './read-structure';

const SKIPPED = new Set(['signature', 'footer', 'quote', 'code']);
const skipped = (text: string, needle: string) => SKIPPED.has(kindOf(text, needle) ?? '');
const analyzer = createAnalyzer(defaultPack);

describe('a helpdesk’s feedback request at the end of a reply with no sign-off', () => {
  it.each([
    'How did we do? Rate us',
    'How did we do today? Tell us in 30 seconds: https://survey.example/r/8812',
    'Did we solve your problem? Yes / No',
    'How satisfied were you with this reply? 😞 😐 🙂',
    'Was this reply helpful?\nYes · No',
    'Did this answer your question?\n👍 👎',
    'Please take a moment to rate our service: https://rate.example/c/4471',
    '¿Te ayudó esta respuesta?\nSí / No',
    'War diese Antwort hilfreich?\nJa · Nein',
  ])('reads past %s, in a chat and in an e-mail', (request) => {
    for (const text of [`Your new card is on its way and should arrive by Thursday.\n${request}`, `Hi Omar,\n\nYour new card is on its way and should arrive by Thursday.\n\n${request}`]) {
      expect(misreadLines({ id: 'feedback', text, notAgentText: [request] })).toEqual([]);
    }
  });

  it('never reads the buttons under the question as the signed name', () => {
    const text = 'Hi Omar,\n\nYour new card is on its way.\n\nWas this reply helpful?\nYes · No';
    expect(readStructure(text).parts.some((p) => p.kind === 'sign-off')).toBe(false);
  });

  it.each([
    'Was this helpful? If not, tell me and I’ll try another way.',
    'Did that answer your question? I can send screenshots too.',
    'How did we do on the repair, Ana? I’d love to hear.',
    'Rate us if you like, but mostly I hope the bike rides well!',
    // A bare question with no buttons may be the agent's own: read as theirs (documented trade-off).
    'Was this helpful?',
    'Shall I send a copy by post?\nYes or no is fine.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Your new card is on its way and should arrive by Thursday.\n${line}`;
    expect(misreadLines({ id: 'feedback', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a messenger’s “reply to this email to continue the conversation”', () => {
  it.each([
    'Reply to this email to continue the conversation.',
    'You can reply to this email to continue the conversation, or chat with us in the app.',
    'Reply to this message to continue the chat.',
    'Simply reply to this email to continue the conversation with our team.',
    'Antworten Sie auf diese E-Mail, um das Gespräch fortzusetzen.',
    'Répondez à cet e-mail pour poursuivre la conversation.',
    'Responde a este correo para continuar la conversación.',
  ])('reads past %s', (notice) => {
    for (const text of [`Hi Lea,\n\nI’ve moved your class to Thursday at 6 pm.\n\n${notice}`, `I’ve moved your class to Thursday at 6 pm.\n${notice}`]) {
      expect(skipped(text, notice)).toBe(true);
    }
  });

  it.each([
    'Reply to this email with your new address and I’ll update it.',
    'Just reply to this email to continue the conversation and I’ll pick it up myself.',
    'You can reply to this email to continue the conversation whenever suits you, I’m in all week.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Hi Lea,\n\nI’ve moved your class to Thursday at 6 pm.\n\n${line}`;
    expect(misreadLines({ id: 'continue', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a record pasted as fields: the agent’s, but values, not tone', () => {
  it.each([
    ['two fields', 'Order number: 4471\nStatus: Delivered'],
    ['a tracking link among them', 'Order: 4471\nTracking: https://track.example/4471'],
    ['a booking reference', 'Booking ref: QX7R2P\nStatus: Confirmed'],
    ['introduced by the agent’s sentence', 'Here are the details:\nTicket ID: INC-20931\nStatus: Pending'],
    ['bulleted, values in words', '- Return no: RMA-5521\n- Status: Awaiting inspection\n- Expected: 12 December'],
  ])('reads past %s', (_, block) => {
    const fields = block.startsWith('Here') ? block.slice(block.indexOf('\n') + 1) : block;
    const text = `Hi Jo,\n\nGood news, it’s sorted.\n\n${block}\n\nI’ll check on it again tomorrow.\n\nBest,\nAnn`;
    expect(misreadLines({ id: 'record', text, notAgentText: [fields] })).toEqual([]);
  });

  it('never coaches a status field as a status line, and still coaches one the agent writes alone', () => {
    const record = analyzer.analyze('Hi Jo,\n\nGood news, it shipped this morning.\n\nOrder: 4471\nStatus: Processing\n\nI’ll send the tracking link tonight.\n\nBest,\nAnn', {});
    expect(record.findings.filter((f) => f.ruleId === 'record-status-line')).toEqual([]);
    const alone = analyzer.analyze('Hi Jo,\n\nI checked your claim.\nStatus: Awaiting approval\n\nBest,\nAnn', {});
    expect(alone.findings.some((f) => f.ruleId === 'record-status-line')).toBe(true);
  });

  it.each([
    ['a status line of the agent’s', 'I checked your claim.\nStatus: Awaiting approval'],
    ['a label over the agent’s sentence', 'Order: please send the photos by Friday so I can finish your claim.'],
    ['what the agent changed, two lines', 'Here is what I changed:\nDate: Friday 7 March\nTime: 10:00'],
    ['the agent’s list of who to ask', 'Who to ask:\n- Invoices: Maria Lopez, Billing\n- Refunds: Tom Reyes, Accounts'],
  ])('keeps %s', (_, body) => {
    const text = `Hi Jo,\n\n${body}\n\nBest,\nAnn`;
    expect(misreadLines({ id: 'record', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a chat pasted with “Name, 10:02 AM:” over each message', () => {
  it.each([
    ['a role named', 'Ana Costa, 9:41 AM:\nis the bike in stock?\nTom (Support), 9:42 AM:\nYes, two left in blue.'],
    ['speakers taking turns', 'Ana Costa, 09:41:\nhello, my order is late\nTom, 09:42:\nLet me check that for you.\nAna Costa, 09:43:\nthanks'],
  ])('reads past the chat with %s', (_, chat) => {
    const text = `Hi Ana,\n\nHere is the chat you asked for.\n\n${chat}\n\nSorry again for the mix-up.\n\nBest,\nLiv`;
    expect(misreadLines({ id: 'chat', text, notAgentText: [chat] })).toEqual([]);
  });

  it.each([
    'Pick-up, 9:00 AM:\nHotel lobby\nDrop-off, 5:00 PM:\nAirport, terminal 2',
    'Tomorrow, 9:30 AM:\nthe engineer arrives\nFriday, 2:00 PM:\nthe follow-up call',
  ])('keeps the agent’s plan %s', (plan) => {
    const text = `Hi Ana,\n\nYour day is set:\n\n${plan}\n\nBest,\nLiv`;
    expect(misreadLines({ id: 'plan', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a social reply’s tag and greeting', () => {
  it.each([
    ['a caret', '^MK'],
    ['a tilde', '~Sam'],
    ['a slash', '/SS'],
  ])('reads a tag with %s on a line of its own under the body as the sign-off', (_, tag) => {
    const text = `@leo_runs Sorry for the wait! The app is back online now. #RunHelp\n${tag}`;
    expect(kindOf(text, tag)).toBe('sign-off');
    expect(kindOf(text, 'Sorry for the wait')).not.toBe('sign-off');
  });

  it.each(['^MK #RailHelp', '^MK #RailHelp #Sorry', '*TB 🚆 #RailHelp'])('reads %s after the last sentence as the sign-off', (tag) => {
    const text = `@leo_runs Your refund went out today. ${tag}`;
    const parts = readStructure(text).parts;
    expect(parts.at(-1)).toMatchObject({ kind: 'sign-off', inline: true });
    expect(text.slice(parts.at(-1)!.start, parts.at(-1)!.end)).toBe(tag);
  });

  it.each(['@jo_b Hello Jo, ', '@jo_b @sam.k Hey both! ', '@jo_b, Hi Jo! '])('reads the greeting after the handles in %s', (opening) => {
    const text = `${opening}Your refund went out today. ^MK`;
    expect(kindOf(text, opening.trim())).toBe('greeting');
    expect(kindOf(text, 'Your refund')).toBe('body');
  });

  it.each(['@jo_b Your refund went out today. ^MK', '@jo_b Highly unusual, but your refund went out today. ^MK'])('reads no greeting in %s', (text) => {
    expect(readStructure(text).parts.some((p) => p.kind === 'greeting')).toBe(false);
  });

  it('never reads a first line that is only a tag as a sign-off', () => {
    expect(kindOf('^MK\nYour refund went out today and reaches you by Friday.', 'Your refund')).toBe('body');
  });
});

describe('the agent’s own lines that look like fields, headers or a signature', () => {
  it.each([
    ['steps labelled like a record', '1. Order: open the Orders tab and pick the one to return\n2. Status: check it says Delivered\n3. Return: tap Start a return'],
    ['steps with a label and a sentence', 'Step 1: Settings: open the app and tap the gear icon.\nStep 2: Network: choose Guest Wi-Fi and switch it on.'],
    ['settings written as prose', 'Incoming server: your full email address goes in the username box, and the server is imap.example.com.\nOutgoing server: use smtp.example.com on port 465.'],
    ['a line from the logs and a to-do', 'From the logs: the driver rang twice at 14:02 and nobody answered.\n\nTo: do list for me today: confirm the slot and text you the window.'],
  ])('keeps %s as the agent’s', (_, body) => {
    const text = `Hi Sam,\n\n${body}\n\nBest,\nLinnea\n\nP.S. You can also collect it from the depot until 20:00 today.`;
    expect(misreadLines({ id: 'agent', text, notAgentText: [] })).toEqual([]);
  });
});
