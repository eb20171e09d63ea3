/**
 * Plain language (issue #10): an internal code or acronym the customer was never told the meaning of ("Your RMA is
 * pending DCV", "Ticket moved to L2 for RCA", "The SKU is EOL", "awaiting the 3PL's POD"). One detector by the token's
 * shape instead of a list of codes: capitals of 2–6 letters (INC, DSLAM, U&E), letters mixed with digits (L2, P3, 3PL,
 * G99, W1/M1), a mixed-case acronym (CoC, IdP, RoMM) or a dotted abbreviation (T.B.C.). compromise tags few of these as
 * #Acronym, so the shape is read from the characters.
 *
 * Not a code: an acronym customers know (the rule's `known` list: PDF, PIN, ATM, VAT…), a name compromise knows (BMW,
 * IKEA, NASA, USA), a word in capitals that is English (RUSH, NOTE: shouting is another rule), a code the reply
 * explains ("return authorisation (RMA)", "MPAN (the number on your meter)", "Return Merchandise Authorisation, or
 * RMA", "NCD stands for…", "your PAC, the code your new network needs,", "PAC is attached. That's the code…"), a
 * product's name before a product word ("the XR plan"), one the customer is asked to quote, one the customer used
 * first, a reference, order, booking or model number ("booking QX7RBT", "RMA-55821", "BMW X3", "seat 14C"), words in
 * quotation marks, greetings, sign-offs, signatures and quoted history. One hint per sentence, naming its codes; advice
 * only: only the agent knows what a code means.
 */
import { z } from 'zod';
import { nlp } from '../../nlp/nlp';
import { own, type Dictionary } from '../untrusted';
import type { CheckContext, StructureCheck } from './context';

export const codesOptions = z.object({
  /** Acronyms and abbreviations customers know (PDF, PIN, ATM…), case-insensitive: never flagged. */
  known: z.array(z.string().min(1).max(12)).max(800).default([]),
  /** Advice shown under the hint, `{codes}` standing for the codes found ("DLM and CRC"). Never applied. */
  advice: z.string().min(10).max(240).default('Say what {codes} means for the customer in everyday words, or spell it out the first time you use it.'),
  /**
   * How many different unexplained codes the reply must hold before any is flagged. A reply written in codes ("escalated
   * to L2 for RCA", "the ASN didn't match, so it went on a GRN") loses the customer; one local term in an otherwise plain
   * reply (a rail booking's PNR, a bank's name in capitals) is usually read without help.
   */
  minCodes: z.number().int().min(1).max(5).default(1),
  /**
   * While the rule is off, its detector still adds a code's advice to another principle's card on the same sentence
   * (codes-evidence.ts). The rule ships off, so "off" alone cannot say a lead wants none of it: false stops the advice
   * too, as the rule's `channels.<channel>.enabled: false` does in that channel.
   */
  onOtherCards: z.boolean().default(true),
  /**
   * While the rule is off, a code still gets a hint of its own in a reply that already holds a warning or a suggestion
   * (session 52): a reply cold elsewhere is written in the office's voice, and its codes are part of it ("Your MPAN is
   * not yet registered", "The ASN didn't match"), where a warm reply's one local term (a rail booking's PNR) is read
   * without help. False keeps the rule silent on its own while off.
   */
  inColdReplies: z.boolean().default(true),
});

