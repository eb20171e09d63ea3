import { defineRule } from '../define';

export default defineRule({
  id: 'when-we-get-a-chance',
  kind: 'phrase',
  principle: 'urgency',
  severity: 'suggestion',
  message: 'Urgency: "when we get a chance" tells the customer they are at the back of the queue; commit to a time instead.',
  phrases: [
    'when we get a chance',
    'when we get the chance',
    'when we get round to it',
    'when we get around to it',
    'when we have time',
    'when we have a moment',
    'when we have a minute',
    'when time permits',
    'as time permits',
    'as and when we can',
    'as and when possible',
    'when someone is available',
    'when someone becomes available',
    'when an agent is available',
    'when an agent becomes available',
    'when a member of staff is available',
    'once someone is available',
    'once an agent is available',
    'when resources allow',
    'when resources permit',
  ],
  unless: [
    // A date, but not the bare "day" of "when the workshop has a free day" (session 41); a named day still excuses. A past
    // day or a season is no time for the wait either ("As I said yesterday, …", "once the season quietens down").
    '(#Date && !day && !yesterday && !season && !seasons)',
    '(same|next|that|following|working|business|one|a) day',
    '(today|tonight|tomorrow|within)',
    '(#WeekDay|#Month|#Time)',
    // Already happened: "it was sorted eventually".
    '(#PastTense|did|was|were|had) .{0,5} eventually$',
    '(#PastTense|did|was|were|had) .{0,5} eventually (and|but|so|then|because|as)',
    // A conditional offer, not a wait: "if there is a cancellation, I'll ring you".
    "^if .{1,8} (i|we) (will|'ll) #Adverb? (ring|call|text|email|message|phone) you",
    // The customer's own pace or news is theirs to set: "when things calm down for you, reply here".
    '(calm|calms|settle|settles|ease|eases|quieten|quietens) (down|off)? for you',
    '(let me know|let us know|tell me|tell us|message us|message me|reply here|reply to me|reply to us)',
  ],
  patterns: [
    // Room in someone's diary, by whoever has it or as "there is" ("when the workshop has a free day", "when there's a gap in
    // the schedule", "if there is a cancellation"). Session 41: before, only "when they have availability".
    '(when|once|until|if) (there|they|he|she|someone|somebody|the #Noun+|our #Noun+|a #Noun) (is|are|has|have|gets|get) (a|an|any|some|more|the)? (availability|capacity|space|spaces|slot|slots|gap|opening|cancellation|cancellations|window|free day|spare day|free slot|spare slot|free space|earlier slot)',
    'in the next available (cycle|slot|window|run|batch|round)$',
    // Waiting on one person's return: "when he's next in", "once the locksmith is back from leave".
    '(when|once|until) (he|she|they|someone|somebody|the #Noun+|our #Noun+) (is|are) #Adverb? (next|back) (in|on|at|from|in the office)?',
    // Waiting for a quieter time: "once the season quietens down".
    '(when|once|until) (the|our) #Noun (quietens|quiets|calms|dies|eases|settles|slows|quieten|quiet|calm|die|ease|settle|slow) (down|off)',
    // Waiting for a gap: "when a slot frees up" (a conditional offer, "if a slot opens up I'll ring you", is not a wait).
    '(when|once|whenever) (a|an|one) (slot|space|gap|appointment|spot|place|engineer|technician)? (frees|opens|comes|becomes|free|open) (up|free|available)?',
    // Waiting on a delivery or an allocation with no date: "once the part arrives", "when one is allocated", "upon release".
    // "once the part is received and fitted" is matched up to "is": the flag stays, and the safety net refuses the cut that
    // would leave "…returned received and fitted" (the card is advice).
    '(once|when|whenever|as soon as) (the|a|an|our|their) #Adjective? (part|parts|component|stock|spares) (arrives|arrive|comes|come|lands|land|is|are) (in|back)?',
    '(when|once|whenever) (one|it|a date|a slot|the job|job|an engineer|a technician|a driver) (is|has been|gets) #Adverb? (allocated|assigned|released|scheduled)$',
    '(once|when) (billing|finance|accounts|underwriting|the #Noun) (have|has) #Adverb? (reviewed|approved|assessed|checked) (it|this|the #Noun)?$',
    'upon (release|allocation|assignment)$',
    // A promise that ends on "eventually": "they'll get back to us eventually".
    'eventually$',
    // …or with more of the sentence after it: "they'll get back to us eventually and we'll book you in then".
    'eventually (and|but|so|then|because|as)',
    // Their own pace: "they will action it in their own time", "when she is able to".
    'in (their|our|his|her|its) own (good)? time',
    '(when|once) (he|she|they|someone|somebody) (is|are) (able|free) to$',
    '(when|once|as soon as) (we|someone|somebody|they|the team|an agent) (get|gets|has|have|find|finds) (a|the)? (chance|moment|minute|time)',
    '(when|as) (time|resources|workload|capacity) (allows|allow|permits|permit)',
  ],
  rewrites: [''],
  examples: {
    flag: [
      { text: "We'll look into it when we get a chance.", becomes: "We'll look into it." },
      { text: 'When an agent becomes available, they will call you.', becomes: 'They will call you.' },
      { text: 'The team will review your file as time permits.', becomes: 'The team will review your file.' },
    ],
    pass: ["Could you send the photos when you get a chance?", "I'll call you today at 3pm, when the engineer is available."],
    paraphrases: {
      flag: [
        "We will release more dates for next season eventually.",
        "It will be looked into when the accounts person is back.",
        'We can squeeze you in if there is a cancellation.',
        'The depot will find it eventually and send it on.',
        "The quote goes out once the site manager is back in the office.",
        'The contractor will attend when they have availability.',
        'Your payment will go out in the next available cycle.',
        'The installer will pop round when he is next in the area.',
        "We'll sort your refund once the rush dies down.",
        'Honestly, an engineer will be booked when a slot opens up.',
        'Someone will ring you when a space becomes free.',
        'The supplier will reply in their own good time.',
        'Our surveyor will visit when she is able to.',
        'Your keys will be cut once the locksmith is back from leave.',
        'The devs will pick it up when they find the time.',
        'Someone will look at it when time allows.',
        'As and when we can, we will update the page.',
        'Our team will reply once somebody gets a chance.',
        'We will review your file as workload permits.',
        'When we get round to it, the parcel will be re-sent.',
        'Your new handset will be sent out once the stock comes in.',
        'As soon as the spares arrive, a mechanic will fit them.',
        'We will confirm your slot when one is allocated.',
        'The installer will call once a date has been scheduled.',
        'Your credit will be applied once finance has reviewed it.',
        'The firmware will be available upon release.',
        'Somebody from the depot should ring you eventually.',
        'Our reply will come whenever a space frees up.',
      ],
      pass: [
        "As I said yesterday, we will ring you on Friday when the slot frees up.",
        'I have booked you into the next available slot, Tuesday at 9am.',
        'If there is a cancellation, I will ring you straight away.',
        'It arrived eventually and I have refunded the postage.',
        'When you have space on your calendar, reply here and I will send times.',
        'I will call you the moment she is back on Monday at 9am.',
        'Take it in your own time, there is no rush.',
        'When things calm down for you, reply here and we will pick a date.',
        'If a slot opens up before Friday, I will ring you straight away.',
        'I have booked the first slot that opened up: Thursday at 2pm.',
        'When he is back tomorrow, Sam will ring you before noon.',
        'If anything comes up with the order, just reply here.',
        'Could you send the photos when you get a chance?',
        "I'll call you today at 3pm, when the engineer is available.",
        'When you have a moment, just reply with your address.',
        'I have time on Friday at 10am for a call.',
        'As time goes on, the battery will hold more charge.',
        'Take all the time you need.',
        'The part arrived this morning, so the engineer comes at 2pm.',
        'Once the part arrives on Thursday, Kasia will fit it that afternoon.',
        'It was sorted eventually, and I have refunded the fee.',
        'When one is allocated, you can swap it in the app at any time.',
        'Your locker code is sent as soon as the parcel is in, usually within the hour.',
        'I will ring you tomorrow once the stock has landed.',
      ],
    },
  },
});
