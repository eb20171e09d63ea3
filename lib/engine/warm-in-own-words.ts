/**
 * A sentence that meets the customer warmly in words of the agent's own, not a formula (issue #10, session 44): gladness
 * about them or what they did ("I'm glad you messaged", "glad you flagged it", "I'm glad Leon got to you fast"), their
 * news making our day ("That's made my whole week!"), praise of them ("Good instinct!", "That's kind of you",
 * "…for being so kind about it"), thanks for something they shared of themselves ("Thank you for telling me a bit about
 * your son"), a heart.
 *
 * The acknowledgement check reads no feeling named in such a reply, yet a team lead reads it as warm: the customer was
 * met, only not with a sorry. So the check is unsure there and speaks as a hint, never louder; where no phrase rule
 * warns or suggests anything in the reply either, it makes no card at all (session 50). Stock lines ("Glad to
 * help", "Happy to assist", "Thanks for contacting us", "Thanks for your patience") meet nobody and do not count.
 * Every pattern is bounded and linear.
 */

/** Gladness about the customer, their news or what happened to them; not "glad to help / assist / be of service". */
const GLAD_OF_THEM = /\b(?:glad|happy|delighted|thrilled|pleased|chuffed|relieved)(?: to (?:hear|see|read|know)(?: that)?)? (?:you|your|that|it|she|he|they)\b/i;
/** Gladness about someone by name who helped them: "I'm glad Leon got to you fast". Case matters: the name's capital. */
const GLAD_OF_NAMED = /\b(?:[Gg]lad|[Hh]appy|[Dd]elighted|[Pp]leased|[Rr]elieved) [A-Z][a-z]+ (?:got|made|was|is|did|could|found|loved|enjoyed|helped|sorted)\b/;
const NOT_GLAD = /(?:\bnot|\bnever|n't)(?: \w+)? (?:glad|happy|delighted|thrilled|pleased|chuffed|relieved)\b/i;
/** Their news made our day: "That's made my whole week!", "you made our day", "This made our morning". */
const MADE_OUR_DAY = /\b(?:that|this|it|you|which)(?:['’]s| has| have|['’]ve)? (?:really |just |totally |absolutely )?made (?:my|our) (?:whole |entire )?(?:day|week|month|morning|afternoon|evening|year)\b/i;
/** Praise of the customer: "Good instinct!", "That's so kind of you", "for being so understanding". */
const PRAISES_THEM =
  /\b(?:good|great|smart|sensible|wise) (?:instinct|thinking|call|catch|spot|eye)\b|\b(?:so |really |very )?(?:kind|thoughtful|lovely|sweet|generous) of you\b|\bfor being so (?:kind|understanding|lovely|gracious|nice|thoughtful|generous)\b/i;
/**
 * Thanks for something of their own they shared: "Thank you for telling me a bit about your son", "for sharing this".
 * A bare "Thank you for telling us." names nothing of theirs: it is "Thanks for letting us know" in other words (session 50:
 * "I'm shaking" after a nut in the curry is not met by it); nor does it with only the customer's name, an emoji, an
 * emoticon or an ellipsis after it ("…, Sam.", "… 🙏", "… :)") (review 50).
 */
const THANKS_FOR_SHARING =
  /\bthank(?:s| you)(?: so much| very much| again)? for (?:telling|sharing|trusting|explaining)(?! (?:us|me) (?:know|about (?:this|the) (?:issue|problem|matter)))(?!(?: (?:us|me))?(?:,\s*\p{L}+)?[\s\p{P}\p{S}\u{FE0F}\u{200D}]*$)\b/iu;
/**
 * A jab beside the gladness or praise (review 44): "Glad you finally read the email", "Happy you've calmed down", "Good
 * to see you actually checked": the customer was slow or heated, which meets nobody.
 */
const JAB =
  /\b(?:you|you've|you have|you're|you are|you did|you'd)(?: \w+)?? (?:finally|eventually|actually|at last|at long last)\b|\b(?:calm(?:ed)?|cool(?:ed)?|settled?) (?:down|off)\b|\b(?:came|come|coming) to your senses\b/i;
/** A heart or a hug: "It's not going anywhere, Natalie ❤️". */
const HEART = /[❤💛💙💜🧡💚🤗🥰]/u;

/** Does this sentence meet the customer warmly in the agent's own words (no stock line)? */
export function warmInOwnWords(sentence: string): boolean {
  const said = sentence.slice(0, 600).replace(/[\u2018\u2019]/g, "'");
  if (JAB.test(said)) return false;
  // "We're not happy that you…", "never glad to…": gladness denied is no warmth.
  const gladness = !NOT_GLAD.test(said) && (GLAD_OF_THEM.test(said) || GLAD_OF_NAMED.test(said));
  return gladness || MADE_OUR_DAY.test(said) || PRAISES_THEM.test(said) || THANKS_FOR_SHARING.test(said) || HEART.test(said);
}