/** The shapes of an internal code, read from one word part (no spaces, slashes or hyphens inside). */
const CAPITALS = /^[A-Z]{2,6}$/;
const CAPITALS_WITH_AMPERSAND = /^[A-Z]{1,3}&[A-Z]{1,3}$/;
/** CoC, SoL, IdP, RoMM, ToS: capitals with single small letters between them, ending on a capital. */
const MIXED_CASE = /^[A-Z](?:[a-z]?[A-Z]){1,3}$/;
const LETTERS_AND_DIGITS = /^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,5}$/;
const DOTTED = /^(?:[A-Za-z]\.){2,4}$/;
/** Letters and digits that are no code: 4K, 5G, 3D, 1ST, 10AM, seat 14C, Q3, H1, FY24, roman numerals, a season or episode (S5, E3). */
const NOT_A_CODE = /^(?:\d+(?:AM|PM|K|G|D|X|ST|ND|RD|TH|[A-Z])|Q[1-4]|H[12]|FY\d{2,4}|[IVX]{2,4}|[SE]\d{1,2})$/;
/** A quantity with its unit: 30GB, 2GB, 6HR, 12V, 500ML; or any two digits or more before letters. */
const QUANTITY = /^(?:\d+(?:GB|MB|KB|TB|HRS?|MINS?|SECS?|KG|KM|MM|CM|ML|KWH?|MW|MPH|GHZ|MHZ|FPS|MP|V|W|L|P|PX|DPI|LBS?|OZ|FT|IN)|\d{2,}[A-Z]+)$/;

/** Is this one word part shaped like an internal code or acronym? Pure: reads only the characters. Three digits make a flight, model or reference number (SM482). */
export function codeShaped(part: string): boolean {
  if (NOT_A_CODE.test(part) || QUANTITY.test(part) || /\d{3}/.test(part)) return false;
  return CAPITALS.test(part) || CAPITALS_WITH_AMPERSAND.test(part) || MIXED_CASE.test(part) || LETTERS_AND_DIGITS.test(part) || DOTTED.test(part);
}

