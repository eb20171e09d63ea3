/**
 * One table per family of layouts that failed on new styles (data/layouts/dev-extra-a.jsonl, issue 15): each row a
 * different shape of the family, and rows of the agent's own words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import { kindOf } from './fixtures/kind-of';
import { hasFooterPhrase, isLogLine, isMetaLine, isSignatureSentence } from './patterns';


describe('pasted logs and indented code are code, never coached', () => {
  it.each([
    ['2025-03-05 10:14:02 ERROR webhook.dispatch timeout after 30000ms id=wh_8812'],
    ['[2025-03-05T10:14:02Z] WARN retry 3/5 for job 8812'],
    ['10:14:02.118 ERROR Failed to connect to db-02'],
    ['at com.quill.sdk.Client.send(Client.java:142)'],
    ['Traceback (most recent call last):'],
    ['File "sync.py", line 42, in run'],
  ])('reads a log line: %s', (line) => {
    expect(isLogLine(line)).toBe(true);
    const text = `Thanks, that helps. Here's what I see:\n${line}\n\nI've restarted the job and it runs again.`;
    expect(kindOf(text, line)).toBe('code');
    expect(kindOf(text, "I've restarted")).toBe('body');
  });

  it.each([
    ['Please run this and send me what it prints:\n    curl -s https://api.example/v2/health\n    echo $?', '    curl', '    echo'],
    ['Here is the request that failed.\n\n    GET /v2/orders -> 500 Internal Server Error\n    x-request-id: 7f3a9c21', '    GET', '    x-request'],
    ['Set this in your config:\n\tretries = 3\n\ttimeout = 30', '\tretries', '\ttimeout'],
  ])('reads a block indented as code under a colon or a blank line', (text, first, second) => {
    expect(kindOf(text, first.trim())).toBe('code');
    expect(kindOf(text, second.trim())).toBe('code');
  });

  it.each([
    ['a sub-bullet indented four spaces', '• Open the cover.\n    ◦ Don\'t touch the copper contacts.', "Don't touch", 'list-item'],
    ['a lettered sub-item', '2) Enter:\n   a) his full name,', 'his full name', 'list-item'],
    ['an indented sentence of prose', 'Here is what happened:\n\n    Your order left our warehouse on Monday and the courier lost it in transit.', 'Your order left', 'body'],
    ['a time in a sentence', 'We spoke at 10:14 and I have booked the engineer for Friday.', 'We spoke', 'body'],
  ])('keeps %s as the agent\'s', (_name, text, needle, kind) => {
    expect(kindOf(text, needle)).toBe(kind);
  });
});

describe('the customer quoted by the agent is a quote', () => {
  it.each([
    ['You wrote: "It worked fine until Tuesday and now nothing comes through."'],
    ['You said: “the app crashes when I open Settings”'],
    ["Your message said: 'I was charged twice.'"],
    ['Quote: «Where is my parcel?»'],
  ])('reads a quoted line: %s', (line) => {
    const text = `Hi Ola,\n\n${line}\n\nThat matches a change on Tuesday, and I've fixed it for you.`;
    expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, 'That matches')).toBe('body');
  });

  it('reads "You wrote:" and the lines under it up to a blank line, and the answer below as the agent\'s', () => {
    const text = 'Hi Ola,\n\nYou wrote:\nIt worked fine until Tuesday.\nNow nothing comes through.\n\nThat matches a change on Tuesday.';
    expect(kindOf(text, 'You wrote:')).toBe('quote');
    expect(kindOf(text, 'Now nothing')).toBe('quote');
    expect(kindOf(text, 'That matches')).toBe('body');
  });

  it.each([
    ['You wrote to us on Monday, and I am sorry nobody answered sooner.'],
    ['You said it crashes on Settings: I can reproduce that.'],
  ])('keeps the agent\'s sentence about what the customer wrote: %s', (line) => {
    expect(kindOf(`Hi Ola,\n\n${line}\n\nIt's fixed now.`, line)).toBe('body');
  });
});

describe('a long rule tops a signature only when signature material follows', () => {
  it.each(['--------------------------------', '______________________________', '==========', '*************'])('reads %s over a company block', (rule) => {
    const text = `Hi Dana,\n\nI've booked the call for Tuesday at 3pm.\n\nCustomer Success Team\n\n${rule}\nLumenary Inc. | 548 Market St, San Francisco, CA 94104\nhelp@lumenary.example`;
    expect(kindOf(text, 'Lumenary Inc.')).toBe('signature');
    expect(kindOf(text, "I've booked")).toBe('body');
  });

  it('keeps the agent\'s paragraphs under a rule used as a section break', () => {
    const text = "Hi Dana,\n\nHere's the summary of the call.\n\n--------------------------------\n\nNext, I'll send the contract on Monday and we'll review it together.";
    expect(kindOf(text, "Next, I'll send")).toBe('body');
  });
});

describe('opening hours written as a sentence', () => {
  it.each([
    ['Our phone lines are open 8am to 6:30pm, Monday to Friday.'],
    ['Lines open Mon–Fri 9:00–17:30 and Saturdays 9am–1pm.'],
    ['We answer calls from 8 am to 8 pm, seven days a week, and 24/7 for emergencies, daily.'],
  ])('is a signature line: %s', (line) => {
    expect(isSignatureSentence(line)).toBe(true);
    const text = `Dear Ms Kowalski,\n\nI've booked you in for tomorrow at 9:40 am.\n\nWishing you a speedy recovery,\nGrace Mensah\nAppointments Team\n${line}`;
    expect(kindOf(text, line)).toBe('signature');
    expect(kindOf(text, 'Wishing you')).toBe('sign-off');
  });

  it.each([['I will call you between 9am and 10am tomorrow.'], ['The engineer comes on Monday at 8am.']])('an appointment is no opening hours: %s', (line) => {
    expect(isSignatureSentence(line)).toBe(false);
  });
});

describe('footers named by what they say anywhere in their last lines', () => {
  it.each([
    ['Lumenary and the Lumenary logo are trademarks of Lumenary Inc.'],
    ['Nordvik Home AS · Storgata 5, 0155 Oslo · Org.nr. 912 345 678'],
    ['Vela Mobile S.p.A. · Via Roma 12, 20121 Milano · P.IVA 01234567890'],
    ['Du mottar denne e-posten fordi du kontaktet oss. / You are receiving this email because you contacted us.'],
    ['Rated 2/5 · Chat ended by agent'],
    ['Intercom · Conversation rated: 😞 Bad'],
    ['Ticket #48213 · Priority: Normal · Status: Solved'],
    ['Ticket: #771203 | Status: Pending | Priority: High | Group: Field Service'],
  ])('reads a footer: %s', (line) => {
    expect(hasFooterPhrase(line)).toBe(true);
    const text = `Your refund went through this morning and shows within 3 working days.\n\n${line}`;
    expect(kindOf(text, line)).toBe('footer');
    expect(kindOf(text, 'Your refund')).toBe('body');
  });

  it.each([
    ['Our app is rated 4/5 by over 10,000 users, so you are in good hands.'],
    ['Note: the new plan | the old plan cost the same.'],
    ['Status: shipped. Courier: DPD. Both look right to me.'],
  ])('keeps the agent\'s last line: %s', (line) => {
    expect(hasFooterPhrase(line)).toBe(false);
    expect(isMetaLine(line)).toBe(false);
  });
});

describe('a chat transcript e-mailed under the reply', () => {
  it.each([['Conversation with Maya Ruiz'], ['Chat with Ana from Acme'], ['Chat transcript, 3 March 2025']])('starts quoted history at %s', (heading) => {
    const text = `Hi Maya,\n\nHere's a copy of our chat, as promised.\n\n${heading}\nStarted on March 5 at 09:02 AM UTC\n\nMaya Ruiz  9:02 AM\nwhy was I charged after cancelling??`;
    expect(kindOf(text, heading)).toBe('quote');
    expect(kindOf(text, 'why was I charged')).toBe('quote');
    expect(kindOf(text, "Here's a copy")).toBe('body');
  });

  it('keeps the agent\'s sentence that starts the same way', () => {
    expect(kindOf('Hi Maya,\n\nConversation with our billing team went well.\n\nThanks,\nSam', 'Conversation with')).toBe('body');
  });
});

describe('one signature line under the last sentence, with no sign-off', () => {
  const reply = "Hi Maria,\n\nI've sent a replacement by courier and it will arrive tomorrow before noon.";
  it.each([
    ['fields between bars', 'Customer Care | Acme Co.'],
    ['fields between dots, with icons', '🎮 discord.gg/stormcast · 🐦 @StormcastHelp'],
    ['a name with pronouns', 'Maya Lindqvist (she/her)'],
    ['a motto or an award with its source', '“Best ferry operator 2024” – Nordic Travel Awards'],
    ["a logo's alt text", '[image: Hillcrest Surgery logo]'],
    ['a bracketed logo', '[Inkwell logo]'],
  ])('reads %s as the signature', (_name, line) => {
    const text = `${reply}\n${line}`;
    expect(kindOf(text, line)).toBe('signature');
    expect(kindOf(text, "I've sent")).toBe('body');
  });

  it.each([
    ['a sentence with a bar in it', 'You can pay by card | bank transfer, whichever is easier for you.'],
    ['a sentence about pronouns', 'I have updated your pronouns to they/them in your profile.'],
    ['a quotation the agent answers', '"Best value" is what the advert said, and I agree it should have been.'],
  ])('keeps %s as the agent\'s', (_name, line) => {
    expect(kindOf(`${reply}\n${line}`, line)).toBe('body');
  });
});

describe('the name at the top of a signature block signs the reply off, as it does alone', () => {
  it.each([
    ['Customer Success Team', ['Tom Baker']],
    ['Chris Morgan', ['Guest Relations Manager', 'chris.morgan@harbourhotels.example']],
    ['Lotte', ['Nordvik Home']],
  ])('%s', (name, below) => {
    const alone = `Hi Ana,\n\nI've added the missing seat to your booking.\n\n${name}`;
    expect(kindOf(alone, name)).toBe('sign-off');
    const signed = `${alone}\n${below.join('\n')}`;
    expect(kindOf(signed, name)).toBe('sign-off');
    expect(kindOf(signed, below[0]!)).toBe('signature');
  });
});

describe('attributions framed or worded unlike Gmail\'s', () => {
  it.each([
    ['---- On Wed, 05 Mar 2025 09:14:33 +0000 Viktor Hale <viktor@hale.example> wrote ----'],
    ['Op wo 5 mrt 2025 om 09:12 schreef Camille Moreau <camille.m@example.fr>:'],
    ['On Wed, 5 Mar at 12:09 PM , Zara Ahmed <zara.ahmed@example.com> wrote:'],
  ])('starts quoted history at %s', (attribution) => {
    const text = `Hi Zara,\n\nI've sent a size 10 out today.\n\n${attribution}\n\nWrong size delivered. Unacceptable.`;
    expect(kindOf(text, attribution)).toBe('quote');
    expect(kindOf(text, 'Wrong size')).toBe('quote');
  });
});

describe('privacy notices in sentence case', () => {
  it.each([
    ['We take your privacy seriously. To find out how we use your personal information, please read our privacy notice.'],
    ['We handle your personal data in line with UK GDPR; see our privacy notice at example.com/privacy.'],
  ])('is a footer at the end: %s', (line) => {
    expect(kindOf(`Your refund went through this morning.\n${line}`, line)).toBe('footer');
  });

  it('a line above the sign-off stays the agent\'s', () => {
    const line = 'You can read how we use your personal data in our privacy notice, if that helps.';
    expect(kindOf(`Hi Sam,\n\nYour account is deleted.\n${line}\n\nBest,\nTom`, line)).toBe('body');
  });
});

describe('a pasted JSON block is code', () => {
  it('reads from the opening bracket to the closing one at the same indent', () => {
    const text = 'Hi Lea,\n\nThanks for the response body:\n\n{\n  "error": "invalid_grant",\n  "items": [\n    1\n  ]\n}\n\nRefresh tokens expire after 90 days.';
    expect(kindOf(text, '"error"')).toBe('code');
    expect(kindOf(text, '}')).toBe('code');
    expect(kindOf(text, 'Refresh tokens')).toBe('body');
  });

  it('keeps a lone bracket with no closing one as the agent\'s', () => {
    const text = 'Hi Lea,\n\n{\nThat bracket is a typo, sorry. Your refund is on its way.';
    expect(kindOf(text, 'That bracket')).toBe('body');
  });
});

describe('a chat system notice under the reply is a footer', () => {
  it.each([
    ['Agent has left the chat. Chat ID: 55120-AB'],
    ['This conversation was transcribed and may be reviewed for quality.'],
    ['The chat is recorded for training purposes.'],
  ])('%s', (line) => {
    const text = `Appointments are released at 8am each day, and I've put you first on tomorrow's list.\n\n${line}`;
    expect(kindOf(text, line)).toBe('footer');
  });
});

describe('a pleasantry above the name is the agent\'s last sentence, not the signature', () => {
  it.each([['Safe crossing!'], ['Enjoy the new place.'], ['Have fun at the gig!']])('%s', (line) => {
    const text = `Hi Jonas,\n\nI've moved you to the 14:30 sailing today.\n\n${line}\n\nKristin\nGuest Services\nNordic Sealink | +47 55 55 01 00`;
    expect(kindOf(text, line)).toBe('body');
    expect(kindOf(text, 'Kristin')).toBe('sign-off');
    expect(kindOf(text, 'Guest Services')).toBe('signature');
  });
});
