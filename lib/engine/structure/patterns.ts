/**
 * What a line of a reply looks like: quote header, sign-off, signature line, footer, list item, greeting.
 * Every pattern reads a bounded head or tail of one trimmed line (lines.ts) and is anchored or made of
 * bounded quantifiers, so no input can make it backtrack.
 */

import { gatedAlternation } from '../gated-alternation';

// ---- Quoted history ---------------------------------------------------------------------------------

// German and Swiss clients quote with "»" where others use ">".
const QUOTE_MARK = /^[>»]/;
const FENCE = /^(?:```|~~~)/;
/** "-----Original Message-----", "---------- Forwarded message ---------", and their translations. */
const MESSAGE_SEPARATOR =
  /^[-_=*]{2,40} ?(?:original message|original|forwarded message|reply message|message d['’]origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|oprindelig meddelelse|oorspronkelijk bericht) ?[-_=*]{2,40}$/i;
const BEGIN_FORWARDED = /^(?:begin forwarded message|forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s?:?$/i;
/** Outlook's rule above a reply header. */
const OUTLOOK_RULE = /^_{10,}$/;
// Markdown editors keep the bold of a pasted header: "**From:** Ana <ana@…>".
const HEADER_FROM = /^\*{0,2}(?:from|von|de|van|da|fra|från)\s?:\*{0,2}\s/i;
const HEADER_FIELD = /^\*{0,2}(sent|date|to|cc|bcc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|para|asunto|inviato|oggetto)\s?:\*{0,2}(?:\s|$)/i;
/** "On Mon, 3 Mar 2025, Acme Support <help@acme.com> wrote:" and its translations: how it starts… */
// Zoho Mail frames it in dashes: "---- On Wed, 05 Mar 2025 09:14:33 +0000 Viktor <v@x.example> wrote ----".
const ATTRIBUTION_START = /^(?:-{2,6} ?)?(?:on|le|am|el|op|il|em|w dniu|den|dne)\s/i;
/** …and how it ends (read on the line's tail, possibly a line or two further down when the client wrapped it). */
const ATTRIBUTION_END = /(?:wrote|writes|a écrit|schrieb|escribió|scritto|escreveu|schreef|napisał|pisze|skrev|skriver|napsal|napsal\(a\)|kirjoitti|írta|έγραψε|написал|написал\(а\)|yazdı|写道)(?:\s?[:：]| -{2,6})$/i;
/** "Sam Lee wrote:" / "Acme Support <help@acme.com> wrote:" with nothing before the name. */
// Helpdesks name other verbs: "Ravi Kumar replied:", "Sam commented:" (history only over ">" lines).
const SHORT_ATTRIBUTION = /^[^\s:][^:]{0,80} (?:wrote|writes|replied|commented|said|asked)\s?:$/i;
/** "Ana Costa wrote on 05/03/2025 09:12:": the date after the verb. */
// Session 26: and in the mail clients' other languages ("Sam Lee schrieb am 02.12.2026 um 10:14:", "Ana a écrit le …:").
const WROTE_ON = /^[^\s:][^:]{0,60} (?:(?:wrote|writes|replied|commented) (?:on|at)|schrieb am|a écrit le|escribió el|ha scritto il|schreef op|skrev den) \S.{0,60}:$/i;

/** A line of a pasted chat log: "[10:02] Visitor: …", "(3:15 PM) Ana (Acme): …", "10:02:11 Sam: …". */
// Also with the date first, as phones export chats ("[05/03/2025, 10:42:13] Sofia: …", "05/03/2025, 09:12 - Bot: …"),
// a dash after the clock ("10:42 AM - Priya: …"), or the clock in brackets after the name ("Alex (10:42): …").
// Exported by some helpdesks as columns: "10:02 | Sarah | hi, my parcel never came".
const TRANSCRIPT_LINE =
  /^\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?\t[^\t\n]{1,40}\t\S|^\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)? [|·•] [^|·•:\n]{1,40} [|·•] \S|^(?:[[(]?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?[\])]?(?: ?[-–—])? {1,3}[^\s:][^:]{0,40}|[^\s:()[\]][^:()[\]]{0,40} [([]\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?[)\]]): /i;
/** The agent quoting the customer on a line of its own: 'You wrote: "It worked until Tuesday."', "You said:". */
const QUOTED_LINE = /^(?:you (?:wrote|said|mentioned|asked)|your (?:message|email|e-mail) said|quote)\s?:\s?["“'‘«]/i;
const QUOTE_CLOSE = /["”'’»][.!?]?$/;
/** Fourteenth look: a line that names the customer's message it stands over ("Re your email:", "Regarding your message:"). */
const YOUR_MESSAGE_LEAD = /^(?:re|regarding|about|from|in|as per|quoting) (?:your|the customer's|the customer’s) (?:last |previous |original )?(?:message|e-?mail|note|comment|ticket|request)\b[^.!?\n]{0,30}:$/i;
// Each quote cue below is tried only on a line holding a character every match holds (issue #12: markQuotes runs them on
// every line of every draft, and V8 compiles a regex on its first use): the same answers, no compile for a plain draft.
export const isMessageLead = (head: string) => head.endsWith(':') && YOUR_MESSAGE_LEAD.test(head);
/** A whole paragraph line in quotation marks: '"Your app keeps logging me out."', '“…”'. */
export const isWhollyQuoted = (head: string) => /^["“«„'‘][^\n]{2,400}["”»“'’][.!?]?$/.test(head);
/**
 * Fourteenth look: the customer's turn labelled with their role on a line of its own ("Customer: I paid for business…",
 * "Client : …", "Guest: …"), over the agent's answer: the customer's words, as a "Q:" line is.
 */
const CUSTOMER_TURN = /^(?:customer|client|guest|member|patient|caller|visitor|buyer|requester|end user|kunde|cliente|client\(e\))\s?:\s\S/i;
// Five words or more: their sentence, not a form's field ("Customer: Jane Smith", "Client: #4471").
export const isCustomerTurn = (head: string) => head.includes(':') && CUSTOMER_TURN.test(head) && head.split(/\s+/).length >= 5;
/**
 * Session 39: the customer's question set on the label's own line, each over the agent's answer ("You asked: Can I wear
 * them in the shower?", "Your question: is the warranty 2 years?", "Customer asked: …"): the label names the customer's
 * words (their "I" included) and the words end in a question mark or stand in quotation marks. "You asked about the warranty: it's 3 years." is
 * the agent's answer.
 */
const LABELLED_QUESTION = /^(?:[Yy]ou (?:asked|wrote|said|mentioned)|[Yy]our (?:question|query|message)|(?:[Tt]he )?[Cc]ustomer (?:asked|wrote|said)|[Qq]uestion(?: \d{1,2})?)\s?:\s(\S[^\n]{2,300})$/u;
export function isLabelledQuestion(head: string, tail: string): boolean {
  const m = head.includes(':') ? LABELLED_QUESTION.exec(head) : null;
  if (m === null || !(/\?["”’]?$/.test(tail) || isWhollyQuoted(m[1]!))) return false;
  // Session 40: a bare "Question:" names nobody, and the agent heads their own question with it too ("Question: could you
  // send me the serial number?"): the customer's only when it speaks as them ("Question 2: Will I need to be home?").
  // "We" speaks as the customer unless it offers "you" something or names "your" things ("Question: can we book you in on
  // Tuesday?", "shall we send your engineer the code?" are the agent's; "can you move our delivery?" is the customer's).
  const q = m[1]!;
  return !/^[Qq]uestion\b/.test(head) || /\b(?:I|my|mine)\b/.test(q) || (/\b(?:[Ww]e|[Oo]ur|us)\b/.test(q) && !/\b[Yy]our\b/.test(q) && !/^(?:can|could|shall|should|may|will|would) we\b[^?]*\byou\b/i.test(q));
}
/** "You wrote:", "The customer said:": a header with its verb, which quotes whatever paragraph stands under it. */
export const isQuoteHeaderWithVerb = (head: string) =>
  (/\b(?:wrote|said|mentioned|asked)\s?:$/i.test(head) && QUOTE_HEADER.test(head)) || (head.endsWith(':') && NAMED_WROTE.test(head));
/**
 * Session 26: someone named by their name alone, with the verb, on a line of its own ("Sam Lee wrote:", "Customer wrote (2
 * Dec 2026, 10:14):", "Tom Reed commented:"): the paragraph under it is theirs, as under "You wrote:". Capitals as typed
 * (no "as we said:").
 */
const NAMED_WROTE = /^\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20}){0,2} (?:wrote|said|asked|replied|commented)(?: \([^()\n]{1,40}\))?\s?:$/u;
// Session 23: the customer's message named by their name, a note in brackets after it ("Sam's message (translated from
// Spanish):", "Ana’s email:").
const QUOTE_HEADER =
  /^(?:you (?:wrote|said|mentioned|asked)|your (?:message|email|e-mail) said|quote|your (?:message|e-?mail|question|request)|(?:the )?customer (?:wrote|said|asked))\s?:$/i;
// Session 35: the name capitalised as typed, as in NAMED_WROTE (under `i`, `\p{Lu}` matched "yesterday's request:" too).
const NAMED_MESSAGE_HEADER = /^\p{Lu}[\p{L}-]{1,20}['’]s (?:[Mm]essage|[Ee]-?mail|[Qq]uestion|[Rr]equest|MESSAGE|E-?MAIL|QUESTION|REQUEST)(?: \([^()\n]{1,40}\))?\s?:$/u;
/** A whole line that quotes the customer, opening and closing quotation marks included. */
export const isQuotedLine = (head: string, tail: string) => head.includes(':') && QUOTED_LINE.test(head) && QUOTE_CLOSE.test(tail);
/** "You wrote:" alone on a line: the lines under it, to the next blank line, are the customer's. */
export const isQuoteHeader = (head: string) => head.endsWith(':') && (QUOTE_HEADER.test(head) || NAMED_MESSAGE_HEADER.test(head) || NAMED_WROTE.test(head));
/**
 * Fifteenth look: a mail client's quote bar typed as "| " before the customer's words ("| On Monday you promised…"): one
 * bar at the start and none after it (a table's row or a fielded signature has more).
 */
const QUOTE_BAR = /^\| \p{L}[^|\n]{2,300}$/u;
/**
 * Session 40: WeChat's quote of the message being answered, the sender and their words in corner brackets
 * ("「Wang Lei：the invoice has the wrong company name」"), with its spaced rule under it ("- - - - - - - -").
 */
const CORNER_QUOTE = /^「[^」：:\n]{1,40}[：:][^」\n]{1,300}」$/u;
export const isSpacedDashRule = (head: string) => /^(?:- ){4,60}-?$/.test(head);
export const isQuoteMarked = (head: string) => QUOTE_MARK.test(head) || TRANSCRIPT_LINE.test(head) || QUOTE_BAR.test(head) || CORNER_QUOTE.test(head);
/**
 * A quote that marks each of its own lines ("> …", "» …", "| …"), unlike a transcript's turn or a post whose further
 * lines go unmarked: a plain line under it is not its own.
 */
export const isMarkedLineByLine = (head: string) => QUOTE_MARK.test(head) || QUOTE_BAR.test(head);
/**
 * Session 40: LinkedIn's e-mail of a message, its header over the sender's profile link and the message ("Kwame Mensah
 * sent the following message at 10:14 AM"): the history from there on.
 */
export const isSentFollowingMessage = (head: string) =>
  head.includes(' sent the following message') &&
  // A person's name, not the agent's own words introducing a quote ("Our CEO sent the following message on Friday:").
  /^(?!(?:Our|My|Your|The|This|That|Their|His|Her|Its|We|I)\b)\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,3} sent the following messages? (?:at|on) [^\n]{0,39}[^:\n]$/u.test(head);
export const isFence = (head: string) => FENCE.test(head);
/**
 * A chat app's speaker line over the message ("Ana Costa  [10:42 AM]", "Sam (Ledgerly)  10:44 AM", "Priya · 10:42"):
 * a name, then a clock alone at the end. The lines under it, to the next blank line, are that speaker's message.
 */
// Session 28: Viber's and LINE's "Mei Lin, 02.12.2026 10:42": a comma, then the date before the clock.
// Session 35: under `i` a `\p{Lu}` matches any cased letter, so the name's capital is checked on the match (isSpeakerLine).
const SPEAKER_LINE = /^(\p{L}[^:\d\n]{0,40}?)(?: {2,}| ?[·•|] ?| [–—-] | ?(?=[[(])|, (?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d))[[(]?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? )?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?[\])]?$/iu;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun|today|yesterday|open|closed)/i;
// Session 30: iMessage's and Messages' export with the day spelled ("Sam Ortiz, Tue 2 Dec at 18:42", "Dana Kim, Dec 2, 2026 at
// 10:42 AM", "Jo, Today at 09:15").
const SPEAKER_DATED =
  /^(\p{L}[\p{L}\p{M}'’. -]{0,40}), (?:(?:today|yesterday)|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2})(?:,? \d{4})?),? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$/iu;
export function isSpeakerLine(head: string): boolean {
  const m = head.includes(':') ? (SPEAKER_LINE.exec(head) ?? SPEAKER_DATED.exec(head)) : null;
  return m !== null && /^\p{Lu}/u.test(m[1]!) && !WEEKDAY.test(m[1]!) && isNameLike(m[1]!.replace(/\s?\([^)]{1,30}\)$/, ''));
}
/**
 * A command at a shell prompt: "$ acme logout", "PS C:\> Get-Service AcmeBackup", "C:\Users\ana> ipconfig",
 * "ana@laptop:~$ sudo apt update". A price ("$5 back") has no space after the sign.
 */
const SHELL_LINE = /^(?:\$ [a-z./~]|PS [A-Za-z]:\\[^>\n]{0,100}> ?\S|[A-Za-z]:\\[^>\s]{0,100}> ?\S|[\w.-]{1,32}@[\w.-]{1,64}:[~/][^\s$#]{0,100}[$#] \S)/;
export const isShellLine = (head: string) => SHELL_LINE.test(head);
/** A row of a Markdown table ("| Starter | $12 |") or its rule ("|---|:---:|"). */
export const isMarkdownTableRow = (head: string) => (/^\|.{1,198}\|$/.test(head) && head.split('|').length >= 3) || (/^[|:\- ]{3,200}$/.test(head) && head.includes('|') && head.includes('---'));
/**
 * A table drawn with box-drawing characters ("┌────┬────┐", "│ Plan │ Seats │") or with ASCII ("+------+-----+"): a row
 * or a rule that starts and ends with the drawing's characters.
 */
export const isDrawnTableRow = (head: string) => /^[│┃║┌┏╔╭├┣╠└┗╚╰][^\n]{0,198}[│┃║┐┓╗╮┤┫╣┘┛╝╯]$/.test(head) || /^\+(?:[-=]{1,60}\+){1,12}$/.test(head);
/** A price list's dotted leader between an item and its amount: "Room (2 nights) ........ €240.00". */
// A spaced leader of four dots or more, or eight glued ones; "Well.... 3 days" is a typist's pause.
export const hasDottedLeader = (head: string) => /[^\s.](?: \.{4,}|\.{8,}) ?[£$€¥]?\d/.test(head);
/** How many cells a row between bars has when no bar stands at either end ("Plan | Price | Seats"); 0 for none. */
export function pipeCells(head: string): number {
  if (/^\||\|$/.test(head)) return 0;
  const cells = head.split(/ \| /);
  return cells.length >= 2 && cells.every((c) => c.length > 0 && c.length <= 40 && !c.includes('|')) ? cells.length : 0;
}

/**
 * How many column gaps a row of a table pasted as text has: two or more spaces, or a tab, between two cells
 * ("48213      Desk lamp       Shipped"). A gap after a full stop or a colon is a typist's spacing or a label.
 */
export function columnGaps(head: string): number {
  let gaps = 0;
  for (const _ of head.matchAll(/[^\s.!?,;:](?: {2,}|\t+)(?=\S)/g)) if (++gaps >= 8) break;
  return gaps;
}

/**
 * A record's line: no lower-case letter, a date ("02/12", "2026-12-02") and an amount with its currency ("£9.99", "9.99 EUR").
 * A shouted sentence carries no date and amount together.
 */
export const isRecordLine = (head: string) =>
  head.length <= 80 &&
  !/\p{Ll}/u.test(head) &&
  /(?:^|\s)(?:\d{1,4}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)(?=\s|$)/.test(head) &&
  /[£$€¥₹]\s?\d|\d[.,]\d{2}\s?(?:[£$€¥₹]|EUR|USD|GBP|CHF)?(?:\s|$)/.test(head);

/**
 * A line of a pasted log or stack trace: it starts with a date and time ("2025-03-05 10:14:02 ERROR…",
 * "[2025-03-05T10:14:02Z]"), a clock with seconds and a level ("10:14:02.118 WARN …"), or a stack frame.
 */
const LOG_LINE =
  /^(?:\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]? {1,3}(?:\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\b)|at [\w$.<>]{1,120}\([^)]{0,120}\)$|Traceback \(most recent call last\):|File "[^"]{1,200}", line \d)/;
/**
 * More lines no one types as prose (twelfth look): a browser console's stack frame ("at renderCart (cart.js:118:23)"),
 * an exception's own line ("java.lang.IllegalStateException: Token expired", "Uncaught TypeError: Cannot read…"), a
 * syslog line ("Mar  3 14:02:11 gw01 sshd[2231]: …"), a web server's access log, an HTTP status line, an SQL statement
 * in capitals, an environment variable ("WEBHOOK_SECRET=…") and a command with its flags ("curl -X POST …").
 */
const MACHINE_LINE = new RegExp(
  [
    '^at (?:async )?[\\w$.<>[\\]]{1,120} \\([^()\\s]{1,200}:\\d{1,6}:\\d{1,6}\\)$',
    '^at [^()\\s]{1,200}:\\d{1,6}:\\d{1,6}$',
    '^(?:Uncaught |Unhandled )?(?:[a-z_$][\\w$]{0,40}\\.){0,8}[A-Z][\\w$]{0,60}(?:Error|Exception)(?: \\[[^\\]]{0,60}\\])?(?::\\s|$)',
    '^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\\d{1,2} \\d{2}:\\d{2}:\\d{2} [\\w.-]{1,64} [\\w./-]{1,40}(?:\\[\\d{1,10}\\])?: ',
    '^\\d{1,3}(?:\\.\\d{1,3}){3} \\S{1,40} \\S{1,40} \\[\\d{2}\\/\\w{3}\\/\\d{4}:\\d{2}:\\d{2}:\\d{2}',
    '^HTTP\\/\\d(?:\\.\\d)? \\d{3}\\b',
    '^(?:SELECT [^\\n]{1,180} FROM |INSERT INTO |UPDATE [\\w.]{1,60} SET |DELETE FROM |CREATE (?:TABLE|INDEX) |ALTER TABLE )',
    '^[A-Z][A-Z0-9]{0,20}(?:_[A-Z0-9]{1,20}){1,6}=\\S',
    '^(?:curl|wget|git|npm|npx|yarn|pip3?|docker|kubectl|sudo|brew|apt(?:-get)?|ssh|scp|systemctl|journalctl) (?:[^\\n]{0,120} )?-{1,2}[A-Za-z]',
    // Fourteenth look: other runtimes' crash output. A panic's own line ("panic: runtime error: …", "thread 'main' panicked
    // at src/main.rs:10:5:"), a goroutine's heading, a call with no space in it ("main.loadPlayer(0xc000010000)"), a source
    // path with its line number ("/srv/game/player.go:88 +0x1d4", "C:\\app\\main.cs:42"), and a JSON object on one line.
    '^panic: \\S',
    "^thread '[^']{1,60}' panicked at ",
    '^goroutine \\d{1,8} \\[[a-z ,]{1,40}\\]:$',
    '^[\\w$.<>/*-]{1,150}\\([^\\s()]{0,120}\\)$',
    '^(?:/|[A-Za-z]:\\\\)[^\\s:]{1,200}:\\d{1,6}(?::\\d{1,6})?(?: \\+0x[0-9a-f]{1,16})?$',
    '^\\[?\\{ ?"[^"\\n]{1,60}" ?: ?[^\\n]{0,400}\\}\\]?,?$',
  ].join('|'),
);
export const isLogLine = (head: string) => LOG_LINE.test(head) || MACHINE_LINE.test(head);
/**
 * Fifteenth look: the next line of a statement, opened by a clause's keyword in capitals ("WHERE status = 'paid';",
 * "GROUP BY employee_id;"): code when the line above is.
 */
const SQL_CLAUSE = /^(?:WHERE|FROM|AND|OR|GROUP BY|ORDER BY|HAVING|LIMIT|OFFSET|(?:LEFT |RIGHT |INNER |OUTER |FULL )?JOIN|ON|SET|VALUES|RETURNING|UNION(?: ALL)?)(?: |;?$)/;
export const continuesStatement = (head: string) => SQL_CLAUSE.test(head);
/** A shell command's line that goes on on the next one ("curl -X POST … \\"). */
export const continuesOnNextLine = (tail: string) => / \\$/.test(tail);
/**
 * A configuration block as YAML writes it: a lower-case key alone with its colon ("storage:"), the indented keys and
 * values under it ("  driver: s3"). No one writes prose with lower-case keys without spaces.
 */
export const isConfigKeyLine = (head: string) => /^[a-z_][\w.-]{0,40}:$/.test(head);
export const isConfigEntryLine = (head: string) => /^(?:[a-z_][\w.-]{0,40}:(?: \S[^\n]{0,160})?|- [\w./:-]{1,80})$/.test(head);
/** A pasted JSON or object literal opens with a bracket alone on its line and closes with one. */
export const opensDataBlock = (head: string) => /^[{[]$/.test(head);
export const closesDataBlock = (head: string) => /^[}\]][,;]?$/.test(head);
/** Helpdesks' reply markers: Zendesk's "##- Please type your reply above this line -##", "--- Reply above this line ---". */
// Session 23: any marks before the words, arrows too ("↑ Please reply above this line ↑").
const REPLY_ABOVE = /^[^\p{L}\p{N}]{0,6}(?:please )?(?:type your |write your )?(?:reply|respond|response) (?:above|over) this line\b/iu;
/** Zendesk frames its marker in "##- … -##" in whatever language the account is set to ("##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##"). */
const ZENDESK_MARKER = /^##- [^#\n]{4,100} -##$/;
/** Other helpdesks drop the dashes ("## Responda por encima de esta línea ##"): read so only when it names the line ("## Next steps ##" is the agent's Markdown heading). */
const REPLY_LINE_MARKER = /^## [^#\n]{4,100} ##$/;
const LINE_WORD = /\b(?:line|línea|ligne|zeile|linha|riga|regel|linje|rivi)\b/i;
const isReplyLineMarker = (head: string) => ZENDESK_MARKER.test(head) || (REPLY_LINE_MARKER.test(head) && LINE_WORD.test(head));
/** A helpdesk's "reply above this line" marker in any of its forms: what stands under it is history only when the reply is above it. */
export const isReplyAboveMarker = (head: string) => REPLY_ABOVE.test(head) || isReplyLineMarker(head);
/** A pasted chat log's heading: "Chat transcript, 3 March 2025", "Conversation history:". */
const TRANSCRIPT_HEADING = gatedAlternation([{ needles: ['chat', 'conversation', 'messag'], source: String.raw`^(?:\[[\p{L}\p{N} ]{2,20}\] ?)?(?:(?:(?:live ?)?chat|conversation|messaging) (?:transcript|history|log)\b[^.!?]{0,50}|(?:a )?(?:transcript|copy|record|log) of (?:your|our|the|this) (?:live |web )?(?:chat|conversation|messages)\b[^.!?:]{0,60}:?|(?:live )?(?:chat|conversation) (?:started|began|opened)(?: (?:on|at)|:) [^.!?]{1,60})$` }], 'iu');
/** "Transcript of your chat with Leo, 5 March 2025": a heading over a pasted chat (the agent's reply may go on below it). */
/**
 * Session 35: "Chat with Leo, 5 March 2025": whom the chat was with, capitalised as the app writes a name. Apart from the
 * caseless headings above, since under `i` a `\p{Lu}` matches any cased letter ("conversation with the courier").
 */
const CHAT_WITH_NAME = gatedAlternation([{ needles: ['chat with', 'conversation with'], source: String.raw`^(?:\[[\p{L}\p{N} ]{2,20}\] ?)?(?:[Cc]hat|CHAT|[Cc]onversation|CONVERSATION) with \p{Lu}[^.!?:]{0,50}$` }], 'u');
export const isTranscriptHeading = (head: string) => TRANSCRIPT_HEADING.test(head) || CHAT_WITH_NAME.test(head) || CHAT_LEAD.test(head) || APP_CHAT_LEAD.test(head);
/**
 * Fifteenth look: headings read only over the chat lines right under them (never as the start of history to the end):
 * an app's name before "chat with …" ("WhatsApp chat with Sunward Travel") and a lead that names the chat it quotes
 * ("From the chat on 30/11:"); session 34: one that says it is earlier ("Earlier in this conversation:"). "In this chat we
 * agreed the following:" is the agent's own summary, not a quote.
 */
const CHAT_LEAD = gatedAlternation([{ needles: ['chat', 'conversation'], source: String.raw`^(?:(?:(?:earlier |previously )(?:from|in) (?:the|our|your|that|this)|(?:from|in) (?:the|our|your|that)) (?:live |web |phone )?(?:chat|conversation)\b[^.!?:]{0,40}:)$` }], 'iu');
// Session 35: the app's name and whom the chat was with, both capitalised (under `i`, "your conversation with the courier" was one).
const APP_CHAT_LEAD = gatedAlternation([{ needles: ['chat with', 'conversation with'], source: String.raw`^\p{Lu}[\p{L}\p{N}]{1,15} (?:[Cc]hat|[Cc]onversation) with \p{Lu}[^.!?:]{0,50}$` }], 'u');
/**
 * A short line framed in rules ("---- Translated message (Spanish → English) ----", "----- Wiadomość oryginalna -----"):
 * its words. A mail client's separator names the message in its own language; `isFramedSeparator` checks the words.
 */
// Thirteenth look: a translator's frame drawn with one dash ("— Automatically translated from Italian —", "— Original —").
const FRAMED = /^(?:[-_=*]{2,40}|[—–]{1,3}) ?([^-_=*—–]{1,60}?) ?(?:[-_=*]{2,40}|[—–]{1,3})$/;
/** Word stems that name a message, its original or its translation, in the languages mail clients are set to. */
// Session 26: Czech, Slovak, Hungarian, Greek, Ukrainian, Turkish/Romanian, Croatian, Slovenian, Estonian, Latvian,
// Lithuanian, Indonesian, Vietnamese, Thai, Hebrew and Arabic ("-----Původní zpráva-----", "----- Eredeti üzenet -----").
const MESSAGE_WORD =
  /messag|mensag|mensaje|messaggio|origin|forward|translat|reply|antwort|nachricht|wiadomo|viesti|meddel|bericht|besked|сообщ|メッセージ|邮件|郵件|메시지|zpráv|správ|üzenet|μήνυμα|повідомл|mesaj|poruk|sporočil|sõnum|ziņojum|pranešim|pesan|thư gốc|tin nhắn|ข้อความ|הודעה|رسالة/i;
export const framedWords = (head: string) => FRAMED.exec(head)?.[1] ?? null;
/**
 * Session 34: words that name the exchange before the reply, framed as a helpdesk frames a thread's history ("---- Ticket
 * #55120 history ----", "— Earlier —", "=== Previous conversation ===", "--- Historique de la demande ---"). Not a chat's
 * own notices ("--- Conversation ended by agent ---"), after which the agent's reply may go on.
 */
const HISTORY_WORD = /histor|\b(?:previous|earlier|prior|thread|transcript)\b|verlauf|geschiedenis|storico|précédent|anterior|vorherig|precedent|eerder/i;
/**
 * ...of the exchange itself, named ("ticket", "conversation", "messages", "demande") or by the history word alone ("— Earlier
 * —", "=== Verlauf ==="): "--- Order history ---", "=== Service history ===" and "--- Previous steps ---" head the agent's
 * own lists.
 */
const EXCHANGE_WORD = /ticket|conversa|thread|messag|request|\bcase\b|demande|correspond|e-?mails?\b|\bchat|exchange|anfrage|richiesta|solicitud|gesprek|nachricht|transcript/i;
const HISTORY_WORD_ALONE = /^(?:history|historique|historial|histórico|verlauf|geschiedenis|storico|cronologia|earlier|previous|prior|thread|transcript)$/i;
/** The frame closing such a block ("--- End of transcript ---") is no opening: the agent's reply may go on under it. */
const framesHistory = (head: string) => {
  const words = framedWords(head)?.trim();
  if (!words || !HISTORY_WORD.test(words) || /\b(?:end|ended|ends)\b/i.test(words)) return false;
  return EXCHANGE_WORD.test(words) || HISTORY_WORD_ALONE.test(words);
};
/** A helpdesk's or translator's header over a translated quote: "[Translated from Japanese by …]", "Translation of the customer's message:". */
const TRANSLATED_HEADER =
  /^(?:[[(](?:auto(?:matically|-)? ?|machine[- ])?translat(?:ed|ion)\b[^\]).!?]{0,80}[\])]|(?:auto(?:matically|-)? ?|machine[- ])?translat(?:ed|ion) (?:from|of|by)\b[^.!?]{0,60}:)$/i;
/** Zoho's framed attribution without "On": "---- Ana Costa wrote ----". */
const FRAMED_ATTRIBUTION = /\b(?:wrote|writes|replied|a écrit|schrieb|escribió|scritto|escreveu|schreef|skrev|napisał)(?:$|\s)/i;
/** A heading over the messages the reply answers: "Previous message:", "Earlier messages:", "Message history:". */
// Session 23: a ticket's or a case's history too, and with no colon when it is the whole line ("Ticket history").
const HISTORY_HEADING = /^(?:previous|earlier|prior|original) (?:messages?|e-?mails?|correspondence)\s?:$|^(?:message|e-?mail|conversation|ticket|case|request) (?:history|thread)\s?:?$/i;
/**
 * Session 23: a heading that names an earlier message and when it was sent ("Original message from Sam Lee (3 Dec 2026):",
 * "Previous reply from our team, 2 Dec 2026:"). The date tells it from the agent's own "Previous messages aside, here's
 * the plan:".
 */
const DATED_HISTORY_HEADING = /^(?:previous|earlier|prior|original|last) (?:messages?|e-?mails?|repl(?:y|ies)|correspondence|notes?)\b[^\n]{0,100}:$/i;
const isDatedHistoryHeading = (head: string) => DATED_HISTORY_HEADING.test(head) && hasDateOrTime(head);
/**
 * Word stems that say a message was forwarded, in the mail clients' languages ("Inizio messaggio inoltrato:", "Inicio
 * del mensaje reenviado:", "Begin doorgestuurd bericht:"): over a mail header, such a short line is the forward's title.
 */
const FORWARD_WORD = /forward|weitergeleitet|réexpédié|transféré|reenviad|inoltrat|doorgestuurd|reencaminhad|encaminhad|vidarebefordra|videresend|przekazan|välitett|továbbított|přeposlan|пересланн|переслан|iletilen|転送|转发|轉寄/i;
export const isForwardTitle = (head: string) => head.length <= 60 && /:$/.test(head) && head.split(/\s+/).length <= 5 && FORWARD_WORD.test(head);
/** Session 26: Horde's reply header, "----- Message from Sam Lee <sam@…> on Tue, 2 Dec 2026 10:14:32 +0000 -----". */
const MESSAGE_FROM = /^-{3,10} ?message from \S[^\n]{0,120}? ?-{3,10}$/i;
export const isMessageSeparator = (head: string) =>
  MESSAGE_SEPARATOR.test(head) || MESSAGE_FROM.test(head) || FRAMED_ATTRIBUTION.test(framedWords(head) ?? '') || HISTORY_HEADING.test(head) || isDatedHistoryHeading(head) || BEGIN_FORWARDED.test(head) || REPLY_ABOVE.test(head) || isReplyLineMarker(head) || TRANSCRIPT_HEADING.test(head) || CHAT_WITH_NAME.test(head) ||
  // Session 35: "(translated by our team)" is the agent's note, as it is no tool's notice (isTranslationNotice).
  (TRANSLATED_HEADER.test(head) && !namesNoTool(head)) || MESSAGE_WORD.test(framedWords(head) ?? '') || framesHistory(head);
/**
 * A mail header field in any language: a short label of letters, then a colon ("Skickat:", "Enviado el:", "Wysłano:",
 * "送信日時:"). Outlook writes the labels in the language of the agent's or customer's mail client.
 */
const ANY_HEADER_FIELD = /^\*{0,2}\p{L}[\p{L}\p{M}.' -]{0,22}\s?[:：]\*{0,2}(?:\s|$)/u;
export const isAnyHeaderField = (head: string) => ANY_HEADER_FIELD.test(head);
/** A date or a time, as a header's "Sent:" field carries one in every language. */
export const hasDateOrTime = (head: string) =>
  /\d{1,2}[:.]\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b(?:19|20)\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}\b/i.test(head);
/** A capitalised line with a date or time that ends in a colon ("Ravi Kumar, 4 Mar 2025 09:14:"): a quote's header over ">" lines. */
export const isDatedAttribution = (head: string, tail: string, length: number) =>
  length <= 100 && /:$/.test(tail) && /^\p{Lu}/u.test(head) && hasDateOrTime(head) && !SPEAKS_AS_I.test(head);
/**
 * Session 37: "I" with a verb or a contraction after it ("I replied on Monday but I don't think it reached you, so here it is
 * again:"): the agent introducing a quote of their own. A mail client names the sender; an initial ("Ivan I. Petrov") is
 * no "I" with a lower-case word after it.
 */
const SPEAKS_AS_I = /\bI(?:['’][a-z]{1,2}\b|\s[a-z]{2,}\b)/;
/** An address in a header's "From:" field: "<ana@example.com>" or a bare address. */
export const hasAddress = (head: string) => EMAIL.test(head);
/** An attribution line in any language: a date or time, the sender's address, and a colon at the end. */
// Chinese and Japanese clients end it with a full-width colon ("王磊 <wanglei@…> 于2025年3月3日周一 14:02写道：").
export const isAnyAttribution = (head: string, tail: string, length: number) => length <= 200 && /[:：]$/.test(tail) && hasAddress(head) && hasDateOrTime(head);
/** The sender's address in brackets, as mail clients write it in an attribution: "<ana@…>", "(ana@…)", "[mailto:ana@…]". */
const BRACKETED_ADDRESS = /[<([](?:mailto:)?[^\s<>()[\]@]{1,64}@[^\s<>()[\]]{1,100}[>)\]]/;
export const hasBracketedAddress = (head: string) => BRACKETED_ADDRESS.test(head);
/**
 * Session 26: an attribution that names the sender by a bracketed address but gives no date: Horde's and other web mails'
 * "Quoting Sam Lee <sam@…>:" ("Zitat von …", "Citando …", "Citation de …"), and "Sam Lee <sam@…> wrote:" as some clients
 * write it with no date. Nobody types an address in brackets over their own words, so what follows is the quoted message.
 */
const QUOTING = /^(?:quoting|zitat von|citando|citation de|citaat van|cytuj[aą]c)\s/i;
const ADDRESSED_VERB = /\s(?:wrote|writes|replied|commented)\s?:$/i;
export const isAddressedAttribution = (head: string, tail: string, length: number) =>
  length <= 160 && hasBracketedAddress(head) && ((QUOTING.test(head) && /[:：]$/.test(tail)) || ADDRESSED_VERB.test(tail) || ATTRIBUTION_END.test(tail));
export const isOutlookRule = (head: string) => OUTLOOK_RULE.test(head);
/** GroupWise's attribution: ">>> Claims <claims@…> 04/03/2025 16:40 >>>" (the message under it carries no marks). */
export const isGroupwiseHeader = (head: string) => /^>{3} \S.{0,158} >{3}$/.test(head);

/**
 * A line a chat or social app writes into the conversation, not the agent: "Agent Kim joined the chat",
 * "Conversation transferred to Billing", a date divider framed in rules ("— Today 10:42 —"), quick-reply buttons
 * ("[Yes, that helped]  [No, I need more help]"), and a social reply's "Replying to @QuickBiteUK and @sam_j".
 */
const CHAT_NOTICE = gatedAlternation(
  [
    { needles: ['transferred', 'assigned', 'escalated', 'handed over'], source: String.raw`^(?:the |this )?(?:conversation|chat) (?:was |has been )?(?:transferred|assigned|reassigned|escalated|handed over) to (?:the )?[\p{L}\p{N}&-]{1,30}(?: (?:[–—] )?[\p{L}\p{N}&-]{1,30}){0,4}(?: \([\p{L}\p{N}&' -]{1,30}\))?\.?$` },
    // Session 37: a social app's heading over a reply to one comment or post ("Reply to @lulu.bakes's comment", TikTok's).
    { needles: ['to @'], source: String.raw`^(?:reply|replying|replied) to @[\w.]{1,30}['’]s (?:comment|post|video|reel|story|message)$` },
    // Session 37: a messaging app's notice about the chat's history (Google Chat's "History is turned off⏎Messages sent with
    // history off are deleted after 24 hours.", disappearing messages in WhatsApp, Signal and Messenger).
    { needles: ['history', 'disappear'], source: String.raw`^(?:(?:chat |conversation )?history is (?:now )?(?:turned )?(?:on|off)|disappearing messages (?:are|were) (?:now )?(?:turned )?(?:on|off)|(?:you|[\p{L}]{1,20}) turned (?:on|off) disappearing messages|messages sent with history (?:on|off) are (?:deleted|kept|saved)\b[^\n]{0,60}|new messages will disappear from this chat\b[^\n]{0,80})\.?$` },
    { needles: ['replying to @'], source: String.raw`^replying to @[\w.]{1,30}(?:(?:,| and) @[\w.]{1,30}){0,10}$` },
    { needles: ['['], source: String.raw`^(?:\[[^\]\n]{1,40}\] {0,4}){2,6}$` },
    // Session 29: the chat widget's buttons under its label, on one line ("Quick replies: Book a slot | Opening hours | Talk
    // to a human"): two options or more between bars or dots. "Quick replies: we answer within the hour." stays the agent's.
    { needles: ['quick', 'suggested', 'reply options'], source: String.raw`^(?:quick (?:replies|options|actions|links)|suggested (?:replies|responses|actions|questions)|reply options)\s?:\s?[^|·•\n]{1,40}(?: ?[|·•] ?[^|·•\n]{1,40}){1,8}$` },
  ],
  'iu',
);
/**
 * More of a chat app's event lines, each a whole line: a session starting or ending, who is connected or typing, a
 * rating, a transfer, a disconnection, an attachment sent, read receipts, a status change, a bot's waiting line, a
 * social tool's "Posted via …", and ids ("Chat started: 10:02 AM", "Sam is typing…", "Visitor rated the chat Good").
 */
// A name as the app writes it, capitalised ("Sam", "Agent Sam Lee", "Sam (Acme)"), or a role in any case ("visitor").
const WHO = "(?:\\p{Lu}[\\p{L}.'’-]{0,20}(?: \\p{Lu}[\\p{L}.'’-]{0,20}){0,2}(?: \\([^)\\n]{1,30}\\))?|(?:[Tt]he )?(?:[Vv]isitor|[Cc]ustomer|[Uu]ser|[Aa]gent|[Oo]perator))";
// Session 37: a forum's user name as it heads a comment ("u/NimbusCloudSupport · 2h").
const WHO_WHEN = `^(?:${WHO}|u\\/[\\w-]{3,20})(?:,? (?:from|at|@) \\p{Lu}[\\p{L}&'’ -]{0,30})?(?: ?[·•] ?\\p{Lu}[\\p{L}&'’ -]{0,30}){0,2}(?: replied(?: to (?:you|your (?:comment|message|post|story)))?| commented| wrote)? ?[·•] ?(?:\\d{1,2}:\\d{2}(?: ?(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?))?|[Jj]ust now|[Nn]ow|\\d{1,2} ?(?:s|m|min|mins|h|hr|hrs|d|w)|[Yy]esterday|[Tt]oday|\\d{1,2} \\p{L}{3,9}\\.?,? \\d{1,2}:\\d{2})(?: ?[·•] ?(?:[Rr]ead|[Ss]een|[Dd]elivered|[Ss]ent|[Ee]dited))?$`;
const CLOCK = '(?:\\s?(?:at|:|-|–|·)?\\s?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?';
/**
 * Session 36: LinkedIn's heading over a message, the sender's name (with pronouns) and the connection's degree ("Priya Nair
 * (she/her) · 2nd"); under it, on the lines before the blank one, their headline and the time ("Member Support at
 * Hirewell⏎11:05 AM"): short lines with no sentence's end and no greeting's comma.
 */
/** The profile's full name, two or three capitalised words, with its pronouns: one word ("Delivery · 2nd") ranks options. */
const PROFILE_NAME = "\\p{Lu}[\\p{L}.'’-]{0,20}(?: \\p{Lu}[\\p{L}.'’-]{0,20}){1,2}(?: \\([^)\\n]{1,30}\\))?";
const PROFILE_HEADING = new RegExp(`^${PROFILE_NAME} ?· ?(?:1st|2nd|3rd\\+?)$`, 'u');
export const isProfileHeading = (head: string) => head.includes('·') && PROFILE_HEADING.test(head);
export const isProfileHeadingLine = (head: string) => head.length <= 80 && !/[.!?,:;]$|[.!?]\s/.test(head);
/**
 * Session 28: the app's rating request on the line of its closing event ("Priya has closed the conversation. How would you
 * rate this chat? 👍 👎").
 */
const RATING_TAIL = '(?: (?:[Hh]ow would you rate|[Pp]lease rate|[Rr]ate) (?:this|the|your|our) (?:chat|conversation|support|experience|service)\\??(?: ?(?:👍|👎|⭐|★|☆|[·|/]|[Yy]es|[Nn]o)){0,12})?';
const CHAT_EVENT = gatedAlternation(
  [
    { needles: ['chat', 'conversation', 'session'], source: `^(?:chat|conversation|session) (?:started|ended|closed|resolved|reopened|archived|expired)(?: by (?:the )?[\\p{L} .'’-]{1,40})?${CLOCK}\\.?$` },
    // Session 24: a helpdesk snoozing the conversation ("Conversation snoozed until 10:00 by Workflow").
    { needles: ['snoozed'], source: `^(?:(?:the )?(?:chat|conversation|ticket) (?:was )?snoozed|snoozed(?= until))(?: until (?:\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?|tomorrow|later today|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?)[^\\n]{0,20}?)?(?: by (?:the )?[\\p{L} .'’-]{1,40})?\\.?$` },
    { needles: ['chat', 'conversation', 'session'], source: `^(?:this|the) (?:chat|conversation|session) (?:has |was )?(?:been )?(?:ended|closed|expired|timed out|marked as (?:resolved|closed|solved))(?: due to inactivity| by (?:the )?[\\p{L} .'’-]{1,40})?\\.?(?: (?:reply|respond|send a message|write) (?:here |below )?to (?:reopen|continue)(?: it| (?:the|this) (?:chat|conversation))?\\.?| start a new (?:chat|conversation)(?: any ?time| whenever you (?:like|need|want))?[.!]?)?$` },
    // Session 41: the widget's progress line ("Connecting you to an agent…", "Transferring you to the team now...").
    { needles: ['connecting you', 'transferring you'], source: `^(?:(?:now|please wait,?|hold on,?) )?(?:connecting|transferring) you (?:to|with) (?:an? |the |one of our )?[\\p{L} ]{2,40}?(?:…|\\.{1,3})?$` },
    { needles: ['please'], source: `^please (?:wait|hold) while (?:we|i) (?:connect|transfer) you (?:to|with) (?:an? |the )?[\\p{L} ]{2,40}\\.?$` },
    { needles: ['read', 'seen', 'delivered', 'sent'], source: `^(?:read|seen|delivered|message (?:delivered|sent|read|seen)|sent)(?:(?: (?:at |on )?| ?[·•] ?)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? (?:at )?|yesterday,? (?:at )?|today,? (?:at )?)?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?$` },
    // Batch 2: a messenger's placeholder for what was sent ("[Sticker]", "[Voice message]").
    { needles: ['['], source: '^\\[(?:sticker|photo|image|video|voice message|voice note|gif|file|location|contact card|emoji|animated emoji)\\]$' },
    { needles: ['today', 'yesterday'], source: `^(?:today|yesterday)(?:,? (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?$` },
    { needles: ['posted', 'published', 'sent', 'scheduled', 'shared'], source: `^(?:posted|published|sent|scheduled|shared) (?:via|from|with|using) (?:sprout ?social|hootsuite|buffer|zendesk|freshdesk|khoros|emplifi|sprinklr|agorapulse|meta business suite|tweetdeck|brandwatch|hubspot|later)$` },
    { needles: ['powered by'], source: `^powered by [\\p{L}\\p{N} .]{2,30}$` },
    { needles: ['show this thread'], source: '^show this thread$' },
    // A chat's queue lines before an agent joins: "You are number 3 in the queue.", "Estimated wait time: 2 minutes", and
    // "An agent will be with you shortly." after the app's thanks.
    { needles: ['queue', 'line'], source: '^(?:you are|you[\'’]re) (?:now )?(?:(?:number|no\\.?|#) ?\\d{1,3}|next) in (?:the |our )?(?:queue|line)\\.?$' },
    { needles: ['wait time', 'waiting time'], source: '^(?:estimated |expected |current |approximate )?wait(?:ing)? time\\s?(?::|is)\\s?(?:about |around |approximately |~)?\\d{1,3} ?(?:minutes?|mins?|seconds?|secs?|hours?)\\.?$' },
    { needles: ['will be with you'], source: '^(?:[^\\n]{1,60}[.!] )?(?:an? )?(?:agent|advisor|adviser|member of (?:our|the) team|representative|teammate|team member|specialist) will be with you (?:shortly|soon|in a moment|as soon as possible)\\.?$' },
    // Session 40: a bot's hand-off button the customer pressed, as the widget prints it under the bot's turn ("No, talk to a
    // person", "Speak to a human"), and a messaging app's welcome to a new follower (LINE's "Thank you for adding Sakura
    // Dental as a friend!").
    { needles: ['talk to', 'speak to', 'chat with', 'talk with', 'speak with'], source: '^(?:(?:no|yes)(?:,| -)? )?(?:talk|speak|chat) (?:to|with) (?:a |an |the )?(?:person|human|real person|live agent|agent|teammate|team|someone)$' },
    // Session 41: the account named in the third person; the agent's "we" ("Thank you for adding us as a friend!") is theirs.
    { needles: ['as a friend', 'as friend'], source: '^(?:thank you|thanks) for adding (?!us\\b|me\\b)[^\\n]{1,60}? as (?:a )?friend[!.]?$' },
    // Instagram's and Facebook's lines over a reply to a story or post, and a commenter's badge ("Top fan", "Author").
    { needles: ['replied', 'reacted', 'mentioned you'], source: '^(?:you )?(?:replied|reacted(?: [^\\n]{1,8})?) to (?:their|your|his|her) (?:story|post|reel|note|message|comment)$|^mentioned you in (?:their|a) (?:story|post|comment)$' },
    { needles: ['fan', 'commenter', 'conversation', 'author', 'admin', 'moderator', 'relevant'], source: '^(?:top fan|rising fan|valued commenter|conversation starter|author|admin|moderator|most relevant)$' },
    // The messaging app's encryption notice ("Messages and calls are end-to-end encrypted. No one outside of this chat…").
    { needles: ['end-to-end encrypted'], source: '^(?:messages|calls|messages and calls|calls and messages|this (?:chat|conversation))(?: (?:in|on|to) this (?:chat|conversation))? (?:are|is) (?:now )?end-to-end encrypted\\b[^\\n]{0,200}$' },
    // Session 36: the notice a messaging app sets over a chat with a business account, with or without its button ("This
    // business uses a secure service from Meta to manage this chat.", "This business works with other companies to
    // manage this chat.", "This chat is with a business account.").
    { needles: ['this chat', 'business account'], source: '^this (?:business|company) (?:uses|works with) [^\\n]{1,80} to manage this chat\\b[^\\n]{0,80}$|^this chat is (?:now )?with (?:a|an official|the official) business(?: account)?\\b[^\\n]{0,80}$' },
    // A file the app logs as sent or received: "File uploaded: flyer_final_v3.pdf (2.4 MB)".
    { needles: ['uploaded', 'attached', 'sent', 'received', 'shared'], source: '^(?:file|attachment|image|photo|document|screenshot)s? (?:uploaded|attached|sent|received|shared)\\s?:\\s?[^\\n]{1,80}\\.[a-z0-9]{2,5}(?: \\(\\d[\\d.,]{0,6} ?[kmg]?b\\))?$' },
    // A messaging app's notice with its own button text ("This business uses a secure service from Meta to manage this
    // chat. Tap to learn more."): nobody types a button into a reply.
    { needles: ['more'], source: '^[^\\n]{1,160}[.!] (?:tap|click|select) (?:here )?(?:to|for) (?:learn more|more info(?:rmation)?|find out more|see more)\\.?$' },
    { needles: ['chat', 'conversation', 'session'], source: '^(?:chat|conversation|session) (?:id|ref(?:erence)?)\\s?[:#]\\s?[\\w-]{1,30}$' },
    { needles: ['['], source: '^\\[(?:auto-?reply|automatic reply|automated message|bot|system(?: message)?)\\]' },
    // Session 41: the same label with a colon ("Auto-reply: Thanks for your message! We usually reply within a few hours.").
    { needles: ['auto', 'system message'], source: '^(?:auto-?reply|auto-?response|automatic (?:reply|response)|automated (?:message|reply|response)|system message)\\s?:\\s\\S' },
    // Session 28: a note the helpdesk shows to agents only, as it draws one: under its lock or pad ("🔒 Internal note: size
    // swap done, no charge.") or saying who sees it ("Private note (hidden from customer): …"). A bare "Internal note: …"
    // typed among the agent's lines stays theirs (session 24's convention: it would be sent, so it is coached).
    { needles: ['note'], source: '^(?:[🔒📝🗒]\\ufe0f? ?(?:internal|private|agent|staff) note|(?:internal|private|agent|staff) note \\((?:only )?(?:visible|hidden|not visible|private|internal)\\b[^)\\n]{0,50}\\))\\s?[:–—-]\\s?[^\\n]{1,300}$' },
    // A social or messaging app's own lines copied with the reply: reactions, receipts, edits, translations, badges.
    { needles: ['·', '•'], source: '^(?:\\p{Extended_Pictographic}\\ufe0f? ?\\d{1,5} ?[·•] ?)?(?:like|reply|share|react|translate|hide(?: reply)?|report|retweet|repost|quote)(?: ?[·•] ?(?:like|reply|share|react|translate|hide(?: reply)?|report|retweet|repost|quote|bookmark|delete|see translation|\\d{1,2} ?(?:s|m|min|h|hr|d|w)))+$' },
    // A messaging app's events with no one named: a call, a reaction, a request accepted ("Missed voice call at 10:42",
    // "Liked a message", "You accepted the request").
    { needles: ['call'], source: '^(?:missed|declined|cancell?ed|incoming|outgoing) (?:voice |video |audio )?call\\b[^.!?\\n]{0,30}$' },
    { needles: ['liked', 'loved', 'unsent', 'forwarded', 'pinned'], source: '^(?:you )?(?:liked|loved|unsent|forwarded|pinned|unpinned) (?:a|your|their|this|the) (?:message|photo|post|story|reply)$' },
    { needles: ['request'], source: '^(?:you )?(?:accepted|declined|ignored) (?:the|their|this|a) (?:message )?request$' },
    // The app closing a conversation by itself, and its rating request ending in a row of stars.
    { needles: ['automatically'], source: '^(?:the )?(?:chat|conversation|session) (?:was |has been )?(?:closed|ended|resolved) automatically\\b[^\\n]{0,60}$' },
    { needles: ['⭐', '★', '☆'], source: '^[^\\n]{0,80}\\b(?:rate|rating|how (?:we|i) did|feedback|review)\\b[^\\n]{0,40}[⭐★☆]{3,5}$' },
    { needles: ['✓', '✔'], source: '^(?:✓{1,2}|✔{1,2}) ?(?:read|seen|delivered)(?: (?:at )?\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?$' },
    { needles: ['edited', 'translat', 'see original', 'more'], source: '^\\(?edited\\)?$|^(?:[🌐🌍🌎🌏🔤]\\ufe0f? ?)?(?:auto-?translated|translated from [\\p{L}]{3,20}|see original|see translation|translate (?:post|tweet|message|comment))$|^(?:show|see) more$' },
    { needles: ['this message'], source: '^this message (?:was|has been) (?:deleted|unsent|removed)\\.?$' },
    { needles: ['typically', 'usually'], source: '^(?:typically|usually) (?:replies|responds) (?:in|within) [\\p{L}\\d -]{1,30}$' },
    // Session 24: the chat rated by name ("Was this conversation helpful? 👍 👎").
    { needles: ['was this', 'helpful', 'did this', 'did that'], source: '^(?:was this (?:(?:conversation|chat) )?(?:helpful|useful)|helpful|did (?:this|that) (?:answer|solve|resolve) your (?:question|problem|issue))\\?? ?(?:👍|👎|yes|no|[·|/ ]){2,12}$' },
    // Session 52: the ticket's number has a digit or "#" ("Ticket #48213 solved", "Case CX-12 closed"); a word there is the
    // agent telling the customer ("Ticket now solved", "Request already closed").
    { needles: ['ticket', 'case', 'request'], source: '^(?:ticket|case|request)(?: #[\\w-]{1,20}| [\\p{L}-]{0,19}\\d[\\w-]{0,19})? (?:was |has been )?(?:closed|solved|resolved|reopened)$' },
    // Session 38: a support bot opening or claiming a ticket in a community chat (Discord's "ModMail: Ticket #0231 opened by
    // @mika_dev", "Ticket #88 claimed by Rhea"), with its label read off by isChatNotice.
    { needles: ['opened by', 'created by', 'claimed by', 'closed by'], source: '^(?:ticket|thread|case|request|conversation) #?[\\w-]{1,20} (?:was )?(?:opened|created|claimed|closed|reopened) by @?[\\p{L}\\p{N}._-]{1,32}(?: [\\p{L}.]{1,20}){0,2}\\.?$' },
    // A helpdesk logging a change to the conversation's fields: "Priority set to High", "Status changed to Pending".
    { needles: ['priority', 'status', 'severity', 'category', 'queue', 'group', 'assignee', 'sla'], source: '^(?:priority|status|severity|category|queue|group|assignee|sla) (?:was |has been )?(?:set|changed|updated|raised|lowered) (?:to|from [\\p{L}\\d ]{1,20} to) [\\p{L}\\d ]{1,20}$' },
    { needles: ['sent'], source: '^(?:this )?(?:message|reply) (?:was )?sent (?:from|via|with|using) (?:the )?[\\p{L}\\p{N} &\'.-]{2,30} app\\.?$' },
    // X's timestamp line: "12:42 PM · Mar 4, 2025" (with the client or the views after it).
    { needles: ['·'], source: '^\\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)? ?· ?(?:\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}{3,9}\\.? \\d{4})(?: ?· ?[^·\\n]{1,30}){0,2}$' },
    // The app's closing notice, whatever the thanks before it: "Thanks for chatting with us! 😊 This conversation will close in 5 minutes."
    { needles: ['chat will', 'conversation will', 'session will'], source: '(?:^|[.!?\\p{Extended_Pictographic}] )(?:this|the|your) (?:chat|conversation|session) will (?:be )?(?:close|closed|end|ended|expire|archived|deleted) (?:automatically )?in \\d{1,3} ?(?:minutes|mins?|seconds|secs?|hours?|hrs?|days?)(?: of inactivity)?\\.?$' },
  ],
  // Lower-case patterns matched on the lower-cased line: with /i, V8 compiles this 4,000-character pattern with
  // case folding of every \p{L} class, the costliest regex of the engine's first check (scripts/bench-engine-start.ts).
  'u',
);
/** The events an app writes with someone's name, case-sensitive so that "Your parcel left." stays the agent's. */
const NAMED_CHAT_EVENT = gatedAlternation(
  [
    // "You're now chatting with Sam", and the composer's banner "You're chatting with Dev 👋".
    { needles: ['chatting', 'connected', 'talking', 'speaking'], source: `^(?:[Yy]ou are|[Yy]ou['’]re|[Yy]ou were) (?:now )?(?:chatting|connected|talking|speaking) (?:with|to) ${WHO}(?: (?:from|at|of) (?:the )?\\p{Lu}[\\p{L}\\p{N}&'’ -]{0,40})?\\.?(?: ?[\\p{Extended_Pictographic}\\u200d\\ufe0f]{1,4})?$` },
    { needles: ['is typing'], source: `^${WHO} is typing(?:…|\\.{3})?$` },
    // Round 2: a tag the helpdesk logs ("Tag added: prescriptions · 09:12"), a thread's reply count ("3 replies  Last reply
    // today at 10:41 AM"), a call-back request ("Call back requested 10:43").
    { needles: ['added', 'removed'], source: `^[Tt]ags? (?:added|removed)\\s?:\\s?[\\p{L}\\d ,_-]{1,40}?(?: ?[·•])?${CLOCK}$` },
    { needles: ['repl'], source: `^\\d{1,3} repl(?:y|ies)(?: {1,3}[Ll]ast reply [^\\n]{1,40})?$` },
    { needles: ['requested', 'scheduled', 'booked'], source: `^[Cc]all ?back (?:requested|scheduled|booked)${CLOCK}$` },
    // Batch 2: "Lin recalled a message", "Sam unsent a message".
    { needles: ['recalled', 'unsent', 'deleted', 'retracted'], source: `^${WHO} (?:recalled|unsent|deleted|retracted) (?:a|this|the|their) message\\.?$` },
    // A read receipt naming the reader: "Seen by Amira at 10:44".
    { needles: ['seen by', 'read by'], source: `^(?:[Ss]een|[Rr]ead) by ${WHO}${CLOCK}$` },
    // To a queue or a team by its name: "Transferred to Billing queue", not "Transferred to your account."
    // Session 41: also as a sentence about the conversation ("This conversation is now assigned to Billing."), and to a
    // team with a number ("Tier 2").
    { needles: ['transferred', 'assigned', 'routed'], source: `^(?:(?:(?:[Tt]his|[Tt]he) (?:conversation|chat|ticket) (?:is|has been|was) (?:now )?)|(?:[Cc]onversation|[Cc]hat|[Tt]icket) (?:(?:is|has been|was) (?:now )?)?)?(?:[Tt]ransferred|[Aa]ssigned|[Rr]eassigned|[Rr]outed) (?:from (?:the )?\\p{Lu}[\\p{L}\\p{N}&'’-]{0,30} )?to (?:the )?\\p{Lu}[\\p{L}\\p{N}&'’ -]{0,40}(?: \\([\\p{L}&'’ -]{1,30}\\))?\\.?$` },
    { needles: ['rated'], source: `^${WHO} (?:has )?rated (?:the|this|your) (?:chat|conversation)\\b[^.!?\\n]{0,30}$` },
    // Session 41: the app telling the agent they were given the conversation ("You were assigned to this conversation by
    // Routing").
    { needles: ['assigned', 'added', 'invited'], source: `^[Yy]ou (?:were|have been) (?:assigned|added|invited) to (?:this|the) (?:conversation|chat|ticket)(?: by [\\p{L}\\p{N} .'’-]{1,40})?\\.?$` },
    // Session 41: the customer starting the chat, with their address and the page it started on ("Jo Bell (jo@…) started
    // a chat from acme.example/pricing").
    { needles: ['started', 'opened', 'began'], source: `^${WHO}(?: \\([^()\\n]{1,60}\\))? (?:started|opened|began) (?:a|the|this) (?:new )?(?:chat|conversation)(?: (?:from|on|via) [^\\s]{1,100})?\\.?$` },
    // Session 41: with the team after the name ("Nia from Acme has joined the chat.").
    { needles: ['connected', 'offline', 'away', 'joined', 'left'], source: `^${WHO}(?: (?:from|at|of) \\p{Lu}[\\p{L}\\p{N}&'’-]{0,30}(?: \\p{Lu}[\\p{L}\\p{N}&'’-]{0,30}){0,2})? (?:has )?(?:disconnected|went offline|is offline|is away|reconnected|joined|left)(?: the (?:chat|conversation|call))?\\.?$` },
    { needles: ['sent a'], source: `^${WHO} sent an? (?:attachment|file|image|photo|video|voice message|gif|sticker)\\b[^\\n]{0,80}$` },
    { needles: ['closed', 'resolved', 'reopened', 'snoozed', 'archived'], source: `^${WHO} (?:has )?(?:closed|resolved|reopened|snoozed|archived) (?:this|the) (?:conversation|chat|ticket)${CLOCK}\\.?${RATING_TAIL}$` },
    // Session 24: a helpdesk logging what someone did to the conversation ("Ana assigned this conversation to Billing ·
    // 10:02", "Sam marked this conversation as resolved", "Bot handed the conversation to Leo", "Leo is now handling this
    // conversation", "Sam Lee left an internal note", "Workflow added the tag refund").
    { needles: ['this conversation', 'the conversation', 'this chat', 'the chat', 'this ticket', 'the ticket'], source: `^${WHO} (?:assigned|reassigned|unassigned|transferred|routed|marked|handed|passed|moved|merged|escalated|is now handling|set) (?:this|the) (?:conversation|chat|ticket)(?: over)?(?: to (?:the )?\\p{Lu}[\\p{L}\\p{N}'’ -]{0,30}| to (?:the |our )?(?:support |service |right )?team| to an? (?:teammate|human|agent|person|specialist)| to (?:themselves|themself|himself|herself)| as (?:resolved|closed|solved|open|pending|spam|urgent|done))?${CLOCK}$` },
    { needles: ['note', 'tag'], source: `^${WHO} (?:left|added) (?:an? (?:internal |private )?note|the tags? [\\p{L}\\p{N}_-]{1,30})${CLOCK}$` },
    { needles: ['changed the'], source: `^${WHO} changed the (?:conversation |ticket |chat )?status to [\\p{L} ]{2,20}\\.?$` },
    // Who wrote it and when, as the app heads or foots each message: "Sarah from Acme · 2m", "Sarah · Customer Support ·
    // 10:42 AM", "Acme Support replied · 1h", "Posted by Acme Support".
    { needles: ['·', '•'], source: WHO_WHEN },
    { needles: ['replied', 'posted by'], source: `^${WHO} replied$|^[Pp]osted by ${WHO}$` },
    // Someone's state as the app shows it, and their reaction: "Jo is offline", "Customer is now offline. They'll see your
    // reply by email.", "The customer has been idle for 10 minutes.", "Jo reacted 👍 to your message".
    { needles: ['offline', 'online', 'away', 'idle', 'inactive'], source: `^${WHO} (?:is|has been|was|went) (?:now )?(?:offline|online|away|idle|inactive)\\b[^\\n]{0,80}$` },
    // Session 41: someone no longer in the chat ("The customer is no longer in the chat.").
    { needles: ['no longer'], source: `^${WHO} (?:is|was) no longer (?:in|on|connected to) (?:the|this) (?:chat|conversation)\\.?$` },
    { needles: ['reacted'], source: `^${WHO} reacted [^\\s]{1,8}(?: to (?:your|a|their|the|this) message)?$` },
    // Session 30: never the agent as "I" ("I submitted the form for you, so…").
    { needles: ['form'], source: `^(?!I )${WHO} (?:submitted|filled in|completed) the (?:pre-?chat |contact |intake )?form\\b[^\\n]{0,200}$` },
    // Where the visitor's browser went, as live chat logs it: "Visitor navigated to https://…", "Customer is viewing www.…".
    { needles: ['http', 'www.'], source: `^${WHO} (?:navigated to|went to|opened|is (?:now )?viewing|visited) (?:https?:\\/\\/|www\\.)\\S{1,200}$` },
    // A messaging composer's line under each message: "Sent by Inês (Customer Support) · 14:02". Session 41: or the state
    // alone, before the clock shows ("Sent by Marta · Seen").
    { needles: ['sent by'], source: `^[Ss]ent by ${WHO}\\s?(?:[·•|,–-]|at)\\s?(?:(?:[Ss]een|[Rr]ead|[Dd]elivered)(?:(?: at)? \\d{1,2}:\\d{2}(?: ?(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?))?)?|\\d{1,2}:\\d{2}(?: ?(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?))?)$` },
  ],
  'u',
);
const isChatEvent = (head: string) => CHAT_EVENT.test(head.toLowerCase()) || NAMED_CHAT_EVENT.test(head) || CHAT_DATE.test(head);
/** A chat export's date line between days ("2025.03.12 Wednesday", "2025/03/12(Wed)"). */
const CHAT_DATE = /^\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?(?: ?\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\)?)?$/i;
const WHO_WHEN_LINE = new RegExp(WHO_WHEN, 'u');
/** "Tom Hughes · 2h", "Sarah from Acme · 2m": who wrote a message and when, as the app heads (or foots) it. */
export const isWhoWhenLine = (head: string) => WHO_WHEN_LINE.test(head);
const DIVIDER_DAY = /\b(?:today|yesterday|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b/i;
/** A transcript's clock before a notice ("(10:40:12 AM) *** Jo joined the chat ***"), and the stars framing it. */
const NOTICE_CLOCK = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?[\])]? {1,3}/i;
const NOTICE_STARS = /^\*{2,3} ?([^*]{1,80}?) ?\*{2,3}$/;
/**
 * A messaging app's lines about a message, not in it: "This message was deleted", "You deleted this message", "Seen
 * ✓✓", "📌 Pinned by Brightside Games", "❤️ by creator".
 */
