/**
 * Greetings of other traditions read as greetings by the line's shape (session 39): a short capitalised opening line, on
 * its own, that ends on a name with a comma or "!" (an honorific may follow the name), and the salaam family with no
 * name. Lines of the same length that greet no one stay body. Replies are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';

const analyzer = createAnalyzer(defaultPack);
const checkOf = new Map(defaultPack.rules.flatMap((r) => (r.kind === 'structure' ? [[r.id, r.check] as const] : [])));
const body = 'Your new card went out in this morning’s post and should reach you by Thursday. If it has not come by Friday, write back and I will cancel it and send another.\n\nWarm regards,\nLeila';
const read = (first: string) => {
  const text = `${first}\n\n${body}`;
  const a = analyzer.analyze(text, { channel: 'email', customerMessage: 'When will my new card arrive?' });
  return {
    greeting: a.structure.parts.filter((p) => p.kind === 'greeting').map((p) => text.slice(p.start, p.end)),
    missing: a.findings.some((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].some((id) => checkOf.get(id) === 'greeting')),
  };
};

describe('greetings of other traditions', () => {
  it.each(['Wa alaikum assalam Brother Imran,', 'Namaste Priya ji,', 'Kia ora Mere,', 'Salam Fatima,', 'As-salamu alaykum,', 'Sawubona Thabo,', 'Salaam alaikum Yusuf!', 'Sat Sri Akal Harpreet ji,', 'Habari Baraka,', 'Kumusta Maria!'])('%s is the greeting', (line) => {
    const r = read(line);
    expect(r.greeting).toEqual([line]);
    expect(r.missing).toBe(false);
  });
  it.each(['Good news!', 'Sent!', 'Thank you so much,', 'Your card is with DHL!'])('%s greets no one', (line) => {
    expect(read(line).greeting).toEqual([]);
  });
});
