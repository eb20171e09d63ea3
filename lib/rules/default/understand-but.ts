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
  ],
  unless: [
    '(but|however) (i|we) (can|will|would|have|had) #Adverb? #Verb',
    '(but|however) (i|we) am (happy|glad|able|going|sending|booking|looking)',
    '(but|however) (here|let me)',
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
  },
});
