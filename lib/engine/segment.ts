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

/** Splits on blank lines; fenced code blocks and e-mail quotes become unchecked paragraphs. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lineRe = /[^\n]*(\n|$)/g;
  let current: Paragraph | null = null;
  let inFence = false;
  let match: RegExpExecArray | null;
  while ((match = lineRe.exec(text)) !== null) {
    const lineStart = match.index;
    const raw = match[0];
    if (raw === '') break;
    const line = raw.replace(/\r?\n$/, '');
    const lineEnd = lineStart + line.length;
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
    if (match[1] === '') break;
  }
  return paragraphs;
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

/** Sentences inside one line of a paragraph. */
function splitLine(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const first = out.length;
  let start = from;
  const push = (s: number, e: number) => {
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
  };
  // Scan the line alone so that a long text of many lines stays linear.
  const line = text.slice(from, to);
  const terminal = /[.!?…]+["'’”)\]]*(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = terminal.exec(line)) !== null) {
    const end = from + m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text, from + m.index)) continue;
    // "3.5" or "v2.1" never reach here: the look-ahead needs white space after the stop.
    push(start, end);
    start = end;
  }
  push(start, to);
  if (out.length - first === 1) out[first]!.ownLine = true;
}

export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    if (!p.checked) return;
    // Each line break ends a sentence: greetings and sign-offs usually stand on their own line.
    let lineStart = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i === p.end || text[i] === '\n') {
        splitLine(text, lineStart, i, index, sentences);
        lineStart = i + 1;
      }
    }
  });
  return { paragraphs, sentences };
}

/** Number of words, counting any run of letters or digits (in any script) as one. */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
