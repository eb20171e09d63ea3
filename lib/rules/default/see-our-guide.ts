import { defineRule } from '../define';

export default defineRule({
  id: 'see-our-guide',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  title: 'Points to a page instead of answering',
  description:
    'Sends the customer to a guide, FAQ, policy section or status page in place of an answer: "Please refer to our troubleshooting guide.", "See our parking guide in the app.", "These can be found online."',
  message: 'Interaction: pointing to a page instead of answering turns a conversation into a transaction; answer here and offer the page as an extra.',
  patterns: [
    // Pointing at a document or page instead of answering: "Please refer to our FAQ", "See our parking guide in the app".
    '^#AtMention? (please|kindly|pls)? #Adverb? (refer to|consult|see|look at) (the|our|your) #Adjective? #Noun? (faq|faqs|guide|manual|documentation|docs|article)',
    '^#AtMention? (please|kindly|pls)? #Adverb? (refer to|consult|see|look at) (the|our|your) #Adjective? #Noun? (website|site|page|portal|app|centre|center)',
    '(refer to|consult) (the|our|your) #Adjective? #Noun? (reference|website|site|page|portal|centre|center)',
    '(please|kindly|pls) #Adverb? (refer to|consult) (section|clause|part|paragraph|page|point|article|chapter|annex|appendix)',
    '(please|kindly|pls) #Adverb? (refer to|consult) (the|our|your|this|that) #Adjective? #Noun',
    '^#AtMention? (please|kindly|pls)? #Adverb? (monitor|watch|follow|keep checking) (our|the) #Noun? (website|status page|status|site|page|feed|app)',
    '(these|this|it|they|details|information|everything) (can|may) (all)? be found (online|on our website|on the website|on our site)$',
    // Pointing at where it is written instead of saying it: "that's stated on the product page", "if you look under the Delivery tab you'll see it".
    '(this|that|it) (is|was) #Adverb? (stated|explained|listed|mentioned|written) (on|in|at|under) (the|our|your) !(faq|docs|documentation|manual|guide) #Noun?',
    'if you (look|check|scroll|go) (under|at|in|to|on) .{1,5} you (will|would|can) (see|find|notice)',
  ],
  unless: [
    "(i|we) (have|will|can|'ve|'ll|would) #Adverb? (send|sent|link|linked|attach|attached|share|shared|walk|go through|highlight|highlighted|mark|marked|copy|copied)",
    '(attached|enclosed|below|above|linked|here is|here are|here it is|with you|for you|together)',
    '(if|when|whenever|in case) you #Adverb? (ever)? (would|will)? #Adverb? (need|want|wish|like|prefer|are curious)',
    '(also|too|as well)$',
    '(i have|i will|happy to|glad to|let me) #Adverb? (attached|linked|sent|go|walk|explain|show)',
  ],
  rewrites: [],
  advice: 'Give the answer in your reply (the two steps, the date, the figure) and add the link as a handy extra.',
  examples: {
    flag: [
      { text: 'Please refer to our troubleshooting guide.', becomes: null },
      { text: 'See our parking guide in the app.', becomes: null },
      { text: 'These can be found online.', becomes: null },
    ],
    pass: ['Please see the attached guide, where I have marked the two steps you need.', 'Our guide to parking is linked below.'],
    paraphrases: {
      flag: [
        'Please refer to section 7 of your policy document for details of cover.',
        'Please monitor the status page for updates.',
        'Refer to the user manual for fan settings.',
        '@dani_k Please refer to our website for the latest updates.',
        'For the payload schema, please consult the API reference.',
        'Kindly refer to clause 12 of the tenancy agreement.',
        'Everything can be found on our website.',
        'Just look at the setup guide in the app.',
        "Live queens ship at the buyer's risk, that's stated on the product page.",
        'This is explained in the welcome pack.',
        "If you look under the Delivery tab you'll see it.",
        'It was mentioned in the booking email.',
      ],
      pass: [
        'The refund can be found on your statement as NORTHWIND REF.',
        'I have linked our setup guide below in case you want it later.',
        'See you on Thursday!',
        'If you ever want the full details, our FAQ covers them too.',
        "Here's the guide, and I've highlighted step 3 for you.",
        'I looked at the manual and the reset button is under the battery cover.',
        'The new plan is live on our website from today, and yours renews on the 1st.',
        'Please see my notes below.',
        "It's explained in the guide I have attached, and I'm happy to go through it on a call.",
        'The price stated on the page was wrong, and I have refunded the difference.',
        'If you look under Settings, could you tell me what you see?',
      ],
    },
  },
});
