/** Faceless passive voice ("The matter is being reviewed"): nobody owns the outcome. */
import { z } from 'zod';
import { WHEN } from './closing';
import type { StructureCheck } from './context';
import { gatedAlternation } from '../gated-alternation';

export const passiveVoiceOptions = z.object({
  /** Flag at most this many sentences per reply, so one habit does not paint the whole draft. */
  maxPerReply: z.number().int().min(1).max(20).default(2),
  /** What another principle's card says when its sentence leaves a step done by nobody (faceless-step-evidence.ts). */
  advice: z
    .string()
    .min(10)
    .max(240)
    .default('Say who does it, ideally yourself, and when ("I\'ve paused the payout while I check the review, and I\'ll update you by Friday").'),
});

// Faceless passives promise or report process without an owner: "is being reviewed", "will be
// processed", "has been escalated". A plain past result ("Your refund was approved today") is news,
// not a brush-off, so a past passive only counts with a process verb.
const PROCESS_VERBS =
  '(reviewed|investigated|processed|escalated|forwarded|logged|noted|handled|assessed|considered|examined|looked into|passed on|passed along|received|registered|recorded|filed|actioned|addressed|dealt with|followed up|evaluated|referred|transferred|assigned|queued|calculated|charged|applied|deducted|passed to|sent on|taken care of)';
