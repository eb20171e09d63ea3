import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';

const partKind = (text: string, line: string, customerMessage?: string) => {
  const at = text.indexOf(line);
  return readStructure(text, { customerMessage }).parts.find((p) => p.start <= at && at < p.end)?.kind;
};
const SKIPPED = new Set(['quote', 'footer', 'signature', 'code']);
const skipped = (text: string, line: string, customerMessage?: string) => SKIPPED.has(partKind(text, line, customerMessage) ?? 'body');

describe('the customer’s message pasted under a short heading (session 46)', () => {
  const message = 'the scanner stopped pairing with my phone after the update';

  it('reads a chat’s handle and clock over the pasted message as theirs', () => {
    const text = `sam.k  4:05 PM\n${message}\n\nThat's the 2.3 firmware, rolling it back fixes pairing. Hold the power button for 10 seconds.`;
    expect(skipped(text, 'sam.k  4:05 PM', message)).toBe(true);
    expect(skipped(text, message, message)).toBe(true);
    expect(skipped(text, "That's the 2.3 firmware", message)).toBe(false);
  });

  it('reads a name with a comma and clock, and a post’s age before the words, as theirs', () => {
    const comma = `Priya Shah, 09:12\n${message}\n\nHi Priya, sorry about that. A fix goes out tonight.`;
    expect(skipped(comma, 'Priya Shah, 09:12', message)).toBe(true);
    const post = `Priya Shah\n3h · ${message}\n\nHi Priya, a fix goes out tonight, so updating again sorts it.`;
    expect(skipped(post, 'Priya Shah', message)).toBe(true);
    expect(skipped(post, '3h · ', message)).toBe(true);
  });

  it('reads a review’s stars and signed line around the words as theirs', () => {
    const review = 'Delivery took three weeks and nobody answered the phone.';
    const text = `★★☆☆☆ ${review}\n— Owen P., Trustpilot\n\nOwen, that wait was far too long. Email me at help@shop.example and I'll look into it today.`;
    expect(skipped(text, '— Owen P., Trustpilot', review)).toBe(true);
  });

  it('keeps the agent’s paragraph that quotes the message with words of their own', () => {
    const text = `You said: ${message}. I've reset the pairing on our side\n\nTry again now.`;
    expect(skipped(text, 'You said', message)).toBe(false);
    const long = `Thanks for explaining it so clearly, because ${message} is something we have seen twice this week\n\nTry again now.`;
    expect(skipped(long, 'Thanks for explaining', message)).toBe(false);
  });

  it('reads X’s handle-first heading with the account it answers as theirs', () => {
    const text = '@dev_ollie 5h · Replying to @TrainLine\n\nHi Ollie, the 8:10 is running again and your ticket is valid on the next train.';
    expect(skipped(text, '@dev_ollie')).toBe(true);
    expect(skipped(text, 'Hi Ollie')).toBe(false);
  });
});

describe('a signature’s fields set apart by bars over the helpdesk’s footer (session 46)', () => {
  it('reads the bar line glued over the footer as signature', () => {
    const text = 'Hi Noor,\n\nYour new router ships today.\n\nAmara Obi | Support Specialist | Ext. 220 | Mon–Fri\nThis mailbox is not monitored. Please do not reply to this email.';
    expect(partKind(text, 'Amara Obi')).toBe('signature');
    expect(partKind(text, 'Your new router')).toBe('body');
  });

  it('keeps a bar line that opens on no name, and one with no footer under it, the agent’s', () => {
    const noName = 'Hi Noor,\n\nHere is the plan:\n\nrouter ships today | engineer Thursday | refund Friday\nThis mailbox is not monitored. Please do not reply to this email.';
    expect(partKind(noName, 'router ships today')).not.toBe('signature');
    const noFooter = 'Hi Noor,\n\nYour new router ships today.\n\nAmara Obi | Support Specialist | Ext. 220';
    expect(partKind(noFooter, 'Your new router')).toBe('body');
  });

  it('never reads the agent’s only line as signature', () => {
    const text = 'Amara Obi | Support Specialist | Ext. 220\nThis mailbox is not monitored. Please do not reply to this email.';
    expect(partKind(text, 'Amara Obi')).not.toBe('signature');
  });
});

describe('a ticket’s note glued under its fields (session 46)', () => {
  it('reads an impersonal note under the fields as the ticket’s', () => {
    const text = 'Hello,\n\nThe parcel was returned to us.\n\nCase: 55120\nStatus: Waiting\nTeam: Returns\nNote: courier reported address incomplete, reship on confirmation';
    expect(partKind(text, 'Note: courier')).toBe('code');
  });

  it('keeps a note that talks to the customer or gives them an order the agent’s', () => {
    const you = 'Hello,\n\nThe parcel was returned to us.\n\nCase: 55120\nStatus: Waiting\nTeam: Returns\nNote: you can confirm your address by replying here';
    expect(partKind(you, 'Note: you')).toBe('body');
    const order = 'Hello,\n\nThe parcel was returned to us.\n\nCase: 55120\nStatus: Waiting\nTeam: Returns\nNext: Check the house number on your account first.';
    expect(partKind(order, 'Next: Check')).toBe('body');
  });
});

describe('what the app glues under its notice that the chat is over (session 46)', () => {
  it('reads a rating or survey line glued under the notice as the app’s', () => {
    const rated = 'Your voucher is valid until March.\n\nChat ended by Tomas\nCustomer rating: ★★★★☆';
    expect(partKind(rated, 'Customer rating')).toBe('footer');
    const survey = 'Hi Jo, I’ve moved your delivery to Monday.\nJo left the conversation\nHow likely are you to recommend us? Reply 0-10.';
    expect(partKind(survey, 'How likely')).toBe('footer');
  });

  it('keeps the agent’s line that says "I", and the sign-off under a pasted transcript’s end notice', () => {
    const own = 'Your voucher is valid until March.\n\nChat ended by Tomas\nI’ll email the voucher code as well.';
    expect(partKind(own, 'I’ll email')).toBe('body');
    const pasted = 'Dear Ms Ray,\n\nHere is the chat you asked for.\n\n--- Chat started 2 Dec ---\nVisitor: is the pool open?\nAgent: Yes, until 9pm.\n--- Chat ended by agent ---\n\nKind regards,\nFront Desk';
    expect(partKind(pasted, 'Kind regards')).toBe('sign-off');
  });
});
