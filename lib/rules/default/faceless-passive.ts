import { defineRule } from '../define';

export default defineRule({
  id: 'faceless-passive',
  kind: 'structure',
  check: 'passive-voice',
  principle: 'ownership',
  severity: 'hint',
  message: 'Ownership: in a passive sentence nobody is doing anything; saying who does it (ideally "I") shows someone owns the outcome.',
  options: { maxPerReply: 2 },
  examples: {
    flag: [
      { text: 'Charges are calculated according to your tariff.', becomes: null },
      { text: 'Your details were passed to the warehouse.', becomes: null },
    ],
    pass: [
      "I've refunded the first night and passed your photos to the hotel manager.",
      'Transactions are declined by the issuing bank.',
      'The store is closed on Sundays.',
    ],
  },
});
