import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { applySuggestion } from '../apply';
import { defaultPack } from '../../rules/default';
import { rocAuc } from '../../eval/metrics';
import { crossValidate, fitLogistic, foldsOf, predict, type Example } from './logistic';
import { sentencesOf, warmthFeatures } from './features';
import { readService } from './engagement';
import { WARMTH_MODEL } from './model';

const analyzer = createAnalyzer(defaultPack);
const features = (text: string) => {
  const { sentences, totals } = sentencesOf(text);
  return warmthFeatures(sentences, totals);
};

describe('logistic regression', () => {
  const examples: Example[] = [
    ...['Thanks, could you help?', 'Thank you so much, would you mind?', 'Thanks! Could you check?'].map((t) => ({ features: features(t), label: 1 as const })),
    ...['Why did you do that?', 'Why is this broken?', 'Why would you delete it?'].map((t) => ({ features: features(t), label: 0 as const })),
  ];

  it('learns a positive weight for gratitude and a negative one for "why" questions', () => {
    const model = fitLogistic(examples, { lambda: 0.01, wordLambdaFactor: 3, minCount: 1 });
    expect(model.weights.get('m:gratitude')!).toBeGreaterThan(0);
    expect(model.weights.get('m:whyQuestion')!).toBeLessThan(0);
    expect(predict(model, features('Thanks, could you look?'))).toBeGreaterThan(0.5);
    expect(predict(model, features('Why did you remove it?'))).toBeLessThan(0.5);
  });

  it('shrinks weights harder with a stronger L2 penalty', () => {
    const loose = fitLogistic(examples, { lambda: 0.001, wordLambdaFactor: 1, minCount: 1 });
    const tight = fitLogistic(examples, { lambda: 1, wordLambdaFactor: 1, minCount: 1 });
    expect(Math.abs(tight.weights.get('m:gratitude')!)).toBeLessThan(Math.abs(loose.weights.get('m:gratitude')!));
  });

  it('makes the same folds for the same seed, and balanced ones', () => {
    expect(foldsOf(20, 5, 18)).toEqual(foldsOf(20, 5, 18));
    expect(foldsOf(20, 5, 18)).not.toEqual(foldsOf(20, 5, 19));
    const sizes = [0, 1, 2, 3, 4].map((f) => foldsOf(20, 5, 18).filter((x) => x === f).length);
    expect(sizes).toEqual([4, 4, 4, 4, 4]);
    expect(crossValidate(examples, { lambda: 0.01, wordLambdaFactor: 3, minCount: 1 }, 3, 18, rocAuc).accuracy).toBeGreaterThan(0.5);
  });
});

describe('the shipped warmth model', () => {
  it('is a small inspectable file with its provenance and cross-validated result', () => {
    expect(WARMTH_MODEL.format).toBe('rapport-warmth-model');
    expect(WARMTH_MODEL.trainedOn).toMatch(/even ids/);
    expect(WARMTH_MODEL.crossValidated.accuracy).toBeGreaterThan(0.75);
    expect(Object.keys(WARMTH_MODEL.weights).length).toBeLessThan(2000);
    expect(new Map(Object.entries(WARMTH_MODEL.weights)).get('m:gratitude')).toBeGreaterThan(0);
  });

  it('holds no topic words of the training corpus', () => {
    for (const name of Object.keys(WARMTH_MODEL.weights)) expect(name).not.toMatch(/\b(article|wikipedia|edit|page|url)\b/);
  });
});

describe('engagement and deflection', () => {
  const read = (text: string, customer?: string) => readService(sentencesOf(text).sentences, customer);

  it('reads a redirect, a refusal and a template', () => {
    expect(read('Please send us a private message with your details.').deflection.has('redirect')).toBe(true);
    expect(read('We cannot assist with travel inquiries over social media.').deflection.has('refusal')).toBe(true);
    expect(read('Greetings for the day! I request you to please contact phone support.').deflection.has('template')).toBe(true);
  });

  it('reads an action, a diagnostic question, a personal touch and the customer’s own details', () => {
    expect(read("I've refunded the second charge today.").engagement.has('action')).toBe(true);
    expect(read('Are these songs downloaded from your own files?').engagement.has('diagnosis')).toBe(true);
    expect(read('Congrats on the sale, Craig!').engagement.has('personal')).toBe(true);
    expect(read('The Oslo sofa in blue is due back on 12 December.', 'Is the blue Oslo sofa coming back?').engagement.has('echo')).toBe(true);
  });
});

