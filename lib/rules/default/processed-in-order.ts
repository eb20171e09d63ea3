import { defineRule } from '../define';

export default defineRule({
  id: 'processed-in-order',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'suggestion',
  message: 'Interaction: "processed in the order received" tells the customer they are a number in a queue; say that you are working on it.',
  patterns: [
    '^[<thing>.{1,4}] (are|is) #Adverb? (processed|handled|dealt|answered|reviewed) with? #Adverb? in the? order .{0,2} (received|receipt)',
    '^[<thing>.{1,4}] (are|is) #Adverb? (processed|handled|dealt|answered|reviewed) with? #Adverb? on a first come first served basis?',
    '^we #Adverb? (process|handle|answer|review|action) [<thing>.+] in the? order .{0,2} (received|receipt)',
    '^we #Adverb? (process|handle|answer|review|action) [<thing>.+] on a first come first served basis?',
  ],
  rewrites: ["I'm working through {thing|lower} as quickly as I can"],
  examples: {
    flag: [
      {
        text: 'Rebooking requests are processed in the order they are received.',
        becomes: "I'm working through rebooking requests as quickly as I can.",
      },
      { text: 'We handle all claims in the order they were received.', becomes: "I'm working through all claims as quickly as I can." },
      {
        text: 'Refund requests are dealt with on a first-come, first-served basis.',
        becomes: "I'm working through refund requests as quickly as I can.",
      },
    ],
    pass: [
      "I've put your rebooking at the front of my list, and you'll hear from me by 3pm.",
      'Your items were packed in the order you listed them.',
    ],
  },
});
