import { describe, expect, it } from 'vitest';
import { doubtfulSpans } from './doubtful-lines';
import { readStructure } from './read-structure';

const doubted = (text: string, customerMessage?: string) =>
  doubtfulSpans(text, readStructure(text, { customerMessage }), customerMessage).map(([s, e]) => text.slice(s, e));

describe('doubtful lines: parts read as the agent’s that their place says are not', () => {
  it('leaves lines under the signed name to the structure pass (the cue was measured and dropped)', () => {
    // Under a sign-off the pass misread, the agent's own lines sit there too: doubting them lost their findings.
    const ps = 'Hi Ann,\n\nYour kettle is on its way.\n\nBest wishes,\nTom\n\nP.S. The spare lid is in the box too.';
    expect(doubted(ps)).toEqual([]);
    expect(doubted('Hi Ann,\n\nYour kettle is on its way.\n\nThanks,\nTom\n\nRefunds are not possible after 14 days.')).toEqual([]);
  });

  it('never doubts the body itself, however cold', () => {
    expect(doubted('Hello,\n\nNo refunds are given after 14 days. That is our policy.')).toEqual([]);
  });

  it('leaves the agent’s own retort above the greeting to the rules (it talks to the customer)', () => {
    expect(doubted('Not our fault, check the tracking.\n\nHi Ann,\n\nYour parcel left today.')).toEqual([]);
  });

  it('doubts a pasted copy of the customer’s message with its heading', () => {
    const message = 'the lid on my kettle snapped off after two days.';
    // A heading with no name in it: one naming the person greeted is read as quoted by the structure pass itself. Typed
    // with its full stop: unpunctuated, "my" over the greeting is quoted by the pass too (opener-below.ts, session 49).
    const text = 'Chat, 09:12\nthe lid on my kettle snapped off after two days.\n\nHi Ann, I’m sorry about that. A new kettle is on its way.';
    // Session 48: the structure pass now quotes a top line that repeats the message, so the net has nothing left there;
    // read without the message, the pass leaves it in the body and the net still doubts it.
    expect(doubted(text, message)).toEqual([]);
    // Session 50: the bare heading glued over a line in person is quoted by the pass too (bare-top.ts), so the net is left
    // the message line under it.
    const spans = doubtfulSpans(text, readStructure(text), message).map(([s, e]) => text.slice(s, e));
    expect(spans).toEqual(['the lid on my kettle snapped off after two days.']);
  });
});
