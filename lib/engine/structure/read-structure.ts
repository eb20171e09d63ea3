/**
 * Reads a draft the way an agent writes it: greeting, body paragraphs, list items and sign-off (the agent's
 * own words, which Rapport coaches), and the signature, legal footer, quoted history and code around them
 * (which it reads past). Pure and linear: one pass over the lines, each pattern on a bounded piece of a line.
 */
import { layoutBreaks, splitLines, type Line } from './lines';
import { markAddresseeHeader } from './addressee-header';
import { markAppEdges } from './app-lines';
import {
  endsAttribution,
  framedWords,
  greetingLength,
  isAnyAttribution,
  isDatedAttribution,
  hasBracketedAddress,
  isChatNotice,
  isProfileHeading,
  isProfileHeadingLine,
  isBotHeader,
  isMessageHeading,
  isReplyPreview,
  isReplyHeader,
  isQuotationLine,
  isQuestionLabel,
  isAnswerLabel,
  isForwardedFrom,
  isWhoWhenLine,
  isFieldLine,
  isRecordIdField,
  isRecordHeading,
  isChatEnd,
  isChatClosingMessage,
  isBotTurn,
  isCustomerRoleTurn,
  isBareBotHeader,
  isFollowerWelcome,
  isPostHeader,
  isResponseHeading,
  isResponseMeta,
  isForwardedLabel,
  isProfileBadge,
  isNameClockLine,
  isSenderLine,
  isLabelledQuestion,
  isWidgetHeadingLine,
  isAutoReplyHours,
  isSentFollowingMessage,
  isSpacedDashRule,
  isBareClockLine,
  commaClockSpeaker,
  isRatingLine,
  isReviewHeading,
  startsWithStars,
  isOneLineHeader,
  isSymbolRule,
  isSentByLine,
  isLetterReference,
  isPicturePlaceholder,
  isGroupwiseHeader,
  readsAsOtherLanguage,
  hasAddress,
  hasDateOrTime,
  isAnyHeaderField,
  footerPhraseCount,
  hasContact,
  headerField,
  isFence,
  isFieldedSignatureLine,
  isFooterStart,
  isFeedbackRequest,
  isScaleSurvey,
  isPromotionLine,
  isArticlesHeading,
  isFormHeading,
  isClosingWish,
  trailingAppTagLength,
  isServiceNotice,
  isQuotedPost,
  ircNick,
  isFeedbackChoices,
  asksAsAgent,
  hasFooterPhrase,
  isHeaderFrom,
  isMessageSeparator,
  isReplyAboveMarker,
  isMessageLead,
  isWhollyQuoted,
  isCustomerTurn,
  isQuoteHeaderWithVerb,
  isRecordLine,
  isTranscriptHeading,
  isForwardTitle,
  senderName,
  isDateTimeLine,
  isThreadDateLine,
  isGreetingLine,
  isGreetingWord,
  isBreakRule,
  speakerLabel,
  closesDataBlock,
  isLogLine,
  continuesOnNextLine,
  continuesStatement,
  isConfigKeyLine,
  isConfigEntryLine,
  isLongRule,
  opensDataBlock,
  isMobileApology,
  isMobileSignature,
  isBadgeLine,
  isTranslationNotice,
  isNameLike,
  isClosureNotice,
  isPersonRole,
  opensOutOfOffice,
  isQuotedLine,
  isQuoteHeader,
  isOutlookRule,
  isPostscript,
  isQuoteMarked,
  isShortAttribution,
  isAddressedAttribution,
  isWroteOnAttribution,
  isSignatureDelimiter,
  isSignatureEvidence,
  isSignatureLike,
  isSignatureSentence,
  isSignOffLine,
  isNameField,
  isNameWithRole,
  isShellLine,
  isSpeakerLine,
  isMarkdownTableRow,
  isDrawnTableRow,
  hasDottedLeader,
  pipeCells,
  columnGaps,
  trailingComplianceLength,
  isValedictionShape,
  endsInNameAbbreviation,
  endsWithNamedSignOff,
  signOffCarriesName,
  isCompanyBoilerplate,
  isCompanyWithMotto,
  namesBusiness,
  hasLegalForm,
  hasTitleWord,
  opensWithHours,
  leadingThreadMarkerLength,
  listMarkerLength,
  readsAsProse,
  startsAttribution,
  trailingInitialsLength,
  trailingThreadMarkerLength,
} from './patterns';
import type { PartKind, ReplyPart, ReplyStructure } from './types';
import { markRepeatedTop } from './repeated-top';
import { markParaphrasedTop } from './paraphrased-top';
import { markBareTopOverPerson } from './bare-top';
import { markGluedOverGreeting } from './glued-over-greeting';
import { markBareGluedToSkippedTop } from './glued-to-skipped-top';
import { markFramedTranscript } from './framed-transcript';
import { markAfterChatEnded } from './after-chat-ended';
import { readTurnLabels, signedFirstName, type TurnLabel } from './turn-label';
import { markBareBottomUnderPerson } from './bare-bottom';
import { markRepeatedBottom } from './repeated-bottom';
import { markLinesOverOpener } from './opener-below';
import type { LineKind } from './line-roles';

/** How many lines under a sign-off can still be its signature (name, title, company, phone, e-mail, site…). */
const MAX_SIGNATURE_LINES = 10;
/** How far below "From:" Outlook's other header fields can be (blank lines in between in some editors). */
const HEADER_LOOKAHEAD = 5;
/** How many of the last lines may hold a footer phrase in mid-line. */
const TRAILING_FOOTER_LINES = 3;


interface ReadOptions {
  /** The customer's message the reply answers, when known: a paragraph that repeats it is the customer's paste. */
  customerMessage?: string | undefined;
}

export function readStructure(text: string, options: ReadOptions = {}): ReplyStructure {
  const { lines, kinds, inline, inlineFooter, turnLabels } = readLineKinds(text, options);
  const parts = buildParts(text, lines, kinds, inline, inlineFooter, turnLabels);
  return { parts, ...layoutBreaks(text, lines) };
}

/** Each line's kind as the hand-written rules read it: what readStructure builds its parts from, and what scripts/train-line-roles.ts trains on. */
export function readLineKinds(
  text: string,
  options: ReadOptions = {},
): { lines: Line[]; kinds: LineKind[]; inline: InlineSignOff | null; inlineFooter: InlineSignOff | null; turnLabels: Map<number, TurnLabel> } {
  const lines = splitLines(text);
  const kinds: LineKind[] = lines.map((l) => (l.blank ? 'blank' : 'agent'));

  markCode(text, lines, kinds);
  markTables(lines, kinds);
  markReviewAbove(lines, kinds);
  const historyStart = markQuotes(lines, kinds);
  markTaggedAnswers(lines, kinds, historyStart);
  markQuestionsOverTags(lines, kinds, historyStart);
  // After the quotes, so a lead that names the paste ("Re your email:") is read with it as before.
  if (options.customerMessage) markPastedMessage(text, lines, kinds, options.customerMessage);
  // Session 48: a line of the message glued to the top of the agent's text, whole, in part or as a preview.
  if (options.customerMessage) markRepeatedTop(text, lines, kinds, options.customerMessage);
  // Session 49: the message over the agent's text in other words.
  if (options.customerMessage) markParaphrasedTop(text, lines, kinds, options.customerMessage);
  // Session 47: a post or message pasted at the top under a header naming the person the reply then speaks to.
  markAddresseeHeader(lines, kinds);
  markAboveGreeting(lines, kinds);
  const footerStart = markFooter(lines, kinds, historyStart);
  markPastedLegal(lines, kinds, footerStart);
  // Session 42: the app's events, metadata and pasted turns at the top and bottom, read by their shape.
  markAppEdges(lines, kinds, historyStart);
  // Session 49: lines over the agent's opening move on the second or third line, after the app's own lines are read.
  markLinesOverOpener(lines, kinds);
  // Session 50: one or two bare lines glued over the agent's first line in person, whatever that line opens on.
  markBareTopOverPerson(lines, kinds);
  // Session 50: up to four lines glued over the agent's greeting at the top, whatever their punctuation.
  markGluedOverGreeting(lines, kinds);
  // Session 52: bare lines glued to a block read as someone else's over the agent's first line, read with that block.
  markBareGluedToSkippedTop(lines, kinds);
  // Session 53: the labelled turns between a pasted transcript's start and end frames.
  markFramedTranscript(lines, kinds);
  // A rule over the footer or the quote is theirs before the sign-off is looked for above them.
  markRulesOverSkipped(lines, kinds);
  const inlineFooter = trailingFooterOn(text, lines, kinds, footerStart);
  // Field blocks with the agent's words under them first, so the sign-off is looked for under them; blocks at the end
  // only after the signature has taken its own fielded lines ("Office: Leeds⏎Team: Billing…").
  markFieldBlocks(lines, kinds, true);
  markAttributedQuote(lines, kinds, footerStart);
  const inline = inlineFooter ? null : markSignOffAndSignature(lines, kinds, footerStart);
  markWishOverName(lines, kinds);
  markFieldBlocks(lines, kinds, false);
  markRulesOverSkipped(lines, kinds);
  // Session 51: bare lines an app or the customer left under the agent's last line in person, once the sign-off and
  // signature have taken theirs.
  markBareBottomUnderPerson(lines, kinds);
  // Session 53: the chat's survey lines under the notice that the chat ended or the agent left it.
  markAfterChatEnded(lines, kinds);
  // Session 51: the customer's message copied under the agent's text, whole or a sentence of it.
  if (options.customerMessage) markRepeatedBottom(text, lines, kinds, options.customerMessage);
  // Session 28: a picture's placeholder left in the agent's text ("[image: export-menu-screenshot.png]" between two
  // paragraphs): the mail client's, read past as code. Last, so a signature's logo is still read with its signature.
  lines.forEach((line, i) => {
    if (kinds[i] === 'agent' && isPicturePlaceholder(line.head)) kinds[i] = 'code';
  });
  // Session 53b: a chat turn with its speaker's label in front: the customer's turn is quoted; the agent's keeps its
  // words, and buildParts reads its label apart.
  const turnLabels = readTurnLabels(lines, kinds, signedFirstName(lines, kinds));
  for (const [i, label] of turnLabels) {
    if (label.side === 'customer') {
      kinds[i] = 'quote';
      turnLabels.delete(i);
    }
  }
  return { lines, kinds, inline, inlineFooter, turnLabels };
}

// ---- The customer's message pasted ------------------------------------------------------------------

/** How much of the customer's message is compared (a longer one is cut: the paste check stays linear and bounded). */
const MAX_MESSAGE_COMPARED = 20_000;
/** The fewest words a paragraph repeating the whole message needs, and one repeating part of it. */
const MIN_PASTED_WORDS = 6;
const MIN_PASTED_PART_WORDS = 10;
const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”„«»"]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Session 28: the customer's message pasted into the reply with no header or ">" (a helpdesk copying the last message
 * under the reply, an agent pasting it above theirs for context): a paragraph that repeats the whole message (six words
 * or more), or ten words or more of it word for word, is the customer's. Only whole paragraphs: the agent's sentence that
 * quotes a few of their words stays the agent's.
 */
function markPastedMessage(text: string, lines: Line[], kinds: LineKind[], customerMessage: string): void {
  const message = comparable(customerMessage.slice(0, MAX_MESSAGE_COMPARED));
  if (message.split(' ').length < MIN_PASTED_WORDS) return;
  const pasted: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    let j = i;
    while (j + 1 < lines.length && !lines[j + 1]!.blank) j++;
    const run = lines.slice(i, j + 1);
    if (run.every((_, k) => kinds[i + k] === 'agent')) {
      const paragraph = comparable(text.slice(lines[i]!.contentStart, lines[j]!.contentEnd));
      const words = paragraph.split(' ').length;
      if (paragraph.length <= message.length && words >= MIN_PASTED_WORDS && (paragraph === message || (words >= MIN_PASTED_PART_WORDS && message.includes(paragraph)))) {
        for (let k = i; k <= j; k++) pasted.push(k);
      }
    }
    i = j;
  }
  // The customer's message is read off the page, and a page can show the agent's own words where it was expected (a
  // preview of the draft, a helpdesk that lists the agent's last turn as the latest message): a paste sits beside the
  // agent's reply, so a reading that would leave the agent no line of their own is that mistake, and nothing is marked.
  const pastedSet = new Set(pasted);
  if (!lines.some((line, k) => !line.blank && kinds[k] === 'agent' && !pastedSet.has(k))) return;
  for (const k of pasted) kinds[k] = 'quote';
}

// ---- Code and quoted history ------------------------------------------------------------------------

/** How far an indented block is indented to read as code (Markdown's four spaces, or a tab). */
const CODE_INDENT = 4;

/**
 * Fenced blocks, lines of a pasted log or stack trace, and a block indented as code (four spaces or a tab, after
 * a blank line or a line ending in ":", not under a list item, and not prose).
 */
/** How many lines a pasted JSON block may run before its closing bracket. */
const MAX_DATA_BLOCK_LINES = 60;

function markCode(text: string, lines: Line[], kinds: LineKind[]): void {
  let inFence = false;
  let indentedBlock = false;
  let dataBlockEnd = -1;
  let configUntil = -1;
  lines.forEach((line, i) => {
    if (line.blank || i <= configUntil) return;
    if (i <= dataBlockEnd) {
      kinds[i] = 'code';
      return;
    }
    if (!inFence && opensDataBlock(line.head)) {
      const close = dataBlockClose(lines, i);
      if (close !== null) {
        dataBlockEnd = close;
        kinds[i] = 'code';
        return;
      }
    }
    const fence = isFence(line.head);
    if (inFence || fence) kinds[i] = 'code';
    if (fence) inFence = !inFence;
    if (kinds[i] === 'code') return;
    // Session 26: an attribution that opens with the date as a log line does ("2026-12-02 10:14 GMT+01:00 Sam Lee
    // <sam@…>:", Gmail's older form) is the quote's header, read as such below, never code.
    const attribution = isAnyAttribution(line.head, line.tail, line.contentEnd - line.contentStart) && hasBracketedAddress(line.head);
    if ((isLogLine(line.head) || isShellLine(line.head)) && !attribution) {
      kinds[i] = 'code';
      return;
    }
    // Twelfth look: a command going on after " \\", and a stack trace's indented lines right under its frame or its
    // "File …" line ("    client.push(batch)"), belong to the code above them.
    const above = i > 0 ? lines[i - 1]! : null;
    if (above && !above.blank && kinds[i - 1] === 'code' && (continuesOnNextLine(above.tail) || (line.indented && isLogLine(above.head)) || continuesStatement(line.head))) {
      kinds[i] = 'code';
      return;
    }
    const configEnd = configBlockEnd(lines, i);
    if (configEnd !== null) {
      for (let j = i; j <= configEnd; j++) if (!lines[j]!.blank) kinds[j] = 'code';
      configUntil = configEnd;
      return;
    }
    const indented = isCodeIndent(text, line) && listMarkerLength(line.head) === 0 && !readsAsProse(line.head);
    if (!indented) {
      indentedBlock = false;
      return;
    }
    if (indentedBlock || !above || above.blank || (/:$/.test(above.tail) && listMarkerLength(above.head) === 0 && !above.indented)) {
      kinds[i] = 'code';
      indentedBlock = true;
    }
  });
}

/**
 * A table pasted as text: two or more rows of a Markdown table, or rows in aligned columns (two gaps each, or one
 * gap over three rows or more). Rows are cells, not sentences: read past like code.
 */
function markTables(lines: Line[], kinds: LineKind[]): void {
  const row = (i: number) => {
    const line = lines[i]!;
    if (line.blank || kinds[i] !== 'agent') return 0;
    if (isMarkdownTableRow(line.head) || isDrawnTableRow(line.head) || hasDottedLeader(line.head)) return 2;
    // A cell's "(E27)      2" is no phone number: contact details are looked for cell by cell.
    if (readsAsProse(line.head) || listMarkerLength(line.head) > 0 || hasContact(line.head.replace(/ {2,}|\t+/g, ' | '))) return 0;
    // Cells between bars with no bar at either end ("Starter | £9 | 1"), three or more: a row, even when each cell reads as a name.
    // A helpdesk's chat export in columns ("10:02 | Sarah | hi…") is a transcript, read as quoted below.
    if (pipeCells(line.head) >= 3) return isQuoteMarked(line.head) ? 0 : 1;
    if (isFieldedSignatureLine(line.head)) return 0;
    // A rule under a header row: "------   ----   -----------".
    if (/^-{2,}(?:(?: {2,}|\t+)-{2,}){1,12}$/.test(line.head)) return 2;
    // Fourteenth look: a database shell's rule, joined with pluses ("--------+--------+------").
    if (/^-{2,}(?:\+-{2,}){1,12}$/.test(line.head)) return 2;
    return Math.min(columnGaps(line.head), 2);
  };
  markTabRows(lines, kinds);
  markCommaRows(lines, kinds);
  markRecordLines(lines, kinds);
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    let strong = 0;
    for (let g = row(j); g > 0 && j < lines.length; g = j < lines.length ? row(j) : 0) {
      if (g >= 2) strong++;
      j++;
    }
    const rows = j - i;
    if ((rows >= 2 && strong === rows) || rows >= 3) for (let k = i; k < j; k++) kinds[k] = 'code';
    i = Math.max(i, j);
  }
}

/** How many cells a row cut by tabs needs to be read as a table's row whatever its cells hold. */
const MIN_TAB_CELLS = 3;

/**
 * Fourteenth look: rows copied from a spreadsheet, cut by tabs, two or more in a row with the same number of cells (three
 * or more): a table, even when a cell holds an address or a number that reads as contact details ("A⏎@⏎203.0.113.24").
 */
