import { defineRule } from '../define';

export default defineRule({
  id: 'bare-noted',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: a one-word "Noted." reads like a stamp on a form; a short human reply costs two more words.',
  patterns: ['^(noted|received|acknowledged) (with thanks)?$', '^(noted|received|acknowledged) (thanks|thank you)$', '^(duly|well) (noted|received)$', '^message received$', '^(feedback|comments|concerns|complaint|request|query) (duly)? (noted|received|acknowledged|logged)$'],
  rewrites: ['Thanks, got it.'],
  examples: {
    flag: [
      { text: 'Noted.', becomes: 'Thanks, got it.' },
      { text: 'Noted with thanks. I will send the invoice today.', becomes: 'Thanks, got it. I will send the invoice today.' },
    ],
    pass: ["I've noted your new address.", 'Received your photos, thank you, they make it much clearer.'],
    paraphrases: {
      flag: [
        "Feedback noted.",
        "Comments duly noted.",
        "Received.",
        "Duly noted.",
        "Noted, thanks.",
        "Acknowledged.",
        "Well received.",
        "Message received.",
      ],
      pass: [
        "Feedback noted, and I've changed the opening hours on the site today.",
        "I've noted your new address.",
        "Received your photos, thank you, they make it much clearer.",
        "Noted, and I have moved the delivery to Friday as you asked.",
        "Your payment was received on Monday.",
        "I have acknowledged the fault with the courier, and they collect tomorrow.",
        "Thanks, got it.",
      ],
    },
  },
});
