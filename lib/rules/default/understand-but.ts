import { defineRule } from '../define';

export default defineRule({
  id: 'understand-but',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "I understand your frustration, however…" takes the understanding back in the same breath; "and" lets both parts stand.',
  patterns: [
    '[<ack>(i|we) #Adverb? (understand|appreciate|hear|see) (your|the) (frustration|concern|disappointment|point|feelings|worry|situation)] (however|but) [<next>.]',
    '[<ack>(i|we) #Adverb? (recognise|recognize|realise|realize) (your|the) (frustration|concern|disappointment|point)] (however|but) [<next>.]',
    '^[<ack>(i|we) #Adverb? (understand|appreciate|see)] (however|but|nevertheless) [<next>.]',
    // The feeling named, then taken back: "I hear you, but…", "While we appreciate your concern, the fee applies."
    '^[<ack>(i|we) #Adverb? hear (you|that)] (however|but) [<next>.]',
    '[<ack>(i|we) #Adverb? (understand|appreciate) (that|how|why) this] (is|was|has been|must be) #Adverb? #Adjective (however|but) [<next>.]',
    '^(while|although|whilst|though) (i|we) #Adverb? (understand|appreciate|sympathise|sympathize|recognise|recognize) (your|the|that|how)',
    // The feeling named, then taken back: "I appreciate it's annoying but you need to…"
    "^[<ack>(i|we) #Adverb? (appreciate|understand|know|get) (that|it is|it's|this is|its) #Adverb? #Adjective] (however|but) [<next>.]",
    // With a modal and the feeling in the past or negated: "I can imagine it was frustrating, but…", "I can appreciate that this is not ideal, however…".
    '^[<ack>(i|we) (can|do) #Adverb? (appreciate|understand|imagine|see) that? (it|this|that) (is|was|must be) #Adverb? not? #Adjective] (however|but) [<next>.]',
    // Their feeling named, then taken back: "I understand you're frustrated but we can't reissue bills".
    '^[<ack>(i|we) #Adverb? (understand|appreciate|know|realise|realize|see) that? you (are|were|feel|felt) #Adverb? (#Adjective|#PastTense)] (however|but) [<next>.]',
  ],
  unless: [
    '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
    // "now" is read as a conjunction: "…, but I've now refunded the fare."
    '(but|however) (i|we) (can|will|have|had) (now|just|already|also) #Verb',
    '(but|however) (i|we) am (happy|glad|able|going|sending|booking|looking)',
    '(but|however) (here|let me)',
    '(while|although|whilst|though) (i|we) #Adverb? (understand|appreciate|sympathise|sympathize|recognise|recognize) .+ (i|we) (can|will|have|\'ll|\'ve|am)',
  ],
  rewrites: ['{ack}, and {next}'],
  examples: {
    flag: [
      {
        text: 'I understand your frustration, however, the refund takes ten days to clear.',
        becomes: 'I understand your frustration, and the refund takes ten days to clear.',
      },
      {
        text: 'We appreciate your concern but the courier sets the delivery slots.',
        becomes: 'We appreciate your concern, and the courier sets the delivery slots.',
      },
      { text: 'I understand, but the order has already shipped.', becomes: 'I understand, and the order has already shipped.' },
    ],
    pass: [
      "I understand your frustration, but I can get you a replacement by Friday.",
      'I understand your frustration, and I have booked the engineer for tomorrow.',
      "I understand, but here's what I can do: I'll refund the delivery fee today.",
    ],
    paraphrases: {
      flag: [
        "I completely understand your frustration, but the fee is in the contract.",
        "We appreciate the concern, however the policy is clear.",
        "I hear you, but the courier sets the slots.",
        "While we appreciate your concern, the charge stands.",
        "Although I understand your point, refunds take ten days.",
        "I see, however the order has already shipped.",
        "I appreciate it's annoying but you need to keep the diary first.",
        'I know this is frustrating, but the fee still applies.',
        "I can imagine it was frustrating, but breakdowns are beyond our control.",
        "I can appreciate that this is not ideal, however the supplier handles faults.",
        "We do understand that it was upsetting, but the rules are the same for everyone.",
        "I understand you're frustrated but we can't reissue paid bills.",
        "I do see that this is annoying, but that is the process.",
      ],
      pass: [
        "I understand your frustration, but I can get you a replacement by Friday.",
        "I understand your frustration, and I have booked the engineer for tomorrow.",
        "I understand, but here's what I can do: I'll refund the delivery fee today.",
        "While I understand the delay is annoying, I have moved your delivery to tomorrow morning.",
        "I understand the form is long, so I filled in the parts I could.",
        "I hear you, and I have already refunded the fee.",
        "I know it's annoying, so I've already booked the engineer for tomorrow.",
        "I appreciate it's short notice and I'm grateful you could come in.",
        "I can imagine it was frustrating, but I've now refunded the full fare.",
        "I can appreciate that this is not ideal, however I have booked you the first slot on Monday.",
        "I understand you're frustrated, and I'm sorry; I've sent a new one today.",
        "I can see that it was delivered, but I will still send a replacement.",
      ],
    },
  },
});
