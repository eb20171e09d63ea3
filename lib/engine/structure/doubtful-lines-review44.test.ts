import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import { doubtfulSpans } from './doubtful-lines';
import { readStructure } from './read-structure';

const doubted = (text: string) => doubtfulSpans(text, readStructure(text, {}), undefined).map(([s, e]) => text.slice(s, e));
const analyzer = createAnalyzer(defaultPack);

/**
 * Review 44: a paragraph above the greeting that neither says "I" nor "you" was doubted, though an order ("Calm down.",
 * "Relax, it's…") talks to the customer: the agent's own cold line above "Hi" in a chat lost its warning.
 */
describe('doubtful lines: an order above the greeting is the agent’s (review44)', () => {
  it('keeps the warning on "Calm down" above an inline chat greeting', () => {
    const text = 'Calm down please.\n\nHi Ann, the parcel left the depot today.';
    expect(doubted(text)).toEqual([]);
    expect(analyzer.analyze(text, { channel: 'chat' }).findings.map((f) => f.ruleId)).toContain('calm-down');
  });

  it('keeps an order opening a later sentence of the paragraph', () => {
    expect(doubted('Honestly. Relax, it is only a toaster.\n\nHello Ann, the parcel left today.')).toEqual([]);
  });

  it('keeps one line of the agent’s own sentences above the greeting, and its findings', () => {
    expect(doubted('Obviously nobody read the manual.\n\nHi Ann, the parcel left today.')).toEqual([]);
    expect(doubted('Policy is policy. No exceptions.\n\nGood morning Ann,\n\nThe parcel left today.')).toEqual([]);
    const text = 'Ticket closed.\n\nHi there, the parcel left today.';
    expect(analyzer.analyze(text, { channel: 'chat' }).findings.map((f) => f.ruleId)).toContain('ticket-closed');
  });

  it('still doubts a pasted heading and post with no order in them', () => {
    // The heading names someone the reply does not greet, so the structure pass leaves it to the safety net (a heading
    // naming the person greeted is read as quoted by the structure pass itself: addressee-header.test.ts).
    // Session 49: unpunctuated lines over the agent's opening (here "Hi Ann,") are now quoted by the pass itself
    // (opener-below.ts), so the net has nothing left there; a post ending on its "!" is still the net's to doubt.
    const text = 'Order 4471 - Mrs Brown\nTerrible service from Acme!! Worst shop ever\n\nHi Ann, the parcel left today.';
    expect(doubted(text)).toEqual([]);
    expect(readStructure(text).parts[0]).toMatchObject({ kind: 'quote', start: 0 });
    const exclaimed = 'Order 4471 - Mrs Brown\nTerrible service from Acme!! Worst shop ever!\n\nHi Ann, the parcel left today.';
    expect(doubted(exclaimed)).toEqual(['Order 4471 - Mrs Brown\nTerrible service from Acme!! Worst shop ever!']);
  });
});
