import { defineRule } from '../define';

export default defineRule({
  id: 'per-our-policy',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'warning',
  message: 'Plain language: "per our policy" sounds like a rulebook talking; just say what happens.',
  phrases: ['per our policy', 'as per our policy', 'per company policy', 'per our records', 'as per our records', 'according to our policy'],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'Per our policy, returns take 14 days.', becomes: 'Returns take 14 days.' },
      { text: 'Per our records, there are no outages in your area.', becomes: 'There are no outages in your area.' },
    ],
    pass: ['Our returns policy gives you 30 days.'],
  },
});
