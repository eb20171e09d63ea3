/**
 * A rewording that turns "you'll need to…" into "could you…?" must not leave a hedge or stance in front of the question
 * ("I'm afraid could you contact your bank?"): the card then offers advice, not a broken sentence. Sentences written here.
 */
import { describe, expect, it } from 'vitest';
import { rewordingProblems } from './rewording-safety';

const hedgedQuestion = (before: string, after: string) => rewordingProblems(before, after).some((p) => p.includes('asks a question behind a hedge'));

describe('a request written in behind a hedge', () => {
  it.each([
    ["I'm afraid you'll need to contact your bank about that.", "I'm afraid could you contact your bank about that?"],
    ['I think you need to reinstall the app first.', 'I think could you reinstall the app first?'],
    ['Unfortunately you have to send the form again.', 'Unfortunately can you send the form again?'],
    ["We'd recommend you must update the router.", "We'd recommend would you update the router?"],
    ['Honestly you need to clear the cache.', 'Honestly could you clear the cache?'],
  ])('%s → %s is refused', (before, after) => {
    expect(hedgedQuestion(before, after)).toBe(true);
  });

  it.each([
    ["I'm afraid you'll need to contact your bank about that.", "I'm afraid your bank is the one who can reverse that, so could you give them a ring?"],
    ['You need to reinstall the app first.', 'Could you reinstall the app first?'],
    ['Unfortunately you have to send the form again.', 'Unfortunately, could you send the form again?'],
    ['I think we can fix it today.', 'I think we can fix it today, so could you keep the app open?'],
    ['I hope you can see the refund soon.', 'I hope you can see the refund soon.'],
  ])('%s → %s is not refused for that', (before, after) => {
    expect(hedgedQuestion(before, after)).toBe(false);
  });
});
