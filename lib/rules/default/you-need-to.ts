import { defineRule } from '../define';

export default defineRule({
  id: 'you-need-to',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You need to…" reads as an order; asking politely keeps the customer on your side.',
  description: 'An order to the customer anywhere in the sentence: need to / have to / must / are required to, any tense or contraction, with inserted adverbs.',
  patterns: [
    'you #Adverb? (must|should) to #Adverb? [<action>#Verb (!@hasComma)*]',
    'you #Adverb? (will|would)? #Adverb? (need|have|are required|are expected) to #Adverb? [<action>(!@hasComma)* @hasComma]',
    'you #Adverb? (will|would)? #Adverb? (need|have|are required|are expected) to #Adverb? [<action>. (!@hasComma)*]',
    'you #Adverb? (must|should) #Adverb? [<action>#Verb (!@hasComma)* @hasComma]',
    'you #Adverb? (must|should) #Adverb? [<action>#Verb (!@hasComma)*]',
    'you #Adverb? (will|would)? #Adverb? (need|have) to$',
    'you (must|should)$',
    // A bare demand: "Please provide your booking reference."
    '(please|kindly) [<action>(ensure|provide|resubmit|submit|supply|perform|complete|call back|refrain|remain) (!@hasComma)*]',
    // An order about the customer's conduct (session 48): "Kindly cooperate", "Please comply with the site rules". Read up
    // to forty words, not `(!@hasComma)*`, which matches nothing when the verb ends the sentence ("Kindly cooperate.").
    '(please|kindly) [<action>(cooperate|co operate|co-operate|comply|adhere|behave) (!@hasComma){0,40}]',
    // Forwarding is a demand when it asks for the customer's own papers ("Please forward your proof of purchase"); passing
    // on what they received ("Please forward the suspicious email to …", "forward the text to 7726") is a normal ask.
    '(please|kindly) [<action>forward (your|a|an|all|proof|copies|details|documents|evidence) (!@hasComma)*]',
    // Required in the passive: "you will be required to log a fault".
    'you #Adverb? (will|would)? #Adverb? be (required|expected|obliged) to #Adverb? [<action>. (!@hasComma)*]',
    // Obligation with the subject widened: "you both need to sign", "You must both sign…", non-native "You need give the PUK code".
    'you (both|all|each) #Adverb? (will|would)? #Adverb? (need|have) to #Adverb? [<action>. (!@hasComma)*]',
    'you (both|all|each)? #Adverb? (must|should) (both|all|each)? #Adverb? [<action>#Verb (!@hasComma)*]',
    'you #Adverb? need [<action>(give|provide|send|bring|pay|call|fill|sign|show|submit|upload|return|contact|visit) (!@hasComma)*]',
    // Necessity said of the situation, with the customer as its subject (session 29): "It is essential that you forward…",
    // "It's vital for you to keep…", "it is required that an appeal be submitted". ("important" stays out: it is often care.)
    'it (is|will be) #Adverb? (essential|necessary|imperative|vital|mandatory|crucial|required) that you #Adverb? [<action>(!#Copula && #Verb) (!@hasComma)*]',
    'it (is|will be|would be) #Adverb? (essential|necessary|vital|mandatory|advisable|prudent) for you to #Adverb? [<action>(!#Copula && #Verb) (!@hasComma)*]',
    'it (is|will be) #Adverb? (essential|necessary|imperative|mandatory|required) that (a|an|the|your|all|any) #Adjective? #Noun+ (be|are|is) #PastTense',
  ],
  unless: [
    // compromise stops a wildcard at the first word that can follow it, so these name the word that starts the reason,
    // wherever it comes: "…, such as his passport or a bank statement, so that we can be sure…".
    'you will #Adverb? (need|have) to * (because|since|so)',
    // The reason after a comma: "You'll need to book for weekends, as the field gets very busy."
    'you will #Adverb? (need|have) to .{1,14} @hasComma as (the|that|this|it|our|we|i|there|they|#Pronoun)',
    // …and the reason as a clause of its own after "as": "…, as wet fleece can't be shorn", "…, as these can be claimed".
    'you will #Adverb? (need|have) to .{1,14} as (these|those|#Adjective)? #Noun? (can|cannot|must|will|would|is|are|needs|need|has|have)',
    // The customer's one part of a plan the agent carries ("You'll need to send a note from your GP, and I'll freeze
    // the membership", "You'll need to let staff know — I've drafted a note"). The present "You need to…" stays an order.
    'you will #Adverb? (need|have) to .{1,20} and (i|we) (will|shall|can) #Adverb? #Verb',
    // …or a deed already done for them beside it: "You'll need to let staff know — I've drafted a note you can forward".
    'you will #Adverb? (need|have) to .{1,20} (i|we) have #Adverb? (#PastTense && !closed && !cancelled && !rejected && !removed && !suspended)',
    // The customer's own choice, named first: "If you'd like to add your faith to your record, you'll need to log in and
    // tick the box". A requirement for what they asked of us ("If you want a refund, you need to send it back") stays, and
    // so does the hoop set before their grievance or remedy ("Should you wish to appeal, you will need to submit a new claim
    // form", "If you'd like to get your money back, you'll need to post it"): that is the rule's own case, so only an
    // extra they may choose (add, update, join, book, go ahead…) is excused.
    '(if|should) you (would|do)? (like|want|wish|prefer|choose) to (add|update|join|upgrade|opt|book|go|switch|include) .{0,12} you will #Adverb? (need|have) to',
    '(if|when|whether|unless|until|before|once|so|in case) you #Adverb? (will|would|do|ever)? #Adverb? be? (need|have|must|should|are required|required|expected)',
    '(do|does|did|will|would|could|should) you #Adverb? (need|have|must)',
    'you (do|will|would|did|should|may|might)? (not|never) (need|have|must) to?',
    'you (must|should) (not|never|be)',
    // "You should have received / have a code by now" informs; "you should have already done it" lectures.
    // What the customer will perceive is a prediction too: "you should hear a click", "you should notice the fan slow".
    'you (should|must) (now|already)? (receive|see|get|be able|hear|notice|feel|spot|smell)',
    'you (should|must) (now|already)? have (been|received|got|gotten|seen|heard|noticed|had|a|an|the|your|it|them|access)',
    'you (need|have) to (wait|do|pay|worry|go|make) for? (anything|nothing|any|no|long)',
    // "All you need to…", "There's nothing else you need to do", and the same relative clause on a thing: "The only
    // thing you must do is empty it", "the last thing you should have found".
    // "what you need to…", and what the customer is entitled to: "that's not what you should expect from a new machine".
    '(what|all|everything|something|nothing|anything|thing|things) (else|that)? you #Adverb? (should|must|need to|have to|will need to|would expect|can expect)',
    'you (need|have) to (know|be aware)',
    '(please|kindly) call back (any time|anytime|whenever|if)',
    // An optional adverb never takes the "kindly" itself (compromise's optional terms do not give it back): "Could you kindly…?".
    '(could|would|can|will|if) you (#Adverb && !kindly)? (could|can|would)? (#Adverb && !kindly)? (please|kindly)',
    // A request that says what we do with it: "Please submit a request … so that we can investigate."
    '^#AtMention? (please|kindly) #Verb .{0,14} (so|and) that? (we|i) (can|will|could|may|would) (investigate|help|assist|look|sort|check|review|reach|follow|take)',
    // A noun or relative use, not an order: "the steps you need to take", "the account that you need to recover".
    '#Noun (that|which) you #Adverb? (will|would)? #Adverb? (need|have) to',
    '(are|is|were|all|of|see|follow|with) (the|some|any|those|these|a few)? #Adjective? #Adjective? #Noun+ you #Adverb? (will|would)? (need|have) to',
  ],
  // The step or requirement a calm customer asked for ("How do I link my account?" → "You'll need to sign out and back
  // in"; "Do I qualify?" → "You're required to have 1,000 subscribers") is their answer, not an order: a hint toward the
  // friendlier form. An upset customer, or a reply that refuses or blames elsewhere, keeps the warning (answered-softly.ts).
  softer: {
    severity: 'hint',
    message: 'Respect: this answers their question, so it reads as help; "You can…" or "Here\'s how: …" sounds friendlier still than "You need to…".',
    customerAsked: [
      'how (do|can|could|would|should|will|does) (i|we|you|u|one) #Adverb? #Verb',
      'how (i|we) (can|could|should|do|would) #Adverb? #Verb',
      'how to #Adverb? #Verb',
      '(is|are) there (a|any|another) #Adjective? way to',
      '(is|was|would) it #Adverb? possible to',
      '(can|could|may) (i|we|u) #Adverb? (still|also)? #Verb',
      // Asked for someone in their care: "Can my mother still come?", "Could she travel alone?"
      '(can|could|may) (he|she|they|my #Noun|our #Noun) #Adverb? (still|also)? #Verb',
      '(do|would|will|should|must) (i|we|you|u) #Adverb? (need|have) to',
      '(what|which) (do|would|will|should|must) (i|we) #Adverb? (need|have|bring|do|send|show|provide)',
      '(is|was) there anything (else)? (i|we) (have|need|must|should)',
      '(am|are|is) (i|we|he|she) #Adverb? (eligible|entitled|allowed|qualified)',
      '(do|does|would|will) (i|we|my #Noun) #Adverb? (qualify|count)',
      '(what|which) (are|is) the #Adjective? (requirements|requirement|criteria|rules|steps|process)',
      '(everything|all|what) (that|which)? (is|was|were)? #Adverb? (needed|required)',
      '(help|show|tell) me (how)? to? #Adverb? #Verb',
      // Asked for help in other words: "what can I do", "Help!", "confused about what documents to bring".
      '(what|where) (can|could|should|do) (i|we|u) #Adverb? (do|go|start)',
      '(what|which) #Noun? to (bring|send|provide|show|upload|do)',
      '^help #Adverb?$',
    ],
  },
  // A requirement with its reason ("…before we can unlock it") stays a requirement, in the team's voice; the
  // engine offers it only where the sentence gives that reason, and "Could you…?" only where it stays a favour.
  rewrites: ['Could you {action}?', "We'll need you to {action}."],
  advice: 'Ask instead of ordering: "Could you…?", or give the steps as "Here\'s how to…".',
  examples: {
    flag: [
      { text: 'You need to restart the router.', becomes: 'Could you restart the router?' },
      { text: 'You must reset your password using the link on the login page.', becomes: 'Could you reset your password using the link on the login page?' },
      { text: "You'll have to send the item back first.", becomes: 'Could you send the item back first?' },
      { text: 'To fix this, you need to clear the cache.', becomes: 'To fix this, could you clear the cache?' },
      { text: 'To get a refund you need to:', becomes: null },
      // What the customer gets only by doing it ("To reactivate…") keeps the requirement, with the clause's comma.
      { text: 'To reactivate you need to update the card on file.', becomes: "To reactivate, we'll need you to update the card on file." },
      // A requirement with its reason stays a requirement ("Could you…?" would make it sound optional).
      { text: 'You need to pay the remaining balance of £184 before we can unlock it.', becomes: "We'll need you to pay the remaining balance of £184 before we can unlock it." },
      { text: "You need to attach the doctor's note — without it the extension can't be approved.", becomes: "We'll need you to attach the doctor's note — without it the extension can't be approved." },
      // The no and its alternative are one sentence: splitting them would leave the no standing alone, so advice only.
      { text: 'We cannot refund purchases made through Apple, you need to contact Apple for that.', becomes: null },
      // Asking someone to be patient is no warmer than telling them: advice only.
      { text: 'You need to be patient.', becomes: null },
    ],
    pass: [
      "You don't need to do anything else.",
      'If you need to reach me, reply here.',
      'So you never have to wait again, I have turned on priority shipping.',
      // What the customer will perceive is a prediction ("You should listen for a click" still flags).
      'Push the plug in firmly and you should hear a click.',
      'After a minute you should notice the fan slowing down.',
    ],
    paraphrases: {
      flag: [
        "You will need to bring your ID, as well as the booking form.",
        "You need to send us the form, as the deadline is Friday.",
        "You will need to fill in the form again, as per our policy.",
        "Please forward your proof of purchase.",
        'You will need to check in at the desk.',
        'You need to check in at the desk so our team can see the documents.',
        'You must to check the manual first.',
        'You have to wait for the release.',
        'Honestly, you really need to update the app first.',
        'You will need to fill in the form again.',
        'Before we can help, you have to verify your email address.',
        'You are required to upload a photo of the damage.',
        "Then you'd have to reinstall the driver.",
        'First you must register the product on our site.',
        'You should contact your bank about the charge.',
        'You should listen for a click before you ride.',
        'To activate it you need to enter the code on the card.',
        'Please provide your booking reference.',
        'Before we go any further, kindly supply a copy of the invoice.',
        'To fix the router you need to reset it.',
        'Please submit the form again.',
        'You will be required to log a fault through the merchant portal.',
        'Then you would be expected to return the keys.',
        'Please refrain from resubmitting.',
        'Please remain with your vehicle.',
        'Before we can proceed, you both need to sign the form.',
        'You must both sign the transfer deed in front of a witness.',
        'You need give PUK code from your SIM card holder.',
        // "as" that is no reason does not excuse it.
        'You will need to bring your ID as well as the booking form.',
        // The hoop set before their grievance or remedy is the rule's own case, choice-like wording or not.
        'Should you wish to dispute the parking charge, you will need to write to the council.',
        "If you'd like to complain, you'll have to fill in the online form first.",
        'If you want to get a refund, you will need to post it back at your own cost.',
      ],
      pass: [
        "You'll need to keep the boiler off overnight, as damp flues can't be tested safely.",
        "You'll need to keep your parking receipts, as these can be added to the claim.",
        "You will need to send a copy of the lease and a recent utility bill, signed by both tenants, so that we can add the second name correctly.",
        "You'll need to tell your school about the change — I've drafted a letter you can send.",
        "Please forward the suspicious email to phishing@bank.example and then delete it.",
        "Please forward the text to 7726, then delete it.",
        "Please forward that message on to our fraud address so we can block the sender.",
        "There's nothing else you need to do.",
        "You'll just need to bring the receipt, since the assessor checks the date first.",
        "You'll need to check in at the desk, so our team can see the documents.",
        "You'll need to book for Saturdays in October, as the field gets very busy.",
        "You'll need to pay the fee by Friday though, as that's when I do the draw.",
        "You'll just need to send us a note from your GP, and I'll freeze your membership from that date.",
        "You'll need to send us a copy of the certificate, and we'll take care of the rest.",
        'The only thing you must do beforehand is empty the freezer.',
        "I'm sorry, a ripped arm is the last thing you should have found.",
        "That's not what you should expect from a new machine.",
        "You don't have to wait for anything, it has shipped.",
        'You must be so frustrated after waiting all week.',
        'You should have received a confirmation email by now.',
        "There's nothing you need to do, the refund is already on its way.",
        "Here's everything you need to know about the new plan.",
        'If you have to cancel, just reply here and I will sort it.',
        'You should now be able to log in again.',
        "You won't need to send anything back.",
        "I'll need to check one thing with the warehouse first.",
        'Do you need to change the delivery address as well?',
        'Could you please provide the order number?',
        'Please call back any time if the light comes on again.',
        // A polite redirect with an offer of help is fine on social.
        '@bex_wears Please submit a ticket here and we will help.',
        "@lena_travels Please DM us the last 4 digits of the card and we'll take a look.",
        'Please submit a request with your account details through the link below so that we can investigate.',
        'If someone is trying to get into your account, there are some important steps you need to take.',
        'If it is the AdSense account that you need to recover, this guide covers it.',
        "Blurry vision after a week isn't something you should just put up with.",
        "You won't be required to do anything else.",
        'If you would be required to travel, we cover the cost.',
        'Your booking will remain as it is, so there is nothing to do.',
        'You both did everything right, and the deed is now registered.',
        'Do you both need to come in, or just one of you?',
      ],
    },
  },
});