describe('warmth score', () => {
  it('keeps a fix for the second of two sentences one rule flags, so applying the first never costs warmth', () => {
    // A rewording whose words are already in the reply is not offered again; with one stock tail, applying it on the
    // first sentence left the second without a fix, read cold (64 → 44).
    // Two sentences only see-the-website flags (one another rule also flags merges into that rule's card).
    const draft = 'Information about refunds can be found in our FAQ. All plan details are available on the pricing page. Hi Grace, your refund was approved today and will reach your card by Thursday.';
    const before = analyzer.analyze(draft);
    const first = before.findings.find((f) => f.ruleId === 'see-the-website')!;
    const once = applySuggestion(draft, first, 0);
    const after = analyzer.analyze(once);
    const second = after.findings.find((f) => f.ruleId === 'see-the-website')!;
    expect(second.suggestions.length).toBeGreaterThan(0);
    expect(after.scores.warmth).toBeGreaterThanOrEqual(before.scores.warmth);
    expect(analyzer.analyze(applySuggestion(once, second, 0)).scores.warmth).toBeGreaterThanOrEqual(after.scores.warmth);
  });

  it('scores empty text 0 and keeps a short reply out of the warm band', () => {
    expect(analyzer.analyze('').scores.warmth).toBe(0);
    expect(analyzer.analyze('Thanks so much, have a lovely day!').scores.warmth).toBeLessThan(60);
  });

  it('never scores a polite redirect warm, and never scores a helpful personal reply cold', () => {
    const redirect = analyzer.analyze('Hi Ben, thanks so much for your patience! Please contact our phone support team and they will be glad to help you with this.');
    expect(redirect.scores.warmth).toBeLessThan(60);
    const helpful = analyzer.analyze('Ben. Activated the SIM from here. Is the phone showing bars yet? Enjoy the new phone!');
    expect(helpful.scores.warmth).toBeGreaterThanOrEqual(40);
  });

  it('scores the engaged reply above the polite deflection with the same greeting and thanks', () => {
    const customerMessage = 'My order #4471 says delivered but it is not here.';
    const engaged = analyzer.analyze('Hi Sam, thanks for letting us know. I checked #4471 with the courier and asked them to bring it to you tomorrow morning.', { customerMessage });
    const deflecting = analyzer.analyze('Hi Sam, thanks for letting us know. Please send us a private message with your details and the team will look into it.', { customerMessage });
    expect(engaged.scores.warmth).toBeGreaterThan(deflecting.scores.warmth);
  });

  it('explains the score in words from what moved it', () => {
    const warm = analyzer.analyze("Hi Anna, thanks so much for your patience. I've refunded the $49 charge today, and you'll see it on your card by Friday.");
    expect(warm.scoreExplanation).toMatch(/^Warm: /);
    expect(warm.scoreExplanation).toMatch(/you said what you did/);
    expect(warm.scoreExplanation).toMatch(/thanked them/);
    const cold = analyzer.analyze('Why did you not read the instructions? You clearly deleted the file yourself.');
    expect(cold.scoreExplanation).toMatch(/^Cold: /);
    expect(cold.scoreExplanation).not.toMatch(/\{|undefined|NaN/);
  });

  // The model reads the reply as its rewordings would leave it (as-reworded.ts), so a rewording not yet applied
  // ("Could you restart your router?", an open-door closing) must not be praised as what the agent wrote.
  it('credits only what the agent wrote, never a rewording not yet applied', () => {
    const drafts = [
      'Per our records, there are no outages in your area. You need to restart your router. Ticket closed',
      'You must send the form again. Please be advised that refunds take 10 days.',
    ];
    for (const text of drafts) {
      const result = analyzer.analyze(text);
      expect(result.findings.some((f) => f.suggestions.length > 0)).toBe(true);
      expect(result.scoreExplanation).not.toMatch(/asked politely|offered more help|took ownership|asked rather than told|thanked them|said what you did/);
    }
    // What the agent did write is still credited beside a flag.
    const mixed = analyzer.analyze('Hi Priya, thanks for your patience. I have refunded the order. You need to restart the app.');
    expect(mixed.findings.some((f) => f.ruleId === 'you-need-to')).toBe(true);
    expect(mixed.scoreExplanation).toMatch(/thanked them|said what you did/);
  });
});
