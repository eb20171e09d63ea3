import { defineRule } from '../define';

export default defineRule({
  id: 'clearly-obviously',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "Clearly" and "obviously" suggest the customer missed something simple; the facts read kinder on their own.',
  patterns: [
    '[<kept>you (are|were|have|had|did|do)?] (clearly|obviously|evidently)',
    '^(well|so|and|but|now|again)? (clearly|obviously|evidently)',
    '^as anyone (can|could) see',
    'as is (clearly|plainly)? (obvious|evident|clear)',
    'it (is|should be) #Adverb? (obvious|evident|self-evident|common sense|clear) that',
    '(as|like) you can #Adverb? (clearly|obviously|plainly) see',
    // "It's quite clear from the photos that…"
    'it (is|was) #Adverb? (obvious|evident|clear) from (the|your|our) #Noun+ that',
    // Surprise that they did not see it (session 27): "I'd have thought someone who runs a bakery would know flour goes
    // off".
    '(i|we) would have (thought|assumed|expected) .{0,8} (would|should|to) #Adverb? (know|realise|realize|understand|be aware)',
    // Surprise that it was not understood, or what one would have expected (session 29): "I'd have thought that was
    // understood", "One would have expected a professional to…", "One would think a builder would…".
    '(i|we|one) would have (thought|assumed) (that)? (this|that|it) (was|is|would be) #Adverb? (understood|obvious|clear|self-explanatory|common knowledge)',
    'one would #Adverb? (have)? (expect|expected|think|thought|assume|assumed) .{0,8} (to|would|should) #Adverb? #Verb',
  ],
  unless: [
    "(so|and) (i|we) (have|will|'ve|'ll)",
    'you (are|were|have|had|did)? (clearly|obviously) (put|worked|tried|taken|care|cared|thought|love|loved|know your|know what|know how|understand)',
    '^(clearly|obviously) (i|we) (made|got|messed|dropped|should|owe|let|will|would|could|are|am|have|understand|want)',
    '^(clearly|obviously) (i|we) can #Adverb? (help|fix|sort|refund|replace|do|offer|look|see|improve)',
    '^(clearly|obviously) (something|this|that) (went|is|was|has|had) (gone)? wrong',
    '^(clearly|obviously) (our|my) (mistake|fault|error|system|team)',
    '^(clearly|obviously) (if|when|once|as soon as)',
  ],
  rewrites: ['{kept}'],
  examples: {
    flag: [
      { text: 'Clearly, the refund takes ten days to reach your card.', becomes: 'The refund takes ten days to reach your card.' },
      { text: 'Obviously the discount only applies to new orders.', becomes: 'The discount only applies to new orders.' },
      { text: 'It is obvious that the item was used.', becomes: 'The item was used.' },
    ],
    pass: [
      'Of course I can help with that!',
      "Obviously, I'll fix this today.",
      "Clearly we got this wrong, and I'm sorry.",
      'I can clearly see why the bill was confusing.',
      "I'll explain the steps more clearly this time.",
    ],
    paraphrases: {
      flag: [
        'I would have thought someone who runs a bakery would know flour goes off.',
        'You are clearly sending the wrong file.',
        'You obviously entered the card number wrong.',
        'You have evidently not read the email.',
        'So obviously the refund cannot be processed.',
        'It should be clear that the offer ended in May.',
        'Clearly you did not read the confirmation email.',
        'As is obvious from the photos, the box was opened.',
        'It is common sense that a used item cannot be resold.',
        'Well, obviously the screen will crack if it is dropped.',
        'Clearly, this is explained in the FAQ.',
        "It's quite clear from the photos that the damage was caused by a drop.",
      ],
      pass: [
        "I'd have thought the same, so I checked and you're right.",
        "You've obviously put a lot of care into this report, thank you.",
        'You clearly know your way around the settings, so this will be quick.',
        "Obviously, I'll fix this today.",
        "Clearly we got this wrong, and I'm sorry.",
        'I can clearly see why the bill was confusing.',
        "I'll explain the steps more clearly this time.",
        'Obviously if the part arrives early, I will book you in sooner.',
        'The new label shows the price clearly.',
        'It is clear from the photos that the courier dropped it, so I have sent a new one.',
        'You clearly know what you are doing with these plants, so I have only sent the basics.',
        'You obviously know how the old model worked, and the new one is the same.',
        'You clearly understand the wiring better than me.',
      ],
    },
  },
});
