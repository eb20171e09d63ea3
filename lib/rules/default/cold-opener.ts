import { defineRule } from '../define';

export default defineRule({
  id: 'cold-opener',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: opening with "In response to your enquiry" sounds like a filing clerk; a thank-you for writing in is a warmer first line.',
  patterns: [
    '^in (response|reply|answer) to your #Adjective? [<what>(email|enquiry|inquiry|message|letter|query|request|question)] [<next>(#Pronoun|#Determiner)]',
    '^further to your #Adjective? [<what>(email|enquiry|inquiry|message|letter|query|request|question)] [<next>(#Pronoun|#Determiner)]',
  ],
  rewrites: ['Thanks for your {what}. {next|capital}'],
  examples: {
    flag: [
      {
        text: 'In response to your enquiry, the blue model is back in stock on Monday.',
        becomes: 'Thanks for your enquiry. The blue model is back in stock on Monday.',
      },
      {
        text: 'In reply to your recent email, I have cancelled the order.',
        becomes: 'Thanks for your email. I have cancelled the order.',
      },
    ],
    pass: ['Thanks for your email, I have cancelled the order.', 'I wrote this short guide in response to your question, so I hope it helps.'],
  },
});
