/**
 * No next step or open door at the end of the body: offer a closing line there, above the sign-off and the
 * signature. E-mail always; a chat only when a long message explains something; a social reply never.
 */
import { gatedAlternation } from '../gated-alternation';
import { tagSentence } from '../../nlp/nlp';
import { z } from 'zod';
import { bodySentences, bodyWords, expected, forChannel, reproachesByQuestion, type CheckContext, type CheckedSentence, type StructureCheck } from './context';
import { DEFLECTS, DISCLAIMS } from './disputes';
import { SPARES_THE_CUSTOMER } from './negatives';
// A refusal is no next step, though it says "assist" or "reply" ("We are unable to assist further"), and after one the
// stock open door invites the customer to argue again: one reader of a no in any words, shared with kind-refusal.ts.
import { refuses, turnsTheNo, withoutReassurance } from '../refusal';
// A no beside a deed done for the customer ("I've sent you a new strap, but we can't replace the watch") already offers
// something: the same reading kind-refusal.ts gives it.
import { offersSomething } from '../kind-refusal';

const when = z.enum(['always', 'first-message', 'never']);
const minWords = z.number().int().min(0).max(400);
const channel = (fallback: z.infer<typeof when>, words?: number) =>
  z.strictObject({
    when: when.default(fallback),
    minWords: words === undefined ? minWords.optional() : minWords.default(words),
    /**
     * Words of the body from which a next step is owed to an upset customer, where that is fewer than `minWords`: a chat
     * turn mid-conversation needs no closing line, but "No ETA." to someone whose internet has been down for a day leaves
     * them at a dead end in any channel.
     */
    minWordsUpset: minWords.optional(),
  });

export const closingOptions = z.object({
  /** Words of the body alone (no greeting, no sign-off: a signer's long name never makes a reply long enough). */
  minWords: minWords.default(8),
  /** How many of the last sentences may carry the next step. */
  lastSentences: z.number().int().min(1).max(5).default(2),
  closings: z
    .array(z.string().min(1).max(200))
    .min(1)
    .default([
      "If anything else comes up, reply here and I'll be glad to help.",
      // The learned warmth model read "…anything else I can do for you." as colder than the reply it ended on
      // some drafts; an offered closing must never lower warmth (rewording-warmth.test.ts).
      'Let me know if there is anything else I can help you with.',
    ]),
  /** Per channel: when a closing line is expected, and how long a reply must be before it is. */
  channels: z
    .strictObject({
      // A terse e-mail that states a fact and stops ("Sale items cannot be refunded.", "Your application is still being
      // reviewed.") leaves the customer with no next step as surely as a long one: only a bare acknowledgement is spared.
      email: channel('always', 4).prefault({}),
      chat: channel('always', 50).prefault({}),
      social: channel('never').prefault({}),
    })
    .prefault({}),
});

/** Ways to leave the door open that the warmth markers don't know: "you're welcome to come back to us", "just reply". */
const OPEN_DOOR =
  // Gated: V8 compiles a big alternation on the first check even where no line could match it (issue #12).
  gatedAlternation(
    [
      { needles: ['welcome to'], source: String.raw`\b(?:you['’]re (?:always )?welcome to)\b` },
      { needles: ['just ', 'simply '], source: String.raw`\b(?:(?:just|simply) (?:reply|answer|write|call|message|ring|pop|drop))\b` },
      { needles: ['in touch'], source: String.raw`\b(?:get (?:back )?in touch)\b` },
      { needles: ['come back to'], source: String.raw`\b(?:come back to (?:us|me))\b` },
      { needles: [' me', ' us'], source: String.raw`\b(?:(?:contact|call|email|message|ring|text|write(?: to)?) (?:me|us)|(?:is|are|['’]s) (?:all )?on (?:us|me)|drop (?:me|us) a|keep (?:me|us) posted|let (?:me|us) know|tell (?:me|us) (?:what you think|how (?:it goes|you get on))|leave it with (?:me|us))\b` },
      { needles: ['m here', 're here'], source: String.raw`\b(?:i['’]m here|we['’]re here)\b` },
      { needles: ['hesitate to'], source: String.raw`\b(?:(?:do not|don['’]t) hesitate to)\b` },
      { needles: ['reply', 'write back', 'answer', 'text', 'message'], source: String.raw`\b(?:reply (?:any ?time|whenever)|^\W*(?:reply|write back|answer|text|message) (?:to (?:confirm|book|accept|go ahead|say yes)|with (?:a |your |the )?\w+|here\b))\b` },
      { needles: [' back'], source: String.raw`\b(?:(?:pop|come|drop) back)\b` },
      { needles: ['if you need'], source: String.raw`\b(?:if you need (?:anything|me|us|help|a hand))\b` },
      { needles: ['in our court'], source: String.raw`\b(?:ball['’]s in our court)\b` },
      // "a refill is only an email away", "just a phone call away".
      { needles: [' away'], source: String.raw`\b(?:only|just) (?:an?|one) (?:email|e-mail|call|phone call|message|text|click|reply|tap) away\b` },
    ],
    'i',
  );
/**
 * Pleasantries that end a reply after its next step: "Have a great trip!", "Thanks again for…", "Hope this helps.",
 * "Sorry for the scare!", and a postscript ("P.S. Breakfast starts at 7") below the sign-off.
 */
const PLEASANTRY =
  gatedAlternation(
    [
      { needles: ['have a '], source: String.raw`^\W*(?:have a (?:\w+ ){0,2}(?:day|week|weekend|trip|holiday|time|evening|one|stay|flight|move|spring|summer|autumn|fall|winter|christmas|break|birthday|wedding|party|visit|ride|game|match|show|night))` },
      { needles: ['sorry again for the ', 'sorry again for any ', 'sorry again for all the ', 'sorry for the ', 'sorry for any ', 'sorry for all the ', 'apologies again for the ', 'apologies again for any ', 'apologies again for all the ', 'apologies for the ', 'apologies for any ', 'apologies for all the '], source: String.raw`^\W*(?:(?:sorry|apologies) (?:again )?for (?:the|any|all the) (?:\w+ )?(?:scare|trouble|wait|confusion|mix-?up|hassle|worry|fuss|delay|faff)\b)` },
      { needles: ['p'], source: String.raw`^\W*(?:p\.? ?(?:p\.? ?)?s\.?\s)` },
      { needles: ['enjoy'], source: String.raw`^\W*(?:enjoy\b)` },
      { needles: ['good luck'], source: String.raw`^\W*(?:good luck)` },
      { needles: ['best of luck'], source: String.raw`^\W*(?:best of luck)` },
      { needles: ['thanks so much again', 'thanks very much again', 'thanks again', 'thank you so much again', 'thank you very much again', 'thank you again'], source: String.raw`^\W*(?:(?:thanks|thank you)(?: so much| very much)? again)` },
      { needles: ['thanks so much for ', 'thanks very much for ', 'thanks for ', 'thank you so much for ', 'thank you very much for ', 'thank you for '], source: String.raw`^\W*(?:(?:thanks|thank you)(?: so much| very much)? for (?:getting in touch|reaching out|flagging|letting us know|your (?:patience|message|email|understanding|support|kind words|lovely (?:note|message|words))|supporting|being (?:such )?a (?:loyal|valued|long-?standing|lovely)|choosing|sharing))` },
      { needles: ['ing'], source: String.raw`^\W*(?:(?:thanks|thank you)(?: so much| very much)?(?: again)? for \w+ing\b)` },
      { needles: ['hope this helps', 'hope that helps', 'hope it helps'], source: String.raw`^\W*(?:hope (?:this|that|it) helps)` },
      { needles: ['all your ', 'all the ', 'everything your ', 'everything the '], source: String.raw`^\W*(?:(?:all|everything) (?:your|the) [\w ]{1,40} (?:is|are) (?:still )?(?:there|safe))` },
      { needles: ['take care'], source: String.raw`^\W*(?:take care)` },
      // Thanks or cheers with a word for the customer as the last line of the body: "Cheers mate.", "Thanks all!". A
      // sign-off line ("Thanks,", "Cheers,") is no wish: it is read as before.
      { needles: ['cheers', 'ta ', 'thanks', 'thank you'], source: String.raw`^\W*(?:cheers|ta|thanks|thank you|many thanks),? (?:mate|pal|love|bud|buddy|hun|boss|bro|guys|all|folks)[^\w,]*$` },
      { needles: ['stay safe'], source: String.raw`^\W*(?:stay safe)` },
      { needles: ['safe crossing', 'safe travels', 'safe trip', 'safe journey', 'safe flight', 'safe drive', 'safe home'], source: String.raw`^\W*(?:safe (?:crossing|travels|trip|journey|flight|drive|home))` },
      { needles: ['bon voyage'], source: String.raw`^\W*(?:bon voyage)` },
      { needles: ['happy '], source: String.raw`^\W*(?:happy \w+ing)` },
      { needles: ['fingers crossed'], source: String.raw`^\W*(?:fingers crossed)` },
      { needles: ['all the very best', 'all the best'], source: String.raw`^\W*(?:all the (?:very )?best)` },
      { needles: ['wishing you'], source: String.raw`^\W*(?:wishing you)` },
      { needles: ['have fun', 'have a blast'], source: String.raw`^\W*(?:have (?:fun|a blast))` },
      { needles: ['feel better'], source: String.raw`^\W*(?:feel better)` },
      { needles: ['get well'], source: String.raw`^\W*(?:get well)` },
      { needles: ['congrat'], source: String.raw`^\W*(?:congratulations|congrats)\b` },
      { needles: ['welcome to', 'welcome aboard'], source: String.raw`^\W*(?:welcome (?:to|aboard))` },
      { needles: ['glad we could', 'glad we were able', 'glad i could', 'glad i were able'], source: String.raw`^\W*(?:glad (?:we|i) (?:could|were able))` },
      { needles: ['give '], source: String.raw`^\W*(?:give [\w ]{1,30}? (?:a )?(?:cuddle|hug|pat|scratch|treat|stroke))` },
      { needles: ['hope '], source: String.raw`^\W*(?:(?:i |we )?(?:really )?hope (?:the rest of|you (?:have|enjoy|like|love|get)|your|that (?:makes|clears)|this (?:makes|clears)|it (?:makes|clears)|(?:he|she|they|it)(?:['’]s| is| are|['’]re| feels?| gets?| settles?| enjoys?| likes?| loves?)\b))` },
      { needles: ['happy '], source: String.raw`^\W*(?:happy (?:birthday|anniversary|holidays|christmas|new year|easter|retirement|(?:\w+ )?(?:birthday|anniversary)) (?:to|from)\b)` },
      { needles: ['hopefully that', 'hopefully this', 'hopefully it'], source: String.raw`^\W*(?:hopefully (?:that|this|it))` },
      { needles: ['thanks so much for bearing with', 'thanks so much for being so patient', 'thanks so much for being patient', 'thanks for bearing with', 'thanks for being so patient', 'thanks for being patient', 'thank you so much for bearing with', 'thank you so much for being so patient', 'thank you so much for being patient', 'thank you for bearing with', 'thank you for being so patient', 'thank you for being patient'], source: String.raw`^\W*(?:(?:thanks|thank you)(?: so much)? for (?:bearing with|being (?:so )?patient))` },
    ],
    'i',
  );

