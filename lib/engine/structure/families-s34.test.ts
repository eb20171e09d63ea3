/**
 * One table per family from session 34's look at the layouts (issue 15), each following how mail clients lay a reply out
 * rather than one case's words: a business's letterhead (its name over its hours, links, places or phone, with no
 * valediction and nobody named) is the mail client's signature, not a sign-off; an attribution that wraps never does so
 * after a sentence's end and a blank line, so the agent's paragraph opening with the same word ("Il …", "El …") stays
 * theirs; a framed "-----Original Message-----" over the header with the agent's answers typed between its ">" lines
 * keeps the answers the agent's. Beside each, the agent's look-alikes that must stay theirs. None of the rows is from a batch.
 */
import { describe, expect, it } from 'vitest';
import { misreadLines } from '../../eval/structure';
import { kindOf } from './fixtures/kind-of';

describe('a business’s letterhead under the reply, no valediction above it', () => {
  const bodies = [
    'Hi Dana,\n\nYour frame is ready to collect from Thursday.',
    'Your refund of £24.99 was issued today and should show in 3-5 working days.',
  ];
  it.each([
    'Harbour Framing Studio\nMon–Sat 9:30–17:30, Sun closed\nharbourframing.example',
    'Kemi Bello Photography\nLagos · Accra\nkemibello.example | @kemishoots',
    'Sugar & Spice Bakery\n12 Market Row, Leicester\nTue–Sat 8:00–16:00',
    'Ridgeway Motors Ltd\n01632 960 441\nservice@ridgeway.example',
    'Tidewater Plumbing & Heating\nGas Safe reg. 554120\n07700 900 318',
  ])('reads %s past as signature', (tail) => {
    for (const body of bodies) {
      for (const sep of ['\n', '\n\n']) {
        const text = `${body}${sep}${tail}`;
        expect(misreadLines({ id: 's34', text, notAgentText: [tail] })).toEqual([]);
        expect(kindOf(text, tail.split('\n')[0]!)).toBe('signature');
        expect(kindOf(text, body.slice(-15))).toBe('body');
      }
    }
  });

  it.each([
    ['a person over their phone', 'Sam Patel\n+44 7700 900 123', 'Sam Patel'],
    ['a person over the business', 'Nuno Ferreira\nRide Lisboa\n+351 21 555 0144', 'Nuno Ferreira'],
    ['a business over the department that signs', 'Kwik Tread Centres\nCustomer Relations Department\nFreephone 0800 555 3377', 'Kwik Tread Centres'],
    ['a team over its phone', 'Reception Team\n01326 555 019', 'Reception Team'],
  ])('still signs off on %s', (_shape, tail, name) => {
    const text = `Hi Dana,\n\nYour frame is ready to collect from Thursday.\n\n${tail}`;
    expect(kindOf(text, name)).toBe('sign-off');
  });

  it('keeps a business signed alone under the body as the sign-off', () => {
    expect(kindOf('Hi Dana,\n\nYour frame is ready to collect from Thursday.\n\nHarbour Framing Studio', 'Harbour')).toBe('sign-off');
  });
});

describe('an attribution that opens with the same word as the agent’s paragraph above it', () => {
  it.each([
    ['Ciao Lucia,', 'Il tuo ordine è stato spedito lunedì.', 'Il giorno mar 2 dic 2026 alle ore 09:14 Lucy Hart <lucy.hart@example.com> ha scritto:', '> Ciao, dov’è il mio ordine?'],
    ['Hola Lucía,', 'El pedido salió el lunes.', 'El mar, 2 dic 2026 a las 9:14, Lucía Pérez (<lucia@example.com>) escribió:', '> Hola, ¿dónde está mi pedido?'],
    ['Olá Lúcia,', 'Em breve receberá o código de rastreio.', 'Em ter., 2 de dez. de 2026 às 09:14, Lúcia Reis <lucia@example.com> escreveu:', '> Olá, onde está meu pedido?'],
    ['Hi Lucy,', 'On Monday the parcel left our depot.', 'On Tue, 2 Dec 2026 at 09:14, Lucy Hart <lucy.hart@example.com> wrote:', '> Hi, where is my order?'],
  ])('keeps %s’s paragraph the agent’s and quotes the header', (greeting, said, header, quoted) => {
    const text = `${greeting}\n\n${said}\n\n${header}\n${quoted}`;
    expect(kindOf(text, said.slice(0, 12))).toBe('body');
    expect(misreadLines({ id: 's34', text, notAgentText: [`${header}\n${quoted}`] })).toEqual([]);
  });

  it('still joins an attribution the mail client wrapped mid-line', () => {
    const header = 'Il giorno mar 2 dic 2026 alle ore 09:14 Lucy Hart <\nlucy.hart@example.com> ha scritto:';
    const text = `Ciao Lucia,\n\nSpedito lunedì.\n\n${header}\n> Dov’è il mio ordine?`;
    expect(misreadLines({ id: 's34', text, notAgentText: [`${header}\n> Dov’è il mio ordine?`] })).toEqual([]);
  });
});

