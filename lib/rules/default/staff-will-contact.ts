import { defineRule } from '../define';

export default defineRule({
  id: 'staff-will-contact',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "a member of staff will contact you" promises a stranger; saying you will, or that you will arrange it, gives the customer a person to count on.',
  patterns: [
    '^[<who>(a|an) #Adjective? (member|representative|agent|advisor) .{0,4}] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>(a|an) #Adjective? (specialist|colleague|adviser) .{0,4}] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>(someone|somebody) .{0,4}] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>one of (our|the) #Adjective? #Noun+] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>(the|our) .{0,3} (team|department|staff)] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
  ],
  unless: [
    '(and|but|so) i (will|have|am|had)',
  ],
  rewrites: ["I'll {verb}", "I'll arrange for {who|lower} to {verb}"],
  examples: {
    flag: [
      { text: 'A member of staff will contact you.', becomes: "I'll contact you." },
      { text: 'Someone will get back to you shortly.', becomes: "I'll get back to you shortly." },
      { text: 'One of our advisors will be in touch tomorrow.', becomes: "I'll be in touch tomorrow." },
    ],
    pass: [
      "I'll call you tomorrow at 10am to check the repair worked.",
      "I've passed your photos to the hotel manager, who will call you today.",
      'A technician will visit on Friday between 8am and noon, and I will check in with you afterwards.',
    ],
  },
});
