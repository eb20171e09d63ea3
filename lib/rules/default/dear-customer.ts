import { defineRule } from '../define';

export default defineRule({
  id: 'dear-customer',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  message: 'Welcome: "Dear customer" greets a category, not a person; use their name if you have it, or a simple "Hi there".',
  patterns: [
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our)? (customer|customers|user|users|client|clients|member|members|guest|guests)',
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our)? (passenger|passengers|subscriber|subscribers|cardholder|shopper|policyholder)',
    '^(dear|hello|hi|hey|greetings) (valued|esteemed|loyal|dear|our)? (patron|buyer|traveller|traveler|user|account holder|policy holder)',
    '^good (morning|afternoon|evening) (valued|esteemed|loyal|dear)? (customer|user|client|member|guest|passenger|subscriber)',
  ],
  rewrites: ['Hi there'],
  examples: {
    flag: [
      { text: 'Dear customer, your parcel is on its way.', becomes: 'Hi there, your parcel is on its way.' },
      {
        text: 'Dear valued customer,\n\nThank you for your order.',
        becomes: 'Hi there,\n\nThank you for your order.',
      },
      { text: 'Hello user, your password has been reset.', becomes: 'Hi there, your password has been reset.' },
    ],
    pass: ['Hi Anna, your parcel is on its way.', 'Our customers can return items within 30 days, and I have sent you a label.'],
  },
});