const CANDIDATE = new RegExp(
  `\\b((is|are) being|will be|shall be|has been|have been|had been)\\s+(\\w+ly\\s+)?(\\w+ed|\\w+en|made|sent|done|held|kept|put|set|told|paid|shown|seen|known)\\b|\\b(is|are|was|were|be)\\s+(\\w+ly\\s+)?${PROCESS_VERBS}\\b`,
  'i',
);
// The agent or the customer is the subject: not faceless.
const PERSONAL_SUBJECT = /^\W*(i|we|you|i['’]m|we['’]re|you['’]re|i['’]ve|we['’]ve)\b/i;
/** "you won't ", "we'll also ", "I have already " right before the verb: a person does it or has it done to them. */
const PERSON_BEFORE = /\b(?:i|we|you)(?:['’](?:ll|ve|re|d))?(?: (?:will|won['’]t|would|wouldn['’]t|should|shouldn['’]t|can|can['’]t|could|may|might|must|shall|not|never|also|still|then|now|already|just|\w+ly))* ?$/i;
// Participles that read as states or feelings, not actions done by someone.
const STATE_WORDS = /\b(closed|open|located|based|interested|excited|pleased|delighted|sorry|done|finished|married|tired|supposed|used|allowed|included|attached|required|needed|called|named|involved|concerned|surprised|disappointed|frustrated|confused|worried|scheduled|expected|broken|damaged|dated|sized|priced)$/i;

/** "…will not be refunded on 3 March", "has been suspended until…" is no news to plan on. */
const NEGATED = /\b(?:not|never|no longer|cannot|can['’]t|won['’]t|suspended|terminated|blocked|cancelled|closed|withdrawn|rejected|declined|refused|removed|deleted|frozen)\b/i;
const PROCESS_ONLY = new RegExp(`^${PROCESS_VERBS}$`, 'i');
// Done to the customer's own things, at a time or on its own, with the owner named elsewhere ("I've moved your
// booking… The old tickets have been cancelled.", "…and LP restored by tomorrow"), or to the things of the one they
// write for ("His three jars were filled last week and will be shipped on 2 December"): a result, not a brush-off.
// Process words ("has been escalated", "His claim will be reviewed") stay faceless whoever writes them.
const RESULT_FOR_THEM = /^\W*(?:your|the|their|his|her|a|an|any|all|both|these|those|our)\b/i;

/** "All done: two seats have been added…", "Sorted — your booking has been moved…": the agent reports their own work. */
const DONE_LABEL = /^\W*(?:all )?(?:done|sorted|fixed|taken care of)\s*[:!—–-]/i;

const COUNTERFACTUAL = /\b(?:should|could|would|might|must|ought to)(?:n['’]t| not)?\s*$/i;
/** The passive's clause opens with a word of time or cause, with at most its subject between: "before your gift". */
const SUBORDINATE = /\b(?:before|after|until|till|since|once|when|because|as soon as)\s+(?:(?:the|your|our|my|their|his|her|its|a|an|this|that|it|they|he|she)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

// An offer with nobody to make it: "A credit note can be issued on request", "An incident form can be requested from
// reception". The thing offered opens the sentence with "a/an/any", so it is no result for them, and nobody is named.
const FACELESS_OFFER = gatedAlternation([{ needles: ['can', 'may', 'could'], source: String.raw`^\W*(?:a|an|any)\s+(?:[\w'’-]+\s+){0,3}(?:can|may|could)\s+(?:also\s+)?be\s+(?:arranged|issued|requested|raised|opened|booked|offered|provided|considered|submitted)\b` }], 'i');
const CANDIDATES = new RegExp(CANDIDATE.source, 'gi');
/** Right after the participle, who it is done for: "…kept for you", "…saved for your mum", "…held for them both". */
const FOR_THEM = /^\s+(?:\w+\s+)?for (?:you|your|him|her|them)\b/i;
/**
 * The first passive that carries the sentence's news. "…should have been treated as urgent": a counterfactual concedes
 * a failure, it promises no faceless process. "…before your gift was recorded": a passive in a clause of time or cause
 * dates the news, so the main clause after it is read ("Once your forms have been received, it will be processed").
 */
function mainClausePassive(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(CANDIDATES)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!COUNTERFACTUAL.test(before) && !SUBORDINATE.test(before)) return m as RegExpExecArray;
  }
  return null;
}

export const passiveVoice: StructureCheck<z.output<typeof passiveVoiceOptions>> = {
  run(ctx, options) {
    const hits = [];
    // The agent owns the reply when another sentence says "I've…", "I'll…", "we'll…", "let me…".
    const owned = ctx.sentences.some((s) => s.markers.ownership);
    for (const s of ctx.sentences) {
      if (hits.length >= options.maxPerReply) break;
      const offer = FACELESS_OFFER.exec(s.text);
      if (offer && !owned && !s.markers.ownership && !/ by (me|us|our|the|a|an|my|your)\b/i.test(s.text)) {
        if (!ctx.flaggedPrinciples?.(s.start, s.start + offer[0].length).has('ownership')) hits.push({ start: s.start, end: s.end, suggestions: [] });
        continue;
      }
      const m = mainClausePassive(s.text);
      // An owner in the sentence ("…will be booked, and we'll text you") or as its subject: not faceless.
      if (!m || s.markers.ownership || PERSONAL_SUBJECT.test(s.text) || DONE_LABEL.test(s.text) || / by (me|us|our|the|a|an|my|your)\b/i.test(s.text)) continue;
      if (STATE_WORDS.test(m[0])) continue;
      // A phrase card on these very words already says who should own them ("Your request has been escalated" →
      // "I've escalated…"): a second card would repeat it without a fix. Elsewhere in the sentence it is another habit.
      if (ctx.flaggedPrinciples?.(s.start + m.index, s.start + m.index + m[0].length).has('ownership')) continue;
      // Nothing is done to them ("…and none were charged twice", "nothing has been lost"), or it follows the customer's own
      // choice ("If you bought it this week, the difference will be refunded"): a reassurance or a rule for them, not a
      // process nobody owns.
      if (/\b(?:none|nothing|no one|nobody|neither)(?: of (?:them|these|those|it|your \w+|the \w+))?\s*$/i.test(s.text.slice(0, m.index)) || /^\W*if you\b/i.test(s.text)) continue;
      // The customer or the agent is the subject of the verb, mid-sentence too: "Hi Sam, no, you won't be charged again".
      if (PERSON_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const participle = m[4] ?? m[7];
      // Something kept or made ready for the customer ("Dinner will be kept for you", "A seat has been saved for your
      // mum"): a kindness with them as its beneficiary, not a process nobody owns. Process words ("Your claim will be
      // reviewed for you") stay faceless.
      if (participle && !PROCESS_ONLY.test(participle) && FOR_THEM.test(s.text.slice(m.index + m[0].length))) continue;
      // A simple past that reports a result with its detail ("The £14.99 renewal was charged to the card ending 4471",
      // "your parcel was delivered at 10:04") is news the customer can check, not a process nobody owns.
      if (/^(?:was|were)\b/i.test(m[5] ?? '') && (s.markers.concreteTime > 0 || /\d/.test(s.text.slice(m.index + m[0].length)))) continue;
      if (owned && participle && !PROCESS_ONLY.test(participle) && (RESULT_FOR_THEM.test(s.text) || s.markers.concreteTime > 0 || /\bautomatically\b/i.test(s.text))) continue;
      // A result for them with its date, even with no owner named ("Your switch to Fix 24 has been confirmed and starts
      // on 1 May", "A replacement cover is being made and will reach you within ten days"): news the customer can plan on.
      if (participle && !PROCESS_ONLY.test(participle) && RESULT_FOR_THEM.test(s.text) && (s.markers.concreteTime > 0 || WHEN.test(s.text)) && !NEGATED.test(s.text)) continue;
      const doc = s.doc.get();
      if (!doc.has('#Passive') && !doc.match('(#Copula|been|being) #Adverb? #PastTense').found) continue;
      hits.push({ start: s.start, end: s.end, suggestions: [] });
    }
    return hits;
  },
};
