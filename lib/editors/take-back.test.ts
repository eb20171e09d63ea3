import { describe, expect, it } from 'vitest';
import { judgeStart, judgeUndo, MAX_ALIGN_EDITS, planTakeBack, undoesOn } from './take-back';

const REPLY = 'Per our records, there are no outages. You need to restart your router.';
const SENTENCE = 'Per our records, there are no outages.';
/** The greeting Apply: the first sentence replaced by the greeting, an empty line, and the sentence. */
const greeting = planTakeBack(REPLY, 0, SENTENCE.length, `Hi Maria,\n\n${SENTENCE}`);
const GREETED = `Hi Maria,\n\n${REPLY}`;
/** A one-line rewording in the middle of the reply. */
const SPAN = REPLY.indexOf('You need to restart your router');
const rewording = planTakeBack(REPLY, SPAN, SPAN + 'You need to restart your router'.length, 'Could you restart your router?');
const REWORDED = REPLY.replace('You need to restart your router.', 'Could you restart your router?.');

describe('take-back: where the draft stands before the first undo', () => {
  it('is ready when the region holds only the Apply\'s text, whole or in part', () => {
    expect(judgeStart(greeting, GREETED)).toBe('ready');
    expect(judgeStart(greeting, `Hi Maria,\n${REPLY}`)).toBe('ready'); // the editor dropped the empty line
    expect(judgeStart(rewording, REWORDED)).toBe('ready');
  });

  it('needs no undo when the draft already reads as before (a no-break space read as a space)', () => {
    expect(judgeStart(greeting, REPLY)).toBe('reached');
    expect(judgeStart(greeting, REPLY.replace('no outages', 'no\u00a0outages'))).toBe('reached');
  });

  it('does not start when the agent typed inside the region: undoing would take their typing', () => {
    // Typed between the Apply and the take-back, or merged by the editor into the Apply's own undo step: either way the
    // region holds it before the first undo, and reaching the text before the Apply would remove it.
    expect(judgeStart(greeting, `Hi Maria, thanks for waiting\n\n${REPLY}`)).toBe('foreign');
    // A character the greeting holds too, once more than the greeting and the sentence together have.
    expect(judgeStart(greeting, `Hi Mariaaa,\n\n${REPLY}`)).toBe('foreign');
    expect(judgeStart(rewording, REWORDED.replace('Could you', 'Could you please'))).toBe('foreign');
  });

  it('does not start when the agent\'s text beside the region changed', () => {
    expect(judgeStart(rewording, `Hello! ${REWORDED}`)).toBe('outside');
    expect(judgeStart(greeting, `${GREETED} Thanks`)).toBe('outside');
  });
});

describe('take-back: one undo', () => {
  it('reaches the text before the Apply when the undo takes the Apply back', () => {
    expect(judgeUndo(greeting, GREETED, REPLY)).toBe('reached');
    expect(judgeUndo(rewording, REWORDED, REPLY)).toBe('reached');
  });

  it('goes on when the undo takes out part of the Apply, or gives back what the editor tidied away of it', () => {
    expect(judgeUndo(greeting, GREETED, `Hi Maria,\n${REPLY}`)).toBe('closer');
    // The editor deleted the empty line with a step of its own: its undo brings the line back first.
    expect(judgeUndo(greeting, `Hi Maria,\n${REPLY}`, GREETED)).toBe('editor-step');
    expect(undoesOn('closer') && undoesOn('editor-step')).toBe(true);
  });

  it('stops when the undo changed nothing, or changed the agent\'s text outside the region', () => {
    expect(judgeUndo(greeting, GREETED, GREETED)).toBe('unchanged');
    expect(judgeUndo(rewording, REWORDED, REWORDED.replace('Per our records, ', ''))).toBe('outside');
    expect(undoesOn('unchanged') || undoesOn('outside')).toBe(false);
  });

  it('stops when the undo brings text neither the Apply nor the region had, or takes what the region held before', () => {
    // An undo that gives back words the agent deleted inside the region after the Apply: they are the agent's.
    expect(judgeUndo(rewording, REWORDED, REWORDED.replace('Could you', 'Could you kindly'))).toBe('foreign');
    // An undo past the Apply, into the agent's earlier typing of the span's own words.
    expect(judgeUndo(greeting, `Hi Maria,\n${REPLY}`, `Hi Maria,\n${REPLY.replace('no outages.', 'no')}`)).toBe('past-apply');
    expect(undoesOn('foreign') || undoesOn('past-apply')).toBe(false);
  });

  it('stops when the undo brings the region no closer (a step that takes out as much of the Apply as it gives back)', () => {
    expect(judgeUndo(greeting, `Hi Maria,\n${REPLY}`, `Hi Mari,\n\n${REPLY}`)).toBe('no-closer');
    expect(undoesOn('no-closer')).toBe(false);
    // A step that moves the Apply's text puts it where the Apply never had it.
    expect(judgeUndo(greeting, `Hi Maria,\n\n${REPLY}`, `Hi Mar,\n\nia${REPLY}`)).toBe('foreign');
  });
});

