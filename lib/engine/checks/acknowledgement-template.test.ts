/**
 * The acknowledgement the agent confirms (issue #10): a line whose guess at what went wrong is unsure is offered as a
 * fill-in, "I'm sorry {what went wrong, in the customer's words}.", prefilled with the guess; a sure line (a feeling
 * the customer voiced, a clause of their own, a reply on their side) stays a one-click insert.
 */
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../rules/default';
import { createAnalyzer } from '../analyzer';
import { applyFillIn, fillTemplate } from '../template-fill';
import { ACKNOWLEDGEMENT_SLOT, ACKNOWLEDGEMENT_TEMPLATE, grievanceGuess } from './acknowledgement-template';

const analyzer = createAnalyzer(defaultPack);
const acknowledgementOf = (text: string, customerMessage: string) =>
  analyzer.analyze(text, { channel: 'email', customerMessage }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
const prefillsOf = (parts: readonly { slot?: string; value?: string }[]) => parts.flatMap((p) => (p.slot === undefined ? [] : [p.value ?? '']));

describe('the guess the fill-in is prefilled with', () => {
  it.each([
    ["I'm sorry to hear the recital was cancelled, and I want to put it right.", 'to hear the recital was cancelled'],
    ["I'm sorry the kettle arrived dented — that's a frustrating start.", 'the kettle arrived dented'],
    ["I'm sorry for the trouble this has caused, and I want to put it right.", 'for the trouble this has caused'],
    ["I'm so sorry for your loss.", 'for your loss'],
    ['Sorry for the confusion — let me clear this up.', 'for the confusion'],
  ])('%s → %s', (line, guess) => expect(grievanceGuess(line)).toBe(guess));

  it.each([
    "I'm sorry — I can see how frustrating this has been, and I want to put it right.",
    "I know this is time-sensitive, so I'm on it right away.",
    "I understand this is worrying, and I'm here to help.",
  ])('is empty for a line that names no grievance: %s', (line) => expect(grievanceGuess(line)).toBe(''));
});

describe('which acknowledgement is a fill-in', () => {
  it('a calm question about a discount that works as designed gets a fill-in, never a one-click apology', () => {
    const text = 'Hi Kit,\n\nThe WINTER15 code needs a basket of £50 or more, and yours came to £44.\n\nThanks,\nOrchard Foods';
    const finding = acknowledgementOf(text, "Your WINTER15 code doesn't work, it says invalid.")!;
    expect(finding.suggestions).toEqual([]);
    expect(finding.severity).toBe('hint');
    const template = finding.templates![0]!;
    expect(template.source).toBe(ACKNOWLEDGEMENT_TEMPLATE);
    expect(template.parts.find((p) => p.slot !== undefined)?.slot).toBe(ACKNOWLEDGEMENT_SLOT);
  });

  it('a wait the reply asks the customer to extend is confirmed by the agent, prefilled without "far too long"', () => {
    const text = 'Dear Mr Ito,\n\nYour claim is with our assessor. Please allow a further 15 working days for a decision.\n\nRegards,\nClaims';
    const finding = acknowledgementOf(text, 'I have emailed you three times about my claim for the flooded kitchen and still nothing.')!;
    expect(finding.suggestions).toEqual([]);
    const template = finding.templates![0]!;
    const guess = prefillsOf(template.parts).join('');
    expect(guess).not.toMatch(/far too long|not good enough|chase us/);
    // Insert writes a whole sentence before the agent's own words, which keep their capital.
    const after = applyFillIn(text, template, prefillsOf(template.parts))!;
    expect(after).toMatch(/Dear Mr Ito,\n\nI'm sorry [^.]+\. Your claim is with our assessor\./);
  });

  it('replaces the first word only where it takes a capital, so the preview never strikes out a word to write it back', () => {
    const capitalised = acknowledgementOf('Per our records, the refund left on Monday. Please allow 5 working days.', 'Where is my refund? I have been waiting for two weeks.')!;
    const template = capitalised.templates![0]!;
    expect(template.end).toBe(template.start);
    expect(applyFillIn('Per our records, the refund left on Monday. Please allow 5 working days.', template, ['the wait']))
      .toBe("I'm sorry the wait. Per our records, the refund left on Monday. Please allow 5 working days.");
    const lower = 'per our records, the refund left on Monday. Please allow 5 working days.';
    const recased = acknowledgementOf(lower, 'Where is my refund? I have been waiting for two weeks.')!.templates![0]!;
    expect(lower.slice(recased.start, recased.end)).toBe('per');
    expect(applyFillIn(lower, recased, ['the wait'])).toMatch(/^I'm sorry the wait\. Per our records,/);
  });

  it('keeps the one-click line where the customer told the fault in a clause of their own and the reply fixes it', () => {
    const finding = acknowledgementOf('Hi Rosa, a replacement teapot leaves our warehouse today.', 'Hello, the teapot arrived cracked - the spout came off in the box.')!;
    expect(finding.templates).toBeUndefined();
    expect(finding.suggestions[0]).toMatch(/^Hi Rosa, I'm sorry the teapot arrived cracked\b/);
  });

  it("a quoted verdict of the customer's is confirmed by the agent: said back, it would concede it", () => {
    const finding = acknowledgementOf('Hi Lou,\n\nThe £90 was kept for the broken blind, as the check-out report shows. Photos are attached.\n\nRegards,\nNest Lettings', 'Keeping £90 of my deposit for the blind is unfair, it was broken when I moved in.')!;
    expect(finding.suggestions).toEqual([]);
    expect(finding.templates?.length).toBe(1);
  });

  it('keeps the one-click line where it names only the feeling the customer voiced, even beside a firm no', () => {
    const finding = acknowledgementOf('Hi Dev,\n\nThe late fee is non-refundable under the hire agreement.\n\nRegards,\nVanGo', 'I am absolutely furious about this late fee, I was ten minutes late.')!;
    expect(finding.templates).toBeUndefined();
    expect(finding.suggestions[0]).not.toMatch(/not good enough|put it right/);
  });
});

describe('filling the acknowledgement in', () => {
  it('writes what the agent typed in place of the guess, and nothing while the gap is blank', () => {
    const result = acknowledgementOf('Hi Hana, thanks for the photos of the sofa leg. The joiner can visit on Monday.', 'The sofa leg snapped off on the second day. Who pays for this?')!;
    // After "Hi Hana," the fill-in goes where the agent's own words start, and takes the capital from them.
    const template = result.templates![0]!;
    expect(template.parts.at(-1)).toEqual({ literal: '. Thanks' });
    expect(fillTemplate(template, [''])).toBeNull();
    const after = applyFillIn('Hi Hana, thanks for the photos of the sofa leg. The joiner can visit on Monday.', template, ['the sofa leg snapped off so soon.'])!;
    expect(after).toBe("Hi Hana, I'm sorry the sofa leg snapped off so soon. Thanks for the photos of the sofa leg. The joiner can visit on Monday.");
  });
});

describe('a prefilled guess that would read wrong is left to the agent', () => {
  it('clears the guess where written in it would be a problem beside the reply, keeping the gap to fill', () => {
    const text = "Hi Ruth,\n\nThanks for getting in touch. I've booked you two seats for the captioned screening at 2pm on Saturday, row F.\n\nEnjoy the film,\nOdeon Box Office";
    const finding = acknowledgementOf(text, "Hi, I'm Deaf and would like to book the captioned screening on Saturday please. Thanks!");
    // Either nothing is owed, or the agent writes the gap: never a sorry for what the customer did not say went wrong.
    expect(finding?.suggestions ?? []).toEqual([]);
    for (const template of finding?.templates ?? []) expect(prefillsOf(template.parts)).toEqual(['']);
  });
});


describe('a customer hurt by how someone treated them', () => {
  const reply = 'Dear Ms Amadi,\n\nWe have received your complaint and passed it to the duty manager.\n\nVisitor Services';
  it.each([
    'Your guide was rude to my mum, who is deaf. I want an apology.',
    'The driver shouted at me in front of my kids. Disgusting.',
    'Your receptionist laughed at my son when he asked for help. Furious.',
  ])('gets a fill-in the agent words, never the stock "how frustrating" line: %s', (message) => {
    const finding = acknowledgementOf(reply, message)!;
    expect(finding.suggestions).toEqual([]);
    expect(finding.templates![0]!.source).toBe(ACKNOWLEDGEMENT_TEMPLATE);
  });

  it('an angry customer whose parcel is late still gets the one-click line (a near miss)', () => {
    const finding = acknowledgementOf(reply, 'My parcel is a week late again. This is ridiculous and I am furious.')!;
    expect(finding.suggestions.length).toBeGreaterThan(0);
    expect(finding.templates ?? []).toEqual([]);
  });
});
