import { defineRule } from '../define';

export default defineRule({
  id: 'as-you-can-see',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  message: 'Empathy: "as you can see" assumes the customer sees it the way you do, and if they don\'t, it stings; the sentence reads better without it.',
  phrases: ['as you can see', 'as you can clearly see', 'as you can tell', 'as you will see', 'as you can plainly see'],
  unless: [
    '(attached|screenshot|screenshots|below|above|image|picture|photo|photos|table|chart|video|link)',
    'see (from|in|on)',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: 'As you can see, the charge was reversed on Monday.', becomes: 'The charge was reversed on Monday.' },
      { text: 'The discount, as you can see, ended on the 1st.', becomes: 'The discount ended on the 1st.' },
    ],
    pass: ['As you can see in the screenshot I attached, the button is at the top right.', 'I can see the charge was reversed on Monday.'],
  },
});
