/**
 * The acknowledgement the agent confirms (issue #10): where the check cannot quote the customer's grievance with
 * confidence, the card offers "I'm sorry {what went wrong, in the customer's words}." with the gap prefilled by its
 * best guess, which the agent keeps, edits or rewrites before Insert. Only a sure line stays a one-click insert.
 */
import type { FillInTemplate } from '../types';

export const ACKNOWLEDGEMENT_SLOT = "what went wrong, in the customer's words";
/** The template as a pack would write it: it names this template across re-checks of the draft. */
export const ACKNOWLEDGEMENT_TEMPLATE = `I'm sorry {${ACKNOWLEDGEMENT_SLOT}}.`;

/** "I'm sorry", "I'm so sorry", "Sorry": the opening the guess is read after. */
const SORRY_OPENING = /^(?:I['’]m (?:so |really |very )?sorry|sorry)\s+/i;
/** Where the line goes on past what went wrong: a dash, or ", and I want to put it right". */
const TAIL = /\s[—–-]\s|,\s(?:and|so|but)\s/;

/**
 * The line's guess at what went wrong, without its opening sorry and without the feeling or promise after it:
 * "I'm sorry to hear the gig was cancelled, and I want to put it right." → "to hear the gig was cancelled";
 * "I'm sorry the lamp arrived broken — that's a frustrating start." → "the lamp arrived broken". Empty when the line
 * names no grievance of its own ("I'm sorry — I can see how frustrating…", "I know this is time-sensitive…").
 */
export function grievanceGuess(line: string): string {
  const opening = SORRY_OPENING.exec(line.trim());
  if (!opening) return '';
  let rest = line.trim().slice(opening[0].length);
  const tail = TAIL.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  let end = rest.length;
  while (end > 0 && /[.!…\s]/.test(rest[end - 1]!)) end -= 1;
  rest = rest.slice(0, end);
  // "— I can see how frustrating this has been": the line went straight to the feeling.
  return /^[—–-]/.test(rest) || !/\p{L}/u.test(rest) ? '' : rest;
}

/**
 * The template inserted before the agent's first words at `at` (draft offsets). `firstWord` is the word it replaces
 * there, and `firstWordAfter` how that word reads once it starts the next sentence ("thanks" → "Thanks").
 */
export function acknowledgementTemplate(at: number, firstWord: string, firstWordAfter: string, line: string): FillInTemplate {
  // A first word that already has its capital ("Per our records…", "Désolé Zoë…") is left alone: replacing it with
  // itself showed the card's preview striking the agent's word out and writing it back.
  const recased = firstWordAfter !== firstWord;
  return {
    source: ACKNOWLEDGEMENT_TEMPLATE,
    start: at,
    end: recased ? at + firstWord.length : at,
    // "I'm so sorry" where the line said so (an injury, a loss): the template keeps the line's own warmth.
    parts: [{ literal: /^I['’]m so sorry\b/i.test(line.trim()) ? "I'm so sorry " : "I'm sorry " }, { slot: ACKNOWLEDGEMENT_SLOT, value: grievanceGuess(line) }, { literal: recased ? `. ${firstWordAfter}` : '. ' }],
  };
}
