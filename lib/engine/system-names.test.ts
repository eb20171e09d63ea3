import { describe, expect, it } from 'vitest';
import { systemNamesIn } from './system-names';
import { withUnfamiliarWordsAdvice } from './plain-language-evidence';
import type { Finding } from './types';

const names = (text: string, customerMessage?: string) => systemNamesIn(text, 0, text.length, customerMessage).map((n) => n.word);

describe('the name of one of our systems the customer never used (session 53)', () => {
  it('reads a name no reader knows before the kind of thing it is', () => {
    expect(names('Your bag is being traced through our WorldTracer system.')).toEqual(['WorldTracer system']);
    expect(names('Results are on the ICE system.')).toEqual(['ICE system']);
    expect(names("You'll need to appeal via the POPLA process if you disagree.")).toEqual(['POPLA process']);
    expect(names('It now sits in the CX queue.')).toEqual(['CX queue']);
    expect(names('This was flagged by our FinCrime team.')).toEqual(['FinCrime team']);
  });

  it('gives the offsets of the name and its kind in the text', () => {
    const text = 'It now sits in the CX queue.';
    const [found] = systemNamesIn(text, 0, text.length);
    expect(text.slice(found!.start, found!.end)).toBe('CX queue');
  });

  it('passes names that say what they are, everyday acronyms and lower-case teams', () => {
    expect(names('Your request has been passed to the Billing team.')).toEqual([]);
    expect(names('I have asked our Customer Support team to call you.')).toEqual([]);
    expect(names('You can book leave on the HR portal.')).toEqual([]);
    expect(names('Our billing team will email you by Friday.')).toEqual([]);
    expect(names('The System is down.')).toEqual([]);
  });

  it('passes a name the customer used first, or one explained beside it', () => {
    expect(names('You can appeal via the POPLA process.', 'Can I go to POPLA about this?')).toEqual([]);
    expect(names('You can appeal via the POPLA process (the independent appeals service), and I can send you the form.')).toEqual([]);
    expect(names('Results are on the ICE system, which is where the lab posts them.')).toEqual([]);
  });

  it('leaves out a name strange only by its acronyms when the codes check was refused, not one with a made-up word', () => {
    const without = (text: string) => systemNamesIn(text, 0, text.length, undefined, false).map((n) => n.word);
    expect(without('It now sits in the CX queue.')).toEqual([]);
    expect(without('We ship once the EXA form is received.')).toEqual([]);
    expect(without('Your bag is being traced through our WorldTracer system.')).toEqual(['WorldTracer system']);
  });

  // Review 53: "ICE" was taken as the customer's word inside "invoice".
  it('takes a name as the customer\'s only where they wrote it as a word', () => {
    expect(names('Results are on the ICE system.', 'Why is my invoice so high? The price doubled.')).toEqual(['ICE system']);
    expect(names('Results are on the ICE system.', 'Is it on ICE yet?')).toEqual([]);
  });

  // Review 53: "PayPal" was told where "Paypal" was not.
  it('passes a brand everyone knows whatever its capitals, as it does a capitalised everyday word', () => {
    expect(names('You can pay through the PayPal system.')).toEqual([]);
    expect(names('It is listed on the eBay platform.')).toEqual([]);
    expect(names('Your bag is being traced through our WorldTracer system.')).toEqual(['WorldTracer system']);
  });

  it('is bounded on a long run of capitals', () => {
    const text = `the ${'ABC '.repeat(5000)}system`;
    expect(systemNamesIn(text, 0, text.length).length).toBeLessThanOrEqual(4);
  });
});

describe("a system's name on a card of another principle", () => {
  const text = 'Your bag is being traced through our WorldTracer system.';
  const card: Finding = { ruleId: 'faceless-passive', principle: 'ownership', severity: 'hint', start: 12, end: 24, text: 'being traced', message: 'Say who.', suggestions: [], advice: 'Say who.' };

  it('names it in the advice, with the codes rule as a plain-language member on the name', () => {
    const out = withUnfamiliarWordsAdvice(card, text, { start: 0, end: text.length }, 'internal-codes', undefined);
    expect(out.advice).toBe("Say who. 'WorldTracer system' may be new to the customer: say what it means for them.");
    expect(out.merged?.at(-1)).toMatchObject({ ruleId: 'internal-codes', principle: 'plain-language', start: 37, end: 55, evidence: true });
  });

  it('leaves the card unchanged where the customer named the system first', () => {
    expect(withUnfamiliarWordsAdvice(card, text, { start: 0, end: text.length }, 'internal-codes', 'Is it on WorldTracer?')).toBe(card);
  });
});
