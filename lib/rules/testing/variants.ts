/**
 * Meaning-preserving variants of a sentence around a flagged phrase (issue #10 item 1): the same phrase with an
 * introductory word or clause, embedded after a clause, contractions toggled, apostrophes typed otherwise, an adverb
 * inserted, a trailing courtesy, chat style, other end punctuation. Pure and deterministic.
 *
 * A text carries a marked span (the phrase a rule flagged, or the whole first sentence of a near miss): every
 * transform maps the span to where the phrase sits in the variant, and edits only the words around it, or the
 * phrase's function words (a contraction, an adverb between its subject and verb, its case), never its content words.
 */

/** A text and the span of the phrase in it. */
export interface Marked {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One change to a text: remove `remove` characters at `at` and put `insert` there. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export interface Transform {
  readonly id: string;
  /** What it does, for reports. */
  readonly describe: string;
  /**
   * Rules this transform is not applicable to, each with the reason: where the variant really changes what the
   * rule is about (it adds the very words the rule flags, or changes the meaning the rule reads).
   */
  readonly notFor: ReadonlyMap<string, string>;
  /** The edits that make the variant, or null when the transform does not apply to this text. */
  edits(marked: Marked): Edit[] | null;
}

export interface Variant extends Marked {
  readonly transform: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

function tokens(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index < from || m.index >= to) continue;
    out.push({ word: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The bounds of the sentence that holds position `at`: after the last end punctuation or line break before it, to its own end. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  const before = /[.!?…]["'’”)\]]*\s+|\n+/g;
  for (const m of text.slice(0, at).matchAll(before)) start = m.index + m[0].length;
  // The end: a line break, or a run of end punctuation (and closing quotes) before white space or the text's end.
  let stop = text.length;
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\n') {
      stop = i;
      break;
    }
    if (!/[.!?…]/.test(text[i]!)) continue;
    let j = i;
    while (j < text.length && /[.!?…"'’”)\]]/.test(text[j]!)) j++;
    if (j === text.length || /\s/.test(text[j]!)) {
      stop = j;
      break;
    }
    i = j - 1;
  }
  while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
  return { start, end: stop };
}

/** Applies edits (non-overlapping, any order) and maps the marked span through them. */
export function applyEdits(marked: Marked, edits: readonly Edit[]): Marked {
  // From the last edit back, so each edit's position still holds in the text it is applied to.
  // At one position a replacement goes first, so an insertion there lands before it (a clause before a lower-cased letter).
  const sorted = [...edits].sort((a, b) => b.at - a.at || b.remove - a.remove);
  let { text, start, end } = marked;
  for (const e of sorted) {
    const delta = e.insert.length - e.remove;
    const editEnd = e.at + e.remove;
    text = text.slice(0, e.at) + e.insert + text.slice(editEnd);
    // An edit that crosses a bound of the span (a contraction half inside it) is taken into the span.
    if (e.at < end) end = editEnd > end ? e.at + e.insert.length : end + delta;
    if (editEnd <= start) start += delta;
    else if (e.at < start) start = e.at;
  }
  return { text, start, end };
}

/** Puts a clause before the word at `at`, whose first letter is lower-cased unless it is "I", an acronym, or a name the reader would keep. */
function clauseBefore(text: string, at: number, clause: string): Edit[] {
  const word = /^[\p{L}'’]+/u.exec(text.slice(at))?.[0] ?? '';
  const insert = { at, remove: 0, insert: clause };
  if (!word || /^I(['’]|$)/.test(word) || (word.length > 1 && word === word.toUpperCase()) || NAMES_AT_START.test(word)) return [insert];
  return [insert, { at, remove: 1, insert: text[at]!.toLowerCase() }];
}

/** Words at a sentence start that keep their capital after an introductory clause (names of days, months, the salutations). */
const NAMES_AT_START = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Dear|Hi|Hello)$/;

/** Does the sentence already open with this clause (then adding it again is no variant)? */
const opensWith = (text: string, at: number, clause: string) => text.slice(at, at + clause.length).toLowerCase() === clause.toLowerCase();

function introduce(id: string, clause: string, notFor: ReadonlyMap<string, string> = new Map()): Transform {
  return {
    id,
    describe: `"${clause}" before the sentence`,
    notFor,
    edits({ text, start }) {
      const s = sentenceAround(text, start);
      const firstWord = tokens(text, s.start, s.end)[0];
      if (!firstWord || opensWith(text, s.start, clause.replace(/[,;]\s*$/, ''))) return null;
      // A sentence that opens with a salutation or a handle keeps it first ("Hi Sam, unfortunately …" is another shape).
      // A salutation line ("Greetings,") is no sentence to introduce.
      if (/^(?:hi|hello|hey|dear|greetings|good)$/.test(firstWord.lower) || text[s.start] === '@' || /,\s*$/.test(text.slice(s.start, s.end))) return null;
      return clauseBefore(text, firstWord.start, clause);
    },
  };
}

/** Contracted form ↔ its full form. The full forms are matched word by word, case-insensitively. */
const CONTRACTIONS: readonly [full: string, short: string][] = [
  ['we are', "we're"], ['you are', "you're"], ['they are', "they're"], ['i am', "i'm"], ['it is', "it's"], ['that is', "that's"],
  ['do not', "don't"], ['does not', "doesn't"], ['did not', "didn't"], ['cannot', "can't"], ['can not', "can't"], ['will not', "won't"],
  ['is not', "isn't"], ['are not', "aren't"], ['was not', "wasn't"], ['were not', "weren't"], ['have not', "haven't"], ['has not', "hasn't"],
  ['would not', "wouldn't"], ['could not', "couldn't"], ['should not', "shouldn't"], ['we will', "we'll"], ['i will', "i'll"],
  ['you will', "you'll"], ['you have', "you've"], ['we have', "we've"], ['i have', "i've"],
];

/** "have" contracts only as an auxiliary: before a participle or "not"/"been" ("you've sent", not "you've a refund"). */
const AUX_HAVE_NEXT = /^(?:been|not|never|already|just|now|also|got|made|sent|done|had|seen|taken|given|written|\p{L}+ed)$/u;

/** Keeps the case of the original's first letter ("We are" → "We're", "I am" → "I'm"). */
function likeCase(original: string, replacement: string): string {
  if (/^i\b/i.test(replacement) && /^i(['’]|\s|$)/i.test(replacement)) return 'I' + replacement.slice(1);
  if (original === original.toUpperCase() && original.length > 1 && /\p{L}{2}/u.test(original)) return replacement.toUpperCase();
  return original[0] === original[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The edits that contract every full form in the text (left to right, not overlapping). */
function contractEdits(text: string, apostrophe: string): Edit[] {
  const toks = tokens(text);
  const edits: Edit[] = [];
  for (let i = 0; i < toks.length; i++) {
    for (const [full, short] of CONTRACTIONS) {
      const parts = full.split(' ');
      const span = toks.slice(i, i + parts.length);
      if (span.length !== parts.length || !span.every((t, k) => t.lower === parts[k])) continue;
      // Only words next to each other, and not at a sentence end ("as we are." does not contract).
      const gapOk = span.every((t, k) => k === 0 || /^ $/.test(text.slice(span[k - 1]!.end, t.start)));
      const next = toks[i + parts.length];
      const endsHere = !next || /[.!?,;:]/.test(text.slice(span[span.length - 1]!.end, next.start));
      if (!gapOk || endsHere) continue;
      if (parts[1] === 'have' && !AUX_HAVE_NEXT.test(next.lower)) continue;
      // "we will not" is "we won't", "I have not" is "I haven't": the negation contracts first.
      if (/^(?:will|have)$/.test(parts[1] ?? '') && next.lower === 'not') continue;
      const first = span[0]!;
      const last = span[span.length - 1]!;
      edits.push({ at: first.start, remove: last.end - first.start, insert: likeCase(text.slice(first.start, last.end), short.replace("'", apostrophe)) });
      i += parts.length - 1;
      break;
    }
  }
  return edits;
}

/** The edits that write every contraction out in full. "It's"/"that's" before "been" are "has". */
function expandEdits(text: string): Edit[] {
  const toks = tokens(text);
  const edits: Edit[] = [];
  toks.forEach((t, i) => {
    const pair = CONTRACTIONS.find(([full, short]) => short === t.lower && full !== 'can not');
    if (!pair) return;
    let full = pair[0];
    if (/^(?:it|that)'s$/.test(t.lower) && /^(?:been|got)$/.test(toks[i + 1]?.lower ?? '')) full = full.replace(' is', ' has');
    edits.push({ at: t.start, remove: t.end - t.start, insert: likeCase(t.word, full) });
  });
  return edits;
}

/** Negative contractions chat agents type without the apostrophe (never "we'll"/"it's"/"I'm": "well", "its", "im" are other words). */
const BARE_NEGATIVES = /^(?:don|can|won|didn|doesn|isn|aren|wasn|couldn|wouldn|shouldn|haven|hasn)['’]t$/;

const CONTRACT: Transform = {
  id: 'contract',
  describe: 'full forms contracted (we are → we\'re, do not → don\'t, cannot → can\'t …)',
  notFor: new Map(),
  edits: ({ text }) => nonEmpty(contractEdits(text, "'")),
};

const EXPAND: Transform = {
  id: 'expand',
  describe: 'contractions written out (we\'re → we are, don\'t → do not, can\'t → cannot …)',
  notFor: new Map(),
  edits: ({ text }) => nonEmpty(expandEdits(text)),
};

const NO_APOSTROPHE: Transform = {
  id: 'no-apostrophe',
  describe: 'negatives typed without the apostrophe (dont, cant, wont), contracting full forms first',
  notFor: new Map(),
  edits({ text }) {
    const isNegative = (t: string) => BARE_NEGATIVES.test(t.toLowerCase().replace(/nt$/, "n't"));
    const contracted = contractEdits(text, '').filter((e) => isNegative(e.insert));
    const typed = tokens(text).filter((t) => BARE_NEGATIVES.test(t.lower)).map((t) => ({ at: t.start, remove: t.end - t.start, insert: t.word.replace(/['’]/, '') }));
    return nonEmpty([...contracted, ...typed]);
  },
};

const CURLY: Transform = {
  id: 'curly-apostrophe',
  describe: 'straight apostrophes typed curly, or curly ones straight',
  notFor: new Map(),
  edits({ text }) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/(?<=\p{L})['’](?=\p{L})/gu)) edits.push({ at: m.index, remove: 1, insert: m[0] === "'" ? '’' : "'" });
    return nonEmpty(edits);
  },
};

/** The pronouns that open a clause as its subject. "You" and "it" only before an auxiliary (else they are often objects). */
const SUBJECTS = /^(?:i|we|they|he|she)$/;
const AUXILIARIES =
  /^(?:am|is|are|was|were|will|would|can|could|shall|should|must|may|might|have|has|had|do|does|did|cannot|(?:don|doesn|didn|can|won|isn|aren|wasn|weren|haven|hasn|couldn|wouldn|shouldn)'t|(?:i|we|you|they|he|she|it|that)'(?:re|m|ll|ve|s|d))$/;

/** Rules that flag the inserted adverbs themselves, or whose meaning an inserted adverb changes. */
const ADVERB_SENSITIVE: ReadonlyMap<string, string> = new Map([
  ['simply-just-do', 'the rule flags "simply" and "just" themselves'],
  ['clearly-obviously', 'the rule flags talking-down adverbs, the family these belong to'],
]);

/** Words already standing where an adverb would go: a second adverb there reads oddly ("we really therefore cannot"). */
const ADVERB_NEXT = /^(?:\p{L}+ly|therefore|thus|hence|also|still|just|now|never|always|already|not|am|is|are|was|were)$/u;

/** The adverbs inserted; each text gets one of them, chosen by a hash of the text (deterministic, spread over the pack). */
const ADVERBS = ['really', 'currently', 'simply', 'just', 'honestly'] as const;
const adverbFor = (text: string) => ADVERBS[stableHash(text) % ADVERBS.length]!;

const ADVERB_AFTER_SUBJECT: Transform = {
  id: 'adverb-after-subject',
  describe: `an adverb (${ADVERBS.join(', ')}) after the subject pronoun`,
  notFor: ADVERB_SENSITIVE,
  edits({ text, start }) {
    const s = sentenceAround(text, start);
    const toks = tokens(text, s.start, s.end);
    const i = toks.findIndex((t, k) => (SUBJECTS.test(t.lower) || (/^(?:you|it)$/.test(t.lower) && AUXILIARIES.test(toks[k + 1]?.lower ?? ''))) && toks[k + 1] && /^ $/.test(text.slice(t.end, toks[k + 1]!.start)));
    if (i < 0 || ADVERB_NEXT.test(toks[i + 1]!.lower)) return null;
    return [{ at: toks[i]!.end, remove: 0, insert: ` ${adverbFor(text)}` }];
  },
};

/** The auxiliaries that carry their own negation: an adverb after them changes what is denied ("can't really", "can't just"). */
const NEGATIVE_AUXILIARY = /^(?:cannot|\p{L}+n't)$/u;

const ADVERB_AFTER_AUXILIARY: Transform = {
  id: 'adverb-after-auxiliary',
  describe: `an adverb (${ADVERBS.join(', ')}) after the first auxiliary (before its "not"; none after a negative contraction or "do not")`,
  notFor: ADVERB_SENSITIVE,
  edits({ text, start }) {
    const s = sentenceAround(text, start);
    const toks = tokens(text, s.start, s.end);
    const i = toks.findIndex((t) => AUXILIARIES.test(t.lower));
    const aux = toks[i];
    const next = toks[i + 1];
    // Not a question's or a request's opening verb ("Did you …", "Please do the needful"), nor "do"/"have" as a main verb.
    if (i <= 0 || !aux || !next || NEGATIVE_AUXILIARY.test(aux.lower) || /^(?:do|does|did|please)$/.test(aux.lower) || !/^ $/.test(text.slice(aux.end, next.start))) return null;
    if (/^(?:have|has|had)$/.test(aux.lower) && !AUX_HAVE_NEXT.test(next.lower)) return null;
    if (toks[i - 1]!.lower === 'please' || (next.lower !== 'not' && ADVERB_NEXT.test(next.lower))) return null;
    return [{ at: aux.end, remove: 0, insert: ` ${adverbFor(text)}` }];
  },
};

/** A sign-off line ("Kind regards,", "Regards, Support"): what follows it, and the line itself, is a signature, no sentence. */
const SIGN_OFF = /(?:^|\n)[ \t]*(?:(?:kind|best|warm|warmest)[ \t]+regards|regards|best wishes|many thanks|all the best|cheers|sincerely|yours[ \t]+(?:sincerely|faithfully|truly)|best)\b/i;

/** The sentence's end: its final full stop (or where one would go), when the sentence is a plain statement (not a signature line). */
function statementEnd(text: string, at: number): { at: number; stop: boolean } | null {
  const s = sentenceAround(text, at);
  if (SIGN_OFF.test(text.slice(0, s.end))) return null;
  const last = text[s.end - 1];
  if (last === '.' && text[s.end - 2] !== '.') return { at: s.end - 1, stop: true };
  if (last && /[\p{L}\p{N}]/u.test(last)) return { at: s.end, stop: false };
  return null;
}

function trailing(id: string, courtesy: string, notFor: ReadonlyMap<string, string> = new Map()): Transform {
  return {
    id,
    describe: `"${courtesy}" at the end of the sentence`,
    notFor,
    edits({ text, start, end }) {
      const e = statementEnd(text, start);
      // A sentence that thanks already takes no second thanks.
      if (!e || e.at < end || (/thank/i.test(courtesy) && /thank/i.test(text.slice(sentenceAround(text, start).start, e.at)))) return null;
      return [{ at: e.at, remove: e.stop ? 1 : 0, insert: `${courtesy}.` }];
    },
  };
}

function endWith(id: string, mark: string, notFor: ReadonlyMap<string, string> = new Map()): Transform {
  return {
    id,
    describe: `the sentence ends on "${mark}"`,
    notFor,
    edits({ text, start, end }) {
      const e = statementEnd(text, start);
      if (!e || e.at < end) return null;
      return [{ at: e.at, remove: e.stop ? 1 : 0, insert: mark }];
    },
  };
}

const CHAT: Transform = {
  id: 'chat-style',
  describe: 'chat style: all lower case, no final full stop',
  notFor: new Map(),
  edits({ text }) {
    const edits: Edit[] = [];
    for (const m of text.matchAll(/\p{Lu}/gu)) edits.push({ at: m.index, remove: 1, insert: m[0].toLowerCase() });
    const stop = /\.\s*$/.exec(text);
    if (stop && text[stop.index - 1] !== '.') edits.push({ at: stop.index, remove: 1, insert: '' });
    return nonEmpty(edits);
  },
};

const GREETING_LINE: Transform = {
  id: 'greeting-line',
  describe: '"Hi Sam," on its own line above',
  notFor: new Map(),
  edits: ({ text }) => (/^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b/i.test(text) || text.startsWith('@') ? null : [{ at: 0, remove: 0, insert: 'Hi Sam,\n\n' }]),
};

const nonEmpty = (edits: Edit[]) => (edits.length ? edits : null);

/** Rules about the opener "As discussed"/"as mentioned" read the added clause itself. */
const REFERS_BACK: ReadonlyMap<string, string> = new Map([['as-mentioned-before', 'the rule flags "as discussed" itself']]);

/** Every transform, in report order. */
export const TRANSFORMS: readonly Transform[] = [
  introduce('intro:unfortunately', 'Unfortunately, '),
  introduce('intro:to-be-honest', 'To be honest, '),
  introduce('intro:as-discussed', 'As discussed, ', REFERS_BACK),
  introduce('intro:just-so-you-know', 'Just so you know, '),
  GREETING_LINE,
  introduce('after-clause', 'Thanks for waiting; '),
  CONTRACT,
  EXPAND,
  NO_APOSTROPHE,
  CURLY,
  ADVERB_AFTER_SUBJECT,
  ADVERB_AFTER_AUXILIARY,
  trailing('trailing:thanks', ', thanks'),
  trailing('trailing:for-now', ' for now'),
  CHAT,
  endWith('end:exclamation', '!'),
  endWith('end:ellipsis', '…'),
];

/** Every variant of a marked text the transforms make, each applicable transform once, for a rule. */
export function variantsOf(marked: Marked, ruleId: string, transforms: readonly Transform[] = TRANSFORMS): Variant[] {
  const out: Variant[] = [];
  for (const transform of transforms) {
    if (transform.notFor.has(ruleId)) continue;
    const edits = transform.edits(marked);
    if (!edits) continue;
    const variant = applyEdits(marked, edits);
    if (variant.text !== marked.text) out.push({ ...variant, transform: transform.id });
  }
  return out;
}

/** A stable 32-bit hash (FNV-1a) of a string: the seeded sampling of variant × example pairs. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
