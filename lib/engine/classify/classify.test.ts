import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { PRINCIPLES } from '../principles';
import { defaultPack } from '../../rules/default';
import { parseReplies } from '../../eval/replies';
import type { StructureRule } from '../../rules/schema';
import { abstainReason } from './abstain';
import { contentStem, frameGrams, normalizedWords, sentenceFeatures } from './features';
import { sentenceMarkers } from '../markers';
import { classify, loadClassifier } from './model';
import { labelSentences, replySentences } from './training';
import modelFile from './model.json';

const LEARNED = 'learned-cold-sentence';
const enabledRules = defaultPack.rules;
const analyzer = createAnalyzer(enabledRules);
const COLD = 'Hi Sam,\n\nOur GPS data shows otherwise. Please stop contacting us about this matter.\n\nRegards,\nSupport';

describe('the classifier model file', () => {
  it('loads the shipped model and rejects a bad one, naming the field', () => {
    expect(loadClassifier(modelFile).classes.length).toBeGreaterThan(1);
    expect(() => loadClassifier({ ...modelFile, classes: [{ principle: 'kindness', bias: 0, weights: {} }] })).toThrow(/classes\.0\.principle/);
    expect(() => loadClassifier({ ...modelFile, threshold: 2 })).toThrow(/threshold/);
    const { detector: _d, ...noDetector } = modelFile;
    expect(() => loadClassifier(noDetector)).toThrow(/detector/);
  });

  it('scores with the detector and names the principle whose model scores highest', () => {
    const model = loadClassifier({
      ...modelFile,
      detector: { bias: -2, weights: { 'w:policy': 4 } },
      classes: [
        { principle: 'respect', bias: 0, weights: { 'w:you': 1 } },
        { principle: 'plain-language', bias: 0, weights: { 'w:policy': 2 } },
      ],
    });
    const cold = classify(model, new Map([['w:policy', 1]]));
    expect(cold.principle).toBe('plain-language');
    expect(cold.probability).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(classify(model, new Map([['w:you', 1]])).probability).toBeLessThan(0.5);
    // A feature named like an Object.prototype member is just an unknown feature.
    expect(classify(model, new Map([['constructor', 1], ['__proto__', 1]])).probability).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
  });
});

describe('sentence features', () => {
  it('expands contractions and folds numbers', () => {
    expect(normalizedWords("We can't refund order 55120, you've missed it")).toEqual(['we', 'can', 'not', 'refund', 'order', '0', 'you', 'have', 'missed', 'it']);
    expect(normalizedWords('I’m sure it won’t')).toEqual(['i', 'am', 'sure', 'it', 'will', 'not']);
  });

  it('reads any link as one word, whatever its address', () => {
    expect(normalizedWords('See https://help.example.com/a?b=1 or <url> or www.example.org/x.')).toEqual(['see', 'url', 'or', 'url', 'or', 'url']);
  });

  it('joins a content word\'s tenses and numbers under one stem, and leaves frame and short words out', () => {
    expect(new Set(['refunded', 'refunds', 'refunding', 'refund'].map(contentStem))).toEqual(new Set(['refund']));
    expect(['would', 'unless', 'the', 'card'].map(contentStem)).toEqual([null, null, null, null]);
    const text = 'The parcels were returned to the depot.';
    const stems = [...sentenceFeatures({ text, markers: sentenceMarkers(text, 7), tagged: () => { throw new Error('tagged'); } }, false).keys()].filter((k) => k.startsWith('st:'));
    expect(stems.sort()).toEqual(['st:depot', 'st:parcel', 'st:return']);
  });

  it('reads the shapes the phrase rules miss from the words alone, without the tagger', () => {
    const shapes = (text: string) =>
      [...sentenceFeatures({ text, markers: sentenceMarkers(text, text.split(' ').length), tagged: () => { throw new Error('tagged'); } }, false).keys()].filter((k) => k.startsWith('s:')).sort();
    expect(shapes('You probably entered the code wrong.')).toEqual(['s:speculation']);
    expect(shapes('It looks like you skipped step three.')).toEqual(['s:speculation']);
    expect(shapes('You will have to send the documents again.')).toEqual(['s:youObligation']);
    expect(shapes('Returns are only accepted with a receipt.')).toEqual(['s:only']);
    expect(shapes('We cannot refund it unless the box is sealed.')).toEqual(['s:conditionalRefusal']);
    expect(shapes('Without a reference there is nothing we can check.')).toEqual(['s:conditionalRefusal']);
    expect(shapes('Tickets can be moved until the event starts.')).toEqual([]);
    expect(shapes('That is handled by another team.')).toEqual(['s:deflection']);
    expect(shapes('Processing takes up to 10 weeks.')).toEqual([]);
    expect(shapes('Your RMA is pending QC sign-off.')).toEqual(['s:acronym', 's:acronyms']);
    // Shouting is not jargon.
    expect(shapes('PLEASE SEND IT BACK NOW')).toEqual([]);
    expect(shapes("I'll text you when he's on his way, so you can plan your day.")).toEqual(['s:agentWill', 's:reason']);
    expect(shapes('Could you send me a photo?')).toEqual(['s:question']);
  });

  it('reads the stance of a sentence, whatever its topic: who acts, a closed door, a rule cited, a promise with no time', () => {
    const stance = (text: string) =>
      [...sentenceFeatures({ text, markers: sentenceMarkers(text, text.split(' ').length), tagged: () => { throw new Error('tagged'); } }, false).keys()].filter((k) => k.startsWith('v:')).sort();
    expect(stance("We can't change the date once it is booked.")).toEqual(['v:closedDoor', 'v:subject:agent']);
    expect(stance('That is no longer something we offer.')).toEqual(['v:closedDoor', 'v:subject:thing']);
    expect(stance('You did not fill in the second page.')).toEqual(['v:subject:customer', 'v:youFailed']);
    expect(stance('Under our policy, that is not eligible.')).toEqual(['v:closedDoor', 'v:ruleCited', 'v:subject:thing']);
    expect(stance('The courier decides when they deliver.')).toEqual(['v:otherParty', 'v:subject:other']);
    expect(stance('We will look into it.')).toEqual(['v:futureNoTime', 'v:subject:agent']);
    // The same promise with its time, and a sentence whose subject is a noun: no stance beyond who acts.
    expect(stance('We will call you at 3pm on Friday.')).toEqual(['v:subject:agent']);
    expect(stance('Your parcel is on its way.')).toEqual(['v:subject:none']);
  });

  it('labels a sentence by the must-flag phrases inside it, and leaves a may-flag-only sentence out', () => {
    const text = 'Please note that fees apply. Per our policy, no refunds. Thanks so much!';
    const sentences = replySentences(text);
    const at = text.indexOf('Per our policy');
    const labelled = labelSentences(sentences, [{ span: [at, at + 14], principle: 'plain-language' }], [[0, 16]]);
    expect(labelled.map((s) => [...s.labels])).toEqual([[], ['plain-language'], []]);
    expect(labelled.map((s) => s.ambiguous)).toEqual([true, false, false]);
  });
});

