import { defineRule } from '../define';

export default defineRule({
  id: 'read-the-docs',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  message: 'Respect: sending someone off to read the FAQ or their contract feels like a brush-off; offer to walk them through it.',
  description:
    'Sending the customer to the FAQ, manual, docs, help centre or terms instead of answering, as an order or as a "did you read…?" question, anywhere in the sentence.',
  patterns: [
    '(it|this|that|the answer|the steps) (is|are) all (in|on|explained in|covered in) (the|our) (help|support)? (centre|center|faq|faqs|docs|manual|guide)',
    'everything is (in|on|explained in|covered in) (the|our) (help|support)? (centre|center|faq|faqs|docs|manual|guide)',
    '^please? (read|review|consult|check|see|refer to|look at) [<doc>(the|our|your) #Adjective? (faq|faqs|contract|manual|documentation|docs|guide)]$',
    '^please? (read|review|consult|reread|check|see|refer to|look at) [<doc>(the|our|your) terms (and conditions|of service)?]$',
    '^please? (read|review|consult|check|see|refer to|look at) [<doc>(the|our) (help|support) (centre|center|page|pages|section|docs)]$',
    '(read|review|consult|reread|check|see|refer to|look at|go through) (the|our|your) #Adjective? #Noun? (faq|faqs|manual|documentation|docs|guide|reference)',
    '(read|review|consult|check|see|refer to|look at|search) (the|our) (help|support) (centre|center|section|docs|articles|pages)',
    '(read|review|consult|reread|check|refer to|look at) (the|our|your) (terms|contract|agreement|policy|knowledge base)',
    'did you #Adverb? (read|check|look at|consult|try|see) (the|our|your) #Adjective? #Noun? (faq|faqs|manual|documentation|docs|guide|instructions)',
  ],
  unless: [
    '(attached|linked|below)',
    '(i|we) (have|will|can|could|would|just|also)? (read|reviewed|checked|looked at|gone through|went through|consulted)',
    "(i|we) (will|'ll|can) (send|share|attach|link)",
    '(here is|here are|i have attached|i have linked|i attached|linked below|see below|see the link)',
    '(with you|together|for you|walk you through)',
  ],
  rewrites: ["I'm happy to go through {doc} with you.", 'Could you have a look at {doc} with me?'],
  advice: 'Answer the question here, and offer the article as a handy extra, not as the answer.',
  examples: {
    flag: [
      { text: 'Please review your contract.', becomes: "I'm happy to go through your contract with you." },
      { text: 'Please read the FAQ.', becomes: "I'm happy to go through the FAQ with you." },
      { text: 'Refer to our terms and conditions.', becomes: "I'm happy to go through our terms and conditions with you." },
      { text: 'Look at the help center before writing in.', becomes: null },
    ],
    pass: ['Please check your spam folder for the reset email.', 'Our FAQ has a short video on this, and I have linked it below.', "I've read your contract, and you can cancel without a fee."],
    paraphrases: {
      flag: [
        "It's all in the help centre.",
        'Everything is explained in the manual.',
        'The steps are all in our FAQ.',
        'Did you read the manual?',
        'Did you check the FAQ before contacting us?',
        'Please refer to the help center for setup steps.',
        'For the payload schema, refer to the API reference.',
        'Honestly, you should have a look at our troubleshooting guide first.',
        'Please read the terms before booking again.',
        'The answer is in the docs, so please look at the documentation.',
      ],
      pass: [
        'The steps are in the guide I have attached, and I have highlighted the one you need.',
        'It is on our website too, linked below, if you want to share it.',
        'I checked the manual and the reset button is under the battery cover.',
        "Here is the guide I mentioned, and I'm happy to walk you through it.",
        'I have linked the FAQ below in case it helps later.',
        'Could you read me the serial number on the back?',
        'I went through your contract and the fee does not apply.',
        'Please check your junk folder for the code.',
      ],
    },
  },
});
