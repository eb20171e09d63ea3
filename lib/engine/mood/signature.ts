/**
 * The customer's first name from their sign-off ("Thanks, Maria" / "Best,\nMaria Lopez" / "— Maria" /
 * "Thanks,\nAhmad bin Said" / "Kind regards,\nJan van der Berg"), or null when the last line signs no name.
 */
import { tagSentence } from '../../nlp/nlp';

const VALEDICTION = /^(?:thank you|thanks|thx|best regards|kind regards|regards|best|cheers|sincerely|br)(?=[\s,!.]|$)/i;
const NOT_NAMES = /^(?:thanks|regards|best|cheers|hi|hello|please|sorry|for|in|again|so|very|a|lots|all|everyone)$/i;
/** "Dr Smith" signs with a title: the first name is not known, so no name is guessed. */
const TITLES = /^(?:dr|mr|mrs|ms|miss|mx|prof|sir|madam|rev)\.?$/i;
/** Lower-case particles inside a family name ("bin", "van der", "de los"). */
const PARTICLES = new Set(['bin', 'binti', 'bint', 'ibn', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'los', 'las', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'ter', 'ten', 'zu', 'af', 'av']);
/** A capitalised word of a name in any Latin or other cased script: "María", "Ó", "O'Neill", "Min-jun". */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]{0,24}$/u;
const MAX_NAME_WORDS = 6;

/** The first name of a signed name ("Ahmad bin Said" → "Ahmad"), or null when the words are no name. */
function firstNameOf(signed: string, lowerCaseAllowed: boolean): string | null {
  const ws = signed.replace(/[.!]$/, '').split(' ');
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return null;
  const first = ws[0]!;
  const firstOk = NAME_WORD.test(first) || (lowerCaseAllowed && ws.length <= 2 && /^\p{Ll}{2,24}$/u.test(first));
  if (!firstOk || NOT_NAMES.test(first) || TITLES.test(first)) return null;
  const rest = ws.slice(1);
  if (!rest.every((w) => NAME_WORD.test(w) || PARTICLES.has(w) || (lowerCaseAllowed && ws.length <= 2 && /^\p{Ll}{2,24}$/u.test(w)))) return null;
  return first[0]!.toUpperCase() + first.slice(1);
}

/**
 * A name signed at the end of the message's own last line, as web forms and chat boxes leave it: "…not another voucher.
 * — Priya Nair", "…three months. Thanks, Gareth Pryce", "…refused boarding? Fiona", "…chase? Tom, GREENFIELD HOMES LTD",
 * "— Claire (mum of Oscar)". A dash or a valediction marks the name; a bare one must read as a person's name.
 */
const INLINE_SIGN_OFF =
  /(?:(?<!(?:^|\s)\p{Lu})(?<stop>[.!?)])\s+|\s)(?<dash>[-–—]\s?)?(?:(?<vale>[Tt]hank you|[Tt]hanks|[Tt]hx|[Rr]egards|[Kk]ind regards|[Bb]est regards|[Bb]est|[Cc]heers)[,!]?\s)?(?<name>\p{Lu}[\p{L}\p{M}'’.-]{0,24}(?: (?:\p{Lu}[\p{L}\p{M}'’.-]{0,24}|bin|van|von|de|del|da|di|du|le|la)){0,3})(?:,\s[^,\n]{1,40}|\s\([^()\n]{1,40}\))?$/u;
function inlineName(message: string): string | null {
  const last = message.slice(-400).trimEnd().split('\n').at(-1) ?? '';
  const m = INLINE_SIGN_OFF.exec(last.slice(-120));
  if (!m?.groups) return null;
  const { stop, dash, vale, name } = m.groups;
  if (!dash && !vale) {
    // A bare name must stand after the last sentence and read as a person's ("Hazel Frost", not "Royal Mail").
    if (!stop || !tagSentence(name!.replace(/\.$/, '')).match('#Person').found) return null;
  }
  return firstNameOf(name!, false);
}

export function signatureName(message: string): string | null {
  // Only the last few lines can hold a sign-off; reading a bounded tail keeps this linear.
  const lines = message
    .slice(-400)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
  const last = lines.at(-1);
  if (!last || last.length > 80) return null;
  const valediction = VALEDICTION.exec(last);
  if (valediction) {
    // "Thanks, maria" names her; "Thanks for everything" and "Thanks in advance" do not (no comma, lower case).
    const rest = last.slice(valediction[0].length);
    const comma = /^[,!.]\s?/.exec(rest);
    const name = rest.slice(comma ? comma[0].length : 0).trim();
    return name ? firstNameOf(name, comma !== null) : null;
  }
  if (lines.length < 2) return null;
  return firstNameOf(last.replace(/^[-–—] ?/, ''), false);
}

/**
 * The name the customer signed with, read more widely than `signatureName`: also a name left at the end of the
 * message's own last line ("…not another voucher. — Priya Nair"). For a rewording that replaces a role greeting
 * ("Dear Customer" → "Dear Priya"); the greeting check keeps to `signatureName`, so no greeting a warm reply already
 * has is flagged for a name read this way.
 */
export function signedName(message: string): string | null {
  const text = message.slice(0, 20_000);
  return signatureName(text) ?? inlineName(text);
}