function markTabRows(lines: Line[], kinds: LineKind[]): void {
  markRowRuns(lines, kinds, (head) => {
    if (!head.includes('\t')) return 0;
    const n = head.split(/\t+/).length;
    return n >= MIN_TAB_CELLS ? n : 0;
  });
}

/**
 * Fourteenth look: comma-separated rows ("employee_id,name,email⏎E201,Tom Hart,tom@…"), two or more in a row with the same
 * number of commas (two or more) and never a comma followed by a space, as prose writes one.
 */
function markCommaRows(lines: Line[], kinds: LineKind[]): void {
  markRowRuns(lines, kinds, (head) => {
    if (/,\s/.test(head) || /[.!?]$/.test(head)) return 0;
    let n = 0;
    for (const ch of head) if (ch === ',' && ++n > 60) break;
    return n >= 2 ? n : 0;
  });
}

/** Marks as code each run of two or more of the agent's lines in a row that `cells` gives the same count above 0. */
function markRowRuns(lines: Line[], kinds: LineKind[], cells: (head: string) => number): void {
  const count = (i: number) => (lines[i]!.blank || kinds[i] !== 'agent' ? 0 : cells(lines[i]!.head));
  for (let i = 0; i < lines.length; i++) {
    const n = count(i);
    if (n === 0) continue;
    let j = i + 1;
    while (j < lines.length && count(j) === n) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) kinds[k] = 'code';
    i = j - 1;
  }
}

/**
 * Fourteenth look: a record pasted on a paragraph of its own, a statement's or a ledger's line with a date and an amount
 * and no lower-case word ("GLX*SERV 02/12 £9.99"): data, not the agent's words.
 */
function markRecordLines(lines: Line[], kinds: LineKind[]): void {
  lines.forEach((line, i) => {
    if (line.blank || kinds[i] !== 'agent' || !isRecordLine(line.head)) return;
    const alone = (j: number) => j < 0 || j >= lines.length || lines[j]!.blank;
    if (alone(i - 1) && alone(i + 1)) kinds[i] = 'code';
  });
}

/** How many lines a pasted configuration block may run. */
const MAX_CONFIG_LINES = 40;

/**
 * A YAML block starting at line i: a lower-case key alone ("storage:"), then indented keys and values or items, with no
 * blank line between. Returns its last line, or null.
 */
function configBlockEnd(lines: Line[], i: number): number | null {
  if (lines[i]!.indented || !isConfigKeyLine(lines[i]!.head)) return null;
  let j = i + 1;
  while (j < lines.length && j <= i + MAX_CONFIG_LINES && !lines[j]!.blank && lines[j]!.indented && isConfigEntryLine(lines[j]!.head)) j++;
  return j > i + 1 ? j - 1 : null;
}

/** The line that closes a JSON block opened at `open` (the first bracket alone at the same indent), or null. */
function dataBlockClose(lines: Line[], open: number): number | null {
  const indent = lines[open]!.contentStart - lines[open]!.start;
  for (let j = open + 1; j < lines.length && j <= open + MAX_DATA_BLOCK_LINES; j++) {
    const line = lines[j]!;
    if (!line.blank && closesDataBlock(line.head) && line.contentStart - line.start === indent) return j;
  }
  return null;
}

function isCodeIndent(text: string, line: Line): boolean {
  if (!line.indented) return false;
  const indent = text.slice(line.start, line.contentStart);
  // No-break spaces are how contenteditable editors keep typed spaces; a tab or four of either is code's indent.
  return indent.includes('\t') || indent.replace(/\r/g, '').length >= CODE_INDENT;
}

/**
 * Marks ">" lines, and everything from the first history header ("On … wrote:", "-----Original Message-----",
 * Outlook's From/Sent/To/Subject block, a forwarded message) to the end. Returns where that history starts.
 */
