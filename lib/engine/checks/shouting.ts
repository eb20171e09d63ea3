/** Words in capitals read as shouting; suggest the same words in normal case. */
import { z } from 'zod';
import { nlp } from '../../nlp/nlp';
import type { StructureCheck } from './context';

/** Words that introduce a name as a booking or a ticket records it: "the booking under", "passenger", "name:". */
const BOOKING_NAME_BEFORE = /\b(?:under|(?:under |in )?the name(?: of)?|name(?:d| is)?|passenger|guest|traveller|traveler|holder|lead name|booked as|Mr|Mrs|Ms|Miss|Dr)\s?:?\s?$/;

/**
 * A name in record capitals right after the salutation ("Dear JONATHAN HALE,", "Hi MARGARET,", "Dear MR & MRS HALVORSEN"):
 * the booking system's casing of the customer's name, not shouting. Only a run that opens the sentence on a salutation
 * word, with nothing but a title (and an "&") between them.
 */
const SALUTED_BEFORE = /^\W*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|attn|attention)(?::\s*|\s+)(?:(?:MR|MRS|MS|MISS|MX|DR|PROF)\.?\s*(?:&|and)\s*)?$/i;
/** A run that starts on a title in capitals: "MR OKONKWO-BAKER", "MRS HALVORSEN". */
const TITLE_FIRST = /^(?:MR|MRS|MS|MISS|MX|DR|PROF)\.?\s/;

/** A company written as its register writes it: "GREENFIELD HOMES LTD", "NORDSTAHL GMBH". */
const COMPANY_SUFFIX = /\b(?:LTD|LIMITED|PLC|INC|LLC|LLP|GMBH|CORP|PTY|AG|BV|NV|SARL|SRL|SPA)\.?$/;
/** A first name or a title written normally just before the capitals, inside the sentence: "Oscar FINCH", "Dr. Ama OWUSU". */
const GIVEN_NAME_BEFORE = /\S\s+\p{Lu}\p{Ll}+\.?\s$/u;

/** The run as the customer wrote it in their own message: their name or their company, not the agent's shouting. */
function customerWrote(run: string, customerMessage: string | undefined): boolean {
  if (!customerMessage || !/[A-Z]{3}/.test(customerMessage)) return false;
  const words = run.split(/[\s,]+/).filter((w) => w.length > 2);
  return words.length > 0 && words.every((w) => new RegExp(`(?<![A-Za-z])${w.replace(/[^A-Z'’-]/g, '')}(?![A-Za-z])`).test(customerMessage.slice(0, 20_000)));
}

/** At most this many words make a person's name ("MARIA GARCIA LOPEZ"); a longer run is read as words. */
const MAX_NAME_WORDS = 4;

/**
 * A person's name in record capitals wherever it stands ("the passport must read JONATHAN HALE exactly"): in normal case
 * the whole run reads as one person to the tagger's lexicon of given names. Lowering it misspells the name.
 */
function isPersonName(run: string): boolean {
  const words = run.split(/[\s,]+/).filter(Boolean);
  if (words.length > MAX_NAME_WORDS) return false;
  const titled = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');
  // The check runs on every keystroke: a run already read is not tagged again (bounded, oldest first out).
  let known = namesRead.get(titled);
  if (known === undefined) {
    known = nlp(titled).people().text() === titled;
    if (namesRead.size >= NAMES_READ_LIMIT) namesRead.delete(namesRead.keys().next().value!);
    namesRead.set(titled, known);
  }
  return known;
}
const NAMES_READ_LIMIT = 256;
const namesRead = new Map<string, boolean>();

export const shoutingOptions = z.object({
  /** Capitalised words that are names or codes, never shouting. */
  allow: z.array(z.string().min(1).max(40)).max(500).default([]),
  minLetters: z.number().int().min(3).max(40).default(6),
});

const COMMON_ACRONYMS = new Set(
  'FAQ PDF USA UK EU ID PIN VAT IBAN BIC SMS URL API CEO CTO HR IT PC TV GPS USB CSV VPN SIM ATM ETA FYI ASAP OK NB PS AM PM UTC GMT CET EST PST SKU RMA QR NFC HTML HTTP HTTPS WIFI DNS SSL IP OTP SSO MFA 2FA iOS EUR USD GBP DHL UPS FedEx TNT LTE 4G 5G'.split(' '),
);

