import { defineRule } from '../define';

export default defineRule({
  id: 'i-already-told-you',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "I already told you" makes the customer feel scolded; a short recap says the same thing kindly.',
  patterns: [
    '^(i|we) have? already (told|explained to|said to|informed|advised) you that [<rest>.+]',
    '^(i|we) have? (told|explained to|informed) you (already|before|twice|several times|many times) that [<rest>.+]',
    '(i|we) have? already (told|explained to|said to|informed|advised) you that [<rest>.+]',
    '(i|we) have? #Adverb? (told|explained|said|informed|advised) (this|it|that)? (to)? you? (already|before|twice|several times|many times|repeatedly)',
    'as (i|we) have? already (told|informed|advised|explained to) you',
    // Told already, in any tense or voice: "I already explained this to you yesterday", "This has already been explained to you", "We've been over this".
    '(i|we) have? already (told|explained|said|mentioned|answered) (this|it|that) to? you?',
    '(i|we) have? already (told|explained to|answered) you',
    '(we|i) have #Adverb? been (over|through) (this|that|it)',
    '(i|we) have #Adverb? (answered|addressed|responded to|replied to) (this|that|your) #Noun? (already|before|twice|several times|many times|repeatedly)',
    '(i|we) have #Adverb? (responded|replied) to (each|every|all) of your (emails|messages|letters|calls)',
    // Told already, by a reference ("as explained in the app"), to a class ("Guests are told this on the leaflet") or by counted reminders.
    '(we|i) (have|had)? #Adverb? sent (you)? (#Value|several|multiple|numerous|repeated) (reminders|reminder #Noun|warnings|warning #Noun|notices|letters)',
    // Told-you by reference to an earlier moment: "which we told you at your fitting", "which you would have received",
    // "as already explained to you by my colleague", "as stated at checkout".
    'which (we|i) (did|had)? #Adverb? (tell|told|explain|explained|mention|mentioned) (to)? you (at|after|during|when|before|on|in)',
    // Told or warned before, as a fact held against the customer: "You were told the wheels had kerb damage.", "We did warn you about this."
    '^(we|i) did #Adverb? (warn|tell|remind|advise) you',
    // The agent as the one who told, in any tense, with the earlier moment after it (session 25): "I told you last time
    // to…", "We told you this on first visit already", "We have explained this in our previous email", "We have already
    // informed you of this by SMS", "We already went through the reset steps yesterday", "We did explain this on the quote".
    '(i|we) (have|had|did)? #Adverb? (told|tell|explained|informed|mentioned|warned) (you|this|that|it) .{0,4} (already|before|last time|twice|yesterday|#WeekDay)',
    '(i|we) (have|had|did)? #Adverb? (told|explained|informed|mentioned) #Pronoun? .{0,3} (in|on|at|over) (#Possessive|the) (previous|last|earlier|first) #Noun',
    '(i|we) (have|had)? already (informed|advised|notified|warned) you',
    '(i|we) (have|had)? already (went|gone|been|run|ran|talked) (through|over) (this|that|it|the|these|those|all)',
    '^(we|i) did #Adverb? (explain|mention|say|warn|tell) (this|that|it|you)? (at|on|in|during|when|before)',
    // Told before by one of ours at a moment of the visit or every time (session 27): "which the attendant explains at
    // set-up", "which was left with your father on the day", "which we do go on about every year".
    "which (the|our|your) #Noun+ (explains|explained|mentions|mentioned) (at|on|during) the? (setup|handover|collection|delivery|booking|fitting|briefing)",
    "which (was|were) #Adverb? (left|given|handed) (with|to) (you|your #Noun) (on|at|during) the (day|visit|fitting|install|installation)",
    "which (we|i) (do|did)? #Adverb? (go on about|mention|remind people about|warn about|tell everyone) (every|each) (year|time|visit|season|winter|summer)",
    // Counting the tellings (session 29): "For the third time, …", "for the umpteenth time".
    '^for the (third|fourth|fifth|umpteenth|nth|hundredth|last) time',
  ],
  unless: [
    '(sorry|apologise|apologize|mistake|wrong)',
    "(i|we) (have|'ve)? #Adverb? (attached|linked|included|added) (it|the|a|this)?",
    // A pointer inside this same reply ("as explained in the steps above"): a cross-reference, not a scolding.
    'as #Adverb? (explained|stated|mentioned|outlined|set out|shown|listed) (above|in the #Noun above)',
  ],
  rewrites: ['To recap, {rest}', 'Just to recap, {rest}'],
  examples: {
    flag: [
      { text: 'I already told you that the refund takes five days.', becomes: 'To recap, the refund takes five days.' },
      { text: "I've already explained to you that the plan renews monthly.", becomes: 'To recap, the plan renews monthly.' },
      { text: 'We have told you twice that the store is closed on Sundays.', becomes: 'To recap, the store is closed on Sundays.' },
    ],
    pass: ["I've already sent you a new label, so you're all set.", 'I told the courier to ring the bell this time.', 'I already refunded the fee this morning.'],
    paraphrases: {
      flag: [
        'The hinge is stiff at first, which our installer explains at handover.',
        'The pipes freeze below zero, which we mention every winter.',
        'The deposit is kept, which we told you when you booked.',
        'Honestly, I already told you that the store is closed on Sundays.',
        "We've explained this to you several times.",
        "I've told you twice now, the app only works on iOS.",
        'As we have already informed you, the order cannot be changed.',
        'I already explained this to you yesterday.',
        "We've been over this.",
        'I have answered this question several times now.',
        'We have responded to each of your emails.',
        'We sent three reminder emails about it.',
        'We did remind you about the deadline.',
        'I did tell you the parcel needed a signature.',
      ],
      pass: [
        "I'll bring the spare key, which was left with the office on the day, when I come on Friday.",
        'The refund, as explained in the steps above, reaches your card in two days.',
        'You were told the wrong date, and I am sorry for that.',
        'We did not warn you about the road closure, which we should have.',
        'You were so patient with the engineer, thank you.',
        'I did tell Sam to bring the spare key, so he will have it.',
        'As shown on the map I sent, the entrance is round the back.',
        "I've resent the code, which you should get in a minute.",
        "The tickets, which I'll email to you today, include parking.",
        'The form was sent to you by mistake, sorry, you can ignore it.',
        'Our engineer explained the fault to me, and the part is on its way.',
        'I already told the courier to ring the bell.',
        "I've told the team you need it by Friday.",
        'You told me the size was wrong, so I sent a new one.',
        'I have already sent you the label.',
        "You have been told the wrong date, and I'm sorry.",
        'Thanks for telling us twice, it helped us find the fault.',
        'I already refunded you this morning.',
        'This has been explained to me by the courier, and I am sorry it took so long.',
        "We've been over the account together and everything is fixed.",
        'You were told this would be fixed, and it was not; I am sorry.',
        'I have answered your question about the fee below.',
        'I have replied to all of your emails from today in this one message, sorry for the wait.',
        'You should have been made aware of the fee, and I am sorry you were not.',
        'As explained in the guide I have attached, the reset takes a minute.',
        'I have sent you two emails with the tracking link, in case one went to spam.',
        'Guests are told about the fireworks on arrival, and I have added it to your booking notes.',
        'As we discussed, I have moved your booking to Friday.',
        'We sent your reminder to the new address, so you should have it today.',
        'You were sent the wrong size, and I have posted the right one.',
      ],
    },
  },
});
