import { defineRule } from '../define';

export default defineRule({
  id: 'policy-jargon',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  title: 'Terms-and-conditions words',
  description:
    'Small print said to a person: "subject to availability", "non-transferable", "for security reasons", "in breach of our terms", "applies separately".',
  message: 'Plain language: small-print words like "subject to availability" make the customer decode the rule; say what it means for them.',
  patterns: [
    'subject to (availability|approval|change|changes|status|verification|confirmation|eligibility|capacity|variation|amendment|alteration|revision)',
    // Whose availability, named as a noun: "subject to surgeon availability", "subject to route scheduling".
    'subject to !#Pronoun (availability|capacity|scheduling|allocation|approval)',
    'subject to (our|the) #Adjective? (terms|conditions|policy|rules|standard terms)',
    '(is|are) #Adverb? (non transferable|nontransferable|non exchangeable|non negotiable|non assignable)',
    '^for (security|safety|legal|compliance|regulatory|operational|administrative|data protection) (reasons|purposes)',
    // The office's reason word anywhere, in any frame: "cancelled due to operational reasons", "closures occur for
    // operational reasons", "not completed owing to resourcing constraints".
    '(for|due to|owing to|because of) (operational|resourcing|staffing|logistical|administrative) (reasons|constraints|issues|requirements|purposes)',
    '(in|for|a) breach of (our|the|its) (terms|policy|policies|conditions|rules|agreement|contract)',
    '(excess|excesses|fee|fees|charge|charges|surcharge) (applies|apply) (separately|in addition|additionally)',
    // A case held "pending" an office's process word: "suspended pending verification of evidence", "on hold pending
    // assessor allocation", "pending HMRC C18 clearance".
    '(suspended|held|paused|on hold|frozen|restricted|blocked|closed|stopped) #Adverb? pending #Adjective? #Noun',
    '(is|are|remains|remain) #Adverb? pending #Noun? (allocation|verification|clearance|approval|assessment|investigation|validation|triage)',
  ],
  unless: ['(i|we) (have|had|will)? #Adverb? (checked|booked|confirmed|reserved|asked|moved|added|turned|check|book|confirm|reserve|ask)'],
  rewrites: [],
  advice: 'Say what the rule means for this customer in everyday words ("we only have so many vegetarian meals on board, so I can\'t promise one").',
  examples: {
    flag: [
      { text: 'Upgrades are subject to availability.', becomes: null },
      { text: 'The voucher is non-transferable.', becomes: null },
      { text: 'For security reasons the code goes to the email on file.', becomes: null },
    ],
    pass: ['I have booked your upgrade, and the hotel has confirmed it.', 'Your security code is on its way by text.'],
    paraphrases: {
      flag: [
        'Late check-out is subject to approval by the hotel.',
        'Prices are subject to change without notice.',
        'Gift vouchers are strictly non-transferable.',
        'For safety reasons, the lift is closed on Sundays.',
        'Your account was suspended for breach of our terms.',
        'A young driver fee applies separately.',
        'Your account is suspended pending verification of evidence.',
        'The claim is on hold pending assessor allocation.',
        'Your payment is pending compliance clearance.',
        'Works remain pending engineer allocation.',
        'Flight times are subject to variation.',
        'Evening lessons are subject to instructor availability.',
        'The 9:15 sailing was withdrawn due to operational reasons.',
        'Unfortunately the visit could not go ahead owing to staffing constraints.',
        'Lifts are closed from time to time for operational reasons.',
      ],
      pass: [
        'I have checked, and late check-out is subject to availability, so I have asked the hotel to hold 2pm for you.',
        'Your subject line was perfect, it came straight to me.',
        'I moved you to the Friday class for safety, since the Tuesday hall is being painted.',
        'You can transfer the voucher to a friend, just forward them the email.',
        'The delivery fee is already included in your total.',
        'For extra security I have turned on two-step login for you.',
        'Your refund is pending, and it will land by Friday.',
        "I've put the order on hold while we wait for the courier, and I'll call you at noon.",
        'Your visa is awaiting approval, and I will chase it on Monday.',
        'There is some variation in colour between batches, as each tile is hand-glazed.',
        'Your availability is all we need, so just reply with a day that suits you.',
        'The boiler was switched off for safety, and the engineer is back at 8am to replace the valve.',
        'The ferry was late because of a mechanical fault, and we have refunded your fare.',
      ],
    },
  },
});
