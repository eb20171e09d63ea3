import { defineRule } from '../define';

export default defineRule({
  id: 'thats-expected',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  title: '“This is expected behaviour”',
  description:
    'Calling the customer\'s problem normal, expected, known or harmless and stopping there ("This is expected behaviour.", "This is a known issue.", "Discolouration is usually harmless."), which tells them their trouble is nothing.',
  message: 'Empathy: "this is expected behaviour" tells the customer their problem is nothing; say you are sorry it happened to them, then why and what helps.',
  patterns: [
    '^(this|that|it|which) is #Adverb? (expected|intended|normal|standard|correct) (behaviour|behavior|practice)?',
    '^(this|that|it) is #Adverb? (working|behaving) as (intended|designed|expected)',
    '^(this|that|it) is #Adverb? (by design|not a fault|not a defect|not a bug|nothing to worry about)',
    '^(this|that|it) is #Adverb? a (known|common) (issue|problem|bug|fault|limitation|occurrence)',
    '^#Noun+ (is|are) #Adverb? (harmless|normal|expected|nothing to worry about)',
    '^(these things|this|it|delays|mistakes|accidents|such things|things|issues|problems) (like this|like that)? #Adverb? (happen|happens|can happen|do happen)',
    '(many|other|lots of|most) (customers|people|users|members) (have|experience|report|see|get|had) (this|the same|similar)',
    'you (are|were) not the only (one|customer|person|user)',
    '^(this|that) #Adverb? (resolves|fixes|solves|clears) (the|this|that|your)? (issue|problem|fault)$',
  ],
  unless: [
    '(sorry|apologise|apologize|frustrating|annoying|understand)',
    '(i|we) (have|will|can|am|are|had) #Adverb? (fixed|fixing|sent|booked|added|refunded|escalated|working|going|raised|asked|checked|released)',
    '^(your|my)',
    '(to feel|to be) (nervous|worried|anxious|unsure|confused)',
    '(and|but|so) (i|we|our|the fix|a fix|an update)',
    '(fix|fixed|update|patch) (is|will be|comes|goes) (out|live|ready)',
  ],
  rewrites: [],
  advice: 'Say you are sorry it happened to them first, then explain why it happens and what will help.',
  examples: {
    flag: [
      { text: 'This is expected behaviour after the update.', becomes: null },
      { text: 'This is a known issue.', becomes: null },
      { text: 'Condensation is normal in the first week.', becomes: null },
    ],
    pass: [
      "I'm sorry the screen flickers, this is a known issue and the fix goes out on Friday.",
      "It's completely normal to feel nervous before your first lesson!",
    ],
    paraphrases: {
      flag: [
        "That's normal under heavy load.",
        'This is working as intended.',
        'It is a common issue with older routers.',
        'Discolouration is usually harmless.',
        'This usually resolves the issue.',
        "This is simply expected behaviour for the free plan.",
        "It's by design.",
        'These things happen.',
        'Delays like this can happen in winter.',
        'Many customers have the same problem after updating.',
        'You are not the only customer affected.',
      ],
      pass: [
        "I'm sorry the app keeps logging you out, it's a known issue and our fix is out on Monday.",
        "That sounds really stressful, and it isn't how the heater should behave, so I've booked an engineer.",
        'Totally normal to feel nervous on day one!',
        'This is a known issue, and I have added your account to the fix list so you hear first.',
        'Your blood test results are normal, and the doctor will call you on Friday.',
        'Normal service resumes on Monday, and your order ships first.',
      ],
    },
  },
});