describe('a framed original message with the agent’s answers typed between its ">" lines', () => {
  const header = 'From: Lucy Hart <lucy.hart@example.com>\nSent: Tuesday, December 2, 2026 9:14 AM\nTo: Support <support@acme.example>\nSubject: Order';
  it.each(['-----Original Message-----', '________________________________', '-------- Original Message --------'])('keeps the answers under %s the agent’s', (frame) => {
    const quoted = ['> Where is my order?', '> Can I change the address?'];
    const text = `Hi Lucy,\n\nAnswers inline below.\n\n${frame}\n${header}\n\n${quoted[0]}\nIt left on Monday.\n${quoted[1]}\nDone, it's now 4 Elm Road.`;
    expect(kindOf(text, 'It left on Monday')).toBe('body');
    expect(kindOf(text, "Done, it's now")).toBe('body');
    expect(misreadLines({ id: 's34', text, notAgentText: [`${frame}\n${header}`, ...quoted] })).toEqual([]);
  });

  it('still quotes a framed message with no answers in it', () => {
    const text = `Hi Lucy,\n\nIt left on Monday.\n\nKen\n\n-----Original Message-----\n${header}\n\nWhere is my order?`;
    expect(kindOf(text, 'Where is my order')).toBe('quote');
  });
});

describe('a helpdesk thread pasted under the reply, its messages dated without a year', () => {
  // A valediction outside the list signs off only over lines that read as signature, so the history must be read first.
  const reply = 'Hi Jamal,\n\nI’ve refunded the delivery fee; you’ll see £4.99 back within five days.\n\nEnjoy the rest of your week,\nAmy\nQuickBite';
  it.each([
    ['a name and the date cut by a dot', 'Conversation #55120\nJamal Reid · Dec 3, 10:02 AM\nThe driver never came and nobody answered the phone.'],
    ['a name and the date cut by a bar', 'Jamal Reid | 3 Dec, 10:02\nThe driver never came and nobody answered the phone.'],

    ['a name, a comma, the date and a colon', 'Jamal Reid, Dec 3, 10:02 AM:\nThe driver never came and nobody answered the phone.'],
    ['a framed history heading', '---- Ticket #55120 history ----\nJamal Reid: The driver never came and nobody answered the phone.'],
    ['a framed "earlier" heading', '— Earlier —\nJamal · 10:02: the driver never came\nAmy · 10:05: Sorry, checking now.'],
    ['a framed heading in French', '--- Historique de la demande ---\nJamal Reid: Le livreur n’est jamais venu.'],
  ])('reads %s as history', (_shape, history) => {
    const text = `${reply}\n\n${history}`;
    expect(misreadLines({ id: 's34', text, notAgentText: ['QuickBite', history] })).toEqual([]);
    expect(kindOf(text, 'Enjoy the rest')).toBe('sign-off');
  });

  it.each([
    ['an itinerary’s time with a label', 'Your transfer is booked.\n\nPick-up, 9:00 AM:\nthe driver waits at door B with your name on a sign.'],
    ['a booking’s name over its date and time', 'Your appointment is booked:\n\nDr Patel\nDec 3, 10:00 AM\nPlease arrive ten minutes early.'],
    ['a chat’s closing frame with the reply going on under it', '--- Chat transcript ---\nEllie: can I pause for two months?\nTheo: Of course.\n--- End of transcript ---\n\nHi Ellie,\n\nI’ve paused your box for January and February.'],
  ])('keeps the agent’s lines under %s', (_shape, text) => {
    const last = text.split('\n').at(-1)!;
    expect(kindOf(text, last.slice(0, 12))).toBe('body');
  });
});

describe('a chat’s earlier turns under the reply, each stamped with its day and time', () => {
  const reply = 'Hi Jamal, yes, I’ve refunded the delivery fee, you’ll see £4.99 back in 3-5 days.';
  it.each([
    'Earlier in this chat:\nJamal, 3 Dec, 10:02: the driver never came\nQuickBot (Bot), 3 Dec, 10:02: Let me get someone for you.',
    'Earlier in this conversation:\nJamal, Dec 3, 10:02 AM: the driver never came',
    'Previously in this chat:\nJamal, 03/12, 10:02: the driver never came\nAmy, 03/12, 10:05: Sorry, checking now.',
  ])('reads %s past', (history) => {
    const text = `${reply}\n\n${history}`;
    expect(misreadLines({ id: 's34', text, channel: 'chat', notAgentText: [history] })).toEqual([]);
    expect(kindOf(text, 'yes, I’ve')).toBe('body');
  });

  it('keeps the agent’s own line that mentions the chat', () => {
    const text = `${reply}\n\nEarlier in this chat you mentioned the driver: I’ve passed that on too.`;
    expect(kindOf(text, 'Earlier in this chat')).toBe('body');
  });
});

