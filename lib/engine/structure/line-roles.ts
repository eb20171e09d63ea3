/**
 * Session 31: a learned fallback for the reply's tail. After every hand-written rule, the lines at the end of the reply
 * (or just above its quoted history) that the rules still read as the agent's body are scored one by one, from the
 * bottom up, by a small logistic regression over each line's shape, its place and its neighbours' shapes
 * (line-roles.json, written by scripts/train-line-roles.ts on dev layouts and replies, check batches left out). While
 * the model is sure, the line becomes signature or footer; the first line it is not sure of ends the block. It never
 * takes the agent's first line of text (after a greeting alone on its line) and reads at most MAX_TAIL_LINES lines. Pure and
 * linear. **Not shipped**: measured, it marked nothing on the blind layout batches (README, "The learned tail fallback"),
 * so readStructure does not run it and the engine bundles neither this module nor its model; the script, the model file
 * and the tests stay so the experiment can be repeated.
 */
import { z } from 'zod';
import type { Line } from './lines';
import { isGreetingLine } from './patterns';
import type { PartKind } from './types';
import { TRAINING_FIELDS, weightsOf } from '../trained-file';
import { predict } from '../warmth/logistic';

export type LineKind = PartKind | 'blank' | 'agent';

export type FeatureVector = Map<string, number>;

/** How many lines of the tail the fallback reads (a signature or footer the rules missed is short). */
export const MAX_TAIL_LINES = 12;
/** Word features per line: the first words say what a line is ("Registered office…", "This email…", "Sent via…"). */
const MAX_LINE_WORDS = 12;

const PHONE = /\+?\d[\d ().-]{6,}\d/;
const EMAIL = /[\w.+-]@[\w-]+\.[\w.]{2,}/;
const URL = /https?:\/\/|www\.|\b[\w-]+\.(?:com|org|net|io|co|uk|de|fr|au|in|ng|nz|ca)\b/i;
const HANDLE = /(?:^|\s)@[\w.]{2,}/;
const SEPARATOR = /[|·•]| - | – /;

function bucket(n: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && n > edges[b]!) b++;
  return b;
}

