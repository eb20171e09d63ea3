import { defineRule } from '../define';

export default defineRule({
  id: 'at-your-earliest-convenience',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'hint',
  message: 'Plain language: "at your earliest convenience" is stiff; "when you get a chance" asks the same thing warmly.',
  phrases: ['at your earliest convenience', 'at your earliest possible convenience', 'at your soonest convenience', 'at your convenience'],
  rewrites: ['when you get a chance', 'whenever suits you'],
  examples: {
    flag: [
      { text: 'Please reply at your earliest convenience.', becomes: 'Please reply when you get a chance.' },
      { text: 'Could you send the receipt at your convenience?', becomes: 'Could you send the receipt when you get a chance?' },
    ],
    pass: ['Please reply whenever suits you.', 'For your convenience, I have added a return label.'],
    paraphrases: {
      flag: [
        "Kindly revert at your earliest convenience.",
        "At your earliest convenience, please send the signed form.",
        "We would appreciate a reply at your earliest possible convenience.",
        "Please call the branch at your convenience.",
        "The engineer can visit at your soonest convenience.",
        "Return the device, at your earliest convenience, to the store.",
      ],
      pass: [
        "Please reply whenever suits you.",
        "For your convenience, I have added a return label.",
        "Pick any slot that is convenient for you.",
        "The earliest delivery I can get is Tuesday morning.",
        "Send it when you get a chance, there is no rush.",
        "Our app lets you pay at a time that suits you.",
      ],
    },
  },
});