describe('take-back: the region is aligned, not counted', () => {
  // The agent's own edits of the Apply's text that leave every character's count as it was: only where each character
  // stands tells them from the Apply's.
  const mary = planTakeBack(REPLY, 0, SENTENCE.length, `Hi Mary,\n\n${SENTENCE}`);
  const ORDER = 'Your order 4521 left our warehouse today.';
  const order = planTakeBack(ORDER, 0, ORDER.length, 'Good news: your order 4521 left our warehouse today!');

  it('does not start when the agent retyped a word of the Apply with the same letters (a name, an order number)', () => {
    expect(judgeStart(mary, `Hi Myra,\n\n${REPLY}`)).toBe('foreign');
    expect(judgeStart(order, 'Good news: your order 4512 left our warehouse today!')).toBe('foreign');
    // Two of the Apply's words swapped round.
    expect(judgeStart(order, 'Good news: your order 4521 left our warehouse today!'.replace('left our warehouse', 'left warehouse our'))).toBe('foreign');
    // The same letters in their places are the Apply's, whole or in part.
    expect(judgeStart(mary, `Hi Mary,\n\n${REPLY}`)).toBe('ready');
    expect(judgeStart(order, 'Good news: your order 4521 left our warehouse today.')).toBe('ready');
  });

  it('stops when an undo gives back the agent\'s word, though the Apply\'s text had the same letters', () => {
    // The agent corrected the name and then deleted it: the undo gives back their "Myra", not the Apply's "Mary".
    expect(judgeUndo(mary, `Hi ,\n\n${REPLY}`, `Hi Myra,\n\n${REPLY}`)).toBe('foreign');
    expect(judgeUndo(order, 'Good news: your order  left our warehouse today!', 'Good news: your order 4512 left our warehouse today!')).toBe('foreign');
    // Giving back the Apply's own name is the undo of an editor's step.
    expect(judgeUndo(mary, `Hi ,\n\n${REPLY}`, `Hi Mary,\n\n${REPLY}`)).toBe('editor-step');
  });

  it('reads an emoji as one character', () => {
    const wave = planTakeBack(REPLY, 0, 0, 'Hi Sam 👋\n\n');
    expect(judgeStart(wave, `Hi Sam 👋\n\n${REPLY}`)).toBe('ready');
    expect(judgeStart(wave, `Hi Sam 👍\n\n${REPLY}`)).toBe('foreign');
    expect(judgeUndo(wave, `Hi Sam 👋\n\n${REPLY}`, `Hi Sam \n\n${REPLY}`)).toBe('closer');
  });
});

describe('take-back: the alignment is bounded', () => {
  // A whole long draft swapped for a different one: aligning them would hold the page's thread for seconds, per undo.
  const words = (seed: number, n: number) => Array.from({ length: n }, (_, i) => ['parcel', 'refund', 'Tuesday', 'sorry', 'tracking', 'depot', 'label'][(i * seed) % 7]).join(' ');
  const long = `${words(3, 900)}.`;
  const other = `${words(5, 900)}!`;
  const plan = planTakeBack(`Hi Ana,\n\n${long}`, 9, 9 + long.length, other);

  it('gives up past its bound, and the take-back neither starts nor undoes', () => {
    expect(long.length + other.length).toBeGreaterThan(2 * MAX_ALIGN_EDITS);
    expect(judgeStart(plan, `Hi Ana,\n\n${other}`)).toBe('foreign');
    expect(judgeUndo(plan, `Hi Ana,\n\n${other}`, `Hi Ana,\n\n${other.slice(0, 3000)}`)).toBe('foreign');
    // Still reached when the draft already reads as before.
    expect(judgeStart(plan, `Hi Ana,\n\n${long}`)).toBe('reached');
  });
});
