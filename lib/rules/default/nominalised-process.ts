import { defineRule } from '../define';

export default defineRule({
  id: 'nominalised-process',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "the processing of… is undertaken" turns actions into nouns; say who does what ("We process…").',
  description: 'An action turned into a noun and carried by an empty verb: "the processing of applications is undertaken", "the determination of the deduction was made", "upon the completion of the form", "requires the submission by the importer of…".',
  patterns: [
    // An action as a noun, carried by an empty verb of doing: "The processing of applications is undertaken in date order".
    'the #Noun of (!#Verb){1,5} (is|are|was|were|will be|shall be|has been|have been) #Adverb? (undertaken|effected|conducted|performed|carried out)',
    // A decision or step as a noun that "was made" or "is required": "The determination of the deduction was made…".
    'the (determination|decision|assessment|allocation|calculation|performance|completion|submission|provision|verification) of (!#Verb){1,5} (is|are|was|were|will be|has been) #Adverb? (made|required|necessary|mandatory)',
    // A precondition as a noun: "upon the completion of the form", "pending the receipt of", "prior to the submission of".
    '(upon|pending|prior to|subject to|contingent upon|conditional upon) the (completion|receipt|submission|provision|verification|settlement|performance|conclusion|remittance|finalisation|production|presentation) of',
    // What is needed, as a noun with its doer: "requires the submission by the importer of a revised invoice".
    '(requires|require|required|necessitates|necessitate) the (submission|completion|provision|performance|production|presentation|remittance|settlement) (by|of)',
    // A time counted from a noun: "within 10 working days of the receipt of a valid request".
    'of the (receipt|completion|submission|lodgement|lodgment) of (a|an|the|your|all|any) #Adjective? #Noun',
  ],
  unless: [],
  advice: 'Turn the noun back into a verb with a person doing it: "We\'ll move you once you\'ve filled in the housing form", "We update records within 10 days".',
  examples: {
    flag: [
      { text: 'The processing of applications is undertaken in date order.', becomes: null },
      { text: 'A transfer may be considered upon the completion of the housing form.', becomes: null },
    ],
    pass: ['We process applications in the order they arrive.', "Once you've filled in the housing form, I'll move you."],
    paraphrases: {
      flag: [
        'The inspection of the vehicle will be undertaken by an assessor.',
        'The cleaning of the ducts was carried out on Monday.',
        'The calculation of your final bill was made using the closing reading.',
        'Your refund will be issued pending the receipt of the goods.',
        'Reconnection is conditional upon the settlement of the arrears.',
        'A new card requires the submission of a signed form.',
        'Changes are applied within five days of the receipt of a signed mandate.',
        'The assessment of your claim is required before any payment.',
      ],
      pass: [
        'We will inspect the car on Friday and call you straight after.',
        'The cost of the repair is covered by your warranty.',
        'Once we receive the goods, the refund goes out the same day.',
        'The end of the month is our busiest time, so I booked you early.',
        'I carried out the check myself and the boiler is safe.',
        'We sent the receipt of your payment to your email.',
      ],
    },
  },
});
