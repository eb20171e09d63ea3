import { defineRule } from '../define';

export default defineRule({
  id: 'do-the-needful',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "do the needful" is office shorthand that many readers won\'t know; say what will happen.',
  phrases: ['do the needful', 'doing the needful', 'done the needful', 'did the needful'],
  patterns: [],
  // "Take care of it" or "sort this out" is as vague an order as the phrase: only the agent knows the action to name.
  rewrites: [],
  advice: 'Name the action: "Could you upload a proof of address?" or "I\'ll reissue the invoice today."',
  examples: {
    flag: [
      { text: 'Please do the needful.', becomes: null },
      { text: 'Our team will do the needful and update you.', becomes: null },
    ],
    pass: ['I will take care of it today.', 'Do whatever is easiest for you.'],
    paraphrases: {
      flag: [
        "Kindly do the needful at the earliest.",
        "We request you to do the needful.",
        "The team has done the needful.",
        "I did the needful yesterday.",
        "Please do the needful and revert.",
        "Doing the needful now, sir.",
      ],
      pass: [
        "I will take care of it today.",
        "Do whatever is easiest for you.",
        "Everything needed for the visit is in the email.",
        "You have done everything you needed to.",
        "We did what was needed and the line is working.",
        "Please do the form when you have a minute.",
      ],
    },
  },
});
