import { defineRule } from '../define';

export default defineRule({
  id: 'please-find-attached',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "Please find attached" is a stock phrase; "I\'ve attached" sounds like a person wrote it.',
  patterns: [
    '^(please|kindly) (find|see) (attached|enclosed) [<what>(#Determiner|#Possessive|#Value|#Adjective|#Noun) *]',
    '^(attached|enclosed) please (find|see) [<what>(#Determiner|#Possessive|#Value|#Adjective|#Noun) *]',
    // The object first: "Please find your invoice attached."
    '^(please|kindly) (find|see) [<what>(the|your|a|an|our) #Adjective? #Noun+] (attached|enclosed)$',
    '^(please|kindly) (find|see) [<what>(the|your|a|an|our) #Adjective? #Noun+] (attached|enclosed) (for|to|with)',
  ],
  rewrites: ["I've attached {what}", "Here's {what}"],
  examples: {
    flag: [
      { text: 'Please find attached the invoice for March.', becomes: "I've attached the invoice for March." },
      { text: 'Attached please find your new contract.', becomes: "I've attached your new contract." },
      { text: 'Kindly find enclosed a copy of the receipt.', becomes: "I've attached a copy of the receipt." },
    ],
    pass: ["I've attached the invoice for March.", 'Please see the photo I attached, it shows the label.'],
    paraphrases: {
      flag: [
        "Please find your invoice attached.",
        "Kindly see enclosed the signed lease.",
        "Enclosed please find a refund form.",
        "Please see attached our price list.",
        "Kindly find the statement enclosed for your records.",
        "Please find attached 2 copies of the contract.",
      ],
      pass: [
        "I've attached the invoice for March.",
        "Please see the photo I attached, it shows the label.",
        "I have enclosed the form with a return envelope.",
        "Please find a time that suits you for the visit.",
        "Here's the statement you asked for.",
        "Please see the steps below.",
      ],
    },
  },
});
