/**
 * Let down and left waiting, said as facts: an event called off with the money not back, a repair
 * kept far past the time promised, nobody saying a word. A cancellation asked about, or given as
 * the customer's own reason, is calm.
 */
import { describe, expect, it } from 'vitest';
import { readMood, UPSET_MOODS } from '../mood';

const upset = (message: string) => (readMood(message)?.moods ?? []).some((m) => UPSET_MOODS.includes(m));

describe('let down and left waiting', () => {
  it.each([
    ['an event called off and the money not back', 'The comedy night was cancelled a month ago and I have had no refund.'],
    ['money still not back', 'My order was cancelled on the 2nd and I still do not have the £64.'],
    ['a repair kept past the time promised', 'The laptop has been in for repair for five weeks. You said 7 days.'],
    ['nobody saying a word', 'I sent the meter photos a fortnight ago and no one has said anything since.'],
  ])('reads upset in %s', (_name, message) => {
    expect(upset(message)).toBe(true);
  });

  it.each([
    ['a cancellation asked about', 'If the match is cancelled because of rain, do we get a refund?'],
    ['a cancellation of their own', 'My class was cancelled by me last week, can I book Thursday instead?'],
    ['a cancellation given as their reason', 'Sorry I missed the tasting, because my train was cancelled. Can I join the next one?'],
    ['a repair time asked about', 'How long is a screen repair usually in for? You said 7 days on the phone.'],
  ])('reads no upset in %s', (_name, message) => {
    expect(upset(message)).toBe(false);
  });
});
