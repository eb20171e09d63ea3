import { defineRule } from '../define';

export default defineRule({
  id: 'staff-will-contact',
  kind: 'phrase',
  principle: 'ownership',
  severity: 'suggestion',
  message: 'Ownership: "a member of staff will contact you" promises a stranger; saying you will, or that you will arrange it, gives the customer a person to count on.',
  patterns: [
    '(someone|somebody|a colleague) from (the|that|our|another) .? (team|department) (will|should|may) #Adverb? (contact|call|be in touch|get back|pick)',
    // Someone unnamed from any place of ours, or "there", who should or might (session 27): "Someone from the depot office
    // should be in touch soon", "somebody there will look at whether anything can be done", "someone may get back to you".
    '(someone|somebody) (from|in|at) (the|our) .{0,2} (office|desk|depot|yard|workshop|branch|shop) (will|should|may|might) (contact|call|be in touch|get back|look)',
    '(someone|somebody) (there|else|here) (will|should|may|might) #Adverb? (contact|call|email|be in touch|get back|pick|look|reach out)',
    '(someone|somebody) (should|may|might) #Adverb? (be in touch|get back to you|contact you|call you|look into|pick it up|reach out)',
    '(someone|somebody|a colleague) from (the|our|another) #Noun? (team|department) (will|should|may) #Adverb? be in (contact|touch)',
    '^(they|the #Noun team|that team) (will|should|may) #Adverb? (be in touch|contact you|get back to you|call you|reach out|email you)',
    // Our own people, unnamed: the agent can make it their own promise ("I'll contact you").
    '^[<who>(a|an) #Adjective? (member|representative|agent|advisor|colleague)] will [<verb>(contact|call|email|phone|reach|reply|get back|be in touch)]',
    '^[<who>(a|an) #Adjective? (member|agent) of (staff|our team|the team)] will [<verb>(contact|call|email|phone|reach|reply|get back|be in touch)]',
    // Another team or a named role keeps its promise; the agent can only arrange it ("I'll arrange for the Metering team to…").
    '^[<team>(a|an) #Adjective? (member|representative|agent|advisor) .{1,4}] will [<tverb>(contact|call|email|phone|reach|reply|get back|be in touch)]',
    '^[<team>(a|an) #Adjective? (specialist|colleague|adviser) .{0,4}] will [<tverb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '(the|our) (assessor|adjuster|underwriters|caseworker|supervisor|manager) will #Adverb? (let you know|update you|contact you|be in touch|assess|review|decide)',
    '(the|our) claims (team|department) will #Adverb? (assess|review|decide|let you know)',
    '^[<who>(someone|somebody) .{0,4}] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>one of (our|the) #Adjective? #Noun+] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<who>(the|our) (team|staff)] will [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '^[<team>(the|our) .{0,3} (team|department|staff)] will [<tverb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '(someone|somebody|a colleague|a specialist|an engineer|a technician) will #Adverb? (contact|call|email|be in touch|get back|look|reach out)',
    '(the|our) #Noun? (team|devs|developers|engineers|department|contractor) will #Adverb? (contact|call|be in touch|get back|look|pick|attend)',
    '(someone|somebody|the team|the devs|the developers|our engineers|the contractor) will #Adverb? (pick|take|look) (it|this|that)? (up|at|into)',
    '^[<who>staff] will #Adverb? [<verb>(contact|call|email|phone|reach|respond|reply|write|get back|be in touch)]',
    '(and|so|then) staff will #Adverb? (contact|call|email|phone|be in touch|get back)',
    // Session 40 (aimO40): somebody else there "will be happy to help", the customer sent to them: "a member of staff will
    // be happy to assist", "they'll be happy to look into this for you", "our ground staff will assist you".
    '(member of staff|member of the team|member of our team|they) (will|would) #Adverb? (be happy to|be glad to|be pleased to)? (assist|help|look into|look at)',
    '(our|the) .{0,2} (staff|team|colleagues) (will|would) #Adverb? (be happy to|be glad to|be pleased to)? (assist|help|look into|look at)',
  ],
  unless: [
    '(i|we) will #Adverb? (also|personally)',
    // A named person is not faceless: "Anu from the fraud team will call you by Friday".
    // A named person is an owner; "Somebody from…" (tagged a singular noun too) is not.
    '^(#FirstName|#Person) from (the|our) #Noun? #Noun? (team|department|desk|office)',
    '^(#Singular && !somebody && !someone) from (the|our) #Noun? #Noun? (team|department|desk|office)',
    "i (have|'ve) (asked|arranged|booked|passed)",

    '(and|but|so) i (will|have|am|had)',
    // A named team with the hour or the day it will call: "Our fraud team will call you by 2pm today". "Within five working
    // days" stays a faceless wait.
    '^(our|the) #Noun+ (team|desk) will #Adverb? (call|contact|email|ring) you (by|before|at|on|this) (#Time|#Value|#Date|today|tomorrow|noon|morning|afternoon)',
  ],
  // The agent's own step taken next to the hand-off: "Our Tuesday team will be happy to help. I've left a note on your booking."
  // Passing it on is the hand-off itself, not a step of the agent's (review 41: "…will contact you. I've passed your details on").
  unlessNext: ["^(i|we) (have|'ve|had|'d) #Adverb? (#PastTense && !been && !had && !got && !heard && !received && !noted && !logged && !recorded && !passed && !forwarded && !referred && !transferred && !handed && !shared)"],
  rewrites: ["I'll {verb}", "I'll arrange for {who|lower} to {verb}", "I'll arrange for {team|lower} to {tverb}"],
  advice: "Say who will do it and when, ideally yourself: \"I'll call you by Thursday at 10am.\"",
  examples: {
    flag: [
      { text: 'A member of staff will contact you.', becomes: "I'll contact you." },
      // Made the agent's own, the promise would still have no time: advice (say who and when) instead.
      { text: 'Someone will get back to you shortly.', becomes: null },
      { text: 'One of our advisors will be in touch tomorrow.', becomes: "I'll be in touch tomorrow." },
      // Another team's promise stays theirs: the agent arranges it rather than making it their own.
      {
        text: 'A member of the Metering team will contact you within 10 working days.',
        becomes: "I'll arrange for a member of the Metering team to contact you within 10 working days.",
      },
      {
        text: 'A specialist from our Payments department will call you within 48 hours.',
        becomes: "I'll arrange for a specialist from our Payments department to call you within 48 hours.",
      },
    ],
    pass: [
      "I'll call you tomorrow at 10am to check the repair worked.",
      "I've passed your photos to the hotel manager, who will call you today.",
      'A technician will visit on Friday between 8am and noon, and I will check in with you afterwards.',
    ],
    paraphrases: {
      flag: [
        'Someone from the sales office should be in touch soon.',
        'Somebody there will look at whether a refund is possible.',
        'Our fraud team will call you within two working days.',
        'The team will contact you.',
        'Somebody from our returns team will be in contact.',
        'Someone from the claims department should be in contact.',
        "The assessor will let you know when there's news.",
        'The claims department will assess it in due order.',
        'Someone from that team should pick it up.',
        'They will be in touch.',
        'A colleague from the billing department may call you.',
        'The claims team will contact you.',
        'Someone will be in touch in due course.',
        'The devs will pick it up when they find the time.',
        'Someone will look at it when time allows.',
        'Our billing team will contact you within five working days.',
        'A specialist from our claims department will call you.',
        'The contractor will attend when available.',
        'Staff will contact you when the test is done.',
        'Please wait at the pier entrance, and staff will contact you.',
        "A member of our team will contact you. I've passed your details on.",
        'Someone will be in touch. We have forwarded your email to the team.',
      ],
      pass: [
        "Our Tuesday team will be happy to help with the fitting. I've left a note on your booking.",
        "A member of staff will contact you. We have booked the first slot on Monday for you.",
        'Someone should be home to sign for the parcel.',
        'Somebody there will need to sign for it.',
        'Our fraud team will call you by 2pm today to go through the payments.',
        'The claims team will call you on Thursday morning.',
        'I will be in contact by 5pm today.',
        'Priya from our claims team will be in contact on Monday morning.',
        'I will let you know as soon as the assessor has decided, by Friday at the latest.',
        'They will be in touch with me by noon, and I will call you straight after.',
        "I'll be in touch by Friday with the engineer's slot.",
        "I've asked our billing team to call you today, and I'll check they did by 4pm.",
        'I will call you myself on Thursday at 10am.',
        'Our team will never ask for your password.',
        'Someone has already picked up the parcel from the depot.',
        'Your engineer, Sam, will arrive between 8 and 10 tomorrow, and I will check in after.',
        'The team loved your feedback about the new app.',
      ],
    },
  },
});
