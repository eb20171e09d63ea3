import { defineRule } from '../define';

export default defineRule({
  id: 'rulebook-voice',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  title: 'Reads like the rulebook',
  description:
    'A rule stated about things in general, with nobody doing it and no "you" in it: "Refunds are processed within 30 days of receipt.", "Viewings must be confirmed 24 hours in advance.", "Players who disconnect are automatically removed."',
  message: 'Plain language: "Refunds are processed within 30 days" reads like the rulebook; say who does what for this customer ("I\'ll refund you within 30 days").',
  patterns: [
    '^(#Gerund|#Adjective)? #Noun+ are #Adverb? (#PastTense|processed|set|let|held|sent|paid|kept|cut|put|shut|run)',
    '@hasComma (#Gerund|#Adjective)? #Noun+ are #Adverb? (#PastTense|processed|set|let|held|sent|paid|kept|put)',
    '^(#Gerund|#Adjective)? #Noun+ (must|shall|need to|has to|have to) be #Adverb? (#PastTense|processed|set|let|held|sent|paid|kept|put)',
    '^(#Gerund|#Adjective)? #Noun+ is #Adverb? (#PastTense|taken|set|held|sent|paid|kept|charged|calculated|restricted|limited)',
    '^(#Gerund|#Adjective)? #Noun+ (will|can|may) be #Adverb? (#PastTense|issued|processed|sent|paid|refunded|charged|made)',
    '^(any|all) #Adjective? #Noun+ (must|will|should|shall|need to) be #Adverb? (#PastTense|reported|made|paid|sent|returned|raised)',
    '^#Noun+ (who|that|which)? #Verb .{0,4} are #Adverb? (#PastTense|processed|set|let|held|sent|paid|kept|put)',
    '^#Noun (is|must be) #Adverb? (sent|issued|posted|held|kept|charged|applied|processed) to? (the|an|any)? #Noun? (address|account|card|rate)',
  ],
  unless: ['(#Pronoun|yours|please|thanks|thank)', '(welcome|free|included)'],
  rewrites: [],
  advice: 'Say it as a person to this customer: who does it, for them, and when ("I\'ll refund you within 30 days of the parcel reaching us").',
  examples: {
    flag: [
      { text: 'Refunds are processed within 30 days of receipt.', becomes: null },
      { text: 'Viewings must be confirmed 24 hours in advance.', becomes: null },
      { text: 'Members who cancel are charged a final month.', becomes: null },
    ],
    pass: ['I will process your refund within 30 days of the parcel reaching us.', 'Pets are welcome in all our cottages.'],
    paraphrases: {
      flag: [
        'Commission rates are reviewed periodically.',
        'Late payments are automatically charged a fee.',
        'All deposits are protected as required.',
        'Bookings must be cancelled 48 hours before arrival.',
        'Parcels collected after noon are delivered the next day.',
        'Standing charges are set by the regulator.',
        'As the contract says, rents are reviewed every April.',
        'Correspondence is sent to the address on the account.',
        'Payment is taken when the order ships.',
        'Refunds will be issued to the original card.',
        'Any faults must be reported within 48 hours.',
      ],
      pass: [
        "Orders are usually shipped the same day, so yours should be with you on Friday.",
        'I have processed your refund, and it will reach your card in three days.',
        'Your parcels are packed and leave the warehouse tonight.',
        'Breakfast and parking are included in your room rate.',
        'Could you confirm the viewing a day ahead, so I can tell the landlord?',
        'The two missing items are on their way to you now.',
      ],
    },
  },
});
