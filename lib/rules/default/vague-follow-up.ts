import { defineRule } from '../define';
import { HAND_OFF_WITH_A_TIME } from '../hand-off-exemptions';

/**
 * A follow-up promised with no owner and no time, or a "done" that does not say what was done: "You will be updated
 * once the status changes", "someone will get back to you", "Should further information be required, you will be
 * contacted", "Your claim is progressing", "I've actioned your request". The customer cannot tell what happens next.
 */
export default defineRule({
  id: 'vague-follow-up',
  kind: 'phrase',
  principle: 'follow-through',
  severity: 'hint',
  title: 'A follow-up with no who or when',
  description:
    'Promises an update or a call with nobody named and no time, or reports progress without saying what was done: "someone will get back to you", "your claim is progressing".',
  message: 'Follow-through: a follow-up with no who and no when is not a next step; say who will update them, by when, and what has been done so far.',
  patterns: [
    // A team with no name and no time: "The office will be in touch to rebook", "the concerned department will revert".
    '(the|our) .? #Noun{1,2} (will|shall|should) #Adverb? (be in touch|get back to you|reach out|revert|come back to you|respond)',
    // Back when we hear, not by when: "I'll let you know when I hear something".
    '(will|shall) #Adverb? (let you know|update you|get back to you|be in touch) (when|once|if) (i|we|they) (hear|get|receive|find) (something|anything|more|back)',
    // …or when we "have" it, the update going to a ticket or "advised": "We will advise when we have further information",
    // "They'll update the ticket when they have something".
    '(will|shall) #Adverb? (advise|update the #Noun|revert|update you|let you know) (when|once|if) (i|we|they) (have|hear|get|receive) (something|anything|more|news)',
    '(will|shall) #Adverb? (advise|update the #Noun|revert|update you|let you know) (when|once|if) (i|we|they) (have|hear|get|receive) (an|any|further) #Noun',
    // Talked over behind closed doors: "We'll discuss the vet bill internally and let you know".
    '(discuss|review|consider|raise) .{0,3} internally and (let you know|get back to you|update you|be in touch)',
    '(discuss|review|consider|raise) (it|this|the #Noun|your #Noun)? as a team and (let you know|get back to you|update you|be in touch)',
    // No promise at all: "I'll flag it up the chain but can't promise anything".
    '(can not|cannot) promise (anything|a timescale|a timeframe|a date|when|how long|an outcome|a thing)',
    // The update promised to a passive customer: "You will be updated once the status changes".
    // A trigger the customer can see ("as soon as it's back in stock") is a next step; none, or a vague one, is not.
    'you (will|shall|would) #Adverb? be (updated|contacted|informed|notified|told|called)$',
    'you (will|shall|would) #Adverb? be (updated|contacted|informed|notified|told|called) (in due course|shortly|soon|in time)',
    'you (will|shall|would) #Adverb? be (updated|contacted|informed|notified|told) (once|when) (the|its|your) (status|situation) (changes|is updated)',
    // …by somebody unnamed: "someone will get back to you", "Someone from the grid team will reach out when there's news".
    '(someone|somebody|the team|a colleague) .{0,4} will #Adverb? (be in touch|get back to you|reach out|contact you|call you|update you|come back to you)',
    // The complaint absorbed with no step back to the customer: "Our team will take this feedback on board."
    '(will|shall) #Adverb? take (this|your|the|these|all) #Noun? (feedback|comments|points|concerns|suggestions) on board$',
    // …and only maybe: "Someone may reach out to arrange collection", "A member of our team might call you".
    '(someone|somebody|a colleague|a member of) .{0,4} (may|might|could|should) #Adverb? (be in touch|get back to you|reach out|contact you|call you)',
    // A faceless team at work with no time: "Our teams are investigating.", "Our engineers are looking into it."
    '(our|the) #Adjective? (team|teams|engineers|staff) (are|is) #Adverb? (investigating|looking into it|looking into this|working on it|working on this)$',
    // Progress reported without what was done: "Your claim is progressing", "Your application is being processed".
    '^(your|the) (claim|case|application|request|complaint|order|query|refund|appeal) is (progressing|in progress|ongoing|being processed)$',
    // Done, but what? "I've actioned your request".
    '(i|we) (have|had)? #Adverb? (actioned|processed|dealt with) (your|the|this) (request|query|issue|case|ticket)$',
    // Handed on, and that is the end of it: "We'll pass the details across.", "I've asked them to call you."
    '(i|we) (will|have|had|shall)? #Adverb? (pass|passed) (it|this|them|the #Noun|your #Noun|these #Noun) (on|across|over|along) (to them|to the #Noun)?$',
    '(i|we) (have|had)? #Adverb? passed (it|this|the #Noun|your #Noun) (on)? to (them|him|her|the #Noun|the #Noun team)$',
    '(i|we) (have|had)? #Adverb? asked (them|him|her|the #Noun|the #Noun team) to (call|contact|email|ring|phone) you (back)?$',
    // Session 35, by meaning (any subject but "I", any verb between): someone else will tell you, some day —
    // "someone will let you know either way", "Our engineers are investigating and will revert", "We'll let you know.",
    // "somebody from disputes will look at it".
    '(someone|somebody|a member of|an officer|an adviser|the #Noun|our #Noun|they) .{0,4} will #Adverb? (let you know|revert)',
    "^(we|we'll) (will)? #Adverb? let you know$",
    '(someone|somebody|a member of|an officer|the #Noun|our #Noun) .{0,3} will #Adverb? (review|look into|look at|deal with) (it|this|the #Noun|your #Noun)$',
  ],
  unless: [
    ...HAND_OFF_WITH_A_TIME,
    // A notice by a named channel is an automatic update the customer can expect.
    'by (email|e-mail|text|sms|post|letter)',
    'automatically',
    // A named person is an owner: "Anu will call you".
    '^(#FirstName|#Person) (will|from)',
  ],
  rewrites: [],
  advice: 'Name who follows up and by when, and say what has been done so far ("I\'ve stopped the card; Anu in our fraud team will call you by Friday").',
  examples: {
    flag: [
      { text: 'You will be updated once the status changes.', becomes: null },
      { text: 'Your claim is progressing.', becomes: null },
    ],
    pass: ['You will be updated by text by 6pm today.'],
    paraphrases: {
      flag: [
        'Someone will let you know either way.',
        'The ward will let you know.',
        'Our engineers are investigating and will revert.',
        "We'll let you know.",
        'Somebody from disputes will look at it.',
        'The panel will review your submission.',
        "Our team will take this feedback on board.",
        "We will take your comments on board.",
        "Rest assured we shall take all points on board.",
        "We're aware of an issue and our teams are investigating.",
        "We'll be in touch if we find something.",
        'The panel will review it internally and get back to you.',
        'I will pass your feedback along.',
        'We have passed the photos on to the warehouse.',
        "I've asked the depot to ring you back.",
        "We've passed it across to them.",
        'Honestly, the claims office will get back to you.',
        'The concerned section should revert.',
        'I will let you know once we hear anything.',
        'We will review your case internally and get back to you.',
        "I've raised it, but I can't promise anything.",
        'So our accounts desk will be in touch.',
        'Someone from the grid team will reach out when there is news.',
        "I've flagged it and someone will get back to you.",
        'Should further information be required, you will be contacted.',
        "I've actioned your request.",
        'Your application is being processed.',
        'A colleague will be in touch.',
        'Someone from the service team may reach out to you.',
        'A member of our team might get back to you.',
        'We will advise when we have further information.',
        "They'll update the ticket when they have something.",
        'We shall revert once we receive an update.',
        'Our engineers are currently investigating.',
        'The team is looking into it.',
      ],
      pass: [
        'The ward will let you know by 6pm today whether she can go home.',
        "I'll let you know by Friday.",
        'We will let you know the result by text tomorrow morning.',
        'Anu will look into it and call you at 3pm.',
        'I will review your submission myself tonight.',
        'The courier will let you know the slot by email the day before.',
        "I've taken your feedback on board and changed the opening hours from Monday.",
        "Will you take the train on board the ferry?",
        "Our engineers are working on it now and I'll text you by 6pm.",
        "I've passed your photos to Nadia, who will call you by 3pm today.",
        "I'll let you know on Friday whatever we find.",
        "I've asked the depot to ring you before noon tomorrow.",
        'I passed the test drive notes to you by email this morning.',
        "We'll discuss it internally and I'll email you the answer by Thursday.",
        'Please pass this on to your manager if it helps.',
        'The claims office will get back to you by Friday at noon.',
        'I will let you know by 5pm today what the depot says.',
        'We discussed your bill as a team and have refunded the £40 today.',
        "I can't promise the blue one, but I will call you at 3pm either way.",
        'Our accounts desk will email you the receipt automatically.',
        'Priya from our accounts desk will call you tomorrow morning.',
        'Anu from the fraud team will call you by Friday.',
        'Someone from our team will call you tomorrow at 10am.',
        'I have processed your refund of £40, and it reaches your card within 3 days.',
        'If you need more information, just reply here.',
        'Your claim is approved and the payment goes out today.',
        "I've sorted your request: the booking is now for two people.",
        'Someone from the service team may call you at 2pm today to book the visit.',
        "I'll update you by Friday at noon, when we have the courier's answer.",
        'Our engineers are investigating, and I will call you at 4pm with what they find.',
        'You may reach out to me directly on this number.',
        'Your engineer will call you when he has the part, by Thursday at the latest.',
      ],
    },
  },
});