/** Short words people do shout; any other capitalised word of three letters or fewer is taken as an acronym (OS, CPU, RAM). */
const SHOUTED_SHORT_WORDS = new Set('YOU NOT NO DO DON ALL NOW ME MY ARE IS THE AND BUT WHY HOW CAN GET PAY OUT OFF YES BE IT'.split(' '));
const isAcronym = (word: string) => word.length <= 3 && !SHOUTED_SHORT_WORDS.has(word);

const NAMES_A_LABEL =
  /\b(?:(?:promo|discount|voucher|coupon|gift|access|error|reference|booking|tracking|status|code|key|button|tab|menu|option|setting|mode|field|label|link|screen|page|word|reads|says|shows|displays|labell?ed|marked|called|named|titled)|(?:choose|select|tap|click|press|hit|pick|type|enter|toggle|open|find|look for)(?: (?:on|in|the|for))?)(?:\s*:)?\s*$/i;

export const shouting: StructureCheck<z.output<typeof shoutingOptions>> = {
  run(ctx, options) {
    const allow = new Set([...COMMON_ACRONYMS, ...options.allow.map((w) => w.toUpperCase())]);
    const hits = [];
    for (const s of ctx.sentences) {
      if (!/[A-Z]{2}/.test(s.text)) continue; // Most sentences have no two capitals in a row.
      // Runs of capitalised words (with the spaces and light punctuation between them).
      // A word is capitals with single inner apostrophes (DON'T), so no two quantifiers share a character.
      // A hyphen joins a word too (NON-REFUNDABLE): lowered whole, never half.
      for (const m of s.text.matchAll(/\b[A-Z](?:['’-]?[A-Z])+(?:[\s,]+[A-Z](?:['’-]?[A-Z])+)*\b/g)) {
        const words = m[0].split(/[\s,]+/).filter((w) => !allow.has(w.split(/['’-]/)[0]!) && !isAcronym(w));
        const letters = words.join('').length;
        if (letters < options.minLetters || (words.length < 2 && letters < options.minLetters + 2)) continue;
        // Words in quotation marks are someone else's ("DGTL SRVCS" as it appears on a statement).
        if (/["“‘'«]$/.test(s.text.slice(0, m.index)) && /^["”’'»]/.test(s.text.slice(m.index + m[0].length))) continue;
        // …and so are a screen's labels and codes as the customer will see them: "tap the button that says SEND NOW",
        // "choose NETWORK RESET", "the code WELCOMEBACK".
        if (NAMES_A_LABEL.test(s.text.slice(Math.max(0, m.index - 60), m.index))) continue;
        // A name in booking-record capitals is no shouting: "MCALLISTER / JOHN", "under the name HALE", "OKONKWO/CHINEDU MR".
        if (BOOKING_NAME_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) || /^\s?\/\s?[A-Z]/.test(s.text.slice(m.index + m[0].length))) continue;
        // A company or a person's name in capitals: "submitted by GREENFIELD HOMES LTD", "Oscar FINCH", or as the
        // customer wrote it themselves ("Tom, GREENFIELD HOMES LTD"). Lowering it misspells a name.
        if (SALUTED_BEFORE.test(s.text.slice(0, m.index)) || TITLE_FIRST.test(m[0])) continue;
        if (COMPANY_SUFFIX.test(m[0]) || GIVEN_NAME_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) || customerWrote(m[0], ctx.customerMessage)) continue;
        if (isPersonName(m[0])) continue;
        const start = s.start + m.index;
        const lowered = m[0].toLowerCase().replace(/\bi\b/g, 'I');
        const atStart = m.index === 0 || /^\W*$/.test(s.text.slice(0, m.index));
        hits.push({ start, end: start + m[0].length, suggestions: [atStart ? lowered[0]!.toUpperCase() + lowered.slice(1) : lowered] });
      }
    }
    return hits;
  },
};