/** The shape of one line's content: length, words, capitals, digits, contact details, how it ends. */
function shape(head: string): string[] {
  const words = head.split(/\s+/).filter(Boolean);
  const lettered = words.filter((w) => /\p{L}/u.test(w));
  const capitalised = lettered.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  const letters = head.replace(/[^\p{L}]/gu, '');
  const digits = head.replace(/\D/g, '').length;
  const last = head[head.length - 1] ?? '';
  const out = [
    `len:${bucket(head.length, [3, 10, 25, 50, 90])}`,
    `wc:${bucket(words.length, [1, 2, 3, 5, 9, 19])}`,
    `caps:${lettered.length ? bucket(capitalised / lettered.length, [0, 0.34, 0.67, 0.99]) : 'none'}`,
    `dig:${bucket(digits, [0, 3, 7])}`,
    `end:${/[.!?,:;)]/.test(last) ? last : /\p{L}/u.test(last) ? 'a' : /\d/.test(last) ? '0' : 'x'}`,
  ];
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) out.push('allcaps');
  if (PHONE.test(head)) out.push('phone');
  if (EMAIL.test(head)) out.push('email');
  if (URL.test(head)) out.push('url');
  if (HANDLE.test(head)) out.push('handle');
  if (SEPARATOR.test(head)) out.push('sep');
  if (!/^[\p{L}\p{N}"'“‘(]/u.test(head)) out.push('symbol-start');
  return out;
}

const contact = (head: string) => PHONE.test(head) || EMAIL.test(head) || URL.test(head);

/** The words of a line, lower-cased, digits as "#": what the model weighs beside the shape. */
function lineWords(head: string): string[] {
  return head
    .toLowerCase()
    .replace(/\d+/g, '#')
    .split(/[^\p{L}#'’]+/u)
    .filter(Boolean)
    .slice(0, MAX_LINE_WORDS);
}

function previousContent(lines: readonly Line[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) if (!lines[j]!.blank) return j;
  return null;
}
function nextContent(lines: readonly Line[], i: number): number | null {
  for (let j = i + 1; j < lines.length; j++) if (!lines[j]!.blank) return j;
  return null;
}

/** The rules' reading of a neighbour, in the few classes the model tells apart. */
const kindClass = (kind: LineKind | undefined) => (kind === undefined ? 'none' : kind === 'agent' ? 'agent' : kind);

/**
 * The features of line `i`: its shape and words, how far it is from the end of the reply's own text (`fromEnd`, in
 * lines with content), whether a sign-off stands above it, and its neighbours' shapes and kinds as the rules read them.
 */
export function lineRoleFeatures(lines: readonly Line[], kinds: readonly LineKind[], i: number, fromEnd: number): FeatureVector {
  const f: FeatureVector = new Map();
  const head = lines[i]!.head;
  for (const s of shape(head)) f.set(s, 1);
  const words = lineWords(head);
  for (const w of words) f.set(`w:${w}`, 1);
  if (words[0]) f.set(`start:${words[0]}`, 1);
  f.set(`fromEnd:${Math.min(fromEnd, 8)}`, 1);
  if (lines[i]!.indented) f.set('indented', 1);
  const prev = previousContent(lines, i);
  const next = nextContent(lines, i);
  if (i > 0 && lines[i - 1]!.blank) f.set('blank-above', 1);
  if (i + 1 < lines.length && lines[i + 1]!.blank) f.set('blank-below', 1);
  f.set(`pk:${kindClass(prev === null ? undefined : kinds[prev])}`, 1);
  f.set(`nk:${kindClass(next === null ? undefined : kinds[next])}`, 1);
  if (prev !== null) {
    const p = lines[prev]!.head;
    for (const s of shape(p)) if (s.startsWith('len:') || s.startsWith('end:')) f.set(`p${s}`, 1);
    if (contact(p)) f.set('p:contact', 1);
  }
  if (next !== null) {
    const n = lines[next]!.head;
    for (const s of shape(n)) if (s.startsWith('len:') || s.startsWith('end:')) f.set(`n${s}`, 1);
    if (contact(n)) f.set('n:contact', 1);
  }
  // A sign-off the rules found above (a valediction, a signed name): what stands under it is seldom the body again.
  for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_TAIL_LINES; j--) {
    if (lines[j]!.blank) continue;
    seen++;
    if (kinds[j] === 'sign-off' || kinds[j] === 'signature') {
      f.set('under-sign-off', 1);
      break;
    }
  }
  return f;
}

/**
 * The agent's first line of text, which the fallback never takes: the first line the rules read as the agent's, or the
 * line after it when that one is only a greeting ("Hi Ama,"), so a reply always keeps some of its body.
 */
function firstWords(lines: readonly Line[], kinds: readonly LineKind[]): number {
  const agent = (from: number) => {
    for (let j = from; j < lines.length; j++) if (kinds[j] === 'agent') return j;
    return lines.length;
  };
  const first = agent(0);
  const line = lines[first];
  return line && isGreetingLine(line.head, line.contentEnd - line.contentStart) ? agent(first + 1) : first;
}

/**
 * The tail block the fallback may read: past the blank lines, quoted history, footer and code that end the reply, the
 * lines the rules read as the agent's, bottom up, at most MAX_TAIL_LINES, stopping at any other kind (a sign-off, a
 * signature) or at `stopLine` (a line with an inline tag). The agent's first line of text (firstWords) is never in it.
 * Returns the lines with content, bottom up, each with its place from the end.
 */
export function tailCandidates(lines: readonly Line[], kinds: readonly LineKind[], stopLine: number | null): { line: number; fromEnd: number }[] {
  let i = lines.length - 1;
  while (i >= 0 && (kinds[i] === 'blank' || kinds[i] === 'quote' || kinds[i] === 'footer' || kinds[i] === 'code')) i--;
  const out: { line: number; fromEnd: number }[] = [];
  for (const kept = firstWords(lines, kinds); i > kept && out.length < MAX_TAIL_LINES; i--) {
    if (kinds[i] === 'blank') continue;
    if (kinds[i] !== 'agent' || i === stopLine) break;
    out.push({ line: i, fromEnd: out.length });
  }
  return out;
}

export interface LineRoleModel {
  threshold: number;
  bias: number;
  weights: Map<string, number>;
}

/**
 * Marks the tail block's lines the model is sure of (at `threshold`), bottom up, as signature (under a sign-off or
 * signature) or footer; the first line it is not sure of ends the block. Returns how many lines it marked.
 */
export function applyLineRoles(lines: readonly Line[], kinds: LineKind[], stopLine: number | null, model: Pick<LineRoleModel, 'bias' | 'weights'>, threshold: number): number {
  const sure: number[] = [];
  for (const { line, fromEnd } of tailCandidates(lines, kinds, stopLine)) {
    // The model's probability that the line is not the agent's own text (signature, footer, someone else's).
    if (predict(model, lineRoleFeatures(lines, kinds, line, fromEnd)) < threshold) break;
    sure.push(line);
  }
  // Top down, so a block under a sign-off is signature all through.
  for (const i of [...sure].reverse()) {
    const above = previousContent(lines, i);
    kinds[i] = above !== null && (kinds[above] === 'sign-off' || kinds[above] === 'signature') ? 'signature' : 'footer';
  }
  return sure.length;
}

export const LINE_ROLES_FORMAT = 'rapport-line-roles';

export const lineRolesFileSchema = z.strictObject({
  format: z.literal(LINE_ROLES_FORMAT),
  ...TRAINING_FIELDS,
  steps: z.number().int().positive(),
  minCount: z.number().int().min(1),
  threshold: z.number().min(0).max(1),
  crossValidated: z.record(z.string(), z.union([z.number(), z.string()])),
  bias: z.number().finite(),
  weights: weightsOf(20_000, 'at most 20,000 weights'),
});

export type LineRolesFile = z.infer<typeof lineRolesFileSchema>;

export function readLineRoles(file: LineRolesFile): LineRoleModel {
  return { threshold: file.threshold, bias: file.bias, weights: new Map(Object.entries(file.weights)) };
}
