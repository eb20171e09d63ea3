import { defineRule } from '../define';

export default defineRule({
  id: 'mistake-was-made',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "a mistake was made" avoids saying whose; "we made a mistake" owns it, and customers forgive an owned mistake faster.',
  patterns: ['[<what>(a|an|some)? #Adjective? (mistake|mistakes|error|errors)] (was|were|has been|have been) made'],
  rewrites: ['we made {what|lower}'],
  examples: {
    flag: [
      { text: 'A mistake was made with your order.', becomes: 'We made a mistake with your order.' },
      {
        text: "I'm sorry, an error was made when your refund was processed.",
        becomes: "I'm sorry, we made an error when your refund was processed.",
      },
    ],
    pass: ["We made a mistake with your order, and I've sent the right size today.", 'That was my mistake, and I have fixed it.'],
  },
});
