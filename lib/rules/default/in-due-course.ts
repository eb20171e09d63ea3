import { defineRule } from '../define';

export default defineRule({
  id: 'in-due-course',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "in due course" means "whenever we get to it" to a waiting customer; give a day or time you can keep.',
  phrases: [
    'in due order',
    'in due course',
    'in due time',
    'in the fullness of time',
    'at a later date',
    'at a later stage',
    'at a later point',
    'at a later time',
    'at some later date',
    'in good time',
  ],
  unless: [
    '(moved|changed|rebooked|booked|postponed) (your|the) #Noun+ to a later date',
    // "In good time" as early enough, about a step already taken or one to be on time for: "Because you applied in good
    // time, …", "Please arrive in good time for boarding". Only our own vague "in good time" is the habit.
    '(#PastTense|arrive|arriving|get there|get here|be there|be here|set off|leave) in good time',
  ],
  rewrites: [''],
  // A cut that leaves only "it will happen" ("The crew will attend.") is refused by the safety net: the card gives advice.
  advice: 'Say when, even roughly ("by Friday", "within ten working days"), or when you will next update them.',
  examples: {
    flag: [
      { text: 'You will be informed in due course by letter.', becomes: 'You will be informed by letter.' },
      { text: 'We will contact you at a later date to arrange the visit.', becomes: 'We will contact you to arrange the visit.' },
      { text: 'In due course, the refund will appear on your card.', becomes: 'The refund will appear on your card.' },
    ],
    pass: ["I'll email you on Thursday with the engineer's time slot.", 'Your course starts on Monday.'],
    paraphrases: {
      flag: [
        'In due time, the refund will appear.',
        'Your case will be reviewed at a later stage.',
        'We will be in touch in due course regarding the next steps.',
        'The engineer will visit at some later date.',
        'Rest assured, all will become clear in the fullness of time.',
        'Updates will follow in good time.',
      ],
      pass: [
        "Because you booked in good time, your seats are together.",
        "Please arrive in good time for boarding at gate 4.",
        "I'll email you on Thursday with the engineer's time slot.",
        'Your course starts on Monday.',
        'Of course, I have refunded the fee today.',
        'I will call you later today at 4pm.',
        'Due to the bank holiday, your parcel arrives on Tuesday.',
        'We moved your visit to a later date that suits you: 12 June at 9am.',
      ],
    },
  },
});
