import { defineRule } from '../define';

export default defineRule({
  id: 'blames-the-system',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  title: '“The system did it”',
  description: 'Flags blaming the system or an automatic process for what happened to the customer, and asks who can change it and what happens now.',
  message: 'Ownership: "the system did it" hides who decided and who can undo it; say what happened to the customer and what you will do about it.',
  // Any tense, voice and system-word: "the system froze it automatically", "Our system has detected…", "members are removed automatically".
  patterns: [
    '(the|our) #Adjective? (system|systems|computer|software|algorithm|platform) (has|have|had)? #Adverb? (froze|frozen|blocked|locked|detected|flagged|suspended)',
    '(the|our) #Adjective? (system|systems|software|platform) (has|have|had)? #Adverb? (cancelled|canceled|closed|removed|declined|rejected|deleted)',
    '(the|our) #Adjective? (system|systems|software|algorithm|platform) #Adverb? (freezes|blocks|locks|flags|cancels|closes|removes|declines|rejects|suspends)',
    '(froze|blocked|locked|cancelled|canceled|closed|removed|suspended|declined|rejected|flagged) (it|them|your #Noun|the #Noun) (automatically|by itself|on its own)',
    '(is|are|was|were|get|gets|got) #Adverb? automatically (removed|cancelled|canceled|closed|suspended|deactivated|declined|rejected|frozen|blocked|locked)',
    '(is|are|was|were|get|gets|got) (removed|cancelled|canceled|closed|suspended|deactivated|declined|rejected|frozen|blocked|locked) #Adverb? automatically',
    '(according to|based on) (the|our) (system|systems|computer)',
    '(it is|it was|this is|that is) (a|an)? (system|automated|automatic) (decision|process|block|error|setting)',
  ],
  unless: [
    '(i|we) (have|will|can|am|are) #Adverb? (unfrozen|unfreeze|unblocked|unblock|unlocked|unlock|reversed|reverse|restored|restore|reinstated|reinstate)',
    '(i|we) (have|will|can|am|are) #Adverb? (reopened|reopen|fixed|fix|lifted|lift|refunded|refund|turned|switched|removed|cleared|clear)',
    '(sorry|apologise|apologize|apologies|our mistake|my mistake|our fault|should not have)',
    '(so|and|but) (i|we) (have|will|can|am|are)',
    '(if|when|once|whether) (the|our) #Adjective? (system|systems)',
    '(detected|flagged|blocked) (fraud|a fraudulent|suspicious|a suspicious|a scam|phishing)',
  ],
  rewrites: [],
  advice: 'Say what happened to them in plain words, who can change it, and what you are doing now ("Your waiver expired, so check-in paused; I\'ve renewed it and you can climb today").',
  examples: {
    flag: [
      { text: 'The system froze it automatically because your waiver expired.', becomes: null },
      { text: 'Our system has detected a different location.', becomes: null },
    ],
    pass: [
      "The system froze your account after the failed payment, and I've unfrozen it now.",
      'Our system flagged a suspicious login, so we paused the card to keep your money safe.',
    ],
    paraphrases: {
      flag: [
        'Hey, the system froze it automatically because your waiver expired.',
        'Our system has detected a different location on your account.',
        'Members who miss three payments are removed automatically.',
        'Players who disconnect are automatically removed from the match.',
        'Unfortunately the platform blocks accounts after five failed logins.',
        'According to our system, the parcel was delivered.',
        'It is an automated decision and cannot be changed.',
        'Your booking got cancelled automatically at midnight.',
      ],
      pass: [
        "The system froze your account after the failed payment, and I've unfrozen it now.",
        'Our system flagged a suspicious login, so we paused the card to keep your money safe.',
        "I'm sorry, our system cancelled your booking by mistake, and I've reinstated it.",
        'Your refund goes back to your card automatically, usually within 3 days.',
        'If the system blocks you again, reply here and I will lift it straight away.',
        'I removed the late fee myself this morning.',
        'Updates install automatically overnight, so you do not need to do anything.',
      ],
    },
  },
});
