import { defineRule } from '../define';

export default defineRule({
  id: 'herewith',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "herewith" belongs in a legal letter; "here\'s" says it the way people talk.',
  patterns: ['^(please|kindly)? (find|see)? (attached|enclosed)? herewith', '^(attached|enclosed) herewith (is|are|please find)'],
  rewrites: ["Here's", 'Here is'],
  examples: {
    flag: [
      { text: 'Herewith the claim form.', becomes: "Here's the claim form." },
      { text: 'Please find herewith the signed contract.', becomes: "Here's the signed contract." },
      { text: 'Attached herewith is your invoice for March.', becomes: "Here's your invoice for March." },
    ],
    pass: ["Here's the claim form, and I've filled in your order details already.", 'I have attached the invoice for March.'],
    paraphrases: {
      flag: [
        "Kindly find herewith the statement.",
        "Enclosed herewith are the forms.",
        "Please see attached herewith the invoice.",
        "Herewith your tickets for Saturday.",
        "Find enclosed herewith the report.",
        "Attached herewith please find the quote.",
      ],
      pass: [
        "Here's the claim form, and I've filled in your order details already.",
        "I have attached the invoice for March.",
        "Here are your tickets for Saturday.",
        "The report is attached.",
        "Please find the link in the message below.",
        "With this email you get the signed contract.",
      ],
    },
  },
});
