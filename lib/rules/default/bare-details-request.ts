import { defineRule } from '../define';

export default defineRule({
  id: 'bare-details-request',
  kind: 'phrase',
  principle: 'welcome',
  severity: 'suggestion',
  title: 'Details asked for in two words',
  description:
    'A line that is only a demand for details ("Account number and postcode please.", "Student number?") or a record number in place of a greeting ("Student ID 2290134,").',
  message: 'Welcome: a bare "Account number please" reads like a form; a whole question, asked of the person, sounds like someone glad to help.',
  patterns: [
    '^[<what>.{1,3} (and|or) .{1,3}] please$',
    '^[<what>(number|reference|postcode|details|address|email|receipt|photo|screenshot)] please?$',
    '^[<what>. (number|id|reference|postcode|details|name|address|email|receipt|photo|screenshot)] please?$',
    '^[<what>. . (number|id|reference|postcode|details|name|address|email|receipt|photo|screenshot)] please?$',
    '^(your|the)? #Noun (id|number|no|ref|reference) #Value$',
  ],
  unless: [
    '(thanks|thank|hi|hello|dear|#Pronoun|#Copula|#Modal|send|give|check|confirm|need|new)',
    // A step about the customer's own copy, not a demand to hand it over: "Keep the receipt.", "Save the screenshot."
    '^(keep|save|print|store|hold)',
  ],
  rewrites: ['Could you send me your {what|lower}, please?'],
  advice: 'Greet them by name, then ask for the details in a whole sentence and say why you need them.',
  examples: {
    flag: [
      { text: 'Account number and postcode please.', becomes: 'Could you send me your account number and postcode, please?' },
      { text: 'Order number?', becomes: 'Could you send me your order number, please?' },
      { text: 'Member ID 55102,\n\nYour card is on its way.', becomes: null },
    ],
    pass: ['Could you send me your order number, please?', 'Hi Sam, thanks for the order number.'],
    paraphrases: {
      flag: [
        'Booking reference please.',
        'Date of birth and postcode please.',
        'Policy number?',
        'Postcode?',
        'Customer number 88123,',
        'Serial number or receipt please.',
        "Receipt please.",
      ],
      pass: [
        'Could you send me the serial number on the back of the box?',
        'Your booking reference is ABC123, and the hotel has it too.',
        'Thanks for the photo, the serial number is easy to read.',
        'Your new account number is 88123.',
        'What name should I put on the new card?',
        'Please send me the postcode so I can book the courier.',
        "Keep the photo of the label.",
        "Save the address.",
      ],
    },
  },
});
