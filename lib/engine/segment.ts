/**
 * Splits a reply into paragraphs and sentences without NLP, keeping exact UTF-16 offsets.
 * Cheap on purpose: it runs on every keystroke over the whole draft, and the expensive
 * tagging only happens later, per changed sentence.
 */

export interface Sentence {
  start: number;
  /** Exclusive; includes the terminal punctuation, excludes trailing white space. */
  end: number;
  text: string;
  /** Index of the paragraph this sentence belongs to. */
  paragraph: number;
  /** True for a sentence that is alone on its line (a greeting "Hi Anna," or a sign-off). */
  ownLine: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  /** False for code blocks and quoted text, which Rapport never checks. */
  checked: boolean;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  /** Sentences of checked paragraphs only, in text order. */
  sentences: Sentence[];
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nr', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'incl', 'dept', 'ref', 'fig', 'ca', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

/** A sentence longer than this is cut at a comma or space so that no rule ever sees a huge span. */
export const MAX_SENTENCE_LENGTH = 600;

const FENCE = /^\s*(```|~~~)/;
const QUOTE = /^\s*>/;

/** How many lines are split between two questions to `pause` (a clock read per line would cost more than the line). */
const LINES_PER_CHECK = 256;

/** Splits on blank lines; fenced code blocks and e-mail quotes become unchecked paragraphs. */
export function splitParagraphs(text: string): Paragraph[] {
  return drain(paragraphSteps(text, () => false));
}

function* paragraphSteps(text: string, pause: () => boolean): Generator<void, Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let inFence = false;
  // Line by line with indexOf: linear in the text, whatever its mix of breaks and spaces.
  for (let lineStart = 0, lines = 0; lineStart < text.length; lines++) {
    if (lines % LINES_PER_CHECK === LINES_PER_CHECK - 1 && pause()) yield;
    const breakAt = text.indexOf('\n', lineStart);
    const rawEnd = breakAt < 0 ? text.length : breakAt;
    const lineEnd = breakAt >= 0 && rawEnd > lineStart && text[rawEnd - 1] === '\r' ? rawEnd - 1 : rawEnd;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const fenceLine = FENCE.test(line);
    const quoted = !inFence && QUOTE.test(line);
    const lineChecked = !inFence && !fenceLine && !quoted;
    if (blank && !inFence) {
      current = null;
    } else if (current && current.checked === lineChecked) {
      current.end = lineEnd;
    } else {
      current = { start: lineStart, end: lineEnd, checked: lineChecked };
      paragraphs.push(current);
    }
    if (fenceLine) inFence = !inFence;
    if (breakAt < 0) break;
    lineStart = breakAt + 1;
  }
  return paragraphs;
}

/** "2." opening a line is a list item's number, not a sentence: "2. Select column C." is one sentence. */
function isListNumber(text: string, lineStart: number, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= lineStart && i > dotIndex - 4 && /\d/.test(text[i]!)) i--;
  if (i === dotIndex - 1) return false;
  while (i >= lineStart && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < lineStart;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  let i = dotIndex - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dotIndex).toLowerCase();
  // "the 1st." ends a sentence: an ordinal is not the abbreviation "St.".
  if (i >= 0 && /\d/.test(text[i]!)) return false;
  if (word.length === 1 && /[a-z]/.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

/** One sentence of a line, trimmed, cut into pieces when too long (a function of its own, not a closure made per line). */
function pushSentence(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  // Keep every sentence short enough for the matcher; cut at the last comma or space.
  while (e - s > MAX_SENTENCE_LENGTH) {
    const window = text.slice(s, s + MAX_SENTENCE_LENGTH);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
    if (cut < MAX_SENTENCE_LENGTH / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SENTENCE_LENGTH;
    else cut += 1;
    // Never cut a UTF-16 surrogate pair in half.
    if (/[\uDC00-\uDFFF]/.test(text[s + cut] ?? '')) cut -= 1;
    const pieceEnd = s + cut;
    let trimmed = pieceEnd;
    while (trimmed > s && /\s/.test(text[trimmed - 1]!)) trimmed--;
    out.push({ start: s, end: trimmed, text: text.slice(s, trimmed), paragraph, ownLine: false });
    s = pieceEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph, ownLine: false });
}

/** Sentences inside one line of a paragraph. */
function* splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[], pause: () => boolean): Generator<void, void> {
  const first = out.length;
  let start = from;
  // Scan the line alone, by hand, so that a long text stays linear: a regex for "a run of stops,
  // then closing quotes, then a space" re-tries every position of a long "!!!!…x" run (quadratic).
  // A single line can be 100,000 characters: it is split over slices too.
  let pushed = 0;
  for (const end of sentenceEnds(text, from, to)) {
    pushSentence(text, start, end, paragraph, out);
    start = end;
    if (++pushed % LINES_PER_CHECK === 0 && pause()) yield;
  }
  pushSentence(text, start, to, paragraph, out);
  if (out.length - first === 1) out[first]!.ownLine = true;
}

const STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']']);
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Two sentences typed without the space between them ("…by Thursday.Our phone lines…", "Thanks!See you", "…from you.I'll look",
 * "…Desk.FYI, the…"): a word
 * of two or more lower-case letters, the stop, then a capitalised word. "Node.js", "example.com", "St.Ives" and
 * "U.S.A." stay whole.
 */
function isGluedSentence(text: string, runStart: number, next: number, to: number): boolean {
  return (
    next + 1 < to &&
    /\p{Ll}/u.test(text[runStart - 1] ?? '') &&
    /\p{Ll}/u.test(text[runStart - 2] ?? '') &&
    /\p{Lu}/u.test(text[next]!) &&
    (/\p{Ll}/u.test(text[next + 1]!) || (text[next] === 'I' && /[\s'’]/.test(text[next + 1]!)) || isCapitalsWord(text, next, to))
  );
}

/** An acronym opening the glued sentence ("…Service Desk.FYI, the update…"): two to six capitals, then a comma, colon or space. */
function isCapitalsWord(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && i - at < 7 && /\p{Lu}/u.test(text[i]!)) i++;
  return i - at >= 2 && i - at <= 6 && i < to && /[\s,:]/.test(text[i]!);
}

/**
 * Where sentences end inside text[from, to): after a run of . ! ? … and any closing quotes or
 * brackets, when white space or the end of the line follows (so "3.5" and "v2.1" never end one).
 * A lone "." after an abbreviation ("Dr.", "e.g.") or an initial does not end a sentence.
 */
function* sentenceEnds(text: string, from: number, to: number): Generator<number> {
  let i = from;
  while (i < to) {
    if (!STOPS.has(text[i]!)) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < to && STOPS.has(text[i]!)) i++;
    const singleDot = i - runStart === 1 && text[runStart] === '.';
    while (i < to && CLOSERS.has(text[i]!)) i++;
    if (i < to && !isSpace(text[i]) && !isGluedSentence(text, runStart, i, to)) continue;
    if (singleDot && i === runStart + 1 && (isAbbreviation(text, runStart) || isListNumber(text, from, runStart))) continue;
    yield i;
  }
}

export function segment(text: string): Segmentation {
  return drain(segmentSteps(text, () => false));
}

/**
 * The same segmentation, as steps: between groups of lines it asks `pause()` and yields when told,
 * so a page can split a 100,000-character draft over several short tasks.
 */
export function* segmentSteps(text: string, pause: () => boolean): Generator<void, Segmentation> {
  const paragraphs = yield* paragraphSteps(text, pause);
  const sentences: Sentence[] = [];
  let lines = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index]!;
    if (!p.checked) continue;
    // Each line break ends a sentence: greetings and sign-offs usually stand on their own line.
    let lineStart = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i === p.end || text[i] === '\n') {
        yield* splitLine(text, lineStart, i, index, sentences, pause);
        lineStart = i + 1;
        if (++lines % LINES_PER_CHECK === 0 && pause()) yield;
      }
    }
  }
  return { paragraphs, sentences };
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Number of words, counting any run of letters or digits (in any script) as one. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
