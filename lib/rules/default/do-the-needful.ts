import { defineRule } from '../define';

export default defineRule({
  id: 'do-the-needful',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "do the needful" is office shorthand that many readers won\'t know; say what will happen.',
  phrases: ['do the needful', 'doing the needful', 'done the needful', 'did the needful'],
  patterns: [],
  rewrites: ['take care of it', 'sort this out'],
  examples: {
    flag: [
      { text: 'Please do the needful.', becomes: 'Please take care of it.' },
      { text: 'Our team will do the needful and update you.', becomes: 'Our team will take care of it and update you.' },
    ],
    pass: ['I will take care of it today.', 'Do whatever is easiest for you.'],
  },
});
