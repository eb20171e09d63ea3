import { defineRule } from '../define';

export default defineRule({
  id: 'lecturing-order',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Lectures the customer with an order',
  description:
    'An order told as a lesson or a chore, with no please and no reason: "Sign for goods properly next time.", "Check your bins first.", "Go and unplug it at the wall.", "Send the form back by Friday.", "Stop opening it in ten tabs."',
  message: 'Respect: an order given as a lesson ("…properly next time", "check X first") talks down; ask, give the reason, or say how you will help.',
  // Friendly imperatives ("Just tap Save and you're set!") carry a benefit or a softener; these carry a lesson
  // (next time, properly, first), a deadline with no reason, or a "stop…", so the shape is the habit.
  patterns: [
    '^(make sure|ensure|be sure) (that)? you .* (next time|in future|in the future|going forward|from now on)$',
    '(read|check|follow|sign|fill|make sure|ensure|pay attention|look|count|measure|confirm|use) .* (next time|in future|going forward|from now on)$',
    '(properly|correctly|carefully|thoroughly) (next time|this time|in future|in the future)',
    '^(check|look in|look at|search|read) (your|the) .{1,4} first$',
    '(read|check|consult|review|look at|see|search) .* before (raising|contacting|emailing|calling|writing|opening|submitting|getting in touch)',
    '^#Adverb? (stop|quit) #Gerund',
    '(and|then) (stop|quit) #Gerund',
    '^(go|just go) and #Verb',
    'put (it|this|that|them|your #Noun) in writing',
    '^(send|return|submit|pay|provide|upload|complete|sign|post|email|fill|settle|produce) .* (by|before|within) (#Date|tomorrow|today|tonight|#Value)',
    '(please|kindly)? (ensure|make sure) (that)? you (follow|read|check|comply with|adhere to|stick to) (the|our|all)',
    '^(if|when) you (are|re) not (technical|sure how|able to) (ask|get) someone',
    '^you are #Adverb? (requested|instructed|directed|asked) to (contact|call|visit|go|speak|write|submit|send|provide|pay)',
  ],
  unless: [
    '(i|we) (will|can|have|had|am|are) #Adverb? (send|sent|call|book|booked|hold|held|keep|kept|help|arrange|arranged|sort|sorted|added|put|update|updated)',
    "(i|we) ('ll|'ve) #Adverb? #Verb",
    '(and|then) (it|that|this|they|you) (will|should|can|\'ll) #Adverb? (be|work|clear|reset|come|arrive|get)',
    'to (get|save|keep|secure|qualify|avoid|make sure|lock in|claim) (the|your|a|an|it)',
    '^let (me|us)',
    '(enjoy|have fun|relax|celebrate|treat yourself|worrying|worry)',
    '(so that|so you|so we|for your safety|to keep you)',
    '(could|would|can|will) you',
  ],
  rewrites: [],
  advice: 'Ask rather than order, give the reason or the benefit, and say what you will do ("Could you send the form by Friday? Then I can book the refund the same day.").',
  examples: {
    flag: [
      { text: 'Sign for goods properly next time.', becomes: null },
      { text: 'Check your bins and garden shed first.', becomes: null },
      { text: 'Go and unplug it at the wall.', becomes: null },
    ],
    pass: [
      'Just tap Save and you are all set!',
      'Give it a try and let me know how it goes.',
    ],
    paraphrases: {
      flag: [
        'You are requested to contact the merchant for refund of second payment.',
        'Make sure you read the warnings next time.',
        'Clear your cache and stop opening it in 10 tabs.',
        'Should you wish to dispute this, put it in writing to the practice manager.',
        'Send the form back by Friday.',
        'Please consult the knowledge base article before raising further tickets.',
        'Please ensure you follow the guidance on our website.',
        "If you're not technical, ask someone who is.",
        'Read the manual carefully in future.',
        'Stop emailing the same question to three addresses.',
      ],
      pass: [
        'You are invited to our open day on Saturday.',
        'Book by Friday to get the early-bird price.',
        'Reply by 5pm and I will hold the room for you.',
        'Let me know by Friday which date suits you.',
        'Go and enjoy your holiday!',
        'Check your spam folder first, and if it is not there I will resend it.',
        'Run the cold tap for a few minutes and it should clear.',
        'Stop by the shop any time and we will fit it for free.',
        'Could you send the form back by Friday?',
        "Please don't stop taking the tablets until the doctor calls.",
      ],
    },
  },
});
