import { defineRule } from '../define';

export default defineRule({
  id: 'in-accordance-with',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "in accordance with" and "pursuant to" are contract words; "under" is plainer.',
  phrases: ['in accordance with', 'pursuant to', 'in compliance with', 'in conformity with', 'in conformance with', 'as stipulated in', 'as stipulated by', 'as set forth in', 'as set out in', 'as outlined in', 'as detailed in', 'as specified in', 'in line with'],
  unless: [
    '(your|the customer|their) (wishes|instructions|request|preferences)',
    '(as|in) #Verb? in (my|our|the|this) (email|emails|message|messages|letter|reply|call|chat|earlier|previous|last)',
    'in line with (what|how|the way) (you|your)',
  ],
  // "following our policy" reads as "after" or as a verb ("This is following our policy"): "under" only.
  rewrites: ['under'],
  examples: {
    flag: [
      { text: 'Charges are calculated in accordance with your tariff.', becomes: 'Charges are calculated under your tariff.' },
      { text: 'Pursuant to section 4, the deposit is kept.', becomes: 'Under section 4, the deposit is kept.' },
      { text: 'The fee applies as stipulated in the contract.', becomes: 'The fee applies under the contract.' },
    ],
    pass: ['Your tariff sets the price for each unit you use.', "I've changed the delivery day, as you asked."],
    paraphrases: {
      flag: [
        'Fees are non-refundable after the first week as outlined in the agreement you signed.',
        'Prices are set in line with the regulator cap.',
        'As set out in clause 7, the deposit is held until the end of the tenancy.',
        'Your cover is limited as detailed in the policy booklet.',
        'Pursuant to our terms, the account was closed.',
        'Returns are accepted as specified in the conditions of sale.',
      ],
      pass: [
        "I've changed the delivery day, as you asked.",
        'As I outlined in my last email, the refund went out on Monday.',
        'Your new price is in line with what you paid last year, so nothing changes.',
        'The deposit stays with the agency until you move out, and I will chase it for you then.',
        'I have lined up an engineer for Friday morning.',
        'Your plan covers parts and labour, so the repair costs you nothing.',
      ],
    },
  },
});
