import { defineRule } from '../define';

export default defineRule({
  id: 'sent-elsewhere',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: sending the customer off to another channel or company leaves them to start again; take the first step for them.',
  description:
    'Deflection: "must be submitted via the portal", "please visit our website", "updates will be posted on our status page", "you can contact your bank directly", when the agent takes no step themselves.',
  patterns: [
    '(must|should|can only|need to) be (submitted|made|requested|raised|sent|done|booked|logged|reported) (via|through|using|on|in) (the|our|your|a)? #Noun',
    '^please? (visit|check|see|use) (our|the) (website|status page|site|portal|community|forum|online form|contact form)',
    '(updates|information|news|details) will be (posted|published|shared|available|announced) (on|in|via) (our|the)',
    '(you can|you may|you should|please|we suggest you|you need to) #Adverb? (contact|call|speak to|write to) (the|your) #Noun? (retailer|bank|landlord|school)',
    '(you can|you may|you should|please|we suggest you|you need to) #Adverb? (contact|call|speak to|write to) (the|your) #Noun? (courier|airline|insurer|seller)',
    '(raise|take up|discuss) (it|this|them|that|any concerns|your concerns|the matter) with (the|your) #Noun (directly)?',
    '(contact|speak to|call) (them|the #Noun) directly',
    '(you can|you may|please) #Adverb? (submit|leave|post|share|raise) (your|any)? (feedback|ideas|suggestions|requests) (on|in|via|through) (our|the)',
  ],
  unless: [
    "(i|we) (have|will|can|'ve|'ll) #Adverb? (contact|call|pass|forward|raise|send|email|ask|chase|book|log|submit)",
    '(i|we) #Adverb? (contacted|called|passed|forwarded|raised|sent|emailed|asked|chased|booked|logged|submitted|done|started|filled|opened|made)',
    'for you',
  ],
  rewrites: [],
  advice: 'Do the first step for them (pass it on, fill in the form, call the other company), or give the exact link and say what happens there and when.',
  examples: {
    flag: [
      { text: 'Maintenance requests must be submitted through the tenant portal.', becomes: null },
      { text: 'Please visit our website.', becomes: null },
      { text: 'If you disagree with the amount, you can contact your bank.', becomes: null },
    ],
    pass: [
      "I've submitted the maintenance request for you, and the plumber will call you today.",
      'I have contacted the courier myself and they will redeliver tomorrow.',
    ],
    paraphrases: {
      flag: [
        'Any appeal must be submitted via the Academic Office.',
        'Overdraft applications must be made through the app.',
        'Check our status page for updates.',
        'Updates will be posted on our status page.',
        'We suggest you raise any concerns with the landlord directly.',
        'You can submit feedback on our ideas board.',
        'Unfortunately you need to contact the retailer you purchased from.',
      ],
      pass: [
        'I have raised it with the landlord myself, and he will reply by Friday.',
        'I submitted the form for you this morning.',
        'Your bank will see the refund by Thursday, and I have sent you the reference.',
        'Our website now shows the new opening hours.',
        'I will call the airline for you and confirm the new seat.',
        'The engineer will be in touch directly to arrange a time, and I will check it is booked by Monday.',
      ],
    },
  },
});
