/**
 * Session 47: the customer's post or message pasted above the agent's reply under a header that names them, whatever
 * tool wrote the header ("Maria Lopez, 14:02", "@lena_travels 40m · Replying to @NorthRail", "— Hamid R., Trustpilot",
 * "kofi_builds — Today at 09:14"), where the agent's first paragraph below then speaks to that person by name ("Hi
 * Maria,", "Hamid, I'm sorry…", "@lena_travels thanks…"). The name ties the header to the person addressed, so the block
 * above is theirs even though it says "I" — the evidence is that link, not the header's shape.
 */
import type { LineKind } from './line-roles';
import type { Line } from './lines';
import { isGreetingWord } from './patterns';

/** Most non-blank lines the pasted block may hold: a post or a few chat turns, not a letter. */
const MAX_BLOCK_LINES = 12;
/** Most words of the header line that names the person (a name, a time, a source). */
const MAX_HEADER_WORDS = 9;
/** Shortest name read (initials and "Jo" aside, shorter tokens are words, not names). */
const MIN_NAME = 2;

/** The opening of the agent's paragraph that speaks to someone: a greeting and a name, a name and a comma, or a handle. */
const ADDRESSED = /^(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]iya|[Dd]ear|[Mm]orning|[Ee]vening|[Gg]ood\s(?:morning|afternoon|evening))\s+)?(@?)([\p{L}][\p{L}\p{N}._'’-]{0,30})(?=\s*[,!—–:]|\s+(?:\p{Ll}|[^\s\p{L}]))/u;

/** Letters of a token, lower case, for comparing a name with a handle ("Amira" with "@amira_k"). */
const lettersOf = (token: string) => token.toLowerCase().replace(/[^\p{L}]/gu, '');

/** The name the agent's line speaks to, lower case, or null: "Hi Maria, …" → "maria"; "@marta.cooks oh no" → "marta". */
export function addressedName(head: string): { name: string; handle: boolean } | null {
  const m = ADDRESSED.exec(head);
  if (!m) return null;
  const handle = m[1] === '@';
  const token = m[2]!;
  const greeted = m[0].length > token.length + m[1]!.length;
  // Without a greeting or an @, only a capitalised word before a comma is a name ("Aoife, that's…"; "Sorry, …" is checked
  // against the header: a word that is no name there never matches).
  if (!handle && !greeted && !(/^\p{Lu}/u.test(token) && /^[^\s,]+\s*,/u.test(head))) return null;
  if (!handle && !/^\p{Lu}/u.test(token)) return null;
  const name = lettersOf(handle ? token.split(/[._-]/)[0]! : token);
  return name.length >= MIN_NAME ? { name, handle } : null;
}

/** The word without what surrounds a name in a header: "(Priyanka", "R.,", "—" (a linear walk, no end-anchored regex). */
function trimToName(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !/[\p{L}@]/u.test(word[start]!)) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** A subject line the agent's own e-mail opens with ("Subject: Your refund, Maria", "Re: order 4471 for Will"). */
const SUBJECT_LINE = /^[\s*_]*(?:subject|re|fwd?|aw|antw)[ \t]*:/i;
/** A word after a name that makes it a business's ("Hope Fashion", "Will Travel Ltd"): the shop, not the person. */
const COMPANY_WORD =
  /^(?:fashions?|stores?|shops?|boutique|bakery|caf[eé]|studios?|salon|ltd|limited|inc|llc|plc|co|company|group|support|team|travel|tours|hotels?|homes|foods?|labs?|media|designs?|clothing|apparel|beauty|kitchens?|gardens?|motors|airways|airlines|bank|insurance|energy|health|care|books|interiors|electronics|logistics|services)\b/i;
/** A line that ends as the agent's own subject does ("Maria Lopez — order 5521 update", "Refund summary for Ann"). */
const OWN_SUBJECT_END = /\b(?:update|summary|follow-?up|next steps|confirmation|resolution|outcome)[\s.!:]*$/i;
/** A word that says whom the line is for ("Update for Mark", "Note to Ann"): a message to them, not theirs. */
const FOR_THEM = /^(?:for|to|dear)$/i;

/**
 * Does the line speak to the person itself, the way the agent's paragraph below does ("Maria, thanks for your message.",
 * "@anna_k we can't do that")? Then it is the agent's earlier paragraph, not a header over their post. A handle with a
 * time after it ("@amira_k 2h · Replying to…") is a header: only words after the address make it speech.
 */
function speaksTo(head: string, name: string): boolean {
  const addressed = addressedName(head);
  if (addressed?.name !== name) return false;
  const m = ADDRESSED.exec(head)!;
  return /^[\s,!—–:]*\p{L}/u.test(head.slice(m[0].length));
}

/**
 * The header line names the person: a capitalised word equal to the name, or a handle that starts with it. Not a
 * subject line, a line that speaks to them, the bare name alone as the block's first line (the agent's own salutation
 * without its "Hi"), nor a word run on into lower-case words ("Grace period ending", "Sorry for the wait": a word, not a
 * name) or after "for"/"to" (the line is about a message to them).
 */
export function headerNames(head: string, name: string, firstLine = false): boolean {
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEADER_WORDS || isGreetingWord(head) || SUBJECT_LINE.test(head) || OWN_SUBJECT_END.test(head)) return false;
  if (speaksTo(head, name)) return false;
  if (firstLine && words.length === 1 && !/[@._\p{N}]/u.test(words[0]!)) return false;
  return words.some((word, i) => {
    const bare = trimToName(word);
    if (!bare) return false;
    const isHandle = bare.startsWith('@') || /[._]/.test(bare) || /\p{N}/u.test(bare);
    // A run-together handle ("@lenatravels") may start with the name; a dotted word or one with digits ("annies.shop",
    // "hope4kids") must hold it whole before its first stop.
    if (isHandle) return lettersOf(bare.replace(/^@/, '').split(/[._-]/)[0]!) === name || (bare.startsWith('@') && lettersOf(bare).startsWith(name));
    if (!/^\p{Lu}/u.test(bare) || lettersOf(bare) !== name) return false;
    const next = words[i + 1];
    const runsOn = /\p{L}$/u.test(word) && next !== undefined && (/^\p{Ll}/u.test(next) || COMPANY_WORD.test(next));
    const previous = words[i - 1];
    return !runsOn && !(previous !== undefined && FOR_THEM.test(previous));
  });
}

/**
 * Reads the top of the draft: the first paragraph that speaks to someone by name, with a block above it whose first or
 * last line is a header naming that person, turns the block's agent-read lines into quoted text (lines an earlier pass
 * read as a footer or a quote, "Like · Reply · 1d", stay as they are). Only a block of at most MAX_BLOCK_LINES lines.
 */
export function markAddresseeHeader(lines: Line[], kinds: LineKind[]): void {
  const block: number[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    // A paragraph's first line after a blank: does it speak to someone named in the block above?
    if (block.length > 0 && lines[i - 1]!.blank && kinds[i] === 'agent') {
      const addressed = addressedName(lines[i]!.head);
      if (addressed) {
        const first = lines[block[0]!]!.head;
        const last = lines[block[block.length - 1]!]!.head;
        if (headerNames(first, addressed.name, true) || headerNames(last, addressed.name)) {
          for (const j of block) if (kinds[j] === 'agent') kinds[j] = 'quote';
          return;
        }
      }
    }
    // A greeting above means the reply began there (markAboveGreeting reads what is over it): "Hey Ines,⏎⏎…⏎Your
    // friends at Loomly⏎⏎Loomly, 221 Harbour St" must not read the letter as a header over its own footer.
    if (block.length >= MAX_BLOCK_LINES || (kinds[i] === 'agent' && isGreetingWord(lines[i]!.head))) return;
    block.push(i);
  }
}
