import { defineRule } from '../define';

export default defineRule({
  id: 'dear-customer',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: "Dear customer" greets a category, not a person; use their name if you have it, or a simple "Hi there".',
  description:
    'Greetings to a role instead of a person ("Dear valued customer", "Dear Applicant", "Hello user", "Good morning Patient"), and a salutation that is only the role ("Patient,").',
  patterns: [
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our|prospective|new)? (customer|user|client|member|guest|passenger|subscriber|patron)',
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our|prospective|new)? (applicant|claimant|student|patient|partner|tenant|resident|candidate)',
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our|prospective|new)? (parent|guardian|cardholder|shopper|policyholder|buyer|seller|merchant)',
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our|prospective|new)? (traveller|traveler|account holder|policy holder|learner|borrower|supplier)',
    '^dear (valued|esteemed|our|prospective|new)? (#Actor && !#Person && !#Honorific)',
    '^good (morning|afternoon|evening) (valued|esteemed|loyal|dear)? (customer|user|client|member|guest|passenger|subscriber|applicant|patient|student)',
    '^(valued|dear)? (customer|applicant|claimant|patient|student|client|member|tenant|policyholder|cardholder|candidate)$',
  ],
  unless: ['(customer|user|client|member|guest|student|patient|tenant) (service|support|team|area|portal|account|id|number|card|record|records)'],
  rewrites: ['Hi there'],
  advice: 'Greet the person by the name on the ticket or their sign-off.',
  examples: {
    flag: [
      { text: 'Dear customer, your parcel is on its way.', becomes: 'Hi there, your parcel is on its way.' },
      {
        text: 'Dear valued customer,\n\nThank you for your order.',
        becomes: 'Hi there,\n\nThank you for your order.',
      },
      { text: 'Hello user, your password has been reset.', becomes: 'Hi there, your password has been reset.' },
      { text: 'Dear Applicant,\n\nYour interview is on Monday at 10am.', becomes: 'Hi there,\n\nYour interview is on Monday at 10am.' },
    ],
    pass: ['Hi Anna, your parcel is on its way.', 'Our customers can return items within 30 days, and I have sent you a label.'],
    paraphrases: {
      flag: [
        'Dear Claimant,\n\nWe have received your form.',
        'Good morning valued customer, the engineer is booked for Friday.',
        'Dear Parent/Guardian,\n\nThe trip leaves at 8am.',
        'Hi member, your card renews next month.',
        'Patient,\n\nYour test results are ready.',
        'Dear prospective tenant, the flat is still available.',
        'Hello Student, the library reopens on Monday.',
      ],
      pass: [
        'Dear Anna,\n\nYour test results are ready.',
        'Hi Mr Patel, the flat is still available.',
        'Thanks for being a patient customer while we sorted the flat.',
        'Dear Dr Osei, the clinic has moved your appointment to Friday.',
        'Customer service is open until 8pm, and I am here until then.',
        'Hello again Priya, the library reopens on Monday.',
        'Our student discount applies to your order too, so I added it.',
      ],
    },
  },
});
