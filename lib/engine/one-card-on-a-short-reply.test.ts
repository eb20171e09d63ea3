/**
 * Session 34: a one-line reply that only sends an upset customer elsewhere ("Please DM us your order number and we'll
 * look into it.") drew an acknowledgement card and a sent-to-a-channel card on the same short line. They merge: one card,
 * the acknowledgement's line to insert, the redirect's advice beside it, both rules named. A longer reply keeps each card
 * on its own words, and a redirect to a calm customer keeps its own card.
 * Session 35: the same for every card on a short reply's words (one or two sentences): "We can't refund that, you will
 * need to ask your bank." to an upset customer was three cards (acknowledge-feelings, we-are-unable-to, you-need-to) and
 * is one, whose rewrite inserts the line and applies each member's rewording that fits; each rule is still a member.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { defaultPack } from '../rules/default';
import { oneCardOnAShortReply } from './one-card-on-a-short-reply';
import { rewordingProblems, stockWordsOf, stockWordsOfCard } from '../rules/rewording-safety';
import type { Finding } from './types';

const analyzer = createAnalyzer(defaultPack);
const cards = (reply: string, customerMessage: string) =>
  analyzer.analyze(reply, { customerMessage, channel: 'social' }).findings.filter((f) => [f.ruleId, ...(f.alsoRuleIds ?? [])].some((id) => id === 'acknowledge-feelings' || id === 'sent-to-a-channel'));

describe('an acknowledgement and a redirect on one short line are one card', () => {
  it.each([
    ['a wait and a feeling', "Please DM us your order number and we'll look into it.", "Two weeks and my order STILL hasn't turned up. This is a joke."],
    ['a double charge', 'Please email us your account number and the team will check it.', "You've charged me twice for May and nobody answers the phone. Fuming."],
    ['a missed visit', 'Kindly DM us the booking reference.', 'Your engineer never showed up, I took the whole day off work for nothing. Really annoyed.'],
  ])('merges them for %s', (_name, reply, customer) => {
    const found = cards(reply, customer);
    expect(found).toHaveLength(1);
    expect(found[0]!.ruleId).toBe('acknowledge-feelings');
    expect(found[0]!.alsoRuleIds).toContain('sent-to-a-channel');
    expect(found[0]!.suggestions.length + (found[0]!.templates?.length ?? 0)).toBeGreaterThan(0);
    expect(found[0]!.advice).toMatch(/channel/i);
    expect(found[0]!.message).toMatch(/^Empathy:.*Interaction:/s);
  });

  it('keeps two cards where the reply says more than a short reply', () => {
    const found = cards(
      "Hi Sam, I've asked the depot to check where the van is this afternoon. They said the driver had a breakdown on Monday and the route was split between two other vans. Please DM us your order number and we'll look into it.",
      "Two weeks and my order STILL hasn't turned up. This is a joke.",
    );
    expect(found.map((f) => f.ruleId).sort()).toEqual(['acknowledge-feelings', 'sent-to-a-channel']);
  });

  it('leaves a redirect to a calm customer its own card', () => {
    const found = cards('Please DM us your order number.', 'Hi, can I change the delivery address on my order? Thanks!');
    expect(found.map((f) => f.ruleId)).toEqual(['sent-to-a-channel']);
  });

  it('takes the stronger severity and both members', () => {
    const f = (ruleId: string, severity: Finding['severity'], start: number, end: number, advice?: string): Finding => ({
      ruleId, principle: ruleId === 'sent-to-a-channel' ? 'interaction' : 'empathy', severity, start, end, text: 'x'.repeat(end - start), message: ruleId, suggestions: [], ...(advice ? { advice } : {}),
    });
    const text = 'Please DM us your order number';
    const merged = oneCardOnAShortReply([f('acknowledge-feelings', 'hint', 0, 30), f('sent-to-a-channel', 'suggestion', 0, 12, 'Help here.')], text, [{ start: 0, end: 30, text }], () => false);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.severity).toBe('suggestion');
    expect(merged[0]!.merged!.map((m) => m.ruleId)).toEqual(['acknowledge-feelings', 'sent-to-a-channel']);
    expect(merged[0]!.advice).toBe('Help here.');
  });
});

const upset = 'Somebody copied my photos into a listing on your site and NOBODY is doing anything about it. Absolutely disgusted.';
const all = (reply: string, customerMessage = upset, channel: 'social' | 'chat' | 'email' = 'social') => analyzer.analyze(reply, { customerMessage, channel }).findings;
const idsOf = (f: Finding) => [f.ruleId, ...(f.alsoRuleIds ?? [])];
const phraseRule = (id: string) => {
  const rule = defaultPack.rules.find((r) => r.id === id);
  return rule?.kind === 'phrase' ? rule : undefined;
};

describe('an acknowledgement and the phrase cards of a short reply are one card', () => {
  it.each([
    ['one sentence, a no and an order', 'We cannot remove that listing, you will need to follow the steps on our help page.', ['we-are-unable-to', 'you-need-to']],
    ['two sentences', 'We cannot remove that listing. You will need to report it through the form on our help page.', ['we-are-unable-to', 'you-need-to']],
    ['after a handle and before initials', '@mara_v We are unable to take the listing down, you need to fill in the copyright form. ^TK', ['we-are-unable-to', 'you-need-to']],
    ['in a chat', "I can't delete other people's listings. You'll need to contact the seller directly.", ['we-are-unable-to', 'you-need-to']],
  ])('merges them for %s', (_name, reply, members) => {
    const found = all(reply, upset, _name === 'in a chat' ? 'chat' : 'social');
    const card = found.find((f) => f.ruleId === 'acknowledge-feelings')!;
    expect(card).toBeDefined();
    for (const id of members) expect(idsOf(card)).toContain(id);
    // No card of the reply's words stands beside it.
    expect(found.filter((f) => f !== card && members.some((id) => idsOf(f).includes(id)))).toEqual([]);
    // Every rule keeps its own span among the members (the eval's aimed recall reads them).
    for (const id of members) {
      const m = card.merged!.find((x) => x.ruleId === id)!;
      expect(reply.slice(m.start, m.end).length).toBeGreaterThan(0);
      expect(card.start <= m.start && m.end <= card.end).toBe(true);
    }
    expect(card.message).toMatch(/^Empathy:.*(Positivity|Respect):/s);
  });

  it("writes each member's rewording into the acknowledgement's line: one Apply fixes both", () => {
    const reply = 'Hello, unfortunately we cannot remove the registration for you, you will need to follow the steps in this guide to cancel it.';
    const card = all(reply).find((f) => f.ruleId === 'acknowledge-feelings')!;
    expect(idsOf(card)).toEqual(expect.arrayContaining(['we-are-unable-to', 'you-need-to']));
    expect(card.suggestions.length).toBeGreaterThan(0);
    const [fix] = card.suggestions;
    // The line is inserted, and the order is asked for instead: "you will need to" is no longer in the rewrite.
    expect(fix).toMatch(/sorry|frustrat/i);
    expect(fix).not.toMatch(/you will need to/i);
    expect(fix).toContain('we cannot remove the registration');
    // The no's fill-in rides on the card, as its advice does (it has no rewording to write in).
    expect(card.templates?.some((t) => /instead/.test(t.source))).toBe(true);
  });

  it('never draws one card across a quoted line between the agent\'s answers', () => {
    const reply = '> can you take the listing down\nWe cannot remove that listing.\n> so what do I do\nYou will need to report it through the form on our help page.';
    const quoted = [reply.indexOf('> can'), reply.indexOf('> so')];
    for (const f of all(reply, upset, 'chat')) {
      for (const q of quoted) expect(f.start <= q && q < f.end, `${f.ruleId} spans a quoted line`).toBe(false);
    }
    expect(all(reply, upset, 'chat').some((f) => idsOf(f).includes('you-need-to'))).toBe(true);
  });

  it('offers no merged rewrite the rewording checks refuse (each member safe alone may not be safe together)', () => {
    const replies = [
      "Hi, you'll need to DM us your order number. You must wait 24 hours before a late order can be chased.",
      '@jo_bakes Hi there, as mentioned in our last DM, refunds can only be requested through the app. Requests here are not processed.',
      '@kev_r Seat upgrades are subject to availability on the day as stated at the time of purchase.',
      "Hello, unfortunately we cannot remove the registration for you, you will need to follow the steps in this guide to cancel it.",
    ];
    for (const reply of replies) {
      const card = all(reply).find((f) => f.ruleId === 'acknowledge-feelings' && f.merged);
      if (!card) continue;
      const stock = stockWordsOfCard(idsOf(card), phraseRule);
      for (const fix of card.suggestions) {
        const after = reply.slice(0, card.start) + fix + reply.slice(card.end);
        expect(rewordingProblems(reply, after, card.text, stock), `${reply} → ${fix}`).toEqual([]);
      }
    }
  });

  it('leaves a longer reply its separate cards', () => {
    const reply =
      "Hi Mara, thanks for flagging this listing. We've checked it against the report you sent yesterday and our moderators have looked at the photos twice. We cannot remove that listing. You will need to report it through the form on our help page.";
    const found = all(reply);
    expect(found.some((f) => f.ruleId === 'we-are-unable-to')).toBe(true);
  });

  it('leaves the phrase cards of a calm customer apart: no acknowledgement is owed', () => {
    const found = all('We cannot remove that listing, you will need to follow the steps on our help page.', 'Hi, how do I get a listing taken down? Thanks');
    expect(found.some((f) => f.ruleId === 'acknowledge-feelings')).toBe(false);
    expect(found.some((f) => idsOf(f).includes('we-are-unable-to'))).toBe(true);
  });

  it('dismissing the card dismisses every card it held', () => {
    const reply = 'We cannot remove that listing, you will need to follow the steps on our help page.';
    const card = all(reply).find((f) => f.ruleId === 'acknowledge-feelings')!;
    const after = analyzer.analyze(reply, { customerMessage: upset, channel: 'social', ignored: { phrases: [card.text] } }).findings;
    expect(after.filter((f) => ['acknowledge-feelings', 'we-are-unable-to', 'you-need-to'].some((id) => idsOf(f).includes(id)))).toEqual([]);
  });
});

describe("a merged card's stock words are its members' (one list for the analyzer and the eval)", () => {
  it('unites every phrase member and leaves a check out', () => {
    const union = stockWordsOfCard(['acknowledge-feelings', 'we-are-unable-to', 'you-need-to'], phraseRule);
    for (const id of ['we-are-unable-to', 'you-need-to']) for (const word of stockWordsOf(phraseRule(id)!)) expect(union.has(word)).toBe(true);
    expect(union.size).toBe(new Set([...stockWordsOf(phraseRule('we-are-unable-to')!), ...stockWordsOf(phraseRule('you-need-to')!)]).size);
    expect(stockWordsOfCard(['you-need-to'], phraseRule)).toBe(stockWordsOf(phraseRule('you-need-to')!));
    expect(stockWordsOfCard(['acknowledge-feelings'], phraseRule).size).toBe(0);
  });
});

describe('a dismissed short-reply card stays dismissed with every member', () => {
  const dismissAndRecheck = (reply: string, earlier: string[], edited = reply) => {
    const seen = all(reply, upset, 'social');
    const card = analyzer.analyze(reply, { customerMessage: upset, channel: 'social', ignored: { phrases: earlier } }).findings.find((f) => f.merged && f.ruleId === 'acknowledge-feelings');
    expect(card, `no merged card on ${reply}`).toBeDefined();
    expect(seen.length).toBeGreaterThan(0);
    return analyzer.analyze(edited, { customerMessage: upset, channel: 'social', ignored: { phrases: [...earlier, card!.text] } }).findings;
  };
  const held = ['acknowledge-feelings', 'we-are-unable-to', 'you-need-to', 'nothing-we-can-do', 'see-our-guide'];
  const resurfaced = (found: Finding[]) => found.filter((f) => held.some((id) => idsOf(f).includes(id))).map((f) => `${f.ruleId}: ${f.text}`);

  it.each([
    ['a card over the whole reply', 'We cannot remove that listing, you will need to follow the steps on our help page.', []],
    ['after the agent dismissed one of its lines while the reply was longer', "We can't take the listing down. You'll need to report it to the seller through the app.", ["You'll need to report it to the seller through the app."]],
    ['with the other line dismissed first', 'Our team cannot delete that post. You need to send us the link via DM.', ['You need to send us the link via DM.']],
  ])('%s', (_name, reply, earlier) => {
    expect(resurfaced(dismissAndRecheck(reply, earlier))).toEqual([]);
  });

  it('after an edit that moves its offsets (a greeting line and initials added around it)', () => {
    const reply = "We can't take the listing down. You'll need to report it to the seller through the app.";
    const earlier = ["You'll need to report it to the seller through the app."];
    expect(resurfaced(dismissAndRecheck(reply, earlier, `Hi Mara,\n${reply}\n^TK`))).toEqual([]);
    expect(resurfaced(dismissAndRecheck(reply, [], `Hi Mara,\n${reply}`))).toEqual([]);
  });
});

describe("the acknowledgement's line and a member at the reply's first word", () => {
  const f = (ruleId: string, start: number, end: number, text: string, suggestions: string[]): Finding => ({
    ruleId, principle: ruleId === 'acknowledge-feelings' ? 'empathy' : 'positivity', severity: 'suggestion', start, end, text: text.slice(start, end), message: ruleId, suggestions,
  });
  it.each([
    ["I can't refund the delivery fee.", "I'm sorry about the fee. ", "I can't", 'I’m not able to'],
    ['I cannot move your slot to Friday, sorry.', 'I understand how annoying this is. ', 'I cannot', "I can't"],
    ['Im unable to cancel it from here.', "Im so sorry for the mix-up. ", 'Im unable to', "I can't"],
  ])('writes its fix in where the line opens with the same letters: %s', (reply, line, flagged, fix) => {
    const sentences = [{ start: 0, end: reply.length, text: reply }];
    const ack = f('acknowledge-feelings', 0, reply.length, reply, [line + reply]);
    const member = f('we-are-unable-to', 0, flagged.length, reply, [fix]);
    const [card] = oneCardOnAShortReply([ack, member], reply, sentences, () => false);
    expect(card!.suggestions).toEqual([line + fix + reply.slice(flagged.length)]);
  });
});

describe('what counts as a sentence of a short reply', () => {
  it.each([
    ['We refunded it. We cannot refund the delivery fee. You will need to ask your bank about it.'],
    ['Order cancelled. We cannot refund the delivery fee, sorry. You need to ask your bank.'],
    ['All sorted now. Unfortunately we are unable to refund the postage. You need to contact the courier.'],
  ])('a three-word sentence that says something counts: three sentences keep their cards (%s)', (reply) => {
    const found = all(reply, upset, 'social');
    expect(found.some((f) => f.ruleId === 'acknowledge-feelings' && f.merged)).toBe(false);
  });
  it.each([
    ['Thanks, Sam. We cannot remove that listing. You will need to report it through the form on our help page.'],
    ['@sam_k Hi Sam, we cannot remove that listing. You will need to report it through the form on our help page. ^TK'],
    ['Cheers, Sam. We cannot remove that listing. You need to report it through the form on our help page.'],
  ])('a hello or thanks does not: two sentences still make one card (%s)', (reply) => {
    const found = all(reply, upset, 'social');
    expect(found.some((f) => f.ruleId === 'acknowledge-feelings' && f.merged)).toBe(true);
  });
});
