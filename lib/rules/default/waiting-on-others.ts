import { defineRule } from '../define';

export default defineRule({
  id: 'waiting-on-others',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  title: 'Waiting on someone else, no time',
  description:
    'Ties the customer\'s wait to someone else\'s clock with no date: "We\'ll be in touch once we hear something.", "Lenders work to their own timescales.", "The contractor will attend when they have availability."',
  message: "Urgency: tying the wait to someone else's clock gives the customer no time at all; give a rough date and say when you will chase.",
  patterns: [
    // "once we hear something", "when we hear back"
    '(once|when|as soon as|until) (we|i|they) #Adverb? (hear|get|receive|have) (something|anything|back|more|news|an update|word)',
    // "when more information is available"
    '(when|once|as soon as|until) (more|further|new|any) (information|details|news|updates) (is|are|becomes|become) available',
    // "once a date becomes available"
    '(when|once|as soon as|until) (a|the|another) #Adjective? (date|slot|space|appointment|time|place) (becomes|is|comes) #Adverb? (available|free|up)',
    // "when they have availability", "once our schedule allows"
    '(when|once|as soon as) (they|we|he|she|the #Noun|our #Noun|their #Noun) (have|has) (availability|capacity|bandwidth|time|a slot|space|a gap)',
    '(when|once|as|whenever) (our|their|the) #Noun? (schedule|schedules|diary|diaries|rota|calendar) (allows|allow|permits|permit)',
    // "Lenders work to their own timescales."
    '(work|works|operate|operates|run|runs|set|sets) (to|on|by)? (their|its|his|her) own (timescales|timescale|timeline|timelines|schedule|timetable|pace|deadlines)',
    // "in line with our standard timescales", "processed in strict date order"
    '(in line with|within|according to|based on) (our|the|their) (standard|usual|normal|published|current) (timescales|timeframes|turnaround|processing times)',
    'in strict (date|chronological)? order',
    // "You'll want to wait for the next update."
    '(wait|waiting|hold off|hang on) (for|until) (the|a) (next|future|later|upcoming|coming|new) (release|update|version|build|patch|sprint|phase)',
    '(times|timescales|timeframes|waits|wait times) (can|may|do|will|often)? #Adverb? (vary|differ|fluctuate)',
    '(can not|do not|are unable to) (give|provide|share|confirm|offer) you? (a|an|any) (exact|firm|fixed|set|specific|precise)? (time|timeframe|eta|estimate)',
    // The same refusal of a time in any words: "We are not able to provide an estimated time for completion",
    // "We do not provide timeframes for compliance reviews", "I am unable to give a date".
    '(can not|do not|unable to|not able to) #Adverb? (give|provide|offer) you? (a|an|any)? (#Adjective|estimated)? (time|timeframes|eta|estimate|date|dates)',
    // "we cannot say when stock will arrive", "I can't tell you how long it will take"
    '(can not|unable to|not able to|do not know) #Adverb? (say|tell you|predict|confirm|know) (exactly)? (when|how long)',
    // "No estimated time is available at this stage", "we have no visibility on timescales"
    '^no (#Adjective|estimated|expected)? (time|timeframe|timescale|eta|date|estimate) (is|has been) #Adverb? (available|given|set)',
    '(have|has) no (visibility|idea|information|indication) (on|of|over|about|regarding) (the)? (timescales|timescale|timings|timing|timeframe|timeframes|when)',
    "(will|'ll) be (ready|done|fixed|back|sorted) when (it is|it's|they are|they're) (ready|done|fixed|back|sorted)",
    // "when we know more", "once they know anything"
    '(once|when|as soon as|until) (we|they) #Adverb? (know|learn|find out) (more|anything|something)$',
    // Times disowned as a guide: "Estimated times are only a guide and are subject to change".
    '(times|dates|estimates|timescales|timeframes|eta|etas) (are|is) #Adverb? (only)? (a guide|an estimate|estimates|approximate|indicative|subject to change)',
    // "They'll get there when they get there."
    'when (they|it|he|she) (get|gets) there$',
    '(when|once|until|as soon as) (the|our|their|he|she|they) #Adjective? #Noun? (delivers|replies|reply|responds|gets back|get back|sends|wraps up|finishes)',
    '(waiting on|waiting for) (his|her|their|the #Noun) (report|reply|response|decision|approval|confirmation) and (can not|could not) #Verb',
  ],
  unless: [
    '#Date',
    '(today|tonight|tomorrow|within|by|minutes|hours|#WeekDay|#Month)',
    '#Value (days|weeks|working days|business days)',
    "(i|we) (will|'ll|am going to) #Adverb? (chase|check|call|ring|email|update|message|text) .{0,4} (on|by|at|every|each|tomorrow|today)",
    // The agent's own promise to act on the news: "I'll email you as soon as we hear back."
    "(i|i'll) (will)? #Adverb? (email|call|ring|text|message|update|write to) you? (as soon as|once|when|the moment)",
    '(i will|i) #Adverb? (let you know|tell you|update you|call you|text you|email you|ring you|message you)',
    'i .{1,12} (and|then) (let|keep) you (know|posted|updated)',
  ],
  rewrites: [],
  advice: 'Give a rough time even if it depends on someone else ("usually within 5 working days"), and say when you will chase them yourself.',
  examples: {
    flag: [
      { text: "We'll be in touch once we hear something.", becomes: null },
      { text: 'Lenders work to their own timescales.', becomes: null },
      { text: 'The contractor will attend when they have availability.', becomes: null },
    ],
    pass: ["I'll be in touch once I hear from the warehouse, and by Friday either way.", 'The contractor will attend on Tuesday between 8 and 12.'],
    paraphrases: {
      flag: [
        'We will provide an update when more information is available.',
        'We will be in contact once a date becomes available.',
        'The surveyor will visit once our schedule allows.',
        'Transfers are processed in strict date order.',
        'Your claim is being assessed in line with our standard timescales.',
        "You'll want to wait for the next update.",
        'Insurers set their own timescales, so there is nothing to add.',
        'Someone will ring you when they hear back from the bank.',
        'Shuttle times can vary at peak periods.',
        "Sorry, we can't give an exact time.",
        "It'll be ready when it's ready.",
        "We'll update you when we know more.",
        'The team will come back to you once they know anything.',
        "Nothing yet, we'll be in touch as soon as we find out more.",
        'Estimated times are only a guide and are subject to change.',
        'Delivery times are estimates only.',
        'Appointment times are approximate.',
        "They'll get there when they get there.",
        'Your prescription will be ready when the wholesaler delivers.',
        "They'll work on a fix as soon as their current sprint wraps up.",
        "We can't move it forward until he gets back to us.",
        "We're waiting on his report and can't move it forward.",
        'The refund goes out once the airline responds.',
        'The claim stays open until the garage sends the invoice.',
        'We are not able to provide an estimated time for completion.',
        'We do not provide timeframes for compliance reviews.',
        'No estimated time is available at this stage.',
        'Unfortunately we have no visibility on timescales.',
        "Honestly, we can't say when stock will arrive.",
        "The lab can't give dates for results.",
      ],
      pass: [
        'I will ring you by 5pm today, whether or not we hear back.',
        'Once we hear from the bank, usually within 2 working days, I will call you.',
        'The next update is out on Thursday and fixes the crash.',
        'The lender works to a 10-day timescale, so your offer should come by the 14th.',
        'Once you have the code, enter it on the first screen.',
        'When you have a moment, could you send the photo?',
        'A new slot is available at 3pm, shall I book it?',
        "I'll email you as soon as we hear back.",
        'Times vary by a few minutes, so the driver will text you 10 minutes before.',
        "I can't give an exact time yet, but I will call you by 4pm today with one.",
        "I'll update you when I know more, and either way I'll message you by 4pm today.",
        'When we know more about your trip we can suggest a plan.',
        "I'll email you as soon as we know more.",
        'Delivery times in the app are now live, so you can watch the van.',
        "The estimate is \u00a3120, and I'll confirm the final price by Friday.",
        "Text me when they get there and I'll confirm the booking.",
        "If YouTube asks for proof before then, I'll let you know as soon as I hear back from the agency.",
        "I'll text you as soon as the driver replies, and by 4pm either way.",
        'The wholesaler delivers at 8am tomorrow, so it will be ready by 10.',
        "Once the airline responds, I'll email you the same day.",
        'I have chased the garage and the invoice arrives on Friday.',
        "When you reply, I'll book the engineer.",
        'The team finished the repair this morning.',
        "I can't give you a date yet, but I'll call you on Thursday with one.",
        'We do not provide refunds for used tickets, but I can move yours to Saturday.',
        'You do not need to give a time, the driver calls ahead.',
        'I have no idea how it slipped through, and I have fixed it.',
        "We can't say when exactly, but it will be before 5pm today.",
        'There is no time limit on returns for members.',
      ],
    },
  },
});
