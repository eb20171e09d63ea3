import { defineRule } from '../define';

export default defineRule({
  id: 'processed-in-order',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "processed in the order received" gives the customer a place in a queue instead of a time; say when you will get to it.',
  patterns: [
    // The queue named another way: "picked up in turn", "queued behind existing jobs".
    '(picked up|dealt with|handled|answered|looked at|actioned|seen|processed|reviewed|worked through) (in turn|in rotation|in sequence|one by one)',
    '(queued|in a queue|in the queue|in line|waiting) behind (existing|other|earlier|older|the other|all the)',
    '^[<thing>.{1,4}] (are|is) #Adverb? (processed|handled|dealt|answered|reviewed) with? #Adverb? in the? order .{0,2} (received|receipt)',
    '^[<thing>.{1,4}] (are|is) #Adverb? (processed|handled|dealt|answered|reviewed) with? #Adverb? on a first come first served basis?',
    '^we #Adverb? (process|handle|answer|review|action) [<thing>.+] in the? order .{0,2} (received|receipt)',
    '^we #Adverb? (process|handle|answer|review|action) [<thing>.+] on a first come first served basis?',
    '(in|by) order of (receipt|arrival|priority|submission|request|requests|application|booking|payment|enquiry)',
    // The queue named by its key: "processed in date order", "seen in arrival order".
    '(processed|handled|dealt with|reviewed|answered|seen|issued|allocated|booked|scheduled|assessed) in (date|arrival|ticket|queue|payment) order',
    '(scheduled|prioritised|prioritized|handled|processed|dealt with) (according to|based on|by) (priority|urgency|date received)',
    '(due to|because of) (the)? (high|heavy|increased|unprecedented|large|very high) (volumes|volume|demand|number) (of #Noun)?',
    'on a first come first served basis',
    // Any verb and any position: "Missed collections are investigated in the order they are received".
    // "…in the order in which they are received", "…in the sequence they came in".
    '(are|is|will be|get) #Adverb? #PastTense in the? (order|sequence) (in which|that)? (they|it)? (are|were|is)? (received|submitted|raised|logged|paid|arrive|came)',
    '(we|they) #Adverb? #Verb (#Noun|them|it)+ in the? (order|sequence) (in which|that)? (they|it)? (are|were|is)? (received|submitted|raised|paid|arrive|came)',
    // A slot given by whoever is free, not by a time: "scheduled based on adjuster availability", "booked in line with
    // technician availability", "delivered when runners are available", "allocated on a rolling basis".
    '(are|is|be|being) #Adverb? #PastTense (according to|based on|in line with|depending on) (availability|capacity|workload|resources)',
    '(are|is|be|being) #Adverb? #PastTense (according to|based on|in line with|depending on) !#Pronoun (availability|capacity|workload|resources)',
    '(we|they|our team) #Adverb? (schedule|allocate|arrange|book|assign|plan) #Noun+ (according to|based on|in line with) !#Pronoun? (availability|capacity)',
    '#PastTense (out|in)? (when|once|as) (the|our)? (runners|drivers|engineers|technicians|staff|slots|spaces) (are|is|become|free) (available|free|up)',
    'on a (rolling|rotating|rota|route by route|round robin|rotational) basis',
    '(you will|you\'ll) be (dealt with|answered|seen|contacted|called) in (turn|order|rotation)',
    '(high|heavy|increased|unprecedented|very high) (volumes|volume|demand) (of #Noun)? (means|mean|is causing|are causing)',
    // The wait blamed on volume, with or without an adjective: "Due to the volume of applications we are currently experiencing delays".
    '(due to|because of) the #Adjective? (volume|number|amount|backlog) of (applications|requests|enquiries|inquiries|calls|emails|claims|tickets|orders|cases)',
    "(we|we're) (are|have been)? #Adverb? (experiencing|seeing|facing) (some|significant|long|longer|unusual|extended)? delays",
  ],
  unless: [
    // A queue or a delay that comes with a real time is a timeline, not a brush-off.
    '(#Time|#WeekDay|#Month)',
    '#Value (minutes|hours|days|working days|business days)',
    // "within" as a time only ("within two working days"), not a place ("within the county").
    'within (#Value|a|an|one|two|three|four|five|ten)',
    'within the next',
    '(today|tonight|tomorrow)',
  ],
  // A queue is the team's shared work, never one agent's: "I'm working through claims" promised as the agent's own what a
  // claims team, an editorial office or a depot does.
  rewrites: ["We're working through {thing|lower} as quickly as we can"],
  advice: 'Give the customer their own timeline: when you will reply or act, as a day or time.',
  examples: {
    flag: [
      {
        text: 'Rebooking requests are processed in the order they are received.',
        becomes: "We're working through rebooking requests as quickly as we can.",
      },
      { text: 'We handle all claims in the order they were received.', becomes: "We're working through all claims as quickly as we can." },
      {
        text: 'Refund requests are dealt with on a first-come, first-served basis.',
        becomes: "We're working through refund requests as quickly as we can.",
      },
    ],
    pass: [
      "I've put your rebooking at the front of my list, and you'll hear from me by 3pm.",
      'Your items were packed in the order you listed them.',
    ],
    paraphrases: {
      flag: [
        'Every ticket is picked up in turn by the next free advisor.',
        'Your repair has been queued behind older jobs.',
        'Claims get worked through in sequence.',
        'Your booking is in the queue behind the other requests.',
        'Appeals are looked at one by one, I am afraid.',
        'Honestly, new orders are dealt with in rotation.',
        'Repairs are completed in order of receipt.',
        'Missed collections are investigated in the order they are received.',
        "You'll be dealt with in turn.",
        'High demand is causing delays to all orders.',
        'Visits are scheduled according to priority.',
        'Due to high volumes, replies may take longer than usual.',
        'Because of unprecedented demand, orders are delayed.',
        'All tickets are answered strictly in the order they were received.',
        'We review applications on a first come first served basis.',
        'Due to the volume of applications we are currently experiencing delays.',
        "We're experiencing long delays on new connections.",
        'Because of the sheer number of claims, yours may take a while.',
        'Site surveys are booked in order of request.',
        'Permits are issued in date order.',
        'Bookings are confirmed in the sequence they arrive.',
        'Home visits are arranged based on nurse availability.',
        'We allocate repair slots according to engineer availability.',
        'Parcels are sent out when drivers are available.',
        'Tickets are released on a rolling basis.',
        'Valuations are scheduled based on surveyor availability within the region.',
      ],
      pass: [
        'I have put your repair at the front, ahead of the other jobs.',
        'Take the steps one by one, and call me if the light stays red.',
        'I dealt with your refund in turn with the return, and both went through today.',
        'The parcel is waiting behind the reception desk for you.',
        'We reply to every message within two hours, in the order they arrive.',
        'The queue for the ride is short in the mornings.',
        "I've put your rebooking at the front of my list, and you'll hear from me by 3pm.",
        'Your items were packed in the order you listed them.',
        'I have marked your repair as urgent, so the engineer comes tomorrow.',
        'In order to speed things up, I have booked the courier for you.',
        'Demand was high this week, but your order ships today.',
        'The volume control is on the left side of the headset.',
        "Due to the volume of your order we've split it into two boxes, both arriving Friday.",
        "We're experiencing delays on the M6, so your driver will be about 20 minutes later, around 11:20.",
        'The number of claims is down this month, so yours is already being looked at.',
        'In order to book, just reply with a time that suits you.',
        'Fittings are booked based on your availability, so pick any evening next week.',
        'I booked the engineer based on your availability: Thursday at 10am.',
        'Your invoices are listed in date order on the billing page.',
        'Claims are assessed in the order they arrive, within two working days.',
        'Your refund was sent when the return arrived, on 3 May.',
      ],
    },
  },
});
