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
