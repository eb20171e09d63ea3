import { defineRule } from '../define';

export default defineRule({
  id: 'as-you-can-see',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  message: 'Empathy: "as you can see" assumes the customer sees it the way you do, and if they don\'t, it stings; the sentence reads better without it.',
  phrases: ['as you can see', 'as you can clearly see', 'as you can tell', 'as you will see', 'as you can plainly see', "as you'll see", 'as you can easily see', 'as you can clearly tell', 'as you will have seen', 'as you can see for yourself', 'as is clear from', 'as is evident from'],
  // A picture the agent made for them is a help; "as you can see from your statement / the attached report" is the sting.
  unless: ['(screenshot|screenshots|image|picture|photo|photos|video|diagram|below|above)', "(i|we) (have|'ve) #Adverb? (sent|made|drawn|put together|prepared|marked|highlighted)"],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'As you can see, the charge was reversed on Monday.', becomes: 'The charge was reversed on Monday.' },
      { text: 'The charge, as you can see, was refunded on the 1st.', becomes: 'The charge was refunded on the 1st.' },
    ],
    pass: ['As you can see in the screenshot I attached, the button is at the top right.', 'I can see the charge was reversed on Monday.'],
  paraphrases: {
      flag: [
        'As you can see from the attached usage report, 40 seats were provisioned.',
        'Your statement shows the payment, as you can clearly see.',
        "As you'll see, the fee was in the contract.",
        'As is clear from your booking, the room was non-refundable.',
        'As you can tell from the tracking, the parcel was delivered.',
        'The charge, as you will have seen, was correct.',
      ],
      pass: [
        'As you can see in the photo below, the seal is on the left.',
        "As you can see on the breakdown I've just sent, most of it was one day in Switzerland.",
        'I can see why the fee looks wrong, so I checked it.',
        'Once you can see the new menu, tap Settings.',
        'You can see the refund on your statement from Friday.',
        'As you know best what suits your home, I have sent both options.',
        'Let me know if you can see the link now.',
      ],
    },
  },
});
