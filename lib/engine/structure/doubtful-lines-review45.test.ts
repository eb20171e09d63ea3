import { describe, expect, it } from 'vitest';
import { doubtfulSpans } from './doubtful-lines';
import { readStructure } from './read-structure';

const doubted = (text: string) => doubtfulSpans(text, readStructure(text)).map(([s, e]) => text.slice(s, e).trim());

describe('doubtful lines: the agent’s own terse lines stay theirs (review 45)', () => {
  it('keeps a passive line without a full stop when the agent writes no full stops either (chat style)', () => {
    expect(doubted('Hi Sam\nAs said before the parcel got marked delivered\nThere is nothing more to do')).toEqual([]);
    expect(doubted('Hello Joe\nThe voucher was refused by finance\nNothing else to add')).toEqual([]);
  });

  it('still doubts an app’s event line inside text the agent punctuates', () => {
    expect(doubted('Hi Rui, sorry for the wait.\nLabel urgent added by a workflow\nYour new card is on its way.')).toEqual([
      'Label urgent added by a workflow',
    ]);
  });

  it('keeps the agent’s prose under a sentence of their own about the chat ending', () => {
    expect(doubted('Hi Sam,\nThe chat was closed.\nReturns are not possible.')).toEqual([]);
  });

  it('still doubts what an app adds under its own notice that the agent left', () => {
    // "Please score this conversation…" is read as the app's outright since session 53 (after-chat-ended.ts).
    expect(doubted('Hi Ava, Ben here. I’ve cancelled the order.\nBen left the conversation\nPlease score us from 1 to 5.')).toEqual([
      'Please score us from 1 to 5.',
    ]);
  });
});

describe('doubtful lines: a labelled line under a field block that gives the reader an order is the agent’s (review 45)', () => {
  it('keeps "Reason: Check the size chart before ordering." under the fields', () => {
    const text = 'Hi Sam,\n\nThe exchange was declined.\n\nOrder: 5120\nItem: Boots\nStatus: Declined\nReason: Check the size chart before ordering.\n\nNina';
    expect(doubted(text)).toEqual([]);
  });

  it('still doubts a labelled note about the customer in the third person', () => {
    const text = 'Hi Sam,\n\nThe exchange was declined.\n\nOrder: 5120\nItem: Boots\nStatus: Declined\nComment: client has to bring the boots and the receipt back first\n\nNina';
    expect(doubted(text)).toEqual(['Comment: client has to bring the boots and the receipt back first']);
  });
});