describe('where the learned check abstains', () => {
  const reason = (text: string) => abstainReason(text, sentenceMarkers(text, text.split(' ').length));

  it('stays silent on thanks, apologies and offers of help', () => {
    expect(reason('Thanks for bearing with us while we sort this out.')).toBe('gratitude');
    expect(reason("We're sorry about this.")).toBe('apology');
    expect(reason("We're here to help.")).toBe('offer of help');
    expect(reason("We're glad to assist.")).toBe('offer of help');
    expect(reason('We would be happy to look into that.')).toBe('offer of help');
    expect(reason('Please send us an email and we will assist.')).toBe('offer of help');
    expect(reason('This guide may also help.')).toBe('offer of help');
  });

  it('still reads a refusal behind an apology and a plain cold sentence', () => {
    expect(reason("Sorry, but that's our policy.")).toBeNull();
    expect(reason('Refunds are handled by the payments team, not by us.')).toBeNull();
    expect(reason('Please create a support ticket.')).toBeNull();
  });

  it('reads a refusal or a hand-off dressed as an offer, and "I\'m sure you appreciate…"', () => {
    expect(reason("We're not able to help with refunds here.")).toBeNull();
    expect(reason('I cannot assist with billing questions.')).toBeNull();
    expect(reason('Any questions re refunds should be directed to the organiser.')).toBeNull();
    expect(reason("I'm sure you appreciate we cannot make exceptions.")).toBeNull();
    expect(reason('Servicing cannot be rushed, as I trust you will appreciate.')).toBeNull();
    // …while the kind forms next to them still abstain.
    expect(reason("If you're not able to log in, we're happy to help.")).toBe('offer of help');
    expect(reason('We appreciate you letting us know.')).toBe('gratitude');
    expect(reason('If you have any questions, just reply here.')).toBe('offer of help');
  });
});

