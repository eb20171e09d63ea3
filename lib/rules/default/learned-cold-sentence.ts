import { defineRule } from '../define';

// The learned check (lib/engine/classify/): each finding names the principle the classifier chose and
// that principle's own message; this rule's principle and message stand for the rule in the options list.
// On by default since it abstains on thanks, apologies and offers of help and was retrained on kind and neutral
// replies (data/classify): on the 583 real social replies it gives 0.04 hints per reply, most of them wanted (README,
// "The learned cold-sentence check"). A lead turns it off like any rule.
export default defineRule({
  id: 'learned-cold-sentence',
  kind: 'structure',
  check: 'learned-sentence',
  principle: 'interaction',
  severity: 'hint',
  enabled: true,
  message: 'Interaction: a sentence that reads like a cold habit the coach learned from examples, where no other rule spoke; its card names the principle.',
  options: { maxPerReply: 2 },
  examples: {
    flag: [
      { text: 'Please contact the payments team about refunds, not us.', becomes: null },
      // Alone, without another rule's finding beside them (the check also reads what the rules flagged in the reply's
      // other sentences, since session 42): sentences that read cold on their own.
      { text: 'Please refer to our website for our disruption policy.', becomes: null },
      { text: 'Please read the FAQ before contacting us again.', becomes: null },
    ],
    pass: [
      "I've booked the engineer for Tuesday at 9am and I'll text you when he's on his way.",
      'Could you send me the order number so I can check it for you?',
      'Thanks so much for the photos, they really help.',
    ],
  },
});