/** A word before the token that makes it a reference, order, booking, model or place number: "booking QX7RBT", "gate B12". */
const REFERENCE_WORD =
  /(?:^|[\s(])(?:ref(?:erence)?|booking|order|tracking|ticket|case|claim|invoice|account|acct|policy|number|no\.|code|id|flight|model|serial|postcode|zip|gate|seat|row|room|flat|apartment|unit|platform|junction|exit|bay|aisle|terminal|stand|zone|level|floor|block|size|sizes|version|route|bus|train|pnr|confirmation|voucher|coupon|promo|sku|part|item|lot|batch|plate|reg|registration|error|type|grade|band|class|form|section|clause|schedule|appendix|annex|step|option|channel|door|desk|counter|pitch|plot|berth|cabin|deck|car|coach|carriage|building|house|suite|phase|stage|tier)$/i;
/** The words before the token, less a trailing "#", ":", "number", "no.", "is" or "was": "booking number: QX7RBT". */
function referenceBefore(before: string): boolean {
  let b = trimEndOf(before, ' #:');
  const label = /\b(?:number|no\.?|is|was)$/i.exec(b);
  if (label) b = trimEndOf(b.slice(0, label.index), ' #:.');
  return REFERENCE_WORD.test(trimEndOf(b, '.'));
}

/** The text without any of these characters at its end (a loop: no regex backtracking). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}
/** The token is what the customer types or the start of a number they read: "text PAC to 65075", "press WPS", "starting with GWF". */
const TYPED_BEFORE = /\b(?:text|send|reply|type|enter|dial|key in|press|tap|click|select|choose|hit|quote|cite|start(?:s|ing)? with|begins? with|beginning with|prefix(?:ed)?(?: with| by)?)\s*$/i;
/** A product or brand name goes on in capitals: "K5 Mini", "GTA Online", "YT Premium". */
const NAME_AFTER = /^\s(?:[A-Z][a-z]+|\d+\b)/;
/** A last word on its own, or after a link: initials signed under a post ("…<url> HRB", "- J&M", "JM ✌️"), not a code the sentence is about. */
const SIGNED_INITIALS = /(?:^|[.!?>)~–—-]|https?:\/\/\S+)\s*$/;
/** A clock time before the token makes it a time zone: "5pm KST", "18:00 WIB". */
const CLOCK_BEFORE = /\b\d{1,2}(?::\d{2}\s?|\s?)[ap]\.?m\.?\s$|\b\d{1,2}:\d{2}\s$/i;
/** An amount after the token makes it a currency: "KES 38,500", "MXN 3,360", "THB 1,250.00". */
const AMOUNT_AFTER = /^\s?\d{1,3}(?:,\d{3})+|^\s?\d+\.\d{2}\b/;
/** A currency sign in letters joined to its amount: "R60", "RM18", "Rs450". */
const CURRENCY_AMOUNT = /^(?:R|RM|RS)\d{2,}$/i;
/** The inward half of a postcode after the token: "SW1A 1AA". */
const POSTCODE_AFTER = /^\s\d[A-Z]{2}\b/;
/** The customer will see or type it: in quotation marks. */
const QUOTE_BEFORE = /["“‘'«]$/;
const QUOTE_AFTER = /^["”’'»]/;
/** Words that say what a code means right after it: "NCD, which means…", "RGP stands for…", "PAC (porting code)". */
const MEANING_AFTER =
  /^\s*(?:,\s*)?(?:(?:which|that) (?:is|means|stands for)|i\.e\.)|^\s+(?:means|stands for|is short for|is an abbreviation)|^\s*[(:–—-]\s*(?:the |a |an |your |our )?[a-z]/i;
const MEANING_BEFORE = /(?:stands for|short for|known as|called|\()\s*(?:the |an? )?$/i;
/**
 * An appositive or a gloss after the code says what it is: "your PAC, a code that keeps your number,", "NAR, meaning no
 * action needed", "the DNO (the company that runs the cables)". A lower-case noun phrase after the comma, not another code,
 * and not a new clause with its own verb (review 45): "KVR, the bank will release it" says nothing of KVR.
 */
const APPOSITIVE_AFTER =
  /^,\s*(?:(?:an?|the|your|our) (?![a-z]+(?: [a-z]+)? (?:will|would|can|could|should|shall|may|might|must|is|are|was|were|has|have|had|does|did|do)\b)[a-z][a-z -]{2,60}[,.;]|(?:meaning|in other words|in plain words|or in plain english|aka)\b)/i;
/**
 * The next sentence says what it is: "Your PAC is attached. That's the code your new network asks for." "…sits with L2.
 * It means our second-line engineers have it." A pronoun for the code, then what it means, or "this/that is" a noun
 * phrase. Not "It is a busy month" or "That's what we see": "it is" and "that's what" tell of something else (review 45).
 */
const MEANING_NEXT =
  /^[^.!?]{0,60}[.!?]\s+(?:(?:this|that|it|these|those)\s+(?:means|stands for|is short for)\s|(?:this|that|these|those)(?:\s+(?:is|are)|['’]s)\s+(?:the|a|an|our|your)\s+[a-z])/i;
/** A product word after it makes it the product's name: "the XR plan", "our GT range", "the K5 model". */
const PRODUCT_WORD_AFTER = /^\s(?:model|models|range|series|edition|plan|plans|tier|bundle|package|kit|app|card|membership|subscription|collection|console|headset|handset|router|phone|laptop|printer|camera|lens|controller|charger|speaker|mattress|sofa|pram|car|bike|engine)\b/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FILLER = new Set(['of', 'and', 'for', 'the', 'to', 'on', 'in', 'at', 'by', '&']);

/** compromise's lexicon: a word it knows (English, or a name it tags as an organisation or a place). */
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Dictionary<string | string[]> } } }).model.one.lexicon;
function lexiconTags(word: string): string {
  const tags = own(LEXICON, word);
  if (tags === undefined) return '';
  return Array.isArray(tags) ? tags.join(' ') : String(tags);
}

/** The token is a word in capitals (shouted: NOTE, RUSH, NOT) or a name compromise knows (BMW, NASA, USA), not a code. */
function knownWordOrName(part: string): boolean {
  if (!/^[A-Za-z&]+$/.test(part)) return false;
  const tags = lexiconTags(part.toLowerCase());
  // A short plain noun in capitals is a code far more often than a shouted word: ICE, POL, TAT.
  if (part.length <= 3 && /^(?:Singular|Uncountable|Noun|Plural)$/.test(tags)) return false;
  return tags !== '';
}

/** Do the words just before (reversed: nearest first) or after the token spell its letters? "Return Merchandise Authorisation (RMA)". */
function initialsSpell(words: string[], letters: string): boolean {
  let i = 0;
  for (const word of words) {
    if (i === letters.length) break;
    const w = word.toLowerCase();
    if (w[0] === letters[i]) i++;
    else if (!FILLER.has(w)) return false;
  }
  return i === letters.length;
}

function explainedAt(text: string, at: number, token: string): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(at + token.length, at + token.length + 140);
  // Told what to do with it is told enough: "a PAC code… text PAC to 65075".
  if (MEANING_AFTER.test(after) || MEANING_BEFORE.test(before) || TYPED_BEFORE.test(before)) return true;
  if (APPOSITIVE_AFTER.test(after) || MEANING_NEXT.test(after)) return true;
  const letters = token.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters.length !== token.replace(/[^A-Za-z0-9]/g, '').length) return false;
  // The words spelled out beside it, with "(", ", or", " or" between: "Return Merchandise Authorisation (RMA)", "RMA, or return authorisation…".
  let near = trimEndOf(before, ' (,');
  if (/\bor$/.test(near)) near = trimEndOf(near.slice(0, -2), ' ,');
  let next = trimStartOf(after, ' ),(:');
  if (/^or\b/.test(next)) next = next.slice(2);
  const wordsBefore = near.match(/[A-Za-z&]+/g)?.reverse() ?? [];
  const wordsAfter = next.match(/[A-Za-z&]+/g) ?? [];
  return initialsSpell(wordsBefore, [...letters].reverse().join('')) || initialsSpell(wordsAfter, letters);
}

/** Is the code explained anywhere in the reply, at any of its occurrences? */
function explainedInReply(text: string, token: string): boolean {
  const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?![A-Za-z0-9])`, 'g');
  for (const m of text.matchAll(re)) if (explainedAt(text, m.index, token)) return true;
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Did the customer write it first? Exact case, or any case for four letters or more ("pac" is not "PAC"'s only spelling). */
function usedByCustomer(message: string | undefined, token: string): boolean {
  if (!message) return false;
  const flags = token.length >= 4 ? 'i' : '';
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?![A-Za-z0-9])`, flags).test(message);
}

