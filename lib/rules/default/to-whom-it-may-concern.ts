import { defineRule } from '../define';

export default defineRule({
  id: 'to-whom-it-may-concern',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: "To whom it may concern" is how you address a stranger; the customer wrote to you, so greet them like a person.',
  phrases: [
    'To whom it may concern,',
    'To whom it may concern:',
    'To whomever it may concern,',
    'To whomever it may concern:',
    'To whom this may concern,',
    'To whom this may concern:',
    'To whom it may concern',
    'To whomever it may concern',
    'To whom this may concern',
  ],
  rewrites: ['Hi there,'],
  examples: {
    flag: [
      {
        text: 'To whom it may concern,\n\nYour warranty claim for the kettle has been approved.',
        becomes: 'Hi there,\n\nYour warranty claim for the kettle has been approved.',
      },
    ],
    pass: ['Hi Marta, I have approved your warranty claim for the kettle.', 'I have sent the letter to whoever handles claims at the store.'],
    paraphrases: {
      flag: [
        "To Whom It May Concern,\n\nYour refund is approved.",
        "To whomever it may concern: the account is closed.",
        "To whom this may concern,\n\nThe invoice is attached.",
        "TO WHOM IT MAY CONCERN,\n\nThe repair is booked.",
        "To whom it may concern, your claim has been received.",
        "To whomever it may concern,\nYour order shipped.",
      ],
      pass: [
        "Hi Marta, I have approved your warranty claim for the kettle.",
        "I have sent the letter to whoever handles claims at the store.",
        "This may concern your neighbour too, so I have copied them in.",
        "Whom should I ask for at the desk?",
        "It may concern the earlier order, so I checked that too.",
        "Hi there, your refund is approved.",
      ],
    },
  },
});
