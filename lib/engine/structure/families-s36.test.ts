/**
 * One table per family from session 36's tune batch (data/layouts/dev-extra-an.jsonl, issue 15), each following how mail
 * clients, messaging apps and agents write rather than one case's words: Outlook mobile's "Get Outlook for iOS" in the
 * app's language, verb first or last; a bot named with "Bot" glued on ("HubBot: …"); a messaging app's notice over a
 * chat with a business account; a helpdesk's clock-stamped "… set the conversation to Pending"; "see you soon" and
 * "have a good day" valedictions in the languages agents sign in; LinkedIn's name-and-degree heading; and @handles in any
 * script or after an emoji, which address the post and are no words of the sentence. Beside each, the look-alikes that
 * must keep their reading. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { leadingHandlesEnd } from '../sentence-doc';
import { kindOf } from './fixtures/kind-of';

describe('Outlook mobile’s tagline in the language the app is set to', () => {
  it.each([
    ['German, verb first', 'Holen Sie sich Outlook für Android'],
    ['German, verb last', 'Outlook für iOS beziehen'],
    ['Swedish', 'Hämta Outlook för iOS'],
    ['Danish', 'Hent Outlook til Android'],
    ['Italian', 'Ottieni Outlook per iOS'],
    ['French', 'Obtenir Outlook pour Android'],
    ['Portuguese, with its article', 'Obter o Outlook para iOS'],
    ['Dutch, verb last', 'Outlook voor iOS downloaden'],
    ['Polish', 'Pobierz aplikację Outlook dla systemu Android'],
  ])('reads %s as the app’s line, not the agent’s', (_shape, tagline) => {
    const text = `Ms Nowak,\n\nThe replacement filter left our warehouse today and reaches you on Thursday.\n\n${tagline}`;
    expect(kindOf(text, tagline)).not.toBe('body');
    expect(misreadLines({ id: 's36', text, notAgentText: [tagline] })).toEqual([]);
  });

  it('keeps the agent’s advice to get the app their own', () => {
    const text = 'Hi Jo,\n\nThe old mail app stopped syncing in June. Get Outlook for iOS from the App Store and sign in with your work address; your folders come back on their own.\n\nThanks,\nMo';
    expect(kindOf(text, 'Get Outlook')).toBe('body');
  });
});

describe('a chat’s system lines in messaging apps and helpdesks', () => {
  it.each([
    ['a bot named with "Bot" glued on, over a join notice', 'ShopBot: Let me find someone who can help with that.\nAmira joined the chat\n\nHi Leo, so sorry about the wrong size! A return label is on its way to your email now.', 'ShopBot:'],
    ['a business account’s notice, without its button', 'This business works with other companies to manage this chat.\n\nHi Tomás! Your table for four is booked for 8pm Saturday. See you then!', 'This business works'],
    ['the same notice, worded for the account', 'This chat is with an official business account.\n\nHi Tomás! Your table for four is booked for 8pm Saturday.', 'This chat is with'],
    ['a clock-stamped status change under the reply', 'Hi Ngozi, the courier has your parcel and it arrives before noon tomorrow.\n\n(16:20) Kemi set the conversation to Pending', '(16:20) Kemi set'],
  ])('reads %s as the app’s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).not.toBe('body');
  });

  it.each([
    ['a robot vacuum named in a sentence', 'Hi Jo,\n\nRobot: the new model docks itself, so there is nothing to press.\n\nThanks,\nMo', 'Robot:'],
    ['the same label in capitals', 'Hi Jo,\n\nThanks for waiting.\n\nROBOT: the new model docks itself, so there is nothing to press.\n\nThanks,\nMo', 'ROBOT:'],
    ['the agent setting the ticket themselves', 'Hi Jo,\n\nI set the ticket to urgent so the night team sees it first.\n\nThanks,\nMo', 'I set the ticket'],
    ['the agent on who runs the chat', 'Hi Jo,\n\nThis business uses a courier we trust, so the parcel is insured all the way.\n\nThanks,\nMo', 'This business uses'],
  ])('keeps %s the agent’s', (_shape, text, needle) => {
    expect(kindOf(text, needle)).toBe('body');
  });
});

describe('valedictions agents sign with in their own language', () => {
  it.each([
    ['Italian "see you soon"', 'A presto,', 'Francesca', 'Scuola di Cucina Trastevere'],
    ['French "have a good day"', 'Bonne journée,', 'Mathis', 'Service client | Maison Lacroix'],
    ['Portuguese kisses', 'Beijinhos,', 'Alex', 'Nest Coworking Lisboa'],
    ['Dutch "see you"', 'Tot ziens,', 'Sanne', 'HuurPunt Materieel'],
    ['German "see you soon"', 'Bis bald,', 'Jana', 'Kaffeewerk Hamburg'],
  ])('reads %s as the sign-off and the company under the name as signature', (_shape, valediction, name, company) => {
    const text = `Hi Giulia,\n\nBoth places are moved to Saturday 19th, same time.\n\nP.S. Bring an apron you don't mind getting floury!\n\n${valediction}\n${name}\n${company}`;
    expect(kindOf(text, valediction)).toBe('sign-off');
    expect(kindOf(text, company)).toBe('signature');
    expect(kindOf(text, 'P.S.')).toBe('body');
  });

  it('keeps a greeting that looks like a farewell in no list: "Boa tarde" opens the reply', () => {
    expect(kindOf('Boa tarde Rafael,\n\nYour parcel left Lisbon today.\n\nAtt,\nLoja', 'Boa tarde')).toBe('greeting');
  });
});

describe('LinkedIn’s heading over a message: the sender’s name and the connection’s degree', () => {
  it.each([['Jonas Berg · 1st'], ['Aisha Bello (she/her) · 2nd'], ['Tom Hale · 3rd+']])('reads "%s" as the app’s', (heading) => {
    const text = `${heading}\n\nHi Sam, your invoice is corrected and attached.\n\nJonas`;
    expect(kindOf(text, heading)).not.toBe('body');
  });

  it('reads the headline and clock under it as the app’s, and the message glued under them as the agent’s', () => {
    const text = 'Jonas Berg (he/him) · 1st\nCustomer Success at Ledgerly\n9:14 AM\nHi Sam, your invoice is corrected and attached.\n\nJonas';
    expect(kindOf(text, 'Customer Success')).not.toBe('body');
    expect(kindOf(text, '9:14 AM')).not.toBe('body');
    expect(misreadLines({ id: 's36', text, notAgentText: ['Jonas Berg (he/him) · 1st\nCustomer Success at Ledgerly\n9:14 AM'] })).toEqual([]);
  });

  it('keeps a line that ranks the agent’s own options', () => {
    expect(kindOf('Hi Sam,\n\nDelivery · 2nd\n\nThe first slot is gone, so Tuesday is your best bet.\n\nJonas', 'The first slot')).toBe('body');
    const ranked = 'Hi Sam,\n\nCollection · 1st\nCourier · 2nd\n\nThe first is free and the van comes Tuesday.\n\nJonas';
    expect(kindOf(ranked, 'Collection · 1st')).toBe('body');
    expect(kindOf(ranked, 'Courier · 2nd')).toBe('body');
  });
});

describe('@handles in any script, after an emoji the reply opens with', () => {
  it.each([
    ['@ÅseLindqvist Beklager!', '@ÅseLindqvist '.length],
    ['@Søren, @Zoë: DM us.', '@Søren, @Zoë: '.length],
    ['✈️ @lena_h Claims go through the form.', '✈️ @lena_h '.length],
    ['@kofi_asante 😕 sorry Kofi!', '@kofi_asante 😕 '.length],
    ['😊 Thanks!', 0],
    ['@Åse. Thanks!', 0],
  ])('skips the handles of %o', (text, end) => {
    expect(leadingHandlesEnd(text)).toBe(end);
  });

  const analyzer = createAnalyzer(defaultPack);
  it.each([['✈️ @lena_h'], ['@ÅseLind'], ['@Søren']])('reads an opening phrase after %s where it starts', (handles) => {
    const text = `Hi Lena,\n\n${handles} As mentioned before, claims must be made online. I'll send the form today.\n\nThanks,\nJo`;
    const finding = analyzer.analyze(text, { channel: 'email' }).findings.find((f) => f.ruleId === 'as-mentioned-before');
    expect(finding?.text.startsWith('As mentioned before')).toBe(true);
    expect(finding && text.slice(finding.start, finding.end)).toBe(finding?.text);
  });
});
