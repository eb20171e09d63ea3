import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../rules/default';
import { createAnalyzer } from './analyzer';
import { applySuggestion } from './apply';
import type { Analysis } from './types';

const analyzer = createAnalyzer(defaultPack);

function expectConsistent(text: string, result: Analysis) {
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
  }
  expect(result.scores.warmth).toBeGreaterThanOrEqual(0);
  expect(result.scores.warmth).toBeLessThanOrEqual(100);
}

const flagSentences = defaultPack.rules.flatMap((r) => r.examples.flag.map((e) => e.text));
const noise = fc.constantFrom('😀', '👩‍👩‍👧‍👦', 'é', 'ñ', '\n', '\n\n', '  ', '—', 'مرحبا', '<b>', '</b>', '```', '> ', '\u200d', '\t', 'İ', 'ß');
const draft = fc
  .array(fc.oneof(fc.constantFrom(...flagSentences), noise, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('analyze', () => {
  it('returns findings whose text is exactly input.slice(start, end), whatever the input', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expectConsistent(text, analyzer.analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  // A phrase rewording never lowers warmth. A whole-reply insert (greeting, closing, acknowledgement) adds a sentence
  // the learned model reads on its own, and can cost a point on odd drafts (FC_SEED=1742147891 found one: four
  // sentences, the greeting insert took 79 to 78); the README says so, and this bounds it.
  const INSERT_TOLERANCE = 2;
  it('never lowers warmth when a rewording is applied (whole-reply inserts by at most 2 points)', () => {
    const structureRuleIds = new Set(defaultPack.rules.filter((r) => r.kind === 'structure').map((r) => r.id));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...flagSentences), { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(' ');
        const before = analyzer.analyze(text);
        for (const finding of before.findings.filter((f) => f.suggestions.length)) {
          const after = analyzer.analyze(applySuggestion(text, finding, 0));
          const allowed = structureRuleIds.has(finding.ruleId) ? INSERT_TOLERANCE : 0;
          expect(after.scores.warmth, `${finding.ruleId} on ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(before.scores.warmth - allowed);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings when a sentence is re-analysed from the cache', () => {
    const text = 'Per our policy, returns take 14 days. You need to restart the router.';
    const fresh = createAnalyzer(defaultPack).analyze(text);
    analyzer.analyze('You need to restart the router.');
    expect(analyzer.analyze(text)).toEqual(fresh);
  });

  it("offers no fix on a merged card that would leave a member's warning in place", () => {
    // "As I said before," dropped would leave "users are responsible…", which another rule of the card warns of.
    const text = 'As I said before, users are responsible for backing up their data. That is not possible at the moment.';
    const card = analyzer.analyze(text).findings.find((f) => f.merged && f.start === 0)!;
    expect(card.alsoRuleIds?.length).toBeGreaterThan(0);
    expect(card.suggestions).toEqual([]);
    expect(card.advice).toBeTruthy();
    // A milder member left in place still lets the fix through.
    const policy = 'Per our policy, returns take 14 days.';
    expect(analyzer.analyze(policy).findings.find((f) => f.ruleId === 'per-our-policy')?.suggestions[0]).toBe('Returns take 14 days');
  });

  it('keeps offsets right after emoji, accents and line breaks', () => {
    const text = 'Héllo 👩‍👩‍👧‍👦 café!\n\nPer our policy, returns take 14 days.';
    const finding = analyzer.analyze(text).findings.find((f) => f.ruleId === 'per-our-policy')!;
    expect(finding.start).toBe(text.indexOf('Per our policy'));
    expect(applySuggestion(text, finding)).toBe('Héllo 👩‍👩‍👧‍👦 café!\n\nReturns take 14 days.');
  });

  it('does not score an empty or one-word reply as warm', () => {
    expect(analyzer.analyze('').scores.warmth).toBe(0);
    expect(analyzer.analyze('   \n  ').scores.warmth).toBe(0);
    expect(analyzer.analyze('   \n  ').language).toEqual({ checked: false, reason: 'empty' });
    expect(analyzer.analyze('Thanks!').scores.warmth).toBeLessThan(60);
  });

  it('scores a warm reply above a cold one', () => {
    const cold = analyzer.analyze('Per our records, there are no outages in your area. You need to restart your router.').scores.warmth;
    const warm = analyzer.analyze(
      "Hi Ben, a week of dropouts sounds really frustrating, thanks for sticking with us. Could you try restarting your router tonight? I've also booked a line check for 6pm.",
    ).scores.warmth;
    expect(warm).toBeGreaterThan(cold + 30);
  });

  it('says a reply in another language is not checked instead of flagging it', () => {
    const german = 'Sie müssen den Router neu starten. Gemäß unserer Richtlinie dauern Rücksendungen vierzehn Tage.';
    const result = analyzer.analyze(german);
    expect(result.language).toEqual({ checked: false, reason: 'not-english' });
    expect(result.findings).toEqual([]);
    expect(analyzer.analyze('يجب عليك إعادة تشغيل جهاز التوجيه من فضلك').language.checked).toBe(false);
  });

  it('checks short English replies whose only common words are contractions or prepositions', () => {
    // These once read as another language ("aren" and "t" are in no word list) and got no coaching at all.
    for (const english of ["Changes aren't permitted after booking.", "Refunds aren't possible after 30 days.", "Sorry, we can't change seats after check-in closes.", "Parcels won't be collected before Monday morning."]) {
      expect(analyzer.analyze(english).language, english).toEqual({ checked: true });
    }
    expect(analyzer.analyze("Changes aren't permitted after booking.").findings.map((f) => f.ruleId)).toContain('not-permitted');
    for (const other of [
      'No podemos cambiar la reserva después de la compra, lo siento mucho.',
      "Nous ne pouvons pas rembourser votre commande après trente jours, désolé pour l'attente.",
      'Wij kunnen uw bestelling helaas niet meer wijzigen na de betaling.',
      'Non possiamo rimborsare il biglietto dopo la partenza del treno.',
      'Não podemos alterar a reserva depois do pagamento, lamentamos muito.',
    ]) {
      expect(analyzer.analyze(other).language, other).toEqual({ checked: false, reason: 'not-english' });
    }
  });

  it("reads a short reply's language from its body, not from the signer's name", () => {
    // "de la", "van der", "von" are other languages' function words; in a name they say nothing of the reply's language.
    for (const signer of ['Ana de la Cruz', 'Jan van der Berg', 'Maria von Trapp']) {
      const reply = `To reset it:\n\n1. Open Settings.\n2. Tap Reset.\n\n${signer}`;
      expect(analyzer.analyze(reply).language, signer).toEqual({ checked: true });
    }
    expect(analyzer.analyze('Saludos cordiales, no podemos cambiar la reserva.\n\nAna de la Cruz').language.checked).toBe(false);
  });

  it('leaves code blocks and quoted customer text alone', () => {
    const text = 'Hi Sam, thanks for the log.\n\n```\nYou need to restart the router.\n```\n\n> Per our policy, you are wrong.\n';
    const watched = (t: string) => analyzer.analyze(t).findings.filter((f) => f.ruleId === 'you-need-to' || f.ruleId === 'per-our-policy').map((f) => f.ruleId);
    expect(watched(text)).toEqual([]);
    // The same lines as the agent's own text are flagged, so the silence above is the fence and the quote at work.
    expect(watched(text.replace(/```\n/g, '').replace('> ', ''))).toEqual(['you-need-to', 'per-our-policy']);
  });

  it('handles HTML pasted as text without shifting offsets', () => {
    const text = '<p>Hi Sam,</p><p>Per our policy, returns take 14 days.</p>';
    const result = analyzer.analyze(text);
    expectConsistent(text, result);
    // The markup is read as words: the reply is still checked, and every finding sits on the exact text.
    expect(result.language.checked).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('analyses a 200,000-character draft without throwing, and can stop at a time budget', () => {
    const huge = 'You need to restart the router. Per our policy, returns take 14 days. 😀 '.repeat(2800).slice(0, 200_000);
    const full = createAnalyzer(defaultPack).analyze(huge);
    expectConsistent(huge, full);
    expect(full.complete).toBe(true);
    expect(full.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    const longer = `${huge} And one more sentence that is new here.`;
    const budgeted = createAnalyzer(defaultPack).analyze(longer, { budgetMs: 0 });
    expect(budgeted.complete).toBe(false);
    expectConsistent(longer, budgeted);
  });

  it('cuts a sentence with no punctuation into pieces the matcher can handle', () => {
    const run = 'we looked at the router and the cable and the line again and ';
    const text = run.repeat(400) + 'you need to restart the router';
    const result = analyzer.analyze(text);
    expectConsistent(text, result);
    expect(result.findings.some((f) => f.ruleId === 'you-need-to' && f.start >= run.length * 400 - 1)).toBe(true);
  });

  it('yields between slices on a long draft and ends with the same analysis', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Reply number ${i} says you need to restart the router ${i} times.`).join(' ');
    const gen = createAnalyzer(defaultPack).analyzeInSlices(text, {}, 0);
    let yields = 0;
    let step = gen.next();
    while (!step.done) {
      yields++;
      step = gen.next();
    }
    expect(yields).toBeGreaterThan(10);
    expect(step.value).toEqual(createAnalyzer(defaultPack).analyze(text));
  });

  it('drops findings the agent chose not to see again', () => {
    const text = 'You need to restart the router.';
    expect(analyzer.analyze(text, { ignored: { ruleIds: ['you-need-to'] } }).findings.some((f) => f.ruleId === 'you-need-to')).toBe(false);
    expect(analyzer.analyze(text, { ignored: { phrases: ['you need to restart the router.'] } }).findings.some((f) => f.ruleId === 'you-need-to')).toBe(false);
  });

  it('drops a merged card the agent dismissed, whose text is its members\' union', () => {
    const text = 'Kindly do the needful and revert back at the earliest.';
    const card = analyzer.analyze(text).findings.find((f) => f.merged);
    expect(card?.merged?.length).toBeGreaterThan(1);
    const again = analyzer.analyze(text, { ignored: { phrases: [card!.text] } }).findings;
    expect(again.some((f) => f.merged || f.ruleId === card!.ruleId)).toBe(false);
  });

  it('reads the customer mood and asks for an acknowledgement when they are upset', () => {
    const result = analyzer.analyze('Your refund was approved.', { customerMessage: 'I have been waiting for three weeks!! This is unacceptable.' });
    expect(result.mood?.primary).toBe('frustrated');
    expect(result.mood?.needsAcknowledgement).toBe(true);
  });
});

describe('rewording edge cases', () => {
  it('deletes a whole sentence together with the space after it', () => {
    const rule = {
      id: 'value-you',
      kind: 'phrase' as const,
      principle: 'interaction' as const,
      severity: 'hint' as const,
      message: 'Interaction: boilerplate praise reads as a form letter.',
      enabled: true,
      phrases: ['we value you as a customer'],
      patterns: [],
      unless: [],
      unlessNext: [],
      rewrites: [''],
      examples: { flag: [{ text: 'x', becomes: null }], pass: ['y'] },
    };
    const text = 'Hi Anna. We value you as a customer. I have refunded it.';
    const finding = createAnalyzer([rule]).analyze(text).findings[0]!;
    expect(applySuggestion(text, finding)).toBe('Hi Anna. I have refunded it.');
  });

  it('reads "the 1st." as the end of a sentence', () => {
    const text = 'Your discount ended on the 1st. You need to renew it.';
    const finding = analyzer.analyze(text).findings.find((f) => f.ruleId === 'you-need-to');
    expect(finding?.text).toBe('You need to renew it.');
  });
});