const ASKS_WHAT_IT_MEANS = /\b(?:means?|meaning|stands? for)\b|\bwhat(?:['’]s| is| are)? (?:that|this|it|these|those)\b|\bwhat\?/i;
/**
 * Whether every acronym in a finding's words is one the customer wrote first ("my phone says SOS only" answered "If it
 * still says SOS, restart it"): their own word said back is no internal code of ours. Words with no acronym never are.
 */
export function onlyCodesTheyWrote(words: string, message: string | undefined): boolean {
  // A customer who asks what it means ("the EOB shows CPT 99285, what is that?") is owed the meaning, not the code back.
  if (!message || ASKS_WHAT_IT_MEANS.test(message)) return false;
  const codes = words.match(/(?<![A-Za-z0-9])[A-Z][A-Z0-9&]{1,7}(?![A-Za-z0-9])/g);
  return codes !== null && codes.every((code) => usedByCustomer(message, code));
}

interface Token {
  start: number;
  end: number;
  /** The part that is the code, in the reply's spelling (plural "s" and possessive cut). */
  code: string;
}

/** The code-shaped parts of one sentence, with their offsets in it; words that are links, handles or initials are left out. */
export function codeTokens(sentence: string): Token[] {
  const found: Token[] = [];
  for (const m of sentence.matchAll(/\S+/g)) {
    const raw = m[0];
    // Links, e-mail addresses, @handles, #tags and signed initials ("^JR", "-TB") are no codes.
    if (/@|:\/\/|www\.|^[#^*~/–—-]/.test(raw)) continue;
    const lead = /^[("'“‘[]*/.exec(raw)![0].length;
    let body = trimEndOf(raw.slice(lead), ')"\'”’],;:!?');
    if (!DOTTED.test(body)) body = trimEndOf(body, '.');
    if (!body) continue;
    const at = m.index + lead;
    // A hyphenated number is a reference: "RMA-55821", "CLM-2024-0093", "INC-5530", "WH-1000XM5".
    if (body.includes('-') && (/\d{3}/.test(body) || body.split('-').filter((p) => /\d/.test(p)).length >= 2)) continue;
    let offset = 0;
    for (const piece of body.split(/([/-])/)) {
      const pieceAt = offset;
      offset += piece.length;
      if (piece === '/' || piece === '-' || !piece) continue;
      const code = piece.replace(/['’]s$/, '').replace(/(?<=[A-Z])s$/, '');
      if (code.length < 2 || !codeShaped(code)) continue;
      found.push({ start: at + pieceAt, end: at + pieceAt + code.length, code });
    }
  }
  return found;
}

/** A model name after a brand or product word: "BMW X3", "Galaxy S24", "Golf DSG", "Ridgeline GTX". */
function modelAfterName(sentence: string, start: number): boolean {
  const m = /(?:^|\s)([A-Za-z][A-Za-z]+)\s$/.exec(sentence.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  const word = m[1]!;
  const sentenceStart = sentence.slice(0, start).trim() === word;
  return (!sentenceStart && /^[A-Z]/.test(word) && /[a-z]/.test(word)) || /Organization/.test(lexiconTags(word.toLowerCase())) || /^[a-z]+[A-Z]/.test(word);
}

/**
 * The customer's own words for a code, where their message spells it out ("proof of delivery" for POD): the words as
 * they wrote them, a capital dropped where it only started their sentence. Null when they did not.
 */
export function customersWordsFor(code: string, message: string | undefined): string | null {
  if (!message || /[^A-Za-z0-9]/.test(code) || /\d\d/.test(code)) return null;
  const letters = code.toLowerCase();
  const words = [...message.matchAll(/[A-Za-z0-9][A-Za-z0-9'’]*/g)];
  // A digit stands for its number word or itself: "2SV" is "two step verification".
  const stands = (word: string, c: string) => (/\d/.test(c) ? word === c || word === NUMBER_WORDS[Number(c)] : word[0] === c);
  for (let i = 0; i < words.length; i++) {
    if (!stands(words[i]![0].toLowerCase(), letters[0]!)) continue;
    let k = 0;
    let j = i;
    for (; j < words.length && k < letters.length; j++) {
      const w = words[j]![0].toLowerCase();
      if (stands(w, letters[k]!)) k++;
      else if (!FILLER.has(w) || j === i) break;
    }
    if (k < letters.length || j - i < 2) continue;
    const from = words[i]!.index;
    const phrase = message.slice(from, words[j - 1]!.index + words[j - 1]![0].length);
    if (/[.!?;:,()]/.test(phrase)) continue;
    const startsSentence = /(?:^|[.!?]\s+)$/.test(message.slice(Math.max(0, from - 3), from));
    return startsSentence && /^[A-Z][a-z]/.test(phrase) ? phrase[0]!.toLowerCase() + phrase.slice(1) : phrase;
  }
  return null;
}

/**
 * The flagged words with each code in the customer's own words, where every code of the hit has them (a rewording the
 * coach can make itself: the customer said what it means); else none, and the hit is advice only.
 */
function inCustomersWords(span: string, offset: number, tokens: Token[], message: string | undefined): string[] {
  let out = '';
  let at = 0;
  for (const t of tokens) {
    const words = customersWordsFor(t.code, message);
    if (words === null) return [];
    const from = t.start - offset;
    const whole = span.slice(from, from + t.code.length);
    out += span.slice(at, from) + (from === 0 && offset === 0 ? words[0]!.toUpperCase() + words.slice(1) : words);
    at = from + whole.length;
  }
  return [out + span.slice(at)];
}

/** An unexplained code at its place in the reply. */
export interface CodeAt {
  start: number;
  end: number;
  code: string;
}

/**
 * The codes in the reply's own sentences that the customer is left to decode, by sentence (each code at its first
 * place only), leaving out those a plain-language phrase finding already covers; none when the reply holds fewer than
 * `minCodes`. The codes check's hits, and the evidence a card of another principle carries (analyzer.ts, `codesIn`).
 */
export function unexplainedCodes(ctx: CheckContext, options: z.output<typeof codesOptions>): CodeAt[][] {
  const known = new Set(options.known.map((k) => k.toUpperCase()));
  const seen = new Set<string>();
  // Every code left unexplained, also those another plain-language finding already covers: the reply's density.
  const unexplained = new Set<string>();
  const bySentence: CodeAt[][] = [];
  for (const s of ctx.sentences) {
    if (s.part !== 'body' && s.part !== 'list-item') continue;
    const letters = s.text.replace(/[^A-Za-z]/g, '');
    // A sentence in capitals is shouting (another rule), not a row of codes.
    if (letters.length >= 12 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.6) continue;
    const inSentence: CodeAt[] = [];
    for (const t of codeTokens(s.text)) {
      const key = t.code.toUpperCase();
      if (seen.has(key) || known.has(key) || known.has(key.replace(/\./g, ''))) continue;
      if (/^[A-Z]/.test(t.code) && !/\d/.test(t.code) && knownWordOrName(t.code)) continue;
      const before = s.text.slice(0, t.start);
      const after = s.text.slice(t.end);
      if (referenceBefore(before) || TYPED_BEFORE.test(before) || POSTCODE_AFTER.test(after)) continue;
      if (CLOCK_BEFORE.test(before) || AMOUNT_AFTER.test(after) || CURRENCY_AMOUNT.test(t.code)) continue;
      if ((NAME_AFTER.test(after) && (/\d/.test(t.code) || /^\s[A-Z][a-z]/.test(after))) || /^\s?\d{3}/.test(after)) continue;
      // The agent's initials at the very end of a post: "…<url> HRB".
      if (SIGNED_INITIALS.test(before) && !/[A-Za-z0-9]/.test(ctx.text.slice(s.start + t.end))) continue;
      if (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after.replace(/^s/, ''))) continue;
      if (modelAfterName(s.text, t.start) || PRODUCT_WORD_AFTER.test(after)) continue;
      if (usedByCustomer(ctx.customerMessage, t.code) || explainedInReply(ctx.text, t.code)) continue;
      const start = s.start + t.start;
      unexplained.add(key);
      if (ctx.flaggedPrinciples?.(start, start + t.code.length).has('plain-language')) continue;
      seen.add(key);
      inSentence.push({ start, end: start + t.code.length, code: t.code });
    }
    if (inSentence.length) bySentence.push(inSentence);
  }
  return unexplained.size >= options.minCodes ? bySentence : [];
}

/** The codes' advice with their names in it: "DLM and CRC". */
export function codesAdvice(options: z.output<typeof codesOptions>, names: readonly string[]): string {
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  // "Say what T2 and L2 mean": the stock advice's verb agrees with a list of codes (a lead's own wording is kept as written).
  const advice = names.length > 1 ? options.advice.replaceAll('{codes} means', '{codes} mean') : options.advice;
  // Every {codes} of a lead's wording, and the names as written (a function: no "$&" read from the text).
  return advice.replaceAll('{codes}', () => list);
}

/** The codes in the reply's own sentences that the customer is left to decode, one hit per sentence. */
export const codes: StructureCheck<z.output<typeof codesOptions>> = {
  run(ctx, options) {
    return unexplainedCodes(ctx, options).map((inSentence) => {
      const start = inSentence[0]!.start;
      const end = inSentence[inSentence.length - 1]!.end;
      const sentenceStart = ctx.sentences.find((s) => s.start <= start && end <= s.end)!.start;
      const tokens = inSentence.map((t) => ({ start: t.start - sentenceStart, end: t.end - sentenceStart, code: t.code }));
      return {
        start,
        end,
        suggestions: inCustomersWords(ctx.text.slice(start, end), start - sentenceStart, tokens, ctx.customerMessage),
        advice: codesAdvice(options, inSentence.map((t) => t.code)),
      };
    });
  },
};
