import { defineRule } from '../define';

export default defineRule({
  id: 'threat-of-consequences',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Warnings and threats',
  description:
    'Warning the customer instead of helping them: "failure to do so will…", "or it won\'t work", "sending more emails won\'t speed it up", "do not submit duplicate claims".',
  message: 'Respect: a warning reads as a threat; say what helps the customer get the result they want instead.',
  patterns: [
    '^failure to .',
    '(any|a) failure to (#Verb|do|comply|provide|pay|attend|respond|return)',
    '(or|otherwise) (it|this|that|the #Noun) (will|would|may|might) not #Adverb? (work|be accepted|be processed|go through)',
    '#Gerund #Adverb? (us|multiple|more|repeated|duplicate|further|several)? #Noun? (will|does|do) not (speed|make|hurry)',
    '(do|does) not (submit|send|raise|open|create|file|lodge) (duplicate|multiple|repeated|further|more|additional|another) .',
    '(do|does) not (email|contact|call|message|phone|write to|chase) us (about|regarding|on) (this|it|the matter) (again|any further|further)',
    '(do|does) not (email|contact|call|message|phone|write to|chase) us again',
    '(will|may|could) be (penalised|penalized|fined|disqualified|banned|blacklisted)',
    '(i|we) can only (help|assist|proceed|do this|sort this|look into this) (if|once|when) you',
    '(will|may|can) (result in|lead to) #Determiner? #Adjective? #Noun? (delays|delay|penalty|penalties|charge|charges|fee|fees|cancellation|suspension)',
  ],
  unless: [
    '(so|to) (you|that you) (do not|never|will not|won\'t|don\'t) (have|need)',
    "(no need to|you don't need to|you do not need to)",
    '(i|we) (have|will|am) #Adverb? (waived|waive|removed|remove|cancelled|cancel|paused|pause|stopped|stop)',
  ],
  rewrites: [],
  advice: 'Turn the warning into help: say what to do and what it gets them ("If you can fast from midnight, your results will be ready the same day.").',
  examples: {
    flag: [
      { text: 'Failure to do so will result in further delays.', becomes: null },
      { text: 'Press the button within 2 minutes or it will not work.', becomes: null },
      { text: 'Sending multiple emails will not speed up the process.', becomes: null },
      { text: "Don't email us about this again.", becomes: null },
    ],
    pass: [
      "If you can send the form by Friday, I'll have the refund out the same day.",
      'Late payments can lead to a fee, so I have waived this one for you.',
      'I emailed the warehouse again this morning.',
    ],
    paraphrases: {
      flag: [
        'Any failure to provide the receipt means the claim is closed.',
        'Please do not submit duplicate claims, as this will delay the process.',
        'Chasing us will not make the refund arrive any faster.',
        "Use the original cable, otherwise the charger won't work.",
        'Missing the appointment may result in a cancellation charge.',
        'Do not contact us again about this order.',
        'Calling repeatedly does not speed anything up.',
        'Failure to fast may mean the test has to be repeated.',
        'Late entries will be penalised by ten points.',
        'We can only help if you send the photos.',
      ],
      pass: [
        'You do not need to send anything else, so there is no need to chase.',
        'If the button does not work, just reply and I will call you.',
        "I'll chase the courier again today and email you by 4pm.",
        'There is no fee, so please do not worry about the late payment.',
        'Feel free to contact us again whenever you need.',
        'The new router will speed up your connection.',
        'I have cancelled the duplicate claim, so only one is open now.',
        'We can help as soon as the photos arrive, and I will look at them the same day.',
      ],
    },
  },
});
