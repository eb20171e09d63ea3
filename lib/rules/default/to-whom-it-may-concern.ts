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
  },
});