const MESSAGE_STATE =
  /^(?:(?:this|the) message (?:was|has been) (?:deleted|removed|unsent)|you (?:deleted|unsent|removed) (?:this|a) message|message (?:deleted|unsent|removed)|(?:seen|read|delivered) ?[✓✔]{1,2}\ufe0f?|[✓✔]{2}|(?:📌\ufe0f? ?)?pinned by [^\n.!?]{1,40}|(?:❤️?|♥️?) ?by (?:the )?(?:creator|author)|(?:liked|loved|hearted) by (?:the )?(?:creator|author))$/iu;
/**
 * Session 29: a helpdesk's notice that AI wrote or helped write the reply ("This response was generated by AI. It may contain
 * mistakes.", "This reply was drafted with the help of AI and checked by a member of our team.", "✨ AI-generated reply"), on
 * a line of its own: the tool's line, whatever it goes on to say, unless the agent goes on as "I" ("…, but I checked every
 * figure myself") — then the line is theirs.
 */
const AI_NOTICE =
  /^(?:[✨🤖]\ufe0f? ?)?(?:(?:this|the above|our) (?:response|reply|message|answer|e-?mail|summary) (?:was|has been|is|may have been) (?:partly |partially |automatically )?(?:generated|drafted|written|created|produced|composed|prepared|assisted)(?: in part)? (?:by|with|using) (?:the (?:help|assistance|support) of )?(?:an? |our )?(?:ai\b|artificial intelligence|generative ai|gen ?ai\b|(?:virtual|automated|digital|ai) (?:assistant|agent)\b|chat ?bot\b|[\p{L}-]{1,20},? (?:our|an) (?:ai|virtual|automated|digital) )|ai[- ]generated (?:response|reply|message|answer|content)\b|(?:generated|drafted|written) (?:by|with) ai\b|(?:diese|die) (?:antwort|nachricht|e-mail) wurde (?:teilweise )?(?:mit hilfe von|mithilfe von|durch|von) (?:einer )?ki\b|(?:cette|la) (?:réponse|message) a été (?:rédigée?|générée?) (?:par|avec(?: l['’]aide de)?) (?:l['’])?(?:ia|intelligence artificielle)\b|esta (?:respuesta|mensaje) (?:fue|ha sido) (?:generada|redactada|generado|redactado) (?:por|con(?: ayuda de)?) (?:la )?(?:ia|inteligencia artificial)\b)/u;
function isAiNotice(head: string): boolean {
  if (head.length > 300) return false;
  const m = AI_NOTICE.exec(head.toLowerCase());
  return m !== null && !/\bI\b|\bI['’]|\b(?:me|my)\b/.test(head.slice(m[0].length));
}
/**
 * "Agent Kim joined the chat", "Visitor left the chat": who, as the app writes them (a name capitalised, or a role). Session
 * 35: apart from the caseless notices, since under `i` a `\p{Lu}` matched any word ("looks like you left the chat").
 */
const JOINED_OR_LEFT = gatedAlternation(
  [{ needles: ['the chat', 'the conversation'], source: String.raw`^(?:\p{Lu}[\p{L}.' -]{0,40} |(?:[Tt]he )?(?:visitor|customer|user|agent|operator) )?(?:[Hh]as |[Hh]ave )?(?:[Jj]oined|[Ll]eft|[Ee]ntered|[Ee]nded) the (?:chat|conversation)(?: (?:at )?\d{1,2}:\d{2}(?: ?[AaPp][Mm])?)?$` }],
  'u',
);
const LABELLED_EVENT = /^\p{Lu}[\p{L}\p{N}'’-]{1,20} ?: (\S+ \S+ \S[^\n]*)$/u;
const isNoticeLine = (head: string) => CHAT_NOTICE.test(head) || JOINED_OR_LEFT.test(head);
/**
 * Session 38: a messaging app's notice in its own language under a reply in English, as KakaoTalk, Zalo, WeChat and LINE
 * write it when the chat is handed over or ends ("[카카오톡 채널] 상담이 종료되었습니다.", "Bạn đã được chuyển cuộc trò
 * chuyện từ Zalo OA …", "会话已结束"): the app's verb of a session ending, starting or moving, on the chat's own noun.
 */
const FOREIGN_CHAT_NOTICE = /(?:상담|대화|채팅)(?:이|가|을|를)? ?(?:종료|연결|시작|이관|배정)(?:되었습니다|됐습니다|합니다)|cuộc trò chuyện (?:đã (?:kết thúc|được chuyển|đóng)|từ\b)|đã được chuyển cuộc trò chuyện|(?:会话|对话|對話|聊天)已(?:结束|結束|转接|轉接|关闭|關閉|分配)|トーク(?:が|を)(?:終了|転送)しました/u;
const isForeignChatNotice = (head: string) => head.length <= 200 && !/(?<!\p{L})(?:I|[Ww]e|[Yy]ou)(?!\p{L})/u.test(head) && FOREIGN_CHAT_NOTICE.test(head);
const REACTION_COUNTERS = /^(?:\p{Extended_Pictographic}\ufe0f? ?\d{1,6}\s{1,3}){1,6}\p{Extended_Pictographic}\ufe0f? ?\d{1,6}$/u;
export const isChatNotice = (head: string): boolean => {
  if (isNoticeLine(head) || isChatEvent(head) || MESSAGE_STATE.test(head) || isAiNotice(head) || isForeignChatNotice(head)) return true;
  // Session 37: a bot or the app naming itself before its own event, one word and a colon ("Zia: This conversation has been
  // assigned to Meera Iyer (Tier 2 Support).", "System: Chat transferred to Billing"). Three words or more: a field's value
  // ("Status: Delivered") is no event.
  const labelled = head.length <= 200 && head.includes(':') ? LABELLED_EVENT.exec(head) : null;
  if (labelled !== null && (isNoticeLine(labelled[1]!) || isChatEvent(labelled[1]!))) return true;
  // Session 24: two or three of the app's events logged on one line ("Chat transferred to Billing · Mo joined the chat").
  const events = head.length <= 160 && head.includes(' · ') ? head.split(' · ') : [];
  // Session 30: a social tool's thread count beside its line ("🧵 1/1 · Posted via Sprout Social").
  const threadCount = (e: string) => /^(?:🧵 ?)?\(?\d{1,2}\/\d{1,2}\)?$/u.test(e);
  if (events.length >= 2 && events.length <= 3 && events.every((e) => isNoticeLine(e) || isChatEvent(e) || threadCount(e)) && !events.every(threadCount)) return true;
  const unclocked = head.replace(NOTICE_CLOCK, '');
  if (unclocked !== head && isChatEvent(unclocked)) return true;
  const starred = NOTICE_STARS.exec(unclocked);
  if (starred) return isNoticeLine(starred[1]!);
  if (unclocked !== head && isNoticeLine(unclocked)) return true;
  // Session 41: a post's counters as the app draws them, two or more icons with a number ("💬 2  🔁 1  ❤️ 5").
  if (REACTION_COUNTERS.test(head)) return true;
  // Session 41: an event in square brackets, as some exports write them ("[Jo left the conversation]").
  const bracketed = head.startsWith('[') ? /^\[([^[\]\n]{3,80})\]$/.exec(head) : null;
  if (bracketed !== null && (isChatEvent(bracketed[1]!) || isNoticeLine(bracketed[1]!))) return true;
  const framed = /^[—–-]{1,3} ?([^—–-]{1,40}?) ?[—–-]{1,3}$/.exec(head);
  // Fifteenth look: a chat's own event framed in rules ("--- Conversation ended by agent ---"), as it is unframed.
  return framed !== null && !FRAMED_ATTRIBUTION.test(framed[1]!) && (DIVIDER_DAY.test(framed[1]!) || hasDateOrTime(framed[1]!) || isNoticeLine(framed[1]!) || isChatEvent(framed[1]!));
};
/**
 * A chat bot's header over its message, as messaging apps label it: "Fin · AI Agent", "Answer Bot", "Ava (virtual
 * assistant)", "Acme Bot · 10:41".
 */
const BOT_HEADER = /^operator$|^\p{L}[\p{L}\p{N}'’ -]{0,30}?(?: ?[·•|(-] ?| )(?:ai (?:agent|assistant)|bot|chat ?bot|virtual (?:agent|assistant)|automated assistant)\)?(?: ?[·•] ?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?$/iu;
const BOT_WORDS = ['operator', 'bot', 'agent', 'assistant'];
export const isBotHeader = (head: string) => {
  const lower = head.toLowerCase();
  // Session 35: the bot's name capitalised as the app writes it (under `i` the pattern's `\p{Lu}` matches any cased letter:
  // "or just ask the chat bot" over the agent's next line was a header).
  return BOT_WORDS.some((w) => lower.includes(w)) && BOT_HEADER.test(head) && (lower === 'operator' || /^\p{Lu}/u.test(head));
};
/**
 * A chat app's heading over the message it shows, copied above the agent's answer: Slack's app badge ("Northwind
 * Helpdesk APP  10:41 AM") and Teams' clock before the name as the directory spells it ("[10:42] Chen, Wei").
 */
const APP_HEADING = /^\p{Lu}[\p{L}\p{N}'’&. -]{0,40}? APP {1,2}\d{1,2}:\d{2}(?: ?[AaPp][Mm])?$/u;
// Session 27: Teams copies the date too ("[02/12/2026 10:42] Kowalski, Piotr").
const CLOCK_NAME_HEADING = /^\[(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? )?\d{1,2}:\d{2}(?: ?[AaPp][Mm])?\] \p{Lu}[\p{L}'’-]{0,20}(?:,?[ \u00a0]\p{Lu}[\p{L}'’.-]{0,20}){0,3}$/u;
/** Round 2: Discord's "Kai — Today at 10:42 AM", "Mira — 03/12/2025 9:15 PM". */
const DASH_WHEN_HEADING = /^\p{Lu}[\p{L}\p{N}_.'’-]{0,30}(?: \p{Lu}[\p{L}'’-]{0,20})? [—–] (?:(?:[Tt]oday|[Yy]esterday) at |\d{1,2}\/\d{1,2}\/\d{2,4},? )\d{1,2}:\d{2}(?: ?[AaPp][Mm])?$/u;
export const isMessageHeading = (head: string) => head.includes(':') && (APP_HEADING.test(head) || CLOCK_NAME_HEADING.test(head) || DASH_WHEN_HEADING.test(head));
/**
 * A messaging app's preview of the message being answered, on one line: "↪ @Dex: server lagging every evening",
 * "↩︎ In reply to Omar: can I change…". Nobody types the arrow into their own words.
 */
const REPLY_PREVIEW = /^[↪↩⤷⮑]\ufe0e?\ufe0f? ?(?:(?:[Ii]n reply to|[Rr]eplying to|[Rr]eply to) )?(?:@[\w.]{1,30}|\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}) ?: ?\S/u;
// Session 41: the app's line with the message answered inline ("Jo replied to your message: “where is it??”").
const REPLIED_INLINE = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2} replied to (?:you|your (?:message|comment|post|story|review))\s?:\s?\S/u;
export const isReplyPreview = (head: string) => head.includes(':') && (REPLY_PREVIEW.test(head) || REPLIED_INLINE.test(head));
/** "Replying to Ana Souza" (or WhatsApp's "You") over a message in quotation marks (a messenger's reply to one message). */
// Session 28: Messenger's line the other way round, "Jamie Lee replied to you".
const REPLY_HEADER = /^You$|^(?:[Rr]eplying to|[Ii]n reply to|(?:[Yy]ou )?[Rr]eplied to) \p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}$|^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2} (?:replied to you|(?:commented on|replied to|mentioned you in) (?:your|a|their) (?:post|comment|photo|video|reel|story|review))$/u;
export const isReplyHeader = (head: string) => (head === 'You' || head.includes('to ') || head.includes(' on ') || head.includes(' in ')) && REPLY_HEADER.test(head);
/** The customer's question copied over the agent's answer: "Q: Do you deliver on Sundays?" over "A: Yes, …". */
export const isQuestionLabel = (head: string) => /^Q\s?[:.-]\s?\S/.test(head);
export const isAnswerLabel = (head: string) => /^A\s?[:.-]\s?\S/.test(head);
/** A whole line in quotation marks: “my parcel says delivered but it isn’t here”. */
export const isQuotationLine = (head: string) => /^["“„«][^\n"“”„«»]{1,300}["”»][.!?]?$/u.test(head);
/** Telegram's line over a forwarded message: "Forwarded from Harbor Bikes Support". */
/** A messenger's label over a forwarded message: "Forwarded", "↪ Forwarded many times". */
export const isForwardedLabel = (head: string) => /^(?:[↪➦]\ufe0f? ?)?[Ff]orwarded(?: many times)?$/u.test(head);
export const isForwardedFrom = (head: string) => /^[Ff]orwarded from (?:@[\w.]{1,30}|\p{Lu}[^\n:.!?]{0,50})$/u.test(head);

/**
 * One field of an order, a booking or a ticket, as a shop or a helpdesk macro prints it: "Order: #48213", "Assigned
 * group: Service Desk L2", "Reservation | KX-88120". A short label (three words at most) and a short value that is
 * not a sentence; contact lines are a signature's.
 */
// Twelfth look: values aligned in a column after the label ("Log Name:      Application", as Event Viewer copies it).
const FIELD_LINE = /^(\p{Lu}[\p{L}\p{N}'’&/. -]{0,24}?)[ \u00a0]?(?::|\|)[ \u00a0]{0,16}([^\s\u00a0][^\n|]{0,80})$/u;
/** Round 2: an order's number and its item lines ("Order #1047", "Fig & Cedar candle × 1 — £24.00"). */
const CONTACT_LABEL = /^(?:[tmpfe]|tel|tel\.|phone|telephone|mobile|cell|fax|call|text|sms|whatsapp|e-?mail|mail|w|web|website|site|address)$/i;
const ORDER_NUMBER_LINE = /^(?:Order|Booking|Invoice|Ticket|Case|Reservation|Request) (?:no\.? ?|number )?#?[A-Z0-9][A-Z0-9-]{2,20}$/;
const ITEM_QUANTITY_LINE = /^\p{Lu}[^\n×]{0,60} [×x] ?\d{1,3}(?: [—–-] [£$€]\d[\d.,]{0,10})?$/u;
/**
 * Session 25: the label of a record's own field, the one that names which order, booking or parcel it is ("Order", "Tracking
 * number", "Booking reference", "Ticket ID"), or its state and carrier ("Status", "Carrier", "Tracking link").
 */
const RECORD_ID_LABEL = /^(?:order|booking|reservation|confirmation|reference|ref|tracking|ticket|case|invoice|parcel|consignment|shipment|claim|policy|request|return|rma|pnr)(?: (?:no\.?|number|id|ref(?:erence)?|code|#))?$/i;
const RECORD_STATE_LABEL = /^(?:status|order status|delivery status|carrier|courier|tracking (?:link|url|page)|track(?: it)? here|eta|expected(?: delivery)?|estimated delivery|delivery (?:date|slot)|dispatched|shipped)$/i;
/** A record's field that says which record it is: its label names it and its value holds a number ("Order: #5521", "Tracking number: 1Z999…"). */
export function isRecordIdField(head: string): boolean {
  const m = FIELD_LINE.exec(head.slice(listMarkerLength(head)));
  return m !== null && RECORD_ID_LABEL.test(m[1]!.trim()) && /\d/.test(m[2]!) && isFieldLine(head);
}
/**
 * Session 27: a macro's heading over the record it prints ("Order summary", "Case details:", "Your booking details",
 * "Ticket information"): a record's name and what the block is, alone on its line. "Here are the details:" is the agent's.
 */
const RECORD_HEADING =
  /^(?:your )?(?:order|booking|reservation|case|ticket|claim|request|return|refund|shipment|delivery|parcel|invoice|payment|policy|appointment|account|subscription)(?: \p{L}{2,15})? (?:summary|details|information|info|overview|confirmation|receipt|record|status)s?:?$/iu;
export const isRecordHeading = (head: string) => head.length <= 50 && RECORD_HEADING.test(head);
export function isFieldLine(head: string): boolean {
  if (ORDER_NUMBER_LINE.test(head) || ITEM_QUANTITY_LINE.test(head)) return true;
  const marker = listMarkerLength(head);
  const m = FIELD_LINE.exec(head.slice(marker));
  if (m === null || EMAIL.test(head)) return false;
  const [, label, value] = m;
  const record = RECORD_ID_LABEL.test(label!.trim()) || RECORD_STATE_LABEL.test(label!.trim());
  // Session 25: a record's link is one of its fields ("Tracking: https://track.example/DX40871"); other links are contact lines.
  if (URL.test(head) && !(record && /^\S{1,200}$/.test(value!.trim()))) return false;
  // "Confirmation number: 4021.883.517" is a field; "Call: 0161 555 0199" is a signature's contact line.
  if (CONTACT_LABEL.test(label!.trim()) || ADDRESS.test(head)) return false;
  // Session 27: a name's initial ends a value ("Assignee: Ravi S."), not a sentence.
  const sentence = /[.!?]$/.test(value!) && !/(?:^|\s)\p{Lu}\.$/u.test(value!);
  if (label!.trim().split(' ').length > 3 || sentence || value!.trim().split(/\s+/).length > 8) return false;
  // Session 23: a value that goes on in lower case for six words or more is the agent's sentence after a label ("To:
  // confirm the final headcount by Friday (you)", "Next: we reprint all 2,000 flyers on Friday"), not a printed field.
  if (/^\p{Ll}/u.test(value!) && value!.trim().split(/\s+/).length >= 6) return false;
  // Round 2: a bulleted field ("• Status: Resolved") is a macro's when its value is a name or a number, not the agent's words;
  // session 25: or when its label names the record ("• Status: Out for delivery").
  return marker === 0 || record || value!.trim().split(/\s+/).every((w) => /^[\p{Lu}\p{N}#£$€]/u.test(w));
}
/** A bot's turn on one line, labelled: "Chatbot: Is there anything else I can help you with today? 😊", "Acme Bot: …". */
const BOT_TURN = /^(?:the )?(?:chat ?bot|bot|virtual (?:agent|assistant)|ai (?:agent|assistant)|automated assistant)\s?:\s\S/i;
// Session 35: a bot named, its name capitalised ("Acme Bot: …", "Nova AI: …"); under `i`, "our bot: it now asks for…" was one.
// Session 36: or the name glued to its "Bot" as products write it ("HubBot: …", "ShopBot: …"); "Robot" has no capital B,
// and a glued "BOT" would read a label in capitals ("ROBOT: …") as a bot.
const NAMED_BOT_TURN = /^\p{Lu}[\p{L}\p{N}'’-]{0,20}(?: (?:[Bb]ot|BOT|(?:AI|Ai|ai)(?: [Aa]gent| AGENT)?)|Bot)\s?:\s\S/u;
// Session 41: a brand's assistant labelled by its role ("Acme Assistant: I've found your order, connecting you now."), with a
// message of four words or more: a field ("Executive Assistant: Jane Doe") names a person, it says nothing.
const BRAND_ASSISTANT_TURN = /^\p{Lu}[\p{L}\p{N}'’-]{0,20} (?:[Vv]irtual |[Dd]igital |[Ss]hopping )?Assistant\s?:\s\S+(?:\s\S+){3}/u;
export const isBotTurn = (head: string) => head.includes(':') && (BOT_TURN.test(head) || NAMED_BOT_TURN.test(head) || BRAND_ASSISTANT_TURN.test(head));
/**
 * Session 41: a bot's role alone as the widget heads its turn, with no name ("Virtual Assistant⏎I'll pass you to an
 * adviser now."). Only at the top of a chat (read-structure): lower down a person's job title reads the same.
 */
/** Session 41: a turn labelled with a role only the customer has ("Guest (Jo): where is my refund", "Visitor: hi"). */
export const isCustomerRoleTurn = (head: string) => /^(?:customer|visitor|guest|client|caller|shopper|end user)(?: ?\([^()\n]{1,30}\))?\s?:\s\S/i.test(head);
export const isBareBotHeader = (head: string) => /^(?:virtual (?:agent|assistant)|ai (?:agent|assistant)|chat ?bot|automated assistant|digital assistant)$/i.test(head) && /^\p{Lu}/u.test(head);
/**
 * A social post's header as the app shows it over a quoted post: a name, the @handle and how long ago ("Sarah J
 * @sarah_j_writes · 2h", "Dan Lee @danlee · Mar 4").
 */
// Session 35: a display name as the poster typed it, in any case ("lucy ✨ @lucy_reads · 2h"): the handle and the age decide.
const POST_HEADER = /^\p{L}[^@\n]{0,40}\s@[\w.]{1,30}\s?·\s?(?:\d{1,2} ?(?:s|m|min|h|d|w)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:, \d{4})?)$/iu;
export const isPostHeader = (head: string) => head.includes('@') && head.includes('·') && POST_HEADER.test(head);
/** A social platform's badge under the poster's name ("Harbour Bank⏎Author", "Top contributor"): the platform's words. */
/** Session 29: a social post quoted under or over the reply, as the apps copy it: "QT @lucy_reads: ordered a dress…", "RT @x: …". */
export const isQuotedPost = (head: string) => head.includes('@') && /^(?:QT|RT|[Qq]uote (?:tweet|post)|[Qq]uot(?:ing|ed)) @[\w.]{1,30} ?: ?\S/u.test(head);
/** Session 29: an IRC or terminal chat client's line, "<chris_k> the server won't start" (with its clock or not); the nick. */
export function ircNick(head: string): string | null {
  const m = head.includes('>') ? /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\] ?)?<[@+]?([\w.|-]{1,30})> \S/u.exec(head) : null;
  return m === null ? null : m[1]!.toLowerCase();
}
export const isProfileBadge = (head: string) => /^(?:author|creator|admin|moderator|top (?:fan|contributor)|rising contributor|original poster|verified(?: account)?|official|op|staff|mod)$/i.test(head);
/**
 * Session 25: a pasted chat's heading with a comma before the clock and a colon after it, over the message ("Femi Adeyemi,
 * 10:02 AM:", "Leo (Agent), 10:03 AM:"). Returns the speaker (lower case) and whether a role is named, or null. An
 * itinerary's "Pick-up, 9:00 AM:" has the same shape: the caller asks for turns (a speaker again, or a role).
 */
const COMMA_CLOCK_HEADING = /^(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2})( \([\p{L} ]{2,20}\))?,[ \u00a0]\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?:$/u;
export function commaClockSpeaker(head: string): { name: string; role: boolean } | null {
  const m = head.length <= 80 && head.endsWith(':') ? COMMA_CLOCK_HEADING.exec(head) : null;
  return m === null || WEEKDAY.test(m[1]!) || /^tomorrow\b/i.test(m[1]!) ? null : { name: m[1]!.toLowerCase(), role: m[2] !== undefined };
}
/** A chat app's speaker line with one space before the clock, as WhatsApp Web and Messenger copy it ("Mo Farid 10:40"). */
/**
 * Session 37: a chat app's sender line copied on its own, a full name with the app's tag after it or none ("Sarah Klein
 * (External)", "Dan Okafor (Brightline)"), and the clock alone on the line under it ("10:42", "Yesterday 16:05").
 */
// Session 39: as the apps print it for a guest from another organisation, the directory's "Surname, Given name" with the
// tag ("Harper, Nicole (External)"), and Slack Connect's organisation in brackets with "· external" after it ("Arjun Patel
// (Ledgerline) · external"). The tag after the dot is one of the apps' own words, never the agent's.
const SENDER_LINE = /^(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}|\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20}){0,2}, \p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2})(?: \([\p{L}\p{N}&'’ -]{2,30}\))?(?: ?[·•] ?(?:[Ee]xternal|EXTERNAL|[Gg]uest|[Cc]ustomer|[Cc]lient))?$/u;
export function isSenderLine(head: string): boolean {
  const m = head.length <= 80 ? SENDER_LINE.exec(head) : null;
  return m !== null && isNameLike(m[1]!.replace(/^([^,]+), (.+)$/, '$2 $1'));
}
/**
 * Session 39: what a chat widget or a booking app prints over the conversation, at its very top: the app's title ("Chat with
 * Maya ⚡ by Drift"), the agent's or host's line with the app's role and response time ("Maya from Pipewell • Typically
 * replies in a few minutes", "Lorenzo · Host · Superhost"). A short line that is no sentence: no full stop, question or
 * exclamation at its end or inside, no comma or colon at its end, never "I", "me" or "you" (the agent's own line to this
 * customer: "Chat with me tomorrow if it's still slow"); no header's field ("Subject: Order"), address or
 * quotation mark (a message copied at the top). The caller reads it only over a paragraph that greets the customer.
 */
export const isWidgetHeadingLine = (head: string) =>
  head.length <= 80 && !/[.!?,:;]$|[.!?:]\s|[<>@"“”«»„]/.test(head) && !/\bI\b|\bI['’]/.test(head) && !/\b(?:me|my|you|your)\b/i.test(head) && /\p{L}/u.test(head);
/**
 * Session 39: a chat's automatic reply at its top, saying when the team answers ("Thank you for contacting MedExpress. Our
 * agents are online 8:00–20:00.", "We're here Mon–Fri 9–5 and reply within the hour"): who answers and an hours range, in
 * the team's voice, never "I" nor this customer's records.
 */
const AUTO_REPLY_HOURS =
  /\b(?:[Aa]gents?|[Aa]dvis[eo]rs?|[Tt]eam|[Ss]taff|[Oo]perators?|[Ww]e(?:['’]re| are)?|[Oo]ur (?:office|lines|chat|support)|[Tt]his (?:account|channel|inbox))\b[^.!?\n]{0,40}\b(?:online|available|open|here|reply|replies|respond|responds|answer|answers)\b[^.!?\n]{0,40}?\d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)? ?(?:[-–]|to) ?\d{1,2}(?:[:.]\d{2})?/u;
/**
 * Session 41: a messaging app's welcome to a new follower in any person ("Thank you for adding us as a friend!"). Named in
 * the third person it is the app's notice (isChatNotice); in the first person it is the agent's own thanks, unless the
 * account's hours are glued under it (read-structure).
 */
export const isFollowerWelcome = (head: string) => head.length <= 100 && /^(?:thank you|thanks) for adding [^\n]{1,60}? as (?:a )?friend[!.]?$/i.test(head);
export const isAutoReplyHours = (head: string) =>
  head.length <= 200 && !/\bI\b|\bI['’]|\b(?:me|my)\b/.test(head) && !/\byour (?:order|account|parcel|booking|refund|claim|case|delivery|appointment|prescription)\b/i.test(head) && AUTO_REPLY_HOURS.test(head);
export const isBareClockLine = (head: string) =>
  /^(?:(?:[Yy]esterday|[Tt]oday|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?),? )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?$/u.test(head);
export function isNameClockLine(head: string): boolean {
  const m = head.includes(':') ? /^(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}) \d{1,2}:\d{2}(?: ?[AaPp][Mm])?$/u.exec(head) : null;
  return m !== null && !WEEKDAY.test(m[1]!) && isNameLike(m[1]!);
}
/**
 * A review site's heading over the business's answer, under the review it answers: Google's "Response from the owner",
 * the app stores' "Developer Response", "Owner's response", "Management response". What stands above it is the review.
 */
const RESPONSE_HEADING =
  /^(?:(?:public|developer|owner|management|business|host|company|property|seller|vendor|hotel|merchant)(?:['’]s)? (?:response|reply|comment)(?: from [^\n:]{1,80})?|(?:response|reply|comment) from (?:the )?(?:owner|developer|management|business|host|property|manager|seller))(?: \(?(?:edited|updated)\)?)?:?(?: ?[·•] ?[^\n]{1,30})?$/i;
/** Trustpilot's "Reply from Hartwell Home", Yelp's "Comment from Jane D. of Harbour Bakery": the business's own name, capitalised. */
const RESPONSE_FROM_BUSINESS = /^(?:[Rr]eply|[Rr]esponse|[Cc]omment) from \p{Lu}[\p{L}\p{N}&'’. -]{0,40}(?:[\p{L}\p{N}]|\.(?= of ))(?: of \p{Lu}[\p{L}\p{N}&'’. -]{0,40}[\p{L}\p{N}])?$/u;
export const isResponseHeading = (head: string) => RESPONSE_HEADING.test(head) || RESPONSE_FROM_BUSINESS.test(head);
/** What a review site prints under its response heading: "Responded 3 days ago", "Business Owner". */
export const isResponseMeta = (head: string) =>
  /^(?:(?:responded|replied|posted|updated|edited)(?: (?:\d{1,2} (?:minutes?|hours?|days?|weeks?|months?|years?) ago|yesterday|today|on [^\n]{3,30}))?|(?:business |verified )?owner|general manager|management)$/i.test(head) || isProfileBadge(head);
/**
 * The review itself at the top of a copied reply: a review site's rating ("Rated 1 out of 5 stars", "4/5 stars") or a
 * heading over it ("Your review", "Review by Tom").
 */
export const isRatingLine = (head: string) => /^(?:rated \d(?:\.\d)? (?:out of|\/) ?(?:5|10)(?: stars?)?|\d(?:\.\d)? ?(?:\/|out of) ?5 stars?)\b/i.test(head);
export const isReviewHeading = (head: string) => /^(?:(?:your|the|customer|guest|their|a) )?review(?: (?:from|by) [^\n:]{1,40})?:?$/i.test(head);
/** A line of rating stars, alone or before the review's title ("★★★☆☆ Nice rooms, but…"). */
export const startsWithStars = (head: string) => /^[★☆]{5}(?:\s|$)/.test(head);
/** A messaging composer's line under the agent's sent message ("Sent by Aiden · Seen 10:42"): the message ends there. */
export const isSentByLine = (head: string) => /^[Ss]ent by [^\n]{1,60}$/.test(head) && isChatEvent(head);
/** A letter's reference fields above the greeting: "Our ref: PM/4471/HT", "Your ref: Flat 12B", "Ref. no.: 2231". */
export const isLetterReference = (head: string) => /^(?:our |your |my )?ref(?:erence)?\.?(?: no\.?| number)?\s?:\s?\S[^\n]{0,40}$/i.test(head);
/** A chat's end line as the app writes it: "Chat ended by agent", "Agent has left the chat", "Rate this chat 👍 👎". */
export const isChatEnd = (head: string) => /^(?:chat|conversation) (?:ended|closed) by\b|\bleft the (?:chat|conversation)\.?$|^rate (?:this|the|your) (?:chat|conversation)\b/i.test(head);
/** The app's closing message over its end line: "Thank you for chatting with FlexGym! 💪 Have an awesome workout!". */
export const isChatClosingMessage = (head: string) => /^[Tt]hank(?: you|s) for (?:chatting|talking) with \p{Lu}[\p{L}\p{N}&'’ -]{0,30}[!.]/u.test(head);
/**
 * A header's "From:" line names its sender: an address, or a name that starts with a capital or a script without case
 * ("From: Ana Costa", "Von: 王芳", 'From: "Acme"'). Session 23: the agent's own "From: us, the seating plan by Monday" or
 * "From: 9 am on Friday" starts in lower case or with a digit and carries no address: a line of the reply, not a header.
 */
export const isHeaderFrom = (head: string) => {
  const m = HEADER_FROM.exec(head);
  return m !== null && (EMAIL.test(head) || !/^[\p{Ll}\d]/u.test(head.slice(m[0].length).trimStart()));
};
/**
 * Outlook's header flattened onto one line when the HTML is pasted as text: "From: Ivy Chen <ivy@…> Sent: Monday, March 3,
 * 2025 2:02 PM To: Support <…> Subject: Wrong size". Two more fields inside the line, one of them the date.
 */
const INLINE_FIELD = /\s(?:sent|date|to|cc|subject|gesendet|an|betreff|envoyé|à|objet|enviado|para|asunto|inviato|oggetto|verzonden|aan|onderwerp)\s?:\s/gi;
export function isOneLineHeader(head: string): boolean {
  if (!HEADER_FROM.test(head) || !EMAIL.test(head)) return false;
  return (head.match(INLINE_FIELD)?.length ?? 0) >= 2 && hasDateOrTime(head);
}
/** A line that is only a date and a time, as helpdesks head each message of a thread ("Mar 4, 2025, 10:02 GMT", "04/03/2025 10:02"). */
const DATE_TIME_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,? \d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?(?: at)? \d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: (?:[a-z]{2,5}|(?:gmt|utc)[+-]\d{1,2}(?::\d{2})?))?$/i;
// Session 34: with no year, as helpdesks date this year's messages ("Dec 2, 9:15 PM", "2 Dec, 17:41"); only beside the
// sender's name on one line, since an agent's own booking ("Dr Patel⏎Dec 3, 10:00 AM⏎Please arrive early.") has none.
const THREAD_DATE_LINE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?(?:,? \d{4})?|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?(?: at)? \d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: (?:[a-z]{2,5}|(?:gmt|utc)[+-]\d{1,2}(?::\d{2})?))?$/i;
export const isDateTimeLine = (head: string) => DATE_TIME_LINE.test(head);
/** The same with the year optional, for a thread header on one line with its name ("Mariam Yusuf · Dec 2, 9:15 PM"). */
export const isThreadDateLine = (head: string) => THREAD_DATE_LINE.test(head);
/**
 * The sender's name before their bracketed address, in a header's "From:" line or an attribution ("From: Pauline Green
 * <pgreen@…>", "…10:02, Raj Malhotra <raj@…> wrote:", 'From: "Aisha Karim" <…>'): lower case, or null.
 */
const SENDER_NAME = /(\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20}){0,3})["”]? ?[<([](?:mailto:)?[^\s<>()[\]@]{1,64}@/u;
export function senderName(head: string): string | null {
  if (!hasAddress(head)) return null;
  const m = SENDER_NAME.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
export function headerField(head: string): string | null {
  const m = HEADER_FIELD.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}
export const startsAttribution = (head: string) => ATTRIBUTION_START.test(head);
/** German clients put the name after the verb: "Am 05.03.2025 um 10:15 schrieb Jonas Weber <jonas@example.de>:". */
const NAME_AFTER_VERB = /\s(?:schrieb|schreef|skrev|napisał)\s/i;
export const endsAttribution = (tail: string, head = '') => ATTRIBUTION_END.test(tail) || (/:$/.test(tail) && NAME_AFTER_VERB.test(head));
export const isShortAttribution = (head: string, length: number) => length <= 120 && (SHORT_ATTRIBUTION.test(head) || WROTE_ON.test(head)) && !SPEAKS_AS_I.test(head);
// Session 23: a weekday names the day as a date does ("Sam Lee wrote on Thursday:").
export const isWroteOnAttribution = (head: string, length: number) =>
  length <= 120 && WROTE_ON.test(head) && (hasDateOrTime(head) || /\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(head)) && !SPEAKS_AS_I.test(head);

// ---- Footers ----------------------------------------------------------------------------------------

/** Phrases that open a legal or system footer; none is something an agent writes to a customer. */
const FOOTER =
  /^\W{0,4}(?:(?:su|tu) (?:ticket|solicitud|caso|petición) (?:n\.?º ?)?#?[\w-]{1,20} ha sido actualizad[oa]\b|votre (?:ticket|demande|requête) (?:n° ?)?#?[\w-]{1,20} a été mise? à jour\b|ihre? (?:ticket|anfrage) #?[\w-]{1,20} wurde aktualisiert\b|(?:il tuo|il suo) (?:ticket|richiesta) #?[\w-]{1,20} è stat[oa] aggiornat[oa]\b|(?:o )?seu (?:ticket|pedido|chamado) #?[\w-]{1,20} foi atualizado\b|(?:uw|je) (?:ticket|verzoek|aanvraag) #?[\w-]{1,20} is bijgewerkt\b|(?:legal )?disclaimer\W{0,2}$|disclaimer\s[–—-]\s|notice\s?:\s?(?:this|the) (?:e-?mail|message|information)\b|please (?:do not|don['’]t) reply\b|want to change how you receive these e-?mails|our mailing address is\s?:|(?:please )?(?:do not|don['’]t) (?:change|alter|edit|modify|remove) the subject(?: line)?\b|(?:please )?(?:keep|leave) the (?:ticket |case |reference )?(?:number|reference|ref) in the subject\b|(?:e-?mails?|messages|replies) (?:sent )?to this (?:e-?mail )?address (?:is|are) not (?:monitored|read|checked)|confidentiality notice|confidential(?:ity)?(?: and privileged)?\s?[:-]|privileged (?:and|&) confidential|disclaimer\s?:|legal notice\s?:|important notice\s?:|notice of confidentiality|this (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?)(?: [a-z]+){0,4})? (?:is|are|may (?:also )?(?:be|contain)|contains?) (?:strictly )?(?:confidential|privileged|intended|proprietary|for the (?:sole|exclusive) use)|the information (?:contained )?in this (?:e-?mail|message)|if you (?:are not|have received this)|(?:this|the) (?:mailbox|inbox|e-?mail address|address|email account) is not monitored|please do not reply (?:directly )?to this (?:e-?mail|message)|(?:do not|don['’]t) reply to this (?:e-?mail|message)|this is (?:an automated|an unmonitored|a no-?reply|a send-only) (?:e-?mail|message|mailbox|inbox|(?:e-?mail )?address|account)|(?:p )?please consider the environment|(?:(?:please |kindly )?note(?: that)?:? |please be advised(?: that)?:? )(?:replies|responses|messages|e-?mails) (?:sent )?to this (?:e-?mail |message )?(?:address|mailbox|inbox|e-?mail|message) (?:is|are|will) not (?:be )?(?:monitored|read|answered|seen|checked)|(?:(?:please |kindly )?note(?: that)?:? |please be advised(?: that)?:? )?(?:we are|we['’]re) (?:unable|not able) to (?:respond|reply) to (?:messages|e-?mails|replies) (?:sent )?to this (?:e-?mail )?(?:address|mailbox|inbox)|(?:please )?think (?:green )?before (?:you )?print|save a tree\b|registered (?:office|in england)|company (?:registration|reg\.?) (?:number|no)|to unsubscribe|unsubscribe|(?:click|tap) here to unsubscribe|you (?:are receiving|received) this (?:e-?mail|message) because|you have received this (?:e-?mail|message) (?:because|as|in error)|(?:replies|responses) to this (?:e-?mail|message|address) (?:is|are|will) not (?:be )?(?:monitored|read|answered|seen)|(?:this|the) (?:mailbox|inbox|e-?mail address|address) (?:is unattended|does not accept replies|cannot (?:accept|receive) replies|is (?:a )?send-only)|please note(?: that)? this (?:e-?mail )?address does not accept replies|(?:any )?unauthori[sz]ed (?:use|review|disclosure|copying|distribution|dissemination)[^.!?]{0,80}(?:is|are) (?:strictly )?(?:prohibited|forbidden|not permitted)|(?:you['’]re|you are) receiving this (?:(?:e-?mail|message) )?(?:because|as)\b|don['’]t want (?:these|to receive|to get) (?:e-?mails?|messages?|updates)|(?:manage|update) (?:your )?(?:e-?mail )?(?:preferences|subscriptions?)\b|you can (?:also )?reply to this (?:e-?mail|message) or\b|(?:or )?continue the conversation in (?:intercom|the app|our app|messenger)\b|(?:view|track|see) (?:this|your) (?:ticket|request|case|conversation)(?: online| status| here)?\s?:|to (?:add a comment|respond|reply)(?: to this (?:ticket|request|conversation))?, (?:just |simply )?reply to this (?:e-?mail|message)|your (?:request|ticket|case) \(?#?[\w-]{1,20}\)? has been updated|the contents? of this (?:e-?mail|message)|any (?:views|opinions)(?: or opinions)? (?:expressed|presented|contained)|(?:warning|caution)\s?:\s?(?:computer )?virus|(?:fraud|scam|phishing|security|cyber[- ]?crime) (?:alert|warning|notice|awareness)\s?[:!–—-]|computer viruses|©|\(c\) \d{4}|copyright (?:©\s?)?\d{4}|all rights reserved|privacy (?:notice|policy|statement)\s?:|vat (?:registration|reg\.?) (?:number|no)|this (?:e-?mail|message) (?:is a service from|was sent (?:from|by|to|via|on behalf of))|(?:delivered|powered|sent) (?:by|via|with) (?:zendesk|freshdesk|help ?scout|intercom|front|gorgias|kustomer|hubspot|salesforce|gmail|outlook|mailchimp)\b|\[[A-Z0-9]{4,8}-[A-Z0-9]{4,8}\]$|\[(?:ticket|case|ref(?:erence)?|request|incident)\s?(?:id|no\.?|number)?\s?[:#]{0,2}\s?#?[\w-]{2,24}\]$)/i;

/**
 * Phrases that mark a footer wherever they sit in a line ("Acme Bank plc is authorised and regulated by…",
 * "Brookvale College · This email is confidential."). Weaker evidence: only trusted near the end of the reply.
 */
const FOOTER_INSIDE =
  /\b(?:authori[sz]ed (?:and|&) regulated|(?:authori[sz]ed|regulated) by the (?:financial conduct|prudential regulation)|registered (?:office|number|address|in england)|registered in (?:scotland|wales|(?:northern )?ireland)\b[^.!?\n]{0,30}\b(?:no|number)\b|company (?:registration|reg\.?) (?:number|no)|is a registered (?:charity|company|student sponsor|trade ?mark)|registered charity|is a member of (?:the )?(?:property|financial) ombudsman|ombudsman scheme|(?:e-?mail|message)(?: and any (?:attachments?|files?)(?: [a-z]+){0,4})? (?:is|are) (?:strictly )?(?:confidential|privileged)|intended (?:solely|only) for|for the (?:sole|exclusive) use of (?:the )?(?:intended |named )?(?:recipient|addressee|individual|person|entity)|if you are not the intended|unmonitored (?:mailbox|inbox|address|e-?mail)|notification-only|(?:system|computer|auto(?:matically)?)[ -]generated (?:e-?mail|message)|reply stop\b|opt out of (?:all|marketing|these)\b|(?:^|[·|•]\s?)unsubscribe(?:\s?[·|•]|$)|may be repossessed|(?:bank|account|payment) details (?:will )?never change\b|(?:calls (?:and|&) )?(?:e-?mails|messages|communications)(?: (?:and|&) calls)?(?: (?:sent )?(?:to|from|to and from) [^.!?]{1,40})? (?:may|will|might) be (?:monitored|recorded)|will never ask (?:you )?(?:for|to)|(?:are|is) (?:registered )?trade ?marks? of|you(?: are|['’]re)? (?:receiving|received|receive) this (?:e-?mail|message) because|(?:vous recevez|vous avez reçu) (?:cet|ce) (?:e-?mail|courriel|message)|sie erhalten diese (?:e-?mail|nachricht)|(?:recibes|recibe|has recibido|ha recibido) este (?:correo|e-?mail|mensaje)|(?:ricevi|hai ricevuto|riceve) questa (?:e-?mail|mail|comunicazione)|(?:u ontvangt|je ontvangt) deze (?:e-?mail|mail|nieuwsbrief)|(?:você está recebendo|você recebeu|está a receber|recebeu) (?:este|esta) (?:e-?mail|mensagem)|\borg\.?\s?n(?:r|o)\.?\s?\d|\b(?:p\.?\s?iva|kvk|siret|siren|abn|acn|ust-?id(?:nr)?|hrb|hra|rcs [a-z]{2,20}|cif|nif|kvk-nummer|cvr|uen|gstin|crn|sra no\.?|fca no\.?|(?:ofsted |fca )?urn|frn|oc|sc)\.?:?\s?[A-Z]{0,3}\s?\d{3}|au capital de|share capital of|sitz der gesellschaft|amtsgericht|registergericht|gesch[äa]ftsf[üu]hr(?:er|ung)\s?:|limited liability partnership|liability limited by a scheme|(?:licensed|registered) (?:as an?|with the) [a-z -]{3,60} (?:institution|authority|commission|bank|regulator)|(?:find out|learn|read|see|about|on|explains) how we (?:use|process|handle|protect|collect) (?:your )?(?:personal )?(?:data|information)|we (?:process|handle|use|hold) your (?:personal )?(?:data|information) in (?:line|accordance) with|(?:update|manage) your (?:e-?mail )?preferences or unsubscribe|unsubscribe from (?:this list|these e-?mails|our (?:mailing )?list|all)|no longer wish to receive (?:these|our|future|marketing|this)|you(?: are|['’]re) subscribed to [^.!?]{0,40}\b(?:updates|newsletters?|e-?mails|mailing list|alerts)\b|(?:has been|was) sent from a (?:send-only|no-?reply|notification-only|unmonitored)|e-?mails? (?:are|is) not (?:a )?secure|\s[|·•]\s?(?:privacy (?:policy|notice)|terms(?: of (?:service|use)| (?:&|and) conditions)?|help cent(?:er|re)|contact us)\s?(?:[|·•]|$)|(?:has|have) been (?:scanned|checked) (?:for viruses|by)|(?:e-?mail|message|attachments?) (?:was|were) checked for (?:viruses|malware)\b|automatically archived by|(?:agent|operator|visitor|customer|advisor) (?:has )?left the (?:chat|conversation)|\bchat id\s?:|(?:this|the) (?:conversation|chat|call) (?:was|is|has been|may be|will be) (?:transcribed|recorded|monitored)|conversation rated|(?:a )?(?:copy of (?:the |this )?)?transcript of (?:this|the|your) (?:chat|conversation) (?:will be|has been|was|is being) (?:e-?mailed|sent)\b|(?:chat|conversation) transcripts? (?:will be|has been|was|is being|are) (?:e-?mailed|sent)\b|(?:mailbox|inbox|address) (?:does not|doesn['’]t|cannot|can['’]t|will not|won['’]t) (?:accept|receive|process|respond to) (?:replies|(?:service )?requests|enquiries|inquiries|queries|messages|e-?mails|complaints)\b|to reopen(?: (?:this |the |your )?(?:ticket|case|request|conversation))?,? (?:just |simply )?reply to this (?:e-?mail|message)\b|(?:replies|responses) to this (?:e-?mail|message) (?:will be|are) (?:added|attached) to (?:your |the |this )?(?:ticket|case|request)|add a comment by replying to this (?:e-?mail|message)|(?:reply|respond) above this line\b|how likely (?:are you|is it that you would be|would you be) to recommend [^?\n]{1,60}? to a (?:friend|colleague|family member)|view (?:this|your) (?:ticket|request|case|conversation) (?:in your browser|online)|(?:this|your) (?:ticket|request|case|conversation) will (?:be )?(?:close|closed|resolved) automatically\b|please (?:take|complete|fill (?:in|out)) (?:our|this|the) (?:short |quick |\d{1,2}[- ]minute |one[- ]minute |two[- ]minute )?(?:customer )?(?:satisfaction )?(?:survey|feedback form)\b|\b(?:t ?& ?cs?|terms(?: (?:and|&) conditions)?) apply\b|\bsee \S{4,80} for (?:full )?(?:terms|t ?& ?cs)\b|(?:mailbox|inbox|address) (?:is|are) not (?:monitored|checked|read)\b|unattended (?:mailbox|inbox|address)|(?:updated|changed) our privacy (?:policy|notice)|quote (?:your|the|this) (?:ticket|case|reference|ref)(?: number| no\.?)? in (?:all|any) (?:further )?(?:correspondence|replies|communication)|(?:keep|leave|retain) (?:this|the|that|it|your|our)(?: (?:ticket|case|request|reference|ref|line|number|no\.?|id|code|tag|#?[a-z]{0,3}-?\d[\d-]{2,19}))*? (?:(?:intact|unchanged) )?(?:in (?:the |your )?subject(?: line)?\b|(?:when|if) (?:you )?repl(?:y|ying)\b)|(?:need|have) to print this (?:e-?mail|message)|(?:don['’]t|do not) print this (?:e-?mail|message)|\bsave paper\b|\bthink green\b|(?:was|has been) scanned (?:by|for)\b|(?:^|\s)(?:for )?internal (?:use )?only\.?$|\b(?:(?:c|g|ngh|ch)yfrinachol|rúnda|konfidentsiaal|konfidenci|confiden[țţ]ial|povjerljiv|poverljiv|vertroulik|trúnað|konfidensiell|rahasia|rahsia|kumpidensyal)|(?:конфиденциальн|конфіденційн|поверителн|εμπιστευτικ|απόρρητ|חסוי|保密|機密|机密|기밀|गोपनीय|ความลับ)|\b(?:confidencial(?:es)?|confidentiel(?:le)?s?|confidentialité|riservat[aoie]|vertraulich(?:e|en)?|poufn[aey]|luottamuksell(?:inen|ista|isia|isen)|důvěrn(?=[éýáí])|bizalmas|gizli bilgi|fortrolig|konfidentiell|vertrouwelijk|destinat[aá]rio|adresata)\b|how (?:was|would you rate|did you find) (?:my|our|this|the) (?:reply|answer|response|support|service)\??\s{0,3}[^|·•\n]{1,30}[|·•]|(?:chat|conversation) (?:ended|closed) by (?:the )?(?:agent|visitor|customer|operator|user)|(?:ended|closed) the (?:chat|conversation)\s?[·|•]|rate (?:this|the|your) (?:chat|conversation)[^\w.!?]{0,16}$)/i;

/**
 * A helpdesk's metadata line: two or more "Key: value" fields between " · " or " | " ("Ticket #48213 · Priority:
 * Normal · Status: Solved", "Ticket: #771203 | Status: Pending | Group: Field Service"). Read field by field.
 */
export function isMetaLine(head: string): boolean {
  const fields = head.split(/\s[·|•]\s/);
  if (fields.length < 2 || fields.length > 12) return false;
  return fields.filter((f) => /^\p{Lu}[\p{L} ]{1,20}:\s?\S/u.test(f.trim())).length >= 2;
}

/**
 * A text message's compliance sentences at the end of a line: "Reply STOP to opt out.", "Txt HELP for help, STOP to
 * end.", "Msg&data rates may apply.". Returns their length (from the first of them), or 0. `s` is a bounded tail.
 */
const COMPLIANCE_SENTENCE = /(?:^|[.!?)]\s+|\p{Extended_Pictographic}\s*)((?:(?:(?:reply|txt|text|send) (?:stop|help|end|unstop)\b[^.!?]{0,60}|msg ?(?:&|and) ?data rates may apply|message (?:and|&) data rates may apply|msg freq(?:uency)? varies)[.!]?\s*){1,4})$/iu;
/** Words one of which every compliance sentence holds: the pattern, costly to compile on its first use, runs only then. */
const COMPLIANCE_WORD = /stop|help|end|data rates|msg freq/iu;
export function trailingComplianceLength(s: string): number {
  const m = COMPLIANCE_WORD.test(s) ? COMPLIANCE_SENTENCE.exec(s) : null;
  return m ? m[1]!.trimEnd().length : 0;
}

/**
 * Session 30: a chat or social tool's tag glued to the end of the agent's last line ("…not available. — Sent by Priya
 * (Support) · 10:42", "… · Posted via Sprout Social"): its length, or 0. Never the agent's own words about a parcel ("— sent
 * by Royal Mail this morning").
 */
const APP_TAG = /\s[—–-] ?[Ss]ent (?:by|via|from) \p{Lu}[^\n—–]{0,80}$|\s·\s?(?:[Pp]osted|[Ss]ent|[Pp]ublished) (?:via|from|with|using) \p{Lu}[^\n·]{0,40}$/u;
/**
 * Session 35: an app's tag ends without a full stop, and a person's name before "via" is followed by the app's ("— Sent by
 * Tash via Messenger"): "— sent by Amy via Royal Mail on Tuesday." is the agent's sentence about the parcel.
 */
const isAppTag = (tag: string) => !/[.!]$/.test(tag) && (!/^[—–-] ?[Ss]ent by [^\n]{1,80} via /.test(tag) || SENT_BY_VIA_APP.test(tag));
export function trailingAppTagLength(s: string): number {
  const m = /[Ss]ent|[Pp]osted|[Pp]ublished/.test(s) ? APP_TAG.exec(s) : null;
  if (m === null || SENT_LINE_PROSE.test(m[0]) || !isAppTag(m[0].trim())) return 0;
  return m[0].trimStart().length;
}

/**
 * Session 39: a marketplace's or booking platform's notice printed under every message sent through it, about paying and
 * talking only on the platform: "Only purchases on eBay are covered by the eBay purchase protection programmes.", "Asking
 * your trading partner to complete a transaction outside of eBay is not allowed.", "To protect your payment, always pay and
 * communicate through Airbnb.", "Never pay outside of Vinted.". The platform is named with its capital ("eBay" too); never "I".
 */
const PLATFORM_NOTICE =
  /^\W{0,3}(?:[Oo]nly (?:purchases|payments|transactions|orders|bookings|reservations) (?:made |paid )?(?:on|through|via|with) \p{Ll}?\p{Lu}[\p{L}\p{N}.-]{1,20} (?:are|is) (?:covered|protected|eligible)\b|(?:[Aa]sking|[Rr]equesting|[Ee]ncouraging) [^.!?\n]{1,40} to (?:complete|pay|make|take|move)[^.!?\n]{0,40} (?:outside|off) (?:of )?\p{Ll}?\p{Lu}[\p{L}\p{N}.-]{1,20}\b|[Tt]o (?:protect|keep) (?:your|you|yourself)[^.!?\n]{0,30}, (?:always|never|only) (?:pay|communicate|book|message|transfer)[^.!?\n]{0,40} (?:through|on|via|outside(?: of)?) \p{Ll}?\p{Lu}[\p{L}\p{N}.-]{1,20}\b|[Nn]ever (?:pay|send money|transfer money|book) (?:outside|off) (?:of )?\p{Ll}?\p{Lu}[\p{L}\p{N}.-]{1,20}\b)/u;
/** A sentence of the notice after its first: the platform's protection again, never the agent's word to this customer. */
const PLATFORM_NOTICE_MORE = /\b(?:protect(?:s|ed|ion)?|covered|allowed|permitted|polic(?:y|ies)|elsewhere|outside|platform|secure)\b/i;
export function isPlatformNotice(head: string): boolean {
  const m = head.length <= 300 && !/\bI\b|\bI['’]/.test(head) ? PLATFORM_NOTICE.exec(head) : null;
  if (m === null) return false;
  // The notice's sentence runs on plainly ("… are covered by the eBay purchase protection programmes."), never into the
  // agent's own clause ("…are protected, so please book here too", "…through Airbnb and you should have known that"), and
  // each sentence after it is the platform's too ("You should have known that." is the agent's, in a reply with no sign-off).
  const rest = head.slice(m.index + m[0].length);
  const stop = rest.search(/[.!?](?:\s|$)/);
  if (/[,;—–]|\b(?:so|but|and|because|as|if|which|or)\b/i.test(stop < 0 ? rest : rest.slice(0, stop))) return false;
  return stop < 0 || rest.slice(stop + 1).split(/(?<=[.!?])\s+/).every((s) => s.trim() === '' || PLATFORM_NOTICE_MORE.test(s));
}
export const isFooterStart = (head: string) => FOOTER.test(head) || isContinueNotice(head) || isPlatformNotice(head);

/**
 * Session 25: a messenger's note under a reply sent by e-mail, "Reply to this email to continue the conversation." (Intercom,
 * Crisp, Help Scout's Beacon), on a line of its own: with nothing of the agent's in it ("…and I'll pick it up" is theirs).
 */
const CONTINUE_NOTICE =
  /^\W{0,4}(?:you can |simply |just )?reply to this (?:e-?mail|message) to continue (?:the|this|our|your) (?:conversation|chat)(?: with (?:us|our (?:support )?team|the team))?(?:,? or [^.!?\n]{1,60})?[.!]?$/i;
/** The same note in the languages messengers are set to (German, French, Spanish, Portuguese, Dutch). */
const CONTINUE_NOTICE_OTHER =
  /^\W{0,4}(?:antworte(?:n sie)? auf diese (?:e-?mail|nachricht),? um (?:das gespräch|die unterhaltung|den chat) fortzusetzen|répond(?:ez|s) à (?:cet|ce) (?:e-?mail|courriel|message) pour (?:poursuivre|continuer) la (?:conversation|discussion)|respond(?:e|a) a este (?:correo(?: electrónico)?|e-?mail|mensaje) para (?:continuar|seguir) (?:la conversación|el chat|a conversa)|(?:beantwoord|reageer op) (?:deze|dit) (?:e-?mail|bericht) om het gesprek voort te zetten)[.!]?$/i;
const isContinueNotice = (head: string) => head.length <= 160 && (CONTINUE_NOTICE.test(head) || CONTINUE_NOTICE_OTHER.test(head));

/**
 * Session 25: a helpdesk's request for feedback on the reply, on a line of its own: the question ("Was this helpful?", "Did we
 * solve your problem?", "How did we do?", "How was your experience?", "Rate us"), then only its buttons, stars, a survey's
 * link or a few words of the survey ("Tell us in 30 seconds:", "Let us know:"). The agent's own words after the question
 * ("Was this helpful? If not, tell me and I'll try another way.") keep it theirs.
 */
const FEEDBACK_QUESTION =
  /^\W{0,4}(?:(?:was|is) (?:this|that|my|our) (?:(?:reply|answer|response|e-?mail|message|conversation|chat|article|information|support) )?(?:helpful|useful)|did (?:we|this|that|i|my reply|our reply) (?:solve|resolve|answer|fix|sort out) your (?:problem|question|issue|query)|how did (?:we|i) do(?: today)?|how (?:was|would you rate) (?:your|this|the|our|my) (?:experience|conversation|chat|support|service|reply|answer)(?: (?:today|with us))?|how satisfied (?:are|were) you(?: with (?:this|the|our|my) (?:reply|answer|support|service|chat|conversation))?|(?:please )?(?:take a (?:moment|minute|second) to )?rate (?:us|your experience|this (?:conversation|chat|reply|answer|email)|our (?:service|support|reply))|(?:please )?(?:take|complete|fill (?:in|out)) (?:our|a|this|the) (?:short |quick |\d{1,2}[- ]minute |one[- ]minute |two[- ]minute )?(?:survey|feedback form))(?:\s?[?!.:])?/i;
/** The questions only a survey asks: "How did we do?", "How would you rate…", "Rate us". A bare "Was this helpful?" may be the agent's own. */
const SURVEY_QUESTION = /^\W{0,4}(?:how did (?:we|i) do|how (?:was|would you rate)|how satisfied|(?:please )?(?:take a (?:moment|minute|second) to )?rate |(?:please )?(?:take|complete|fill (?:in|out)) (?:our|a|this|the) [\w -]{0,20}(?:survey|feedback form))/i;
const FEEDBACK_WORDS = new Set([
  'yes', 'no', 'great', 'good', 'okay', 'ok', 'not', 'bad', 'poor', 'excellent', 'amazing', 'terrible', 'awful', 'rate', 'us', 'tell', 'let', 'know',
  'click', 'tap', 'here', 'in', 'one', 'a', 'few', 'seconds', 'second', 'minute', 'minutes', 'on', 'trustpilot', 'google', 'our', 'survey', 'take',
  'quick', 'short', 'this', 'reply', 'conversation', 'chat', 'stars', 'star', 'out', 'of', 'below', 'link', 'the', 'today', 'helpful', 'unhelpful',
]);
const LINK_ANYWHERE = /\bhttps?:\/\/\S{1,200}|\b[\w-]{1,60}(?:\.[\w-]{1,60}){0,4}\.[a-z]{2,12}\/\S{0,200}/gi;
/** Only the buttons of a feedback request: "Yes · No", "Yes / No", "Great   Okay   Not good", "👍 👎", "😞 😐 🙂 😀", "★★★★★". */
export function isFeedbackChoices(head: string): boolean {
  if (head.length > 80) return false;
  const ws = head.match(/\p{L}+/gu) ?? [];
  if (ws.length === 0) return (head.match(/[\p{Extended_Pictographic}★☆]/gu) ?? []).length >= 2 && !/\d/.test(head);
  return ws.length >= 2 && ws.length <= 8 && ws.every((w) => CHOICE_WORDS.has(w.toLowerCase()));
}
// The buttons in the languages helpdesks are set to ("Sí / No", "Ja · Nein", "Oui | Non", "Sim / Não", "Tak / Nie").
const CHOICE_WORDS = new Set([
  'yes', 'no', 'great', 'good', 'okay', 'ok', 'not', 'bad', 'poor', 'excellent', 'amazing', 'terrible', 'awful', 'helpful', 'unhelpful',
  'sí', 'si', 'ja', 'nein', 'nee', 'nej', 'oui', 'non', 'sim', 'não', 'tak', 'nie', 'kyllä', 'ei',
]);
/**
 * The agent asking for feedback in their own words, as "I" ("How did we do on the repair, Ana? I'd love to hear.", "Rate us
 * if you like, but mostly I hope the bike rides well!"): a survey's words open it, the agent's go on after them.
 */
export function asksAsAgent(head: string): boolean {
  const m = head.length <= 300 ? FEEDBACK_QUESTION.exec(head) : null;
  return m !== null && /\bI\b|\bI['’]|\b(?:me|my)\b/.test(head.slice(m[0].length));
}
/**
 * Session 29: a survey asked in prose, as a helpdesk appends it ("We'd love to know how we did! Just reply with a number from 1
 * to 10 to tell us how happy you were with our service today."): a scale and what it rates, with nothing said as "I" ("On a
 * scale of 1 to 10, how bad is the pain? I'll tell the nurse." is the agent's).
 */
const SURVEY_SCALE = /\b(?:(?:reply|respond|answer|text|rate us) with a (?:number|score|rating|digit) (?:from|between) [01] (?:to|and) (?:5|10)|on a scale (?:of|from) [01] to (?:5|10))\b/i;
const SURVEY_SUBJECT = /\b(?:how (?:we|well we) did|how (?:happy|satisfied|pleased) you (?:are|were)|(?:our|the) (?:service|support|team|experience|reply)|(?:recommend|rate) us)\b/i;
/**
 * Session 29: a service notice a helpdesk or template puts under the reply, about the whole team's load or hours rather than
 * this customer ("We're experiencing higher than usual volumes, so replies may take up to 48 hours.", "Due to high demand,
 * response times are longer than usual.", "🎄 Our offices close at 2pm on 24 December and reopen on 2 January."), said with
 * nothing as "I" ("We're busier than usual, so I'm sorry for the wait." is the agent's).
 */
const SERVICE_NOTICE =
  /^(?:[\p{Extended_Pictographic}\ufe0f]{1,3} ?)?(?:please note:? )?(?:(?:we are|we['’]re) (?:currently )?(?:experiencing|receiving|seeing|handling) (?:an? )?(?:higher|high|increased|unusually high|large|heavy|record)(?: than (?:usual|normal|expected))? (?:volumes?|demand|numbers? of (?:calls|e-?mails|enquiries|inquiries|requests|contacts|messages))|due to (?:high|increased|unusually high|heavy|higher than (?:usual|normal)) (?:demand|volumes?)|(?:our|the) (?:offices?|lines|phone lines|shop|store|showroom|support team|team|helpline) (?:will )?(?:close|be closed|are closed|is closed) [^.!?\n]{1,60}\b(?:re-?open|will be back|are back|return)\b)/iu;
// A notice is short: the agent's paragraph that opens alike goes on about this customer ("Due to high demand our phone lines
// are closed until further notice. … Your order will be dispatched in due course.").
const SERVICE_NOTICE_MAX = 200;
export const isServiceNotice = (head: string) =>
  head.length <= SERVICE_NOTICE_MAX && SERVICE_NOTICE.test(head) && !/\bI\b|\bI['’]|\b(?:me|my)\b/.test(head) && !/\byour (?:order|account|parcel|booking|refund|claim|case|delivery|appointment|item|request)\b/i.test(head) &&
  // Session 38: whatever the thing, "your … is/has/will …" says where this customer's own stands ("…high volume of repairs.
  // Your sail is in the queue and will be worked on…"): the agent's answer, not the team's notice.
  !/\byour [\p{L}-]{2,24} (?:is|was|has|have|are|were|will)\b/iu.test(head);
/**
 * Session 30: a helpdesk's block of suggested help articles under the reply, its heading alone on a line ("Related
 * articles", "📚 Suggested articles", "Articles you might find useful", "You might also like:"). The agent's own lead-in
 * says more ("These two guides might help as well:", "Related: the apple tree is back in stock").
 */
const ARTICLES_HEADING =
  /^(?:[\p{Extended_Pictographic}\ufe0f]{1,3} ?)?(?:(?:related|suggested|recommended|popular|helpful|similar|top) (?:help |support )?(?:articles|guides|resources|reading|topics|faqs|questions|answers)|(?:help )?(?:articles|guides|resources) (?:you|that) (?:might|may) (?:find (?:useful|helpful)|(?:also )?like|help)|you (?:might|may) also (?:like|find (?:these )?(?:useful|helpful)))\s?:?$/iu;
export const isArticlesHeading = (head: string) => head.length <= 60 && ARTICLES_HEADING.test(head);
/**
 * Session 30: a template's promotion on a line of its own ("📱 Get the MediRun app: App Store | Google Play", "Refer a friend
 * and you both get £5 off your next order.", "Book direct and save 15%."): cues of two kinds, one of them a call to buy,
 * refer or download, or one cue under a pictograph; never said as "I", never sorry, never about this customer's records
 * ("Use code SPRING10 for 10% off your next box." alone stays the agent's goodwill).
 */
const PROMO_STORE_PAIR = /\bapp store ?[|·•/] ?(?:google play|play store)\b|\b(?:google play|play store) ?[|·•/] ?app store\b/i;
const PROMO_STORE = /\b(?:app store|google play|play store)\b/i;
const PROMO_CALL = /\b(?:refer a friend|shop now|book direct|shop the (?:sale|range|collection)|start (?:your|a) free trial|free trial|sale ends|upgrade (?:now|today)|(?:buy|order|join|subscribe|sign up) (?:now|today)\b|(?:this|next) (?:week|weekend|month) only|today only|ends (?:tonight|today|soon|at midnight)|limited time only|while stocks last)\b/i;
const PROMO_CODE = /\b(?:use|with|enter|apply) (?:the )?(?:promo |discount |voucher |gift )?code [A-Z0-9]{3,15}\b/;
const PROMO_DEAL = /\b\d{1,2}% off\b|\b(?:black friday|cyber monday|boxing day|flash|clearance|summer|winter|spring|january|new year) (?:sale|deals?|offers?)\b|[£$€]\d{1,4} off\b|\bsave (?:up to )?(?:\d{1,2}%|[£$€]\d)|\bfor the price of\b/i;
const PROMO_CAPS = /\b(?:SALE|OFFER|DEAL)S?\b/;
const PROMO_MAX = 220;
export function isPromotionLine(head: string): boolean {
  if (head.length > PROMO_MAX || /\bI\b|\bI['’]|\b(?:me|my|sorry|apologi[sz]e)\b/i.test(head)) return false;
  if (/\byour (?:order|account|parcel|booking|refund|claim|case|delivery|appointment|item|request)\b/i.test(head) && !/\bnext (?:order|booking)\b/i.test(head)) return false;
  // Both stores side by side are a template's download buttons ("App Store | Google Play"); the agent names them in prose.
  if (PROMO_STORE_PAIR.test(head)) return true;
  const call = PROMO_STORE.test(head) || PROMO_CALL.test(head);
  const cues = [call, PROMO_CODE.test(head), PROMO_DEAL.test(head) || PROMO_CAPS.test(head)].filter(Boolean).length;
  return (cues >= 2 && call) || (cues >= 1 && /^\p{Extended_Pictographic}/u.test(head));
}
/**
 * Session 30: a web form's submission pasted under or over the reply, its heading over the fields ("New submission from
 * Contact us", "Submitted via website form on 02/12/2026 10:14", "New enquiry via the booking form"): the heading and the
 * fields under it are the customer's.
 */
const FORM_HEADING =
  /^(?:[-–—]{1,3} ?)?(?:new (?:form )?(?:submission|entry|enquiry|inquiry|lead) (?:from|via|on|through) (?:the |your |our )?[\p{L}\p{N}'’&. -]{2,40}|(?:submitted|sent|received) (?:via|through|from|using|with) (?:the |our |your |a )?(?:(?:website|web|online|contact|enquiry|inquiry|booking|support|feedback) ){0,2}form\b[^\n]{0,60}|(?:new )?(?:(?:website|web|online|contact|enquiry|inquiry|booking) ){1,2}form (?:submission|entry|enquiry|inquiry)\b[^\n]{0,60})$/iu;
export const isFormHeading = (head: string) => head.length <= 100 && !/\bI\b|\bI['’]/.test(head) && FORM_HEADING.test(head.replace(/\s?[-–—:]{1,3}$/, ''));
export const isScaleSurvey = (head: string) => head.length <= 300 && SURVEY_SCALE.test(head) && SURVEY_SUBJECT.test(head) && !/\bI\b|\bI['’]|\b(?:me|my)\b/.test(head);
/** A feedback request on a line of its own; `next` is the line under it, where a bare question's buttons may stand. */
export function isFeedbackRequest(head: string, next?: string): boolean {
  if (head.length > 200) return false;
  const m = FEEDBACK_QUESTION.exec(head);
  // A short question in any words over a line of buttons only, set apart by marks ("War diese Antwort hilfreich?⏎Ja · Nein").
  if (m === null) return next !== undefined && head.length <= 100 && /\?$/.test(head) && /[·|/•]|\p{Extended_Pictographic}|★|\s{2}/u.test(next) && isFeedbackChoices(next);
  const rest = head.slice(m[0].length).replace(LINK_ANYWHERE, ' ');
  const ws = rest.match(/\p{L}+/gu) ?? [];
  if (ws.length > 12 || !ws.every((w) => FEEDBACK_WORDS.has(w.toLowerCase()))) return false;
  return rest.trim() !== '' || SURVEY_QUESTION.test(head) || (next !== undefined && isFeedbackChoices(next));
}
const FOOTER_INSIDE_ALL = new RegExp(FOOTER_INSIDE.source, 'gi');
/** How many footer phrases a bounded piece of a line holds (at most 4), and one more when it opens like a footer. */
export function footerPhraseCount(head: string): number {
  let n = isFooterStart(head) ? 1 : 0;
  FOOTER_INSIDE_ALL.lastIndex = 0;
  while (n < 4 && FOOTER_INSIDE_ALL.exec(head) !== null) {
    n++;
    if (FOOTER_INSIDE_ALL.lastIndex >= head.length) break;
  }
  return n;
}
/** A company's boilerplate under the reply: "About Stonebridge: family-run since 1962…", "ABOUT US — …". */
const COMPANY_BLURB = /^(?:About|ABOUT) (?:us|US|\p{Lu}[\p{L}\p{N}&'’. -]{1,30}?)\s?[:—–|]\s\S/u;
export const hasFooterPhrase = (head: string) => FOOTER_INSIDE.test(head) || isMetaLine(head) || COMPANY_BLURB.test(head);

/** Little words of English, and of the languages legal footers under English replies are written in. */
const ENGLISH_WORDS = new Set(['the', 'and', 'to', 'of', 'is', 'you', 'your', 'for', 'we', 'it', 'this', 'that', 'on', 'with', 'be', 'are', 'have', 'i', 'our', 'will', 'not', 'or', 'if', 'please', 'any', 'by', 'from', 'was', 'has', 'can']);
const OTHER_WORDS = new Set([
  'und', 'der', 'die', 'das', 'sie', 'nicht', 'mit', 'ist', 'den', 'dem', 'oder', 'bitte', 'il', 'di', 'che', 'per', 'con', 'sono', 'gli', 'dei', 'delle', 'alle',
  'y', 'los', 'las', 'que', 'del', 'por', 'su', 'et', 'les', 'des', 'est', 'vous', 'pour', 'dans', 'une', 'het', 'een', 'van', 'niet', 'og', 'ikke', 'och', 'att',
  'är', 'som', 'för', 'til', 'jest', 'nie', 'się', 'oraz', 'questo', 'questa', 'della', 'dalla', 'nel', 'suoi', 'non', 'degli', 'ein', 'eine', 'sind', 'wenn',
  'diese', 'dieser', 'bei', 'sus', 'para', 'son', 'una', 'sont', 'aux', 'pas',
  // Twelfth look: Croatian, Serbian and Slovene; Slovak and Czech; Estonian; Malay and Indonesian.
  'su', 'je', 'za', 'ako', 'ili', 'ste', 'se', 'na', 'sú', 'ak', 'pre', 'sa', 'ja', 'ning', 'kui', 'ei', 'see', 'selle', 'ini', 'dan',
  'adalah', 'untuk', 'jika', 'anda', 'yang', 'kepada', 'sila',
]);
/** How many words a line needs before its language is judged. */
const LANGUAGE_MIN_WORDS = 10;

/**
 * A sentence in another language under an English reply (a German, Italian or Spanish confidentiality notice):
 * at least three little words of another language and at most one of English.
 */
export function readsAsOtherLanguage(head: string): boolean {
  const original = head.split(/[^\p{L}]+/u).filter(Boolean);
  const ws = original.map((w) => w.toLowerCase());
  if (ws.length < LANGUAGE_MIN_WORDS) return false;
  const other = new Set(ws.filter((w) => OTHER_WORDS.has(w))).size;
  // English writes "I" in capitals; a lower-case "i" is "and" in Croatian, Polish or Italian's neighbours.
  const english = ws.filter((w, k) => ENGLISH_WORDS.has(w) && original[k] !== 'i').length;
  return other >= 3 && english <= 1;
}

// ---- Sign-offs and signatures -----------------------------------------------------------------------

/** Valedictions, lower case, words joined by one space. */
const SIGN_OFFS = new Set([
  'best', 'all the best', 'all best', 'best wishes', 'best regards', 'with best regards', 'kind regards', 'with kind regards',
  'kindest regards', 'warm regards', 'warmest regards', 'warm wishes', 'warmly', 'warmest', 'regards', 'many thanks', 'thanks',
  // Session 34: more of the common ones ("Thanks & Regards" reads as its words, "thanks regards"; "Thanking you" as desks write it).
  'warmest wishes', 'with warm wishes', 'with warmest wishes', 'with best wishes', 'kindest wishes', 'with kindest regards', 'fond regards',
  'warmly yours', 'cordially', 'thank you kindly', 'many thanks again', 'much appreciated', 'thanks regards', 'thanks and best regards',
  'thanks best regards', 'thanks and warm regards', 'kind rgds', 'thanking you', 'cheerio', 'nga mihi', 'mahalo',
  'thank you', 'thanks again', 'thank you again', 'thanks so much', 'thank you so much', 'thanks a lot', 'thanks very much',
  'thank you very much', 'thanks a million', 'with thanks', 'with gratitude', 'cheers', 'sincerely', 'yours sincerely',
  'sincerely yours', 'yours truly', 'yours faithfully', 'respectfully', 'gratefully', 'take care', 'talk soon', 'speak soon',
  'have a great day', 'have a good day', 'have a nice day', 'have a lovely day', 'have a great weekend', 'have a good weekend',
  'have a nice weekend', 'have a great one', 'stay safe', 'be well', 'rgds', 'br', 'thx', 'ty', 'cordialement', 'saludos',
  'mit freundlichen grüßen', 'viele grüße', 'liebe grüße', 'beste grüße', 'grüße', 'abraço', 'abraços', 'um abraço',
  'atenciosamente', 'cordialmente', 'un saludo', 'saludos cordiales', 'atentamente', 'bien cordialement', 'bien à vous', 'bises',
  'cordiali saluti', 'saluti', 'groetjes', 'met vriendelijke groet', 'hälsningar', 'med vänlig hälsning', 'mvh',
  'see you', 'see you soon', 'see you then', 'see you there', 'see you in-game', 'see you online', 'until next time', 'chat soon',
  'speak later', 'good luck', 'best of luck', 'all good wishes', 'with appreciation', 'with many thanks', 'with warm regards',
  'kind wishes', 'best wishes always', 'regards and thanks', 'thanks and regards', 'thanks & regards', 'many thanks and best wishes',
  'thanks again and take care', 'ciao', 'love', 'lots of love', 'much love', 'xo', 'xoxo', 'xx', 'xxx', 'hugs',
  // Other languages' valedictions under an English reply (a bilingual agent, a mail client's template).
  'freundliche grüße', 'herzliche grüße', 'schöne grüße', 'mfg', 'met vriendelijke groeten', 'vriendelijke groet', 'groeten',
  'hartelijke groet', 'hartelijke groeten', 'beste groeten', 'distinti saluti', 'un saluto', 'un caro saluto', 'amitiés',
  'bien à toi', 'un abrazo', 'saludos cordiales', 'atte', 'atte.', 'pozdrawiam', 'z poważaniem', 's pozdravem', 'pozdrav',
  'üdvözlettel', 'tisztelettel', 'terveisin', 'ystävällisin terveisin', 'venlig hilsen', 'med venlig hilsen', 'vennlig hilsen',
  'med vennlig hilsen', 'hilsen', 'vänliga hälsningar', 'med vänliga hälsningar', 'serdecznie pozdrawiam', 'pozdrawiam serdecznie', 'saygılarımla', 'selamlar', 'trân trọng', 'hormat saya', 'salam',
  'с уважением', 'всего доброго', 'з повагою', 'με εκτίμηση',
  // Japanese, Korean and Hindi valedictions over the agent's name ("よろしくお願いいたします。⏎佐藤 健", "감사합니다.⏎김민준").
  'よろしくお願いいたします', 'よろしくお願いします', 'よろしくお願い致します', '敬具', '草々', '감사합니다', '감사합니다.', '고맙습니다', '고맙습니다.', '드림',
  'धन्यवाद', 'सादर', 'शुभकामनाओं सहित',
  // Round 2: Chinese, Arabic, Hebrew and Thai ("祝好，", "مع أطيب التحيات،", "בברכה,", "ขอบคุณค่ะ").
  '祝好', '此致', '此致敬礼', '顺祝商祺', '谢谢', '敬上', '謝謝', 'مع أطيب التحيات', 'مع التحية', 'مع خالص التحية', 'تحياتي', 'شكرا', 'شكرًا',
  'בברכה', 'תודה', 'شکریہ', 'والسلام', 'ขอบคุณค่ะ', 'ขอบคุณครับ', 'ขอบคุณ', 'ด้วยความเคารพ',
  // Twelfth look: the singular and Swiss spellings of German ones ("Gruß", "Freundliche Grüsse"), and valedictions of
  // Croatian, Slovak, Slovene, Baltic, Icelandic, Afrikaans, Welsh, Catalan, Swahili, Filipino and Malay agents.
  'gruß', 'gruss', 'grüsse', 'viele grüsse', 'liebe grüsse', 'beste grüsse', 'freundliche grüsse', 'mit freundlichen grüssen', 'lg', 'vg',
  'lijep pozdrav', 'srdačan pozdrav', 's poštovanjem', 's pozdravom', 'lep pozdrav', 'pagarbiai', 'ar cieņu', 'lugupidamisega',
  'parimat', 'parimate soovidega', 'kveðja', 'bestu kveðjur', 'groete', 'vriendelike groete', 'diolch', 'cofion', 'salutacions',
  'atentament', 'asante', 'ingat', 'salamat', 'terima kasih', 'salam hormat', 'с наилучшими пожеланиями',
  // Session 36: "see you soon" and "have a good day" in the languages agents sign in ("A presto,", "Bonne journée,").
  'a presto', 'a prestissimo', 'buona giornata', 'buona serata', 'un abbraccio', 'bonne journée', 'bonne soirée', 'à bientôt', 'à très vite',
  'hasta pronto', 'hasta luego', 'até breve', 'até logo', 'beijinhos', 'beijos', 'tot ziens', 'tot snel',
  'fijne dag', 'bis bald', 'schönen tag', 'einen schönen tag', 'tschüss',
]);
const LONGEST_SIGN_OFF = 5;
/** Who a valediction comes from, before the team's name: "from all of us at", "from the team at", "from". */
// Session 34: the place with its article ("from all of us at the Mill").
// Session 35: the article goes with the place only before a capital ("the Mill"); under `i` the look-ahead matched any
// letter, so "from all of us in the support team at Brightwater" lost "the" and with it the team.
const FROM_SENDERS = /^,?\s(?:to you )?(?:from|aus|uit|desde|från|fra)\s(?:(?:all of us|all|everyone|us all|the (?:whole )?team|all the team|the folks)\s(?:here\s)?(?:at|in)\s)?/i;
const PLACE_ARTICLE = /^[Tt]he\s(?=\p{Lu})/u;
/** What follows "from all of us at" and the like: the team or the place, its article taken off before a capital. */
const fromSendersRest = (rest: string, from: RegExpExecArray) => {
  const after = rest.slice(from[0].length);
  return /\s(?:at|in)\s$/i.test(from[0]) ? after.replace(PLACE_ARTICLE, '') : after;
};

/** Little words that may sit in a signed name: "The Acme Support Team", "Sam from Acme", "Your friends at Loomly". */
const NAME_GLUE = new Set([
  'the', 'from', 'at', 'of', 'and', '&', 'on', 'behalf', 'your', 'all', 'us', 'everyone',
  // A team signs with a common noun: "The Crumb Club crew", "Your friends at Loomly", "The Acme support team".
  'team', 'crew', 'friends', 'folks', 'gang', 'squad', 'family', 'staff', 'people', 'support', 'care', 'service', 'services', 'desk',
  // Twelfth look: a department in the agent's language, its common noun in lower case ("Zákaznícky servis", "Service client").
  'servis', 'client', 'clients', 'cliente', 'clienti', 'clientes', 'servicio', 'servizio', 'serviço', 'klanten', 'kunden',
  // Session 26: with its little words in French, Spanish, Portuguese and Polish ("Service à la clientèle", "Equipo de atención al
  // cliente", "Atendimento ao cliente", "Dział obsługi klienta").
  'à', 'aux', 'clientèle', 'clientele', 'atención', 'atendimento', 'ao', 'obsługi', 'klienta',
  // Session 34: the other people such a department serves, and after-sales ("Service aux membres", "Atención al socio",
  // "Servizio soci", "Service après-vente", "Atendimento ao associado").
  'membres', 'miembros', 'membros', 'socio', 'socios', 'soci', 'sócios', 'associado', 'associados', 'abonnés', 'abonados', 'assinantes', 'abbonati',
  'usagers', 'utilisateurs', 'usuarios', 'usuários', 'utenti', 'pacientes', 'pazienti', 'passagers', 'pasajeros', 'passageiros', 'passeggeri',
  'après-vente', 'postventa', 'pós-venda', 'au',
  // Particles of family names: "Jan van der Berg", "Ahmad bin Said", "Siti binti Abdullah", "María de los Ángeles", "João dos Santos".
  'van', 'von', 'de', 'der', 'den', 'ter', 'ten', 'la', 'le', 'las', 'los', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'zu', 'vom', 'af', 'av',
  'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'ap',
]);
/** "al-Rashid", "d'Artagnan", "el-Amin": a particle joined to a capitalised name. */
// Session 38: Maltese and Italian articles joined to the name too ("Dar il-Bajja", "Villa dell'Orto").
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ibn|bin|d|l|o|il|iċ|id|in|ir|is|it|ix|iż|tal|ta|dell|dall|degl|sull|nell|all)[-'’]\p{Lu}/u;
/** A name in a script with no capital letters (王芳, 김민준, محمد, דנה): short, letters only. */
const CASELESS_NAME = /^[\p{Lo}\p{M}]{1,12}$/u;
// Fourteenth look: a longer word with digits among its letters ("FL3-HP02", "SKU-4471") is a code, not a name ("Use
// FL3-HP02."); a short one can name a team ("L2 Support", "B2B Sales").
const isNameWord = (word: string) =>
  !(word.length >= 5 && /\d/.test(word) && /\p{L}/u.test(word)) &&
  (/^\p{Lu}/u.test(word) || NAME_GLUE.has(word.toLowerCase()) || /^\p{Lu}/u.test(word.replace(/^\W+/, '')) || JOINED_PARTICLE.test(word) || CASELESS_NAME.test(word));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;

function words(s: string): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  for (const m of s.matchAll(WORD)) {
    out.push({ word: m[0], end: m.index + m[0].length });
    if (out.length > 12) break;
  }
  return out;
}

/** A name that ends in an abbreviation's full stop: "Pradeep K.", "Tom Reid Jr.", "Acme Billing Dept." (a company's "Co." or "Ltd." is signature). */
// Session 35: the initial a capital, as typed (under `i` "plan b." ended in one).
export const endsInNameAbbreviation = (head: string) => /(?:^|\s)(?:\p{Lu}|[Jj]r|JR|[Ss]r|SR|[Ee]sq|ESQ|[Pp]h\.?[Dd]|PH\.?D|[Dd]ept|DEPT)\.$/u.test(head);

/** HTML's entities left in a plain-text signature ("Lewis Grant&nbsp;|&nbsp;Service Advisor", "Fern &amp; Fable"), as the characters they stand for. */
const withoutEntities = (s: string) => (s.includes('&') ? s.replace(/&(?:nbsp|#160|#xa0);/gi, ' ').replace(/&amp;/gi, '&') : s);

/** "Sam", "Sam Lee.", "The Acme Support Team", "Dr. Ana de la Cruz", "Raj (Acme Care)". */
export function isNameLike(text: string): boolean {
  // A name in Markdown's or Gmail's emphasis ("*Tom Reid*", "__Ana__") is the name.
  const s = withoutEntities(text).replace(/^([*_]{1,2})([^*_\n]{1,60})\1$/, '$2');
  let end = s.length;
  while (end > 0 && /[\s.!)]/.test(s[end - 1]!)) end--;
  const trimmed = s.slice(0, end).replace(/^[\s,.;:!—–-]+/, '');
  if (!trimmed || trimmed.length > 60 || /[?!^*~]/.test(trimmed)) return false;
  // "Done. Thanks" is two sentences; "Dr. Ana Cruz", "J. Smith" and (session 34) "Tipi Co. Logistics" are one name.
  // The cheap test first: the pattern (costly to compile on its first use) needs a full stop before a space.
  if (/\.\s/.test(trimmed) && /(?:^|\s)(?!(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|rev|revd|fr|hon|capt|sgt|lt|col|co|bros|\p{L})\.)[\p{L}\p{N}]+\.\s/iu.test(trimmed)) return false;
  const ws = words(trimmed);
  if (ws.length === 0 || ws.length > 6) return false;
  return ws.every(({ word }) => isNameWord(word)) && (/^\p{Lu}/u.test(ws[0]!.word) || CASELESS_NAME.test(ws[0]!.word) || isLowerCaseTeam(ws));
}

/** The common nouns a team signs with. */
const TEAM_NOUN = new Set(['team', 'crew', 'friends', 'folks', 'gang', 'squad', 'family', 'staff']);
/**
 * Session 28: a team signed in lower case, as chat and social writers type ("the Petals team", "your friends at Loomly",
 * "the team at Petals"): "the" or "your", a team's noun, and the team's name capitalised.
 */
const isLowerCaseTeam = (ws: { word: string }[]) =>
  (ws[0]!.word === 'the' || ws[0]!.word === 'your') && ws.some(({ word }) => TEAM_NOUN.has(word)) && ws.some(({ word }) => /^\p{Lu}/u.test(word));

/**
 * A merge field the helpdesk fills with a name when the reply is sent, left as the macro wrote it under the valediction:
 * "{{current_user.first_name}}", "{!User.Name}", "%%agent_name%%", "<<Agent Name>>", "${agent.name}". It signs like the name.
 */
const NAME_FIELD = /^(?:\{\{ ?[\w.]{0,50}name ?\}\}|\{![\w.]{0,50}name\}|%%[\w.]{0,40}name%%|<<[\w .]{0,40}name>>|\$\{[\w.]{0,50}name\})$/i;
export const isNameField = (head: string) => NAME_FIELD.test(head);

/** The departments and roles an agent writes after a first name on the name's own line ("Priya | Billing", "Kofi, Accounts"). */
const DEPARTMENT =
  /\b(?:billing|accounts?|accounting|returns|collections|claims|reception|hosting|sales|payments|refunds|bookings|reservations|orders|shipping|deliver(?:y|ies)|dispatch|logistics|admissions|lettings|onboarding|membership|finance|repairs|warranty|complaints|night|registrar|secretary|pharmacist|nurse|concierge|doctor|vet|technician|stylist|planner|tutor|instructor|trainer|mechanic)\b/i;
/** A first name (or two names), a separator, and what follows it: "Tom · Support Lead", "Ana – Customer Care", "Mei (Billing)". */
const NAME_THEN_ROLE = /^(\p{Lu}[\p{L}\p{M}'’-]{0,20}(?:\s\p{Lu}[\p{L}\p{M}'’-]{0,20})?)(?:\s?[|·]\s?|\s[–—/]\s|,\s|\s\()([^()|·,\n]{2,40}?)\)?(?:\s[|·]\s[^\n]{1,40})?$/u;
/**
 * A name with a role or department on one line ("Priya | Billing", "Sam — Night desk", "Ivy (Dev Support)"): signature,
 * like a name with pronouns; the name alone ("Priya") is the agent's sign-off. Two names ("Kofi, Ama") are no role.
 */
export function isNameWithRole(head: string): boolean {
  const m = head.length <= 80 ? NAME_THEN_ROLE.exec(head) : null;
  // "Payroll Services | HR Shared Services" is a team over its department, signed as the team's name.
  if (!m || isSignOffLine(head) || isSignOffLine(m[1]!) || TITLE.test(m[1]!) || DEPARTMENT.test(m[1]!)) return false;
  const role = m[2]!;
  return TITLE.test(role) || DEPARTMENT.test(role);
}

/** A closing phrase of the agent's own, a dash and the name: "Sending you lots of calm vibes — Kate", "Have a lovely weekend - Jo". */
const CLOSING_THEN_NAME =
  /^(?:sending|wishing|have an? |enjoy|happy|stay|take care|talk soon|speak soon|see you|good luck|all the best|lots of love|much love|big hugs)[^.?\n—–]{0,50}?[!.]? [—–-]{1,2} ?(\p{L}[^\n]{0,40})$/iu;
// Session 35: the name after the dash in any case, as isNameLike reads it (a capital, or "the Acme team"): under `i` the
// `\p{Lu}` that stood here matched any cased letter, so the look-alike of a capital it gave was never one.
const closingThenName = (head: string) => CLOSING_THEN_NAME.exec(head);
/**
 * Session 30: a closing wish of the agent's own on its line, ending in "!" ("Merry Christmas!", "Safe travels and have a lovely
 * day! 🌸", "Enjoy the show!"): over the name alone it signs the reply off, as "Have a lovely day!⏎Mia" does.
 */
const CLOSING_WISH =
  /^(?:sending|wishing|have an? |enjoy|happy|merry|safe travels|safe trip|stay|take care|good luck|best of luck|all the best|lots of love|much love|big hugs|season['’]?s greetings|bon voyage)[^.?\n—–]{0,60}?!(?: ?[\p{Extended_Pictographic}\ufe0f\u200d]{1,6})?$/iu;
export const isClosingWish = (head: string) => head.length <= 80 && CLOSING_WISH.test(head) && !/\bI\b|\bI['’]/.test(head);
/** How a line that signs the reply off reads: "Best,", "Kind regards, Tom.", "Thanks, Sam", "— Raj". */
export function isSignOffLine(line: string): boolean {
  const head = withoutEntities(line);
  if (head.length > 80) return false;
  // Session 33: a tilde signs in chat as a dash does ("~Jess @ Pawly").
  const dash = /^(?:[—–~]|--?)\s?(?=\S)/.exec(head);
  if (dash) return isNameLike(withoutDecoration(head.slice(dash[0].length)));
  // "On behalf of the Acme Customer Care Team": a team signs through whoever sends it.
  const behalf = /^on behalf of (?:the )?(?=\S)/i.exec(head);
  if (behalf) return isNameLike(withoutDecoration(head.slice(behalf[0].length)));
  // Session 29: a warm closing of the agent's own words with the name after a dash ("Sending you lots of calm vibes — Kate",
  // "Wishing you a smooth move - Tom"): it signs the reply as "— Kate" alone would.
  const closing = closingThenName(head);
  if (closing && isNameLike(withoutDecoration(closing[1]!))) return true;
  const ws = words(head);
  let phrase = '';
  for (let k = 0; k < Math.min(ws.length, LONGEST_SIGN_OFF); k++) {
    phrase = k === 0 ? ws[0]!.word.toLowerCase() : `${phrase} ${ws[k]!.word.toLowerCase()}`;
    if (!SIGN_OFFS.has(phrase.replace(/[’]/g, "'"))) continue;
    const rest = head.slice(ws[k]!.end);
    // The valediction alone, with its punctuation or an emoji, or followed by the agent's name.
    if (/^[\s,.!:;)。．、，！،*_\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(rest) || isNameLike(rest)) return true;
    // Session 29: the name with the agent's role on the valediction's line ("Thanks — Marco (Tier 2 Support)", "Best, Marco,
    // Billing"): the valediction signs; what follows it is no signature block.
    const signer = /^\s?(?:,|[—–-]{1,2})\s?(?=\S)/.exec(rest);
    if (signer && isNameWithRole(rest.slice(signer[0].length))) return true;
    // "Warm wishes from all of us at Pebble & Pine 🌲", "Cheers from the team at Acme": signed by a team.
    const from = FROM_SENDERS.exec(rest);
    if (from && isNameLike(withoutDecoration(fromSendersRest(rest, from)).replace(/[,.!]$/, ''))) return true;
    // Two languages side by side: "Mit freundlichen Grüßen / Best regards".
    const second = /^\s?[/|]\s?(?=\S)/.exec(rest);
    if (second) return isSignOffLine(rest.slice(second[0].length));
  }
  return false;
}

/**
 * A sign-off line that carries the agent's name after the valediction ("Regards / Tom", "Thanks! -Jess", "Cheers,
 * Sam"): the name is signed on that line, so a line under it is signature, not the signed name.
 */
export function signOffCarriesName(head: string): boolean {
  // A line ending in a comma still waits for the name under it ("See you Monday,").
  if (/,\s*$/.test(head) || !isSignOffLine(head) || /^on behalf of /i.test(head)) return false;
  // Fifteenth look: a dashed sign-off is the name itself ("— T. Marsh"): the line under it is no second name.
  if (/^(?:[—–~]|--?)\s?\S/.test(head)) return /\p{L}/u.test(head);
  // Session 29: "Sending you lots of calm vibes — Kate" carries its name after the dash.
  const closing = closingThenName(withoutEntities(head));
  if (closing && isNameLike(withoutDecoration(closing[1]!))) return true;
  const ws = words(head);
  let phrase = '';
  // The longest valediction decides: "Best" in "Best wishes, Anna", "Thanks" in "Thanks & Regards".
  let longest = -1;
  for (let k = 0; k < Math.min(ws.length, LONGEST_SIGN_OFF); k++) {
    phrase = k === 0 ? ws[0]!.word.toLowerCase() : `${phrase} ${ws[k]!.word.toLowerCase()}`;
    if (SIGN_OFFS.has(phrase.replace(/[’]/g, "'"))) longest = k;
  }
  if (longest < 0) return false;
  const rest = head.slice(ws[longest]!.end);
  // "Thanks & Regards", "Mit freundlichen Grüßen / Best regards": a second valediction, not a name.
  if (isSignOffLine(rest.replace(/^(?:[\s,.;:!&+/|—–-]|and\s)+/i, ''))) return false;
  // Session 29: the name with the agent's role ("Thanks — Marco (Tier 2 Support)") carries the name too.
  return (isNameLike(rest) && !/^[\s,.!:;)\p{Extended_Pictographic}\u200d\ufe0f]*$/u.test(rest)) || isNameWithRole(rest.replace(/^\s?(?:,|[—–-]{1,2})\s?/, ''));
}

/** How far back from a line's end an inline sign-off after the last sentence is looked for ("…packed. Thanks, Robert"). */
const INLINE_SIGN_OFF_WINDOW = 60;
/** The line ends with a sign-off and the agent's name after its last sentence: "…anything else packed. Thanks, Robert". */
export function endsWithNamedSignOff(tail: string): boolean {
  const piece = tail.slice(-INLINE_SIGN_OFF_WINDOW);
  const cut = /[.!?]\s+(?=\S[^.!?]*$)/u.exec(piece);
  return cut !== null && signOffCarriesName(piece.slice(cut.index + cut[0].length));
}

const EMAIL = /\S@[\w-]{1,63}\.\w/;
// A bare domain with a path counts whatever its ending ("discord.gg/stormcast", "linkedin.com/in/ines").
const URL = /\bhttps?:\/\/|\bwww\.\w|\w\.(?:com|org|net|io|co|uk|de|fr|eu|us|ca|au|app|help|support)\b|\b[a-z0-9-]{2,63}\.[a-z]{2,12}\/[\w-]/i;
/** A social handle as a field of its own: "@StormcastHelp". */
const SOCIAL_HANDLE = /^@[A-Za-z0-9_.]{2,30}$/;
const PHONE = /\+?\(?\d[\d ().-]{6,18}\d/;
const TITLE =
  /\b(?:support|specialist|agent|advisor|adviser|representative|manager|lead|engineer|team|customer|care|service|success|helpdesk|help desk|department|officer|consultant|associate|coordinator|director|head of|supervisor|operations|office|services|centre|center|group|desk|inc|ltd|llc|gmbh|corp|limited|plc|co|kft|srl|s\.r\.l|s\.p\.a|s\.a\.s|sarl|b\.v|bvba|pty|oyj?|a\/s|aps|s\.r\.o|sp\. z o\.o|ltda|bhd|sdn|k\.k)\b/i;
// Phones and mail apps sign in the language they are set to: "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
// "Enviado desde mi Android", and apps name themselves: "Sent from Proton Mail for iOS", "Message sent via Gymflow Messenger".
// Session 36: Outlook mobile's "Get Outlook for iOS" in the app's language, verb first or last ("Holen Sie sich Outlook für
// iOS", "Outlook voor Android downloaden", "Hämta Outlook för Android", "Obter o Outlook para Android").
// Session 26: "Verstuurd vanaf mijn iPhone", "Envoyé depuis Outlook pour Android", "Enviado desde Outlook para iOS", "从我的iPhone发送".
const MOBILE_SIGNATURE =
  /^(?:[—–-] ?)?(?:sent from my |отправлено (?:с|со|из) |odesláno (?:z|ze) |odoslané z |iphone['’]?(?:umdan|imdan) gönderildi|στάλθηκε από |sent from my |sent from (?:mail|outlook|yahoo mail|gmail|proton ?mail|aol|icloud|fastmail|bluemail|spark|zoho mail|samsung|huawei|xiaomi)\b|get (?:outlook|bluemail|spark) for |(?:(?:this )?(?:message|e-?mail|reply) )?sent (?:via|with|using) |von meinem \S{1,30} gesendet|gesendet von (?:meinem )?\S|envoy[ée] de mon |enviado desde mi |enviado do meu |inviato da |verzonden (?:met|vanaf) |(?:verstuurd (?:met|vanaf|via) |envoy[ée] (?:depuis|à partir de) (?:mon |l['’]application |outlook |yahoo |gmail )|enviado desde (?:outlook|yahoo mail|gmail) |enviado a partir d[eo] (?:meu |outlook ))[^.!?,\n]{1,40}$|从我的 ?\S{1,30} ?发送$|skickat från |sendt fra |wysłane z |lähetetty \S{1,30}(?:sta|stä)$|poslano (?:z|s|sa) |trimis de pe |enviat des de(?:l meu)? |dikirim dari |gửi từ |\S{1,20}-r[óo]l küldve$|(?:get|holen sie sich|hämta|skaffa|hent|ottieni|obtenir|télécharger|pobierz(?: aplikację)?|download|obtener|descargar|obter|baixar|scarica) (?:o |l['’])?outlook (?:for|für|pour|para|per|voor|för|til|dla(?: systemu)?) (?:ios|android)\b|outlook (?:für|voor|för|til|for) (?:android|ios) (?:herunterladen|beziehen|downloaden|hämta)\b|sent from the (?:all[- ]new )?[\w.]{2,20}(?: [\w.]{2,20})? app(?: for (?:ios|android|iphone|ipad))?$|\S{1,30} ?から送信$|发自我的 ?\S{1,30}$|從我的 ?\S{1,30} ?傳送$|(?:나의 )?\S{1,30}에서 보냄$)/i;
/**
 * A phone's apology set as its signature: "Please excuse brevity", "Excuse any typos — sent from my phone", "Sorry for
 * the brevity", "Sent on the go", "Typed with thumbs". The line is only that (and at most a "sent from/on…" clause after
 * it), so the agent's own "Please excuse the typos in my last email, here is the right link" stays the agent's.
 */
const MOBILE_APOLOGY =
  /^(?:(?:please )?(?:excuse|pardon|forgive)|(?:sorry|apologies) for) (?:my |the |any )?(?:brevity|typos|spelling|autocorrect|typing errors?|short reply|short message)(?: and (?:any )?(?:brevity|typos|spelling|autocorrect))?(?:[,.;:]? ?[—–-]? ?(?:(?:it['’]?s |this (?:was|is) )?(?:sent|typed|written) (?:from|on|with|via) (?:my |a |an )?[^.!?\n]{1,30}))?[.!]?$|^(?:sent|typed|written) (?:on the go|on the move|on (?:my |a )?(?:phone|mobile|tablet|cell)|with (?:my )?thumbs|from (?:a|my) (?:phone|mobile|cell|tablet|handheld|mobile (?:phone|device)))\b(?:[,.;:]? ?[—–-]? ?(?:please )?(?:excuse|pardon|forgive|sorry for) (?:my |the |any )?(?:brevity|typos|spelling|autocorrect))?[.!]?$/i;

/** The RFC 3676 delimiter "-- " and the plain rules people use in its place. */
const SIGNATURE_DELIMITER = /^(?:--|—|_{2,9}|-{3,9}|={2,9})$/;
/** A longer rule ("--------------------------------", "==========", "* * *" not included): a signature's top only when signature material follows. */
const LONG_RULE = /^(?:-{10,120}|_{10,120}|={10,120}|[—–]{3,120}|\*{10,120})$/;
export const isLongRule = (head: string) => LONG_RULE.test(head);

/** "PO Box 441", a UK postcode ("BS99 7DD"), a US state and ZIP ("CA 94107"). */
const ADDRESS = /\bP\.?O\.? Box\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b[A-Z]{2} \d{5}\b/;

export const hasContact = (head: string) => EMAIL.test(head) || URL.test(head) || PHONE.test(head) || ADDRESS.test(head);
/**
 * Session 27: a helpdesk or mail app naming itself after "Sent from" ("Sent from LiveAgent", "Sent from Zoho Desk", "— Sent
 * from Help Scout"): one to three capitalised words and nothing else, so "Sent from our Leeds depot" stays the agent's.
 */
// Session 45: with the device or platform the app names in lower case after itself ("Sent from Gorgias mobile").
const SENT_FROM_APP = /^(?:[—–-] ?)?[Ss]ent from (?:the )?\p{Lu}[\p{L}\p{N}:.-]{1,24}(?: \p{Lu}[\p{L}\p{N}:.-]{0,24}){0,2}(?: (?:mobile|app|desktop|web))?$/u;
/**
 * Session 34: a messenger naming who sent it through which app ("Sent by Tash (Bloom Care) via Messenger"). Session 35:
 * the app a channel the conversation runs on (a messenger, a social app, a helpdesk's chat or SMS), as such a line names
 * it: "Sent by Amy via Royal Mail" is the agent saying how the parcel went, which a carrier's name after "via" tells.
 */
const SENT_BY_VIA_APP =
  /^(?:[—–-] ?)?[Ss]ent by \p{Lu}[^.!?\n]{0,40} via (?:(?:Facebook |Meta )?Messenger|WhatsApp(?: Business)?|Instagram(?: Direct)?|Facebook|Telegram|Viber|LINE|WeChat|Signal|X|Twitter|TikTok|LinkedIn|SMS|RCS|iMessage|Apple Messages(?: for Business)?|Google (?:Business )?Messages|Intercom|Gorgias|Kustomer|Gladly|Trengo|Crisp|Tidio|Drift|Front|Chatwoot|HubSpot|Podium|\p{Lu}[\p{L}\p{N}]{0,20}(?: \p{Lu}[\p{L}\p{N}]{0,20})? ?(?:[Cc]hat|[Dd]esk|[Ii]nbox|[Mm]essag(?:es|ing)|[Ss]cout|[Aa]pp))$/u;
/**
 * Session 27: the agent's own sentence that starts like an app's line ("Sent via DHL Express this morning, tracking …; it
 * should reach you on Thursday."): it speaks to the customer or names a day, which no app's line does. "Sent from my …"
 * is the phone's whatever follows it.
 */
// Session 35: or a weekday ("Sent by Amy via Royal Mail on Tuesday").
const SENT_LINE_PROSE = /\b(?:[Yy]ou(?:r|['’](?:ll|re|ve|d))?|[Ww]e(?:['’](?:ll|ve|re|d))?|I(?:['’](?:ll|ve|m|d))?|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week)|(?:on |last |next )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const SENT_FROM_MY = /^(?:[—–-] ?)?sent from my /i;
/**
 * Session 27: a machine translation's notice on the reply or the message ("This message was automatically translated from
 * English. View original", "Translated by Google · View original", "[This reply was machine-translated from Spanish]", "🌐
 * Auto-translated from Portuguese"): the tool's line, whole. "Translated from Spanish, your note says…" is the agent's.
 */
const TRANSLATION_NOTICE =
  /^[[(]?(?:[🌐🌍🌎🌏🔤]\ufe0f? ?)?(?:(?:this|the|your) (?:message|e-?mail|reply|conversation|ticket|comment) (?:was|has been|is|will be) )?(?:auto(?:matically)?[- ]?|machine[- ])?translated(?: automatically)?(?: (?:from|into|to) \p{L}{3,20}){0,2}(?: (?:by|with|using) \p{L}[\p{L}.]{1,20}(?: \p{L}[\p{L}.]{1,20})?)?[\])]?(?:[.!]? ?(?:[·•|–—-] ?)?(?:view|see|show) (?:the )?original(?: (?:message|text))?)?[.!]?$/iu;
// Session 35: the tool named with its capital ("by Google", "with DeepL"); under `i` the pattern's `\p{Lu}` matched any
// word, so "(translated by our team)" was the tool's line.
const namesNoTool = (head: string) => / (?:by|with|using) (?!\p{Lu})\S/u.test(head);
export const isTranslationNotice = (head: string) => head.length <= 140 && TRANSLATION_NOTICE.test(head) && !namesNoTool(head);
/**
 * Session 28: the longest a phone's line runs ("Sent from my iPhone — please excuse typos, autocorrect and brevity" is
 * ten words). Past it the line is the agent's sentence that opens alike ("Sent from my phone, so forgive the short reply:
 * yes, Bella is booked for Saturday at 10!"), which had taken the rest of the reply with it as signature.
 */
const MAX_MOBILE_SIGNATURE_WORDS = 12;
export const isMobileSignature = (head: string) =>
  (MOBILE_SIGNATURE.test(head) || SENT_FROM_APP.test(head) || SENT_BY_VIA_APP.test(head)) &&
  (SENT_FROM_MY.test(head) || !SENT_LINE_PROSE.test(head)) &&
  head.split(/\s+/, MAX_MOBILE_SIGNATURE_WORDS + 2).length <= MAX_MOBILE_SIGNATURE_WORDS;
/** Only where it ends the agent's lines (read-structure.ts): "Sorry for the short reply." can open a reply too. */
export const isMobileApology = (head: string) => MOBILE_APOLOGY.test(head);
export const isSignatureDelimiter = (head: string) => SIGNATURE_DELIMITER.test(head);
/** A short rule typed to set two parts apart ("---", "***", "___"); not "--" or "—", which open a signature. */
export const isBreakRule = (head: string) => /^(?:-{3,9}|_{3,9}|={3,9}|\*{3,9}|(?:\* ){2}\*)$/.test(head);
/**
 * A rule drawn with symbols rather than dashes: "• • •", "◆◆◆", "━━━━━━", "~ ~ ~", "⁂". Three or more marks of
 * punctuation or symbols (emoji excluded: "🙏" or "🥐💛" alone on a line is the agent's sign-off), spaced or not.
 */
const SYMBOL_RULE = /^[\p{P}\p{S}][\p{P}\p{S} ]{1,118}[\p{P}\p{S}]$/u;
export const isSymbolRule = (head: string) =>
  head.length <= 120 && SYMBOL_RULE.test(head) && head.replace(/ /g, '').length >= 3 && !/\p{Extended_Pictographic}/u.test(head);

/** Sentences that belong to a signature block: opening hours, social links, a rating request, a ticket number, pronouns. */
const SIGNATURE_SENTENCE =
  /^\W{0,3}(?:(?:we )?welcome (?:correspondence|calls|enquiries|communications?) in [a-z]{3,20}\b|(?:correspondence|calls|enquiries) in [a-z]{3,20} (?:is|are) welcome\b|fáilte roimh chomhfhreagras\b|rydym yn croesawu gohebiaeth\b|(?:our |my )?(?:office|opening|business|support|working|phone|contact|service|call cent(?:re|er)) (?:hours|days)\b|(?:our )?(?:phone )?lines are open\b|(?:we['’]re|we are|(?:the|our) office is) closed (?:on )?(?:weekends|saturdays|sundays|bank holidays|public holidays)\b|open (?:mon|monday|daily|7 days|24)|available (?:mon|monday|24)|follow us\b|find us on\b|connect with us\b|join us on\b|rate (?:us|this|my|our)\b|rate your (?:experience|conversation|support|chat|interaction)\b|was this (?:reply|answer|response|e-?mail|message|article) helpful|(?:we['’]d|we would) love your feedback|(?:we['’]d|we would) love to hear what you think of our (?:customer )?(?:service|support)\b|tell us how we did|take (?:our|a|this) (?:(?:\d{1,2}|one|two|quick)[- ]minute |quick |short )?survey|how did (?:we|i) do\b|how would you rate\b|(?:please note:? )?(?:out of (?:the )?office|automatic reply|auto-?reply)\s?[:*—–-]|please note:? i (?:am|will be) out of (?:the )?office|ticket\s?(?:#|no\b|number\b|id\b)|(?:conversation|request|incident|chat|interaction)\s?(?:#|no\b|number\b|id\b)|case\s?(?:#|no\b|number\b|id\b)|ref(?:erence)?\s?(?:#|no\b|number\b|:)|pronouns\b|\((?:she|he|they)\/|(?:she|he|they)\/(?:her|him|them)\b|i work (?:part[- ]time|mon|tue|wed|thu|fri)|(?:we['’]re|we are) rated\b|voted\b|winner of\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.? ?(?:[-–—]|to|through|thru) ?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b)/i;

/** Opening hours in any words: a time range and a day range on one short line ("Our phone lines are open 8am to 6:30pm, Monday to Friday."). */
const TIME_RANGE = /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)?\s?(?:[-–—]|to|until|till)\s?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|h)\b|\b\d{1,2}[:.]\d{2}\s?(?:[-–—]|to|until)\s?\d{1,2}[:.]\d{2}\b|\b24\/[57]\b/i;
const DAY_RANGE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s?(?:[-–—]|to|through|thru|and)\s?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|\b(?:weekdays|daily|every day|7 days a week|bank holidays)\b/i;
const isHoursLine = (head: string) => head.length <= 120 && TIME_RANGE.test(head) && DAY_RANGE.test(head);
/**
 * A helpdesk macro's hours note that goes on after the hours ("Our team is here Monday to Friday, 9am–5pm GMT. Messages
 * sent outside these hours are answered the next working day."): its first sentence is opening hours.
 */
export const opensWithHours = (head: string) => isHoursLine(head.slice(0, Math.max(0, head.search(/[.!?]\s/)) || head.length));
/** A motto or an award in quotation marks with its source: "“Best ferry operator 2024” – Nordic Travel Awards". */
const QUOTED_MOTTO = /^["“„][^"“”]{3,80}["”]\s?[–—-]\s?\p{Lu}/u;
/** A logo's alt text as mail clients paste it: "[image: Hillcrest Surgery logo]", "[Acme logo]", "[cid:image001.png@…]". */
// Session 28: Gmail's plain-text "[Inline image 1]".
const IMAGE_ALT = /^\[(?:(?:image|img|cid|logo|inline image)\s?:[^\]]{0,120}|inline image \d{1,3}|[^\]]{1,60}\b(?:logo|image|banner|icon|crest|badge))\]$/i;
/**
 * A picture's placeholder where a signature image, a photo or a QR code was ("[Signature]", "[signature_2081736455]",
 * "[Photo of Sam Okoye]", "<~WRD0001.jpg>"), and the alt text Outlook writes for an image by itself ("[A close up of a
 * logo  Description automatically generated]").
 */
// Twelfth look: Outlook's plain-text alt for a picture, "Description: Description: cid:image002.jpg@01DB8C2A.5F3E1A20".
const PICTURE_PLACEHOLDER = /^(?:description: ){1,3}(?:cid:\S{1,120}|[^\n]{0,80}\b(?:logo|image|icon|banner|photo))$|^\[(?:(?:scanned |handwritten |digital )?signature(?:[ _]?(?:image|\d{1,12}))?|(?:photo|picture|headshot|portrait) of [^\]]{1,60}|qr code\b[^\]]{0,60}|[^\]]{1,120}\bdescription automatically generated)\]$|^<~?[\w-]{1,40}\.(?:jpe?g|png|gif|bmp)>$/i;
export const isPicturePlaceholder = (head: string) => IMAGE_ALT.test(head) || PICTURE_PLACEHOLDER.test(head);
/** Pronouns after a name: "Maya Lindqvist (she/her)", "Hamid Karimi he/him". */
// Twelfth look: in the languages signatures are written in ("Camille Roux (elle)", "Alex Weber (er/ihm)", "Kim Lund (hen)").
const PRONOUNS_AFTER_NAME =
  /\((?:she|he|they|ze|xe)\/[a-z]{2,6}\)|\s(?:she|he|they)\/(?:her|him|them|they|she|he)$|\((?:elle|il|iel|ella|él|elle|sie|er|hen|hon|han|hij|zij|hän)(?:\/[\p{L}]{2,6}){0,2}\)$/iu;
/** A promotion in a signature, not written like a sentence: "Treat yourself 🐶 10% off with code WOOF10". */
const PROMO_LINE = /\b(?:promo |discount |voucher )?code [A-Z0-9]{4,15}$|\b\d{1,2}% off\b[^.!?\n]{0,60}$/;
/** How many words a motto in quotation marks alone on its line may have. */
const MAX_QUOTED_MOTTO_WORDS = 10;
/** A line wholly in one kind of quotation marks: straight, curly, low-high or single. */
const WHOLLY_IN_QUOTES = /^(?:"[^"\n]{3,80}"|[“„][^“”„\n]{3,80}[”“]|['‘][^\n]{3,80}['’])$/u;
/**
 * Sixteenth look: a company's motto alone on its line, in quotation marks, with no source after it ("'Making travel easy'",
 * "“Every bloom tells a story”"): a short phrase that asks nothing and never speaks as "I", as a customer's quoted
 * words do ("“My parcel never arrived”", "“Can I change my address?”").
 */
export function isQuotedMotto(head: string): boolean {
  if (!WHOLLY_IN_QUOTES.test(head)) return false;
  const inner = head.slice(1, -1);
  const n = words(inner).length;
  return n >= 2 && n <= MAX_QUOTED_MOTTO_WORDS && !inner.includes('?') && !/\b(?:I|[Mm]y|[Mm]e|[Mm]ine)\b|\bI['’]/.test(inner);
}
/**
 * Session 27: a badge in a signature, an award or a rating with where it comes from ("🏆 Winner, UK Customer Experience
 * Awards 2026", "Shortlisted – Retail Service Awards", "⭐ Rated Excellent on Trustpilot", "Voted 4.9/5 by our customers on
 * Feefo"). Never the agent speaking ("You rated us on Trustpilot, thank you!").
 */
const BADGE_LINE =
  /^(?:[\p{Extended_Pictographic}\ufe0f]{1,3} ?)?(?:proud (?:members?|partners?|supporters?|sponsors?) of (?:the )?(\p{L})[^\n]{0,100}|(?:proud |award[- ])?(?:winners?|finalists?|shortlisted|highly commended)\b[^.!?\n]{0,70}\bawards?\b[^.!?\n]{0,12}|(?:rated|voted|reviewed)\b[^.!?\n]{0,40}\b(?:on|by) (?:trustpilot|google(?: reviews)?|feefo|yelp|tripadvisor|reviews\.io|capterra|g2)\b[^.!?\n]{0,30})$/iu;
// Session 35: the body a member is proud of named with its capital (under `i` the pattern's `\p{Lu}` matched "proud
// sponsors of three local schools").
export const isBadgeLine = (head: string) => {
  if (head.length > 120) return false;
  const m = BADGE_LINE.exec(head);
  return m !== null && (m[1] === undefined || /\p{Lu}/u.test(m[1])) && !SENT_LINE_PROSE.test(head);
};
/**
 * Session 29: a closure notice in a signature, its sentence ending with the days ("Our café is closed on Mondays.", "The
 * showroom is closed on Sundays and bank holidays."). "Our shop is closed on Mondays, so I've booked you for Tuesday." goes
 * on as the agent's sentence.
 */
const CLOSURE_LINE =
  /^(?:the|our) (?:caf[eé]|shop|store|showroom|practice|branch|clinic|surgery|reception|warehouse|depot|studio|salon|helpline|(?:phone )?lines|offices) (?:is|are|will be) closed (?:on )?(?:weekends|(?:mon|tues|wednes|thurs|fri|satur|sun)days|bank holidays|public holidays)(?: and (?:on )?[\p{L} ]{1,40})?[.!](?:$| (\p{L}))/iu;
/** Session 35: the next sentence starts with a capital (under `i` the `\p{Lu}` matched "…on Mondays. so i've booked you in"). */
const isClosureLine = (head: string) => {
  const m = CLOSURE_LINE.exec(head);
  return m !== null && (m[1] === undefined || /\p{Lu}/u.test(m[1]));
};
/**
 * Session 35: a holiday closure or out-of-hours notice set under the name in every mail ("Our office is closed 24–26 Dec and
 * reopens on 29 Dec.", "Holiday hours: closed 25 & 26 Dec and 1 Jan.", "Please note we will be closed on Monday 25 August
 * for the bank holiday."): closing or reopening words with the dates or the holiday they fall on. Never the agent on this
 * case ("…so I will chase the courier on the 29th", "your order ships on 29 Dec"), nor a question.
 */
const CLOSURE_WORDS =
  /\b(?:closed|closing|close|shut|reopens?|re-opens?|reopening|back (?:on|from|in the office)|out of (?:the )?office|holiday (?:hours|opening|closure|cover)|(?:christmas|festive|easter|holiday|seasonal) (?:opening|hours|closure)|reduced (?:hours|service|cover)|limited (?:service|cover|support))\b/i;
const CLOSURE_WHEN =
  /\b\d{1,2}(?:st|nd|rd|th)?(?:\s?[–—-]\s?\d{1,2}(?:st|nd|rd|th)?)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?\b|\b(?:bank|public|national) holidays?\b|\b(?:christmas|xmas|boxing day|new year['’]?s?(?: day| eve)?|easter|good friday|thanksgiving|eid|diwali|hanukkah|lunar new year|chinese new year|festive (?:period|season)|the holidays)\b/i;
// The customer's own thing, as "your parcel" or as "the parcel" ("…back on 27 Dec - the replacement will go out that morning"):
// a notice speaks of the business's hours, the agent of what happens to this case.
const CLOSURE_ABOUT_CASE =
  /\bI\b|\bI['’]|\b(?:me|my)\b|\b(?:your|the|this|that) (?:order|parcel|package|refund|replacement|exchange|booking|case|ticket|account|claim|appointment|repair|engineer|delivery|return)\b|\?/i;
export const isClosureNotice = (head: string) =>
  head.length <= 200 && CLOSURE_WORDS.test(head) && CLOSURE_WHEN.test(head) && !CLOSURE_ABOUT_CASE.test(head);
export const isSignatureSentence = (head: string) =>
  isClosureLine(head) || PROMO_LINE.test(head) || isBadgeLine(head) ||
  SIGNATURE_SENTENCE.test(head) || isHoursLine(head) || QUOTED_MOTTO.test(head) || isQuotedMotto(head) || opensOutOfOffice(head) || PRONOUNS_AFTER_NAME.test(head) || isPicturePlaceholder(head);

/**
 * A signature line of fields between bars or dots, each a name, a title, a company or contact details, none a
 * sentence: "Customer Care | Acme Co.", "Sol Mbeki · Support Engineer · Trellisboard".
 */
export function isFieldedSignatureLine(line: string): boolean {
  // An icon before a field ("📞 +1 646…", "🐦 @AcmeHelp") is decoration.
  const fields = withoutEntities(line).split(/\s[|·•]\s/).map((f) => f.trim().replace(/^[\p{Extended_Pictographic}\u200d\ufe0f]{1,6}\s?/u, ''));
  if (fields.length < 2 || fields.length > 8) return false;
  // Session 33: a recruiting tagline among the fields ("Brightwave · Customer Success · We're hiring").
  return fields.every((f) => f.length > 0 && f.length <= 60 && !readsAsProse(f) && (isNameLike(f) || hasContact(f) || TITLE.test(f) || SOCIAL_HANDLE.test(f) || HIRING.test(f) || STREET.test(f) || OPEN_FIELD.test(f)));
}

const HIRING = /^(?:we['’]re|we are|now) hiring!?$/i;
/** Session 33: when the place is open, as one of the fields ("Open till 6", "Open 7 days", "Closed Sundays"). */
const OPEN_FIELD = /^(?:open|closed) (?:till|until|from|daily|late|7 days|24\/7|\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})[^.!?\n]{0,30}$/i;
/** Session 33: a street address as one of the fields ("Bean There Bakery · 12 Mill Lane · Hebden Bridge", "Unit 4, Riverside Park"). */
const STREET =
  /^(?:\d{1,5}[A-Za-z]?,? (?:\p{Lu}[\p{L}'’-]{1,20} ){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Drive|Dr|Close|Court|Ct|Place|Pl|Square|Sq|Row|Hill|Terrace|Crescent|Boulevard|Blvd|Parade|Mews|Walk|Gardens|Quay|Wharf)\.?|(?:Unit|Suite|Floor|Flat|Shop) \d{1,4}[A-Za-z]?(?:,? \p{Lu}[\p{L}'’ -]{1,40})?)$/u;

/** Session 33: a street address alone or as one of a line's fields, cut by bars, dots or commas ("12 Mill Lane · Hebden Bridge"). */
function hasStreetField(head: string): boolean {
  return head.length <= 120 && !/[.!?]$/.test(head) && head.split(/\s[|·•]\s|,\s/).some((f) => STREET.test(f.trim()));
}

/** How many words a company's motto after its name may have ("Your home, our heart"). */
const MAX_MOTTO_WORDS = 6;
/**
 * Fifteenth look: a company's name and its motto in one line, cut by a dot or a bar ("Acme Lettings · Your home, our
 * heart", "Brightside | Here for you"): a name of capitalised words, then one short phrase that is no sentence.
 */
// Session 28: cut by a dash too ("Acme Energy — Powering happy homes since 1998").
export function isCompanyWithMotto(head: string): boolean {
  const fields = withoutEntities(head).split(/\s[|·•–—]\s/);
  if (fields.length !== 2) return false;
  const [name, motto] = [fields[0]!.trim(), fields[1]!.trim()];
  const mottoWords = words(motto).length;
  return isNameLike(name) && /^\p{Lu}/u.test(motto) && mottoWords >= 2 && mottoWords <= MAX_MOTTO_WORDS && !/[.?:]$/.test(motto) && !hasContact(motto);
}

/** A line that could stand under a sign-off: a name, a title, a company, contact details — not a sentence. */
export function isSignatureLike(head: string, length: number): boolean {
  if (isMobileSignature(head)) return true;
  if (isSignatureSentence(head)) return length <= 160;
  if (listMarkerLength(head) > 0 && !hasContact(head)) return false;
  // "If it loops again, clearing cookies for acme.io fixes it." is the agent's sentence, link or not.
  if (hasContact(head)) return length <= 160 && !readsAsProse(head) && !speaksBeforeLink(head) && !givesOwnContact(head);
  if (length > 80 || /\?$/.test(head)) return false;
  const n = words(head).length;
  if (n > 9) return false;
  // A sentence: several words ending in a full stop, most of them lower case.
  if (/[.!]$/.test(head) && n >= 4) {
    const lower = words(head).filter(({ word }) => /^\p{Ll}/u.test(word)).length;
    if (lower * 2 >= n) return false;
  }
  return true;
}

/**
 * Session 33: the agent giving their own number or address in a sentence ("Ring me on 0161 496 0777 if it's not there by
 * Friday.", "My direct line is 0161 496 0777."): it speaks as "I", "me" or "my" and ends like a sentence, which a signature's
 * line ("Direct: 0161 496 0777", "Book a call with me:") does not.
 */
function givesOwnContact(head: string): boolean {
  // One sentence: an auto-reply's notice of several ("I'm away until Monday. … contact support@…") is the mail client's.
  return /[.!]$/.test(head) && !/[.!?]\s/.test(head.slice(0, -1)) && /\b(?:I|[Mm]e|[Mm]y)\b|\bI['’]/.test(head) && words(head).length >= 4;
}

/** How many words before a link make the agent's sentence rather than a signature's label ("Book a call:"). */
const MIN_WORDS_BEFORE_LINK = 6;
/**
 * Sixteenth look: the agent's own sentence that ends in its link ("Grab a time on my calendar if you want to discuss:
 * cal.example/jonah/15min"): six words or more before it, most of them lower case, speaking as "I" or "my", which a
 * signature's label ("Book a call with me:", "Follow us on Instagram:") is too short or too impersonal to do.
 */
export function speaksBeforeLink(head: string): boolean {
  // The sentence ends in its link: the line's last word is the link, and the only one.
  const cut = head.trimEnd().lastIndexOf(' ');
  if (cut <= 0 || head.length > 300) return false;
  const link = head.slice(cut + 1).trimEnd();
  const before = head.slice(0, cut);
  if (!(EMAIL.test(link) || URL.test(link)) || hasContact(before)) return false;
  // One sentence: a notice of several ("I'm away until Monday. … contact support@…") is an auto-reply's.
  if (/[.!?]\s/.test(before)) return false;
  const ws = words(before);
  if (ws.length < MIN_WORDS_BEFORE_LINK) return false;
  const lower = ws.filter(({ word }) => /^\p{Ll}/u.test(word)).length;
  return lower * 2 > ws.length && /\b(?:I|my|me)\b|\bI['’]/.test(before);
}

/** A sentence of the agent's: six words or more, most of them lower case, ending like a sentence. */
export function readsAsProse(head: string): boolean {
  if (!/[.!?]\W{0,2}$/.test(head)) return false;
  const ws = words(head);
  if (ws.length < 6) return false;
  const lower = ws.filter(({ word }) => /^\p{Ll}/u.test(word)).length;
  return lower * 5 >= ws.length * 3;
}

/**
 * A valediction outside the known list: a short line of its own ending in a comma, above the agent's name
 * ("Warm greetings from Manila,", "Happy exporting,", "Stay awesome,", "Ta,"). The caller checks the name.
 */
export function isValedictionShape(head: string): boolean {
  if (head.length > 50 || !/^\p{Lu}/u.test(head) || !/[^,\s],$/.test(head) || /\d/.test(head) || listMarkerLength(head) > 0) return false;
  const n = words(head).length;
  return n >= 1 && n <= 8;
}

/** The last word of a person's job title, not a team's ("Customer Happiness Hero", "Support Lead"; not "Customer Care Team"). */
const PERSON_ROLE_END = /\b(?:hero|champion|lead|manager|specialist|advis[eo]r|agent|officer|director|coordinator|consultant|associate|representative|engineer|supervisor|assistant|expert|guru|ninja|wizard|executive)$/i;
/** Sixteenth look: a person's job title alone on its line, with no name in it ("Customer Happiness Hero 🦸"). */
export function isPersonRole(head: string): boolean {
  if (head.length > 80) return false;
  // Emoji, spaces and punctuation off its end, character by character (an emoji is two UTF-16 units).
  const chars = Array.from(head);
  while (chars.length > 0 && /[\s\p{Extended_Pictographic}\u200d\ufe0f.,!]/u.test(chars[chars.length - 1]!)) chars.pop();
  const bare = chars.join('');
  // A name and its title on one line ("Liam O'Brien – Customer Care Lead") is cut by a dash, a bar or a comma.
  return bare.length <= 60 && !/\s[–—-]\s|[|·•,(]/.test(bare) && TITLE.test(bare) && PERSON_ROLE_END.test(bare) && isNameLike(bare);
}

/**
 * Session 34: the word a business's name ends in, its trade or its legal form ("FixPoint Mobile Repairs", "Kunle Adeyemi
 * Photography", "Harbour Bakery", "Cole & Rowe Ltd"): a shop's or studio's name, not a person's nor a team's.
 */
const TRADE_NAME_END =
  /\b(?:photography|repairs?|studios?|salon|clinic|dental|bakery|garage|plumbing|heating|electrical|removals|lettings|estates|hotel|florists?|pharmacy|chemists?|motors|kitchens|solicitors|accountants|tyres|tires|books(?:hop)?|gallery|design|builders|roofing|landscaping|cleaning|catering|events|travel|tours|fitness|gym|spa|vets|veterinary|opticians|insurance|furniture|interiors|boutique|brewery|restaurant|bistro|caf[eé]|logistics|couriers|freight|rentals|hire|printing|academy|foods|farm|market|store|shop|supplies|grooming|barbers?|weddings|jewell?e?ry|beauty|physio(?:therapy)?|locksmiths?|storage|taxis?|decorating|tailoring|laundry|glazing|joinery|flooring|nurseries|shops|stores|ltd|limited|inc|llc|gmbh|plc|co|corp|pty|llp)\.?$/i;
/** A company's legal form at the end of its name ("Peinture Rapide Inc.", "Brightgrid Energy Ltd", "Nordhof GmbH", "Sol S.A."). */
const LEGAL_FORM_END = /\s(?:ltd|limited|inc|llc|gmbh|plc|co|corp|pty(?: ltd)?|llp|ag|s\.?a|s\.?l|s\.?r\.?l|b\.?v|n\.?v|a\/s|ab|oy|sarl|sas|ltda|bhd)\.?$/i;
/**
 * Session 35: a legal form typed as a word in title case, without its stops ("Co", "Sa", "Ag"), is also a family name ("Minh
 * Co", "Ana Sa", "Lê Minh Co"): the name is read as a person's unless something says business, "&" before it ("Hollow &
 * Co") or a trade word ("Harbour Bakery Co"). "Co.", "S.A.", "SA" and "AG" are written so only by companies. A brand
 * typed so ("Brightline Co") signs the reply alone as a business's name does ("Harbour Framing Studio"); under a
 * valediction or over a phone the two read alike.
 */
const TITLE_CASE_FORM = /\s(?:Co|Sa|Sl|Ag|Ab|Bv|Nv)$/u;
const formReadsAsSurname = (head: string) => {
  if (!TITLE_CASE_FORM.test(head) || /&|\s(?:and|und|et|e|y)\s/.test(head)) return false;
  const before = head.slice(0, head.lastIndexOf(' ')).trimEnd();
  return !TRADE_NAME_END.test(before);
};
export const hasLegalForm = (head: string) => head.length <= 60 && LEGAL_FORM_END.test(head) && isNameLike(head) && !formReadsAsSurname(head);
/** A business's name on a line of its own: capitalised words ending in its trade or legal form, no team and no role. */
export const namesBusiness = (head: string) =>
  head.length <= 60 && TRADE_NAME_END.test(head) && isNameLike(head) && !/\b(?:team|crew|squad)\b/i.test(head) && !isPersonRole(head) && !formReadsAsSurname(head);
/** A line naming a role, team, department or company form ("Customer Relations Department", "Sales Executive"). */
export const hasTitleWord = (head: string) => TITLE.test(head);

/** Sixteenth look: an out-of-office notice's heading or first words ("**Out of office**", "Automatic reply: …"). */
// "Out of office hours, call 111" is the agent's advice, not a notice.
export const opensOutOfOffice = (head: string) => /^\W{0,3}(?:out of (?:the )?office(?! hours)|automatic reply|auto-?reply|away from the office)\b/i.test(head);

/** Lines that also say "signature" on their own, without a sign-off above them. */
// A company's registration line ("Amtsgericht Stuttgart HRB 123456") is as much a signature's mark as its phone number.
// Session 28: a company with its motto after a dash ("Acme Energy — Powering happy homes since 1998") as after a bar.
export const isSignatureEvidence = (head: string) =>
  hasContact(head) || hasStreetField(head) || TITLE.test(head) || /\|/.test(head) || isMobileSignature(head) || isSignatureSentence(head) || hasFooterPhrase(head) || isCompanyWithMotto(head);

/** A company's boilerplate sentence in a signature: "Calls may be recorded…", "Thank you for contacting Acme Energy.", "Please quote your reference…". */
// Session 35: the company named after "Thank you for contacting" with its capital, apart from the caseless phrases: under `i`
// the `\p{Lu}` matched any word ("Thank you for contacting me directly"); "…for choosing us" is the template's too.
export const isCompanyBoilerplate = (head: string) =>
  /^(?:[Tt]hank you|THANK YOU) for (?:contacting|choosing|banking with|shopping with|flying with|CONTACTING|CHOOSING) (?:\p{Lu}|us\b)/u.test(head) ||
  /^(?:calls? (?:may|will|are) (?:be )?(?:recorded|monitored)|need (?:more|any more|further|extra) help\? (?:visit|call|chat|go to|see|find)\b|please quote (?:your|the|this) (?:reference|ticket|case|account))/iu.test(head);

/** "P.S." after a sign-off: still the agent's words. */
// Session 26: a note after the sign-off is a postscript too ("N.B. Please arrive 10 minutes early", "NB: …", "Nota
// bene: …"), as is French's "P.-S.", unless a name follows the initials ("N.B. Okafor" signs).
export function isPostscript(head: string): boolean {
  if (/^(?:p\.? ?(?:p\.? ?)?s\.?|p\.-s\.)(?:[\s:,-]|$)/i.test(head)) return true;
  const nb = /^(?:n\.? ?b\.?|nota bene)(?:\s?[:,–—-]|\s)/i.exec(head);
  return nb !== null && (/[:,–—-]$/.test(nb[0]) || !isNameLike(head.slice(nb[0].length)));
}

// ---- Inline sign-offs: agent initials and thread markers --------------------------------------------

/** "^JR", "*TB", "~Sam", "-JR", "— Raj" at the very end of a line: returns the tag's length. */
export function trailingInitialsLength(tail: string): number {
  // "…we'll assist. ^JR", and glued to the full stop as some teams type it: "Thanks.^Kartika"; an emoji may follow ("~Bea 📡").
  // Session 25: the brand's hashtags may follow the tag ("…by Friday. ^JD #FlixyHelp").
  const caret = /(?:^|\s|(?<=[.!?]))([\^*~]\s?\p{Lu}[\p{L}]{0,14}(?: ?[\p{Extended_Pictographic}\u200d\ufe0f]{1,6})?(?: #[\p{L}\p{N}_]{2,30}){0,3}|\/\p{Lu}{2,3})$/u.exec(tail);
  if (caret) return caret[1]!.length;
  // A dashed name only after the end of a sentence (an emoji, a link's "<url>"), so "Monday - Friday" stays body text.
  // Session 26: the brand's hashtags may stand before the dashed tag too ("…until Friday. #RingoHelp -KT").
  const dashed = /(?:[.!?)>]|\p{Extended_Pictographic}|\ufe0f)\s+((?:#[\p{L}\p{N}_]{2,30} ){0,3}[—–-]\s?(?:\p{Lu}\p{Ll}{1,12}|\p{Lu}{2,3}))$/u.exec(tail);
  if (dashed) return dashed[1]!.length;
  const team = signedTeamLength(tail);
  if (team) return team;
  // Initials in brackets after the last sentence: "…within 24 hours. [JR]", "…fixed 📶 (AB)".
  const bracketed = /(?:[.!?]|\p{Extended_Pictographic}|\ufe0f)\s+(\[\p{Lu}{2,3}\]|\(\p{Lu}{2,3}\))$/u.exec(tail);
  if (bracketed) return bracketed[1]!.length;
  return trailingHashtagsLength(tail);
}

/**
 * A name with its team or brand after the last sentence: "… 🎂 — Jo, Community Team 🌸", "…today ~ Priya @ Nestly",
 * "…on it. – Sam from Orbit". The name and what follows read as a signed name (`isNameLike`), decoration aside.
 */
function signedTeamLength(tail: string): number {
  // A dash signs only after the end of a sentence; a tilde signs wherever it stands ("…out today ~ Priya @ Nestly").
  const m = /(?:(?:[.!?)]|\p{Extended_Pictographic}|\ufe0f)\s+(?=[—–-])|\s(?=~))([—–~-] ?(\p{Lu}\p{Ll}{1,14})(?:, | @ | from | at )([^.!?\n]{2,34}))$/u.exec(tail);
  if (!m) return 0;
  return isNameLike(withoutDecoration(`${m[2]!} ${m[3]!}`.replace(/ @ /, ' '))) ? m[1]!.length : 0;
}

/**
 * A brand's hashtags signing a social reply off after its last sentence, with or without an emoji:
 * "…we'll get it started today. #SkyMeridianCares 💙", "…on social media. #QuickBite".
 */
function trailingHashtagsLength(tail: string): number {
  const m = /(?:[.!?)]|\p{Extended_Pictographic}|\ufe0f)\s+((?:#[\p{L}\p{N}_]{2,30} ?){1,3}(?:[\p{Extended_Pictographic}\u200d\ufe0f]{1,6})?)$/u.exec(tail);
  return m ? m[1]!.trimEnd().length : 0;
}

/** A signed line's decoration after the name: an emoji and the team's hashtags ("— Team Stormcast 🎮 #PlayerSupport"). */
const SIGNED_DECORATION = /(?:\s(?:[\p{Extended_Pictographic}\u200d\ufe0f]{1,6}|#[\p{L}\p{N}_]{2,30})){1,4}$/u;
const withoutDecoration = (s: string) => s.replace(SIGNED_DECORATION, '');

/** "1/2", "(2/2)", "[1/3]" at the end of a line after a sentence, or at its start. */
export function trailingThreadMarkerLength(tail: string): number {
  const m = /(?:^|[.!?:)\p{Extended_Pictographic}\ufe0f]\s*|\s)([([]?(\d{1,2})\/(\d{1,2})[)\]]?)$/u.exec(tail);
  if (!m || !isThreadCount(m[2]!, m[3]!)) return 0;
  // A bare "3/4" after a word is a date or a fraction; a thread marker follows a sentence or is bracketed.
  const before = tail.slice(0, tail.length - m[1]!.length).trimEnd();
  if (!/^[([]/.test(m[1]!) && before && !/[.!?:)\p{Extended_Pictographic}\ufe0f]$/u.test(before)) return 0;
  return m[1]!.length;
}

export function leadingThreadMarkerLength(head: string): number {
  const m = /^([([]?(\d{1,2})\/(\d{1,2})[)\]]?)\s/.exec(head);
  return m && isThreadCount(m[2]!, m[3]!) ? m[1]!.length : 0;
}

function isThreadCount(part: string, whole: string): boolean {
  const n = Number(part);
  const of = Number(whole);
  return n >= 1 && of >= 2 && n <= of && of <= 20;
}

// ---- Greeting and list items ------------------------------------------------------------------------

// English, and the greetings agents of international teams open English replies with ("Olá Rafael,", "Hallo Jonas,").
// Session 27: Hungarian, Czech, Polish, Vietnamese, Indonesian, Romanian, Greek, Ukrainian, Russian and Thai ("Kedves Anna,").
// Session 23: a letter's salutation in the customer's language over a generic addressee in lower case ("Estimado cliente,",
// "Gentile cliente,", "Sehr geehrte Damen und Herren,", "Chère cliente,"), which the address-line cue cannot read.
const GREETING =
  /^(?:hi|hello|hey|hiya|heya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hola|welcome|morning|afternoon|evening|ol[áa]|bom dia|boa tarde|buenos d[íi]as|buenas(?: tardes)?|bonjour|salut|hallo|guten (?:tag|morgen)|moin|servus|ciao|buongiorno|hej|hei|hoi|goedemorgen|namaste|aloha|g['’]day|yo|bonsoir|buonasera|buenas noches|goedemiddag|goedenavond|guten abend|gr[üu]ezi|hall[åa]|estimad[oa]s?|querid[oa]s?|prezad[oa]s?|gentil[ei]|egregi[oa]|spettabile|ch[èe]re?s?|madame|monsieur|sehr geehrter?|liebe[rs]?|geachte|k[æä]re|kjære|hyvä|szanown[aiy]|drog[aiy]|vážen[áýí]|stimat[ăe]|dragă|sayın|dzień dobry|dobr[ýy] den|bun[ăa] ziua|goddag|god (?:morgen|dag)|hyvää (?:päivää|huomenta)|merhaba|kalimera|καλημέρα|kedves|szia|jó napot|ahoj|cze[śs][ćc]|witam|xin chào|chào|selamat (?:pagi|siang|sore|malam)|bună|αγαπητ[έήοό]ς?|γεια σας|шановн(?:ий|а|і)|добрий день|вітаю|здравствуйте|добрый день|สวัสดี(?:ครับ|ค่ะ)?|(?:wa[- ]?)?(?:as|a)?[- ]?salaa?m(?:u|o)?(?: [ao]lai?kum)?|wa ?[ao]lai?kum)(?=[\s,!.:]|$)/iu;

/**
 * The greeting at the start of the first line: the whole line when it is short ("Hi Anna,", "Dear Mr. Smith,"),
 * else "Hi Anna," before the reply goes on on the same line. Returns its length, or 0.
 */
/** The line opens with a greeting word ("Hi", "Dear", "Hola"), not with a vocative alone. */
export const isGreetingWord = (head: string) => GREETING.test(head);
/** A greeting alone on its line: "Hi Leah,", "Dear Tomasz,", "Hello,". */
export const isGreetingLine = (head: string, length: number) => length <= 40 && GREETING.test(head) && greetingLength(head, length, true) === length;

/**
 * A pasted chat line's speaker without a clock: "Visitor: …", "Agent Sam: …", "Carmen Ruiz: …" (a capitalised label of
 * one to three words, two letters or more, then the words). Lower case, or null. Numbers ("Step 2:") are no speaker.
 */
// Fifteenth look: a clock between the label and its colon ("Owen (Pharmacist) 10:14: You can take it…") is no part of it.
// Session 34: a turn stamped with its day as well, after a comma ("Aaron, 2 Dec, 17:50: It's held…", "Verity (Bot), Dec 2, 5:41 PM: …").
const SPEAKER_LABEL =
  /^(\p{Lu}[\p{L}'’.-]{1,20}(?: [\p{L}'’.()-]{1,20}){0,2})(?:,? (?:(?:\d{1,2} \p{L}{3,9}\.?|\p{L}{3,9}\.? \d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?),? )?\[?\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?\]?)? ?: \S/u;
/** Words that open a time, not a speaker, before a clock ("At 10:15:", "From 9:00:"). */
// Session 34: nor a day's name, a schedule's line ("Mon, 3 Dec, 10:00: engineer visit").
const TIME_WORD = /^(?:at|by|from|until|till|before|after|around|about|since|on|between|starting|ends?|starts?|today|tomorrow|tonight|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?)$/i;
export function speakerLabel(head: string): string | null {
  const m = head.includes(': ') ? SPEAKER_LABEL.exec(head) : null;
  if (!m) return null;
  const clocked = /^[^:]{1,70}\d[:.]\d{2}/.test(head.slice(0, m[0].length));
  return clocked && TIME_WORD.test(m[1]!.split(' ')[0]!) ? null : m[1]!.toLowerCase();
}

export function greetingLength(head: string, length: number, ownLine = false): number {
  if (!GREETING.test(head)) return ownLine && isAddressLine(head, length) ? length : vocativeGreetingLength(head, length, ownLine);
  // "Dear Mr. Okafor," keeps its abbreviation; "Hello. Your refund…" ends at the full stop.
  const m = /^[^,!:;?\n]{1,40}[,!:;]/.exec(head) ?? /^[^,!.:;?\n]{1,12}\./.exec(head);
  const wordCount = words(head).length;
  // "Greetings, Commander!" and "Hello again, Maria!": a name after the comma is still the greeting.
  if (m && m[0].length < length && head.length === length && wordCount <= 6 && isNameLike(head.slice(m[0].length))) return length;
  // "Welcome to Vireo chat, Sophie! 😊 Congratulations…": the name after the comma belongs to the greeting.
  if (m) {
    const named = vocativeGreetingLength(head, length, ownLine);
    if (named > m[0].length) return named;
  }
  if (m && (m[0].length < length || wordCount <= 8)) {
    // "Hello. Your refund…" and "Hi Anna, your refund…": the greeting is the part before the comma.
    return m[0].length < length ? m[0].length : length;
  }
  // "Hi there" / "Hello Anna" alone on the line.
  return wordCount <= 5 && length <= 40 ? length : 0;
}

 /**
 * An opening that ends by naming the customer, in any words: "Lovely to hear from you, Dorothy!", "Happy Monday,
 * Priya!", "Top of the morning, Liam,". A few words without a full stop, a comma, a capitalised name and "!" or
 * ",": alone on the first line, or before the reply goes on on the same line.
 */
const VOCATIVE = /^[^.!?,\d\n]{2,40},\s\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20})?[!,]/u;
function vocativeGreetingLength(head: string, length: number, ownLine: boolean): number {
  const m = VOCATIVE.exec(head);
  if (!m || words(m[0]).length > 8) return 0;
  // An emoji right after the name is part of the hello.
  let end = m[0].length;
  const emoji = /^\s?[\p{Extended_Pictographic}\u200d\ufe0f]{1,6}/u.exec(head.slice(end));
  if (emoji) end += emoji[0].length;
  if (end >= length) return ownLine || length === head.length ? length : 0;
  return end;
}

/**
 * A line that only names the customer before the reply starts on the next line: "Sam,", "Mrs Patel,",
 * "Kia ora Mere,", "Team,", by its shape in any tradition: a short capitalised line of at most five words ending on a
 * name and a comma or "!" ("Wa alaikum assalam Brother Imran,", "Salaam alaikum Yusuf!", "Sawubona Thabo,"), the name
 * perhaps followed by a short lower-case honorific before the comma ("Namaste Priya ji,", "Sat Sri Akal Harpreet ji,", "Tanaka san,").
 */
function isAddressLine(head: string, length: number): boolean {
  if (head.length !== length || length > 40 || !/^\p{Lu}/u.test(head) || !/\p{L}[,!]$/u.test(head) || /\d/.test(head)) return false;
  const ws = words(head);
  // An honorific after the name ("Priya ji", "Tanaka san"): short, lower case, after a capitalised word.
  const honorific = ws.length >= 3 && head.endsWith(',') && /^\p{Ll}{2,5}$/u.test(ws[ws.length - 1]!.word) && /^\p{Lu}\p{Ll}/u.test(ws[ws.length - 2]!.word) ? 1 : 0;
  const last = ws.length - 1 - honorific;
  // A couple named together counts as one addressee: "Bula vinaka Tom and Ana,", "Kia ora Mere and Hemi,". The word
  // before "and" must be a name too, so "Thanks so much and Sam," stays prose.
  const at = ws.findIndex((w) => /^(?:and|&)$/i.test(w.word));
  const couple = at > 0 && at === last - 1 && /^\p{Lu}/u.test(ws[at - 1]!.word);
  // In an address line "and" only joins two names: "Booked for tomorrow and Friday," is prose.
  if (at >= 0 && !couple) return false;
  const named = couple ? last : last + 1;
  // "!" ends a hello only after a greeting, on a name written as one ("Salaam alaikum Yusuf!"), not a word alone ("Sent!")
  // nor a brand in capitals ("…with DHL!").
  const name = ws[last]!.word;
  return named <= 5 && /^\p{Lu}/u.test(name) && (head.endsWith(',') || (ws.length >= 2 && /^\p{Lu}\p{Ll}/u.test(name)));
}

/** "1. ", "2) ", "- ", "* ", "• ", "a) ", "(3) ", "Step 2: ": the marker's length including the space after it. */
export function listMarkerLength(head: string): number {
  // Thirteenth look: arrows, ticks, crosses and diamonds drawn as bullets ("→ the crew arrives", "✔ income added").
  const m = /^(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-hA-H][.)]|[-*•‣◦▪●–+→➔➜✔✓✘✗☑◆■]\ufe0f?|step \d{1,3} ?[:.)-]?)\s+/i.exec(head);
  if (!m) return 0;
  // "• • •" and "* * *" are rules, not items.
  if (isSymbolRule(head)) return 0;
  // "- " followed by nothing is a rule, not an item.
  return m[0].length < head.length ? m[0].length : 0;
}
