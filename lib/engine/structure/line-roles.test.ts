/**
 * Session 31: the learned line-role fallback for the reply's tail (line-roles.ts, line-roles.json written by
 * scripts/train-line-roles.ts). The replies below are written for these tests, none from a data file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLineRoles, lineRolesFileSchema, MAX_TAIL_LINES, readLineRoles, tailCandidates, type LineRoleModel } from './line-roles';
import { readLineKinds } from './read-structure';

const MODEL_PATH = join(__dirname, 'line-roles.json');

/** A model that is sure of exactly the lines holding one of `words`, for testing the fallback's walk. */
const sureOf = (...words: string[]): LineRoleModel => ({ threshold: 0.9, bias: -10, weights: new Map(words.map((w) => [`w:${w}`, 20])) });

/** The kinds after the fallback, by each line's text. */
function fallback(text: string, model: LineRoleModel): { marked: number; kindOf: (line: string) => string | undefined } {
  const { lines, kinds, inline, inlineFooter } = readLineKinds(text);
  const marked = applyLineRoles(lines, kinds, inline?.line ?? inlineFooter?.line ?? null, model, model.threshold);
  return { marked, kindOf: (line) => kinds[lines.findIndex((l) => l.head === line)] };
}

// A company line and a printing tagline under a reply with no sign-off: the hand-written rules read both as body.
const LAGOS = "Hello Tunde,\n\nThe replacement meter is booked for Monday morning and I'll text you the engineer's name on Sunday evening.\n\nLagos Power Distribution PLC. RC 123456.\nThis mailbox is monitored Monday to Friday.";
const PRINT = "Hi Ama,\n\nI've moved your delivery to Saturday and the driver will call 30 minutes before.\n\nPrint only if necessary. Every page counts.";

/** The model file as training wrote it, read the way the fallback reads it. */
const modelFile = () => lineRolesFileSchema.parse(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));

describe('the line-role model file (not shipped: readStructure does not run it)', () => {
  it('is a valid model file under 300 KB', () => {
    expect(statSync(MODEL_PATH).size).toBeLessThan(300_000);
    const file = modelFile();
    expect(file.threshold).toBeGreaterThan(0.5);
    expect(Object.keys(file.weights).length).toBeGreaterThan(100);
    expect(readLineRoles(file).weights.size).toBe(Object.keys(file.weights).length);
  });

  it('is refused when damaged, naming the field', () => {
    expect(() => lineRolesFileSchema.parse({ ...modelFile(), threshold: 2 })).toThrow(/threshold/);
  });

  it.each([
    ["Hi Tom,\n\nYour order left our warehouse this morning.\n\nYou can track it here: https://track.example.com/PX-2231\nHave a lovely weekend, Tom!", 'the last line, with a link above'],
    ["Hey Sam, sorry about the wait! Your new code is ABC-1234 and it works until Friday.\nAny questions, just reply here.", 'a chat reply'],
    ["Dear Mrs Okafor,\n\nI have cancelled the duplicate payment of ₦15,000.\n\nIt should be back in your account within 48 hours.\nCall us on 0700 225 5000 if it is not.", 'a phone number in the agent’s sentence'],
    ["Hi Priya,\n\nI have booked the engineer for Tuesday between 8 and 12.\n\nThanks so much for your patience with this.", 'thanks as the last line'],
    ["G'day Mick,\n\nSwapped the booking to the 14th, deposit carries over.\n\nOffice hours are 8 till 5 if you'd rather ring.", 'hours in the agent’s own words'],
  ])('switched on at its threshold, hides none of the agent’s own last lines (%#: %s)', (text) => {
    expect(fallback(text, readLineRoles(modelFile())).marked).toBe(0);
  });
});

describe('the fallback’s walk over the tail', () => {
  it('reads only the lines the rules left as body at the end, and marks the ones the model is sure of as footer', () => {
    const { marked, kindOf } = fallback(LAGOS, sureOf('plc', 'mailbox'));
    expect(marked).toBe(2);
    expect(kindOf('Lagos Power Distribution PLC. RC 123456.')).toBe('footer');
    expect(kindOf('This mailbox is monitored Monday to Friday.')).toBe('footer');
    expect(kindOf("The replacement meter is booked for Monday morning and I'll text you the engineer's name on Sunday evening.")).toBe('agent');
  });

  it('stops at the first line, bottom up, the model is not sure of', () => {
    // Sure of the company line only: the mailbox line under it ends the block at once.
    expect(fallback(LAGOS, sureOf('plc')).marked).toBe(0);
    expect(fallback(LAGOS, sureOf('mailbox')).kindOf('Lagos Power Distribution PLC. RC 123456.')).toBe('agent');
  });

  it('never takes the agent’s first line of text (under a greeting alone), even when the model is sure of every line', () => {
    const { marked, kindOf } = fallback(PRINT, sureOf('hi', 'moved', 'print'));
    expect(marked).toBe(1);
    expect(kindOf('Hi Ama,')).toBe('agent');
    expect(kindOf("I've moved your delivery to Saturday and the driver will call 30 minutes before.")).toBe('agent');
    const chat = fallback('Sorry about the wait, your new code is ABC-1234.\nLogged by the night shift for the billing desk', sureOf('sorry', 'logged'));
    expect(chat.marked).toBe(1);
    expect(chat.kindOf('Sorry about the wait, your new code is ABC-1234.')).toBe('agent');
  });

  it('marks lines under a sign-off or signature as signature, and walks past quoted history first', () => {
    const text = "Hi Jo,\n\nYour refund went out this morning.\n\nThanks,\nJo\n\nPetal & Post: flowers that say it\n\nOn Mon, 1 Dec 2026 at 09:12, Jo Lee <jo@example.com> wrote:\n> Where is my refund?";
    const { lines, kinds } = readLineKinds(text);
    const petal = lines.findIndex((l) => l.head.startsWith('Petal'));
    expect(kinds[petal]).toBe('signature');
    // As the rules would read it had they missed the tagline: the fallback takes it back, under the signed name.
    kinds[petal] = 'agent';
    expect(applyLineRoles(lines, kinds, null, sureOf('petal'), 0.9)).toBe(1);
    expect(kinds[petal]).toBe('signature');
  });

  it(`reads at most ${MAX_TAIL_LINES} lines, and stops at a line with an inline tag`, () => {
    const body = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of the agent's long update about the order.`).join('\n');
    const { lines, kinds } = readLineKinds(`Hi Jo,\n${body}`);
    expect(tailCandidates(lines, kinds, null)).toHaveLength(MAX_TAIL_LINES);
    expect(tailCandidates(lines, kinds, lines.length - 3).map((c) => c.line)).toEqual([lines.length - 1, lines.length - 2]);
  });
});
