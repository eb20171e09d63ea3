import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { defaultPack } from '../../rules/default';
import type { Rule } from '../../rules/schema';

const CUSTOMER = "I paid for next-day delivery and my parcel went to a locker 6 miles away. I don't drive. This is ridiculous.";
const acknowledgementOf = (analyzer: ReturnType<typeof createAnalyzer>, text: string) =>
  analyzer.analyze(text, { customerMessage: CUSTOMER }).findings.find((f) => f.ruleId === 'acknowledge-feelings');

const withOptions = (adviceBeside: string[]): Rule[] =>
  defaultPack.rules.map((r) => (r.id === 'acknowledge-feelings' ? ({ ...r, options: { ...(r as { options?: object }).options, adviceBeside } } as Rule) : r));

describe('an acknowledgement beside a line that blames the customer', () => {
  const analyzer = createAnalyzer(defaultPack);
  const blaming = 'Hello Dev,\n\nYou selected the Hollins Road locker at checkout. Customers are responsible for checking the delivery address. I have asked the courier to move it to your door tomorrow.\n\nRegards,\nMarta';
  const ordering = 'Hello Dev,\n\nYou selected the Hollins Road locker at checkout. You need to collect it within 3 days. I have asked the courier to move it to your door tomorrow.\n\nRegards,\nMarta';

  it.each([
    ['a rule put on the customer', 'Customers are responsible for checking the delivery address.'],
    ['a lecture', 'Obviously the locker address was shown at checkout.'],
    ['a repeat rebuke', 'As I said in my last email, the locker was your choice.'],
  ])('is advice, with no line to apply, while %s stands', (_kind, line) => {
    const ack = acknowledgementOf(analyzer, blaming.replace('Customers are responsible for checking the delivery address.', line));
    expect(ack).toBeDefined();
    expect(ack!.suggestions).toEqual([]);
    // Nor a fill-in: an apology the agent confirms reads as false beside the blame as one applied.
    expect(ack!.templates).toBeUndefined();
    expect(ack!.advice).toMatch(/^First reword the lines flagged for blaming/);
  });

  it('offers its line again once the blaming line is gone', () => {
    const fixed = blaming.replace(' Customers are responsible for checking the delivery address.', '');
    expect(acknowledgementOf(analyzer, fixed)!.suggestions.length).toBeGreaterThan(0);
  });

  it('offers its line again once the agent dismissed the blaming line', () => {
    const blamed = analyzer.analyze(blaming, { customerMessage: CUSTOMER }).findings.find((f) => f.ruleId === 'customers-are-responsible')!;
    const ack = analyzer.analyze(blaming, { customerMessage: CUSTOMER, ignored: { phrases: [blamed.text] } }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(ack!.suggestions.length).toBeGreaterThan(0);
  });

  it('drops a fill-in too when the reply blames, and offers it again once the blame is gone', () => {
    // Beside a request for more patience the line is a fill-in the agent confirms.
    const chased = 'I have emailed you three times about my parcel going to the wrong locker and still nothing.';
    const fine = 'Hello Dev,\n\nPlease allow 3 working days for the courier to move it to your door.\n\nRegards,\nMarta';
    const blamed = fine.replace('Please allow', 'Customers are responsible for checking the delivery address. Please allow');
    const ackOf = (text: string) => analyzer.analyze(text, { customerMessage: chased }).findings.find((f) => f.ruleId === 'acknowledge-feelings');
    expect(ackOf(blamed)?.templates).toBeUndefined();
    expect(ackOf(blamed)?.advice).toMatch(/^First reword the lines flagged for blaming/);
    expect(ackOf(fine)?.templates?.length).toBe(1);
  });

  it('is still offered beside an order, which is no blame', () => {
    expect(acknowledgementOf(analyzer, ordering)!.suggestions.length).toBeGreaterThan(0);
  });

  it('follows the pack: with an empty adviceBeside the line is offered beside the blame too', () => {
    const lenient = createAnalyzer(withOptions([]));
    expect(acknowledgementOf(lenient, blaming)!.suggestions.length).toBeGreaterThan(0);
  });
});
