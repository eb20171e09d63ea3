import { defineRule } from '../define';

export default defineRule({
  id: 'stiff-words',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  title: 'Stiff office words',
  description:
    'Office words with an everyday twin: "prior to" (before), "in the event that" (if), "endeavour to" (try to), "utilise" (use), "notwithstanding" (even so), "upon receipt of" (when we get), "with immediate effect" (from today).',
  message: 'Plain language: office words like "prior to" and "endeavour" sound like a contract; the everyday word (before, try) sounds like a person.',
  phrases: [
    'prior to',
    'in the event that',
    'in the event of',
    'notwithstanding',
    'with immediate effect',
    'upon receipt of',
    'on receipt of',
    'henceforth',
    'forthwith',
  ],
  patterns: ['(will|shall|to|always|we|i) #Adverb? (endeavour|endeavor) to', '(utilise|utilize|utilising|utilizing|utilised|utilized)'],
  unless: ['(prior to) (that|this) (email|message|call)'],
  rewrites: [],
  advice: 'Use the everyday word: before, if, try to, use, even so, when we get, from today.',
  examples: {
    flag: [
      { text: 'Please return the keys prior to departure.', becomes: null },
      { text: 'We will endeavour to reply within ten days.', becomes: null },
    ],
    pass: ['Please return the keys before you leave.', 'I will try to reply by Friday.'],
    paraphrases: {
      flag: [
        'In the event that the parcel is lost, we will send another.',
        'Prior to your visit, the engineer will call.',
        'Notwithstanding the above, the fee is still due.',
        'Please utilise the online portal.',
        'With immediate effect, the account is closed.',
        'Upon receipt of your form, the claim is assessed.',
        'We always endeavour to answer within a day.',
      ],
      pass: [
        'If the parcel is lost, I will send another one straight away.',
        'Before your visit, the engineer will call you.',
        'Even so, I have taken the fee off your bill.',
        'Please use the app, it is quicker, or reply here and I will do it.',
        'From today your account is closed, and your refund is on its way.',
        'When we get your form, I will check it the same day.',
      ],
    },
  },
});
