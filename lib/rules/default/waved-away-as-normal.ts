import { defineRule } from '../define';

export default defineRule({
  id: 'waved-away-as-normal',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  title: 'Waves the problem away as normal',
  description:
    'Calls what happened to the customer normal, within limits or standard practice, in any position in the sentence: "…, this is normal.", "This is within normal timescales.", "Outages of this kind are not unusual.", "Older buildings do experience some damp."',
  message: 'Empathy: "this is normal" or "within normal timescales" tells the customer their trouble does not count; say you are sorry it happened to them, then why and what helps.',
  // thats-expected holds the sentence-start forms; these are the same habit at a clause's end, in measured words
  // (timescales, limits) and in "not unusual", which the anchored patterns there do not reach.
  patterns: [
    // Normal "in the first weeks": "Fish losses in the first week are quite common".
    '(is|are) (quite|very|fairly|pretty|really)? (common|normal|usual|typical|expected) (in|during|for|within|over) (the|a) (first|early|initial|settling)',
    // It just happens: "Minor nicks can occasionally occur", "Leaks do happen sometimes".
    '#Plural (can|may|do|will) #Adverb? (occur|happen) (with|when|in|during|from time to time|at times|sometimes)?',
    '(this|that|it|which) is #Adverb? (normal|expected|standard|usual|typical)$',
    '(is|are|was|were) #Adverb? (within|in line with) (the|our)? (normal|expected|standard|usual|agreed|published) (timescales|timescale|timeframes|timeframe|limits)',
    '(is|are|was|were) #Adverb? (within|in line with) (the|our)? (normal|expected|standard|usual|agreed) (range|parameters|tolerances|levels)',
    '(is|are|was|were) #Adverb? not (unusual|uncommon|abnormal|unexpected|out of the ordinary)',
    '(is|are) #Adverb? (standard|normal|common|usual|accepted|routine) (practice|procedure) (across|in|throughout|for|within|at)?',
    '(do|does) #Adverb? (experience|suffer|develop|get) (some|a little|a bit of|minor|occasional)',
    '(#Noun && !#Pronoun) (can|will|may) #Adverb? (experience|suffer|develop|pick up|sustain) (some|a little|a bit of|minor|occasional|the odd)',
    // Session 40: the harm, with where or when it happens, called common as the answer: "Swirls on black paint are really
    // common", "Fish losses in the first week are quite common". Plural and bare only: "A little sickness in the first
    // day after an anaesthetic is normal" and "A day or two of sleepiness…" reassure in warm vets' replies.
    '^#Noun? #Plural (in|on|during|after|with|from|at) .{1,3} are #Adverb? (common|normal)',
    '(this|that|it) is (what|just what) (happens|tends to happen) (when|if|with|after)',
    '(large|big|older|bigger) #Plural (take|takes) (longer|a while|more time)',
    // The harm filed under the activity's risks: "Falls are an inherent risk of riding", "Players accept the risk of impact".
    '(is|are|was|were) #Adverb? (a|an)? (inherent|accepted|known|normal|unavoidable) (risk|risks|part|hazard|hazards) of',
    '(players|riders|guests|customers|participants|visitors|members|climbers|users) #Adverb? (accept|assume|take on) the (risk|risks) of',
    // The harm called normal with its circumstance, any subject: "Incidents between children are common at this age",
    // "Headaches are normal during the adaptation period", "minor bruising is expected".
    // Plural harms only: "one yellow leaf is normal after…", "a decision is expected in…" reassure or tell the time.
    '#Plural are #Adverb? (common|normal|usual|typical) (at|during|in|for|with|after|when|on|while) (this|that|the|a|an|such|busy|these|#Value)',
    '(minor|some|slight|occasional|light|mild) #Noun (is|are|can be) #Adverb? (expected|normal|common|usual|to be expected)$',
    // It just happens, said of the customer's harm: "It's rush hour, delays happen", "Flight times can vary on busy days".
    '#Plural #Adverb? (happen|occur)$',
    '#Noun (can|may|do|will) #Adverb? vary (on|in|during|between|by|with|from|at|depending)',
    // Session 29: the grievance called part of what the customer signed up for: "Delays are all part of the travel experience".
    '(queues|delays|waits|waiting|noise|crowds|hiccups|breakdowns|glitches) (is|are) #Adverb? all? part of the (#Adjective|#Noun)',
    // Session 38: the harm said to happen to anyone, at times: "incidents happen from time to time", "Redness can happen
    // after any hair removal", "Delays can occur during peak season" ("Delays" often read as a verb), "Sickness is something
    // that can unfortunately happen".
    '#Plural #Adverb? (happen|occur) (from time to time|at times|occasionally|now and then|now and again|every so often)',
    '^#AtMention? (#Noun|delays|faults|glitches|errors) (can|may|do) #Adverb? (happen|occur) (after|with|during|in|at|on|when|from|to anyone|sometimes|occasionally)',
    '(is|are) #Adverb? (something|a thing|things) (that|which)? (can|does|do|may|will) #Adverb? (happen|occur)',
    // Session 41: the harm filed as part of the activity, any subject: "Bumps are part of learning to skate", "Missed
    // connections are part and parcel of rail travel", "A bit of mud is part of the experience". Not a negation ("Fences
    // aren't part of your cover") nor what the service includes ("Fitting it is all part of the service").
    '(!#Pronoun) are (#Adverb && !not)? (all|just|simply|only)? part of (#Gerund|#Noun)',
    '(is|are|was|were) #Adverb? (all|just|simply)? part and parcel of',
    '(!#Pronoun) are (#Adverb && !not)? (all|just|simply|only)? part of the (fun|experience|adventure|charm|territory|game|sport|deal|job)',
    // A singular harm only by its amount ("The boat ride is part of the experience" is what the trip includes).
    '(a bit of|a little|the odd|some) .{0,2} is #Adverb? (all|just|simply)? part of the (fun|experience|adventure|charm|territory|game|sport|deal|job)',
    // The worry waved away, anywhere in the sentence: "There's honestly nothing to worry about", "There is therefore no
    // cause for concern", "The warning light is nothing to worry about".
    '(is|are) #Adverb? (therefore|thus|so)? #Adverb? (nothing|no cause|no reason|no need) (to worry about|for concern|for alarm|to be concerned|to be alarmed|to be worried)',
    // …or called harmless in so many words, as the sentence's news: "Discoloured water is not harmful", "The residue isn't
    // dangerous". Not said of "it" after the cause ("…limescale, so it is not dangerous, but please turn it down").
    '^(!#Verb){1,5} (is|are) #Adverb? not (harmful|dangerous|hazardous|toxic|a health risk)',
  ],
  unless: [
    '(sorry|apologise|apologize|frustrating|annoying|understand)',
    // Feelings called normal reassure: "Nerves before surgery are completely normal", "Questions about billing are common".
    '(nerves|worries|worry|questions|feelings|anxiety|concerns|doubts|jitters) .{0,5} (is|are) #Adverb? (common|normal)',
    '(i|we) (have|will|can|am|are|had) #Adverb? (fixed|fixing|sent|booked|added|refunded|escalated|working|going|raised|asked|checked|released|cancelled|canceled|sorted|reset|replaced|stopped|credited|reversed|removed)',
    '(to feel|to be) (nervous|worried|anxious|unsure|confused)',
    '(normal|natural|expected|fine|common|unusual|uncommon) to (feel|be|worry|ask|want|wonder|have|need)',
    '(and|but|so) (i|we|our|the fix|a fix|an update)',
    '(no worries|not at all|do not worry|no problem)',
    '(for your|to keep your|to protect your) (security|safety|account|data)',
    '^(your|my) #Noun+ .{0,4} (is|are|was|were) #Adverb? (normal|within)',
    '(should|will|usually|normally) #Adverb? (settle|go|fade|stop|clear|disappear|ease|wear off|pass)',
    // The phase passing, said of the one it happens to: "they colour back up within a day or two", "most pick up by week two".
    '(colour|color|perk|pick|warm|brighten|cheer) (back)? up (within|by|after|in)',
    // A result inside its range is good news, not a fault waved away: "everything is within the normal range". Said of
    // the fault itself ("The rattle is within the normal range for this model") it is the rule's own case.
    '(results|result|levels|level|readings|reading|counts|count|bloods|everything) .{0,3} (within|in) the (normal|healthy|reference|expected|usual) range',
    // …and the results themselves normal, given as the reason: "Your results came back normal, so there's nothing to be concerned about".
    '(results|result|tests|test|scan|scans|bloods|readings|levels|x-ray|x-rays) .{0,3} (normal|clear|fine|negative|healthy)',
    // Common, but not to be borne: "Pain like this is common in the first weeks but it isn't something you have to put up with".
    'not something (you|they|he|she) (have|has|need|needs|should) to? (put up with|live with|accept|ignore)',
    // …or with the limit past which it is not normal: "…, but it shouldn't go on longer than a week".
    '(should|will|must) not (go on|last|continue|carry on) (longer|more|beyond|past|for more)',
    // Reassurance about a feeling, not a fault waved away: "Lots of people feel nervous beforehand, and that's completely normal."
    '(feel|feels|feeling|felt) .{0,2} (nervous|anxious|worried|scared|unsure|embarrassed|overwhelmed|emotional|tired|sore|shy|lonely|homesick|unsettled)',
    // A tip about what to expect next, not a harm waved away: "Rain is common at this time of year, so bring a coat".
    'so #Adverb? (bring|pack|wear|take|plan|allow|book|remember)',
    '(if|when|whenever|in case) .{0,4} (happen|happens|occur|occurs)$',
    // Harmless given as the reason after its cause, with the care that follows: "…limescale, so it is not dangerous, but…".
    '(so|and|but|which) (it|they|this|that) (is|are) #Adverb? not (harmful|dangerous|hazardous|toxic)',
  ],
  rewrites: [],
  advice: 'Say you are sorry it happened to them first, then explain why it happens and what will help.',
  examples: {
    flag: [
      { text: 'Sir your SIM is blocked after three tries, this is normal.', becomes: null },
      { text: 'This is within normal timescales.', becomes: null },
      { text: 'Outages of this kind are not unusual during a migration.', becomes: null },
    ],
    pass: [
      "It's completely normal to feel nervous before a first scan.",
      'Your blood pressure is within the normal range, so there is nothing to do.',
    ],
    paraphrases: {
      flag: [
        'Spillages happen from time to time on busy nights.',
        'Irritation can happen after any laser session.',
        'Lost luggage is something that can happen on connecting flights.',
        'Delays are all part of the travel experience.',
        'Crowds are part of the fun at a festival this size.',
        "Waiting is part of the process, I'm afraid.",
        'Headaches are very common during the first fortnight.',
        'Leaks do happen sometimes with older pipes.',
        'Scratches can occasionally occur in transit.',
        'Some soreness is normal in the first few days.',
        'Sadly, delays will happen in winter.',
        'Power cuts may occur during storms.',
        'Faults of this nature take 10 working days, so this is within normal timescales.',
        'Delays of a few days are not uncommon in December.',
        'This is standard practice across the industry.',
        'Older buildings in the city do experience some condensation in winter.',
        'That is what happens when the filter is not cleaned.',
        'Large files take longer to process.',
        'The noise you hear is the pump, which is normal.',
        "Falls are an inherent risk of riding.",
        "Bruising is a known risk of the procedure.",
        "Players accept the risk of impact when signing the waiver.",
        "Delays are an unavoidable part of winter travel.",
        "Scratches are a normal part of using a cast iron pan.",
        'Incidents between children are common at this age.',
        'Headaches are normal during the adaptation period.',
        'Minor bruising is expected.',
        "It's rush hour, delays happen.",
        'Flight times can vary on busy days.',
        'Battery range will vary depending on the terrain.',
        // The phase not said to pass, and a feeling that is no feeling word, stay flagged.
        'Pale gills are really common for the first day after a journey.',
        'Some leaking is very common for the first term of use.',
        // A range said of the fault itself is the fault waved away.
        'The humming from the compressor is within the normal range for this unit.',
        "Honestly that amount of fan noise is well within the expected range, there's nothing to worry about.",
        'Bumps and bruises are part of learning to skate.',
        'A bit of mud is part of the experience!',
        "There's honestly nothing to worry about.",
        'The warning light is nothing to worry about.',
        'Tumbles are part of climbing and every member accepts that.',
        'The white residue is not harmful.',
      ],
      pass: [
        "Irritation can happen after laser, so I've booked you a free check-up on Monday.",
        'Stargazing is part of the experience, so bring a blanket.',
        "Pale and still is really common for the first day, and they colour back up within a day or two.",
        "Pain like this is common in the first weeks but it isn't something you have to put up with.",
        "Moving at eight is a big thing, and it's very common for the first term to feel lonely.",
        'Your results are back and everything is within the normal range.',
        'The tasting is part of the tour and is included in your ticket.',
        "A little stiffness can happen with a new mattress, but it shouldn't go on longer than two weeks.",
        'Delays do happen, and I am sorry this one hit your wedding day.',
        'Headaches are common in the first week, so I have booked you a check with the optician on Monday.',
        'Thank you for telling us what happens when you press the button.',
        'The first week is free.',
        'Mistakes can happen, and this one was ours, so I have refunded you.',
        'Sunny days are common in June, enjoy the trip!',
        'It\'s standard practice to ask for ID for your security, and it only takes a minute.',
        'A little swelling after the extraction is expected, and it should settle in two or three days.',
        "It's not unusual to feel unsure, so I've booked you a call with the nurse.",
        'That is not normal, and I am sorry it happened.',
        'Your readings are within the expected range.',
        "Sorry, this is normal after the update, and I've sent a fix.",
        'No worries, this is normal!',
        'Standard delivery is free on orders over £20.',
        'Large parcels take longer, so I have paid for the faster courier.',
        "Falls are an inherent risk of riding, and I am so sorry it happened to your daughter.",
        "Is bruising a known risk of the procedure?",
        "We take on the risk of the delivery, so a refund is on its way.",
        "The riders accepted the changes happily.",
        "Lots of people feel a bit nervous beforehand, and that's completely normal.",
        'One yellow leaf is normal after a few days in a dark box.',
        'A decision is expected in the next two weeks.',
        'Tell me if any more delays happen.',
        'Prices can vary between stores, so I have matched the lower one for you.',
        'Some bruising is expected, and it should fade within a week.',
        "Your son's reading is normal for his age.",
        'Refunds are usual in this case, and I have sent yours today.',
        "Fitting the new hinge is all part of the service, so there's no charge.",
        "Fences aren't part of your buildings cover, so I can't pay for this one, but I can pay for the shed.",
        "There's nothing to worry about, because I've already cancelled the duplicate payment.",
        "Your scan came back clear, so there's nothing to be concerned about.",
        "The cable car ride is part of the experience, and it's included in your ticket.",
      ],
    },
  },
});
