import { defineRule } from '../define';

/**
 * Told before, by the passive or by a reference to an earlier moment or document: "You were told this on the phone.",
 * "As explained at booking, the deposit is kept.", "The 24-hour policy is explained at booking.", "Students are told in
 * induction to save their work." Split from `i-already-told-you` (session 25, issue #10), which was at the pack's
 * 30-pattern cap, with the told-before lines of `you-agreed-to`: that rule keeps the agent's own "I already told you"
 * (I/we as the one who told), this one the customer or a class of customers as the one who was told, and the earlier
 * moment held up as the answer, matched by grammar (a passive of telling, the verbs' roots, a time or a document after
 * it) rather than by a list of sentences.
 */
export default defineRule({
  id: 'you-were-told',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Points back to when they were told',
  description:
    'Points the customer back to when they were told or shown, as the answer: "You were told this on the phone.", "As explained at booking, the deposit is kept.", "The policy is explained at checkout.", "Students are told in induction to save their work."',
  message: 'Respect: pointing back to when they were told ("as explained at booking") makes the customer feel scolded; say the point again simply, as a recap.',
  patterns: [
    // Moved from i-already-told-you: told already, in the passive.
    'you (have|were|had) #Adverb? been (told|informed|advised) (already|before|twice|several times|repeatedly|more than once)',
    'you (have|had) already been (told|informed|advised)',
    'you were #Adverb? (told|informed|advised) (already|before|twice|several times|repeatedly|more than once)',
    '(this|that|it) (has|had|was) #Adverb? been #Adverb? (explained|mentioned|stated|communicated|outlined) to you',
    '(this|that|it) (was|were) #Adverb? (explained|mentioned|stated|communicated|outlined|made clear) to you (in|on|at|during|when|before|by|over)',
    'you (were|have been|had been) #Adverb? (told|informed|advised) (this|that) (on|in|by|over|during|at|before|already|yesterday)',
    'you (were|have been|had been) #Adverb? made aware (of|that)',
    '^you were #Adverb? (told|warned|shown) (that)? (the|your|it|this|there|they)',
    // Moved from you-agreed-to: warned or asked at the time.
    'you were #Adverb? (advised|told|warned|informed|made aware|reminded) (at the time|when|during|before|on|of)',
    'you were #Adverb? (asked|requested|required) to (report|check|tell|notify|inform|inspect|read|confirm|return|let)',
    'you (were|have been|had been) #Adverb? sent (#Value|several|multiple|numerous) (reminders|reminder #Noun|warnings|warning #Noun|notices|letters)',
    // By reference to an earlier moment or a document: "as explained to you", "as stated at checkout", "which was
    // emailed to you at booking", "which you will have read", "as my colleague told you". The fronted "as …, rest" keeps
    // a recap as its rewording.
    // A document alone is not a telling ("As mentioned on the ticket, the turnaround is 48 hours, so…"): the fronted
    // "as …," needs the customer (to you, with your builder) or an earlier moment (at booking, on the phone, in your consultation).
    '^as (was|has been)? #Adverb? (explained|stated|mentioned|discussed|advised|set out) (to you|with you|with your) (!@hasComma){0,4} @hasComma [<rest>.+]',
    '^as #Adverb? (explained|stated|mentioned|discussed|advised|set out) (at|during|on|upon) (booking|checkout|reception|collection|registration|arrival) [<rest>.+]',
    '^as #Adverb? (explained|stated|mentioned|discussed|advised) (at|during|over|on|in) #Possessive (consultation|visit|call|meeting|appointment|fitting) [<rest>.+]',
    '^as #Adverb? (explained|stated|mentioned|discussed|advised|set out) (on|over) the (phone|call) [<rest>.+]',
    'as (was|has been|had been)? #Adverb? (explained|stated|mentioned|outlined|pointed out|made clear|said) to you',
    'as (is|was|has been)? #Adverb? (explained|explain|stated|stipulated|set out) (in|on|at|during) (#Determiner|#Possessive|booking|checkout|reception) #Noun?',
    'as (already|previously|earlier) (informed|advised|notified|told|explained|discussed|stated|mentioned)',
    'which (was|were|had been) #Adverb? (emailed|sent|given|explained|mentioned|posted|handed) to you (at|after|during|when) (your|you|the|booking|purchase|checkout)',
    'which you (would|will|must) have #Adverb? (received|seen|read|been sent|been given|signed)',
    'as (already|previously)? (explained|told|mentioned|advised|stated) (to you|already|previously) by (my|our|the) (colleague|team|agent|manager|engineer)',
    '^as (my|our) (colleague|colleagues|team|agent|manager|engineer) (has|have)? #Adverb? (told|explained to|advised|informed) you',
    // A rule said to have been explained already, at an earlier moment: "The 24-hour policy is explained at booking",
    // "which is mentioned in bold on the listing".
    '(policy|rule|fee|charge|terms|deadline) (is|are|was) #Adverb? (explained|stated|set out) (at|on|in|during) (booking|checkout|#Determiner|#Possessive)',
    '(this|that|which) (is|was) #Adverb? (explained|stated|mentioned|set out) (in bold)? (at|on|in|during) (booking|checkout|#Determiner|#Possessive)',
    // Customers as a class, told at a moment: "Students are told in induction to…", "Guests are reminded at check-in".
    '#Plural (are|were) #Adverb? (told|informed|advised|warned|reminded) (this|that)? (in|at|during|on) (induction|booking|checkout|arrival|check|the|#Possessive)',
    // Told by the paperwork they were handed (session 26): "which the aftercare sheet warns against", "which is why the
    // delivery note says…", "explained in the onboarding pack, which all clients receive", "The guidance was in the
    // welcome pack handed over on delivery", "The risk was pointed out by our operator before the work began".
    'which (the|our|your) #Adjective? #Noun+ (warns|warned|advises|advised|cautions) (against|about)',
    'which is why (the|our|your) #Adjective? #Noun+ (says|said|states|stated|asks|asked|tells you)',
    '(explained|stated|set out|covered|outlined) in (the|our|your) .{1,3} which (all|every|each) (#Plural|#Noun) (receive|receives|get|gets|sign|signs)',
    '(was|were) (all)? (in|on) (the|your) #Adjective? #Noun+ (handed|given|sent|emailed|supplied|provided) (to you|over|with|on|at)',
    '(was|were) #Adverb? (pointed out|explained|mentioned|flagged|highlighted) (to you)? by (our|the|your) #Noun+ (before|at|during|when|on)',
  ],
  unless: [
    '(sorry|apologise|apologize|mistake|wrong)',
    "(i|we) (have|'ve)? #Adverb? (attached|linked|included|added) (it|the|a|this)?",
    // The agent acts now on what was agreed: "As discussed with your builder, I've moved the fitting to Monday".
    "(i|we) (have|'ve|will|'ll) #Adverb? (sent|moved|booked|refunded|fixed|arranged|changed|cancelled|credited|waived|added|called|shared|passed|resent)",
    // Our colleague acts on it now: "…flagged by our engineer during the visit, and he has ordered the part".
    "(and|so|but) (he|she|they) (has|have|will|'ll|'s) #Adverb? #PastTense",
  ],
  rewrites: ['To recap, {rest}'],
  advice: 'Give the point again simply, as a recap of what matters now ("To recap, the deposit covers…"), and what you can do.',
  examples: {
    flag: [
      { text: 'As explained at booking, the deposit is not refundable.', becomes: 'To recap, the deposit is not refundable.' },
      { text: 'You were told this on the phone.', becomes: null },
      { text: 'The 24-hour policy is explained at checkout.', becomes: null },
    ],
    pass: ['You were so patient with the engineer, thank you.', 'As shown on the map I sent, the entrance is round the back.'],
    paraphrases: {
      flag: [
        'As stated at booking, the deposit is not returned.',
        'As already explained to you by our team, the fee is fixed.',
        'The guide was emailed to you, which you will have read before the trip.',
        "There's a fee, which was explained to you at checkout.",
        'As my colleague already told you, the price is fixed.',
        'You have already been told that the fee is non-refundable.',
        'You were told before that the offer had ended.',
        'This has already been explained to you.',
        'You were made aware of the fee at checkout.',
        'You have to activate add-ons before travelling, as explained in the app.',
        'As was explained to you on the phone, the contractor is booked.',
        'Guests with access passes are told this on the leaflet.',
        'You were sent 3 reminders before the lock was changed.',
        'You were told the seat could not be changed.',
        'You were warned that the paint needs a week to cure.',
        'As has been explained to you twice, the deposit is non-refundable.',
        'You were warned at the time that the colour might vary.',
        'You were asked to inspect the goods on arrival.',
        'Drivers are reminded at check-in to keep the tank full.',
        'The late fee is stated at checkout.',
        'As discussed with your solicitor, the lease cannot be shortened.',
        'As previously advised, the warranty has ended.',
        'As is set out in our price list, collection is extra.',
        'Leaving the lid off lets the dough dry out, which our care card warns about.',
        'The parking rules were in the information pack sent to you before arrival.',
        'The weak floorboard was flagged by your surveyor during the viewing.',
        'The dates are set out in the member handbook, which every member gets.',
        'That is why the label says keep refrigerated, which is why the leaflet says so too.',
      ],
      pass: [
        'You were told the wrong date, and I am sorry for that.',
        'This has been explained to me by the courier, and I am sorry it took so long.',
        'You were told this would be fixed, and it was not; I am sorry.',
        'You should have been made aware of the fee, and I am sorry you were not.',
        'As explained in the guide I have attached, the reset takes a minute.',
        'Guests are told about the fireworks on arrival, and I have added it to your booking notes.',
        'You were sent the wrong size, and I have posted the right one.',
        'As discussed with your builder, I have moved the fitting to Monday at 9am.',
        'Your code is shown on the receipt and on the app.',
        'You were asked for your postcode because the form needs it, and I have filled it in for you.',
        'Our opening times are on the door and on the website.',
        'The wifi code is in the welcome pack, which all guests receive.',
        'The noise was mentioned by our engineer during the visit, and he has ordered the part.',
        'The route is in the guide handed to you at check-in, so you can follow it at your own pace.',
        "Your code was in the email sent on Monday, and I've resent it to be safe.",
      ],
    },
  },
});
