import { defineRule } from '../define';

/**
 * A lesson for next time: what the customer should do differently, said as an order about the future ("Read the
 * order confirmation properly next time.", "Going forward register in the app.", "Check the page before travelling in
 * future.", "Make sure to set a PIN so this doesn't happen."). Split from `lecturing-order` (session 24, issue #10),
 * which was at the pack's 30-pattern cap: that rule keeps the orders and the scolding of repeat contact, this one the
 * lesson about next time, matched by its grammar (an order or a recommendation, and a time marker for the future or a
 * "before you X" habit) rather than by a list of verbs, so a chore nobody wrote here yet is caught too.
 */
export default defineRule({
  id: 'lesson-for-next-time',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'A lesson for next time',
  description:
    'Tells the customer what to do differently next time, as a lesson: "Sign for goods properly next time.", "Going forward register in the app.", "Check the page before travelling in future."',
  message: 'Respect: a lesson about what they should do next time talks down to them about what went wrong; say what you will do now, and offer the tip as help if it is needed.',
  patterns: [
    // Moved from lecturing-order (its lessons): compromise does not match a choice of several words before `$`.
    '^(make sure|ensure|be sure) (that)? you .* next time$',
    '(read|check|follow|sign|fill|ensure|count|measure) .* next time$',
    '(read|check|follow|sign|fill|ensure|count|measure) .* from now on$',
    '(properly|correctly|carefully|thoroughly) (next time|this time|in future|in the future)',
    '(read|check|consult|review|look at|see|search) .* before (raising|opening|submitting) (a|another|further|any|new)',
    '(read|check|consult|review|look at|see|search) .* before (contacting|emailing|calling|messaging) (us|support|the team|our team)',
    '(check|read|update|try|look at|consult|review|search) .* before (complaining|tweeting|posting|writing in|getting in touch|chasing|moaning)',
    '(try|restart|reset|reboot|test) .* before (contacting|emailing|calling|messaging) (us|support|the team|our team)',
    // A future marker, then the order or the advice: "Going forward register in the app", "In future, please label
    // the box", "Going forward, we recommend limiting permissions", "From now on pls action pauses before the 20th".
    '^(going forward|in future|in the future|from now on|for next time|for future reference) (please|pls|kindly|just)? (#Infinitive|#Imperative|#PresentTense)',
    // The tagger reads a bare order after the marker as a noun ("Going forward register in the app", "…pls action pauses").
    '^(going forward|in future|in the future|from now on) (please|pls|kindly|just)? (!#Pronoun && #Singular) (in|on|via|through|with|at|by|#Plural)',
    '^(going forward|in future|in the future|from now on|next time) [<advice>(we|i) #Modal? #Adverb? (recommend|encourage|suggest|advise)]',
    '^(going forward|in future|in the future|from now on|for next time|next time) (please|pls|kindly)? (make sure|ensure|be sure|remember|try|do not|never|always)',
    // The order first, the future marker last: "Check the page before travelling in future", "Make sure to link next
    // time", "Please check the status prior to visiting in future".
    '^(please|pls|kindly|just)? (#Infinitive|#Imperative) .* future$',
    '^(please|pls|kindly|just)? (#Infinitive|#Imperative) .* (going|moving) forward$',
    '^(please|pls|kindly|just)? (make sure|ensure|be sure|remember) (to|that)? .* (next time|in future|in the future|going forward|from now on)',
    '^(please|pls|kindly|just)? (always|never) #Infinitive .* (next time|in future|in the future|going forward|from now on)',
    // A habit to keep before doing something again: "pls read them before booking", "Please check the website
    // before travelling", "worth having a read before booking next time", "before your next approval".
    '^(please|pls|kindly|just)? (read|reread|check|consult|review|look at|measure) .* (before|prior to) (booking|ordering|travelling|buying|visiting|paying)$',
    '(read|check|review|consult|look at|reading|checking|reviewing|consulting|looking at|a read|a look) .* before (your|the|any) next #Noun',
    '(worth|best|wise|advisable) (having a read|having a look|reading|checking|double-checking|to read|to check) .* (before|prior to) (#Gerund|your|any)',
    '(recommend|suggest|advise) (reading|checking|reviewing|re-reading|rereading|consulting) .* (before|prior to) (#Gerund|your|the|any)',
    // A precaution so it does not happen again: "Make sure to set a PIN so this doesn't happen", "Always lock it so
    // that it won't happen again".
    '^(please|pls|kindly|just)? (make sure|ensure|be sure|remember|always|try) .* so (that)? (this|it|that) (does not|will not|never) (happen|happens|occur|occurs)',
    // The chore for next time with "want to": "You'd want to carry extra water next time you head out".
    '(you will|you would|you may|you might|you\'d|you\'ll) #Adverb? want to #Infinitive .* next time (you|#Gerund)',
    // Moved from you-agreed-to (session 25): the rule for next time in the passive, and a recommendation to avoid it again.
    '^(in future|in the future|next time|going forward|from now on) #Noun+ (should|must|need to|needs to|have to|has to) be',
    '(we|i) (would)? #Adverb? (recommend|suggest|advise) .{0,8} to (avoid|prevent) .{0,5} (future|again)',
    // The lesson as a check to make before blaming us (session 27): "Worth double-checking the knots before blaming the rope".
    "before (blaming|accusing|tagging|complaining about) (the|our|us|me|a|an|your) #Noun?",
    // A prohibition for the future, fronted by "do not" or "never" (session 29): "Do not send wet stock in future.", "Please
    // don't raise a ticket about this again."; a kind "don't hesitate / worry" is no lesson. And the order to remember it: "take note for future…".
    '^(please|pls|kindly)? (do not|never) (!hesitate && !worry && !feel && !be && !forget && #Verb) .* (in future|in the future|going forward|next time|from now on)$',
    // "again" alone is often care ("Please don't pay the bill again"); about this very matter it is a rebuke.
    '^(please|pls|kindly)? (do not|never) (!hesitate && !worry && !feel && !be && !forget && #Verb) .* (about|for|over|regarding) (this|it|that) #Noun? again$',
    '(take note|make a note|bear this in mind|keep this in mind) (of this)? (for|in) (the)? (future|next time|any future|all future)',
    // The lesson as what we always recommend (session 41): "so we'd always recommend arriving early", "Booking ahead is
    // always recommended". A thing recommended ("We always recommend the fish pie") is a tip and passes.
    '(we|i) #Modal? always (recommend|advise|suggest|encourage) (#Gerund|that)',
    '#Gerund .{0,3} (is|are) #Adverb? always (recommended|advised|suggested)',
  ],
  unless: [
    // The agent acts too, or the future is the agent's: "In future I will text you", "so I've set a reminder".
    "(i|we) ('ll|'ve|will|have|had|can|am|are) #Adverb? #Verb",
    '^(going forward|in future|in the future|from now on|next time) (i|we) (will|\'ll|can|shall|are going to)',
    // An offer or a perk for next time, not a lesson: "Use the code SAVE10 next time!", "ask for Sam next time".
    '(the code|a code|promo code|discount|voucher|save|saving|free|perk|% off|ask for|enjoy|treat yourself|pop in|say hi|come and see)',
    // A tip with its benefit or the help that goes with it: "…so you get the early slot", "if you like".
    '(to get|to save|to skip|to beat|so you get|so you can|if you like|if you prefer|if you want|feel free)',
    // A tip told as what doing it gets them (review 41): "For next time, booking before Friday gets you the early rate".
    // The act is the subject and the customer the one who gains; "…would have avoided this" names no gain and flags.
    // Not the lesson itself told as a gain (review 42): "For next time, reading the instructions saves you a lot of trouble".
    '^(going forward|in future|in the future|from now on|for next time|for future reference|next time) (#Gerund && !reading && !rereading && !checking && !following && !being && !making && !remembering && !looking && !double) .{0,4} #PresentTense you',
    // The tip's reason given with it: "I always recommend wearing layers, as the hall gets chilly".
    '(as|because|since) (it|the|they|there|our|its|it\'s) #Noun? (is|are|gets|get|can|runs|fills|has|#PresentTense)',
    '(i|we) (sent|attached|gave|put|left|included) (you|it|them)?',
    // A check-in on the fix, not a lesson: "Try these tips: <url> Notice any improvement moving forward?"
    '(any|an|the) #Adjective? (improvement|improvements|change|changes|difference)',
  ],
  // Only the recommendation keeps a rewording: the marker of a lesson goes and the advice is offered as help.
  rewrites: ['If it helps, {advice}'],
  advice: 'Say what you will do about this time first; if a tip helps next time, offer it as help with its reason ("If it helps, the live times are on the page, as the ferry sometimes runs early").',
  examples: {
    flag: [
      { text: 'Sign for goods properly next time.', becomes: null },
      { text: 'Going forward register in the app.', becomes: null },
      { text: 'Going forward, we recommend keeping one admin.', becomes: 'If it helps, we recommend keeping one admin.' },
      { text: 'Check the page before travelling in future.', becomes: null },
    ],
    pass: [
      'Use the code SAVE10 next time!',
      'In future I will text you the day before the visit.',
      'Next time you are in, ask for Sam and he will look after you.',
    ],
    paraphrases: {
      flag: [
        'So we would always recommend arriving half an hour early.',
        'Reserving a table is always recommended on bank holidays.',
        'Please test the socket before blaming the charger.',
        'Next time, returns must be booked online.',
        'We recommend ordering earlier to avoid running out in future.',
        'In future, payroll runs should be submitted at least 48 hours before the pay date.',
        'Read the order confirmation properly next time.',
        'Make sure you read the warnings next time.',
        'Please consult the knowledge base article before raising further tickets.',
        'Check the device list before complaining about picture quality.',
        'Please reset the router twice before messaging support.',
        'In future we would suggest ordering a size up.',
        'Read the manual carefully in future.',
        'In future, please label the box with your booking number.',
        'Going forward, we recommend keeping the receipt with the ticket.',
        'From now on please book the slot at least a day ahead.',
        'Always count the pieces on delivery in future.',
        'Be sure to measure the doorway next time.',
        'Please check the dates before booking.',
        'It is worth having a look at the size chart before your next order.',
        'We would advise reading the care label before washing it.',
        'Remember to lock the profile so that this does not happen again.',
        "You'll want to top up the oil next time you take it out.",
      ],
      pass: [
        'We always recommend the lemon tart, it sold out twice today!',
        'I always recommend wearing layers, as the hall gets chilly.',
        "Before blaming yourself, please know this happens to the best of us and I've sorted it.",
        'Give these steps a go and tell me: any difference going forward?',
        'Restart the box using the guide: <url> See any change moving forward?',
        'Use the code SAVE10 next time!',
        'In future I will text you the day before the visit.',
        'Have a look at the photos I sent before calling the plumber.',
        'Check your spam folder first, and if it is not there I will resend it.',
        'Read the reviews before booking if you like, they are lovely.',
        'Please try it once more and I will stay on the chat with you.',
        'Next time you are in, ask for Sam and he will look after you.',
        "I've set a reminder on your account so this doesn't happen again.",
        'Going forward, your invoices will come from our new address.',
        'Please check in at the front desk before heading up to the room.',
        'Book direct next time and save 10%.',
        "You'll want to bring a warm coat, as the boat is open.",
      ],
    },
  },
});
