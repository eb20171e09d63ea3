import { defineRule } from '../define';

export default defineRule({
  id: 'will-be-passed-on',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "your complaint will be reviewed" promises work by nobody in particular; saying "I\'ll…" makes it your promise.',
  patterns: [
    // An adjective before a comma ends the clause: "all of the above, your case will be…" names "your case".
    '[<thing>(your|the|this|that) (#Adjective && !@hasComma)? #Noun+] (will|is|are) (#Adverb|now)? (be|being) [<verb>(escalated|forwarded|passed|referred|reviewed)]',
    '[<thing>(your|the|this|that) (#Adjective && !@hasComma)? #Noun+] will be #Adverb? [<verb>(investigated|checked|looked into|followed up|considered)]',
    '[<thing>(it|this|that)] will be #Adverb? [<verb>(escalated|forwarded|passed|referred|raised|reviewed|investigated|checked|looked into|arranged)]',
    '[<thing>(your|the|this|that|a|an) .{0,2} #Noun+] will #Adverb? be #Adverb? [<verb>(assessed|assigned|communicated|progressed|actioned|generated|arranged)]',
    '(is|has been|have been) #Adverb? (noted|received|logged|recorded) and (will be|is being|are being) #Adverb? (escalated|forwarded|passed|referred|sent|shared)',
  ],
  unless: [
    '(escalated|forwarded|passed|referred|raised|reviewed|investigated|checked|into|up|considered) by (the|a|an|our|their|its|his|her|one) #Noun',
  ],
  rewrites: ["I'll {verb|infinitive} {thing|lower}"],
  examples: {
    flag: [
      { text: 'Your complaint will be reviewed within 5 working days.', becomes: "I'll review your complaint within 5 working days." },
      { text: 'This will be escalated to our technical team.', becomes: "I'll escalate this to our technical team." },
      { text: 'Your request will be passed on to billing today.', becomes: "I'll pass your request on to billing today." },
    ],
    pass: [
      "I'll review your complaint myself and write back by Thursday.",
      'Your complaint will be reviewed by the store manager, and I will chase her on Monday.',
      'Your order will be shipped today.',
    ],
    paraphrases: {
      flag: [
        'Unfortunately your complaint will be escalated.',
        'Your ticket will now be forwarded to billing.',
        'I can confirm that the case will be reviewed.',
        'Your refund request is being passed to the finance team.',
        'The issue will be looked into.',
        'Rest assured, this will be escalated.',
        'A decision will be communicated to you.',
        'A technician will be assigned to it.',
        'Once it is there the claim will be assessed.',
        'A revised bill will be generated.',
        'A follow-up appointment will be arranged.',
        'Your dispute has been noted and will be passed on to the claims team.',
        'Your complaint is received and will be forwarded to concerned department.',
      ],
      pass: [
        "I'll escalate your complaint today.",
        'Your complaint will be reviewed by the billing manager, Sam, by Friday.',
        'Your parcel will be delivered tomorrow.',
        'The fee will be refunded today.',
        'I have forwarded the photos to the warehouse myself.',
        'Your feedback was passed to me directly.',
        'I have assessed the damage and the refund is on its way.',
        'I will assign Sam to your case, and he will call you today.',
        'A new bill went out this morning.',
        'Your bill is generated on the 1st, and I have already corrected it.',
      ],
    },
  },
});