/**
 * The reply ends on what it asked for, done: "Your refund went through this morning.", "Your claim has been approved,
 * and £640 was paid today.", "The late fee has been removed." Nothing is left open, so no door needs adding. Taking the
 * matter in ("has been received", "reviewed", "noted", "passed on") or a step on the way ("dispatched", "approved") is no
 * outcome: the customer still waits. Only for a customer who is not upset: beside a grievance, a done fact ("The boiler
 * was repaired on Monday") answers the fault but not what happens about what it cost them.
 */
const DONE_AS_ASKED =
  gatedAlternation(
    [
      { needles: ['paid', 'refunded', 'credited', 'completed', 'updated', 'changed', 'restored', 'fixed', 'booked', 'reversed', 'released', 'unblocked', 'unlocked', 'renewed', 'activated', 'reinstated', 'waived', 'removed', 'repaired', 'replaced', 'moved'], source: String.raw`^\W*(?:yes,? )?(?:your|the|all|both|everything)\b[^.!?]{0,60}?\b(?:has|have|was|were|is|are)(?: now| just| already| all)? (?:been )?(?:paid(?: out| back| in)?|refunded|credited|completed|updated|changed|restored|fixed|booked|reversed|released|unblocked|unlocked|renewed|activated|reactivated|reinstated|waived|removed|repaired|replaced|moved)\b` },
      { needles: ['through'], source: String.raw`\b(?:went|has gone|have gone) through\b` },
      { needles: ['completed'], source: String.raw`^\W*(?:yes,? )?(?:the|your) [^.!?]{1,40}? completed\b` },
      // What was asked for, handed over: "The signed copy is attached", "Please find the certificate attached", "Attached
      // is the parts list", "Here's your new e-ticket".
      { needles: ['attached', 'enclosed'], source: String.raw`\b(?:is|are)(?: now)? (?:attached|enclosed)\b|\bplease find\b[^.!?]{0,60}?\b(?:attached|enclosed)\b|^\W*(?:attached|enclosed) (?:is|are|you['’]ll find|please find)\b` },
      { needles: ['here'], source: String.raw`^\W*here(?:['’]s| is| are) (?:your|the|a copy of)\b` },
      // The booking or change made, said as the state it leaves: "Biscuit is now booked for Tuesday", "you're booked in
      // for Saturday", "You're now on the 14 December flight", "you are confirmed on the 9:15 sailing", "the studio is
      // yours from 2 till 5", "That's all set".
      { needles: ['now on ', 'now in ', 'now down for '], source: String.raw`\b(?:is|are|['’]re|['’]s) now (?:on|in|down for) (?:the|your|our|a)\b` },
      { needles: ['yours'], source: String.raw`\b(?:is|are) yours (?:from|for|on)\b` },
      { needles: ['all set'], source: String.raw`^\W*all set\b|\b(?:that|it|everything|you|we)(?:['’]s|['’]re| is| are) all set\b` },
    ],
    'i',
  );
/**
 * The customer, their own or someone named booked in: "Biscuit is now booked for Tuesday", "you're booked in for
 * Saturday", "you are confirmed on the 9:15 sailing", "Your son is registered for…". Not a thing on the calendar ("The
 * AGM is scheduled for June").
 */
