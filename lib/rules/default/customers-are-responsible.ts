import { defineRule } from '../define';

export default defineRule({
  id: 'customers-are-responsible',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "Users are responsible for…" reads as a rulebook aimed at the customer; a friendly request lands better.',
  patterns: [
    '^it is the #Noun? #Possessive (own|sole)? (responsibility|duty|obligation) to [<action>#Verb *]',
    '(users|customers|buyers|cardholders|members|guests|passengers|subscribers) are (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
    '(the|each|every) (account holder|customer|user|buyer|cardholder|member|guest) is (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
  ],
  unless: ['not (responsible|liable)'],
  rewrites: ['we ask everyone to {action|infinitive}', "it's a good idea to {action|infinitive}"],
  examples: {
    flag: [
      {
        text: "It is the account holder's duty to secure their payment details.",
        becomes: 'We ask everyone to secure their payment details.',
      },
      {
        text: 'As I said before, users are responsible for backing up their data.',
        becomes: 'As I said before, we ask everyone to back up their data.',
      },
      { text: 'The customer is responsible for paying the return shipping.', becomes: 'We ask everyone to pay the return shipping.' },
    ],
    pass: ['Customers are not responsible for return shipping on faulty items.', 'We are responsible for any damage in transit.', 'Our customers love the new app.'],
  },
});
