/**
 * One table per family from session 26's look at the layouts (issue 15, data/layouts/dev-extra-v.jsonl): a note after the
 * sign-off marked "N.B." or "Nota bene" (the agent's, like a P.S.), an eco footer in its other wordings, a registration line
 * naming another UK or Irish register, a social tag after the brand's hashtags, and a department signing in French,
 * Spanish, Portuguese or Polish with no valediction; then probes past the batch: attributions with a bracketed address and no
 * date (or a date first, as a log line opens), someone named with the verb over their paragraph, a helpdesk thread header on
 * one line. Each row another shape of the family, none of them from the batch,
 * with the agent's own lines that look alike and must stay the agent's.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';
import { readStructure } from './read-structure';

const signOff = (text: string) => readStructure(text).parts.find((p) => p.kind === 'sign-off');

describe('a note after the sign-off, marked N.B. or Nota bene', () => {
  it.each([
    'N.B. The pool is closed for cleaning on Monday morning.',
    'NB: your old card stops working once the new one is activated.',
    'NB - keep the box until the engineer has been.',
    'N.B.: the refund shows as “pending” for a day or two.',
    'Nota bene: bring the receipt with you to the counter.',
    'N. B. I’ll ring you on Friday to make sure it arrived.',
    'P.-S. Je vous rappelle vendredi pour confirmer.',
  ])('keeps %s the agent’s, under a signature and under a footer', (note) => {
    for (const text of [
      `Hi Ravi,\n\nYour new card was posted today and should arrive by Thursday.\n\nBest wishes,\nNell\nCard Services | Fernbank\n\n${note}`,
      `Hi Ravi,\n\nYour new card was posted today and should arrive by Thursday.\n\nBest wishes,\nNell\n\n${note}\n\nFernbank Ltd is registered in Scotland (No. SC123456).`,
    ]) {
      expect(kindOf(text, note)).toBe('body');
      expect(signOff(text)?.kind).toBe('sign-off');
    }
  });

  it.each(['N.B. Okafor', 'N. B. Okafor', 'NB Okafor'])('still reads the signed name %s as the sign-off’s', (name) => {
    const text = `Hi Ravi,\n\nYour new card was posted today.\n\nKind regards,\n${name}\nCard Services | Fernbank`;
    expect(misreadLines({ id: 'nb', text, notAgentText: ['Card Services | Fernbank'] })).toEqual([]);
    expect(kindOf(text, name)).toBe('sign-off');
  });
});

describe('an eco footer and a registration line under the reply', () => {
  it.each([
    '🌱 Please think before you print.',
    'Think green before you print this e-mail.',
    'Please don’t print this email unless you really need to.',
    'Please do not print this e-mail unless it is absolutely necessary.',
    'Save a tree – only print this email if you must.',
    'Oakline Surveyors Ltd. Registered in Northern Ireland No. NI612345.',
    'Kestrel Freight Ltd. Registered in Wales, company number 08812345.',
  ])('reads past %s with and without a sign-off', (footer) => {
    for (const text of [
      `Hi Sam,\n\nI'm so sorry about the delay. Your survey report goes out today.\n\n${footer}`,
      `Hi Sam,\n\nI'm so sorry about the delay. Your survey report goes out today.\n\nBest,\nTom\n\n${footer}`,
    ]) {
      expect(misreadLines({ id: 'eco', text, notAgentText: [footer] })).toEqual([]);
    }
  });

  it.each([
    'Please print this email and bring it to the front desk.',
    'Print this email and bring it along, or just show it on your phone.',
    'You don’t need to print anything: just show the code at the gate.',
    'I registered in Wales for you this morning, so the permit is ready.',
  ])('keeps the agent’s %s', (line) => {
    const text = `Hi Sam,\n\nYour tickets are attached.\n\n${line}`;
    expect(misreadLines({ id: 'eco', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a social tag after the brand’s hashtags', () => {
  it.each([
    ['@dai_j There is planned work in Cardiff until Friday. #RingoHelp -KT', '#RingoHelp -KT'],
    ['@mo_k Your refund went out this morning 💸 #TeamFern – Abi', '#TeamFern – Abi'],
    ['@lee Sorry for the wait! We’ve fixed the login bug. #AppHelp #Status -JR', '#AppHelp #Status -JR'],
  ])('reads %s as signed off', (text, tag) => {
    const part = signOff(text);
    expect(part && text.slice(part.start, part.end)).toBe(tag);
  });

  it.each([
    '@lee Use code SAVE10 at checkout. #Sale - Friday only',
    '@lee Our Leeds store is open again #Leeds - come and see us',
  ])('keeps %s all the agent’s text, with no sign-off', (text) => {
    expect(signOff(text)).toBeUndefined();
  });
});

describe('a department signing in another language with no valediction', () => {
  it.each([
    ['Bonjour,\n\nVotre commande part aujourd’hui.\n\nService à la clientèle', 'Service à la clientèle'],
    ['Hola Ana,\n\nSu pedido sale hoy.\n\nEquipo de atención al cliente', 'Equipo de atención al cliente'],
    ['Olá Ana,\n\nO seu pedido sai hoje.\n\nAtendimento ao cliente\nLoja Azul', 'Atendimento ao cliente'],
    ['Dzień dobry,\n\nZamówienie wysłaliśmy dzisiaj.\n\nDział obsługi klienta', 'Dział obsługi klienta'],
  ])('reads the department of %j as the sign-off', (text, team) => {
    expect(kindOf(text, team)).toBe('sign-off');
  });

  it.each([
    'Bonjour,\n\nVotre commande part aujourd’hui.\n\nÀ la prochaine fois, merci encore',
    'Hola Ana,\n\nSu pedido sale hoy.\n\nLa atención al cliente es nuestra prioridad.',
  ])('keeps the agent’s last line in %j', (text) => {
    expect(signOff(text)).toBeUndefined();
  });
});

// Probes past the batch: attributions a mail client or helpdesk writes with no ">" under them, glued to the customer's
// message in a reply with no sign-off (with a sign-off, everything under it was read past already).
const REPLY = 'Hi Sam,\n\nThanks for getting in touch; your refund was sent today.';
const THEIRS = 'This is unacceptable. Unfortunately you never answer and I want my money back.';

describe('an attribution with a bracketed address and no date, or a date first as a log line opens', () => {
  it.each([
    'Quoting Sam Lee <sam@example.com>:',
    'Zitat von Sam Lee <sam@example.de>:',
    'Citando Ana Costa <ana@example.pt>:',
    '<sam@example.com> wrote:',
    'Sam Lee <sam@example.com> wrote:',
    '"Sam Lee" <sam@example.com> a écrit :',
    '2026-12-02 10:14 GMT+01:00 Sam Lee <sam@example.com>:',
    '2026-12-02 10:14 GMT+09:00 山田 花子 <hanako@example.jp>:',
  ])('reads the customer’s message under %s as quoted', (header) => {
    for (const text of [`${REPLY}\n\n${header}\n${THEIRS}`, `${REPLY}\n\n${header}\n\n${THEIRS}`]) {
      expect(misreadLines({ id: 'attr', text, notAgentText: [`${header}${text.slice(text.indexOf(header) + header.length, text.indexOf(THEIRS))}${THEIRS}`] })).toEqual([]);
    }
  });

  it.each([
    'Email me at <tom@acme.example>:',
    'I wrote to the courier <ops@courier.example>:',
    '2026-12-02 10:14:02 ERROR mailer: bounce from <sam@example.com>',
  ])('keeps the agent’s text under %s', (line) => {
    const text = `${REPLY}\n\n${line}\nI'll let you know what they say by Friday.`;
    expect(kindOf(text, "I'll let you know")).not.toBe('quote');
  });
});

describe('someone named with the verb on a line of its own, and a helpdesk thread header on one line', () => {
  it.each([
    'Sam Lee wrote:',
    'Sam wrote:',
    'Tom Reed commented:',
    'Ana Costa replied:',
    'Customer wrote (2 Dec 2026, 10:14):',
    'Sam Lee schrieb am 02.12.2026 um 10:14:',
    'Sam Lee (sam@example.com) · Dec 2, 2026, 10:14',
    'Ana Costa <ana@example.pt> | 02/12/2026 10:14',
  ])('reads the paragraph under %s as theirs', (header) => {
    const text = `${REPLY}\n\n${header}\n${THEIRS}`;
    expect(kindOf(text, THEIRS)).toBe('quote');
  });

  it('quotes only the paragraph under a name with its verb: the agent’s answer below stays theirs', () => {
    const text = `${REPLY}\n\nSam Lee wrote:\n${THEIRS}\n\nI understand, and I've escalated it so you hear from me by Friday.`;
    expect(kindOf(text, 'I understand')).toBe('body');
  });

  it.each([
    'As we said:\nyour refund goes out on Friday.',
    'As I said:\nyour refund goes out on Friday.',
    'Here is what our engineer said: your refund goes out on Friday.',
    'Sam Lee (sam@example.com) booked the 10:14 slot for you.',
    'Sam Lee (sam@example.com) will call you on Dec 2, 2026 at 10:14 to confirm.',
  ])('keeps the agent’s %j', (line) => {
    const text = `${REPLY}\n\n${line}\n\nBest,\nTom`;
    expect(misreadLines({ id: 'named', text, notAgentText: [] })).toEqual([]);
  });
});

describe('a phone’s or mail app’s line in the languages not read before', () => {
  it.each(['Verstuurd vanaf mijn iPhone', 'Envoyé depuis Outlook pour Android', 'Envoyé depuis mon iPad', 'Enviado desde Outlook para iOS', 'Enviado a partir do meu Galaxy', '从我的iPhone发送'])(
    'reads %s and what stands under it as signature',
    (line) => {
      for (const text of [`Hi Sam,\n\nYour refund was sent today, sorry for the wait.\n\n${line}`, `Your refund was sent today.\n\n${line}\n\nThis is unacceptable. I want my money back.`]) {
        expect(kindOf(text, line)).toBe('signature');
      }
    },
  );

  it.each([
    'Envoyé depuis mon entrepôt hier, votre colis arrive demain.',
    'Enviado desde Outlook, el correo llegó vacío: ¿me lo reenvía?',
    'Verstuurd vanaf ons magazijn in Tilburg, dus morgen bij u.',
  ])('keeps the agent’s %s', (line) => {
    expect(kindOf(`Hi Sam,\n\nThanks for your patience.\n\n${line}`, line)).toBe('body');
  });
});

describe('a framed "original message" line in the mail clients’ other languages, and Horde’s "Message from" frame', () => {
  it.each([
    '-----Původní zpráva-----',
    '-----Pôvodná správa-----',
    '----- Eredeti üzenet -----',
    '----Αρχικό μήνυμα----',
    '-----Оригінальне повідомлення-----',
    '-----Mesaj original-----',
    '-----Izvorna poruka-----',
    '-----Pesan Asli-----',
    '----- Message from Sam Lee <sam@example.com> on Tue, 2 Dec 2026 10:14:32 +0000 -----',
  ])('reads %s and the message under it as history', (frame) => {
    const text = `${REPLY}\n\n${frame}\n${THEIRS}`;
    expect(kindOf(text, frame)).toBe('quote');
    expect(kindOf(text, THEIRS)).toBe('quote');
  });

  it.each(['--- Update ---', '*** Opening hours ***', '----- Step 2 -----'])('keeps the agent’s framed heading %s and what follows', (frame) => {
    const text = `${REPLY}\n\n${frame}\nThe new part arrives on Friday and I'll fit it myself.`;
    expect(kindOf(text, 'The new part arrives')).toBe('body');
  });
});
