/**
 * One table per family from session 33's look at the layouts (issue 15): tails with no sign-off above them, glued to the
 * agent's last line or set off by a blank line — a system's or template's line (a chat's transcript and closing notices, an
 * unmonitored or automated mailbox, a ticket's reopen note, a terms line, a registration number), a promotion or a
 * membership badge, a social tool's "Shared via" line, a fielded signature line with a recruiting tagline, a name with a
 * role after a comma, a name signed with a tilde — beside the agent's own last lines that look alike and must stay the
 * agent's (a number given in a sentence, "Shout if anything changes.", "Talk soon"). None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';

const EMAIL_BODY = 'Hi Marta,\n\nYour replacement router left our depot today and should reach you by Thursday.';
const CHAT_BODY = 'Your replacement router left our depot today and should reach you by Thursday.';

/** The tail is read past under the body, glued to its last line and under a blank line, and the body stays the agent's. */
function readsPast(body: string, tail: string, channel?: 'chat' | 'social') {
  for (const sep of ['\n', '\n\n']) {
    const text = `${body}${sep}${tail}`;
    expect(misreadLines({ id: 's33', text, channel, notAgentText: [tail] })).toEqual([]);
    expect(kindOf(text, body.slice(-20))).toBe('body');
  }
}

describe('a system’s or template’s line under the reply, no sign-off above it', () => {
  it.each([
    'A transcript of this chat will be emailed to you.',
    'Conversation transcripts are sent to the address on your profile.',
    'Conversation closed by agent. Rate this conversation 👍 👎',
    'Please note: this inbox does not accept complaints. To complain, use the form on our website.',
    'This is an automated inbox. Replies are not read.',
    'Case ref CS-20931 · to reopen, just reply to this email within 14 days.',
    'Offer subject to availability. T&Cs apply.',
    'Prices shown include VAT. See brightfibre.example/legal for full terms.',
    'Replies to this email are added to your ticket automatically.',
    'Add a comment by replying to this message.',
    'View your request online',
    'Your request will be closed automatically after 5 days without a reply.',
    'To help us get better, please take our one-minute survey: https://survey.example/r/77',
    'How likely are you to recommend Pawly to a friend? Reply with 0–10.',
    'Conversation #88127 · Reply above this line to respond',
    'Hillside Pre-School — Ofsted URN 2740113',
    'Keystone Mortgages is an appointed representative. FCA FRN 556712',
  ])('reads %s past', (tail) => {
    readsPast(EMAIL_BODY, tail);
    readsPast(CHAT_BODY, tail, 'chat');
  });

  it.each([
    'I’ll send you the chat transcript once the engineer has seen it.',
    'Our inbox does get busy on Mondays, so I’ve flagged yours as urgent.',
    'If you want to reopen the case later, just reply to this email and I’ll pick it up.',
    'The terms of your plan stay the same.',
    'I’ll close the request once you confirm the part fits.',
    'I recorded the call so the engineer can hear the noise.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `${EMAIL_BODY}\n${line}`;
    expect(kindOf(text, line.slice(0, 12))).toBe('body');
  });
});

describe('a ticket’s field glued over the helpdesk’s footer', () => {
  it.each([
    'Ticket: #58812\nView your ticket: https://support.example/t/58812',
    'Case number: 00418822\nPlease keep this number in the subject line when you reply.',
    'Ref: HX-2291\nThis mailbox is not monitored.',
  ])('reads %s past, field and all', (tail) => readsPast(EMAIL_BODY, tail));

  it.each(['Your ticket number is 58812.', 'Booking ref: QX7R2P'])('keeps the agent’s %s theirs with nothing under it', (line) => {
    expect(kindOf(`${EMAIL_BODY}\n${line}`, line.slice(0, 8))).toBe('body');
  });
});

describe('a promotion, a badge or a social tool’s line glued to the last line', () => {
  it.each([
    'Learn faster with Wordly Premium: 40% off this month only. Upgrade today →',
    '🎄 Winter sale now on across all stores! #CosyHome',
    'Buy now and get 20% off your first box.',
    'Proud members of the Guild of Master Craftsmen',
    'Proud partner of the National Trust. Highly commended, Regional Business Awards 2025.',
  ])('reads %s past', (tail) => readsPast(EMAIL_BODY, tail));

  it.each(['Shared via Buffer', 'Scheduled with Hootsuite'])('reads the social tool’s %s past', (tail) => {
    readsPast('@jo_runs yes, the 10k starts at 9 from the park gates 🏃', tail, 'social');
  });

  it.each([
    'I’ve added 20% off your next box as a thank-you.',
    'We’re proud of how quickly the team turned this round.',
    'I shared your photos with the warehouse team.',
    'The sale price applies to your order too, so I’ve refunded the difference.',
  ])('keeps the agent’s %s theirs', (line) => {
    const text = `${EMAIL_BODY}\n${line}`;
    expect(kindOf(text, line.slice(0, 12))).toBe('body');
  });
});

