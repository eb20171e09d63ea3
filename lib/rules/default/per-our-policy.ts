import { defineRule } from '../define';

export default defineRule({
  id: 'per-our-policy',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'warning',
  description: 'Hiding behind policy, records or "how the process works" instead of saying what happens.',
  message: 'Plain language: "per our policy" sounds like a rulebook talking; just say what happens.',
  patterns: [
    '(as per|per|according to|in line with|in accordance with) (our|the|company) #Noun? (policy|policies) (language|wording|document|documents|schedule|terms)?',
    '(as|according to)? per (our|the) (records|systems|system)',
    '(our|the|company) #Noun? (policy|policies|terms|rules) (states|state|says|say|dictates|dictate|requires|require|stipulates) that?',
    '(our|the) (records|systems|system) (show|shows|indicate|indicates) that?',
    '(that is|this is|it is) #Adverb? (how|the way) (the|our) (process|system|policy|rules) (works|work|is|are)',
    // The rulebook pointed at without "per": "as stated in the T&Cs", "as outlined in the terms".
    'as (stated|set out|outlined|specified|detailed|written) in (the|our|your) (t&cs|terms|terms and conditions|policy|contract|agreement|small print)',
    'as (stated|set out|outlined|specified) in (the|our|your) (end user|user|service|licence|license|customer) #Noun? (agreement|contract|terms)',
    // The contract or the spec cited in the policy's place: "Per our contract, timings are approximate", "… per our production specs".
    '^(as per|per|according to|in line with) (our|the) #Adjective? (contract|agreement|specs|specifications|guidelines|procedures|sla|t&cs|terms)',
    'per our #Adjective? #Noun? (contract|agreement|specs|specifications|guidelines|procedures|sla)$',
    // The system as the authority: "According to our system, the parcel was delivered."
    '^according to (our|the) (systems|system|database|tracking system)',
    // Session 23: the conditions named by what they govern: "According to our conditions of carriage, …", "per the terms of hire".
    '(as per|per|according to|in line with|under) (our|the|your) (conditions|terms) of (carriage|sale|hire|business|service|use|booking|membership|entry)',
  ],
  // The rule quoted only to say the agent is setting it aside for this customer: "Our terms say no refunds, but I've refunded you".
  unless: [
    "(so|but) (i|we) (have|will|am|are)? #Adverb? (waived|waive|refunded|refund|credited|credit|reversed|reverse|removed|remove|pushed|push)",
  ],
  rewrites: [''],
  advice: 'Say what happens plainly; where it rests on your records, keep that in your own words: "I\'ve checked, and our records show…"; where a charge rests on the policy, give its reason: "The £30 fee covers the courier\'s return trip."',
  examples: {
    flag: [
      { text: 'Per our policy, returns take 14 days.', becomes: 'Returns take 14 days.' },
      // Dropping "per our records" would state as fact what only the records say: advice, no Apply.
      { text: 'Per our records, there are no outages in your area.', becomes: null },
    ],
    pass: ['Our returns policy gives you 30 days.'],
    paraphrases: {
      flag: [
        'As per our terms of hire, the van must be returned full.',
        'Under the conditions of carriage, pets travel in the hold.',
        'Our policy states that refunds take 14 days.',
        "That's just how the process works.",
        'Per our refund policy, the fee is kept.',
        'The deposit is kept, in line with our policy.',
        'Our systems show that the parcel was delivered.',
        'In accordance with company policy, the account was closed.',
        'Refunds are not given on sale items, as stated in the terms and conditions.',
        'As outlined in the terms you agreed to at booking, no-shows pay the full fee.',
        'Per our contract, timings are approximate.',
        'Print tolerances are plus or minus an inch per our production specs.',
        'According to our guidelines, the booking fee is not refunded.',
        'According to our system, the parcel was delivered.',
        'As stated in the End User Licence Agreement, the licence is personal.',
      ],
      pass: [
        'Our terms of hire are short: bring it back full and that is it.',
        'The conditions on the mountain are lovely this week.',
        'Our returns policy gives you 30 days, so you have until 3 June.',
        'I have checked the policy and you are covered for the repair.',
        'Your policy number is on the first page of the email.',
        'I updated our records with your new address.',
        'The new system works much faster, and your order is already packed.',
        'I can explain how the process works, step by step.',
        'Your contract is with us, so I will sort the refund myself.',
        'I have outlined the options below.',
        "Our policy says refunds take 14 days, but I've pushed yours through today.",
        'The terms state that a late fee applies, so I have waived it for you.',
        'Our records show a missed payment, but we will remove the charge today.',
        'I checked our contract, and you are owed £40, so I have refunded it.',
        'The specs per unit are in the attached sheet, and I have highlighted yours.',
        'Our contract team will call you at 2pm about the renewal.',
        'According to the driver, the parcel was left with your neighbour at number 4.',
        'I checked our system and your parcel is at the depot, so I have booked a redelivery for tomorrow.',
        "According to our records your subscription is also up for renewal, so I've sent the link in case you want it.",
      ],
    },
  },
});
