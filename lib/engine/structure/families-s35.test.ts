/**
 * One table per family from session 35's leftovers (issue 15), each following how mail clients, helpdesks and agents
 * write rather than one case's words: a `\p{Lu}` under the `i` flag matches any cased letter, so the patterns that meant
 * a capital (a name, a bot's name, a tool, a company) now check it, and the agent's lower-case lines stay theirs; an app's
 * "Sent by … via …" names an app, not the carrier the agent sent a parcel with; a legal form typed as a word ("Co",
 * "Sa") is also a family name; a mail header pasted at the top with the agent's greeting to its sender right under it
 * ends there; a holiday closure notice set under a lone signed name is signature. Beside each, the look-alikes that must
 * keep their reading. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { endsInNameAbbreviation, isBadgeLine, isCompanyBoilerplate, isSignatureSentence, isTranslationNotice } from './patterns';

describe('the agent’s lower-case lines a capital under `i` took for an app’s, a bot’s or a quote’s', () => {
  it.each([
    ['a heading over their own list', "Hi Sam,\n\nyesterday's request:\n- oat milk moved to Friday\n- bread swapped for sourdough\n\nall done, see you friday\nMo", "yesterday's"],
    ['an invitation to chat, on its own paragraph', 'Hi Jo,\n\nThe form is fixed now.\n\nchat with us any time from 8am to 8pm\n\nThanks,\nMo', 'chat with us'],
    ['an invitation to chat, mid-paragraph', 'Hi Jo,\n\nThe form is fixed now.\nchat with the night team if it breaks again\nThey can reset it for you.\n\nThanks,\nMo', 'They can reset'],
    ['a chat that dropped', 'hi Dana\nlooks like you left the chat\nno worries, your refund went through this morning\nMo', 'looks like you left'],
    ['a pointer to the bot', 'Hi Jo,\n\nYou can rebook online\nor just ask our chat bot\nIt can move the slot for you.\n\nMo', 'It can move'],
    ['what the bot does now', 'Hi Jo,\n\nour bot: it now asks for your order number first, so have that handy.\nSorry it caught you out!\n\nMo', 'our bot:'],
    ['a note on who translated', 'Hola Marta,\n\nSu reembolso ya está en camino.\n\n(translated by our team)\n\nSaludos,\nLuis', '(translated'],
  ])('keeps %s the agent’s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
    expect(misreadLines({ id: 's35', text, notAgentText: [] })).toEqual([]);
  });

  it('signs off from everyone in a team named with its article', () => {
    const text = 'Hi all,\n\nThe new rota is live.\n\nBest wishes from all of us in the support team at Brightwater';
    expect(kindOf(text, 'Best wishes')).toBe('sign-off');
  });

  it.each([
    [endsInNameAbbreviation, 'Go with plan b.', 'Pradeep K.'],
    [isBadgeLine, 'proud sponsors of three local schools', 'Proud members of the Federation of Small Businesses'],
    [isSignatureSentence, 'Our shop is closed on Mondays. so i’ve booked you in for Tuesday', 'Our shop is closed on Mondays.'],
    [isCompanyBoilerplate, 'Thank you for contacting me directly, Sam.', 'Thank you for contacting Acme Energy.'],
    [isTranslationNotice, 'translated by our team', 'Translated by Google · View original'],
  ])('%o reads the capital: not "%s", still "%s"', (test, lower, capital) => {
    expect(test(lower)).toBe(false);
    expect(test(capital)).toBe(true);
  });

  it.each([
    ['a visitor leaving', 'Hi Jo,\n\nYour refund is done.\nVisitor left the chat', 'Visitor left', 'footer'],
    ['a named bot’s turn', 'Acme Bot: Is there anything else I can help with?\nHi Jo, a person here now. Your refund is done.', 'Acme Bot', 'quote'],
    ['a "thank you for choosing us" line under a team', 'Hi Amara,\n\nYour bouquet is confirmed for the 14th.\n\nThe Flora Team\nThank you for choosing us for your wedding flowers!', 'Thank you for choosing', 'signature'],
  ])('still reads %s as before', (_shape, text, needle, kind) => {
    expect(kindOf(text, needle)).toBe(kind);
  });
});

describe('"Sent by … via …" naming the carrier the agent sent a parcel with, not an app', () => {
  it.each([
    ['Royal Mail after a dash, with the day', 'Hi Jo,\n\nYour spare key is on its way - sent by Amy via Royal Mail on Tuesday.', 'sent by Amy'],
    ['GIG Logistics after a dash', 'Morning Dev,\n\nReplacement charger is out — sent by Kemi via GIG Logistics.', 'sent by Kemi'],
    ['Blue Dart alone at the end', 'Dear Priyanka ji,\n\nThe documents were couriered today.\n\nSent by Rahul via Blue Dart', 'Sent by Rahul'],
    ['StarTrack over the sign-off', "G'day Mick,\n\nParts are packed and gone.\nSent by Darren via StarTrack Express\n\nCheers,\nShaz", 'Sent by Darren'],
    ['Royal Mail on its own paragraph', 'Hi Jo,\n\nYour parcel is on its way.\n\nSent by Amy via Royal Mail on Tuesday.', 'Sent by Amy'],
  ])('keeps the line naming %s the agent’s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });

  it.each([
    ['Messenger', 'Hi Jo,\n\nAll sorted, the refund is done.\n\nSent by Tash (Bloom Care) via Messenger', 'signature'],
    ['WhatsApp', 'Hi Jo,\n\nAll sorted, the refund is done.\n\nSent by Lena via WhatsApp', 'signature'],
    ['Freshchat', 'Hi Jo,\n\nAll sorted, the refund is done. — Sent by Ravi via Freshchat', 'footer'],
    ['Instagram', 'Hi Jo,\n\nAll sorted, the refund is done. — Sent by Omar via Instagram', 'footer'],
    ['Trengo Chat', 'Hi Jo,\n\nAll sorted, the refund is done. - sent by Ama via Trengo Chat', 'footer'],
  ])('still reads the app’s line naming %s past', (_app, text, kind) => {
    expect(kindOf(text, 'ent by')).toBe(kind);
  });
});

describe('a family name that is also a legal form, with no valediction above it', () => {
  it.each([
    ['Minh Co', 'Hi Jo,\n\nYour refund has gone through.'],
    ['Lê Minh Co\n+61 412 555 019', 'Hi Dana,\n\nYour table for six is booked for 7pm Saturday.'],
    ['José Co\nTechnical Support', 'Hello Carla,\n\nThe warranty claim is approved, a courier collects on Thursday.'],
  ])('signs off with %s', (tail, body) => {
    const text = `${body}\n\n${tail}`;
    const name = tail.split('\n')[0]!;
    expect(kindOf(text, name)).toBe('sign-off');
  });

  it.each(['Hollow & Co', 'Brightline Co.', 'Harbour Bakery Co'])('still reads %s alone as the business’s signature', (tail) => {
    expect(kindOf(`Hi Jo,\n\nYour refund has gone through.\n\n${tail}`, tail)).toBe('signature');
  });
});

describe('a mail header at the top with the agent’s greeting to its sender right under it', () => {
  it.each([
    ['Gmail’s forward', '---------- Forwarded message ---------\nFrom: Sipho Dlamini <sipho@example.co.za>\nDate: Tue, 2 Dec 2026 at 09:14\nSubject: Booking\nTo: <bookings@lodge.example>', 'Hi Sipho,', 'Lovely to hear from you again! The river chalet is free on the 12th.', 'Nomsa'],
    ['Outlook’s header', 'From: Lucy Hart <lucy@example.com>\nSent: Tuesday, December 2, 2026 9:14 AM\nTo: Support\nSubject: Order', 'Hi Lucy,', 'It left on Monday and should be with you tomorrow.', 'Ken'],
    ['a framed original message', '-----Original Message-----\nFrom: Chinedu Okafor <c.okafor@example.ng>\nSent: 02 December 2026 09:14\nTo: Support\nSubject: Meter reading', 'Dear Mr Okafor,', 'Thank you, the reading of 04512 is now on your account.', 'Kind regards,\nFunmi'],
    ['Outlook’s rule over a directory name', '________________________________\nFrom: Hart, Lucy\nSent: Tuesday, December 2, 2026 9:14 AM\nTo: Help Desk\nSubject: RE: VPN', 'Hi Lucy,', "I've reset your token, try again now.", 'Thanks\nRaj'],
    ['an attribution with nothing quoted under it', 'On Tue, 2 Dec 2026 at 09:14, Lucy Hart <lucy.hart@example.com> wrote:', 'Hi Lucy,', 'It left on Monday.', 'Ken'],
  ])('ends %s at the greeting', (_shape, header, greeting, body, signOff) => {
    const text = `${header}\n\n${greeting}\n\n${body}\n\n${signOff}`;
    expect(kindOf(text, greeting)).toBe('greeting');
    expect(kindOf(text, body)).toBe('body');
    expect(misreadLines({ id: 's35', text, notAgentText: [header] })).toEqual([]);
  });

  it.each([
    ['the quoted message’s own greeting', 'From: Lucy Hart <lucy@example.com>\nSubject: Order\n\nHi there,\n\nWhere is my order?\n\nLucy', 'Hi there,'],
    ['a greeting to someone else than the sender', 'From: Ken Dale <ken@acme.example>\nTo: Lucy Hart <lucy@example.com>\nSubject: Your order\n\nHi Lucy,\n\nIt left on Monday.\n\nKen', 'Hi Lucy,'],
  ])('still quotes %s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('quote');
  });
});

describe('a holiday closure notice under a lone signed name', () => {
  const body = 'Hi Jo,\n\nYour refund has gone through and should show in 3-5 working days.';
  it.each([
    ['Priya', 'Holiday hours: closed 25 & 26 Dec and 1 Jan. Back as normal on 2 Jan.'],
    ['Priya', 'Please note we will be closed on Monday 25 August for the bank holiday.'],
    ['Tunde', 'Our Lagos office will be closed for the Eid holiday on 10 and 11 April, reopening Monday 14 April.'],
    ['Gemma', 'Christmas opening: closed from 24 Dec, reopening 2 Jan. Orders placed in between ship on 2 Jan.'],
  ])('reads the notice under %s as signature', (name, notice) => {
    const text = `${body}\n\n${name}\n\n${notice}`;
    expect(kindOf(text, name)).toBe('sign-off');
    expect(kindOf(text, notice.slice(0, 12))).toBe('signature');
    expect(misreadLines({ id: 's35', text, notAgentText: [notice] })).toEqual([]);
  });

  it.each([
    ['a next step of theirs', 'Priya\n\nWe are closed 24–26 Dec, so I will chase the courier on the 29th.', 'We are closed'],
    ['a P.S.', 'Priya\n\nP.S. We are closed 24–26 Dec, so any return posted after 20 Dec will be processed on 29 Dec.', 'P.S.'],
    ['what the closure means for the replacement', 'Priya\n\nWe are closed over Christmas, back on 27 Dec - the replacement will go out that morning.', 'We are closed'],
    ['what the closure means for the parcel', 'Priya\n\nThe depot is closed 25-26 Dec so the parcel will move again on 27 Dec.', 'The depot'],
    ['an aside on the exchange', 'Priya\n\nJust so you know, we close on 24 Dec and reopen on 2 Jan, so the exchange will follow then.', 'Just so'],
    ['the reply’s last paragraph, unsigned', 'Please note we will be closed on Monday 25 August for the bank holiday.', 'Please note'],
  ])('keeps %s the agent’s', (_shape, tail, needle) => {
    expect(kindOf(`${body}\n\n${tail}`, needle)).toBe('body');
  });
});
