import { defineRule } from '../define';

export default defineRule({
  id: 'customers-are-responsible',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "Users are responsible for…" reads as a rulebook aimed at the customer; a friendly request lands better.',
  patterns: [
    '^it is the #Noun? #Possessive (own|sole)? (responsibility|duty|obligation) to [<action>#Verb *]',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) are (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
    '(the|each|every) (account holder|customer|user|buyer|cardholder|member|guest|tenant|player) is (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) (are|were) #Adverb? (expected|required|obliged|responsible|liable)',
    '(the|each|every|an|a) (account holder|customer|user|buyer|cardholder|member|guest|tenant|passenger) is #Adverb? (expected|required|obliged|responsible|liable)',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) (must|should|need to) (read|check|ensure|make sure|keep|review)',
  ],
  unless: ['not (responsible|liable)'],
  rewrites: ['we ask everyone to {action|infinitive}'],
  advice: 'Ask the customer kindly for what is needed, in your own voice, and say why it helps them.',
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
    paraphrases: {
      flag: [
        'Customers are expected to read the policy before purchase.',
        'Passengers are required to check in online 24 hours before departure.',
        'Tenants are responsible for any damage caused during the tenancy.',
        'The cardholder is solely liable for keeping the PIN secret.',
        'Users must ensure their contact details are up to date.',
        'As stated, each guest is responsible for their own valuables.',
      ],
      pass: [
        'Customers are not charged for returns on faulty items.',
        'Our customers love the new app, and so do we.',
        'Passengers with reduced mobility can book assistance for free, and I have done it for you.',
        'We are responsible for the damage, and I have booked the repair.',
        'Each guest gets a welcome pack at check-in.',
        'Users who signed up before May keep the old price.',
      ],
    },
  },
});
