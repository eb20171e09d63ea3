import { defineRule } from '../define';

export default defineRule({
  id: 'all-caps',
  kind: 'structure',
  check: 'shouting',
  principle: 'respect',
  severity: 'hint',
  message: 'Respect: words in capitals read as shouting, even when you only meant to stress them.',
  options: { minLetters: 6, allow: ['THANK', 'THANKS', 'YOU', 'CONGRATULATIONS', 'HAPPY', 'BIRTHDAY', 'WELCOME'] },
  examples: {
    flag: [
      { text: 'You MUST RESTART the router first.', becomes: 'You must restart the router first.' },
      { text: 'Please read the instructions CAREFULLY before you start.', becomes: 'Please read the instructions carefully before you start.' },
    ],
    pass: ['Your PIN and the FAQ link are in the SMS I sent.', 'THANK YOU for your patience, the new part ships today.', 'I have sent the PDF invoice to your email.'],
  },
});
