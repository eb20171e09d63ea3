import { defineRule } from '../define';

export default defineRule({
  id: 'bare-order',
  kind: 'phrase',
  principle: 'respect',
  severity: 'hint',
  title: 'A bare order with nothing around it',
  description:
    'A short imperative that is the whole sentence, with no please, no reason, no benefit and nobody helping: "Run your tap for 20 minutes.", "Update it there.", "Use those for now."',
  message: 'Respect: a bare order ("Update it there.") reads as a brush-off; ask, say why it helps, or say what you will do alongside.',
  // The shape, not the words: a sentence that starts with the bare verb, takes its object or particle and ends
  // within a few words. Friendly imperatives carry a softener, a person ("I'll…", "you're set"), a reason or a
  // "!", which the `unless` list reads; how-to steps in a numbered list are the answer to "how do I", and are
  // usually longer or carry the path ("Settings > Billing"), so they fall outside the short shape.
  patterns: [
    '^#Infinitive (your|the|those|these|that|this|it|them|him|her|a|an|up|out|back|in|on|off) .{0,6}$',
  ],
  unless: [
    '(just|please|kindly|feel free|enjoy|let|thanks|thank|anytime|any time|happy|welcome|hope|sorry)',
    '(and|so|if|when|whenever|once|until|because|to|first|before|then)',
    '(i|we|me|us|you|should|will|can)',
    '@hasExclamation',
    '@hasQuestionMark',
    // Closings and friendly asides that share the shape: "See you Thursday.", "Take care.", "Give it a go."
    '^(see|have|take|stay|get|wish|find|meet|hang|pop|give|say|reply|drop|ping|message|back|mind|watch|look)',
    // A how-to step names where to click ("Upload it in the Bridging tab."): an answer, not a brush-off.
    '(tab|menu|button|settings|screen|page|section|folder|field|option|link)',
  ],
  rewrites: [],
  advice: 'Ask rather than order, and give the reason or what you will do: "Could you run the cold tap for 20 minutes? That clears it, and if not I\'ll send an engineer today."',
  examples: {
    flag: [
      { text: 'Run your tap for 20 minutes.', becomes: null },
      { text: 'Update it there.', becomes: null },
    ],
    pass: [
      'Just tap Save and you are all set!',
      'Give it a try and let me know how it goes.',
    ],
    paraphrases: {
      flag: [
        'Use those for now.',
        'Sign the form.',
        'Bring it in.',
        'Fill in the form on our website.',
        'Return the item unused.',
        'Check the portal.',
        'Send the receipt.',
      ],
      pass: [
        'See you on Thursday.',
        'Take care.',
        'Run the cold tap for a few minutes and it should clear.',
        'Please send the receipt when you can.',
        'Check the portal, I have put the new times there.',
        'Bring it in whenever suits you!',
        'Use the code SAVE10 at checkout to get 10% off.',
        'Keep the receipt in case you need it.',
        'Restart the router first, then try again.',
        'Upload it in the Bridging tab.',
      ],
    },
  },
});