function markQuotes(lines: Line[], kinds: LineKind[]): number {
  let historyStart = lines.length;
  let letterHead = true;
  let lastSentBy = -1;
  for (let i = 0; i < lines.length; i++) if (!lines[i]!.blank && isSentByLine(lines[i]!.head)) lastSentBy = i;
  const firstContent = nextContent(lines, 0);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'agent') continue;
    const line = lines[i]!;
    // A bot's turn above the agent's ("Fin · AI Agent⏎I'm passing you to a member of the team now."): its header and
    // its message, one line as a chat writes it.
    if (isBotHeader(line.head) || (i === firstContent && isBareBotHeader(line.head))) {
      let message = nextContentWithin(lines, i + 1, 1);
      // A message that ends in a colon goes on to its next line ("Give the team a way to reach you:⏎Get notified by email").
      for (let k = 0; k < MAX_BOT_LINES && message !== null && /:$/.test(lines[message]!.tail) && nextContentWithin(lines, message + 1, 0) !== null; k++) message++;
      if (message !== null && kinds[message] === 'agent' && nextContent(lines, message + 1) !== null) {
        for (let j = i; j <= message; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
        i = message;
        continue;
      }
    }
    // A heading copied at the top of the draft over the one message the agent answers: Slack's app badge, Teams' "[10:42]
    // Chen, Wei", Telegram's "Forwarded from …", a comment's "Tom Hughes · 2h". The heading and that message line are
    // quoted; the agent's answer goes on under them. (Lower down, such headings open a pasted conversation, read below.)
    const atTop = i === firstContent;
    // Round 2: a chat's speaker line ("Ola Bakare  9:58 AM") too, when the agent's answer right under the message greets.
    const answerGreets = (message: number) => {
      // Session 27: a blank line may stand between the copied message and the answer.
      const answer = nextContentWithin(lines, message + 1, 1);
      if (answer === null) return false;
      const l = lines[answer]!;
      return greetingLength(l.head, l.contentEnd - l.contentStart, false) > 0;
    };
    // Session 27: with one space before the clock too, as Teams and WhatsApp Web copy it ("Dana Kim 10:42 AM").
    const speakerHeading = (message: number | null) => (isSpeakerLine(line.head) || isNameClockLine(line.head)) && message !== null && answerGreets(message);
    // Round 2: the poster's name over the platform's badge ("Harbour Bank⏎Author"), over the agent's words.
    if (atTop && isProfileBadge(lines[nextContentWithin(lines, i + 1, 0) ?? i]!.head)) {
      const badge = nextContentWithin(lines, i + 1, 0)!;
      if (nextContent(lines, badge + 1) !== null) {
        kinds[i] = 'quote';
        kinds[badge] = 'quote';
        i = badge;
        continue;
      }
    }
    // Session 37: a conversation copied from the top to the very end, whose last turn, under its own heading, greets: the
    // reply being written. Its heading and every turn above it are the app's.
    const answeredAt = atTop ? answeredTurnHeading(lines, kinds, i) : null;
    if (answeredAt !== null) {
      for (let j = i; j <= answeredAt; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
      i = answeredAt;
      continue;
    }
    // Session 37: the sender over the clock alone, as Teams and Google Chat copy a message ("Sarah Klein (External)⏎10:42⏎Is
    // the VPN down…"), over the one message the agent answers, and the answer greets.
    const clock = atTop && isSenderLine(line.head) ? nextContentWithin(lines, i + 1, 0) : null;
    const clocked = clock !== null && kinds[clock] === 'agent' && isBareClockLine(lines[clock]!.head) ? nextContentWithin(lines, clock + 1, 0) : null;
    if (clocked !== null && kinds[clocked] === 'agent' && answerGreets(paragraphEnd(lines, clocked))) {
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    // Several speakers' lines and messages copied at the top ("Mo Farid 10:40⏎This message was deleted⏎Mo Farid 10:41⏎where
    // is my refund"), then the agent's answer, which greets.
    const pairsEnd = atTop ? headingPairsEnd(lines, kinds, i) : null;
    if (pairsEnd !== null && answerGreets(pairsEnd)) {
      for (let j = i; j <= pairsEnd; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
      i = pairsEnd;
      continue;
    }
    // Round 3: WhatsApp's "Forwarded" label over the message the customer forwarded, when the agent's answer greets.
    const forwardedLabel = (message: number | null) => isForwardedLabel(line.head) && message !== null && answerGreets(message);
    if (atTop && (isMessageHeading(line.head) || isForwardedFrom(line.head) || isWhoWhenLine(line.head) || speakerHeading(nextContentWithin(lines, i + 1, 0)) || forwardedLabel(nextContentWithin(lines, i + 1, 0)))) {
      const message = nextContentWithin(lines, i + 1, 0);
      if (message !== null && kinds[message] === 'agent' && nextContent(lines, message + 1) !== null) {
        kinds[i] = 'quote';
        kinds[message] = 'quote';
        i = message;
        continue;
      }
    }
    // Twelfth look: "Q: Do you deliver on Sundays?⏎A: Yes, between 10 and 4.": the customer's question over the agent's answer.
    if (isQuestionLabel(line.head)) {
      const answer = nextContentWithin(lines, i + 1, 0);
      if (answer !== null && kinds[answer] === 'agent' && isAnswerLabel(lines[answer]!.head)) {
        kinds[i] = 'quote';
        continue;
      }
    }
    // "Replying to Ana Souza⏎“my parcel says delivered…”": a messenger's reply to one message, quoted under its header.
    if (isReplyHeader(line.head)) {
      const message = nextContentWithin(lines, i + 1, 0);
      if (message !== null && kinds[message] === 'agent' && isQuotationLine(lines[message]!.head)) {
        kinds[i] = 'quote';
        kinds[message] = 'quote';
        i = message;
        continue;
      }
    }
    // "↪ @Dex: server lagging every evening": the app's preview of the message being answered.
    if (isReplyPreview(line.head)) {
      kinds[i] = 'quote';
      continue;
    }
    // Session 41: the customer's turn copied at the top under a role only they have ("Guest (Jo): where is my refund"), to
    // its blank line, over the agent's answer.
    if (atTop && isCustomerRoleTurn(line.head)) {
      const last = paragraphEnd(lines, i);
      if (nextContent(lines, last + 1) !== null) {
        i = quoteToBlankLine(lines, kinds, i);
        continue;
      }
    }
    // Session 41: turns labelled with their speaker at the top of a chat, glued over the app's notice with the agent's
    // words under it ("Ada (bot): I'm connecting you with our team now.⏎You're now chatting with Priya⏎⏎Hi Leon!…").
    const noticeTurnsEnd = atTop ? labelledTurnsOverNotice(lines, kinds, i) : null;
    // Session 41: and labelled turns glued under the app's notice at the top ("Jo Bell started the conversation⏎Jo Bell: hi,
    // the seal leaks"), over the agent's answer: the transcript the notice heads.
    if (noticeTurnsEnd === null && speakerLabel(line.head) !== null && onlyNoticesAbove(lines, kinds, firstContent, i)) {
      if (nextContent(lines, paragraphEnd(lines, i) + 1) !== null) {
        i = quoteToBlankLine(lines, kinds, i);
        continue;
      }
    }
    if (noticeTurnsEnd !== null) {
      for (let j = i; j <= noticeTurnsEnd; j++) kinds[j] = 'quote';
      i = noticeTurnsEnd;
      continue;
    }
    // "Chatbot: Is there anything else I can help you with today? 😊": the bot's turn, warm words and all.
    // (A pasted chat of turns with the bot is read whole below.)
    if (isBotTurn(line.head) && speakerTurnsEnd(lines, kinds, i) === null) {
      kinds[i] = 'quote';
      continue;
    }
    // Session 29: a social post quoted under or over the reply ("QT @lucy_reads: ordered a dress…"), to the blank line.
    if (isQuotedPost(line.head)) {
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    // Session 29: an IRC client's lines pasted into the reply ("<chris_k> the server won't start⏎<support_ana> can you…"):
    // two lines or more in a row, two nicks or more. A macro's one "<ORDER_ID> is your reference" stays the agent's.
    const ircEnd = ircRunEnd(lines, kinds, i);
    if (ircEnd !== null) {
      for (let j = i; j <= ircEnd; j++) kinds[j] = 'quote';
      i = ircEnd;
      continue;
    }
    // A quoted post under the reply ("Sarah J @sarah_j_writes · 2h⏎@chatterapp my account got suspended…"), to the blank line.
    if (isPostHeader(line.head)) {
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    // A letter's reference fields above the greeting ("Our ref: PM/4471/HT⏎Your ref: Flat 12B"): filing, not words to coach.
    if (letterHead && isLetterReference(line.head)) {
      kinds[i] = 'footer';
      continue;
    }
    letterHead = false;
    // The composer's line under the agent's last message ("Sent by Aiden · Seen 10:42"): what the app shows under it
    // (its own closing message, the customer's next turn) is not the agent's draft.
    if (i === lastSentBy) {
      for (let j = i; j < lines.length; j++) if (kinds[j] === 'agent') kinds[j] = 'footer';
      break;
    }
    // The app's closing message right over its end line ("Thank you for chatting with FlexGym!⏎Chat ended by agent").
    if (isChatClosingMessage(line.head) && i + 1 < lines.length && !lines[i + 1]!.blank && isChatEnd(lines[i + 1]!.head)) {
      kinds[i] = 'footer';
      continue;
    }
    // A chat app's own lines ("Agent Kim joined the chat", "— Today 10:42 —") anywhere in the reply.
    // Fifteenth look: two or more "speaker and clock⏎message" pairs pasted mid-reply ("Tom · 09:41⏎Your parcel is at the
    // depot.⏎Ana · 09:42⏎thanks!"): a pasted chat, messages and all (a speaker line alone is a chat app's notice, below).
    const pairs = i !== firstContent ? headingPairsEnd(lines, kinds, i) : null;
    if (pairs !== null) {
      for (let j = i; j <= pairs; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
      i = pairs;
      continue;
    }
    // Fifteenth look: a line right under a valediction is the name it signs ("Regards,⏎Admin"), never an app's notice.
    const underValediction = i > 0 && !lines[i - 1]!.blank && kinds[i - 1] === 'agent' && /,$/.test(lines[i - 1]!.tail) && isSignOffLine(lines[i - 1]!.head);
    // Session 27: a machine translation's notice on a line of its own is the tool's line too, in an e-mail as in a chat
    // (glued over a message, "[Automatically translated from German]" heads the quoted history, read below).
    const standalone = i + 1 >= lines.length || lines[i + 1]!.blank;
    // Session 36: a messaging app's heading over a message, with the headline and clock under it (see isProfileHeading).
    if (isProfileHeading(line.head) && !underValediction) {
      kinds[i] = 'footer';
      const last = Math.min(i + 2, lines.length - 1);
      while (i < last && !lines[i + 1]!.blank && isProfileHeadingLine(lines[i + 1]!.head)) kinds[++i] = 'footer';
      continue;
    }
    if ((isChatNotice(line.head) || (standalone && isTranslationNotice(line.head))) && !underValediction) {
      kinds[i] = 'footer';
      continue;
    }
    // Session 40: an app's automatic reply with the team's hours glued under its notice ("Thank you for adding Sakura Dental
    // as a friend!⏎This account answers questions 9:00–18:00."), and WeChat's spaced rule under its quote.
    const gluedAbove = i > 0 && !lines[i - 1]!.blank ? kinds[i - 1] : null;
    if (gluedAbove === 'footer' && isAutoReplyHours(line.head)) {
      kinds[i] = 'footer';
      continue;
    }
    // Session 41: the welcome in the first person is the app's too when the account's hours are glued under it, and so is
    // any one-line exclamation at the top in the team's voice ("友だち追加ありがとうございます！", "Welcome to Kumo Ramen!"),
    // when the agent's answer follows.
    const welcomeAbove = gluedAbove === 'agent' && (isFollowerWelcome(lines[i - 1]!.head) || (i - 1 === firstContent && isTopExclamation(lines[i - 1]!.head)));
    if (welcomeAbove && isAutoReplyHours(line.head) && nextContent(lines, i + 1) !== null) {
      kinds[i - 1] = 'footer';
      kinds[i] = 'footer';
      continue;
    }
    if (gluedAbove === 'quote' && isSpacedDashRule(line.head)) {
      kinds[i] = 'quote';
      continue;
    }
    if (isGroupwiseHeader(line.head)) {
      historyStart = i;
      break;
    }
    // An attribution in any language ("5 Mar 2025 Çar, 10:12 tarihinde Ayşe <a@…> şunu yazdı:"): a date, an address and a
    // colon, over ">" lines.
    const length = line.contentEnd - line.contentStart;
    if (isAnyAttribution(line.head, line.tail, length) || isDatedAttribution(line.head, line.tail, length)) {
      if (nextContentIsQuoteMarked(lines, kinds, i + 1)) {
        kinds[i] = 'quote';
        continue;
      }
      // Pasted without ">" ("2025-03-05 9:12 GMT+01:00 Ana Costa <ana@…>:"): the sender's bracketed address says it
      // is an attribution, and everything under it is the quoted message.
      if (isAnyAttribution(line.head, line.tail, length) && hasBracketedAddress(line.head)) {
        const resume = bottomPostedReplyAt(lines, kinds, i);
        if (resume !== null) {
          i = markHistoryUntil(kinds, i, resume);
          continue;
        }
        historyStart = i;
        break;
      }
    }
    if (isQuoteMarked(line.head) || isQuotedLine(line.head, line.tail)) {
      kinds[i] = 'quote';
      continue;
    }
    const turnsEnd = speakerTurnsEnd(lines, kinds, i);
    if (turnsEnd !== null) {
      for (let j = i; j <= turnsEnd; j++) if (kinds[j] !== 'blank') kinds[j] = 'quote';
      // Fifteenth look: the app's heading right over the turns names one of the chat's speakers ("Messenger · Acme
      // Support" over "Acme Support: …"): the export's, not the agent's.
      if (i > 0 && !lines[i - 1]!.blank && kinds[i - 1] === 'agent' && namesASpeaker(lines[i - 1]!.head, lines, i, turnsEnd)) kinds[i - 1] = 'quote';
      i = turnsEnd;
      continue;
    }
    // Fourteenth look: "Customer: I paid for business and was moved to economy." over the agent's answer.
    if (isCustomerTurn(line.head) && nextContent(lines, i + 1) !== null) {
      kinds[i] = 'quote';
      continue;
    }
    // Session 39: "You asked: Can I wear them in the shower?" on its own line, over the agent's answer.
    if (isLabelledQuestion(line.head, line.tail) && nextContent(lines, i + 1) !== null) {
      kinds[i] = 'quote';
      continue;
    }
    // "Transcript of your chat with Leo, 5 March 2025" over the pasted lines: the heading is the transcript's, and the
    // agent's reply may go on under the lines.
    // An export's date line may stand between them ("[LINE] Chat history with Denki Store⏎2025.03.12 Wednesday⏎10:38\tYuki\t…").
    const belowNotices = () => pastChatNotices(lines, i + 1);
    if (isTranscriptHeading(line.head) && (nextContentIsQuoteMarked(lines, kinds, belowNotices()) || speakerTurnsAt(lines, kinds, belowNotices()))) {
      kinds[i] = 'quote';
      continue;
    }
    // Fifteenth look: a heading right over a single labelled turn ("From the chat on 30/11:⏎Support Agent: Your withdrawal
    // will be processed…"): the heading and the turn, to the blank line.
    if (isTranscriptHeading(line.head) && i + 1 < lines.length && !lines[i + 1]!.blank && kinds[i + 1] === 'agent' && speakerLabel(lines[i + 1]!.head) !== null) {
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    if (isSpeakerLine(line.head) && nextContent(lines, i + 1) === i + 1) {
      // "Ana Costa  [10:42 AM]" over the message: a pasted chat, to the next blank line.
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    // Session 30: a web form's submission heading right over its fields ("New submission from Contact us⏎Name: …⏎Message: …").
    // A rich editor's blank line may stand between the fields.
    const fieldAfter = (at: number) => {
      const next = nextContentWithin(lines, at + 1, 1);
      return next !== null && kinds[next] === 'agent' && isAnyHeaderField(lines[next]!.head) ? next : null;
    };
    if (isFormHeading(line.head) && fieldAfter(i) !== null) {
      i = quoteToBlankLine(lines, kinds, i);
      for (let field = fieldAfter(i), k = 0; field !== null && k < MAX_FORM_FIELDS; field = fieldAfter(i), k++) i = quoteToBlankLine(lines, kinds, field);
      continue;
    }
    if (isQuoteHeader(line.head)) {
      // "You wrote:" and the customer's lines under it, to the next blank line; the agent's answer goes on below.
      // Fourteenth look: a header alone over a blank line quotes the paragraph under it when it says so ("You wrote:⏎⏎The
      // blue is…") or the paragraph is in quotation marks; "Your question:⏎⏎Yes, we deliver on Sundays." is the agent's answer.
      const quoted = i + 1 < lines.length && lines[i + 1]!.blank ? nextContentWithin(lines, i + 1, 1) : null;
      const quotesBelow = quoted !== null && (isQuoteHeaderWithVerb(line.head) || isWhollyQuoted(lines[quoted]!.head));
      i = quoteToBlankLine(lines, kinds, i);
      if (quotesBelow && kinds[quoted] === 'agent' && nextContent(lines, quoted + 1) !== null) i = quoteToBlankLine(lines, kinds, quoted);
      continue;
    }
    // Fourteenth look: "Re your email:" over the customer's words in quotation marks: both theirs.
    if (isMessageLead(line.head)) {
      const quoted = nextContentWithin(lines, i + 1, 1);
      if (quoted !== null && kinds[quoted] === 'agent' && isWhollyQuoted(lines[quoted]!.head) && nextContent(lines, quoted + 1) !== null) {
        kinds[i] = 'quote';
        i = quoteToBlankLine(lines, kinds, quoted);
        continue;
      }
    }
    // Fourteenth look: a helpdesk's "reply above this line" with nothing of the agent's above it (the notification's own
    // top line) is the helpdesk's; the reply under it is the agent's.
    if (i === firstContent && isReplyAboveMarker(line.head) && nextContent(lines, i + 1) !== null) {
      kinds[i] = 'footer';
      continue;
    }
    // Fourteenth look: the customer's message pasted as a paragraph of its own under a line that introduces it ("Thanks for
    // sending this over:⏎⏎Hi, my bill this month is £64…"): it greets, and the agent has greeted already above it.
    if (pastedMessageAt(lines, kinds, i, firstContent)) {
      i = quoteToBlankLine(lines, kinds, i);
      continue;
    }
    // Session 39: a chat widget's or booking app's heading at the very top ("Chat with Maya ⚡ by Drift⏎Maya from Pipewell •
    // Typically replies in a few minutes", "Lorenzo · Host · Superhost") or its automatic reply with the team's hours, over
    // a blank line and the agent's answer that greets: the app's lines, not history to the end.
    const widgetEnd = i === firstContent ? widgetHeadingEnd(lines, kinds, i) : null;
    if (widgetEnd !== null) {
      for (let j = i; j <= widgetEnd; j++) kinds[j] = 'footer';
      i = widgetEnd;
      continue;
    }
    const start = historyHeaderAt(lines, kinds, i);
    if (start === null) continue;
    const attributionEnd = attributionEndAt(lines, kinds, i);
    if (attributionEnd !== null && nextContentIsQuoteMarked(lines, kinds, attributionEnd + 1)) {
      // "On … wrote:" over ">" lines: an interleaved reply may go on below, so only the header is history.
      for (let j = i; j <= attributionEnd; j++) if (kinds[j] === 'agent') kinds[j] = 'quote';
      i = attributionEnd;
      continue;
    }
    // Session 24: a mail header over ">" questions with the agent's answers between them ("From: …⏎Sent: …⏎Subject: Trip⏎⏎>
    // Does Aisha need a packed lunch?⏎⏎No, lunch is provided…⏎⏎> What time…"): the header and the ">" lines are theirs,
    // the answers the agent's, as under "On … wrote:".
    // Session 34: a "-----Original Message-----" line (or Outlook's rule) right over the header frames the same header.
    const fromAt = (at: number | null) => at !== null && kinds[at] === 'agent' && (isHeaderFrom(lines[at]!.head) || isHeaderBlock(lines, at));
    const framed = isMessageSeparator(line.head) || isOutlookRule(line.head) ? nextContentWithin(lines, i + 1, 1) : null;
    const headerAt = fromAt(i) ? i : fromAt(framed) ? framed : null;
    const headerEnd = headerAt === null ? null : fieldRunEnd(lines, headerAt);
    if (headerEnd !== null && answersBetweenQuotes(lines, kinds, headerEnd + 1)) {
      for (let j = start; j <= headerEnd; j++) if (kinds[j] === 'agent') kinds[j] = 'quote';
      i = headerEnd;
      continue;
    }
    const resume = bottomPostedReplyAt(lines, kinds, start);
    if (resume !== null) {
      i = markHistoryUntil(kinds, start, resume);
      continue;
    }
    historyStart = start;
    break;
  }
  for (let j = historyStart; j < lines.length; j++) if (kinds[j] !== 'blank') kinds[j] = 'quote';
  return historyStart;
}

/** How many lines of an IRC log are read in one run. */
const MAX_IRC_LINES = 60;
/** The last line of a run of IRC lines from `i` (two or more, two nicks or more), or null. */
function ircRunEnd(lines: Line[], kinds: LineKind[], i: number): number | null {
  const nicks = new Set<string>();
  let j = i;
  for (; j < lines.length && j - i < MAX_IRC_LINES && !lines[j]!.blank && kinds[j] === 'agent'; j++) {
    const nick = ircNick(lines[j]!.head);
    if (nick === null) break;
    nicks.add(nick);
  }
  return j - i >= 2 && nicks.size >= 2 ? j - 1 : null;
}

/** An answer opened with the agent's tag and a colon: "[Agent]: Yes, …", "[Support]: …", "A: [Ben]: …". */
const TAGGED_ANSWER = /^(?:A\s?:\s?)?\[(\p{L}[\p{L}.'’-]{0,20}(?: \p{L}[\p{L}.'’-]{0,20}){0,2})\]\s?:\s?\S/u;
/** How long a customer's question over a tagged answer may be. */
const MAX_TAGGED_QUESTION = 200;

/**
 * Session 30: answers typed under the customer's questions with a tag and a colon ("Can you deliver on a Saturday?⏎[Agent]:
 * Yes! I've booked you…"), the questions left unmarked: two answers or more under the same tag, and the question right
 * above each (a line ending in "?") is the customer's. The agent's own question over a line of theirs stays theirs.
 */
function markQuestionsOverTags(lines: Line[], kinds: LineKind[], end: number): void {
  const tagged: number[] = [];
  const tags = new Map<string, number>();
  for (let i = 1; i < end; i++) {
    if (kinds[i] !== 'agent' || !lines[i]!.head.includes(']')) continue;
    const m = TAGGED_ANSWER.exec(lines[i]!.head);
    if (m === null) continue;
    tagged.push(i);
    tags.set(m[1]!.toLowerCase(), (tags.get(m[1]!.toLowerCase()) ?? 0) + 1);
  }
  if (tagged.length < 2 || ![...tags.values()].some((n) => n >= 2)) return;
  for (const i of tagged) {
    const q = i - 1;
    const head = lines[q]!.head;
    if (lines[q]!.blank || kinds[q] !== 'agent' || TAGGED_ANSWER.test(head) || head.length > MAX_TAGGED_QUESTION || !/\?\s?$/.test(lines[q]!.tail)) continue;
    kinds[q] = 'quote';
  }
}

/** How many of the agent's tags ("[Sam]", "[JR]") named above quoted history are looked for in it. */
const MAX_ANSWER_TAGS = 4;
/** A tag in square brackets the agent marks their answers with: a name or initials, up to three words. */
const ANSWER_TAG = /\[(\p{L}[\p{L}.'’-]{0,20}(?: \p{L}[\p{L}.'’-]{0,20}){0,2})\]/gu;

/**
 * Sixteenth look: answers typed into the quoted message under a tag the agent named above it ("My answers are inline
 * below, marked [Sam]." over "-----Original Message-----…⏎1. Can we bring our own caterer?⏎[Sam] Yes, as long as…"):
 * a quoted line that opens with that tag is the agent's again. Only tags the agent's own lines name count.
 */
function markTaggedAnswers(lines: Line[], kinds: LineKind[], historyStart: number): void {
  if (historyStart >= lines.length) return;
  const tags: string[] = [];
  for (let i = 0; i < historyStart && tags.length < MAX_ANSWER_TAGS; i++) {
    if (kinds[i] !== 'agent' || !lines[i]!.head.includes('[')) continue;
    for (const m of lines[i]!.head.matchAll(ANSWER_TAG)) if (tags.length < MAX_ANSWER_TAGS) tags.push(m[0]);
  }
  if (tags.length === 0) return;
  for (let j = historyStart; j < lines.length; j++) {
    const head = lines[j]!.head;
    if (kinds[j] === 'quote' && tags.some((tag) => head.startsWith(tag) && /\p{L}/u.test(head.slice(tag.length)))) kinds[j] = 'agent';
  }
}

/** How many lines a review (its stars, author, title and text) can take above the site's response heading. */
const MAX_REVIEW_LINES = 8;

/**
 * A reply copied from a review site with the review above it: "★★☆☆☆ Mark T. · a week ago⏎Waited 40 minutes…⏎Response
 * from the owner⏎Mark, I'm really sorry…". The heading and everything above it are the site's and the reviewer's.
 */
function markReviewAbove(lines: Line[], kinds: LineKind[]): void {
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= MAX_REVIEW_LINES; i++) {
    if (lines[i]!.blank) continue;
    if (kinds[i] !== 'agent') break;
    // Session 29: the heading at the very top too, the review left out ("Developer Response⏎Please update to 4.2.1…").
    if (isResponseHeading(lines[i]!.head) && nextContent(lines, i + 1) !== null) {
      // Round 3: the site's lines under the heading ("Responded 3 days ago", "Business Owner") go with it.
      let last = i;
      for (let k = 0, next = nextContentWithin(lines, i + 1, 0); k < 2 && next !== null && isResponseMeta(lines[next]!.head); k++, next = nextContentWithin(lines, next + 1, 0)) last = next;
      if (nextContent(lines, last + 1) === null) return;
      for (let j = 0; j <= last; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
      return;
    }
    seen++;
  }
  markRatedReviewAtTop(lines, kinds);
}

/**
 * A review at the top with no response heading under it: "Your review⏎★★★☆☆ Nice rooms, but…" or "Rated 2 out of 5
 * stars⏎Sofa delivered damaged". The heading, the rating and the line of review text are quoted; the agent's answer
 * follows. Bare stars at the top with no heading are left alone: an agent may open with them ("⭐⭐⭐⭐⭐ Thank you!").
 */
function markRatedReviewAtTop(lines: Line[], kinds: LineKind[]): void {
  const first = nextContent(lines, 0);
  if (first === null || kinds[first] !== 'agent') return;
  let rating = first;
  if (isReviewHeading(lines[first]!.head)) {
    const below = nextContentWithin(lines, first + 1, 0);
    if (below === null || !(startsWithStars(lines[below]!.head) || isRatingLine(lines[below]!.head))) return;
    rating = below;
  } else if (!isRatingLine(lines[first]!.head)) return;
  // A rating with nothing after it has its review text on the next line.
  const ratingOnly = !/\p{L}/u.test(lines[rating]!.head.replace(/^rated \d(?:\.\d)? (?:out of|\/) ?(?:5|10)(?: stars?)?/i, ''));
  const last = ratingOnly ? nextContentWithin(lines, rating + 1, 0) : rating;
  if (last === null || nextContent(lines, last + 1) === null) return;
  for (let j = first; j <= last; j++) if (!lines[j]!.blank) kinds[j] = 'quote';
}

/** A rule drawn with symbols ("• • •", "━━━━") over a footer, signature or quote belongs to what it sets apart. */
function markRulesOverSkipped(lines: Line[], kinds: LineKind[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (kinds[i] !== 'agent' || !isSymbolRule(lines[i]!.head)) continue;
    const below = nextContent(lines, i + 1);
    const kind = below === null ? null : kinds[below]!;
    if (kind === 'footer' || kind === 'signature' || kind === 'quote') kinds[i] = kind;
  }
}

/** How many speaker-and-message pairs can be copied above the agent's answer. */
const MAX_HEADING_PAIRS = 6;

/** The last line of two or more "speaker and clock⏎message" pairs starting at line i, with no blank line between, or null. */
function headingPairsEnd(lines: Line[], kinds: LineKind[], i: number): number | null {
  let pairs = 0;
  let j = i;
  let last: number | null = null;
  // Session 25: headings with a comma before the clock ("Femi Adeyemi, 10:02 AM:") count as a chat's only when speakers take
  // turns or one is named by a role ("Leo (Agent), 10:03 AM:"); an itinerary's "Pick-up, 9:00 AM:⏎Drop-off, 5:00 PM:" does neither.
  const commaSpeakers = new Set<string>();
  let commaHeadings = 0;
  let appHeadings = 0;
  let turns = false;
  while (pairs < MAX_HEADING_PAIRS && j < lines.length) {
    // A rich editor's blank line between every block may stand between a comma heading's pairs (session 27: and an app's).
    if (commaHeadings + appHeadings > 0 && lines[j]!.blank && j + 1 < lines.length && !lines[j + 1]!.blank) j++;
    if (kinds[j] !== 'agent' || lines[j]!.blank) break;
    const head = lines[j]!.head;
    const comma = commaClockSpeaker(head);
    if (!(isNameClockLine(head) || isSpeakerLine(head) || isMessageHeading(head) || comma !== null)) break;
    const app = isMessageHeading(head);
    const message = nextContentWithin(lines, j + 1, comma !== null || app ? 1 : 0);
    if (message === null || kinds[message] !== 'agent') break;
    if (app) appHeadings++;
    if (comma !== null) {
      commaHeadings++;
      turns ||= comma.role || commaSpeakers.has(comma.name);
      commaSpeakers.add(comma.name);
    }
    pairs++;
    last = message;
    j = message + 1;
  }
  return pairs >= 2 && (commaHeadings === 0 || turns) ? last : null;
}

/** How many turns a conversation copied above the agent's answer may hold. */
const MAX_ANSWERED_TURNS = 8;

/**
 * Session 37: a conversation copied from line i to the end of the draft, a speaker's heading over each turn with a blank
 * line between turns ("Jordan Ellis  10:42 AM⏎Does your API support webhooks?⏎⏎Maya Chen  11:05 AM⏎Hi Jordan! Yes…",
 * Telegram's "Olga K, [02.12.2026 19:14]"), whose last turn greets: that turn is the reply the agent is writing in the app.
 * Returns the last turn's heading, or null. Turns that end before the draft does are history, read below.
 */
function answeredTurnHeading(lines: Line[], kinds: LineKind[], i: number): number | null {
  let heading = i;
  for (let turns = 0; turns < MAX_ANSWERED_TURNS; turns++) {
    const head = lines[heading]!.head;
    if (kinds[heading] !== 'agent' || !(isSpeakerLine(head) || isNameClockLine(head) || isMessageHeading(head))) return null;
    const message = nextContentWithin(lines, heading + 1, 0);
    if (message === null || kinds[message] !== 'agent') return null;
    const next = nextContent(lines, paragraphEnd(lines, message) + 1);
    if (next === null) {
      const first = lines[message]!;
      return turns >= 1 && greetingLength(first.head, first.contentEnd - first.contentStart, false) > 0 ? heading : null;
    }
    heading = next;
  }
  return null;
}

/** The last line of the paragraph line i is in. */
function paragraphEnd(lines: Line[], i: number): number {
  let end = i;
  while (end + 1 < lines.length && !lines[end + 1]!.blank) end++;
  return end;
}

/** How many lines a chat widget's heading at the top runs to. */
const MAX_WIDGET_HEADING_LINES = 3;

/**
 * Session 39: the last line of a chat widget's heading or automatic reply starting at line i, the top of the draft, or null:
 * one to three lines (each a heading that is no sentence, or the team's hours), then a blank line, then a paragraph whose
 * first line opens with a greeting. A customer's message copied at the top asks or tells something in sentences, and the
 * agent's own first line is a sentence or the greeting itself.
 */
function widgetHeadingEnd(lines: Line[], kinds: LineKind[], i: number): number | null {
  let end = i;
  while (end + 1 < lines.length && !lines[end + 1]!.blank && end - i + 1 < MAX_WIDGET_HEADING_LINES) end++;
  if (end + 1 < lines.length && !lines[end + 1]!.blank) return null;
  for (let j = i; j <= end; j++) {
    const l = lines[j]!;
    if (kinds[j] !== 'agent' || l.contentEnd - l.contentStart > l.head.length) return null;
    if (greetingLength(l.head, l.contentEnd - l.contentStart, false) > 0) return null;
    if (!isWidgetHeadingLine(l.head) && !isAutoReplyHours(l.head)) return null;
  }
  const answer = nextContentWithin(lines, end + 1, 1);
  if (answer === null || kinds[answer] !== 'agent') return null;
  const a = lines[answer]!;
  return greetingLength(a.head, a.contentEnd - a.contentStart, false) > 0 ? end : null;
}

/** Session 41: one exclamation with no "I" in it, as an app's welcome reads: "Welcome to Kumo Ramen! 🍜". */
const isTopExclamation = (head: string) =>
  head.length <= 80 && /[!！]\s?[\p{Extended_Pictographic}\ufe0f\u200d]{0,4}$/u.test(head) && !/[.!?。！？]\s?\S/u.test(head.replace(/[!！]\s?[\p{Extended_Pictographic}\ufe0f\u200d]{0,4}$/u, '')) && !AGENT_FIRST_PERSON.test(head);

/** The agent speaking in the first person singular ("I've sent", "I will call"), which no banner does. */
const AGENT_FIRST_PERSON = /\bI(?:['’](?:ve|m|ll|d)|\s(?:have|am|will|was|can|would|sent|checked|spoke|called|refunded|booked))\b/;

/**
 * Session 40: the agent's own short answer to this customer typed above the greeting ("Not our problem, read the
 * manual.", "No refunds, sorry.", "You were told this twice."): it opens on a verdict or on "you" and a reproach, or sends
 * them to read the terms; no banner or letter heading talks to one customer like that.
 */
const AGENT_RETORT =
  /^(?:(?:Not|No|Nope|Sorry|Unfortunately|Declined|Denied|Refused|Rejected|Noted|Again)\b[,.!]?(?: [^\n]{0,120})?[.!]|You (?:should|were|need|must|have|already|did|didn['’]t|can['’]t|cannot|will not|won['’]t)\b[^\n]{0,120}[.!]|[^\n]{1,80}, (?:read|check|see) (?:the|our) (?:manual|terms|policy|faq|website|instructions|returns policy|small print)[.!])$/;
// A banner's own words: the service as a whole, its hours, its delays ("Sorry, our phone lines are closed today.").
const BANNER_WORDS = /\b(?:demand|volumes?|response times?|replies may|delays?|closed|closure|reopen\w*|holidays?|phone lines|offices?|working days|business days|maintenance|outage)\b/i;
const isAgentRetort = (head: string) => head.length <= 160 && !/[:|]/.test(head) && AGENT_RETORT.test(head) && !BANNER_WORDS.test(head);

/** How many lines above the greeting can be a letter's headings or a helpdesk's banner. */
const MAX_LINES_ABOVE_GREETING = 4;

/**
 * A reply opens at its greeting: what stands above a greeting alone on its line at the top of the draft, set off by a
 * blank line, is a letter's headings ("PRIVATE & CONFIDENTIAL", "RE: YOUR COMPLAINT REF C-2231", "Our ref: …") or a
 * helpdesk macro's banner ("⚠️ Due to high demand, replies may take up to 10 working days."), read past like a footer.
 */
function markAboveGreeting(lines: Line[], kinds: LineKind[]): void {
  const above: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || kinds[i] !== 'agent') continue;
    const line = lines[i]!;
    if (isGreetingLine(line.head, line.contentEnd - line.contentStart)) {
      // Session 23: a name that starts like a greeting ("Ola Nowak (she/her)⏎Customer Care · Brightline") with a
      // signature's line right under it is a signature's top, and the lines above it are the agent's reply.
      const under = lines[i + 1];
      if (isSignatureSentence(line.head) || (under !== undefined && !under.blank && isSignatureEvidence(under.head))) return;
      // No heading or banner speaks as "I": "…and I've sent the right size today." above a greeting is the agent's.
      // Nor does one open on a greeting of its own ("Hi Rosa, happy to help you choose!"): the reply began above (session 43).
      const speaksAsAgent = above.some((j) => AGENT_FIRST_PERSON.test(lines[j]!.head) || isAgentRetort(lines[j]!.head) || isGreetingWord(lines[j]!.head));
      if (above.length > 0 && i > 0 && lines[i - 1]!.blank && !speaksAsAgent) for (const j of above) kinds[j] = 'footer';
      return;
    }
    if (above.length >= MAX_LINES_ABOVE_GREETING) return;
    above.push(i);
  }
}

/**
 * A paragraph at line i that opens with a greeting and more words on its line ("Hi, my bill this month is…"), after a
 * blank line under a line ending in a colon, in a reply that opened with its own greeting: someone else's message.
 */
function pastedMessageAt(lines: Line[], kinds: LineKind[], i: number, firstContent: number | null): boolean {
  const line = lines[i]!;
  if (firstContent === null || i <= firstContent || i < 2 || !lines[i - 1]!.blank) return false;
  const first = lines[firstContent]!;
  if (kinds[firstContent] !== 'agent' || !isGreetingLine(first.head, first.contentEnd - first.contentStart)) return false;
  const above = previousContent(lines, i);
  if (above === null || above === firstContent || kinds[above] !== 'agent' || !/:$/.test(lines[above]!.tail)) return false;
  // A colon that leads into the agent's own steps ("To get a refund you need to:", "Here's what to do:") introduces no message.
  if (/\b(?:to|do|following|steps|below)\s?:$/i.test(lines[above]!.tail)) return false;
  const length = line.contentEnd - line.contentStart;
  const greeting = greetingLength(line.head, length, false);
  return greeting > 0 && greeting < length && !isGreetingLine(line.head, length) && nextContent(lines, i + 1) !== null;
}

/** How many lines a bot's message ending in a colon may run over. */
const MAX_BOT_LINES = 3;

/** Marks line i and the agent's lines under it, to the next blank line, as quoted; returns the last of them. */
function quoteToBlankLine(lines: Line[], kinds: LineKind[], i: number): number {
  kinds[i] = 'quote';
  let last = i;
  for (let j = i + 1; j < lines.length && !lines[j]!.blank && kinds[j] === 'agent'; j++) {
    kinds[j] = 'quote';
    last = j;
  }
  return last;
}

/** Marks lines `from`..`to` (exclusive) as quoted history; returns the line the reading goes on after. */
function markHistoryUntil(kinds: LineKind[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (kinds[j] !== 'blank') kinds[j] = 'quote';
  return to - 1;
}

/** How far below quoted history at the top of the draft the agent's reply is looked for. */
const MAX_BOTTOM_POST_LINES = 200;

/**
 * Bottom-posting: quoted history at the very top of the draft (nothing of the agent's above it) with the agent's reply
 * under the quoted message. Where that message ends is read from its shape: the reply's own greeting alone on its line
 * after a blank line ("Hi Leah,"), a short rule the agent typed between ("---"), or the paragraph after the sender's
 * own name signing the quoted message ("Thanks,⏎Leah", "Tomasz Nowak⏎Flat 3…", a phone's "Sent from…" with it). With
 * none of these, a draft that ends signed by someone other than the sender has its reply under the quoted message's
 * first paragraph. The quoted message's own first line ("Hi, can I move…") is the customer's; a second header further
 * down (a longer thread) keeps it all history. Returns the first line of the agent's reply, or null.
 */
function bottomPostedReplyAt(lines: Line[], kinds: LineKind[], start: number): number | null {
  for (let j = 0; j < start; j++) if (kinds[j] === 'agent') return null;
  const limit = Math.min(lines.length, start + MAX_BOTTOM_POST_LINES);
  // Past the header (its fields, blank lines between them in some editors) to the quoted message's first line.
  let first = start + 1;
  while (first < limit && (lines[first]!.blank || isAnyHeaderField(lines[first]!.head) || endsAttribution(lines[first]!.tail, lines[first]!.head))) first++;
  let sender: string | null = null;
  for (let j = start; j < first && sender === null; j++) sender = senderName(lines[j]!.head);
  // Session 35: right under the header, after its blank line, a greeting that names the quoted message's sender ("From:
  // Lucy Hart …⏎Subject: Order⏎⏎Hi Lucy,"): nobody greets themselves, so the agent's reply starts there.
  if (first < limit && first > start + 1 && lines[first - 1]!.blank && greetsSender(lines[first]!, headerSender(lines, start, first) ?? sender)) return first;
  const paragraphs: number[] = [];
  let signed = false;
  let last = first;
  for (let k = first + 1; k < limit; k++) {
    const line = lines[k]!;
    if (line.blank || kinds[k] !== 'agent') continue;
    last = k;
    if (!lines[k - 1]!.blank) {
      signed ||= isSendersName(line.head, sender) || isMobileSignature(line.head);
      continue;
    }
    if (historyHeaderAt(lines, kinds, k) !== null) return null;
    if (isGreetingLine(line.head, line.contentEnd - line.contentStart)) return k;
    if (isBreakRule(line.head)) return nextContent(lines, k + 1);
    if (signed && !isMobileSignature(line.head)) return k;
    // The sender's phone signs the quoted message too ("Sent from my iPhone").
    signed ||= isSendersName(line.head, sender) || isMobileSignature(line.head);
    paragraphs.push(k);
  }
  // No cue: a reply signed at the end by someone else ("Waste Services" under a message from Pauline Green).
  if (limit < lines.length || paragraphs.length < 2) return null;
  const tail = lines[last]!;
  return isNameLike(tail.head) && !hasContact(tail.head) && !isSendersName(tail.head, sender) && !signed ? paragraphs[0]! : null;
}

/** Session 35: the name on a header's "From:" line, with or without the address ("From: Lucy Hart", "From: "Hart, Lucy" <…>"). */
function headerSender(lines: Line[], start: number, first: number): string | null {
  for (let j = start; j < first; j++) {
    const head = lines[j]!.head;
    if (lines[j]!.blank || !isHeaderFrom(head)) continue;
    const value = head.slice(head.indexOf(':') + 1).replace(/<[^>]{0,100}>|\[[^\]]{0,100}\]|\([^)]{0,100}\)|["“”]/g, ' ').trim();
    if (!/@/.test(value) && isNameLike(value)) return value.toLowerCase();
  }
  return null;
}

/** Session 35: a greeting alone on its line that names `sender` (their first name, family name, or both). */
function greetsSender(line: Line, sender: string | null): boolean {
  if (sender === null || !isGreetingLine(line.head, line.contentEnd - line.contentStart)) return false;
  const names = new Set(sender.split(/[\s,]+/).filter((w) => w.length >= 2));
  return line.head.split(/[^\p{L}\p{M}'’-]+/u).some((word) => names.has(word.toLowerCase()));
}

/** A line that is only the quoted message's sender signing it: their full name or first name ("Leah", "Tomasz Nowak"). */
function isSendersName(head: string, sender: string | null): boolean {
  if (sender === null) return false;
  let end = head.length;
  while (end > 0 && /[\s.,!]/.test(head[end - 1]!)) end--;
  // "Regards, Pauline Ward": the sender's valediction and name on one line.
  const comma = head.lastIndexOf(', ', end);
  const name = head.slice(comma !== -1 && isSignOffLine(head.slice(0, comma)) ? comma + 2 : 0, end).toLowerCase();
  return name === sender || name === sender.split(' ')[0];
}

/** How many lines of a pasted chat without clocks are read from one start. */
const MAX_TURN_LINES = 50;
/** A pasted chat without clocks needs this many lines in a row. */
const MIN_TURN_LINES = 3;

/**
 * A chat pasted without clocks ("Visitor: I want a refund⏎Agent: I can log a return⏎Visitor: ok"): three or more
 * lines in a row, each a speaker's label and their words, where speakers take turns (two or more of them, one speaking
 * again). A form's fields ("Order: 4471⏎Status: Shipped⏎Carrier: DPD") name each label once. Returns the last line.
 */
function speakerTurnsEnd(lines: Line[], kinds: LineKind[], i: number): number | null {
  const speakers = new Map<string, number>();
  let last = -1;
  let turns = 0;
  // One turn a line, with no blank line between turns or one blank line between each ("Akosua: hi⏎⏎Daniel: Happy to help!").
  const spaced = i + 2 < lines.length && lines[i + 1]!.blank && !lines[i + 2]!.blank;
  for (let j = i; j < lines.length && j < i + MAX_TURN_LINES; j += spaced ? 2 : 1) {
    if (lines[j]!.blank || kinds[j] !== 'agent') break;
    const speaker = speakerLabel(lines[j]!.head);
    // Spaced turns are one line each: a line under it that is not blank is no turn of this chat.
    if (speaker === null || (spaced && j + 1 < lines.length && !lines[j + 1]!.blank)) break;
    speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
    last = j;
    turns++;
  }
  if (turns < MIN_TURN_LINES || speakers.size < 2) return null;
  return [...speakers.values()].some((n) => n >= 2) || spokenByRoles(lines, i, last, spaced, speakers) ? last : null;
}

/**
 * Session 41: the app writes its notices between turns ("Tomasz joined the conversation", "You're now chatting with
 * Priya"), so the labelled turns glued over one, at the top of a chat with more words under the notices, are earlier
 * turns, whoever wrote them (a bot's "Zowie: Transferring you to an agent…"); the agent's draft starts under the notice.
 * A turn is a speaker's label and their words; one of them at least a sentence of MIN_TURN_WORDS words or more (a field's
 * "Order: 4471" is none). Returns the last turn's line, or null.
 */
function labelledTurnsOverNotice(lines: Line[], kinds: LineKind[], i: number): number | null {
  let j = i;
  // A short reply ("Jo: yes") is a turn too between longer ones; one turn at least is a sentence.
  const said = (head: string) => head.slice(head.indexOf(': ') + 2).split(/\s+/).length;
  let sentence = false;
  while (j < lines.length && j < i + MAX_TURN_LINES && !lines[j]!.blank && kinds[j] === 'agent' && speakerLabel(lines[j]!.head) !== null) {
    sentence ||= said(lines[j]!.head) >= MIN_TURN_WORDS;
    j++;
  }
  if (!sentence || j >= lines.length || lines[j]!.blank || !isChatNotice(lines[j]!.head)) return null;
  let k = j;
  while (k < lines.length && k < j + MAX_TURN_LINES && !lines[k]!.blank && isChatNotice(lines[k]!.head)) k++;
  return nextContent(lines, k) !== null ? j - 1 : null;
}

/** Session 41: line `i` stands glued under the app's notices, which are all that stands above it. */
function onlyNoticesAbove(lines: Line[], kinds: LineKind[], first: number | null, i: number): boolean {
  if (first === null || i <= first || lines[i - 1]!.blank || kinds[i - 1] !== 'footer') return false;
  // A letter's reference fields are footer too, but no chat's notice: a field under them is the letter's.
  for (let j = first; j < i; j++) if (!lines[j]!.blank && (kinds[j] !== 'footer' || !isChatNotice(lines[j]!.head))) return false;
  return true;
}

/** The roles a chat log names its speakers by ("You:", "Support Bot:", "Adviser (Kate):"). */
const CHAT_ROLE = /^(?:you|me|customer|client|visitor|guest|caller|agent|bot|adviser|advisor|support|operator|rep|representative|assistant|virtual|live)\b/;
/** A log's own labels, never a glossary's: "You", "Me", a bot, or a role with the person's name ("Adviser (Kate)"). */
const CHAT_SELF_OR_BOT = /^(?:you|me)$|\b(?:bot|chatbot|assistant)\b|\([\p{L} .'’-]{2,20}\)$/u;
/** The fewest words a turn's message has in a chat log whose speakers each speak once: sentences, not a form's values. */
const MIN_TURN_WORDS = 4;

/**
 * Session 28: a chat log whose speakers each speak once ("You: when will my claim be paid⏎Support Bot: I can help with
 * that.⏎Adviser (Kate): Your claim will be reviewed this week."): two of its speakers or more named by their role, and
 * every turn a sentence of four words or more, one speaker the log's own ("You", a bot, a role with a name). A form's
 * fields ("Note: …⏎Tip: …") name no role, or one; a glossary ("Customer: the account holder…⏎Agent: …") has no such label.
 */
function spokenByRoles(lines: Line[], first: number, last: number, spaced: boolean, speakers: Map<string, number>): boolean {
  const labels = [...speakers.keys()];
  if (labels.filter((s) => CHAT_ROLE.test(s)).length < 2 || !labels.some((s) => CHAT_SELF_OR_BOT.test(s))) return false;
  for (let j = first; j <= last; j += spaced ? 2 : 1) {
    const head = lines[j]!.head;
    if (head.slice(head.indexOf(': ') + 2).split(/\s+/).length < MIN_TURN_WORDS) return false;
  }
  return true;
}

/** How many words a chat export's heading has ("WhatsApp · Acme Support"). */
const MAX_HEADING_WORDS = 6;

/** A short line with no sentence's end that holds the label of one of the turns from `first` to `last`. */
function namesASpeaker(head: string, lines: Line[], first: number, last: number): boolean {
  if (/[.!?:,]$/.test(head) || head.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  const lower = head.toLowerCase();
  for (let j = first; j <= last; j++) {
    const label = lines[j]!.blank ? null : speakerLabel(lines[j]!.head);
    if (label !== null && label.length >= 3 && lower.includes(label) && lower !== label) return true;
  }
  return false;
}

function speakerTurnsAt(lines: Line[], kinds: LineKind[], from: number): boolean {
  const next = nextContent(lines, from);
  return next !== null && speakerTurnsEnd(lines, kinds, next) !== null;
}

/** If line i opens quoted history, the line where that history starts (Outlook's rule just above counts). */
function historyHeaderAt(lines: Line[], kinds: LineKind[], i: number): number | null {
  const head = lines[i]!.head;
  const withRuleAbove = () => {
    const above = previousContent(lines, i);
    return above !== null && kinds[above] === 'agent' && (isOutlookRule(lines[above]!.head) || isSignatureDelimiter(lines[above]!.head)) ? above : i;
  };
  if (isMessageSeparator(head) || isSentFollowingMessage(head)) return i;
  // "Inizio messaggio inoltrato:" over the forwarded message's header, in any of the mail clients' languages.
  if (isForwardTitle(head)) {
    const header = nextContent(lines, i + 1);
    if (header !== null && (isHeaderBlock(lines, header) || (isHeaderFrom(lines[header]!.head) && hasHeaderFieldsBelow(lines, header)) || isFieldRunWithFrom(lines, header))) return i;
  }
  // A framed line in any words over a header block ("----- Wiadomość oryginalna -----" over "Od: …").
  const below = framedWords(head) === null ? null : nextContent(lines, i + 1);
  if (below !== null && isHeaderBlock(lines, below)) return i;
  if (isHeaderFrom(head) && (hasHeaderFieldsBelow(lines, i) || isOneLineHeader(head))) return withRuleAbove();
  if (headerField(head) !== null && isFieldRunWithFrom(lines, i)) return withRuleAbove();
  if (isHeaderBlock(lines, i)) return withRuleAbove();
  if (attributionEndAt(lines, kinds, i) !== null) return withRuleAbove();
  // "Ana Costa wrote on 05/03/2025 09:12:" names the sender and the date: history, with or without ">" under it.
  if (isWroteOnAttribution(head, lines[i]!.contentEnd - lines[i]!.contentStart)) return withRuleAbove();
  // Session 26: "Quoting Sam Lee <sam@…>:", "Sam Lee <sam@…> wrote:": a bracketed address and no date, ">" or not.
  if (isAddressedAttribution(head, lines[i]!.tail, lines[i]!.contentEnd - lines[i]!.contentStart)) return withRuleAbove();
  // A helpdesk's thread pasted under the reply ("Jane Smith (Bazaarly Support)⏎⏎Mar 4, 2025, 10:02 GMT⏎⏎Hi Jade, …"): a
  // name, then a line that is only a date and a time, then the earlier message.
  // Session 26: the same thread header on one line, the address between the name and the date ("Sam Lee
  // (sam@example.com) · Dec 2, 2026, 10:14").
  const bracket = head.length <= 120 && hasBracketedAddress(head) ? /^([^<([]{2,60}?) ?[<([][^\s<>()[\]]{1,80}[>)\]] ?[·|,–—-]? ?/u.exec(head) : null;
  if (bracket && isNameLike(bracket[1]!) && isDateTimeLine(head.slice(bracket[0].length)) && nextContent(lines, i + 1) !== null) return withRuleAbove();
  // Session 34: the thread header with no address, the name and the date cut by a dot or a bar ("Mariam Yusuf · Dec 2, 9:15
  // PM", as Help Scout and Front head each earlier message), with the message under it.
  // A person's full name heads it, and nothing of the agent's introduces it: "You're booked in:⏎Jess Taylor · Sat 6 Dec,
  // 10:30 AM" and "Collection | Mon 8 Dec, 9:00" are the agent's own lines.
  const headed = (name: string) => PERSON_FULL_NAME.test(name) && isNameLike(name) && !introducedAbove(lines, i);
  const dotted = head.length <= 100 && !bracket ? /^([^·|\n]{2,60}?) [·|] /u.exec(head) : null;
  if (dotted && headed(dotted[1]!) && isThreadDateLine(head.slice(dotted[0].length)) && nextContent(lines, i + 1) !== null) return withRuleAbove();
  // Session 34: the same header as a turn's label on a line of its own, the name, a comma, the date and time, a colon
  // ("Jamal Reid, Dec 3, 10:02 AM:"): a date as well as a clock, so an itinerary's "Pick-up, 9:00 AM:" is none.
  const labelled = head.length <= 100 && head.endsWith(':') ? /^([^,:\n]{2,60}), ([^:\n]{6,40}?:?[^:\n]{0,20})\s?:$/u.exec(head) : null;
  if (labelled && headed(labelled[1]!) && isThreadDateLine(labelled[2]!) && nextContent(lines, i + 1) !== null) return withRuleAbove();
  // Session 33: Notes puts the date on the line under the name and address ("Chidi Okafor <c.okafor@…>⏎05/03/2025 09:12"), glued
  // to the agent's signed name or not.
  if (bracket && isNameLike(bracket[1]!) && head.slice(bracket[0].length).trim() === '') {
    const dated = nextContentWithin(lines, i + 1, 1);
    if (dated !== null && isDateTimeLine(lines[dated]!.head) && nextContent(lines, dated + 1) !== null) return withRuleAbove();
  }
  if (isNameLike(head) && !/[.!?:,]$/.test(head)) {
    const dated = nextContentWithin(lines, i + 1, 1);
    if (dated !== null && isDateTimeLine(lines[dated]!.head) && nextContent(lines, dated + 1) !== null) return withRuleAbove();
  }
  return null;
}

function hasHeaderFieldsBelow(lines: Line[], from: number): boolean {
  const fields = new Set<string>();
  let seen = 0;
  for (let j = from + 1; j < lines.length && seen < HEADER_LOOKAHEAD; j++) {
    if (lines[j]!.blank) continue;
    seen++;
    const field = headerField(lines[j]!.head);
    if (!field) break;
    fields.add(field);
  }
  return fields.size >= 2 || [...fields].some((f) => f !== 'to' && f !== 'cc' && f !== 'an' && f !== 'à' && f !== 'para');
}

/**
 * Header fields in another order, "From:" not first ("Sent: …⏎From: ana@…⏎To: …⏎Subject: …", as some web mail
 * quotes): three or more fields in a row, one of them "From:" with an address, one a date.
 */
function isFieldRunWithFrom(lines: Line[], i: number): boolean {
  let fields = 0;
  let from = false;
  let dated = false;
  let sentFirst = false;
  let subject = false;
  for (let j = i; j < lines.length && j < i + HEADER_LOOKAHEAD + 1; j++) {
    const head = lines[j]!.head;
    if (lines[j]!.blank) break;
    const field = headerField(head);
    if (isHeaderFrom(head)) from ||= hasAddress(head);
    else if (field === null) break;
    else dated ||= hasDateOrTime(head);
    if (fields === 0) sentFirst = field === 'sent' || field === 'date';
    subject ||= field === 'subject';
    fields++;
  }
  // "Sent: …⏎To: …⏎Subject: …" with the "From:" line lost in the paste: a dated "Sent:" first and a subject.
  return fields >= 3 && dated && (from || (sentFirst && subject));
}

/** The last line of the run of header fields from line i ("From: …⏎Sent: …⏎To: …⏎Subject: …"). */
function fieldRunEnd(lines: Line[], i: number): number {
  let j = i;
  // Rich editors put blank lines between the fields as between every block.
  for (let next = nextContentWithin(lines, j + 1, 3); next !== null && next <= i + 4 * HEADER_LOOKAHEAD && isAnyHeaderField(lines[next]!.head); next = nextContentWithin(lines, j + 1, 3)) j = next;
  return j;
}

/** From `from`: ">" lines, then a paragraph of unmarked lines, then ">" lines again: answers typed between quoted questions. */
function answersBetweenQuotes(lines: Line[], kinds: LineKind[], from: number): boolean {
  const marked = (j: number) => kinds[j] === 'quote' || (kinds[j] === 'agent' && isQuoteMarked(lines[j]!.head));
  let j = nextContent(lines, from);
  if (j === null || !marked(j)) return false;
  while (j !== null && marked(j)) j = nextContent(lines, j + 1);
  if (j === null) return false;
  while (j !== null && !marked(j)) j = nextContent(lines, j + 1);
  return j !== null;
}

/** How many header fields under a "From:" line in any language make it a header block (Outlook: sent, to, subject). */
const MIN_FOREIGN_FIELDS = 3;

/**
 * A mail header in any language, by its shape: a "Label: … <address>" line, then at least two more "Label: value"
 * lines straight under it, one of them a date or time ("Från: Erik <erik@…>⏎Skickat: den 5 mars 2025 08:02⏎Till: …").
 */
function isHeaderBlock(lines: Line[], i: number): boolean {
  const first = lines[i]!;
  if (!isAnyHeaderField(first.head) || !hasAddress(first.head)) return false;
  let fields = 0;
  let dated = false;
  for (let j = i + 1; j < lines.length && j <= i + HEADER_LOOKAHEAD; j++) {
    const line = lines[j]!;
    if (line.blank || !isAnyHeaderField(line.head)) break;
    fields++;
    // The date is the field under "From:" (Outlook's "Sent:") or the one after it.
    if (fields <= 2) dated ||= hasDateOrTime(line.head);
  }
  return fields >= MIN_FOREIGN_FIELDS && dated;
}

/** The last line of an attribution starting at line i ("On Mon… <help@\nacme.com> wrote:" may wrap), or null. */
function attributionEndAt(lines: Line[], kinds: LineKind[], i: number): number | null {
  const line = lines[i]!;
  if (isShortAttribution(line.head, line.contentEnd - line.contentStart) && nextContentIsQuoteMarked(lines, kinds, i + 1)) return i;
  if (!startsAttribution(line.head)) return null;
  let j = i;
  for (let step = 0; step < 3 && j < lines.length; step++) {
    if (endsAttribution(lines[j]!.tail, lines[j]!.head)) return j;
    const next = nextContent(lines, j + 1);
    if (next === null || kinds[next] !== 'agent') return null;
    // Session 34: a mail client wraps its attribution mid-line, never after a sentence's end and a blank line: the agent's
    // paragraph that opens with the same word ("Il tuo ordine è stato spedito lunedì.", "El pedido salió ayer.") is no
    // attribution's first half.
    if (next > j + 1 && /[.!?]$/.test(lines[j]!.tail)) return null;
    j = next;
  }
  return null;
}

function nextContentIsQuoteMarked(lines: Line[], kinds: LineKind[], from: number): boolean {
  const next = nextContent(lines, from);
  return next !== null && (kinds[next] === 'quote' || (kinds[next] === 'agent' && isQuoteMarked(lines[next]!.head)));
}

/** The first line from `from` that is not a chat app's notice (blank lines are passed too). */
function pastChatNotices(lines: Line[], from: number): number {
  let j = from;
  while (j < lines.length && (lines[j]!.blank || isChatNotice(lines[j]!.head))) j++;
  return j;
}

/** How many fields in a row make an order's, a booking's or a ticket's field block. */
const MIN_FIELD_LINES = 3;
/** How many, when one of them names the record ("Order: 77120", "Tracking number: 1Z999…"). */
const MIN_RECORD_LINES = 2;

/**
 * An order, a booking or a ticket printed as fields ("Order: #48213⏎Placed: 2 March 2025⏎Status: Dispatched", "Reservation
 * | KX-88120⏎Pick-up | Faro Airport…"): three or more field lines in a row, set apart from the agent's sentences, that
 * nothing before read as a signature. Values, not sentences: read past like code.
 */
function markFieldBlocks(lines: Line[], kinds: LineKind[], withAgentBelow: boolean): void {
  const lastAgent = kinds.lastIndexOf('agent');
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    let fields = 0;
    // Session 25: one blank line may stand between two fields (a rich editor's blank line between every block).
    while (j < lines.length && kinds[j] === 'agent' && isFieldLine(lines[j]!.head)) {
      fields++;
      j++;
      if (j + 1 < lines.length && lines[j]!.blank && kinds[j + 1] === 'agent' && isFieldLine(lines[j + 1]!.head)) j++;
    }
    // Introduced by the agent's own line right above ("Here is what I changed:⏎Date: Friday…"), the fields are theirs.
    const introduced = i > 0 && !lines[i - 1]!.blank && kinds[i - 1] === 'agent' && /:$/.test(lines[i - 1]!.tail);
    if (withAgentBelow && lastAgent < j) return;
    // Bulleted fields are a macro's when they carry a number ("• Ticket: #77410"); "- Invoices: Maria Lopez, Billing" is the
    // agent's list of who to ask.
    const block = lines.slice(i, j).filter((l) => !l.blank);
    const bulleted = block.some((l) => listMarkerLength(l.head) > 0);
    const numbered = block.some((l) => /[\d#]/.test(l.head.slice(listMarkerLength(l.head))));
    // Session 25: a record pasted as fields, one of them saying which record it is ("Order: 77120⏎Status: Processing",
    // "Tracking number: 1Z999…⏎Carrier: UPS"): the agent's, but values, not tone. Read past from two lines, introduced or not
    // ("Here are the details:⏎Order: #5521⏎Status: Shipped"), so a status field is never coached as a status line.
    const record = block.some((l) => isRecordIdField(l.head));
    if (fields >= (record ? MIN_RECORD_LINES : MIN_FIELD_LINES) && (!introduced || record) && (!bulleted || numbered)) {
      for (let k = i; k < j; k++) if (!lines[k]!.blank) kinds[k] = 'code';
      // Session 27: the macro's heading right over the record ("Order summary", "Case details:") is the record's.
      // A rich editor's blank line may stand between them.
      const above = i > 0 && lines[i - 1]!.blank ? i - 2 : i - 1;
      if (above >= 0 && !lines[above]!.blank && kinds[above] === 'agent' && isRecordHeading(lines[above]!.head)) kinds[above] = 'code';
    }
    i = j;
  }
}

/** A person's full name: two to four capitalised words ("Mariam Yusuf", "Jamal O'Neil Reid"), not a booking's label. */
const PERSON_FULL_NAME = /^\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}$/u;

/** The nearest line above with text ends in a colon: the agent's own sentence introduces what follows. */
function introducedAbove(lines: Line[], i: number): boolean {
  const above = previousContent(lines, i);
  return above !== null && /:$/.test(lines[above]!.tail) && !isTranscriptHeading(lines[above]!.head);
}

function nextContent(lines: Line[], from: number): number | null {
  for (let j = from; j < lines.length; j++) if (!lines[j]!.blank) return j;
  return null;
}

function previousContent(lines: Line[], before: number): number | null {
  for (let j = before - 1; j >= 0; j--) if (!lines[j]!.blank) return j;
  return null;
}

// ---- Footer, signature and sign-off -----------------------------------------------------------------

/** The longest legal paragraph a macro pastes mid-reply, in lines. */
const MAX_PASTED_LEGAL_LINES = 8;

/**
 * Session 24: a legal paragraph a macro pasted between the agent's paragraphs ("IMPORTANT: Calls may be recorded … is
 * registered in England and Wales … authorised and regulated by Ofgem.", "Aviso legal: … confidenciales … destinatario."):
 * a paragraph of its own with the agent's text above and below it, holding two footer phrases or more and never speaking
 * as "I", each of its lines holding one. Only the paragraph is footer: the reply goes on under it, sign-off and all. One phrase is not enough ("Your
 * account is registered in England, so…" is the agent's).
 */
function markPastedLegal(lines: Line[], kinds: LineKind[], end: number): void {
  let agentAbove = false;
  for (let i = 0; i < end; ) {
    if (kinds[i] !== 'agent') {
      i++;
      continue;
    }
    let j = i;
    while (j < end && kinds[j] === 'agent') j++;
    const opens = i > 0 && lines[i - 1]!.blank;
    const closes = j < end && lines[j]!.blank;
    // The agent's text goes on under it: a sentence or a sign-off, not a phone's line or a signature's delimiter.
    let below = false;
    for (let k = j; closes && !below && k < end; k++) below = kinds[k] === 'agent' && (/[.!?,]$/.test(lines[k]!.tail) || isSignOffLine(lines[k]!.head));
    if (agentAbove && opens && below && j - i <= MAX_PASTED_LEGAL_LINES && isLegalParagraph(lines.slice(i, j))) {
      for (let k = i; k < j; k++) kinds[k] = 'footer';
    } else agentAbove = true;
    i = j;
  }
}

function isLegalParagraph(paragraph: Line[]): boolean {
  if (paragraph.some((l) => /\bI(?:['’](?:m|ve|ll|d))?\b/.test(l.head) || /\bI(?:['’](?:m|ve|ll|d))?\b/.test(l.tail))) return false;
  // Every line of it legal (a name or a valediction in it makes it a signature block), two phrases or more in all.
  let phrases = 0;
  for (const l of paragraph) {
    const n = footerPhraseCount(l.head) + (l.contentEnd - l.contentStart > l.head.length ? footerPhraseCount(l.tail) : 0);
    if (n === 0) return false;
    phrases += n;
  }
  return phrases >= 2;
}

/**
 * A legal or system footer runs from its opening phrase to the quoted history (or the end). A footer phrase
 * inside a line ("Acme Bank plc is authorised and regulated by…") counts only on the last lines of the reply.
 */
function markFooter(lines: Line[], kinds: LineKind[], end: number): number {
  const agent: number[] = [];
  for (let i = 0; i < end; i++) if (kinds[i] === 'agent') agent.push(i);
  // A footer sits under the agent's body: the line right under a greeting is the body itself ("Hi there,⏎⏎This ticket will
  // be closed in 48 hours…" is all the agent wrote), never a system's line under it.
  const first = agent[0] === undefined ? undefined : lines[agent[0]]!;
  const bodyStart = first !== undefined && isGreetingLine(first.head, first.contentEnd - first.contentStart) ? 2 : 1;
  for (let k = bodyStart; k < agent.length; k++) {
    const i = agent[k]!;
    const head = lines[i]!.head;
    // Session 25: a helpdesk's feedback request among the last lines ("How did we do? Rate us", "Was this helpful?" over its
    // "Yes · No"), whose buttons are no signed name.
    const next = agent[k + 1] === undefined ? undefined : lines[agent[k + 1]!]!.head;
    const trailing = agent.length - k <= TRAILING_FOOTER_LINES && (hasFooterPhrase(head) || readsAsOtherLanguage(head) || isFeedbackRequest(head, next) || isScaleSurvey(head) || isServiceNotice(head));
    // Session 30: a helpdesk's suggested articles under the reply, from their heading (with no "I" under it), and a template's
    // promotion among the last lines.
    const footer = isFooterStart(head) || trailing || (agent.length - k <= TRAILING_FOOTER_LINES && isPromotionLine(head)) || (isArticlesHeading(head) && articlesUnder(lines, agent.slice(k + 1)));
    // A footer comes last: "Do not reply to this email." above the agent's sign-off is the agent's own (cold) line.
    if (footer && !agent.slice(k + 1).some((j) => (isSignOffLine(lines[j]!.head) || isSignedName(lines[j]!.head)) && !isFeedbackChoices(lines[j]!.head))) {
      // A P.S. typed under the footer is the agent's again: no system writes one.
      for (let j = i; j < end && !(j > i && kinds[j] === 'agent' && isPostscript(lines[j]!.head)); j++) if (kinds[j] === 'agent') kinds[j] = 'footer';
      // Session 33: the ticket's own field glued right over the helpdesk's footer ("Ticket: #48213⏎View your ticket: https://…"),
      // printed with it; one line, never the reply's first.
      const above = i - 1;
      if (k >= 2 && above === agent[k - 1] && (isRecordIdField(lines[above]!.head) || isLetterReference(lines[above]!.head))) {
        kinds[above] = 'footer';
        return above;
      }
      return i;
    }
  }
  return end;
}

/** The source under a quotation, alone on its line: "— The Bhagavad Gita", "- Maya Angelou", "– Proverbs 3:5". */
const QUOTE_SOURCE = /^[—–-]{1,2} ?\p{Lu}[\p{L}\p{M}.'’ ]{1,50}?(?:,? \d{1,3}(?::\d{1,3})?)?$/u;
/** How many words a quotation over its source may have. */
const MAX_ATTRIBUTED_QUOTE_WORDS = 40;

/**
 * Session 30: a quotation with its source on the line under it at the very end of the reply ("“Yoga is the journey of the
 * self…”⏎— The Bhagavad Gita"), a signature's motto: both lines are the signature's, and the source is no dashed sign-off.
 * Only a line wholly in quotation marks right above it: "— Kate" under the agent's sentence still signs.
 */
function markAttributedQuote(lines: Line[], kinds: LineKind[], end: number): void {
  const source = previousAgent(kinds, end);
  if (source === null || source === 0 || !QUOTE_SOURCE.test(lines[source]!.head) || lines[source]!.head.split(/\s+/).length > 7) return;
  const quote = source - 1;
  if (kinds[quote] !== 'agent' || previousAgent(kinds, quote) === null) return;
  const head = lines[quote]!.head;
  if (!isQuotationLine(head) && !isWhollyQuoted(head.replace(/^[*_]{1,2}|[*_]{1,2}$/g, ''))) return;
  if (head.split(/\s+/).length > MAX_ATTRIBUTED_QUOTE_WORDS) return;
  kinds[quote] = 'signature';
  kinds[source] = 'signature';
}

/**
 * Session 30: a closing wish right over the signed name alone ("Enjoy your new bike!⏎Priya"), a paragraph of its own, signs
 * off with it: an inserted closing would otherwise land between them.
 */
function markWishOverName(lines: Line[], kinds: LineKind[]): void {
  const name = kinds.indexOf('sign-off');
  if (name < 2 || kinds.lastIndexOf('sign-off') !== name) return;
  // A rich editor's blank line may stand between them.
  const wish = kinds[name - 1] === 'agent' ? name - 1 : lines[name - 1]!.blank && kinds[name - 2] === 'agent' ? name - 2 : null;
  if (wish === null || wish < 1 || !lines[wish - 1]!.blank) return;
  if (isClosingWish(lines[wish]!.head) && isNameUnder(lines[name]!.head)) kinds[wish] = 'sign-off';
}

/** How many fields a web form's submission may run to under its heading. */
const MAX_FORM_FIELDS = 20;

/** How many lines a helpdesk's block of suggested articles may run to under its heading. */
const MAX_ARTICLE_LINES = 8;
/** The lines under an articles heading: one or more, few, and none of them the agent speaking as "I" (an article's title may ask "Can I…?"). */
const articlesUnder = (lines: Line[], under: readonly number[]) =>
  under.length >= 1 && under.length <= MAX_ARTICLE_LINES && !under.some((j) => /\bI\b|\bI['’]/.test(lines[j]!.head) && !lines[j]!.head.includes('?'));

/** How much of the end of a line a trailing footer is looked for in. */
const TRAILING_FOOTER_WINDOW = 200;

/**
 * A text message's compliance line at the end of the agent's last line ("…See you then! Reply STOP to opt out.
 * Msg&data rates may apply."): the messaging system's words, read past like a footer on a line of its own.
 */
function trailingFooterOn(text: string, lines: Line[], kinds: LineKind[], end: number): InlineSignOff | null {
  const last = previousAgent(kinds, end);
  if (last === null) return null;
  const line = lines[last]!;
  const tail = text.slice(Math.max(line.contentStart, line.contentEnd - TRAILING_FOOTER_WINDOW), line.contentEnd);
  const length = trailingComplianceLength(tail) || trailingAppTagLength(tail);
  return length > 0 && length < line.contentEnd - line.contentStart ? { line: last, trailing: length } : null;
}

interface InlineSignOff {
  line: number;
  /** Length of a tag at the end of the line ("^JR", "1/2"). */
  trailing: number;
}

/**
 * Finds the sign-off and the signature above the footer: a "-- " delimiter, a valediction with name/title/contact
 * lines under it, a bare signature block, or an inline tag ("^JR", "1/2") at the end of the last line.
 */
function markSignOffAndSignature(lines: Line[], kinds: LineKind[], end: number): InlineSignOff | null {
  const agentLines: number[] = [];
  for (let i = 0; i < end; i++) if (kinds[i] === 'agent') agentLines.push(i);
  if (agentLines.length === 0) return null;
  const firstAgent = agentLines[0]!;
  // ">" lines of an interleaved reply may follow the last line the agent wrote.
  end = agentLines[agentLines.length - 1]! + 1;
  if (onlyTheSignature(lines, kinds, agentLines)) return null;

  // A "-- " delimiter (or a phone's "Sent from my iPhone") starts the signature. So does a phone's apology ("Please
  // excuse brevity", "Sent on the go") on the agent's last line, or just above the phone's line: anywhere else it may be
  // the agent's own ("Sorry for the short reply." opening a reply).
  let tailEnd = end;
  const lastAgent = agentLines[agentLines.length - 1]!;
  for (const [n, i] of agentLines.entries()) {
    if (i === firstAgent) continue;
    const head = lines[i]!.head;
    const next = agentLines[n + 1];
    const phoneApology = isMobileApology(head) && (i === lastAgent || (next !== undefined && isMobileSignature(lines[next]!.head)));
    // Session 28: a rule with a greeting under it sets apart the agent's own second letter (the reply again in the
    // customer's language, "---⏎⏎Hola Ana:⏎⏎¡Sí, claro! …⏎⏎Un saludo,⏎Luis"): no signature opens with a greeting.
    const greetsBelow = next !== undefined && isGreetingLine(lines[next]!.head, lines[next]!.contentEnd - lines[next]!.contentStart);
    if ((isSignatureDelimiter(head) && !greetsBelow) || isMobileSignature(head) || phoneApology || (isLongRule(head) && signatureBelow(lines, kinds, i + 1, end))) {
      for (let j = i; j < end; j++) if (kinds[j] === 'agent') kinds[j] = 'signature';
      // Session 24: an app's line between the signed name and the phone's line ("Customer Success Team⏎Was this reply
      // helpful? 👍 Yes 👎 No⏎⏎Sent from my iPhone") is skipped already: the sign-off is looked for above it.
      tailEnd = aboveSkippedRun(lines, kinds, i);
      break;
    }
  }

  // "P.S." below the sign-off stays the agent's text; look for the sign-off above it first.
  let ps = agentLines.filter((i) => i < tailEnd && i !== firstAgent && isPostscript(lines[i]!.head)).pop();
  // Fifteenth look: "P.S. …⏎P.P.S. …": the first of the postscripts in a row is where the agent's text goes on.
  for (let k = 0, above = ps === undefined ? null : previousAgent(kinds, ps); k < MAX_POSTSCRIPTS && above !== null && above !== firstAgent && isPostscript(lines[above]!.head); k++, above = previousAgent(kinds, above)) ps = above;
  // With a footer between the sign-off and the P.S., the sign-off is looked for above the footer.
  const signedEnd = ps === undefined ? tailEnd : aboveSkippedRun(lines, kinds, ps);
  // A signature block can also stand under the P.S. (a helpdesk appends it after everything the agent typed).
  const signatureUnderPostscript = () => {
    if (ps === undefined || !signOffAbove(lines, kinds, tailEnd, ps)) return;
    // Fifteenth look: the reply signed off above its P.S., so the name on top of the block under it ("Leah Brooks⏎Customer
    // Happiness | Kiln & Co.") is the appended signature's, not a second sign-off.
    for (let j = ps + 1; j < tailEnd; j++) if (kinds[j] === 'sign-off' && !isSignOffLine(lines[j]!.head)) kinds[j] = 'signature';
  };
  if (signedOffAbove(lines, kinds, signedEnd, firstAgent)) {
    signatureUnderPostscript();
    return null;
  }
  if (ps !== undefined && signOffAbove(lines, kinds, ps, firstAgent)) {
    signatureUnderPostscript();
    return null;
  }
  if (signedNameOverTaglines(lines, kinds, tailEnd, firstAgent)) return null;
  if (teamOverTemplateLine(lines, kinds, tailEnd, firstAgent)) return null;
  if (signOffAbove(lines, kinds, tailEnd, firstAgent)) return null;
  if (signatureOverTaglines(lines, kinds, tailEnd, firstAgent)) return null;
  // A last line that ends in a comma ("Happy exporting,") is a valediction, whatever its words.
  const last = previousAgent(kinds, tailEnd);
  if (last !== null && last !== firstAgent && isValedictionShape(lines[last]!.head)) {
    kinds[last] = 'sign-off';
    return null;
  }
  // Session 30: a closing wish with the name alone under it, a paragraph of its own ("Merry Christmas!⏎Freya", "Safe travels
  // and have a lovely day! 🌸⏎Mia").
  if (last !== null && last - 1 > firstAgent && kinds[last - 1] === 'agent' && lines[last - 2]?.blank && isClosingWish(lines[last - 1]!.head) && isNameUnder(lines[last]!.head)) {
    kinds[last - 1] = 'sign-off';
    kinds[last] = 'sign-off';
    return null;
  }
  // Session 25: a social reply's tag on a line of its own under the body ("…#StormForge⏎^JD"), as it signs at a line's end.
  if (last !== null && last !== firstAgent) {
    const line = lines[last]!;
    if (trailingInitialsLength(line.tail) === line.contentEnd - line.contentStart && /^[\^*~/]/.test(line.head)) {
      kinds[last] = 'sign-off';
      return null;
    }
  }

  return inlineTagOn(lines, previousAgent(kinds, tailEnd));
}

/**
 * Session 27: a new reply whose box holds only the signature the mail client or helpdesk put there ("-- ⏎Sam Lee⏎Acme",
 * "Best,⏎Sam Lee⏎Acme Support", "Sam Lee⏎Support Team, Acme Ltd⏎sam@acme.com") has nothing of the agent's yet: its first
 * line had been read as the body (no rule above looks at the first line), so an empty reply was coached and scored.
 * A valediction and a name alone ("Thanks,⏎Ana") stay the reply they may be; a block needs contact or title evidence.
 */
function onlyTheSignature(lines: Line[], kinds: LineKind[], agentLines: readonly number[]): boolean {
  if (agentLines.length < 2) return false;
  const [first, second] = [agentLines[0]!, agentLines[1]!];
  const rest = agentLines.slice(1);
  const head = lines[first]!.head;
  const evidence = (from: readonly number[]) => from.some((i) => isSignatureEvidence(lines[i]!.head));
  // Every line a signature's: short, no sentence's end, a name, a title, a company or contact details.
  const plain = (i: number) => {
    const h = lines[i]!.head;
    return !/[.!?,:;]$/.test(h) && h.split(/\s+/).length <= 8 && (isNameLike(h) || isSignatureEvidence(h) || isSignatureLike(h, lines[i]!.contentEnd - lines[i]!.contentStart));
  };
  const below = (from: number) => agentLines.every((i) => i < from || plain(i)) && signatureBelow(lines, kinds, from, agentLines[agentLines.length - 1]! + 1);
  if (isSignatureDelimiter(head)) {
    for (const i of agentLines) kinds[i] = 'signature';
    return true;
  }
  const name = lines[second]!.head;
  // "Best," or "Kind regards" over a name: not "Thanks!", which may be the whole reply.
  const valediction = isSignOffLine(head) && !/[.!?]$/.test(head) && !signOffCarriesName(head);
  if (valediction && isNameLike(name) && !/[,:]$/.test(name) && !isSignOffLine(name) && agentLines.length > 2 && below(agentLines[2]!) && evidence(agentLines.slice(2))) {
    kinds[first] = 'sign-off';
    kinds[second] = 'sign-off';
    for (const i of agentLines.slice(2)) kinds[i] = 'signature';
    return true;
  }
  if (isNameLike(head) && !/[,:]$/.test(head) && !isSignOffLine(head) && below(second) && evidence(rest)) {
    for (const i of agentLines) kinds[i] = 'signature';
    return true;
  }
  return false;
}

/** How many postscripts in a row ("P.S.", "P.P.S.", "P.P.P.S.") are read back to the first. */
const MAX_POSTSCRIPTS = 3;

/** The first line of the run of blank and skipped lines just above `i` (or `i` when there is none). */
function aboveSkippedRun(lines: Line[], kinds: LineKind[], i: number): number {
  let j = i;
  while (j > 0 && (lines[j - 1]!.blank || kinds[j - 1] === 'footer' || kinds[j - 1] === 'signature')) j--;
  while (j < i && lines[j]!.blank) j++;
  return j;
}

function inlineTagOn(lines: Line[], last: number | null): InlineSignOff | null {
  if (last === null) return null;
  const line = lines[last]!;
  const trailing = trailingInitialsLength(line.tail) || trailingThreadMarkerLength(line.tail);
  return trailing > 0 && trailing < line.contentEnd - line.contentStart ? { line: last, trailing } : null;
}

function previousAgent(kinds: LineKind[], before: number): number | null {
  for (let j = before - 1; j >= 0; j--) if (kinds[j] === 'agent') return j;
  return null;
}

/** How far up from the end a valediction with the agent's name under it is looked for. */
const SIGNED_OFF_WINDOW = 30;

/**
 * A valediction with the agent's name on the next line ("Cheers,⏎Kofi", "Happy exporting,⏎⏎Lena Park") signs
 * the reply off whatever stands below it: a signature, a helpdesk's ticket footer, a rating request, a pasted
 * transcript. Everything from the name to `tailEnd` is read past. A valediction outside the known list counts
 * only when what follows the name also reads as a signature (a title, contact details, a footer).
 */
function signedOffAbove(lines: Line[], kinds: LineKind[], tailEnd: number, firstAgent: number): boolean {
  const candidates: number[] = [];
  for (let i = tailEnd - 1; i > firstAgent && candidates.length < SIGNED_OFF_WINDOW; i--) if (kinds[i] === 'agent') candidates.push(i);
  for (const i of candidates.reverse()) {
    const head = lines[i]!.head;
    const known = isSignOffLine(head) && !isListed(lines, kinds, i);
    if (!known && !isValedictionShape(head)) continue;
    // "Regards / Tom" over "Inkhouse Direct": the name is signed on the valediction's line, the lines under it are signature.
    const under = nextContentWithin(lines, i + 1, 3);
    if (known && signOffCarriesName(head) && under !== null && under < tailEnd && signatureBelow(lines, kinds, under, tailEnd)) {
      kinds[i] = 'sign-off';
      markSignatureAfter(kinds, i, tailEnd);
      return true;
    }
    // Rich editors put a blank line between every block, so a blank line typed between them becomes three.
    let name = nextContentWithin(lines, i + 1, 3);
    // A letter's signature image between the valediction and the typed name ("Yours sincerely,⏎[Signature]⏎J. Whitmore").
    const picture = name !== null && isPicturePlaceholder(lines[name]!.head) ? name : null;
    if (picture !== null) name = nextContentWithin(lines, picture + 1, 1);
    if (name === null || name >= tailEnd || kinds[name] !== 'agent' || !(isNameUnder(lines[name]!.head) || (known && isLoneTeamUnder(lines, kinds, name, tailEnd)))) continue;
    if (picture !== null) kinds[picture] = 'signature';
    if (!known && !signatureBelow(lines, kinds, name + 1, tailEnd)) continue;
    kinds[i] = 'sign-off';
    // "Kind regards,⏎Priya | Billing": a name with a role on its line is signature, like a name with pronouns.
    kinds[name] = isNameWithRole(lines[name]!.head) ? 'signature' : 'sign-off';
    markSignatureAfter(kinds, name, tailEnd);
    return true;
  }
  return false;
}

/**
 * Session 41: a team signed in a language that writes its common nouns in lower case ("Technická podpora RychloNet",
 * "Atención al cliente Marisol"), alone under a valediction with nothing of the agent's under it: the signed name, as
 * "Customer Support" is in English. A capital first and a capitalised name after it, four words or fewer, no sentence's
 * end, digits or contact, and no phone's or footer's line.
 */
function isLoneTeamUnder(lines: Line[], kinds: LineKind[], name: number, tailEnd: number): boolean {
  const head = lines[name]!.head;
  const ws = head.split(' ');
  if (ws.length < 2 || ws.length > 4 || !/^\p{Lu}/u.test(head) || !ws.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (/[.!?:;,]$|\d|@|https?:|www\./u.test(head) || hasContact(head) || isMobileSignature(head) || isSignatureEvidence(head) || isFooterStart(head) || hasFooterPhrase(head)) return false;
  for (let j = name + 1; j < tailEnd; j++) if (!lines[j]!.blank && kinds[j] === 'agent') return false;
  return true;
}

/** The next non-blank line from `from`, with at most `blanks` blank lines before it, or null. */
function nextContentWithin(lines: Line[], from: number, blanks: number): number | null {
  for (let j = from; j < lines.length && j <= from + blanks; j++) if (!lines[j]!.blank) return j;
  return null;
}

/** Every line from `from` to `end` is signature or footer material (or there is none). */
function signatureBelow(lines: Line[], kinds: LineKind[], from: number, end: number): boolean {
  for (let j = from; j < end; j++) {
    if (kinds[j] !== 'agent') continue;
    const head = lines[j]!.head;
    if (!(isSignatureEvidence(head) || isSignatureSentence(head) || opensWithHours(head) || isSignedName(head) || isFooterStart(head) || hasFooterPhrase(head) || isSignatureLike(head, lines[j]!.contentEnd - lines[j]!.contentStart) && !/[.!?]$/.test(head))) return false;
  }
  return true;
}

/**
 * Scans up from `tailEnd` over signature-like lines for a sign-off. Marks sign-off and signature and returns
 * true when it finds one (or a bare signature block with contact details, or a lone name under the body).
 */
function signOffAbove(lines: Line[], kinds: LineKind[], tailEnd: number, firstAgent: number): boolean {
  const under: number[] = [];
  for (let i = tailEnd - 1; i > firstAgent; i--) {
    if (kinds[i] === 'blank') continue;
    if (kinds[i] !== 'agent') break;
    const line = lines[i]!;
    const length = line.contentEnd - line.contentStart;
    if (isSignOffLine(line.head) && !isListed(lines, kinds, i)) {
      kinds[i] = 'sign-off';
      for (const j of under) kinds[j] = 'signature';
      markSignatureAfter(kinds, i, tailEnd);
      // The name signed under "Kind regards," is part of the sign-off ("The Billing Team" is the agent's choice).
      const signed = under[under.length - 1];
      if (signed !== undefined && isSignedName(lines[signed]!.head) && !isNameWithRole(lines[signed]!.head) && !signOffCarriesName(line.head)) kinds[signed] = 'sign-off';
      return true;
    }
    if (under.length >= MAX_SIGNATURE_LINES || !isSignatureLike(line.head, length)) break;
    under.push(i);
  }
  // No valediction: a trailing block is a signature when it carries a name with a title or contact details,
  // or when it is just the agent's name under the last sentence. A pleasantry at its top ("Safe crossing!",
  // "Enjoy."), which is no name and no contact line, is the agent's last sentence.
  while (under.length > 0 && isClosingPleasantry(lines[under[under.length - 1]!]!.head)) under.pop();
  let read = under.length === 0 ? null : readBlock(lines, under);
  if (read === null) return false;
  // Session 23: a reply is never a greeting over a signature. When the block would reach up to the greeting ("Hi Kim,⏎⏎Here's
  // your order:⏎Item | Qty | Price⏎…⏎It ships today.⏎⏎Lee") with no valediction in it, the agent's text runs down to its
  // last sentence, and only the lines under it can be signature.
  const greeting = lines[firstAgent]!;
  const reachesGreeting = isGreetingLine(greeting.head, greeting.contentEnd - greeting.contentStart) && nextContent(lines, firstAgent + 1) === under[under.length - 1];
  if (reachesGreeting && !under.some((j) => isValedictionShape(lines[j]!.head))) {
    const lastSentence = under.findIndex((j) => /[.!?:]$/.test(lines[j]!.tail));
    under.splice(lastSentence === -1 ? 0 : lastSentence);
    read = under.length === 0 ? null : readBlock(lines, under);
    if (read === null) return false;
  }
  const { nameOnly } = read;
  if (gluedWithoutName(lines, kinds, under)) return false;
  // A name alone under the last sentence signs the reply off, like "— Raj"; a block with a title or contact details is a
  // signature. Of two bare names ("Lotte⏎Nordvik Home") the first signs off, as it does with nothing under it.
  for (const j of under) kinds[j] = 'signature';
  const top = under[under.length - 1]!;
  // Sixteenth look: an out-of-office notice pasted over the signed name ("**Out of office**⏎I'm away until…⏎⏎Gridline
  // Support"): the notice is the mail client's, the name alone on its paragraph under it signs the reply.
  const bottom = under[0]!;
  if (under.length >= 2 && opensOutOfOffice(lines[top]!.head) && lines[bottom - 1]!.blank && isSignedName(lines[bottom]!.head)) {
    kinds[bottom] = 'sign-off';
    return true;
  }
  // "…anything else packed. Thanks, Robert⏎Moveright Removals": the name is signed at the end of the last sentence,
  // so the block's top is the company, signature like the rest.
  const above = previousContent(lines, top);
  const signedInline = above !== null && kinds[above] === 'agent' && endsWithNamedSignOff(lines[above]!.tail);
  // Sixteenth look: a person's title over their name ("Customer Happiness Hero 🦸⏎Maya | ShopNest") is the name's title
  // written above it, signature like the name; a team on top ("Customer Care Team") still signs.
  const below = under[under.length - 2];
  const titleOverName = below !== undefined && below === top + 1 && isPersonRole(lines[top]!.head) && startsWithPersonName(lines[below]!.head);
  // Session 34: a business's name over its own hours, links, places or phone and nothing that names a role or team
  // ("FixPoint Mobile Repairs⏎Mon–Sat 9:30–6, Sun closed⏎fixpoint.example") is the shop's letterhead, which the mail
  // client appends: nobody signs it. A department under the name ("Kwik Tread Centres⏎Customer Relations Department")
  // still signs with it. A company's legal name alone ("Peinture Rapide Inc.", "Nordhof GmbH") is its letterhead too.
  const letterhead = namesBusiness(lines[top]!.head) && (below === undefined ? hasLegalForm(lines[top]!.head) : !nameOnly && !hasTitleWord(lines[below]!.head));
  if (!signedInline && !titleOverName && !letterhead && (nameOnly || isSignedName(lines[top]!.head))) kinds[top] = 'sign-off';
  // A valediction at the top of the block ("With best wishes,") is the agent's sign-off, as it is with no block under it,
  // and so is the name signed under it ("Merry Christmas,⏎Holly⏎Hollybush Garden Centre").
  if (isValedictionShape(lines[top]!.head)) {
    kinds[top] = 'sign-off';
    const name = under[under.length - 2];
    if (name !== undefined && name === nextContent(lines, top + 1) && isNameUnder(lines[name]!.head)) kinds[name] = 'sign-off';
  }
  return true;
}

/**
 * A block of lines under the body, bottom line first, read as a signature with no valediction over it: it carries a name
 * with a title or contact details, or it is a name or two alone. Null when it is neither.
 */
function readBlock(lines: Line[], under: readonly number[]): { nameOnly: boolean } | null {
  const block = under.map((i) => lines[i]!);
  const evidence = block.some((l) => isSignatureEvidence(l.head));
  const nameOnly = block.length <= MAX_BARE_NAMES && block.every((l) => isNameLike(l.head) && !isBadgeLine(l.head) && (!/[.!?:]$/.test(l.head) || endsInNameAbbreviation(l.head)));
  const single = block[0]!.head;
  // Session 25: a survey's words the agent goes on from as "I" are the agent's last line, not a signature's rating request.
  if (block.length === 1 && asksAsAgent(single)) return null;
  // Session 33: a company's name with its motto alone under the body ("Acme Energy — Powering happy homes since 1998").
  // Session 34: a business's name on top names who sends the block as contact details do ("Hillside Hospice Shops⏎Furniture
  // collections"), and a company's legal name alone is its letterhead ("Peinture Rapide Inc.").
  const business = namesBusiness(block[block.length - 1]!.head) && block.length >= 2;
  if (!((evidence || business) && (block.length >= 2 || hasContact(single) || isSignatureSentence(single) || isFieldedSignatureLine(single) || isCompanyWithMotto(single) || hasLegalForm(single))) && !nameOnly) return null;
  return { nameOnly };
}

/**
 * Session 23: a block glued to the body's last sentence with no blank line, no valediction and no delimiter above it,
 * naming no one on any line and carrying a plain sentence of the agent's ("…filed on 28 November.⏎Reference: HMRC
 * 4471-220-XQ⏎Keep this for your records", "…after 6 pm.⏎Book on 0161 496 0777"), is the agent's last lines: a signature
 * names who sends it. A logo's alt text, an award with its source or a company's boilerplate stays signature.
 */
function gluedWithoutName(lines: Line[], kinds: LineKind[], under: readonly number[]): boolean {
  const top = under[under.length - 1]!;
  const heads = under.map((i) => lines[i]!.head);
  // A name with its pronouns or its role after a bar or a dot ("Nurse Kim (she/her) · Patient Support") names one too.
  const names = (head: string) =>
    isNameLike(head) || isSignedName(head) || startsWithPersonName(head) || isPersonRole(head) || /\s[|·•]\s|\b(?:she|he|they|ze)\/\p{L}/iu.test(head);
  // Session 24: one line under the agent's sentence that announces it ("Pick the slot that suits you here:⏎https://…",
  // "ring the nurse on the way:⏎01632 960 184", "until 6pm:⏎Mon–Sat 9:00–18:00 at the Church Street branch"; a rich editor
  // may put a blank line between them) is what the sentence gives, the agent's: a signature is never introduced by a
  // colon. A short label ("Follow us:") is no sentence.
  const announcing = previousContent(lines, top);
  // Session 34: so are a business's lines the sentence announces ("You can collect it from our other branch:⏎⏎Harbour Framing
  // Studio⏎Unit 4, Quay Street⏎Mon–Sat 9:00–17:00", "The nearest approved repairer is:⏎Bayside Motors Ltd⏎01632 960 441"):
  // no person is named in them, so nobody signs.
  const announced = under.length === 1 ? !heads.some(names) : heads.every((h) => !names(h) || namesBusiness(h) || hasLegalForm(h));
  if (announcing !== null && kinds[announcing] === 'agent' && introducesNextLine(lines[announcing]!) && announced) return true;
  const above = lines[top - 1];
  if (above === undefined || above.blank || kinds[top - 1] !== 'agent') return false;
  if (!/[.!?]$/.test(above.tail)) return false;
  return !heads.some(names) && heads.some(isPlainSentence);
}

/** A sentence of four words or more ending in a colon: it introduces the line under it ("Call me to pick a time:"). */
const introducesNextLine = (line: Line) => /[\p{L}\p{N})] ?:$/u.test(line.tail) && line.head.split(/\s+/).length >= 4 && !isAnyHeaderField(line.head);

/**
 * A sentence in sentence case: a capitalised first word, then three words or more with no capital ("Keep this for your
 * records", "Book on 0161 496 0777"), or five or more with one ("Fill it in at forms.example/transfer before Friday").
 */
function isPlainSentence(head: string): boolean {
  const ws = head.split(/\s+/);
  if (ws.length < 3 || ws.length > 24 || !/^\p{Lu}\p{Ll}{0,20}$/u.test(ws[0]!)) return false;
  const capitals = ws.slice(1).filter((w) => !/^[\p{Ll}\d]/u.test(w)).length;
  if (capitals > (ws.length >= 6 ? 1 : 0)) return false;
  return !isSignatureSentence(head) && !hasFooterPhrase(head) && !isCompanyBoilerplate(head) && !isMobileSignature(head);
}

/** How many sentences a signature block may carry under its name and title ("We're here to help!", a privacy line). */
const MAX_TAGLINES = 2;

/**
 * A signature block with a company's sentences under it ("Tom Reid⏎Acme Support⏎Need help fast? Chat with us 24/7 in
 * the app."): the sentences are taglines when the lines above them are, on their own, a clear signature: set off by a
 * blank line or the body's last sentence, a name on top, and a company, title or contact details under it.
 */
function signatureOverTaglines(lines: Line[], kinds: LineKind[], tailEnd: number, firstAgent: number): boolean {
  const taglines: number[] = [];
  let i = tailEnd - 1;
  for (; i > firstAgent && taglines.length < MAX_TAGLINES; i--) {
    if (kinds[i] === 'blank') continue;
    if (kinds[i] !== 'agent' || isSignatureLike(lines[i]!.head, lines[i]!.contentEnd - lines[i]!.contentStart)) break;
    taglines.push(i);
  }
  const top = taglines[taglines.length - 1];
  if (top === undefined || !clearSignatureAbove(lines, kinds, top, firstAgent)) return false;
  if (!signOffAbove(lines, kinds, top, firstAgent)) return false;
  for (const j of taglines) kinds[j] = 'signature';
  return true;
}

/**
 * A signed name under the body's last sentence with a signature block under it that carries a company's sentences
 * among its lines ("…is final.⏎Customer Services⏎Thank you for contacting Acme Energy.⏎T: 0800 123 4567"): the name
 * signs off, and the block, sentences and all, is signature. It needs a title, company or contact line, and at most
 * two sentences, none of them the name's own line.
 */
function signedNameOverTaglines(lines: Line[], kinds: LineKind[], tailEnd: number, firstAgent: number): boolean {
  const block: number[] = [];
  let taglines = 0;
  let gaps = 0;
  for (let i = tailEnd - 1; i > firstAgent && block.length < MAX_SIGNATURE_LINES + MAX_TAGLINES; i--) {
    if (kinds[i] === 'blank') {
      // One gap may set the block off from the name ("Customer Care Team⏎⏎Thank you for contacting Acme.⏎T: …").
      if (block.length === 0 || (lines[i + 1] && !lines[i + 1]!.blank && gaps++ === 0)) continue;
      if (lines[i + 1]?.blank) continue;
      return false;
    }
    if (kinds[i] !== 'agent') return false;
    const line = lines[i]!;
    const above = lines[i - 1]!;
    // The name's top: a blank line or the body's last sentence above it (not a signature line ending in "Co.").
    const topAbove = above.blank || (/[.!?]$/.test(above.tail) && !isSignatureLike(above.head, above.contentEnd - above.contentStart));
    if (isSignedName(line.head) && taglines > 0 && topAbove && i - 1 >= firstAgent) {
      const rest = block.map((j) => lines[j]!.head);
      // Contact, title or company lines under the name; or a team's name, or a name over a footer, with the company's
      // boilerplate between ("Calls may be recorded…").
      const below = nextContent(lines, tailEnd);
      const closedBelow = below !== null && (kinds[below] === 'footer' || kinds[below] === 'signature');
      const teamBoilerplate = (isSignatureEvidence(line.head) || closedBelow || rest.some(isCompanyBoilerplate)) && rest.every((h) => isSignatureLike(h, h.length) || isCompanyBoilerplate(h));
      // Session 35: or a holiday closure notice set under the name ("Priya⏎⏎Holiday hours: closed 25 & 26 Dec…").
      if (!teamBoilerplate && !rest.some((h) => isSignatureEvidence(h) || isFieldedSignatureLine(h) || isCompanyWithMotto(h) || isClosureNotice(h))) return false;
      kinds[i] = 'sign-off';
      for (const j of block) kinds[j] = 'signature';
      // Sixteenth look: a team or a name signed alone on its paragraph right above ("Billing Team⏎⏎Amelia Brooks⏎Customer
      // Happiness Hero⏎We love hearing from you!") signs the reply; the block under it is the appended signature, name and all.
      const signedAbove = loneSignedNameAbove(lines, kinds, i, firstAgent);
      if (signedAbove !== null) {
        kinds[signedAbove] = 'sign-off';
        kinds[i] = 'signature';
        return true;
      }
      // A valediction signed like a name ("Merry Christmas,") has the agent's name right under it.
      const name = block[block.length - 1];
      if (isValedictionShape(line.head) && name !== undefined && name === nextContent(lines, i + 1) && isNameUnder(lines[name]!.head)) kinds[name] = 'sign-off';
      return true;
    }
    if (!isSignatureLike(line.head, line.contentEnd - line.contentStart)) {
      if (++taglines > MAX_TAGLINES || line.contentEnd - line.contentStart > 160 || isPostscript(line.head)) return false;
    }
    block.push(i);
  }
  return false;
}

/** A line that opens with a person's name, alone or as the first of its fields ("Maya | ShopNest", "Maya Ortiz"), not a title. */
function startsWithPersonName(head: string): boolean {
  const first = head.split(/\s[|·•]\s|,\s|\s[–—]\s/)[0]!.trim();
  return isNameLike(first) && !isPersonRole(first) && !isSignatureEvidence(first);
}

/** How many words a team or a name signed alone on its paragraph may have ("Billing Team", "The Acme Care Team"). */
const MAX_LONE_NAME_WORDS = 4;

/**
 * The line right above `name`'s paragraph when it is a paragraph of one line that only signs ("Billing Team", "Sam"),
 * set off by a blank line from both the body above it and `name`; otherwise null.
 */
function loneSignedNameAbove(lines: Line[], kinds: LineKind[], name: number, firstAgent: number): number | null {
  if (name < 2 || !lines[name - 1]!.blank) return null;
  const lone = previousContent(lines, name);
  if (lone === null || lone <= firstAgent || kinds[lone] !== 'agent' || !lines[lone - 1]!.blank) return null;
  const head = lines[lone]!.head;
  return isSignedName(head) && head.split(/\s+/).length <= MAX_LONE_NAME_WORDS && !hasContact(head) ? lone : null;
}

/** How many lines a template's paragraph under a team signed alone may have. */
const MAX_TEMPLATE_LINES = 2;
/** The words a team's or department's name signs with ("Customer Services", "Billing Team", "Member Care"). */
const TEAM_WORD = /\b(?:team|services?|care|support|desk|department|office|centre|center|relations|helpdesk|crew)\b/i;

/**
 * Session 29: a team signed alone on its paragraph under the body's last sentence, and one short paragraph under it, the
 * template's ("…by Friday.⏎⏎Customer Services⏎⏎Stay safe and warm this winter from everyone at Hearthwise."): the team
 * signs off and the paragraph is signature. Not when the paragraph speaks as "I", is a P.S., a list, a greeting, or asks
 * something; nor under a line that introduces what follows ("Here's who to contact:⏎⏎Billing Team⏎⏎0800 …").
 */
function teamOverTemplateLine(lines: Line[], kinds: LineKind[], tailEnd: number, firstAgent: number): boolean {
  const paragraph: number[] = [];
  let i = tailEnd - 1;
  for (; i > firstAgent && paragraph.length <= MAX_TEMPLATE_LINES && !lines[i]!.blank && kinds[i] === 'agent'; i--) paragraph.push(i);
  if (paragraph.length === 0 || paragraph.length > MAX_TEMPLATE_LINES || !lines[i]!.blank) return false;
  const top = paragraph[paragraph.length - 1]!;
  const team = loneSignedNameAbove(lines, kinds, top, firstAgent);
  if (team === null || !TEAM_WORD.test(lines[team]!.head)) return false;
  const body = previousContent(lines, team);
  if (body === null || kinds[body] !== 'agent' || !/[.!]$/.test(lines[body]!.tail)) return false;
  const templateLike = (head: string) =>
    head.length <= 200 && !/\?/.test(head) && !/\bI\b|\bI['’]|\b(?:me|my)\b/.test(head) && !isPostscript(head) && listMarkerLength(head) === 0 && !isSignOffLine(head);
  if (!paragraph.every((j) => templateLike(lines[j]!.head))) return false;
  kinds[team] = 'sign-off';
  for (const j of paragraph) kinds[j] = 'signature';
  return true;
}

/** The lines just above `before`: a name over a title or contact line, with a blank line or a full sentence above the name. */
function clearSignatureAbove(lines: Line[], kinds: LineKind[], before: number, firstAgent: number): boolean {
  const block: number[] = [];
  let j = before - 1;
  while (j > firstAgent && lines[j]!.blank) j--;
  for (; j > firstAgent && !lines[j]!.blank && block.length < MAX_SIGNATURE_LINES; j--) {
    const signatureLike = kinds[j] === 'agent' && isSignatureLike(lines[j]!.head, lines[j]!.contentEnd - lines[j]!.contentStart);
    // The body's last sentence right above the name ends the block.
    if (!signatureLike && block.length > 0 && /[.!?]$/.test(lines[j]!.tail)) break;
    if (!signatureLike) return false;
    block.push(j);
  }
  // Set off by a blank line, or glued under the body's last sentence ("…is final.⏎Tom Reid⏎Acme Outdoor⏎Proud to…").
  if (block.length === 0 || !(lines[j]!.blank || /[.!?]$/.test(lines[j]!.tail))) return false;
  // A valediction on top ("Happy reading,⏎Tariq⏎Library Services") signs the block; the name is the line under it.
  if (block.length >= 3 && isValedictionShape(lines[block[block.length - 1]!]!.head)) block.pop();
  const heads = block.map((k) => lines[k]!.head);
  const name = heads[heads.length - 1]!;
  // "Tom Reid | Acme Support" alone, or a name over a company, a title or contact details, none of them a sentence.
  if (block.length === 1) return isFieldedSignatureLine(name);
  // Every line already reads as a signature line, not a sentence ("Acme Co." may end in a full stop).
  return (isNameLike(name) || isFieldedSignatureLine(name)) && heads.every((h) => isNameLike(h) || isSignatureEvidence(h) || isFieldedSignatureLine(h));
}

/** How many bare name lines under the last sentence still read as the agent signing ("Kristin⏎Tom Baker⏎Nordvik Home"). */
const MAX_BARE_NAMES = 3;

function isClosingPleasantry(head: string): boolean {
  return /[!.]$/.test(head) && !isNameLike(head) && !isSignatureEvidence(head) && !isMobileSignature(head);
}

/**
 * A line with a list marker among other items, or under a line that opens a list ("Our pharmacists today:⏎- Mark
 * Evans⏎- Aisha Begum"): an item, not a dashed sign-off ("- Raj").
 */
function isListed(lines: Line[], kinds: LineKind[], i: number): boolean {
  if (listMarkerLength(lines[i]!.head) === 0) return false;
  const neighbour = (j: number) => j >= 0 && j < lines.length && !lines[j]!.blank && kinds[j] === 'agent';
  if (neighbour(i - 1) && (listMarkerLength(lines[i - 1]!.head) > 0 || /:$/.test(lines[i - 1]!.tail))) return true;
  return neighbour(i + 1) && listMarkerLength(lines[i + 1]!.head) > 0;
}

/** The name under a valediction: "Kofi", "Emma x", "Tom :)", or a dashed one, "-T". */
function isNameUnder(head: string): boolean {
  if (/^[—–-]\s?\S/.test(head)) return isSignOffLine(head);
  let cut = head.trimEnd().length;
  while (cut > 0 && !/\s/.test(head[cut - 1]!)) cut--;
  const bare = cut > 0 && /^(?:x{1,3}|[:;]-?[)D]|[\p{Extended_Pictographic}\u200d\ufe0f]{1,6})$/u.test(head.slice(cut).trimEnd()) ? head.slice(0, cut).trimEnd() : head;
  // "On behalf of the Acme Care Team" under "Kind regards," is the signed name, though it signs off on its own too.
  // A short name that spells a sign-off ("Ty", "Thx" is no name) is still the name under "Catch you in-game,".
  // Sixteenth look: a team with its number ("Tier 2", "Desk 4") signs like its name.
  const numbered = /^(\p{Lu}[^\d\n]{1,40}?)\s\d{1,2}$/u.exec(bare);
  if (numbered && isSignedName(numbered[1]!) && !isSignOffLine(numbered[1]!)) return true;
  return (isSignedName(bare) && (!isSignOffLine(bare) || /^\p{Lu}\p{Ll}{1,2}$/u.test(bare) && bare.toLowerCase() !== 'thx')) || (/^on behalf of /i.test(bare) && isSignOffLine(bare));
}

function isSignedName(head: string): boolean {
  if (isNameField(head)) return true;
  // Session 24: a labelled field ("Agent: Carla Mendes | Appeals Team", a helpdesk macro's line) names the sender, but
  // nobody signs with a label: signature, never the agent's sign-off.
  if (LABELLED.test(head)) return false;
  // Session 27: a badge ("Rated Excellent on Trustpilot") is capitalised like a name but signs nobody.
  if (isBadgeLine(head)) return false;
  // "Sam", "Tom Baker", and an initial alone: "J."; a team signs with its brand as it is spelt ("Team Hollow & Co.").
  return isNameLike(head) && !hasContact(head) && (!/[.!?:]$/.test(head) || endsInNameAbbreviation(head) || /^(?:[Tt]eam|TEAM) \p{Lu}[^.!?]{0,40}\.$/u.test(head));
}

const LABELLED = /^\p{L}[\p{L}' ]{0,20}:\s/u;

/** Lines between the sign-off and the end of the signature region belong to the signature. */
function markSignatureAfter(kinds: LineKind[], signOff: number, tailEnd: number): void {
  for (let j = signOff + 1; j < tailEnd; j++) if (kinds[j] === 'agent') kinds[j] = 'signature';
}

// ---- Parts ------------------------------------------------------------------------------------------

/** The @handles a social reply opens with ("@marco_v @ana_b "). */
// Session 30: a fediverse handle with its server ("@dana@mastodon.social ").
const LEADING_MENTIONS = /^(?:@[\w.]{1,30}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?[\s,]{1,3}){1,10}/;

function buildParts(
  text: string,
  lines: Line[],
  kinds: LineKind[],
  signOff: InlineSignOff | null,
  footer: InlineSignOff | null,
  turnLabels: ReadonlyMap<number, TurnLabel> = new Map(),
): ReplyPart[] {
  const inline = signOff ?? footer;
  const inlineKind: PartKind = signOff ? 'sign-off' : 'footer';
  const parts: ReplyPart[] = [];
  const push = (kind: PartKind, start: number, end: number, contentStart = start, isInline = false) => {
    const prev = parts[parts.length - 1];
    // Skipped blocks (signature, footer, quote, code) and a sign-off with its signed name stay one part across blank lines.
    const mergeable = kind === 'signature' || kind === 'footer' || kind === 'quote' || kind === 'code' || (kind === 'sign-off' && !isInline && !prev?.inline);
    if (prev && prev.kind === kind && mergeable) {
      prev.end = end;
      return;
    }
    parts.push(isInline ? { kind, start, end, contentStart, inline: true } : { kind, start, end, contentStart });
  };

  let firstAgent = true;
  let greetAfterRetort = false;
  let paragraph: ReplyPart | null = null;
  let item: ReplyPart | null = null;
  lines.forEach((line, i) => {
    const kind = kinds[i]!;
    if (kind === 'blank') {
      paragraph = null;
      item = null;
      return;
    }
    if (kind !== 'agent') {
      paragraph = null;
      item = null;
      push(kind, line.contentStart, line.contentEnd);
      return;
    }
    let start = line.contentStart;
    let end = line.contentEnd;
    // Session 53b: "Priya: Hi Sam, …": the words after the label open a part of their own, whose words start past it.
    const turnLabel = turnLabels.get(i);
    let labelFrom: number | null = null;
    if (turnLabel !== undefined) {
      if (turnLabel.apps) {
        // The chat app's label ("[10:16] Dana:", "Agent (Sam) 14:02:") is a part of its own, read past.
        let labelEnd = start + turnLabel.length;
        while (labelEnd > start && /\s/.test(text[labelEnd - 1]!)) labelEnd--;
        push('quote', start, labelEnd);
      } else {
        labelFrom = start;
      }
      start += turnLabel.length;
      paragraph = null;
      item = null;
    }
    if (inline && inline.line === i) {
      // "…and we will assist. ^JR": the tag is the sign-off, the words before it are body.
      const tagStart = end - inline.trailing;
      let bodyEnd = tagStart;
      while (bodyEnd > start && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
      end = bodyEnd;
    }
    if (firstAgent || greetAfterRetort) {
      const wasFirst = firstAgent;
      firstAgent = false;
      greetAfterRetort = false;
      const marker = wasFirst ? leadingThreadMarkerLength(line.head) : 0;
      if (marker && marker < end - start) {
        push('sign-off', start, start + marker, start, true);
        start += marker;
        while (start < end && /\s/.test(text[start]!)) start++;
      }
      // A line that only names the customer is a greeting when the reply starts, capitalised, on the next line.
      const below = nextContent(lines, i + 1);
      const ownLine = below !== null && kinds[below] === 'agent' && /^\p{Lu}/u.test(lines[below]!.head);
      let greeting = greetingLength(text.slice(start, Math.min(end, start + 200)), end - start, ownLine);
      // Session 25: a social reply's greeting after the handles it answers ("@marco_v Hi Marco, I've refunded…"): the handles
      // open the greeting. Only a greeting word counts there ("@tiago_m so sorry, Tiago, …" is read as before).
      const mentions = greeting === 0 ? LEADING_MENTIONS.exec(text.slice(start, Math.min(end, start + 400))) : null;
      if (mentions !== null && mentions[0].length < end - start) {
        const rest = text.slice(start + mentions[0].length, Math.min(end, start + mentions[0].length + 200));
        const after = isGreetingWord(rest) ? greetingLength(rest, end - start - mentions[0].length, false) : handleNameLength(mentions[0], rest);
        if (after > 0) greeting = mentions[0].length + after;
      }
      // Session 40: the agent's short retort on its own line above the greeting ("Not our problem, read the manual.⏎⏎Hi
      // Sam,"): their body, and the greeting under it is still the greeting.
      if (wasFirst && greeting === 0 && i + 1 < lines.length && lines[i + 1]!.blank && isAgentRetort(line.head)) greetAfterRetort = true;
      if (greeting > 0) {
        push('greeting', labelFrom ?? start, start + greeting, start);
        labelFrom = null;
        start += greeting;
        while (start < end && /\s/.test(text[start]!)) start++;
      }
    }
    if (start < end) {
      const head = text.slice(start, Math.min(end, start + 200));
      const marker = listMarkerLength(head);
      if (marker > 0) {
        paragraph = null;
        item = { kind: 'list-item', start: labelFrom ?? start, end, contentStart: start + marker };
        parts.push(item);
      } else if (item && line.indented) {
        // An indented line under a list item continues it.
        (item as ReplyPart).end = end;
      } else if (paragraph) {
        (paragraph as ReplyPart).end = end;
      } else {
        item = null;
        paragraph = { kind: 'body', start: labelFrom ?? start, end, contentStart: start };
        parts.push(paragraph);
      }
    }
    if (inline && inline.line === i) {
      const tagStart = line.contentEnd - inline.trailing;
      if (inlineKind === 'footer') push('footer', tagStart, line.contentEnd);
      else push('sign-off', tagStart, line.contentEnd, contentStartOfTag(text, tagStart, line.contentEnd), true);
    }
  });
  return parts;
}

/**
 * Session 27: the name a social reply greets with after the handles ("@dana_k Dana, that's so frustrating…", "@lucy_bakes
 * Lucy! Thank you…", "@mo_h @sara_h Mo and Sara, congratulations…", "@jules.w Jules 👋 sorry…"): a capitalised name (two
 * joined by "and" or "&") that a handle spells, set off by a comma, "!", a dash or an emoji. A word no handle spells stays
 * the body ("@kai_plays Yes, sorry all!", "@ana_l Lisbon, Porto and Faro flights…"). Returns the greeting's length in `rest`, or 0.
 */
const HANDLE_NAME = /^(\p{Lu}[\p{L}'’-]{1,20})(?: (?:and|&) (\p{Lu}[\p{L}'’-]{1,20}))?(?:,|!|\s?[—–]|\s[\p{Extended_Pictographic}][\ufe0f\u200d\p{Extended_Pictographic}]{0,4})(?=\s|$)/u;
function handleNameLength(mentions: string, rest: string): number {
  const m = HANDLE_NAME.exec(rest);
  if (m === null) return 0;
  const handles = (mentions.match(/@[\w.]{1,30}/g) ?? []).map((h) => h.slice(1).toLowerCase());
  // A handle starts with the name ("@dana_k"), or spells a name of three letters or more inside it ("@the_maria_k").
  const spelled = (name: string) => {
    const n = name.toLowerCase();
    return handles.some((h) => h.startsWith(n) || (n.length >= 3 && h.replace(/[\d_.]/g, '').includes(n)));
  };
  return [m[1]!, m[2]].every((n) => n === undefined || spelled(n)) ? m[0].length : 0;
}

/** Where the words of "^JR", "— Raj" or "(1/2)" start. */
function contentStartOfTag(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\^*~/—–\-\s]/.test(text[i]!)) i++;
  return i < end ? i : start;
}
