import type { PhraseRule } from '../rules/schema';
import { SentenceDoc } from './sentence-doc';
import { SEVERITIES, type Mood, type MoodReading, type Severity } from './types';
import { UPSET_MOODS } from './mood';
import { sentenceKeys } from './words';
import { offersSomething } from './kind-refusal';

/**
 * An answer to the customer's own question, told softly (a phrase rule's `softer`, pack format 3). "How do I link my
 * account?" answered "You'll need to sign out and back in" is the step the customer asked for; "Do I qualify?"
 * answered "You're required to have 1,000 subscribers" is the fact; "we're unable to restore it, for security
 * reasons" after the steps they asked for is a caveat with its reason. The rule still speaks, as a hint toward the
 * friendlier form ("You can…", "Here's how: …"), never as a warning: PRINCIPLES.md, respect — the customer has a
 * right to be served and listened to, and answering their question on the spot is that service.
 *
 * What stays as it was, whatever the rule's patterns say: a reply to an upset customer (frustrated, worried or let
 * down; a hurry alone is no upset: the same "You'll need to contact AT&T" to "This is so annoying" is a hand-off), a
 * reply with no customer message to read, and a reply that refuses or blames elsewhere (another phrase rule's warning or suggestion stands).
 * An upset customer's question is answered softly too where the agent goes through it with them in the same reply
 * ("Want me to stay on while you try?", "send me the scans and I'll check them", "I'll stay here while you start it"):
 * the step is then their part of a plan the agent shares, not a hand-off (session 47).
 */

/** At most this many sentences of the customer's message are read for their question (the start of a long thread). */
const MAX_CUSTOMER_SENTENCES = 40;
/** A sentence of the customer's message is read up to this many characters (as the reply's are). */
const MAX_SENTENCE_CHARS = 600;

/**
 * Moods that keep the warning: a customer frustrated, let down or worried hears "You'll need to…" as a hand-off. Only
 * in a hurry ("I need to pay the builder on Friday, how do I raise my limit?") they want the step, told straight.
 */
const KEEPS_THE_WARNING: readonly Mood[] = UPSET_MOODS.filter((m) => m !== 'urgent');

/** Is the customer calm enough that an answer to their question may be told softly? */
export function calmCustomer(customerMessage: string | undefined, reading: MoodReading | null): boolean {
  if (!customerMessage?.trim()) return false;
  return !(reading?.moods ?? []).some((m) => KEEPS_THE_WARNING.includes(m));
}

/**
 * Does the agent offer their own hand in some sentence of the reply: a deed done or promised for the customer, or an
 * alternative put as a question (kind-refusal.ts `offersSomething`)? Deeds against the customer or the rules handed
 * over do not count, nor does a no.
 */
export function agentGoesWithThem(customerMessage: string | undefined, agentSentences: readonly { text: string }[]): boolean {
  if (!customerMessage?.trim()) return false;
  return agentSentences.some((s) => offersSomething(s.text) && (!ONLY_PAPERWORK.test(s.text) || THEN_THEIR_HAND.test(s.text)));
}

/**
 * A deed that files, passes on, leaves or watches the case, or points them at self-help, is no hand beside an upset
 * customer (review47): "I'll log this with the team", "I've passed your feedback on", "I'll transfer you to another team",
 * "I'll leave that with you", "I will monitor your account", "I've sent you a link to the help centre".
 */
const ONLY_PAPERWORK =
  /\b(?:i|we)(?:'ve|'ll| have| will| can)? (?:just |also |now |already |then )?(?:log(?:ged)?|note(?:d)?|record(?:ed)?|add(?:ed)? (?:a |this |that )?(?:note|comment)|pass(?:ed)? (?:[\w']+ ){0,3}?(?:on|along)|pass(?:ed)? (?:it|this|that|your [\w-]+) to|forward(?:ed)?|transfer(?:red)?|refer(?:red)?|leave|left|monitor(?:ed)?|let (?:the|our) (?:[\w-]+ )?team know)\b|\b(?:sen[dt]|link(?:ed)?|attach(?:ed)?|point(?:ed)?) (?:you )?(?:to )?(?:a |the )?(?:link to )?(?:our|the) (?:help ?(?:centre|center|page|site)|faqs?|knowledge ?base|support (?:page|site|article))\b/i;
/** The same sentence going on to the agent's own hand: "I've logged it and I'll call you back at four". */
const THEN_THEIR_HAND = /\band (?:i|we)(?:'ll| will) (?:also |then )?(?:call|ring|message|text|email|update|check|stay|go through|book|walk you)\b/i;

/** The customer's message (as the mood reader sees it) split into sentences for the rules' `customerAsked` patterns. */
export function customerSentencesOf(message: string): SentenceDoc[] {
  return message
    // A comma typed with no space after it ("everything what is needed,but…") would join two words for the matcher.
    .replace(/,(?=\p{L})/gu, ', ')
    .split(/(?<=[.!?])\s+|\n/)
    .map((s) => s.trim().slice(0, MAX_SENTENCE_CHARS))
    .filter((s) => /\p{L}/u.test(s))
    .slice(0, MAX_CUSTOMER_SENTENCES)
    .map((s) => new SentenceDoc(s, sentenceKeys(s)));
}

interface Softenable {
  ruleId: string;
  severity: Severity;
  message: string;
}

/**
 * Gives each finding in `fits` its rule's softer severity and message, unless another phrase rule's warning or
 * suggestion stands in the reply (a refusal or blame beside the answer: "Unfortunately, we cannot remove it, you will
 * need to follow the steps in this guide"). Changes the findings in place (they are this analysis's own).
 */
export function softenAnswers<F extends Softenable>(findings: readonly F[], fits: ReadonlyMap<F, NonNullable<PhraseRule['softer']>>, isPhraseRule: (ruleId: string) => boolean): void {
  if (fits.size === 0) return;
  if (findings.some((f) => !fits.has(f) && isPhraseRule(f.ruleId) && f.severity !== 'hint')) return;
  for (const [f, softer] of fits) {
    if (SEVERITIES.indexOf(softer.severity) >= SEVERITIES.indexOf(f.severity)) continue;
    f.severity = softer.severity;
    f.message = softer.message;
  }
}
