import { defineRule } from '../define';

export default defineRule({
  id: 'as-per',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "as per" is office jargon; drop it, or say "as you asked" or "under our returns policy".',
  patterns: [
    'as per (the|your|our|this|that|these|my)? #Adjective? (#Singular|#Plural)+',
    '^per (the|your|this|that|these) #Adjective? (#Singular|#Plural)+',
  ],
  unless: ['per (our|my|company) (policy|records|last|previous|earlier)', 'as per (usual|normal)'],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'Return the item within 30 days as per the returns policy.', becomes: 'Return the item within 30 days.' },
      { text: "As per your request, I've cancelled the second order.", becomes: "I've cancelled the second order." },
      { text: 'Per the terms, the deposit is refundable.', becomes: 'The deposit is refundable.' },
    ],
    pass: ['The plan costs 9 euros per month.', 'As you asked, I cancelled the second order.', 'That works out at two per person.'],
  },
});