const BOOKED_IN =
  /(?:\b(?:[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)|\b[Yy]our (?:[\w-]+ ){0,2}?(?:son|daughter|child|children|kids?|partner|wife|husband|mum|mom|dad|mother|father|dog|cat|pet|horse|group|party|family|guests?|team|class|name|place|seat|room|table|spot|slot)|\b(?!(?:The|This|That|It|Our|Which|There|What|Everything|Everyone)\b)[A-Z][a-z]{2,})(?:['’]re|['’]s| is| are)(?: now| all)? (?:booked|rebooked|confirmed|registered|enrolled|signed up|pencilled|penciled)(?: in)? (?:for|on|onto|in|with|at)\b/;
const doneAsAsked = (s: CheckedSentence) => (DONE_AS_ASKED.test(s.text) || BOOKED_IN.test(s.text)) && !/\b(?:not|n['’]t|never|yet)\b/i.test(s.text) && !SAYS_NO.test(s.text) && !isFinal(s.text);
/** A done fact answers what was asked only where we can read the ask: a customer message, and not an upset one. */
// Pressed for time is no grievance: "I need the PDF by tonight" is answered by the PDF, attached.
const calmAsker = (ctx: { mood: { moods: readonly string[] } | null }) => ctx.mood !== null && ctx.mood.moods.every((m) => m === 'happy' || m === 'confused' || m === 'urgent');
/** A time is a next step when it lies ahead ("by Friday", "we'll call at 6pm"), not when it reports the past ("placed at 00:14"). */
// A visit offered with its day is a plan too: "our technician can come on Thursday", "we can fit you in on 18 December".
const AHEAD = /\b(?:will|['’]ll|shall|going to|expect|should|within|until|before|from|next|due(?: back)? (?:on|by|in)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|the end|\d)|can (?:come|call|visit|pop (?:in|round|over|by)|fit you in|see you|be with you|book you in|collect (?:it|them|the))\b)/i;
/** When something will happen, in the words the warmth markers don't know: "within the hour", "on Tuesday between 8 and 1", "end of day". */
export const WHEN =
  gatedAlternation(
    [
      { needles: ['day', 'tomorrow', 'tonight'], source: String.raw`\b(?:today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b` },
      { needles: ['morning', 'afternoon', 'evening', 'week'], source: String.raw`\b(?:this (?:morning|afternoon|evening|week|weekend))\b` },
      { needles: ['next ', 'this coming '], source: String.raw`\b(?:(?:next|this coming) (?:(?:working|business) )?(?:week|month|\w*day))\b` },
      { needles: ['within'], source: String.raw`\b(?:within (?:the|an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|a few|a couple of) (?:hour|day|week|minute|business day|working day)s?|within (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) ?(?:to|-|–) ?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|fourteen) (?:(?:business|working|calendar) )?(?:hours?|days?|weeks?))\b` },
      { needles: ['end of'], source: String.raw`\b(?:end of (?:the )?(?:day|week))\b` },
      { needles: ['am', 'pm', ':'], source: String.raw`\b(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2})\b` },
      { needles: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], source: String.raw`\b(?:(?:in|from|by|until|till|through) (?:january|february|march|april|june|july|august|september|october|november|december)|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6} \d{1,2}(?:st|nd|rd|th)?)\b` },
    ],
    'i',
  );
/** A sentence that reports what happened ("it was placed at 00:14", "your sample reached our lab on 14 March") is no plan. */
const PAST = /^\W*(?:the|your|our|a|an|my|his|her|their|this|that)(?: (?!(?:is|are|will|has|have|was|were|be|been|should|can|may)\b)\w+){1,3} \w{3,}ed\b|\b(?:was|were|had|did|went|came|took|gave|got|happened|arrived|yesterday|ago|last (?:night|week|month|\w+day)|earlier)\b|\b(?:i|we|they|he|she|it)(?:['’]ve| have)? \w{2,}ed\b|\b(?:has|have)(?: been)? \w{2,}(?:ed|en)\b/i;
/** Someone will do it: "Your engineer, Dave, arrives on Thursday" (an order to the customer, "Call us at 8am", is no plan of ours). */
const SUBJECT_FIRST = /^\W*(?:the|your|our|a|an|my|his|her|their|this|that|these|those|he|she|they|it|we|i|someone|somebody)\b/i;
// "The new rate will apply from 1 June and is non-negotiable" is a rule, not a next step.
// "…and you won't lose any texts in between" spares the customer something; it says nothing won't happen.
// "The book for Tuesday shows an entry at 2:15pm", "Our records show…": a time read off the record is a report, not a plan.
const READS_RECORD = /^\W*(?:the|your|our|my|this|that)\b[^.!?]{0,40}?\b(?:shows?|says|lists|records|states|indicates|confirms|notes|logs)\b/i;
/** A rule put on the customer with its date ("Your bill is correct and must be paid by 28 May", "Appeals must be submitted within 28 days") is no plan of ours. */
const OBLIGES_THEM = /\b(?:must|(?:is|are) required to|(?:is|are) (?:strongly )?advised to) (?:be )?\w+/i;
/** When a term runs out ("Your plan runs until 31 January", "The voucher expires on 3 May"): a fact about it, not a next step. */
const TERM_ENDS = /\b(?:runs?|lasts?|(?:is|are|remains?|stays?) (?:valid|active|in place|in force)|expires?)\b[^.!?]{0,25}\b(?:until|till|on|at)\b/i;
/**
 * A rule of the house with its usual time ("Refunds are processed within 30 days", "Payments made after 5pm are processed
 * the next working day", "Access is granted within 48 hours of payment clearing"): how things go in general, not what
 * happens next for this customer.
 */
const HOUSE_RULE =
  /^[^\p{L}\d]*(?:please (?:be (?:informed|advised|aware)|note) that )?(?:all )?(?:\p{L}+ ){0,2}?\p{L}+s (?:[\w-]+ ){0,4}?(?:are|can be|may be) (?:usually |normally |typically |only |generally )?(?:processed|issued|granted|handled|reviewed|sent|paid|refunded|dispatched|calculated|charged|applied|delivered|answered|credited|approved|made)\b|\bwithin (?:\d{1,3}|one|two|three|five|seven|ten|fourteen|thirty)(?: (?:working|business|calendar))? (?:hours?|days?|weeks?) of (?:the |your |cleared |us |receipt|payment|receiving|purchase)/iu;
/** Words that put a sentence's time ahead of today: a promise, a weekday to come, a target date ("moved to 14 May"). */
const TIME_AHEAD =
  /\b(?:will|['’]ll|shall|going to|tomorrow|tonight|next|soon|upcoming|from (?:now|today|tomorrow)|should|(?:valid|open|held|reserved|kept) (?:\w+ )?(?:until|till)|expect(?:ed)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|afternoon|evening|week|weekend)|by (?:the end|\d)|can take|takes?|(?:to|for) (?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b/i;
/**
 * A date on the record, not a step to come: "Your contract ran until 30 June.", "Your meter could not be accessed on 12
 * November.", "Recordings from before 3 March have been deleted.", "I can see the two payments on 12 July." Past tense
 * (compromise reads "ran", "lasted", "approved") or the account read back, with nothing ahead in the sentence ("…was
 * approved at 11:02 and the money arrives today" has its plan).
 */
/** The account read back to the customer, with nothing promised: "I can see the two payments on 12 July." */
const READS_BACK = /^\W*(?:(?:yes|ok(?:ay)?|right|so),?\s+)?(?:i|we) can (?:now |also )?see\b(?![^.!?]*\b(?:will|['’]ll|shall|going to)\b)/i;
// "Your pass is frozen from today", "The revised quote is attached": a present state, not a report of the past.
const onTheRecord = (s: CheckedSentence) =>
  !TIME_AHEAD.test(s.text) && !HAPPENS_AT.test(s.text) && (READS_BACK.test(s.text) || (s.doc.get().has('#PastTense') && !s.doc.get().has('(is|are|am|now) #Adverb? #PastTense')));
/**
 * A term of the account or the house, with its date: "The policy renews on 3 September.", "The new rate applies from 1
 * December.", "Tuning appointments are available from 6 January.", "The invoice is payable within 14 days.", "We have no
 * availability this week.", "A missed appointment fee may be applied." How things stand, not what anyone will do next.
 */
const TERM_SET =
  /\b(?:appl(?:y|ies)|(?:is|are) (?:only )?(?:payable|available|accepted|applicable|chargeable)|(?:may|can) be (?:applied|charged|added|deducted|levied)|renews?)\b|\bno (?:availability|free slots?|capacity|space)\b/i;
const statesATerm = (s: CheckedSentence) => TERM_SET.test(s.text) && !/\b(?:will|['’]ll|shall|going to)\b/i.test(s.text);
const liesAhead = (s: CheckedSentence) =>
  (s.markers.concreteTime > 0 || WHEN.test(s.text)) &&
  !onTheRecord(s) &&
  !statesATerm(s) &&
  !TERM_ENDS.test(s.text) &&
  !HOUSE_RULE.test(s.text) &&
  !OBLIGES_THEM.test(s.text) &&
  (AHEAD.test(s.text) || HAPPENS_AT.test(s.text) || (SUBJECT_FIRST.test(s.text) && !PAST.test(s.text) && !READS_RECORD.test(s.text))) &&
  !WONT_HAPPEN.test(s.text.replace(SPARES_THE_CUSTOMER, ' '));
/** The present tense for what is planned: "the money arrives today", "They … arrive tomorrow", "restarts in June". */
const HAPPENS_AT =
  /\b(?:arrives?|lands?|reaches|go(?:es)? out|starts?|begins?|restarts?|resumes?|opens?|reopens?|goes live|moves? (?:across|over)|renews?|ships?|leaves?|comes? back|(?:is|are) back|kicks? in|takes? effect) (?:\w+ ){0,3}?(?:today|tomorrow|tonight|on|by|in|at|within|from|next|this)\b/i;
/**
 * "If it acts up again, shout", "Should you prefer another day, just reply", "If you lose it, you can make a new one on
 * the same page": a door left open on a condition.
 */
const CONDITION = /^\W*(?:if|should|in case|whenever|once|when)\b/i;
/** "If you ever want to check a real delivery, the tracking page is the place": a door left open for what they may want. */
const IF_YOU_WANT = /^\W*(?:if|whenever|should) you(?:['’]d (?:like|prefer|rather)| (?:ever |still |later )?(?:want|need|wish|fancy|would like|prefer))\b/i;
/** …or something they can do themselves ("you can make a new one"), not a redirect ("you can contact your bank"). */
const YOU_CAN_DO = /\byou can (?!(?:always |also )?(?:contact|call|email|e-mail|write|ring|phone|speak|talk|complain|appeal|escalate|raise|refer|go to|visit|try (?:the|another|your))\b)/i;
/**
 * What the customer can now do with what the reply gave them, after a "so": "Yours is GWF0483921756, so you can copy it
 * straight in". Reading it up elsewhere ("so you can find our terms online") is no step.
 */
const SO_YOU_CAN = /\bso (?:that )?you can (?!(?:always |also )?(?:contact|call|email|e-mail|write|ring|phone|speak|talk|complain|appeal|escalate|raise|refer|go to|visit|find|read|see|view|check|look|try (?:the|another|your))\b)\w+/i;
/** …back to the agent, not elsewhere ("If you disagree, you can contact your bank" is a redirect). */
const CONTACT = /\b(?:me|us|reply|shout|ping|holler)\b/i;
/**
 * What comes next, in the words of a friendly reply: "Speak soon!", "See you on Saturday!", "Looking forward to
 * welcoming you", "Your new card is on its way", "That's everything sorted", "We're always here if you need us",
 * "Any trouble, you know where we are".
 */
const COMES_NEXT =
  // Gated as OPEN_DOOR is (issue #12).
  gatedAlternation(
    [
      { needles: ['soon'], source: String.raw`^\W*(?:speak|talk|chat) (?:to you )?soon\b` },
      { needles: ['see you '], source: String.raw`\bsee you (?:on|at|next|soon|then|tomorrow|there|in|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|this)\b|\bsee you (?:again|back)\b` },
      { needles: ['forward to'], source: String.raw`\blook(?:ing)? forward to (?:seeing|hearing|meeting|welcoming|having)\b` },
      { needles: [' way'], source: String.raw`\bon (?:its|their|the|her|his) way\b` },
      { needles: ['sorted', 'done', 'fixed', 'set up'], source: String.raw`\b(?:all|everything(?: is| has been)?|you['’]re(?: all)?|that['’]s (?:you|everything)(?: all)?) (?:sorted|done|fixed|set up)\b` },
      { needles: ['here'], source: String.raw`\b(?:we['’]re|i['’]m|we are|i am) (?:always |still |right )?here\b` },
      { needles: ['you know where'], source: String.raw`\byou know where (?:we are|i am|to find (?:us|me))\b` },
      // "ready for you to collect", "waiting for you at the desk" ("waiting for you to pay" is a demand, not a next step).
      { needles: ['ready '], source: String.raw`\bready (?:for you )?(?:for|to) (?:collection|collect|pick-?up|pick (?:it |them )?up|download|try (?:it |them )?on|take (?:it |them )?home)\b` },
      { needles: ['waiting for you'], source: String.raw`\bwaiting for you(?! to\b)` },
      { needles: ['love to '], source: String.raw`\blove to (?:see|have|welcome) you\b` },
    ],
    'i',
  );
/**
 * Calls to come back that the markers don't know: "Shout if…", "Give me a bell", "I'm around till 6"; an invitation to
 * call in ("Come by for a tour any weekday after 2", "Pop in on Saturday", "Ask for me."); a visit we expect ("the night
 * vet knows you're coming", "We're expecting you at ten"; "we are expecting you to pay" is no visit).
 */
const COME_BACK =
  /^\W*(?:just )?(?:shout|holler|ping me|ping us|give (?:me|us) a (?:shout|bell|call|ring|buzz))\b|\bi['’]m (?:around|about|online|on shift|on chat|available|here)\b|\breach out\b|^\W*(?:(?:do|just|please) )?(?:come|pop|drop|swing|stop) (?:by|in|round|over|along)\b|^\W*(?:just )?ask for (?:me|us)\b|\b(?:knows?|expecting|expects) (?:you(?:['’]re| are) coming|you(?! to\b))\b/i;
/**
 * The agent's own tip leaves the customer something to do: "you may want it ticked as well", "I'd recommend a
 * restart", "Saturdays get busy, so if you'd like a calmer visit, weekdays are best", "One tip: the tram stops at midnight, so
 * take the bus", "You can check the final status on the PNR page after charting" (a thing of theirs to watch, as "you
 * can track it" is; a team's "We suggest you raise it with the landlord" or "You may wish to consider…" sends them away).
 */
const SUGGESTS =
  /^\W*(?:(?:one|a|quick|top|little|handy) )?tip\b\s*[:—–-]|\b(?:so|and|but),? if you(?:['’]d like| (?:ever |still )?(?:want|wish|fancy|would like|prefer))\b[^.!?]{3,}|\byou (?:may|might) (?:also )?want\b|\bi(?:['’]d| would)? (?:recommend|suggest)\b|\b(?:give it a (?:try|go|whirl)|worth a (?:try|go|shot))\b|\byou can (?:track|follow|manage|change|update|rebook|reschedule)\b|\byou can (?:check|see|view) (?:the|your) (?:\w+ ){0,2}(?:status|progress|result|results|balance|position)\b/i;
/**
 * Nothing more to do is a next step too: "there's nothing you need to send back", "Nothing else is needed from you";
 * and so is what is left for them: "There's only the £99 excess left for you to settle with the vet".
 */
const NOTHING_TO_DO = gatedAlternation([{ needles: ['no need', 'action', 'for you to', 'left', 'nothing', 'all set', 'good to go'], source: String.raw`\b(?:no need for (?:a|an|any|the) |no (?:further |more |other )?action (?:is )?(?:needed|required) (?:from|by|on)|(?:left|remaining|outstanding) for you to \w+|(?:all|the only thing) (?:that['’]s |that is )?left (?:to do )?(?:is|for you)|nothing (?:(?:else|more|further|extra) )?(?:(?:you|for you) )?(?:need to |have to )?(?:to )?(?:do|redo|send|pay|bring|print|sign|is needed|needed|to worry about)|no need to (?:do|send|redo|resend|call|contact|reply)|(?:you['’]re|you are) all set|(?:you['’]re|you are|it['’]s|it is|\w+ is) (?:all )?good to go)\b` }], 'i');

/**
 * Someone will do something: "Luis will call you when he's 30 minutes away", "the difference will be refunded
 * automatically", "Your next repeat should then reach us automatically". Not a refusal ("no refund will be issued"),
 * an order to the customer ("You will need to…") or a promise with no time at all ("in due course", "eventually").
 */
// Someone doing it ("Luis will call you"), or it happening on its own; a passive "will be placed on the list" has no doer.
const WILL_HAPPEN =
  /\b(?:will|['’]ll|is going to|are going to)\s+(?!(?:(?:\w+ly|now|then|also|soon|still|just)\s+)?be\b)(?:\w+ly\s+)?\w+|\b(?:will|['’]ll) be (?:there|ready|with you|waiting|back|open|in touch)\b|\b(?:will|should)\b[^.!?]{0,60}?\b(?:automatically|on (?:its|their) own)\b/i;
const WONT_HAPPEN =
  /\b(?:will not|won['’]t|no (?:\w+ ){0,2}will|will (?:remain|stay|(?:still )?stand)|you will (?:need|have|be required|be expected|be asked)|non-negotiable|(?:is|are) final|not open to)\b/i;
const NO_TIME =
  /\b(?:in due course|eventually|as and when|at (?:some|a later) (?:point|date|stage)|in turn|when (?:possible|able|time allows|we can)|when\b[^.!?]{0,40}\bavailable|at (?:the|our) earliest|in the coming (?:days|weeks|months)|once (?:a|the) (?:decision|review|investigation)|(?:if|when|once) (?:it|this|they) (?:becomes?|is|are) (?:available|possible)|further (?:information|updates?))\b/i;
const commits = (text: string) => WILL_HAPPEN.test(text) && !WONT_HAPPEN.test(text) && !NO_TIME.test(text);

/** "I can't discuss her account, but I can make sure she gets help today": the turn is the next step. */
const TURN = /\b(?:but|however|instead)\b/i;
/** The reply asks for what it needs to act: "Tell me the date and the message, and it's booked." */
const ASKS_FOR_IT = /^\W*(?:just |simply )?(?:tell|send|give|show|email|e-mail|text|message) (?:me|us)\b/i;
/** A how-to that ends on the steps in the app: "Under Settings › Team, click Invite and enter their email." */
const UI_STEPS = /(?:^|[,;:]\s*)(?:then |now |just |simply )?(?:click|tap|press|select|choose) (?:on )?(?:the )?[“"'‘]?\p{Lu}/u;

/** Another way to reach us is a next step too: "For further assistance call 0345 000 1234", "email help@acme.com". */
const CONTACT_BY = /\b(?:call|ring|phone|text|email|e-mail|write to|contact)\b[^.!?]{0,40}?(?:\+?\d[\d ]{5,}\d|\S@\S|www\.|https?:)/i;
/**
 * The reply says replies go nowhere: "This mailbox is not monitored", "Please do not reply",
 * "do not send further emails". A closing that invites a reply would contradict it, so none is offered.
 */
const NO_REPLIES = gatedAlternation([{ needles: ['repl', 'respond', 'monitored', 'correspondence', 'refrain', 'contact us', 'email us', 'e-mail us', 'message us', 'outbound', 'mails', 'messages'], source: String.raw`\b(?:do not|don['’]t|please do not|cannot) (?:reply|respond)\b|\b(?:not|isn['’]t|un)\s?monitored\b|\bno-?reply\b|\bno further correspondence\b|\b(?:will not|won['’]t) (?:be )?(?:respond|respondin|repl)\w* (?:further|again)\b|\brefrain from (?:contacting|emailing|writing to|messaging) us\b|\b(?:do not|don['’]t) (?:contact|email|e-mail|message) us (?:again|further|about this)\b|\b(?:for )?outbound (?:messages|mail|e-?mails) only\b|\b(?:do not|don['’]t) (?:send|write) (?:any )?(?:further|more) (?:e-?mails|messages)\b` }], 'i');
/**
 * The reply says no, or closes the matter: "We won't be taking further action on this.", "This matter is now closed.",
 * "The decision is final.", "Seat fees are non-refundable." An open door appended after it ("If anything else comes
 * up, reply here…") would invite the customer to argue it again, or read as going back on it: the closing is advice.
 */
const SAYS_NO =
  gatedAlternation(
    [
      { needles: ['closed', 'concluded'], source: String.raw`\b(?:(?:this|the|your) (?:matter|case|complaint|query|claim|dispute|ticket|conversation) (?:is|has been|will be|will now be|is now) (?:now )?(?:closed|concluded|resolved and closed))\b` },
      { needles: ['won', 'will not', 'shall not'], source: String.raw`\b(?:(?:won['’]t|will not|shall not) be (?:taking|considering|reviewing|reopening|discussing|entering into|responding|changing|reversing))\b` },
      { needles: ['no further action', 'not take any further action'], source: String.raw`\b(?:(?:no|not take any) further action(?! (?:is )?(?:needed|required) (?:from|by|on)))\b` },
      { needles: ['decision is final', 'decision was final', 'decision remains final', 'outcome is final', 'outcome was final', 'outcome remains final'], source: String.raw`\b(?:(?:decision|outcome) (?:is|was|remains) final)\b` },
      { needles: [' be appealed', ' be reversed', ' be overturned', ' be reconsidered', ' be refunded', ' be changed', ' be reopened'], source: String.raw`\b(?:(?:cannot|can['’]t|will not|won['’]t) be (?:appealed|reversed|overturned|reconsidered|refunded|changed|reopened))\b` },
      { needles: ['non-refundable', 'nonrefundable'], source: String.raw`\b(?:non-?refundable)\b` },
      { needles: ['has been rejected', 'has been declined', 'has been refused', 'has been denied', 'have been rejected', 'have been declined', 'have been refused', 'have been denied'], source: String.raw`\b(?:(?:has|have) been (?:rejected|declined|refused|denied))\b` },
      { needles: ['is not eligible', 'is not entitled', 'is not covered', 'is excluded', 'are not eligible', 'are not entitled', 'are not covered', 'are excluded'], source: String.raw`\b(?:(?:is|are) (?:not (?:eligible|entitled|covered)|excluded))\b` },
      { needles: ['unable to assist you further', 'unable to assist further', 'unable to help you further', 'unable to help further', 'not able to assist you further', 'not able to assist further', 'not able to help you further', 'not able to help further'], source: String.raw`\b(?:(?:unable|not able) to (?:assist|help) (?:you )?further)\b` },
      { needles: [' contact us', ' email us', ' e-mail us', ' message us', ' write to us', ' call us'], source: String.raw`\b(?:(?:do not|don['’]t|please do not) (?:contact|email|e-mail|message|write to|call) us)\b` },
      { needles: ['refund', 'compensation', 'exception', 'credit', 'replacement', 'payment', 'goodwill '], source: String.raw`\b(?:no (?:refund|compensation|exception|credit|replacement|payment|goodwill \w+)s? (?:will|can|could|is able to) be (?:issued|made|offered|given|paid|provided|granted))\b` },
      { needles: ['closed', 'concluded', 'resolved', 'final'], source: String.raw`\b(?:consider (?:this|the|your) (?:matter|case|complaint|query|claim) (?:closed|concluded|resolved|final))\b` },
      // A no said with "no" for its determiner: "No refund is possible for no-shows.", "As such no compensation is due.",
      // "No exchanges are permitted on sale items."
      { needles: ['refund', 'compensation', 'exception', 'credit', 'replacement', 'exchange', 'return', 'reimbursement', 'cancellation', 'extension', 'transfer'], source: String.raw`\bno (?:refunds?|compensation|exceptions?|credits?|replacements?|exchanges?|returns?|reimbursements?|cancellations?|extensions?|transfers?) (?:is|are|will be|can be) (?:possible|available|permitted|allowed|accepted|offered|given|due|payable|owed)\b` },
      // What we do not take back or give, said of our practice: "We are not accepting return of food items", "We don't offer
      // partial refunds", "We do not issue credit notes for late cancellations".
      { needles: ['not accept', 'not offer', 'not issu', 'not giv', 'not provid', 'not do', 'not mak', 'n’t accept', 'n’t offer', 'n’t issu', 'n’t giv', 'n’t provid', 'n’t do', 'n’t mak', "n't accept", "n't offer", "n't issu", "n't giv", "n't provid", "n't do", "n't mak"], source: String.raw`\b(?:(?:we|i)(?: are| am|['’]re|['’]m)(?: currently)? not (?:accepting|offering|issuing|giving|providing|doing|making)|(?:we|i) (?:do not|don['’]t|cannot|can['’]t|can not) (?:accept|offer|issue|give|provide|do|make)) (?:any )?(?:partial |full |cash |further )?(?:returns?|refunds?|exchanges?|compensation|credits?(?: notes?)?|replacements?|reimbursements?)\b` },
    ],
    'i',
  );
/**
 * The matter is final or the door is shut: "The amount is final.", "All sales are final.", "That is our final position",
 * "Our decision stands.", "We stand by our original decision.", "I'm afraid the answer is no.", "There will be no refund.",
 * "The figure stands and will not change.", "No further correspondence will be entered into.", "Stop emailing us about
 * this." A stock "Let me know if there is anything else I can do" right after it reads as irony.
 */
const IS_FINAL =
  gatedAlternation(
    [
      { needles: ['stand', 'hold', 'remains unchanged', 'remains the same', 'remains payable', 'remains due', 'remains in place', 'remain unchanged', 'remain the same', 'remain payable', 'remain due', 'remain in place'], source: String.raw`\b(?:(?:decision|position|answer|outcome|charge|fee|bill|amount|figure|price|penalty|fine|assessment)s? (?:still |will |must |shall )?(?:stands?|holds?|remains? (?:unchanged|the same|payable|due|outstanding|in place)))\b` },
      { needles: ['decision', 'position', 'assessment', 'answer', 'response'], source: String.raw`\b(?:stand by (?:our|the|my) (?:original |earlier |previous |initial )?(?:decision|position|assessment|answer|response))\b` },
      { needles: ['positions ', 'position ', 'decisions ', 'decision ', 'views ', 'view ', 'answers ', 'answer '], source: String.raw`\b(?:(?:position|decision|view|answer)s? (?:has|have|is|are) (?:not|unchanged)(?: changed)?)\b` },
      { needles: [' be '], source: String.raw`\b(?:(?:will not|won['’]t|shall not) be (?:offering|providing|issuing|granting|refunding|waiving|paying|reimbursing|compensating|crediting|making (?:an? |any )?(?:exception|refund|payment|change|adjustment|further)s?))\b` },
      { needles: ['change', 'alter', 'reverse', 'offer', 'refund'], source: String.raw`\b(?:not (?:something|anything) (?:we|i) (?:can|could|are able to|am able to) (?:change|alter|reverse|offer|refund))\b` },
      { needles: ['answer is no', 'answer has to be no', 'answer must be no', 'answer will have to be no'], source: String.raw`\b(?:(?:the )?answer (?:is|has to be|must be|will have to be) no)\b` },
      { needles: [' be waived', ' be credited', ' be granted', ' be honoured', ' be honored', ' be reimbursed', ' be compensated', ' be made an exception'], source: String.raw`\b(?:(?:cannot|can['’]t|will not|won['’]t) be (?:waived|credited|granted|honou?red|reimbursed|compensated|made an exception))\b` },
      { needles: ['there will be no ', 'there is no ', 'there can be no '], source: String.raw`\b(?:there (?:will be|is|can be) no (?:refund|compensation|exception|credit|replacement|reimbursement|goodwill))\b` },
      { needles: ['are not ', 'are no longer ', 'is not ', 'is no longer '], source: String.raw`\b(?:(?:refunds?|exchanges?|returns?|cancellations?|exceptions?|compensation|transfers?|extensions?) (?:are|is) (?:not|no longer) (?:possible|available|permitted|allowed|offered))\b` },
      { needles: ['on this ', 'on the ', 'about this ', 'about the ', 'regarding this ', 'regarding the '], source: String.raw`\b(?:(?:last|final) (?:response|reply|word|email|e-mail|letter|contact) (?:on|about|regarding) (?:this|the) (?:matter|subject|issue|complaint|case))\b` },
      { needles: ['is correct and must be paid', 'is valid and must be paid', 'is due and must be paid'], source: String.raw`\b(?:is (?:correct|valid|due) and must be paid)\b` },
      { needles: ['final'], source: String.raw`\b(?:(?:is|are|remains?|stands?) (?:now |also |therefore )?final)\b` },
      { needles: [' final position', ' final decision', ' final word', ' final answer', ' final say', ' final response', ' final outcome', ' final offer'], source: String.raw`\b(?:(?:our|is the|that['’]s the|this is the) final (?:position|decision|word|answer|say|response|outcome|offer))\b` },
      { needles: [' change'], source: String.raw`\b(?:(?:will not|won['’]t|does not|doesn['’]t|is not going to) change)\b` },
      { needles: [' be revised', ' be adjusted', ' be amended', ' be waived', ' be increased', ' be reduced', ' be reconsidered', ' be revisited'], source: String.raw`\b(?:(?:will not|won['’]t) be (?:revised|adjusted|amended|waived|increased|reduced|reconsidered|revisited))\b` },
      { needles: ['non-negotiable', 'nonnegotiable'], source: String.raw`\b(?:non-?negotiable)\b` },
      { needles: ['not open to negotiation', 'not open to discussion', 'not open to review', 'not open to appeal', 'not open to debate', 'not subject to negotiation', 'not subject to discussion', 'not subject to review', 'not subject to appeal', 'not subject to debate', 'not up for negotiation', 'not up for discussion', 'not up for review', 'not up for appeal', 'not up for debate'], source: String.raw`\b(?:not (?:open to|subject to|up for) (?:negotiation|discussion|review|appeal|debate))\b` },
      { needles: ['no further correspondence', 'no further discussion', 'no further communication', 'no further contact'], source: String.raw`\b(?:no further (?:correspondence|discussion|communication|contact)s?)\b` },
      { needles: ['emailing ', 'contacting ', 'calling ', 'writing to ', 'messaging ', 'texting ', 'phoning '], source: String.raw`\b(?:(?:stop|refrain from|cease) (?:emailing|contacting|calling|writing to|messaging|texting|phoning) (?:us|this office|our (?:team|office|staff)))\b` },
      { needles: ['this office', 'our team', 'our office', 'our staff', 'the team'], source: String.raw`\b(?:(?:do not|don['’]t|please do not) (?:contact|email|e-mail|message|write to|call) (?:this office|our (?:team|office|staff)|the team))\b` },
      { needles: ['nothing more we can ', 'nothing more to ', 'nothing further we can ', 'nothing further to ', 'nothing else we can ', 'nothing else to '], source: String.raw`\b(?:nothing (?:more|further|else) (?:we can|to) (?:do|say|add|discuss))\b` },
      // A dead end without "we": "Until then nothing can happen.", "Nothing can be done before the survey."
      { needles: ['nothing can ', 'nothing will ', 'nothing could '], source: String.raw`\b(?:nothing (?:can|will|could) (?:happen|be done|move|progress|go ahead|proceed))\b` },
      { needles: ['this is ', 'this concludes ', 'that is ', 'that concludes '], source: String.raw`\b(?:(?:this|that) (?:is|concludes) (?:the end of|our (?:final )?(?:response|reply) to) (?:the|this|your) (?:matter|complaint|case|query))\b` },
    ],
    'i',
  );

/** The final-word patterns, on a sentence with its reassurance read past. */
const isFinal = (text: string) => IS_FINAL.test(withoutReassurance(text));

/** "Please don't open more cases", "duplicates will be closed without review", "does not attend repairs". */
const SHUTS_OUT =
  /\b(?:(?:do not|don['’]t|please do not) (?:open|raise|submit|log|send) (?:any )?(?:more|further|new|another|duplicate)|will be (?:closed|rejected|ignored|deleted) without|should be (?:raised|addressed|directed|taken up) with|(?:does|do) not (?:attend|handle|deal with|accept|take|process))\b/i;
/**
 * The reply pushes the matter away ("Host cancellations are outside our control", "any complaints should be raised
 * with the fitter directly", "We only supply the blinds") with no turn after it ("…, but I can…"): "glad to help"
 * right after it reads as irony, so the closing is the agent's to write.
 */
/**
 * The only step left is for the customer to take the matter to someone else: "please take it up with the stone
 * supplier", "you must contact the trust's liaison office directly", "so please claim with them", "complain to the
 * airline". It says where to go, not what we will do, so it is no next step of ours. Not when we do it ("we'll take it
 * up with the seller ourselves") nor when the one to contact is us ("call me directly on…").
 */
const SENDS_ELSEWHERE =
  /\b(?:take (?:it|this|that|the (?:matter|issue|complaint|claim|problem)|your (?:complaint|claim|concerns?))(?: up)? with (?!(?:us|me|our|my)\b)|(?:claim|complain|appeal) (?:with|to|through|from) (?!(?:us|me|our|my)\b)(?:the|them|their|your|an?|its|his|her)\b|(?:contact|call|ring|phone|e-?mail|write to|speak to|talk to|raise (?:it|this|that) with|get in touch with) (?!(?:me|us|our|my)\b)[^.!?\n]{1,50}?\bdirectly\b)/i;
const OURS_TO_DO = /\b(?:we|i)(?:['’]ll| will| can| have|['’]ve| am|['’]m| are|['’]re)\b|\bourselves\b|\bmyself\b/i;
const sendsElsewhere = (text: string) => SENDS_ELSEWHERE.test(text) && !OURS_TO_DO.test(text);
const pushesAway = (text: string, askedWhere = false) => {
  if (!askedWhere && sendsElsewhere(text)) return true;
  const m = DEFLECTS.exec(text) ?? DISCLAIMS.exec(text) ?? SHUTS_OUT.exec(text);
  return m !== null && !TURN.test(text.slice(m.index + m[0].length));
};

const AFTER_PUSH_AWAY =
  'Say in your own words what the customer can do now and what you will do to help: right after "that is not ours to fix", a stock "glad to help" reads as irony.';
/**
 * The reply ends on a rule the customer must keep: "Customers must not share gate codes.", "Please refrain from parking
 * on the verge.", "You are not permitted to sublet the berth." A stock "let me know if there's anything else" right
 * after a prohibition reads as a brush-off (or as irony): what they can do now is the agent's to say.
 */
const PROHIBITS =
  /\b(?:must not(?! be\b)|mustn['’]t(?! be\b)|shall not(?! be\b)|(?:are|is) not (?:permitted|allowed|authori[sz]ed) to|(?:are|is) (?:strictly )?(?:prohibited|forbidden|barred|banned) from|refrain from|not permitted|strictly prohibited)\b/i;
const AFTER_RULE =
  'Say in your own words what the customer can do now: right after a rule they must keep ("must not…", "refrain from…"), a stock "anything else?" reads as a brush-off.';
/** A closing that declares the matter explained: "We trust this clarifies the position.", "I hope the above explains our decision." */
const CLOSES_ON_VERDICT =
  /^\W*(?:we|i) (?:trust|hope|believe) (?:that )?(?:this|the above|the information(?: above)?|our (?:reply|response|letter|email)|my (?:reply|response|email))\b[^.!?]{0,20}?\b(?:clarifies|clarified|explains|explained|answers|answered|addresses|addressed|resolves|resolved|confirms|sets out)\b/i;
const AFTER_VERDICT =
  'Say in your own words what happens next for the customer: after "we trust this clarifies the position", "anything else?" reads as if the matter were settled.';
const AFTER_UNSETTLED =
  'Say in your own words what happens next about the customer\'s problem, and when: to someone still upset, after a blame, a redirect or an open wait, "anything else?" reads as if it were settled.';
const AFTER_SHORT_TURN =
  'Say in a few words of your own what happens next about their problem, and when: to someone upset, a turn that stops on a fact leaves them stuck, and a stock closing line would read like a form letter.';
/** Where the customer can turn after a no: "You can still appeal to the ombudsman", "If you disagree, you can ask for a review". */
const NAMES_A_ROUTE =
  /\byou (?:can|may|are (?:welcome|free) to) (?:still |also |always )?(?:appeal|refer (?:it|this|the matter|your complaint|your case)|complain to|escalate (?:it|this|your complaint) to|ask (?:for )?(?:a|an) (?:review|appeal)|request (?:a|an) (?:review|appeal)|take (?:it|this|the matter|your (?:complaint|case)) to)\b/i;
const AFTER_NO =
  'Say in your own words where the customer can turn now (an appeal, the ombudsman, another option): after a no, "just reply" would invite them to argue it again.';

/**
 * Warm closings that are an offer, an invitation or a plan in the agent's own words: "Happy to jump on a quick call if
 * any step looks odd", "Do send us a photo once it's on the line", "tag us if you post a photo", "I'll keep an eye on it".
 */
const OFFERS_MORE = gatedAlternation([{ needles: ['happy to', 'glad to', 'delighted to', 'if you', 'send', 'share', 'show', 'post', 'drop', 'tag us', 'an eye on', 'check'], source: String.raw`\b(?:happy|glad|delighted) to (?:jump|hop|get|help|dig|look|take|walk|go|talk|chat|call|set|sort|arrange|send|book|check|explain|show|answer|assist|pop|join|run|ring|meet|do|make|put|change|swap|move|add|pick)\b|\bif you(?:['’]d| would) (?:like|prefer|rather)(?: (?:me|us))? to\b|\b(?:send|share|show|post|drop) (?:us|me) (?:a |an |some )?(?:photo|pic|picture|snap|video|screenshot|line|note|message)|\b(?:send|share) (?:over )?(?:a |some )?(?:photos?|pics?|pictures?|snaps?)\b|\btag us\b|\bkeep(?:ing)? an eye on\b|\bcheck (?:back )?in (?:on|with) you\b` }], 'i');
/** A sign-off that says what comes next: "Speak soon,", "See you on the slopes,", "Talk soon!", "Until next time,". */
/** A pleasantry that hopes about the matter rather than wishing the customer well: "Hopefully it arrives before you travel." */
const HOPES = /^\W*(?:(?:i|we) )?(?:really |do )?hope(?:fully)?\b/i;
const SIGN_OFF_NEXT = /^\W*(?:speak|talk|chat|catch you|see you)(?: (?:soon|then|there|on|at|next|tomorrow|again|later|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)\b|,|!|$)|^\W*until (?:next time|then)\b/i;
/**
 * A calm customer's question answered in full, signed off with a wish ("Happy shopping,", "Thanks for shopping with us,",
 * "Enjoy the show,"): nothing is left open, and the wish is the warm close. An upset or unsure customer still gets the door.
 */
const calmQuestion = (ctx: { mood: { moods: readonly string[] } | null; customerMessage?: string }) =>
  ctx.mood !== null && ctx.mood.moods.every((m) => m === 'happy') && /\?/.test(ctx.customerMessage ?? '');
/**
 * A last "paragraph" that is a sign-off the layout pass read as body: "xo,\nRetroRail", "Customer Care Team",
 * "Spares Desk". Short lines with no full stop, the first ending on a comma or every word capitalised.
 */
function looksLikeSignOff(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0 || lines.length > 4) return false;
  if (lines.some((l) => /[.!?]$/.test(l) || l.split(/\s+/).length > 6)) return false;
  const titled = (l: string) => l.replace(/,$/, '').split(/\s+/).every((w) => /^[\p{Lu}&'’(—–-]/u.test(w) || /^(?:of|the|and|at|for|de|van|von)$/.test(w));
  return /,$/.test(lines[0]!) || lines.every(titled);
}

/** A closing that asks the customer to write back. */
/** A rewording that leaves the door open: "…if anything else comes up, just reply here", "…let me know if you need anything". */
const OPENS_THE_DOOR = /\bif (?:anything|there['’]s anything|you (?:have|need|want))\b[^.!?]{0,60}?\b(?:reply|let (?:me|us) know|get in touch|contact (?:me|us))\b|\b(?:reply|let (?:me|us) know|get in touch)\b[^.!?]{0,40}?\bif (?:anything|you need)\b/i;
const INVITES_REPLY = /\b(?:reply|let (?:me|us) know|write|get back to|message|email)\b/i;

/**
 * Timing left to chance, with nothing promised: "We'll see how the weather goes this week", "we'll have to wait and see",
 * "time will tell". A "we'll" before it is no plan ("We'll see you Saturday" is one).
 */
const WAITS_AND_SEES = /\b(?:(?:we|i)(?:['’]ll| will| shall)(?: (?:just|have to|need to))? )?(?:wait and see\b|waiting and seeing\b)|\b(?:we|i)(?:['’]ll| will| shall)(?: just| have to)? see\W*$|\b(?:we|i)(?:['’]ll| will| shall)(?: just)? see (?:how|what|if|whether|where|when)\b|\btime will tell\b|\bfingers crossed\b/i;
/**
 * Promised word back to the customer, or a concrete act for them after the look: "…and get back to you", "…and call
 * you", "…and let you know", "…and adjust the price", "I'll check in again…". A look with one of these is a next step.
 */
const TELLS_THEM =
  /\b(?:(?:will|['’]ll) (?:\w+ )?(?:ring|call|phone|text|message|email|e-mail|contact|update)\b|(?:call|ring|phone|email|e-mail|text|message|write to|update|tell|contact|reply to|answer) you|let you know|get back to you|come back to you|be in touch|check (?:\w+ )?(?:in|on|out)|drop you|send you|confirm|and (?:then )?(?:\w+ )?(?:adjust|refund|replace|send|fix|sort|book|credit|add|arrange|reissue|rebook|repair|swap|change|cancel|remove|pay|waive))\b/i;
/**
 * A promise only to look at the matter, with no time and nothing said to come of it: "We'll look into it.", "Our team
 * will check the logs when they have a moment.", "Maintenance team will check.", "They will decide whether to send a
 * replacement." The customer still does not know what happens next, or when. The whole sentence is the look (a subject
 * of up to four words, then the promise): a request before it ("Send us the link and we'll check it") or a condition
 * ("If it's still off, I'll check it") is the step, and a time ("I'll check on Friday") or word back ("…and call you")
 * makes the look one.
 */
const ONLY_LOOKS =
  /^[^\p{L}\d]*(?:(?:ok(?:ay)?|sure|right|noted|thanks),?\s+)?(?:\p{L}[\p{L}'’-]*\s+){0,3}?(?:\p{L}+['’]ll|will|shall|(?:is|are|am) going to)\s+(?:(?:\w+ly|now|also|then|just|still)\s+)?(?:look(?: (?:into|at|over))?|check(?: (?!in\b)\w+)?|investigate|review|consider|examine|assess|decide|discuss|make (?:a|the|their|its|his|her) (?:decision|call)|follow (?:it |this |that )?up)\b[^.!?;:]*(?:[.!]\s*)?$/iu;
const onlyLooksIntoIt = (s: CheckedSentence) => ONLY_LOOKS.test(s.text) && !/^\W*(?:if|when|once|should|please)\b/i.test(s.text) && s.markers.concreteTime === 0 && !WHEN.test(s.text) && !TELLS_THEM.test(s.text);
/**
 * Someone else's promise on someone else's clock, with no time: "The car will be ready when the part arrives.", "The
 * fitter will return once the worktop is in.", "Your order will arrive when the courier is next in your area." Not our
 * own ("I'll refund you once it's back with us"), not one that waits on the customer ("…once you've reset your PIN")
 * and not one that says they will hear ("Luis will call you when he's 30 minutes away").
 */
const ON_ANOTHER_CLOCK =
  /^[^\p{L}\d]*(?!(?:i|we)\b)(?:\p{L}[\p{L}'’-]*\s+){0,4}?(?:\p{L}+['’]ll|will|shall)\s+[^.!?]{1,60}?\b(?:when|once|as soon as|after|until)\s+(?!you\b|you['’])(?:the|a|an|our|their|its|his|her|they|he|she|it|someone|somebody|this|that|there|[\p{L}]+s)\b[^.!?]*(?:[.!]\s*)?$/iu;
/** A span of time ("in about three weeks", "in 2 days"): a when, though no date. */
const IN_A_SPAN = /\bin (?:about |around |roughly |under |less than )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|a few|a couple of) (?:hours?|days?|weeks?|months?)\b/i;
/** We promise our part beside theirs: "…will be ready in three weeks — I'll send the link as soon as they are". */
const WE_PROMISE = /\b(?:i|we)(?:['’]ll| will| shall)\b/i;
const waitsOnAnotherClock = (s: CheckedSentence) =>
  ON_ANOTHER_CLOCK.test(s.text) && s.markers.concreteTime === 0 && !WHEN.test(s.text) && !IN_A_SPAN.test(s.text) && !WE_PROMISE.test(s.text) && !TELLS_THEM.test(s.text);
/**
 * A lecture, not a step: "I'm sure you'll agree that ventilating the room is something every tenant can do.", "I'm sure
 * you understand that a 12 year old car will have wear.", "You'll want to keep the area clear for next time." What the
 * customer should have known or must do in future says nothing of what happens about this matter.
 */
const LECTURES =
  /^\W*(?:as\s+)?(?:i['’]m|i am|we['’]re|we are) (?:sure|certain|confident) (?:that )?you(?:['’]ll| will| can| would)? (?:\w+ )?(?:agree|understand|appreciate|see|know|realise|realize|accept|be aware)\b|\byou(?:['’]ll| will) (?:want|need|have) to\b[^.!?]{0,80}?\b(?:for next time|next time (?:round|around)|in (?:the )?future|going forward|from now on)\b/i;
const lectures = (s: CheckedSentence) => LECTURES.test(s.text) && s.markers.concreteTime === 0 && !TELLS_THEM.test(s.text);
/** Only the wait-and-see: "We'll see what we can do: I'll confirm by noon" still commits to something after it. */
const leavesItToChance = (text: string) => WAITS_AND_SEES.test(text) && !commits(text.replace(WAITS_AND_SEES, ' '));
/**
 * A way round for when the first fix fails: "If you can't update, the same videos are on our website", "If that doesn't
 * work, the desk at Gate 4 can reissue it". What to do next, on a condition the customer may meet.
 */
const FALLBACK = /^\W*(?:if|where|should) (?:you|that|it|this|the \w+)(?: still)? (?:can['’]t|cannot|can not|don['’]t|doesn['’]t|do not|does not|won['’]t|isn['’]t|aren['’]t|are unable|is unable)\b[^.!?,]{1,80},\s*(?!(?:we|i) (?:can['’]t|cannot|won['’]t|are unable|am unable)\b)\S/i;
/**
 * A question back about what the customer or someone else did ("Have you checked whether anyone else uses your card?",
 * "Did the tenant report the leak straight away?"), in an e-mail that commits to nothing: it asks, but leaves no path.
 */
const ASKS_WHAT_THEY_DID = /^\W*(?:have|did|has|had|were|was) (?:you|the|your|anyone|someone|he|she|they)\b[^?]*\?\s*$/i;

/**
 * The agent only records the matter or passes it on ("I've raised a claim with the courier.", "I have passed your comments
 * to the hotel.", "This has been passed to our safety team for review."), with no time and nothing promised: the customer
 * still does not know what happens next.
 */
const ONLY_PASSES_ON =
  /^\W*(?:(?:I|we)(?:['’]ve| have)? (?:now |just |also )?(?:logged|noted|recorded|forwarded|passed (?:on )?|raised (?:a|an|the) (?:claim|ticket|case|query|complaint|report)|reported (?:it|this|the \w+)|shared (?:your|this|the) \w+)|(?:this|it|your \w+) (?:has|have) been (?:passed|forwarded|sent|referred|escalated|logged|noted|reported)(?: (?:on|over))?)\b[^.!?]{0,80}[.!]?\s*$/i;
const onlyPassesOn = (s: CheckedSentence) => ONLY_PASSES_ON.test(s.text) && !WHEN.test(s.text) && !commits(s.text) && !/\byou\b/i.test(s.text);
/**
 * A step asked of the customer in so many words: "please use the invoice number as the reference so we can match it". Not
 * "Please check your project before ordering" or "Please restart your router" after a no: those send them away.
 */
// "Kindly" asks as "please" does, also behind the desk formula it often carries ("Kindly do the needful and send…").
const PLEASE_DO = gatedAlternation([{ needles: ['please', 'kindly'], source: String.raw`\b(?:please|kindly) (?:\w+ly )?(?:do the needful and )?(?:use|quote|include|add|send|reply|pop|bring|keep|click|tap|log|sign|book|choose|pick|let|upload|fill|attach|return|select|enter)\b` }], 'i');
/** The agent keeps watching it: "We're monitoring it closely for the rest of the day." */
const KEEPS_WATCH = /\b(?:we|i)(?:['’]re| are| am|['’]m) (?:\w+ )?(?:monitoring|watching|tracking|keeping (?:an eye|watch))\b/i;

// A sentence that closes the matter ("This ticket will now be closed", "The decision is final") says no next step, whatever its verb.
// A calm customer who asked where to turn ("Who should I contact about invoices?") is answered by being sent there.
const closesTheReply = (s: CheckedSentence, channel?: string, askedWhere = false) =>
  (!refuses(s.text) || offersSomething(s.text)) &&
  (askedWhere || !sendsElsewhere(s.text)) &&
  !leavesItToChance(s.text) &&
  !onlyLooksIntoIt(s) &&
  !waitsOnAnotherClock(s) &&
  !lectures(s) &&
  !SAYS_NO.test(s.text) &&
  !isFinal(s.text) &&
  (CONTACT_BY.test(s.text) ||
  (s.markers.offer ||
    (s.markers.ownership && !onlyPassesOn(s) && !READS_BACK.test(s.text)) ||
    KEEPS_WATCH.test(s.text) ||
    PLEASE_DO.test(s.text) ||
    liesAhead(s) ||
    commits(s.text) ||
    s.markers.politeRequest ||
    (/\?\s*$/.test(s.text) && (channel === 'chat' || !ASKS_WHAT_THEY_DID.test(s.text))) ||
    FALLBACK.test(s.text) ||
    /\byou['’]ll\b/i.test(s.text) ||
    OPEN_DOOR.test(s.text) ||
    OFFERS_MORE.test(s.text) ||
    SO_YOU_CAN.test(s.text) ||
    COME_BACK.test(s.text) ||
    COMES_NEXT.test(s.text) ||
    NOTHING_TO_DO.test(s.text) ||
    SUGGESTS.test(s.text) ||
    IF_YOU_WANT.test(s.text) ||
    ASKS_FOR_IT.test(s.text) ||
    UI_STEPS.test(s.text) ||
    (CONDITION.test(s.text) && (CONTACT.test(s.text) || YOU_CAN_DO.test(s.text)))));

/**
 * A step of a list that tells the customer what to do ("1. Turn Bluetooth off and on again.", "- Raise the nozzle
 * temperature to 245 °C."): steps to follow are the next step. An order in prose ("Please review your contract.") is not
 * read so: a list item only.
 */
/** A step that is its first word and a label as the screen shows it: "Open Settings.", "Tap “Forget”.", "Click on Next." */
const UI_LABEL_NEXT = /^\p{L}+ (?:on |the )?[“"'‘]?\p{Lu}[\p{L}\p{N}’']{0,30}[”"'’]?[.!]?$/u;
const STEP_OPENER = /^\W*(?:(?:then|next|now|first|finally|also|and)\b,?\s*)?/i;
function instructs(s: CheckedSentence): boolean {
  if (s.part !== 'list-item') return false;
  const first = s.text.replace(STEP_OPENER, '').split(/\s+/, 1)[0] ?? '';
  if (!/^\p{Lu}?\p{Ll}+$/u.test(first)) return false;
  const doc = s.doc.get();
  if (doc.has('^#Imperative') || doc.has('^#Infinitive') || doc.has('^(then|next|now|first|finally|also|and) #Infinitive')) return true;
  // A verb before a screen's label ("Tap Reset.", "Open Settings.", "Press Save.") is read as a noun before a name.
  return UI_LABEL_NEXT.test(s.text.replace(STEP_OPENER, '')) && tagSentence(`you ${first.toLowerCase()} it`).has('you #Verb it');
}

/**
 * A customer who only writes to say thanks or share good news ("The cake was perfect, thank you!") needs no next step:
 * a reply that thanks them back is complete, and a stock "reply here if anything comes up" reads as a form letter.
 */
const onlyHappy = (ctx: { mood: { moods: readonly string[] } | null }) => ctx.mood !== null && ctx.mood.moods.length > 0 && ctx.mood.moods.every((m) => m === 'happy');

/** A postscript below the sign-off ("P.S. The road up is narrow…"): read past, like a pleasantry. */
const PS_MARK = /(?:^|\n)[ \t]*p\.?[ \t]?(?:p\.?[ \t]?)?s\b\.?:?[ \t]*$/i;
/** The "P.S." a postscript's first sentence opens on. */
const PS_LEAD = /^\W*p\.?\s?(?:p\.?\s?)?s\b\.?:?\s*/i;
/** How far back the paragraph of a postscript's later sentence is looked for. */
const PS_PARAGRAPH_WINDOW = 600;
/** A sentence of a postscript: its first ("P.S. …") or a later one in the same paragraph ("P.S. Thank you! Check the Rewards tab…"). */
const postscript = (text: string, s: CheckedSentence) => {
  if (PS_MARK.test(text.slice(Math.max(0, s.start - 12), s.start)) || PS_LEAD.test(s.text)) return true;
  const before = text.slice(Math.max(0, s.start - PS_PARAGRAPH_WINDOW), s.start).replace(/\r/g, '');
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  return before.lastIndexOf('\n\n') !== -1 && /^\s*p\.?[ \t]?(?:p\.?[ \t]?)?s\b/i.test(paragraph);
};
const ANSWERS_INLINE =
  /\b(?:(?:see |find )?(?:my|our) (?:answers?|replies|comments|notes|responses) (?:are |is )?(?:inline|below|in (?:blue|red|green|bold)|marked)|(?:answered|replied) (?:inline|below|in (?:blue|red|green|bold)))\b/i;

/**
 * Whether the body owes a next step: 'long' from the channel's length, 'short, upset' from its shorter one for an upset
 * customer (a short chat turn), else not at all.
 */
const owesANextStep = (ctx: CheckContext, o: { minWords: number; minWordsUpset?: number | undefined }): 'long' | 'short, upset' | null => {
  const words = bodyWords(ctx);
  if (words >= o.minWords) return 'long';
  return o.minWordsUpset !== undefined && ctx.mood?.needsAcknowledgement === true && words >= o.minWordsUpset ? 'short, upset' : null;
};

/** The body says something warm somewhere (thanks, an acknowledgement, good news, enthusiasm), not only its sign-off. */
const saysSomethingWarm = (body: readonly CheckedSentence[]) => body.some((s) => s.markers.gratitude + s.markers.acknowledgement + s.markers.positive + s.markers.enthusiasm > 0);

/** Words or numbers: a sentence without any ("😕", "🙏🙏") is only the mood of the one before it. */
const HAS_WORDS = /[\p{L}\p{N}]/u;
const ENDS_ON_EMOJI = /\p{Extended_Pictographic}[\p{Emoji_Modifier}\u200d\ufe0f]*$/u;

/**
 * The body's last sentence, with an emoji that closes it on its own ("We cannot refund. 😕") read as part of it: the
 * card goes on the agent's words, not on the emoji alone, and a closing line goes after the emoji.
 */
function withItsEmoji(text: string, body: readonly CheckedSentence[]): CheckedSentence | undefined {
  const last = body[body.length - 1];
  const before = body[body.length - 2];
  if (!last || !before || HAS_WORDS.test(last.text)) return last;
  // An emoji in a paragraph of its own ("…shipped.⏎⏎😕") is the same mood, but a rewording across a paragraph break is
  // one no editor applies cleanly: the card goes on the words above it, and the emoji stays last, untouched (session 53).
  if (before.paragraph !== last.paragraph) return before;
  return { ...before, end: last.end, text: text.slice(before.start, last.end) };
}

export const closing: StructureCheck<z.output<typeof closingOptions>> = {
  run(ctx, options) {
    const o = forChannel(options, ctx.channel);
    const owed = owesANextStep(ctx, o);
    if (!expected(o.when, ctx) || owed === null || onlyHappy(ctx)) return [];
    // A sign-off read as body is read past, and nothing is ever inserted after or into it.
    const body = bodySentences(ctx);
    // So is a postscript below it ("P.S. Breakfast starts at 7"): the closing belongs above the sign-off, not after the P.S.
    const postscripts: CheckedSentence[] = [];
    while (body.length > 1) {
      const tail = body[body.length - 1]!;
      const isPostscript = postscript(ctx.text, tail);
      if (!isPostscript && !looksLikeSignOff(tail.text)) break;
      body.pop();
      if (isPostscript) postscripts.push(tail);
    }
    // …but a P.S. that carries the step ("P.S. I'll ring you on Monday to see how she is") is the reply's next step.
    if (postscripts.some((s) => closesTheReply({ ...s, text: s.text.replace(PS_LEAD, '') }, ctx.channel))) return [];
    const last = withItsEmoji(ctx.text, body);
    if (!last || looksLikeSignOff(last.text)) return [];
    if (ctx.sentences.some((s) => s.part === 'sign-off' && (SIGN_OFF_NEXT.test(s.text) || (calmQuestion(ctx) && PLEASANTRY.test(s.text))))) return [];
    // A body that ends on a colon ("To get a refund you need to:") is still being written: no closing after it.
    if (/:\s*$/.test(last.text)) return [];
    // A phrase card on the last sentence already offers the open door ("Ticket closed." → "I've closed this ticket for
    // now, but if anything else comes up, just reply here."): its Apply ends the reply well, and a second card on the
    // same words would only repeat it or, after a no, contradict it.
    if (ctx.phraseFixes?.(last.start, last.end).some((fix) => OPENS_THE_DOOR.test(fix))) return [];
    // Pleasantries after the next step are read past; a list of steps counts as one sentence of the end.
    let end = body.length;
    while (end > 1 && PLEASANTRY.test(body[end - 1]!.text)) end--;
    // The same wish as the last line of the body ("Have a lovely trip!", "Enjoy the rides!") after a calm customer's
    // question is the warm close the sign-off wish is above: the answer was the help, and nothing is left open. A hope
    // about the matter itself ("Hopefully it arrives before you travel.") is no wish for them but a hedge on the answer,
    // and a refusal or closed matter above it still gets its own advice.
    const wishes = body.slice(end);
    if (wishes.length && calmQuestion(ctx) && !wishes.some((s) => HOPES.test(s.text)) && !body.some((s) => SAYS_NO.test(s.text) || isFinal(s.text) || refuses(s.text))) return [];
    // A wish that carries the next step ("Enjoy the summer, and we'll see you back in September!") is one.
    const askedWhere = calmQuestion(ctx);
    if (body.slice(end).some((s) => closesTheReply(s, ctx.channel, askedWhere))) return [];
    // "See my answers below in blue.": the reply goes on inline in the quoted message, so its end is not here.
    if (body.some((s) => ANSWERS_INLINE.test(s.text))) return [];
    const tail: CheckedSentence[] = [];
    for (let i = end - 1; i >= 0 && tail.length < o.lastSentences + 6; i--) {
      tail.push(body[i]!);
      const sameList = body[i]!.part === 'list-item' && i > 0 && body[i - 1]!.part === 'list-item';
      if (!sameList && new Set(tail.map((s) => (s.part === 'list-item' ? 'list' : s.start))).size >= o.lastSentences) break;
    }
    // A question that reproaches them ("Surely you saw it?") asks nothing of them: no next step (session 37).
    const carriesTheStep = (s: CheckedSentence) => !reproachesByQuestion(ctx, s) && (closesTheReply(s, ctx.channel, askedWhere) || instructs(s) || (calmAsker(ctx) && doneAsAsked(s)));
    if (tail.some(carriesTheStep)) return [];
    // A reply where no phrase rule warns or suggests anything (warm as a whole) may give its next step before its last
    // lines and end on a fact or a kind word ("The 12th and 26th are free.", "Thank you, genuinely."): the customer
    // knows what happens now, and a stock closing after it teaches the agent to skip the coach (session 49, issue #10).
    // Not after a no or a closed matter: what comes next there is the agent's to name (the advice below).
    const warmAsAWhole = ctx.warnedAnywhere?.() === false && saysSomethingWarm(body) && !body.some((s) => SAYS_NO.test(s.text) || isFinal(s.text) || refuses(s.text));
    // Earlier in the body the agent's own deed alone ("I can't help but smile at…", "I have added the address") is no
    // step still to come: there a step needs a cue of its own (a time, an offer, what comes next).
    const stepStillToCome = (s: CheckedSentence) => carriesTheStep({ ...s, markers: { ...s.markers, ownership: 0 } });
    if (warmAsAWhole && body.slice(0, end).some(stepStillToCome)) return [];
    // After a list the closing is a paragraph of its own; after prose it ends the last paragraph.
    // A sentence that ends on a colon announces something (steps that are missing): the closing goes below it, not after a full stop.
    const opensSomething = /[:;]$/.test(last.text);
    const joiner = last.part === 'list-item' || opensSomething ? ctx.structure.paragraphBreak : ' ';
    const ending = /[.!?…:;]$/.test(last.text) || last.part === 'list-item' || ENDS_ON_EMOJI.test(last.text) ? last.text : `${last.text}.`;
    // The agent's own words only: a footer or a quote never changes what is suggested for the agent's text.
    const fitting = ctx.sentences.some((s) => NO_REPLIES.test(s.text)) ? o.closings.filter((c) => !INVITES_REPLY.test(c)) : o.closings;
    // After a no or a closed matter, what comes next (an appeal, the ombudsman, another option) is the agent's to name.
    // A refusal or dead end a phrase rule caught ("There's nothing more we can do at this stage") is a no in any words.
    const deadEnd = (s: CheckedSentence) => ctx.flaggedPrinciples?.(s.start, s.end).has('positivity') ?? false;
    // A no with a deed done for the customer in its sentence or paragraph is no bare no (session 44).
    const paragraphOf = (s: CheckedSentence) => body.filter((n) => n.paragraph === s.paragraph).map((n) => n.text).join(' ');
    const bareNo = (s: CheckedSentence, i: number) => refuses(s.text) && !turnsTheNo(body[i + 1]?.text) && !offersSomething(paragraphOf(s));
    if (body.some((s, i) => SAYS_NO.test(s.text) || isFinal(s.text) || bareNo(s, i) || deadEnd(s))) {
      // The reply already ends on where the customer can turn ("You can still appeal to the ombudsman within 8 weeks."):
      // that is the step this advice would ask for (session 53, found by review).
      if (tail.some((s) => NAMES_A_ROUTE.test(s.text))) return [];
      return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_NO }];
    }
    if (body.some((s) => pushesAway(s.text, askedWhere))) return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_PUSH_AWAY }];
    if (tail.some((s) => PROHIBITS.test(s.text))) return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_RULE }];
    // "We trust this clarifies the position.": the reply closes on its own verdict, and "anything else?" after it reads
    // as if the matter were settled. What happens next is the agent's to say.
    if (CLOSES_ON_VERDICT.test(last.text)) return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_VERDICT }];
    // An upset customer the reply blames, sends elsewhere, hands to someone else or leaves waiting with no time (a phrase
    // rule flagged it under respect, interaction, ownership or urgency: "A new appointment will be offered to you by the
    // partner shortly", "Someone from the team will be in contact") is not done with their problem: "anything else?" reads
    // as if it were settled.
    // What happens about it, and when, is the agent's to say. A reply that reports it put right ("Your refund went
    // through this morning.") is settled, and the stock door fits.
    const leavesThemOut = (s: CheckedSentence) => {
      const flagged = ctx.flaggedPrinciples?.(s.start, s.end);
      return flagged !== undefined && (flagged.has('respect') || flagged.has('interaction') || flagged.has('ownership') || flagged.has('urgency'));
    };
    if (ctx.mood?.needsAcknowledgement && !body.some((s) => doneAsAsked(s)) && body.some(leavesThemOut)) return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_UNSETTLED }];
    // A short chat turn is checked only because the customer is upset: a stock closing line there reads like a form
    // letter to someone still stuck. What happens next, and when, is the agent's to say.
    if (owed === 'short, upset') return [{ start: last.start, end: last.end, suggestions: [], advice: AFTER_SHORT_TURN }];
    return [{ start: last.start, end: last.end, suggestions: fitting.map((c) => `${ending}${joiner}${c}`) }];
  },
};
