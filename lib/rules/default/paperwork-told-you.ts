import { defineRule } from '../define';

/** Session 36: the papers a customer is handed, as one class (in four parts: a pattern was at most 160 characters then, 400 since session 41). */
const DOCS = [
  'box|pack|leaflet|newsletter|handbook|manual|guide',
  'voucher|label|sticker|sign|notice|card|receipt|tin',
  'quote|contract|terms|print|website|page|faq',
  'letter|email|form|policy|ticket|video|vid|board',
];

// Session 36 (issue #10), by meaning: the paperwork held up as having told the customer. "As mentioned on the ticket, …"
// stays a pointer (you-were-told); no {rest} is captured, so these get the advice, never a rewording.
export default defineRule({
  id: 'paperwork-told-you',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: "The paperwork told you",
  description:
    "The papers a customer was handed, held up as having told them, in any voice: \"as clearly printed on the voucher\", \"Care instructions were in the box\", \"it's all in the small print\", \"which you'd have been emailed about\".",
  message: "Respect: pointing at the paperwork they were handed says \"you should have read it\"; give the point again simply and what you can do now.",
  patterns: [
    ...DOCS.map((docs) => `as (it|this)? #Adverb? (says|states|stated|printed|detailed) (in|on) (the|our|your)? #Adjective? #Noun? (${docs})`),
    ...DOCS.map((docs) => `^#Adverb? #Determiner? #Noun+ (was|were) (included|printed)? (in|on) (the|your|our) #Adjective? #Noun? (${docs})`),
    ...DOCS.map((docs) => `(it is|it's|that is|that's|this is|all|it was) #Adverb? (in|on) (the|our|your) #Adjective? #Noun? (${docs})$`),
    '(which|that) you (would|will|should|must) have #Adverb? been (emailed|sent|told|given|shown|notified|informed) (about|of)?',
    '(was|were|been) #Adverb? (communicated|announced|published|posted|notified|issued|circulated) (to you)? (via|by|in|on|to) (a|an|the|our|your) #Adjective? #Noun',
    '(we|i) (have|had)? #Adverb? (informed|notified|advised|warned) you (about|of) (this|that|it) (in|on|by|via)',
    '(made|makes|make) (it)? #Adverb? clear to (all|every|each) #Noun?',
    '(made|makes|make) (it)? #Adverb? clear that (participants|guests|customers|members|clients|riders|players|you|drivers|visitors)',
    '(should not|should never) have (come as|been) (a|any) surprise',
    // Session 41 (shapes): the paper pointed at, by how it put it, by the customer's signature on it, by an emphatic
    // "does", or as being clear: "as described on our website", "That's all in the hire agreement you signed", "The
    // listing does mention the cabin has no wifi", "The care leaflet was very clear", "The signs at the gate make it clear".
    'as #Adverb? (described|outlined|explained) (in|on|at) (the|our) (#Noun && !photo && !photos && !picture && !pictures)',
    "(it is|it's|that is|that's|all) (all)? #Adverb? (in|on) the .{1,3} (you|which you) (signed|accepted|agreed|were given)",
    '(the|our) #Adjective? #Noun+ (does|did) #Adverb? (mention|specify|state|say|note|warn|list)',
    '(the|our) #Noun? (leaflet|sheet|guide|signage|signs|instructions|terms|listing|email|website|page) (is|are|was|were) #Adverb? #Adverb? (clear|explicit)',
    '(the|our) #Noun? (leaflet|sheet|guide|signage|signs|instructions|terms|listing|email|website|page) .{0,4} (makes|make|made) (it)? #Adverb? clear',
    // Session 38 (shape): the telling tucked into a clause with the moment it happened, any teller: "…, which was
    // communicated 30 days in advance", "which guests are asked to read on arrival", "which the attendant explains at
    // set-up", "a copy of which was provided on admission", "we informed you at time of drop". Tacked on at the end: an
    // aside mid-sentence tells where a thing is ("The welcome pack, which our host explains on arrival, has the wifi code").
    '(which|that|as) .{0,4} (explains|explained|communicated|provided|stated|read) .{0,2} (on|at|during|in) (arrival|admission|set|booking|checkout|advance|sale) .?$',
    '(we|i) (informed|told|advised|warned|showed) (you|this|that) .{0,2} (at|on|during) (the)? time of',
  ],
  unless: [
    '(sorry|apologise|apologize|apologies|mistake|our fault|my fault|on us|our error|wrongly)',
    // Thanks, or the paper followed, is no pointing: "The delivery instructions were very clear, thank you".
    '(thank|thanks|followed)',
    // Sent to the wrong place is our slip, not the customer's reading: "The letter was posted to the wrong address".
    '(to|at) the wrong #Noun',
    // A person's word is no paper: "The driver did say he knocked twice".
    '(#Actor|#Person|#Pronoun|team|staff) (does|did) #Adverb? (mention|specify|state|say|note|warn|list)',
    "(i|we) (have|'ve)? #Adverb? (attached|linked|included|added) (it|the|a|this)?",
    "(i|we) (have|'ve|will|'ll) #Adverb? (sent|moved|booked|refunded|fixed|arranged|changed|cancelled|credited|waived|added|called|shared|passed|resent|emailed)",
  ],
  rewrites: [],
  advice: "Give the point again simply, as a recap of what matters now (\"The voucher runs for a year from purchase\"), and what you can still do for them.",
  examples: {
    flag: [
      { text: "As clearly printed on the voucher, it expires after a year.", becomes: null },
      { text: "The care instructions were in the box.", becomes: null },
      { text: "It's all in the small print.", becomes: null },
    ],
    pass: [
      "The tracking link is in the email I have just sent you.",
      "Your new card is in the post and should land by Friday.",
      "I've attached the care leaflet that should have been in the box, sorry it was missing.",
    ],
    paraphrases: {
      flag: [
        "Honestly the price rise was in the newsletter we sent round.",
        "That's in the welcome pack.",
        "This was a change which you'd have been emailed about.",
        "The new tariff was communicated via a text message in October.",
        "We have informed you about this in our letter of 12 August.",
        "The safety talk makes it clear to all guests that helmets stay on.",
        "So the fee really should not have come as a surprise.",
        "As it says in the handbook you were sent, pets stay downstairs.",
        "The price went up in April, which was communicated two months in advance.",
        "Parking is explained in the house book, which visitors are told to read on arrival.",
        "The lid has to stay on, which the installer explains at set-up.",
        "The fee is in the care home terms, which were explained to you on admission.",
        "We told you this at the time of booking.",
        "Deposit is non-refundable as stated at checkout.",
        "The welcome sheet does mention that the pool closes at 6.",
        "That's all in the hire agreement you signed.",
        "As described on our website, the tour runs rain or shine.",
        "The care leaflet was very clear about hand washing.",
        "The signs at the gate make it clear.",
      ],
      pass: [
        "As printed on the voucher you sent me, I have booked you in for the 14th.",
        "The instructions were missing from the box, so I have emailed you a copy.",
        "It is in the small drawer under the counter.",
        "We'll let you know by text as soon as it is ready.",
        "I have informed the warehouse about this and they will ring you today.",
        "As mentioned on the ticket, the turnaround is 48 hours, so it will be ready Friday.",
        "The welcome folder, which our host explains on arrival, has the wifi code and the bin days.",
        "Your room key, which you'll get on arrival, also opens the pool gate.",
        "I'll explain the controls at set-up so you're not left guessing.",
        "The driver will call you on arrival so you can meet him at the gate.",
        "We can take payment at the time of collection if that's easier.",
        "Breakfast, which is served from 7, is included in your booking.",
        "As described in your email, the hinge snapped on day two, so a new one is on its way.",
        "The driver did say he knocked twice.",
        "Your instructions were very clear, thank you!",
        "Your refund letter was posted to the wrong address, so a new one goes out today.",
        "The new website does show live stock now, so you can check before you travel.",
      ],
    },
  },
});
