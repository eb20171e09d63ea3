import { defineRule } from '../define';

export default defineRule({
  id: 'we-value-you',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: "We value you as a customer" is boilerplate the customer has read a hundred times; what you do for them says it better.',
  description: 'Warm is not gushing: stock lines about valued customers, important calls and top priorities.',
  patterns: [
    'we (really|truly|greatly)? (value|appreciate) (you as a|your) (customer|custom|business|loyalty|patronage)',
    '(you are|you were) (a|an|one of our)? (highly|most)? (valued|esteemed|treasured|important) (customer|customers|client|clients|member|members|guest|guests)',
    '(your|customer) (call|business|custom|feedback|satisfaction|opinion|enquiry|inquiry) (is|are) (very|extremely|really)? important to us',
    '(your|customer) satisfaction is always? our (top|number one|highest|first|main)? (priority|concern|goal|aim)',
    'we pride ourselves on (providing|offering|delivering|our|excellent|great|outstanding|first class)',
    'we always? (strive|aim) to (provide|offer|deliver) (the best|excellent|outstanding|exceptional|first class)',
  ],
  rewrites: [],
  examples: {
    flag: [
      { text: 'We value you as a customer.', becomes: null },
      { text: 'Your call is important to us.', becomes: null },
      { text: 'Customer satisfaction is our top priority, so your complaint has been passed on.', becomes: null },
    ],
    pass: [
      "Thanks for sticking with us for six years, I've added a free month to your account.",
      'Your feedback about the app helped us fix the sync bug.',
      "I know how important this trip is to you, so I've booked the earlier flight.",
    ],
    paraphrases: {
      flag: [
        "We truly value your loyalty.",
        "You are a highly valued customer.",
        "Your business is very important to us.",
        "Customer satisfaction is always our number one priority.",
        "We pride ourselves on excellent service.",
        "We always strive to provide the best experience.",
      ],
      pass: [
        "Thanks for sticking with us for six years, I've added a free month to your account.",
        "Your feedback about the app helped us fix the sync bug.",
        "I know how important this trip is to you, so I've booked the earlier flight.",
        "I value the photos you sent, they showed the crack clearly.",
        "The value of the voucher is £20.",
        "Our members get free delivery, and you are one of them now.",
      ],
    },
  },
});