describe('signature lines with no sign-off: fields, roles, a tilde', () => {
  it.each(['Northwind · Member Services · We’re hiring', 'Corvo Bikes | Workshop | Now hiring!'])('reads the fielded line %s as signature', (tail) => {
    const text = `${EMAIL_BODY}\n\n${tail}`;
    expect(misreadLines({ id: 's33', text, notAgentText: [tail] })).toEqual([]);
  });

  it.each(['Bean There Bakery · 12 Mill Lane · Hebden Bridge', 'Kaya Florist | Shop 3, Harbour Arcade | Open till 6', 'Ostara Studio · 221 Kings Road'])(
    'reads the fielded line with a street %s as signature, glued or set apart',
    (tail) => readsPast(EMAIL_BODY, tail),
  );

  it.each(['You can collect it from our shop, 12 Mill Lane.', 'Bring it to 12 Mill Lane and we’ll swap it there and then.'])('keeps the agent’s %s theirs', (line) => {
    for (const sep of ['\n', '\n\n']) expect(kindOf(`${EMAIL_BODY}${sep}${line}`, line.slice(0, 12))).toBe('body');
  });

  it.each(['Acme Energy — Powering happy homes since 1998', 'Harbour Lights Hotel · Your home by the sea'])('reads the company with its motto %s as signature', (tail) => {
    readsPast(EMAIL_BODY, tail);
  });

  it.each(['Great news — Your order has shipped', 'Acme Energy — we are sorry for the delay.', 'You were chatting with Sarah earlier, and she passed it to me.'])(
    'keeps the agent’s %s theirs',
    (line) => {
      for (const sep of ['\n', '\n\n']) expect(kindOf(`${EMAIL_BODY}${sep}${line}`, line.slice(0, 12))).toBe('body');
    },
  );

  it.each(['You were chatting with Sarah', 'You were talking to Dev from Pawly'])('reads the chat app’s %s past', (tail) => readsPast(CHAT_BODY, tail, 'chat'));

  it.each(['Abi, Dog Trainer', 'Marek, Bike Mechanic', 'Leah, Wedding Planner'])('reads the name with a role %s under a valediction as signature', (tail) => {
    const text = `${EMAIL_BODY}\n\nHappy riding,\n${tail}`;
    expect(misreadLines({ id: 's33', text, notAgentText: [tail] })).toEqual([]);
    expect(kindOf(text, 'Happy riding')).toBe('sign-off');
  });

  it.each(['~Jess @ Pawly', '~ Tomás', '~Ngozi (Support)'])('reads the tilde-signed %s as the sign-off', (tail) => {
    for (const body of [EMAIL_BODY, CHAT_BODY]) expect(kindOf(`${body}\n${tail}`, tail.slice(0, 4))).toBe('sign-off');
  });

  it.each([
    'Ring me on 0161 496 0777 if it hasn’t arrived by Friday.',
    'My direct line is 0161 496 0777.',
    'You can email me at marta.help@example.com any time.',
    'Shout if anything changes.',
    'Any questions, just hit reply.',
  ])('keeps the agent’s last line %s theirs', (line) => {
    for (const sep of ['\n', '\n\n']) expect(kindOf(`${EMAIL_BODY}${sep}${line}`, line.slice(0, 12))).toBe('body');
  });
});

describe('a closing wish and the name, with a tail glued under the name', () => {
  const reply = 'Hi Maria,\n\nYour new router goes out by courier today.\n\nSafe travels!\n\nKristin';
  const glued = {
    'a contact line over a helpdesk footer': 'e: kristin@pawly.example\n\nPowered by Help Scout\nConversation #88127 · Reply above this line to respond',
    'Notes’ name and address over the date': 'Ngozi Eze <ngozi.eze@example.ng>\n05/03/2026 09:12\n\nThe seals failed again and nobody called me back.',
  };
  for (const [shape, tail] of Object.entries(glued)) {
    it(`signs off on the name and reads ${shape} past`, () => {
      const text = `${reply}\n${tail}`;
      expect([kindOf(text, 'Kristin'), misreadLines({ id: 's33', text, notAgentText: [tail] })]).toEqual(['sign-off', []]);
    });
  }
});
