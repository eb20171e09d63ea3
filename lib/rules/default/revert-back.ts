import { defineRule } from '../define';

export default defineRule({
  id: 'revert-back',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "revert" means "undo" to many readers; "get back to you" or "reply" is clearer.',
  patterns: [
    'revert back [<tail>(to me|to us|to you|to them)]?',
    'revert [<tail>(to me|to us|to you|to them)]',
    'revert [<tail>(shortly|soon|asap|promptly|at the earliest)]',
    // "revert" as reply in any position: "please revert on this mail", "revert with an outcome", "will revert once…".
    '(please|kindly|will|shall|to|pls) #Adverb? revert (on|with|once|when|by|at)',
    // Session 23: "will revert" with its time or alone: "A consultant will revert within 5 business days", "…and revert."
    '(we|i|they|team|consultant|agent|officer|colleague|manager|engineer|advisor) (will|shall) #Adverb? revert (within|in|today|tomorrow|by)',
    '(we|i|they|team|consultant|agent|officer|colleague|manager|engineer|advisor) (will|shall) #Adverb? revert$',
    '(and|to) revert$',
  ],
  unless: [
    'revert back to (the|a|an|your|my|our|its|their|this|that)','revert (the|your|my|our|it|this|that|these|those) (change|changes|update|setting|settings|version|payment|charge)'],
  rewrites: ['get back {tail}', 'reply {tail}'],
  examples: {
    flag: [
      { text: 'I will revert back to you tomorrow.', becomes: 'I will get back to you tomorrow.' },
      { text: 'Kindly revert to us with the order number.', becomes: 'Kindly get back to us with the order number.' },
      { text: 'We will revert shortly.', becomes: 'We will get back shortly.' },
    ],
    pass: ['I can revert the update so the old layout comes back.', 'Your settings will revert to the defaults after the reset.'],
    paraphrases: {
      flag: [
        'Our accounts officer will revert within 48 hours.',
        'The team will revert by Friday.',
        'I will check with the supplier and revert.',
        "Will revert back shortly.",
        "Kindly revert back to us at the earliest.",
        "Our engineer will revert to you once checked.",
        "I shall revert soon.",
        "Please revert to me with the order number.",
        "Contractor will revert asap.",
        'For further queries please revert on this mail.',
        'The contractor will revert with an outcome.',
        'Kindly revert at your earliest.',
      ],
      pass: [
        'The settings will revert after a restart.',
        'Your plan will revert to the standard rate in June.',
        'The price reverts to £12 next month.',
        "I can revert the update so the old layout comes back.",
        "Your settings will revert to the defaults after the reset.",
        "I reverted the charge this morning.",
        "The price reverts to £20 a month in June.",
        "I will get back to you tomorrow.",
        "If the app reverts to the old version, reply here.",
        "I've reverted the change to your plan, so it's back to \u00a312 a month.",
        'The setting will revert to default after the update.',
      ],
    },
  },
});
