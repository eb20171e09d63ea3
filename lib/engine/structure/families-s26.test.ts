/**
 * One table per family from session 26's look at the layouts (issue 15, data/layouts/dev-extra-v.jsonl): a note after the
 * sign-off marked "N.B." or "Nota bene" (the agent's, like a P.S.), an eco footer in its other wordings, a registration line
 * naming another UK or Irish register, a social tag after the brand's hashtags, and a department signing in French,
 * Spanish, Portuguese or Polish with no valediction. Each row another shape of the family, none of them from the batch,
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