describe('a department signing in the agent’s language, the company under it', () => {
  it.each(['Service aux membres', 'Atención al socio', 'Servizio soci', 'Service après-vente', 'Atendimento ao associado'])('signs off on %s', (team) => {
    const text = `Bonjour Mme Roy,\n\nYour replacement card was sent this morning and arrives by Friday.\n\n${team}\nCaisse du Lac\n\nDe : Lise Roy <lise.roy@example.ca>\nEnvoyé : 2 décembre 2026 21:03\nÀ : ${team} <membres@caisse.example>\nObjet : Carte\n\nWhere is my card?`;
    expect(kindOf(text, `${team}\nCaisse`)).toBe('sign-off');
    expect(kindOf(text, 'Caisse du Lac')).toBe('signature');
  });
});

describe('a business’s name alone under the body, no valediction above it', () => {
  const body = 'Dear Hirer,\n\nAll equipment is checked against a packing list before dispatch, so we are unable to offer compensation.';
  it.each(['Lakeview Roofing Ltd.', 'Ferme Dubois Inc.', 'Nordhof Werkzeuge GmbH', 'Kestrel Removals & Storage Co.'])('reads the legal name %s past as letterhead', (name) => {
    const text = `${body}\n\n${name}`;
    expect(misreadLines({ id: 's34', text, notAgentText: [name] })).toEqual([]);
    expect(kindOf(text, name)).toBe('signature');
  });

  it('reads a business over its department in sentence case past', () => {
    const tail = 'Riverside Charity Shops\nFurniture donations';
    expect(kindOf(`${body}\n\n${tail}`, 'Riverside')).toBe('signature');
  });

  it.each(['Tipi Co. Logistics', 'Hollow & Co. Furniture'])('reads %s, a company’s "Co." mid-name, as one name that signs', (name) => {
    expect(kindOf(`${body}\n\n${name}`, name)).toBe('sign-off');
  });

  it.each(['Call us on Monday.', 'Thanks for your patience, Acme Ltd.'])('keeps the agent’s last line %s theirs', (line) => {
    expect(kindOf(`${body}\n\n${line}`, line)).toBe('body');
  });
});

describe('valedictions and app lines in more of the words agents and apps use', () => {
  const body = 'Hi Tom,\n\nYour booking is confirmed for Saturday at 2pm.';
  it.each(['Warmest wishes from all of us at the Mill', 'Thanks & Regards', 'Thanking you', 'With best wishes', 'Kindest wishes', 'Much appreciated', 'Cordially', 'Nga mihi'])(
    'signs off on %s over the name',
    (valediction) => {
      const text = `${body}\n\n${valediction}\nSophie`;
      expect([kindOf(text, valediction), kindOf(text, 'Sophie')]).toEqual(['sign-off', 'sign-off']);
    },
  );

  it.each(['Sent by Tash (Bloom Care) via Messenger', 'Sent by Ravi via Freshchat'])('reads %s past', (line) => {
    const text = `${body}\n\n${line}`;
    expect(misreadLines({ id: 's34', text, notAgentText: [line] })).toEqual([]);
  });

  it('keeps the agent’s sentence that starts alike', () => {
    const line = 'Sent by courier via DPD this morning, so you’ll have it tomorrow.';
    expect(kindOf(`${body}\n\n${line}`, line)).toBe('body');
  });
});

describe('a schedule the agent lays out by day and time', () => {
  it('stays the agent’s', () => {
    const text = 'Hi Rosa,\n\nHere are the visits:\nMon, 8 Dec, 10:00: engineer checks the boiler\nTue, 9 Dec, 10:00: part fitted\nMon, 15 Dec, 10:00: final check\n\nThanks,\nLeo';
    expect(kindOf(text, 'Tue, 9 Dec')).not.toBe('quote');
    expect(kindOf(text, 'Mon, 15 Dec')).not.toBe('quote');
  });
});

describe('a business’s lines the agent’s sentence announces with a colon', () => {
  it.each([
    ['a branch’s address and hours', 'You can collect it from our other branch:\n\nHarbour Framing Studio\nUnit 4, Quay Street, Falmouth\nMon–Sat 9:00–17:00'],
    ['a repairer’s name and phone', 'The nearest approved repairer is:\n\nBayside Motors Ltd\n01632 960 441'],
  ])('stay the agent’s: %s under a blank line', (_shape, tail) => {
    const text = `Hi Tom,\n\nYour frame is ready. ${tail}`;
    const block = tail.split('\n').filter(Boolean)[1]!;
    expect(kindOf(text, block)).toBe('body');
    expect(misreadLines({ id: 's34', text, notAgentText: [] })).toEqual([]);
  });

  it('still reads the sender’s own letterhead under a plain last sentence past', () => {
    const text = 'Hi Tom,\n\nYour frame is ready to collect.\n\nHarbour Framing Studio\nUnit 4, Quay Street, Falmouth\nMon–Sat 9:00–17:00';
    expect(kindOf(text, 'Harbour Framing Studio')).toBe('signature');
  });
});
