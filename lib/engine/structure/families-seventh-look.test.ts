/**
 * One table per family of layouts that leaked on a seventh batch of styles nobody had tuned for
 * (data/layouts/dev-extra-f.jsonl, issue 15): each row another shape of the family, and rows of the agent's own
 * words that look alike and must stay theirs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { readStructure } from './read-structure';
import { kindOf } from './fixtures/kind-of';
import { hasFooterPhrase, isBreakRule, isCompanyBoilerplate, isDateTimeLine, isFooterStart, isSignOffLine, isForwardTitle, isGreetingLine, isSignatureSentence, isTranscriptHeading, senderName, speakerLabel } from './patterns';

const analyzer = createAnalyzer(defaultPack);
const QUOTED = 'The boiler has been broken for four days and I have a baby. Nobody has called me back.';
const REPLY = 'The landlord has been notified. Repairs are arranged by the contractor.';

describe('bottom-posting: the reply under quoted history at the top of the draft', () => {
  const HEADERS = [
    ['Outlook', 'From: Tomasz Nowak <t.nowak@example.com>\nSent: 04 March 2025 07:55\nTo: Lettings <lettings@keyhaven.example>\nSubject: Boiler'],
    ['Outlook on the web, rule above', '________________________________\nFrom: Tomasz Nowak <t.nowak@example.com>\nSent: Tuesday, March 4, 2025 7:55 AM\nTo: Lettings\nSubject: Boiler'],
    ['original message', '-----Original Message-----\nFrom: Tomasz Nowak [mailto:t.nowak@example.com]\nSent: 04 March 2025 07:55\nTo: lettings@keyhaven.example\nSubject: RE: Boiler'],
    ['Swedish Outlook', 'Från: Tomasz Nowak <t.nowak@example.com>\nSkickat: den 4 mars 2025 07:55\nTill: Lettings\nÄmne: Boiler'],
    ['attribution without ">"', 'On 4 Mar 2025, at 07:55, Tomasz Nowak <t.nowak@example.com> wrote:'],
  ];
  it.each(HEADERS)('%s, then a greeting alone on its line', (_name, header) => {
    for (const customerSigned of ['', '\n\nTomasz Nowak\nFlat 3, 18 Elm Road', '\n\nThanks,\nTomasz']) {
      const text = `${header}\n\nHi,\n\n${QUOTED}${customerSigned}\n\nDear Tomasz,\n\n${REPLY}\n\nRegards,\nKeyhaven Lettings`;
      expect(kindOf(text, header.slice(0, 8))).toBe('quote');
      expect(kindOf(text, QUOTED.slice(0, 12))).toBe('quote');
      expect(kindOf(text, 'Dear Tomasz,')).toBe('greeting');
      expect(kindOf(text, REPLY.slice(0, 12))).toBe('body');
      expect(kindOf(text, 'Regards,')).toBe('sign-off');
    }
  });

  it.each(HEADERS)('%s, then a short rule typed between', (_name, header) => {
    for (const rule of ['---', '***', '___', '* * *']) {
      const text = `${header}\n\n${QUOTED}\n\nKofi\n\n${rule}\n\n${REPLY}\n\nOrders`;
      expect(kindOf(text, rule)).toBe('quote');
      expect(kindOf(text, REPLY.slice(0, 12))).toBe('body');
    }
  });

  it("keeps the quoted message's own opening line the customer's", () => {
    const text = `${HEADERS[0]![1]}\n\nHi team,\n\n${QUOTED}\n\nHi Tomasz,\n\n${REPLY}`;
    expect(kindOf(text, 'Hi team,')).toBe('quote');
    expect(kindOf(text, 'Hi Tomasz,')).toBe('greeting');
  });

  it.each([
    ['no greeting and no rule: nothing says where the quote ends', `${HEADERS[0]![1]}\n\n${QUOTED}\n\n${REPLY}`],
    ['a second header further down: a longer thread', `${HEADERS[0]![1]}\n\n${QUOTED}\n\nFrom: Keyhaven Lettings <lettings@keyhaven.example>\nSent: 03 March 2025 16:00\nTo: Tomasz Nowak\nSubject: Boiler\n\nHi Tomasz,\n\n${REPLY}`],
    ['a greeting glued to the line above', `${HEADERS[0]![1]}\n\n${QUOTED}\nHi Tomasz,\n${REPLY}`],
  ])('keeps it all history: %s', (_name, text) => {
    expect(kindOf(text, REPLY.slice(0, 12))).toBe('quote');
  });

  it('leaves a top-posted reply as it was: the history under it goes to the end', () => {
    const text = `Hi Tomasz,\n\n${REPLY}\n\nRegards,\nKeyhaven\n\n${HEADERS[0]![1]}\n\n${QUOTED}\n\nHi again,\n\nStill broken.`;
    expect(kindOf(text, REPLY.slice(0, 12))).toBe('body');
    expect(kindOf(text, 'Hi again,')).toBe('quote');
    expect(kindOf(text, 'Still broken.')).toBe('quote');
  });

  it('scores the reply the same with the quote above it and without it', () => {
    const bare = `Dear Tomasz,\n\n${REPLY}\n\nRegards,\nKeyhaven Lettings`;
    const text = `${HEADERS[0]![1]}\n\n${QUOTED}\n\nTomasz\n\n${bare}`;
    expect(analyzer.analyze(text).scores.warmth).toBe(analyzer.analyze(bare).scores.warmth);
  });

  it.each([
    ['Hi Leah,', true],
    ['Dear Tomasz,', true],
    ['Hello,', true],
    ['Hi, can I move the appointment to Saturday?', false],
    ['Hi Leah, your booking is moved to Saturday.', false],
  ])('a greeting alone on its line: %s', (line, expected) => {
    expect(isGreetingLine(line, line.length)).toBe(expected);
  });

  it.each([
    ['---', true],
    ['***', true],
    ['--', false],
    ['—', false],
    ['-- ', false],
  ])('a short rule typed between parts: %j', (line, expected) => {
    expect(isBreakRule(line)).toBe(expected);
  });
});

describe('a chat pasted without clocks: speakers taking turns', () => {
  it.each([
    ['visitor and agent', 'Visitor: I want a refund for the broken kettle\nAgent: I can log a return request for you\nVisitor: ok\nAgent: Done, ref RT-40021'],
    ['you and a name', "You: can I change my plan?\nLeo: Of course, which one?\nYou: the 30GB one"],
    ['names with a role', 'Agent Sam: How can I help?\nCarmen Ruiz: can I go Friday morning instead?\nAgent Sam: Absolutely, the 07:15 it is'],
  ])('%s', (_name, chat) => {
    const text = `Hello,\n\nThe chat log below shows what was agreed.\n\n${chat}\n\nReturns are refunded after inspection.\n\nCustomer Service`;
    for (const line of chat.split('\n')) expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, 'The chat log')).toBe('body');
    expect(kindOf(text, 'Returns are refunded')).toBe('body');
  });

  it.each([
    ['order fields', 'Order: 4471\nStatus: Shipped\nCarrier: DPD\nExpected: Friday'],
    ['step labels', 'Step 1: Open Settings\nStep 2: Tap Reset\nStep 3: Confirm'],
    ['two lines only', 'Visitor: hi\nAgent: hello'],
    ['one label over and over', 'Note: the app restarts\nNote: your data is kept\nNote: it takes a minute'],
  ])("keeps %s as the agent's", (_name, block) => {
    const text = `Hi Ana,\n\nHere is where things stand:\n\n${block}\n\nBest,\nSam`;
    // The words after the second line's label (since session 53 an "Agent:" label under a "Visitor:" line is a speaker's
    // label, skipped on its own by turn-label.ts; the words after it stay the agent's).
    const second = block.split('\n')[1]!;
    expect(kindOf(text, second.slice(second.indexOf(':') + 2))).not.toBe('quote');
  });

  it.each([
    ['Visitor: I want a refund', 'visitor'],
    ['Agent Sam: Absolutely', 'agent sam'],
    ['Step 2: Tap Reset', null],
    ['T: 0800 123 4567', null],
  ])('speaker label of %j', (line, expected) => {
    expect(speakerLabel(line)).toBe(expected);
  });
});

describe("a pasted chat's heading", () => {
  it.each([
    'Transcript of your chat with Leo, 5 March 2025',
    'Copy of our conversation:',
    'A record of your live chat on 5 March',
  ])('%s', (heading) => {
    expect(isTranscriptHeading(heading)).toBe(true);
    for (const chat of ["You (14:02): I'd like the 30GB plan\nLeo (14:03): I can do that", 'You: the 30GB plan please\nLeo: Sure, £12 a month\nYou: great']) {
      const text = `Hi Yusuf,\n\nHere's a copy of our chat for your records.\n\n${heading}\n\n${chat}\n\nBest,\nLeo`;
      expect(kindOf(text, heading)).toBe('quote');
      expect(kindOf(text, "Here's a copy")).toBe('body');
      expect(kindOf(text, 'Best,')).toBe('sign-off');
    }
  });

  it("keeps the agent's sentence about the chat theirs", () => {
    expect(isTranscriptHeading("Here's a copy of our chat for your records.")).toBe(false);
    expect(isTranscriptHeading('A copy of our chat is attached.')).toBe(false);
  });
});

describe('disclaimers in other words', () => {
  it.each([
    ['sole use of the intended recipient', 'This email and any files transmitted with it are for the sole use of the intended recipient(s) and may contain information that is OFFICIAL.'],
    ['exclusive use of the addressee', 'This message is for the exclusive use of the addressee and may be privileged.'],
  ])('%s', (_name, footer) => {
    expect(isFooterStart(footer) || hasFooterPhrase(footer)).toBe(true);
    const text = `Dear Applicant,\n\nWe cannot provide updates within the standard processing period.\n\nPassport Customer Services\n\n${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toBe('footer');
    expect(kindOf(text, 'We cannot')).toBe('body');
  });

  it("keeps the agent's sentence about who may use something theirs", () => {
    const line = 'The parking space is for the sole use of residents.';
    expect(hasFooterPhrase(line)).toBe(false);
    expect(kindOf(`Hi Ana,\n\nYour permit is ready.\n${line}`, line)).toBe('body');
  });
});

describe('signatures with a working-days line, and teams signing with their brand', () => {
  it.each([
    ['working days', 'My working days are Tuesday to Friday.'],
    ['office days', 'Our office days are Monday to Thursday.'],
  ])('%s', (_name, line) => {
    expect(isSignatureSentence(line)).toBe(true);
    const text = `Hi Ben,\n\nGo to Settings > Users and click Invite.\n\nHappy to help,\nGrace O'Neill (she/her)\nProduct Specialist\n${line}\nLedgerly · ledgerly.example`;
    expect(kindOf(text, 'Happy to help,')).toBe('sign-off');
    expect(kindOf(text, line)).toBe('signature');
    expect(kindOf(text, 'Go to Settings')).toBe('body');
  });

  it("keeps the agent's sentence about their days theirs", () => {
    const text = "Hi Ben,\n\nI'll call you on Tuesday. My working days are Tuesday to Friday, so that's the first chance I get.\n\nBest,\nGrace";
    expect(kindOf(text, 'My working days')).toBe('body');
  });

  it.each(['Team Hollow & Co.', 'Team Acme Ltd.', 'Team Hollow'])('%s signs off over a company line', (team) => {
    const text = `Hi Ola,\n\nThe oak legs go out with tomorrow's courier.\n\n${team}\n\nHollow & Co. Furniture · 12 Tanner St, Bristol BS1 4QA · hello@hollowco.example`;
    expect(kindOf(text, team)).toBe('sign-off');
    expect(kindOf(text, 'Hollow & Co. Furniture')).toBe('signature');
  });

  it('keeps a company under a signed name signature', () => {
    const text = "Hi Ola,\n\nThe oak legs go out with tomorrow's courier.\n\nBest,\nSam\nHollow & Co.";
    expect(kindOf(text, 'Hollow & Co.')).toBe('signature');
  });
});

describe('a reply under quoted history at the top, with any tail', () => {
  it('reads the same parts of the reply whatever quoted message stands above it', () => {
    const reply = 'Dear Tomasz,\n\nThe landlord has been notified.\n\nRegards,\nKeyhaven Lettings';
    fc.assert(
      fc.property(
        fc.constantFrom('From: T N <t@example.com>\nSent: 04 March 2025 07:55\nTo: Lettings\nSubject: Boiler', '-----Original Message-----\nFrom: T N [mailto:t@example.com]\nSent: 04/03/2025 07:55\nTo: x@example.com\nSubject: RE: Boiler'),
        fc.boolean(),
        fc.array(fc.constantFrom('The boiler is broken.', 'Nobody called me back.', 'Tomasz', 'Thanks,\nTomasz', 'Flat 3, 18 Elm Road', 'Regards,\nTomasz Nowak\n07700 900123'), { minLength: 1, maxLength: 4 }),
        (header, opens, quoted) => {
          // The quoted message may open with its own greeting; the reply's greeting is the next one alone on its line.
          const text = `${header}\n\n${[...(opens ? ['Hi,'] : []), ...quoted].join('\n\n')}\n\n${reply}`;
          const at = text.length - reply.length;
          const own = readStructure(text).parts.filter((p) => p.start >= at).map((p) => ({ kind: p.kind, start: p.start - at, end: p.end - at }));
          const alone = readStructure(reply).parts.map((p) => ({ kind: p.kind, start: p.start, end: p.end }));
          expect(own).toEqual(alone);
        },
      ),
      { numRuns: 80, seed: 15 },
    );
  });
});

describe("a forward's title in the mail clients' languages, over the forwarded header", () => {
  const HEADER = 'De: Transportes Rápidos <ops@trapidos.example>\nAsunto: Entrega 55102\nFecha: 5 de marzo de 2025, 8:14:03 CET\nPara: Nico <nico@casamueble.example>';
  it.each(['Inicio del mensaje reenviado:', 'Inizio messaggio inoltrato:', 'Begin doorgestuurd bericht:', 'Início da mensagem reencaminhada:', 'Mensagem encaminhada:', 'Weitergeleitete Nachricht:'])('%s', (title) => {
    expect(isForwardTitle(title)).toBe(true);
    const text = `Hi Beatriz,\n\nThe courier's note is below: it arrives today.\n\nBest,\nNico\n\n${title}\n\n${HEADER}\n\nEntrega 55102 en ruta hoy.`;
    expect(kindOf(text, title)).toBe('quote');
    expect(kindOf(text, 'Entrega 55102 en')).toBe('quote');
    expect(kindOf(text, 'Best,')).toBe('sign-off');
  });

  it("keeps the agent's line about a forward theirs when no header is under it", () => {
    const text = "Hi Beatriz,\n\nI've forwarded it:\n\nthe courier will call you before 6pm today.";
    expect(kindOf(text, "I've forwarded it:")).toBe('body');
    expect(isForwardTitle("Here's the reply I forwarded to our warehouse team:")).toBe(false);
  });
});

describe('opening hours and closing days in other words, under a team signing off', () => {
  it.each([
    ['lines open', 'Lines are open 8–8 weekdays.'],
    ['closed on weekends', "We're closed on weekends and public holidays."],
    ['service hours', 'Service hours 24/5'],
  ])('%s', (_name, line) => {
    expect(isSignatureSentence(line)).toBe(true);
    const text = `Dear Guest,\n\nOur records show no confirmed booking under your name.\n\nGuest Services\n${line}`;
    expect(kindOf(text, 'Guest Services')).toBe('sign-off');
    expect(kindOf(text, line)).toBe('signature');
  });

  it("keeps the agent's own sentence about a closed day theirs", () => {
    const text = "Hi Ana,\n\nYour order is packed. We're closed on Monday, so it ships on Tuesday.\n\nBest,\nSam";
    expect(kindOf(text, "We're closed")).toBe('body');
  });
});

describe('more of a pasted chat', () => {
  it('reads turns with a blank line between them, under a "chat started" heading', () => {
    const chat = "Chat started on 5 March 2025 at 10:02 (GMT)\n\nAkosua: hi, I want the 50GB bundle\n\nDaniel: Happy to help! That's £28 a month\n\nAkosua: perfect thanks";
    const text = `Hi Akosua,\n\nHere's the chat from earlier.\n\n${chat}\n\nThanks for choosing Voxa,\nDaniel`;
    for (const line of chat.split('\n').filter(Boolean)) expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, "Here's the chat")).toBe('body');
    expect(kindOf(text, 'Thanks for choosing')).toBe('sign-off');
  });

  it('keeps paragraphs that each open with a different label the agent\'s', () => {
    const text = 'Hi Ana,\n\nMonday: the engineer visits.\n\nTuesday: we test the line.\n\nWednesday: you are back online.';
    expect(kindOf(text, 'Tuesday: we')).toBe('body');
  });

  it('reads a helpdesk export with clock, name and words in columns', () => {
    const chat = "10:02 | Sarah | hi, my parcel never came\n10:03 | Agent | Please allow 10 working days\n10:05 | Sarah | it's been 12";
    const text = `Hello,\n\nThe transcript is below.\n\n${chat}\n\nParcels are investigated after 15 working days.`;
    for (const line of chat.split('\n')) expect(kindOf(text, line)).toBe('quote');
    expect(kindOf(text, 'Parcels are')).toBe('body');
  });

  it("reads a chat app's transcript notice as the app's", () => {
    const notice = 'Thanks for chatting with Northbank! A transcript of this conversation will be emailed to you.';
    expect(hasFooterPhrase(notice)).toBe(true);
    expect(kindOf(`Your card was declined due to insufficient funds.\n${notice}`, notice)).toBe('footer');
    expect(hasFooterPhrase("I'll email you a transcript of this chat when we're done.")).toBe(false);
  });
});

describe('a short name under an unlisted valediction, over a helpdesk line', () => {
  it('signs off with a name that spells a sign-off', () => {
    const text = "Hi Kai,\n\nYour account is restored.\n\nCatch you in-game,\nTy\nPlayer Support Specialist | Questline Studios\n[Questline Logo]\n\nThis email was sent on behalf of Questline Studios by Zendesk.";
    expect(kindOf(text, 'Catch you in-game,')).toBe('sign-off');
    expect(kindOf(text, 'Ty\n')).toBe('sign-off');
    expect(kindOf(text, 'Player Support')).toBe('signature');
    expect(kindOf(text, 'This email was sent')).toBe('footer');
  });
});

describe('bottom-posting with no greeting: where the quoted message ends', () => {
  const HEADER = '-----Original Message-----\nFrom: Pauline Green <pgreen@example.org>\nSent: 03 March 2025 08:41\nTo: Waste Services\nSubject: Missed collection again';
  const MISSED = 'The bin collection missed our street again. Third time this month.';
  const ANSWER = 'The crew reported the street as blocked by parked vehicles.';

  it.each([
    ['her first name', 'Pauline'],
    ['a valediction and her name', 'Thanks,\nPauline'],
    ['her full name and address', 'Pauline Green\n14 Elm Road'],
    ['her name and a phone line', 'Pauline\n\nSent from my iPhone'],
  ])('after the sender signs it: %s', (_name, signed) => {
    const text = `${HEADER}\n\n${MISSED}\n\n${signed}\n\n${ANSWER}\n\nWaste Services`;
    expect(kindOf(text, MISSED.slice(0, 12))).toBe('quote');
    expect(kindOf(text, signed.split('\n')[0]!)).toBe('quote');
    expect(kindOf(text, ANSWER.slice(0, 12))).toBe('body');
  });

  it('under its first paragraph when the draft is signed off by someone else', () => {
    const text = `${HEADER}\n\n${MISSED}\n\n${ANSWER} Bins must be out by 6am.\n\nWaste Services`;
    expect(kindOf(text, MISSED.slice(0, 12))).toBe('quote');
    expect(kindOf(text, ANSWER.slice(0, 12))).toBe('body');
  });

  it.each([
    ['a forward signed by its own sender', `${HEADER}\n\n${MISSED}\n\nWe have had enough.\n\nPauline Green`],
    ['nothing signed at the end', `${HEADER}\n\n${MISSED}\n\nWe have had enough of this.`],
  ])('keeps it all history: %s', (_name, text) => {
    expect(kindOf(text, 'We have had')).toBe('quote');
  });

  it.each([
    ['From: Pauline Green <pgreen@example.org>', 'pauline green'],
    ['From: "Aisha Karim" <aisha.k@example.com>', 'aisha karim'],
    ['From: Kofi Mensah [mailto:kofi@example.com]', 'kofi mensah'],
    ['On 5 Mar 2025, at 10:02, Raj Malhotra <raj@example.in> wrote:', 'raj malhotra'],
    ['From: pgreen@example.org', null],
  ])('the sender of %j', (head, expected) => {
    expect(senderName(head)).toBe(expected);
  });
});

describe('third look: taglines, fraud and recording notices, team valedictions, helpdesk threads', () => {
  it.each([
    ['need more help', 'Need more help? Visit help.acmeaudio.example or chat with us in the app.'],
    ['need further help', 'Need further help? Call 0800 123 4567.'],
  ])('a team over a company tagline: %s', (_name, tagline) => {
    expect(isCompanyBoilerplate(tagline)).toBe(true);
    const text = `The product must be returned to the retailer.\n\nAcme Audio Customer Support\n${tagline}`;
    expect(kindOf(text, 'Acme Audio Customer Support')).toBe('sign-off');
    expect(kindOf(text, tagline.slice(0, 12))).toBe('signature');
  });

  it.each([
    ['fraud alert', 'Fraud alert: our bank details will never change by email. If you receive such a request, call us.'],
    ['recorded calls and e-mails', 'This email is from a UK business. Calls and emails may be recorded for training and quality purposes.'],
    ['council e-mails monitored', 'Emails sent to and from the council may be monitored and recorded.'],
  ])('a footer: %s', (_name, footer) => {
    expect(isFooterStart(footer) || hasFooterPhrase(footer)).toBe(true);
    const text = `Hi,\n\nThe VAT number is taken from your account settings.\n\nAll my best,\nRhys\n\n${footer}`;
    expect(kindOf(text, footer.slice(0, 12))).toBe('footer');
  });

  it("keeps the agent's sentence about recording theirs when it does not say so", () => {
    expect(hasFooterPhrase("I've recorded your new bank details on the account.")).toBe(false);
    expect(hasFooterPhrase('Your payment details will be updated tonight.')).toBe(false);
  });

  it.each(['Love from all at Pudding Lane Bakery 🍋', 'Lots of love,', 'Love, Mia'])('signs off: %s', (line) => {
    expect(isSignOffLine(line)).toBe(true);
  });

  it.each(['Love the new look!', 'Love it'])("keeps %s as the agent's sentence", (line) => {
    expect(isSignOffLine(line)).toBe(false);
  });

  it("reads a helpdesk's earlier message under the reply: a name, a date and time, the message", () => {
    const history = 'Jane Smith (Bazaarly Support)\n\nMar 4, 2025, 10:02 GMT\n\nHi Jade, thanks for getting in touch. Could you send a photo of the label?';
    const text = `Hi Jade,\n\nI've opened a return for you with a free label.\n\nThanks a bunch!\n—R\n\n${history}`;
    expect(kindOf(text, 'Jane Smith')).toBe('quote');
    expect(kindOf(text, 'Hi Jade, thanks')).toBe('quote');
    expect(kindOf(text, '—R')).toBe('sign-off');
    expect(isDateTimeLine('04/03/2025 10:02')).toBe(true);
    expect(isDateTimeLine('Tuesday, 4 March 2025 at 10:02 am')).toBe(true);
    expect(isDateTimeLine('4 March 2025')).toBe(false);
  });

  it('keeps a name over a date the agent gives as theirs when nothing follows', () => {
    const text = 'Hi Jade,\n\nYour visit is booked.\n\nBest,\nSam\n\nMar 4, 2025, 10:02 GMT';
    expect(kindOf(text, 'Sam')).toBe('sign-off');
  });

  it("ends a bottom-posted quote after the sender's one-line valediction", () => {
    const text = "From: Pauline Ward <p.ward@example.com>\nSent: 05 March 2025 21:40\nTo: Repairs\nSubject: Mould\nImportance: High\n\nThere's mould in the bedroom.\n\nRegards, Pauline Ward\n\nAn inspection will be scheduled.\n\nRepairs Team";
    expect(kindOf(text, 'Regards, Pauline')).toBe('quote');
    expect(kindOf(text, 'An inspection')).toBe('body');
  });
});

describe('bottom-posting: the quoted message signed by a phone, the reply signed by a person', () => {
  const HEADER = 'From: Pauline Green <pgreen@example.org>\nSent: 03 March 2025 08:41\nTo: Waste Services\nSubject: Missed collection';
  it.each([
    ['a phone line alone', 'The bins were missed again.\n\nSent from my iPhone'],
    ['a phone line glued under the message', 'The bins were missed again.\nSent from my iPhone'],
  ])('%s', (_name, quoted) => {
    const text = `${HEADER}\n\n${quoted}\n\nThanks for your email. The crew will return tomorrow morning.\n\nKind regards,\nTom`;
    expect(kindOf(text, 'The bins were')).toBe('quote');
    expect(kindOf(text, 'Sent from my iPhone')).toBe('quote');
    expect(kindOf(text, 'Thanks for your email.')).toBe('body');
    expect(kindOf(text, 'Kind regards,')).toBe('sign-off');
  });
});
