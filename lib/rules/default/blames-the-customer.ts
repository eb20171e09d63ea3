import { defineRule } from '../define';

export default defineRule({
  id: 'blames-the-customer',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Puts the fault on the customer',
  description:
    'Says or implies the customer caused the problem, or that our side is fine: "Cracks like this are usually caused by hot pans.", "The issue is likely to be with your equipment.", "Our line tests show no fault."',
  message: 'Respect: suggesting the customer caused it, before anyone has looked, reads as blame; say what you checked and what you will do next.',
  patterns: [
    // "Cracks of this type are usually caused by placing hot pans…", "Mould is usually caused by the tenant's lifestyle"
    '(usually|typically|normally|often|generally|commonly|mostly|most likely|probably) (caused by|due to|the result of|a result of)',
    '(caused by|due to|the result of) (the)? (customer|customers|user|users|tenant|tenants|guest|hirer|driver|policyholder|member|owner)',
    // "The issue is likely to be with your equipment or home wiring."
    '(issue|problem|fault|error) (is|lies) #Adverb? (likely|probably)? (to be)? (with|on|at) your (equipment|device|router|wiring|setup)',
    '(issue|problem|fault|error) (is|lies) #Adverb? (likely|probably)? (to be)? (with|on|at) your (computer|phone|end|side|network)',
    // "Our line tests show no fault on the network."
    '(our|the) #Noun? (tests|test|checks|check|diagnostics|logs|data) (show|shows|showed|found|find|indicate|indicates) (no|nothing)',
    'no (fault|faults|issue|issues|problem|problems) (was|were|has been|have been|could be)? found (on|with|at) (our|the) (network|side|end|line|system|equipment)',
    // "any food losses are the hirer's own responsibility"
    '(is|are) (the|a)? #Possessive (own|sole)? (responsibility|problem|concern|liability)',
    // Blame by diagnosis, any subject: "Activation issues are usually down to the device settings", "changes on your side may have caused this".
    '(issues|problems|errors|faults|failures|delays) (are|is) #Adverb? #Adverb? down to (the|your) #Noun',
    '(on|at) your (side|end) #Adverb? (may|might|could|would|will|must)? (have)? #Adverb? (caused|cause|be causing|led to|lead to)',
    'likely that (the|your) #Noun+ (was|were|had been) not #Adverb? (presented|submitted|entered|returned|paid|reported|followed|completed|registered)',
    '(seems|appears|looks) (that|like)? (the|your) #Noun+ (was|were|had been) not #Adverb? (presented|submitted|entered|returned|paid|reported|followed)',
    '(it|this) would #Adverb? (appear|seem) (that)? (the|your) #Noun+ (was|were|had been) #Verb? #Adverb? (not|never|late|incorrectly|wrongly)',
    '(access|entry) (was|were) #Adverb? not (possible|given|provided)',
    '(access|entry) to (the|your) .{1,3} (was|were) #Adverb? not (possible|given|provided)',
    '(as|since|because) (this|it|the #Noun) was not (reported|notified|raised|declared|mentioned) (at the time|in time|within|when|until)',
  ],
  unless: [
    "(i|we) (have|'ve) #Adverb? (sent|replaced|booked|fixed|refunded|covered|swapped|chased|arranged)",
    "(i|we) (will|'ll|am|'m|are|'re) #Adverb? (sending|send|replacing|replace|book|fixing|fix|refund|cover|swapping|swap)",
    '(not|never) (your|the customer) #Noun? (fault|responsibility)',
    '(on|with) (our|my) (side|end|part)',
    '(nothing|not) (on|at) your (side|end)',
    '(nothing|not) (you|you have) (did|did wrong|could have done)',
  ],
  rewrites: [],
  advice: 'Say what you checked and what happens next ("Our test shows the line is fine up to your house, so I\'m sending a new router to rule it out").',
  examples: {
    flag: [
      { text: 'Cracks of this type are usually caused by placing hot pans directly on the surface.', becomes: null },
      { text: 'The issue is likely to be with your equipment or home wiring.', becomes: null },
      { text: 'Our line tests show no fault on the network.', becomes: null },
    ],
    pass: ['This is usually caused by a loose cable, so I am sending you a new one today.', 'The fault was on our side, and I have fixed it.'],
    paraphrases: {
      flag: [
        'Inverter faults are usually caused by the customer.',
        'Duplicate charges are typically caused by the user clicking the payment button twice.',
        'Mould is mostly the result of condensation from drying clothes indoors.',
        'Any food losses are the hirer\'s own responsibility.',
        'Our diagnostics found nothing wrong with the unit.',
        'No fault was found on our network.',
        'The problem lies with your router.',
        'Activation issues are usually down to the device settings.',
        'Login problems are almost always down to the browser.',
        'Changes on your side may have caused this.',
        'Something at your end could be causing the drop-outs.',
        'It is likely that the card was not presented to the reader properly.',
        'It would appear your timesheet was submitted late.',
        'Access to the rear garden was not possible.',
        'As this was not reported at the time, we cannot look into it.',
        'We came on the day, but access to the rear was not possible.',
      ],
      pass: [
        'Delays like this are usually caused by the customs office, and I have chased them today.',
        'It was not your fault at all, the label printed wrongly.',
        'Our tests show the repair held, so you are all set.',
        'The problem was with our router firmware, and the update fixes it.',
        'The issue is on our side, so there is nothing for you to do.',
        'A new router is on its way; the old one was faulty.',
        "It looks like your parcel was delivered to a neighbour, and I've asked the driver to confirm which one.",
        "The delay was down to our warehouse, and I'm sorry.",
        'It seems the card was not charged after all, so no refund is needed.',
        'Access to your account is now restored.',
        'Nothing on your side caused this; it was our update.',
        "As this was reported straight away, it's covered.",
        "Access was not possible for our van, so I've booked a smaller one for Thursday.",
      ],
    },
  },
});