describe('the learned check in the analyzer', () => {
  it('never flags the kind sentences it once called cold, inside a warm e-mail', () => {
    for (const kind of ["We're here to help.", "We're glad to assist.", 'We would be happy to look into that.', "We're sorry about this."]) {
      const text = `Hi Dana,\n\nThe courier has your parcel at the depot. ${kind} I've asked them to bring it tomorrow morning.\n\nBest wishes,\nLeo`;
      expect(analyzer.analyze(text).findings.filter((f) => f.ruleId === LEARNED), kind).toEqual([]);
    }
  });

  it('stays silent on a bare redirect that a phrase rule already flags', () => {
    // A whole reply that only sends the customer elsewhere (as 4 of the real social replies do): read-the-docs takes it.
    const text = 'Please refer to: www.example.com/help';
    const findings = analyzer.analyze(text, { channel: 'social' }).findings;
    expect(findings.map((f) => f.ruleId)).toContain('read-the-docs');
    expect(findings.filter((f) => f.ruleId === LEARNED)).toEqual([]);
  });

  it('hints at a cold sentence with its principle and that principle’s own words, without a rewording', () => {
    const learned = analyzer.analyze(COLD).findings.filter((f) => f.ruleId === LEARNED);
    expect(learned.length).toBeGreaterThan(0);
    for (const f of learned) {
      expect(f.severity).toBe('hint');
      expect(f.suggestions).toEqual([]);
      expect(f.text).toBe(COLD.slice(f.start, f.end));
      expect(f.message.startsWith(`${PRINCIPLES[f.principle].name}: `)).toBe(true);
      expect(f.message.toLowerCase()).toContain(PRINCIPLES[f.principle].summary.slice(1, 30).toLowerCase());
    }
  });

  it('never flags a warm sentence of the rule’s own pass examples, nor the signature', () => {
    const warm = "Hi Sam,\n\nI've booked the engineer for Tuesday at 9am and I'll text you when he's on his way.\n\nBest,\nAnna\nRefunds are handled by the payments team, not by us.";
    expect(analyzer.analyze(warm).findings.filter((f) => f.ruleId === LEARNED)).toEqual([]);
  });

  it('speaks only where no phrase rule or sentence check did, on every dev reply', () => {
    const whole = new Set(['greeting-missing', 'next-step-missing', 'acknowledge-feelings', 'wall-of-text']);
    const replies = parseReplies(readFileSync(new URL('../../../data/replies/dev.jsonl', import.meta.url), 'utf8'));
    let learnedCount = 0;
    for (const reply of replies) {
      const { findings } = analyzer.analyze(reply.text, { customerMessage: reply.customerMessage });
      const learned = findings.filter((f) => f.ruleId === LEARNED);
      learnedCount += learned.length;
      expect(learned.length).toBeLessThanOrEqual(2);
      const others = findings.filter((f) => f.ruleId !== LEARNED && !whole.has(f.ruleId));
      for (const l of learned) expect(others.filter((o) => o.start < l.end && l.start < o.end).map((o) => o.ruleId)).toEqual([]);
    }
    expect(learnedCount).toBeGreaterThan(0);
  });

  it('is one rule a pack or the agent can turn on and off, and ships on', () => {
    expect(defaultPack.rules.find((r) => r.id === LEARNED)?.enabled).toBe(true);
    const off = createAnalyzer(defaultPack.rules.map((r) => (r.id === LEARNED ? { ...r, enabled: false } : r)));
    expect(off.analyze(COLD).findings.some((f) => f.ruleId === LEARNED)).toBe(false);
    expect(analyzer.analyze(COLD).findings.some((f) => f.ruleId === LEARNED)).toBe(true);
    expect(analyzer.analyze(COLD, { ignored: { ruleIds: [LEARNED] } }).findings.some((f) => f.ruleId === LEARNED)).toBe(false);
  });

  it('keeps to its cap per reply and its own probability when a pack sets one', () => {
    const rule = enabledRules.find((r): r is StructureRule => r.id === LEARNED && r.kind === 'structure')!;
    const many = Array.from({ length: 6 }, () => COLD.split('\n\n')[1]).join(' ');
    // A low threshold, so the cap (not the model's reading of sentences alone, with no rule beside them) decides.
    const capped = createAnalyzer([{ ...rule, options: { maxPerReply: 1, minProbability: 0.05 } }]).analyze(many).findings;
    expect(capped).toHaveLength(1);
    const strict = createAnalyzer([{ ...rule, options: { minProbability: 0.99 } }]).analyze(COLD).findings;
    const lenient = createAnalyzer([{ ...rule, options: { minProbability: 0.05, maxPerReply: 20 } }]).analyze(COLD).findings;
    expect(strict.length).toBeLessThanOrEqual(lenient.length);
    expect(lenient.length).toBeGreaterThan(0);
  });
});

describe("a sentence's frame (frameGrams)", () => {
  it('keeps who speaks, modals and negation, and folds what the sentence is about', () => {
    const parcel = frameGrams(normalizedWords('You must return the parcel within 14 days.'));
    const ticket = frameGrams(normalizedWords('You must submit the claim form within 30 days.'));
    expect(parcel).toContain('g:you must _');
    expect(parcel).toContain('g:the _ within');
    // Two industries, one shape: the same frame.
    expect(ticket).toEqual(parcel);
    expect(parcel.some((g) => g.includes('parcel') || g === 'g:_ _')).toBe(false);
    expect(frameGrams(normalizedWords("We can't refund it."))).toContain('g:we can not');
  });
});
