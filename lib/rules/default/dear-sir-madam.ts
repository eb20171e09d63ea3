import { defineRule } from '../define';

export default defineRule({
  id: 'dear-sir-madam',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: "Dear Sir/Madam" tells the customer nobody looked at who wrote in; a plain hello, with their name if you have it, makes a better first impression.',
  phrases: [
    'Dear Sir/Madam',
    'Dear Sir / Madam',
    'Dear Sir or Madam',
    'Dear Madam/Sir',
    'Dear Madam or Sir',
    'Dear Sir(s)',
    'Dear Sirs',
    'Dear Sir',
    'Dear Madam',
    'Dear Sir/Madam/Mx',
  ],
  // Sir or madam after any greeting: "Hello Sir,", "Good morning Madam", "Respected Sir".
  patterns: [
    '^(hello|hi|hey|greetings|respected|dear) (sir|sirs|madam|maam|mam|sir or madam|madam or sir)',
    '^good (morning|afternoon|evening|day) (sir|sirs|madam|maam|mam|sir or madam)',
  ],
  unless: ['(sir|madam) #ProperNoun', '(sir|madam) (#Honorific|#Person)'],
  rewrites: ['Hi there'],
  examples: {
    flag: [
      {
        text: 'Dear Sir/Madam, your complaint has been logged.',
        becomes: 'Hi there, your complaint has been logged.',
      },
      {
        text: 'Dear Sir or Madam,\n\nThank you for your letter about the late delivery.',
        becomes: 'Hi there,\n\nThank you for your letter about the late delivery.',
      },
    ],
    pass: ['Dear Ms Novak, thank you for your letter.', 'Hi there, thanks for writing in about the late delivery.'],
    paraphrases: {
      flag: [
        'Hello Sir, yes the guitar can go in the cabin.',
        'Good morning Madam, your order is ready.',
        'Dear Sirs,\n\nPlease find the invoice below.',
        'Respected Sir, your refund is processed.',
        'Hi Madam, the room is booked.',
        'Dear Madam or Sir, thank you for your letter.',
      ],
      pass: [
        'Hi Mrs Lewis, your order is ready.',
        'Dear Sir Anthony, thank you for your letter.',
        'Good morning Ayesha, the room is booked.',
        'Hello again, Sir Tom, the refund is on its way.',
        'The sir in the film was played by Ian McKellen.',
        'Hi there, your guitar can go in the cabin.',
      ],
    },
  },
});
