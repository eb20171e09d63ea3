/** The customer's message pasted as plain lines glued to the top of the agent's text (session 48). */
import { describe, expect, it } from 'vitest';
import { readStructure } from './read-structure';
import { splitLines } from './lines';
import type { LineKind } from './line-roles';
import { markRepeatedTop, repeatedWords, wordsWithBoundaries } from './repeated-top';

/** The kind of part the line was read as, with the customer's message known. */
function kindOf(text: string, customerMessage: string, line: string): string | undefined {
  const at = text.indexOf(line);
  return readStructure(text, { customerMessage }).parts.find((p) => p.start <= at && at < p.end)?.kind;
}

describe('a top line that repeats the customer’s message', () => {
  const message = wordsWithBoundaries('Hi there, quick one: do you ship to Norway or only inside the EU? Thanks');

  it('counts a stretch of the message that starts and ends at its sentences or clauses', () => {
    expect(repeatedWords('do you ship to Norway or only inside the EU?', message)).toBe(10);
    expect(repeatedWords('“Do you ship to Norway or only inside the EU?”', message)).toBe(10);
    expect(repeatedWords('💬 hi there, quick one: do you ship to Norway…', message)).toBe(9);
  });

  it('counts no line that starts mid-clause or changes a word', () => {
    expect(repeatedWords('ship to Norway or only inside the EU?', message)).toBe(0);
    expect(repeatedWords('Do we ship to Norway or only inside the EU?', message)).toBe(0);
    expect(repeatedWords('do you ship to Norway', message)).toBe(0);
  });

  it('reads a handle that opens the post as the tool’s prefix', () => {
    const post = wordsWithBoundaries('@Trainly my train was cancelled and nobody knew anything');
    expect(repeatedWords('@Trainly my train was cancelled and nobody knew anything', post)).toBe(8);
    expect(repeatedWords('my train was cancelled and nobody knew anything', post)).toBe(8);
  });

  it('quotes the message glued over the agent’s first line, whole, in part or as a preview', () => {
    const text = "my order 55812 still says processing after 5 days, what is going on\nSorry about the wait! It left our warehouse this morning.";
    expect(kindOf(text, 'my order 55812 still says processing after 5 days, what is going on', 'my order')).toBe('quote');
    expect(kindOf(text, 'my order 55812 still says processing after 5 days, what is going on', 'Sorry about')).toBe('body');
    const preview = 'I was charged twice for the same subscription this month and I…\nThat should not have happened; the second charge is refunded.';
    expect(kindOf(preview, 'I was charged twice for the same subscription this month and I only have one account', 'I was charged')).toBe('quote');
  });

  it('quotes a chat heading with the repeated line under it', () => {
    const text = 'jordan.lee  10:42 AM\ncan you bump our seat count to 25?\n\nDone! You are on 25 seats now.';
    expect(kindOf(text, 'can you bump our seat count to 25?', 'jordan.lee')).toBe('quote');
    expect(kindOf(text, 'can you bump our seat count to 25?', 'Done!')).toBe('body');
  });

  it('keeps the agent’s own first line that restates or answers the question', () => {
    expect(kindOf('Changing the delivery date to Friday?\nNo problem, I have moved it.', 'Can I change the delivery date to Friday?', 'Changing')).toBe('body');
    expect(kindOf('The app crashes when you open the camera?\nPlease update to 5.1.', 'the app crashes when I open the camera', 'The app')).toBe('body');
    expect(kindOf('Yes, it ships tomorrow.\nTracking follows by email.', 'will my order ship tomorrow?', 'Yes, it')).toBe('body');
  });

  it('keeps the agent’s own pleasantry that the customer happened to write too', () => {
    const message = 'Hello again, I hope you are keeping well. The blender lid cracked on day two.';
    expect(kindOf('Hello again, I hope you are keeping well!\nA new lid is in the post today.', message, 'Hello again')).not.toBe('quote');
    expect(kindOf('I hope you are keeping well.\nA new lid is in the post today.', message, 'I hope')).toBe('body');
    expect(kindOf('Thank you so much for your patience.\nThe lid ships today.', 'Thank you so much for your patience. Any news?', 'Thank you')).toBe('body');
    // A line with the customer's facts is still theirs.
    expect(kindOf('The blender lid cracked on day two.\nA new lid is in the post today.', message, 'The blender')).toBe('quote');
  });

  it('marks nothing when the repeat is the whole reply, or a short message echoed', () => {
    expect(kindOf('where is my parcel, it was due Monday', 'where is my parcel, it was due Monday', 'where')).toBe('body');
    expect(kindOf('Thanks!\nYour refund is on its way.', 'Thanks!', 'Thanks!')).toBe('body');
  });

  it('compares only the first lines below with the message (bounded work on a long reply that keeps repeating it)', () => {
    const message = 'The kettle leaks. The base sparks. The lid sticks. The cord frays.';
    const repeats = Array.from({ length: 20 }, (_, i) => ['The kettle leaks.', 'The base sparks.', 'The lid sticks.'][i % 3]).join('\n');
    const text = `The cord frays.\n${repeats}\nA new kettle is on its way.`;
    const lines = splitLines(text);
    const kinds: LineKind[] = lines.map(() => 'agent');
    markRepeatedTop(text, lines, kinds, message);
    // Twenty lines repeat the message too: read as the agent's own draft echoed, not a paste over their reply.
    expect(kinds[0]).toBe('agent');
  });

  it('reads a bare, impersonal line over the repeated message as the paste’s head (session 53)', () => {
    const message = 'The blender I bought last week stopped working after two uses, can I get a replacement?';
    const post = 'Blender dead after two uses at the weekend\nThe blender I bought last week stopped working after two uses, can I get a replacement?\nSo sorry about that! I’ve sent a replacement today.';
    expect(kindOf(post, message, 'Blender dead')).toBe('quote');
    expect(kindOf(post, message, 'The blender I bought')).toBe('quote');
    expect(kindOf(post, message, 'So sorry')).toBe('body');
  });

  it('keeps the agent’s own line over the repeated message: in person, a lead-in, a greeting, or with no repeat under it (session 53)', () => {
    const message = 'The blender I bought last week stopped working after two uses, can I get a replacement?';
    const person = 'I’ve looked into this for you\nThe blender I bought last week stopped working after two uses\nA replacement left today.';
    expect(kindOf(person, message, 'I’ve looked')).toBe('body');
    const leadIn = 'Your message from this morning:\nThe blender I bought last week stopped working after two uses\nA replacement left today.';
    expect(kindOf(leadIn, message, 'Your message')).not.toBe('quote');
    const noRepeat = 'Replacement blender sent today by courier\n\nIt should reach you by Friday.';
    expect(kindOf(noRepeat, message, 'Replacement blender')).toBe('body');
  });
});
