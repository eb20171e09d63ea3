import { defineRule } from '../define';
import { CUSTOMER_ROLE, CUSTOMER_ROLES } from '../shapes';

export default defineRule({
  id: 'customers-are-responsible',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "Users are responsible for…" reads as a rulebook aimed at the customer; a friendly request lands better.',
  patterns: [
    '#Plural (are|were) #Adverb? (obliged|obligated) to',
    '(renters|drivers|occupants|visitors|travellers|clients|borrowers|learners|shoppers|holders) (are|were) #Adverb? (expected|required|responsible|liable)',
    '(is|are) (the|a) sole? (responsibility|duty|obligation) of (the|each|every|all)? (customer|student|tenant|user|member|guest|passenger|buyer|renter|driver|you)',
    // Any other customer role: "the responsibility of the recipient", "of the account holder".
    '(is|are) (the|a) sole? (responsibility|duty) of (the|each|every)? (account holder|recipient|borrower|filer|signer|homeowner|cardholder|hirer|client|applicant)',
    '(consignee|consignees|applicant|applicants|policyholder|policyholders|subscriber|subscribers|resident|residents|holder|holders) (must|should)',
    // Any customer named by role, with the rule as a duty: "The planholder ought to read the schedule".
    `the (${CUSTOMER_ROLE}) (must|should|ought to) #Adverb? #Verb`,
    '(consignee|consignees|applicant|applicants|policyholder|policyholders|subscriber|subscribers|resident|residents|holder|holders) (has|have|needs) to',
    '(recipient|recipients|buyer|customer|user|student|tenant|guest|member|patients) (must|should)',
    '(recipient|recipients|buyer|customer|user|student|tenant|guest|member|patients) (has|needs) to',
    `(passengers|students|${CUSTOMER_ROLES}) (are|were) #Adverb? (reminded|advised|warned)`,
    'it is (the|each|every) #Possessive (own|sole)? (responsibility|duty|obligation|job) to',
    'it is (the|each|every) (customer|user|student|tenant|buyer|guest|passenger|member|cardholder) #Possessive? (own|sole)? (responsibility|duty|obligation|job) to',
    '^it is the #Noun? #Possessive (own|sole)? (responsibility|duty|obligation) to [<action>#Verb *]',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) are (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
    '(the|each|every) (account holder|customer|user|buyer|cardholder|member|guest|tenant|player) is (solely|fully)? (responsible|liable) for [<action>#Gerund *]',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) (are|were) #Adverb? (expected|required|obliged|responsible|liable)',
    '(the|each|every|an|a) (account holder|customer|user|buyer|cardholder|member|guest|tenant|passenger) is #Adverb? (expected|required|obliged|responsible|liable)',
    '(users|customers|buyers|cardholders|members|guests|passengers|tenants|players|students) (must|should|need to) (read|check|ensure|make sure|keep|review)',
    // Any group of customers named by role: "Residents are responsible for ensuring…"
    '(residents|occupants|homeowners|owners|parents|patients|hirers|riders) are #Adverb? (solely|fully)? responsible for [<action>#Gerund *]',
    '(is|are) #Adverb? (the|a) #Noun #Possessive (own|sole)? (responsibility|duty|job)',
    // Left "up to" the customer: "it is up to the customer to measure before ordering."
    `(it is|its)? (up to|down to) . (${CUSTOMER_ROLE}|rider|owner|buyer) to [<action>#Verb *]`,
    `(it is|its) (up to|down to) . (${CUSTOMER_ROLES}) to [<action>#Verb *]`,
    // House advice handed down to any group of customers by role, or to "you": "Residents are advised to store water",
    // "Customers with business-critical sites are advised to…", "You are requested to approach your bank".
    '^#Plural are #Adverb? (advised|requested|reminded) to [<action>#Verb *]',
    '#Plural (with|who|on|in|at) .{1,4} (are|were) #Adverb? (advised|requested|reminded) to',
    '(you|customer|the customer) (are|is) #Adverb? (advised|requested|reminded) to',
    // A duty laid on customers by role, with what they must do (session 29): "Clients must confirm every booking", "Insured
    // parties are required to mitigate", "Bidders have to check". Being or holding something is eligibility, not a duty.
    `(${CUSTOMER_ROLES}) (must|have to) (!be && !have && !hold && #Verb)`,
    '(buyers|sellers|bidders|applicants|parties|keepers|owners|visitors|parents) (must|are required to|are obliged to|have to) (!be && !have && !hold && #Verb)',
  ],
  unless: [
    '(we|i) (will|have|can|am|are) #Adverb? (remind|ask|check|help|send|arrange|do)',
    'not (responsible|liable)',
    // The duty already met, said to reassure: "Parents must tell the office in writing, so this email is enough."
    'so (this|that|your) #Noun? (is|was|will be) #Adverb? (enough|fine)',
  ],
  // A duty with its basis or deadline ("Per the lease…", "…before the cut-off") stays a duty, said to everyone rather than
  // at "the customer": "we ask everyone to" would make it a request the customer may decline (the safety net refuses it
  // there). A duty without one, and house advice, become the team's ask (the engine refuses "needs to" there).
  rewrites: ['everyone needs to {action|infinitive}', 'we ask everyone to {action|infinitive}'],
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

      { text: 'Campers are advised to bring their own firewood.', becomes: 'We ask everyone to bring their own firewood.' },
    ],
    pass: ['Customers are not responsible for return shipping on faulty items.', 'We are responsible for any damage in transit.', 'Our customers love the new app.'],
    paraphrases: {
      flag: [
        "It is up to the hirer to check the tyres before leaving.",
        "It's down to each member to book a locker in advance.",
        'Tax settings are the account owner\'s responsibility.',
        'Renters are obliged to inspect the car before driving away.',
        'Attendance is the responsibility of each student.',
        'Safe place instructions are the responsibility of the recipient.',
        'Account security is the sole responsibility of the account holder.',
        'A stable connection is the responsibility of the signer.',
        'Drivers are expected to check the tyres before leaving.',
        'The consignee must sign for the parcel in person.',
        "It's the buyer's job to check the size chart before ordering.",
        'Policyholders should keep receipts for every repair.',
        'Residents were warned about the water shutdown in the newsletter.',
        'Tenants are reminded that bins go out on Tuesday night.',
        'Each account holder must tell us about a change of address within 30 days of moving.',
        'Customers are expected to read the policy before purchase.',
        'Passengers are required to check in online 24 hours before departure.',
        'Tenants are responsible for any damage caused during the tenancy.',
        'The cardholder is solely liable for keeping the PIN secret.',
        'Users must ensure their contact details are up to date.',
        'As stated, each guest is responsible for their own valuables.',
        'Residents are responsible for ensuring bins are presented at the kerbside by 7am.',
        'Hirers are fully responsible for checking the van before driving off.',
        'Hikers are strongly advised to carry a map.',
        'Members who park overnight are reminded to display their permit.',
        'For your own safety, you are requested to keep the receipt until the claim is settled.',
      ],
      pass: [
        'Delivery is the responsibility of the courier, and I have chased them today.',
        'Repairs are the responsibility of the owner of the building, so I have reported it to them for you.',
        "It is up to you which day suits, and I will book it.",
        "It's up to the driver to load the van, and he will be there at 9am.",
        'Setting it up is our engineer\'s job, so you don\'t need to do anything.',
        'Parcels are expected to arrive on Friday.',
        'The repair is the responsibility of the landlord, and I have asked him to call you today.',
        "The driver needs the gate code, so I've added it to the delivery notes.",
        'Customers tell us the new app is much easier, and I hope you find it so too.',
        "It's our job to check the parcel before it leaves, and we missed the crack.",
        'The owner has agreed to fix the boiler on Monday.',
        'Patients can book online or by phone, whichever suits you.',
        'I will remind the tenants about the bins myself.',
        'Customers are not charged for returns on faulty items.',
        'Our customers love the new app, and so do we.',
        'Passengers with reduced mobility can book assistance for free, and I have done it for you.',
        'We are responsible for the damage, and I have booked the repair.',
        'Each guest gets a welcome pack at check-in.',
        'Users who signed up before May keep the old price.',
        'Residents are not responsible for the missed collection.',
        'Our engineers are responsible for the repair, and I have booked them for Monday.',
        'I was advised to call you about the refund.',
        'The drivers were advised to slow down by the police.',
        'We have reminded the fitters to bring dust sheets this time.',
      ],
    },
  },
});
