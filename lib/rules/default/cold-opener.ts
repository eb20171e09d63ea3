import { defineRule } from '../define';

export default defineRule({
  id: 'cold-opener',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: opening with "In response to your enquiry" sounds like a filing clerk; a thank-you for writing in is a warmer first line.',
  patterns: [
    '^in (response|reply|answer) to your #Adjective? [<what>(email|enquiry|inquiry|message|letter|query|request|question)] [<next>(#Pronoun|#Determiner)]',
    '^further to your #Adjective? (phone|voicemail|chat)? [<what>(email|enquiry|inquiry|message|letter|query|request|call)] [<next>(#Pronoun|#Determiner)]',
    '^(regarding|concerning|re) your #Adjective? [<what>(email|enquiry|inquiry|message|letter|query|request|question|complaint)] [<next>(#Pronoun|#Determiner)]',
    '^(in|with) (response|reply|reference) to your #Adjective? [<what>(email|enquiry|message|letter|query|complaint)] of #Date? [<next>(#Pronoun|#Determiner)]',
    '^(in|with) (reference|relation) to your #Adjective? [<what>(email|enquiry|inquiry|message|query|request|question)] [<next>(#Pronoun|#Determiner|#Noun)]',
    '^(re|ref|regarding|reference) your #Adjective? (email|enquiry|inquiry|message|letter|query|request|question|complaint|ticket)$',
    '^(we|i) (hereby)? (acknowledge|confirm) receipt of your #Adjective? (email|enquiry|message|letter|query|request|complaint|ticket|claim)',
    // An opener by reference or by receipt: "With reference to your report of mould.", "We are in receipt of your mail."
    '^(in|with) (reference|regard|relation) to your #Adjective? (report|complaint|claim|application|correspondence|mail|booking)',
    '^(we|i) (are|am) in receipt of your #Adjective? (email|mail|enquiry|message|letter|query|request|complaint|claim)',
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
    paraphrases: {
      flag: [
        'With reference to your recent enquiry, transactions abroad are declined without a travel notice.',
        'In reference to your query, refunds take up to 30 working days.',
        'Re: your email.',
        'We acknowledge receipt of your ticket.',
        "Further to your email, the refund has been sent.",
        "In answer to your query, we open at nine.",
        "Regarding your complaint, the fee is correct.",
        "In response to your recent letter, your account is now closed.",
        "Concerning your enquiry, the model is discontinued.",
        "Further to your phone message, the engineer comes on Monday.",
        'With reference to your report of mould.',
        'We are in receipt of your mail.',
      ],
      pass: [
        'With reference to the photos you sent, I have booked the repair for Monday.',
        'Thanks for your email about the refund.',
        "Thanks for your email, I have cancelled the order.",
        "I wrote this short guide in response to your question, so I hope it helps.",
        "Thanks for your complaint about the noise, and sorry it kept you up.",
        "Your email about the refund made me check again, and you were right.",
        "In response, the council agreed to repair the road.",
        "Regarding the delivery, I have booked Saturday for you.",
        'With reference number 4471 you can track it online.',
        'We are in receipt of the parts for your repair, so the engineer will come on Friday.',
      ],
    },
  },
});
