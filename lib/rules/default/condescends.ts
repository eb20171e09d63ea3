import { defineRule } from '../define';

export default defineRule({
  id: 'condescends',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Condescends to the customer',
  description:
    'Treats the customer as a beginner who should have known, often in a friendly voice: "something every sailor should know", "this is Pool Care 101", "it is the beach, after all!", "a common misunderstanding", "before drawing conclusions", "the handle even lights up to remind you".',
  message: 'Respect: telling the customer they should have known, however lightly, talks down to them; explain the point as new information and say what you will do.',
  patterns: [
    // What "anyone" knows, and the basics: "something every sailor should know", "this is Pool Care 101".
    'every #Noun (should|ought to|needs to|would) #Adverb? (know|understand|learn|be able to)',
    '(is|it is|that is|this is) (just|basically|literally|simply)? #Noun+ 101$',
    '(it|this|that) (is|was) (the|a|an|just) #Noun after all',
    // The customer as a beginner: "a common misunderstanding", "usual for collectors new to sovereigns to mistake…".
    '(common|frequent|typical|classic) (misunderstanding|misconception)',
    'new to #Noun+ to (mistake|confuse|misread|misunderstand|mix up)',
    '(common|normal|usual|typical) for #Noun+ to (mistake|confuse|misread|misunderstand|mix up)',
    'before (drawing|jumping to|reaching|making) (any)? #Adjective? (conclusions|assumptions|accusations)',
    'be (honest|realistic|truthful) with yourself',
    // The product already told them: "the handle even lights up red to remind you".
    'even .{1,4} to (remind|warn|alert) you',
    // The fault as charm: "part of the charm of hiring a classic", "just the nature of a live product".
    '(is|are) (just|simply|all)? (part of)? the (charm|nature|character) of',
    // Setting the record straight: "We would, however, point out that…", "this should not have come as a surprise".
    '(would|must) point out that',
    '(would|must) (however|though|also|just|like to) point out that',
    'should not have (come as|been) (a|any) #Adjective? surprise',
    'who (had|have|did) #Adverb? (arrived|turned up|booked|paid|read|followed|checked) (on time|in time|correctly|properly|the rules|the instructions)',
  ],
  unless: [
    '(sorry|apologise|apologize|our mistake|my mistake|our fault|my fault|not obvious|not clear|confusing)',
    "(and|so) (i|we) (have|'ve|will|'ll) #Adverb? #Verb",
  ],
  rewrites: [],
  advice: 'Give the explanation as news, without the "you should have known" ("The leech line adjusts the flutter; I can show you on a call, or Pete can set it at the loft on Saturday").',
  examples: {
    flag: [
      { text: 'That is something every sailor should know.', becomes: null },
      { text: 'Honestly, this is Pool Care 101.', becomes: null },
      { text: 'It is a common misunderstanding.', becomes: null },
    ],
    pass: [
      "It's your birthday after all, so the cake is on us.",
      'Before drawing up the new quote, I checked your old one.',
      'The nature of the fault means I need to replace the whole unit, which I have ordered.',
    ],
    paraphrases: {
      flag: [
        'Checking the tyre pressure is something every driver should know how to do.',
        'Honestly, reading a meter is Energy Bills 101.',
        "They're old houses, it is a cottage after all.",
        'What you describe is a common misconception about heat pumps.',
        'It is normal for people new to sourdough to mistake a slow rise for a dead starter.',
        'It is usual for buyers to mix up the two models.',
        'Please look at the photos again before jumping to conclusions.',
        'Try to be realistic with yourself about how often you walk him.',
        'The kettle even beeps twice to remind you it is boiling.',
        'Small dents are all part of the character of vintage tins.',
        'We must point out that the course was advertised as advanced.',
        'We would also point out that the lid was left open.',
        'The change to the timetable should not have been a surprise.',
        'Other guests who had booked correctly were not affected.',
      ],
      pass: [
        'Every driver on our team should know your street by now, and I have told them.',
        'It is a common misunderstanding, and our website does not make it clear, so I have refunded the fee.',
        'The kettle beeps twice when it is ready.',
        'I should point out that your refund went through this morning.',
        'Our guests who had booked the spa will get a free session, and you are one of them.',
        'Tins like this are part of our autumn range, which arrives on Monday.',
      ],
    },
  },
});
