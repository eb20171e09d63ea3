import { defineRule } from '../define';

/**
 * Session 52 (issue #10), by meaning: the customer's account doubted, with other customers' silence, our staff's record
 * or plain disbelief as the evidence ("no other guests have reported a problem", "Everyone else seemed to enjoy it",
 * "I find that hard to believe", "we have no reason to believe it left us damaged", "he is very experienced"). Found on
 * tune half A in several files in different words; the pack knew the head words ("report", "have", "find") only in other
 * shapes. Doubting what they lived through tells them they are not believed; the fix is to take their account as given.
 */
export default defineRule({
  id: 'others-had-no-problem',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Their account doubted',
  description:
    'Doubts what the customer says happened, with other customers, our staff\'s record or plain disbelief as the proof: "no other guests have reported a problem", "everyone else seemed to enjoy it", "I find that hard to believe".',
  message: 'Respect: pointing to other customers or to our record tells them we doubt their account; take what they say as given and look into it.',
  patterns: [
    // Other customers' silence as the proof: "No other guests have reported a problem", "Nobody else has complained".
    '(no|not any) other #Adjective? #Noun+ (has|have|had) #Adverb? (reported|complained|raised|mentioned|flagged|experienced|noticed|had)',
    // "Had" only with a problem: "Nobody else had access to the parcel" is the customer's safety, not their account doubted.
    '(nobody|no one|noone) else .{0,4} (reported|complained|raised|mentioned|flagged|experienced|noticed)',
    '(nobody|no one|noone) else .{0,4} (had|having) (a|an|any|the|this|that|these|those)? #Adjective? (problem|problems|issue|issues|trouble|complaint|complaints|difficulty|difficulties|fault|faults)',
    // Other customers' pleasure as the proof: "Everyone else on the session seemed to enjoy it".
    '(everyone|everybody) else .{0,4} (seemed|seems|appeared|appears) to #Adverb? (enjoy|like|love|be|have)',
    '(everyone|everybody) else .{0,4} (enjoyed|loved|liked|was happy|was fine|had no)',
    '(all|every) (the)? other #Noun+ (seemed|seem|were|was) #Adverb? (happy|fine|satisfied|delighted)',
    // The customer as the odd one out: "You're the only customer to have complained".
    // The verb says what they raised: "the first customer to have booked our new suite" is praise.
    '(you are|you were) the (only|first) (one|person|customer|guest|client|patient|member|diner|passenger|parent|user) (to|who|that) (have|has|had)? #Adverb? (complained|complain|reported|report|mentioned|mention|raised|raise|noticed|notice|experienced|experience|claimed|claim|said|had)',
    '(we|i) (have|had)? #Adverb? never (had|received|seen|heard of) (a|any|another|one)? (complaint|complaints|report|reports|issue|issues|problem|problems) (like|about|of|with) (this|that|it)',
    // Plain disbelief: "I find that hard to believe", "we have no reason to believe the item left us damaged".
    '(i|we) #Adverb? find (that|this|it) #Adverb? (hard|difficult) to (believe|accept)',
    '(i|we) (have|see|had) no reason to (believe|think|suspect) (that|the|our|it|this|anything|any)',
    // Our staff's record as the proof: "he is very experienced", "Our chef has cooked over 2,000 hogs".
    '^(he|she|they) (is|are) #Adverb? (very|highly|extremely|fully|really) (experienced|qualified|skilled)$',
    '(our|the) #Noun+ (has|have) #Adverb? #PastTense (over|more than|well over) #Value',
  ],
  unless: [
    // Said with an apology, a thank-you or what the agent is doing about it, the comparison is context, not doubt.
    '(sorry|apologise|apologize|apologies|thank you|thanks|glad you told|appreciate you)',
    "(i|we) (have|'ve|will|'ll|am|'m|are|'re) #Adverb? (asked|looking|checking|sent|refunded|booked|passed|arranged|replaced|check|look|send|refund|book|arrange|replace|investigating|investigate|raised|raise)",
    // Reassurance, not a comparison: "No other charges have been added", "Nobody else can see your details".
    '(no|not any) other (charges|fees|costs|changes|payments|details|orders|bookings)',
    // Our team's workload, no record held up against theirs (session 53): "Our team has answered over 500 messages today!"
    '#PastTense (over|more than|well over) #Value (messages|calls|emails|tickets|queries|enquiries|requests|chats|orders|customers)',
  ],
  rewrites: [],
  advice: 'Take their account as given: say what you will check and when you will come back to them ("Thank you for telling us; I have asked the chef to look at Saturday\'s batch and will call you by 5pm").',
  examples: {
    flag: [
      { text: 'No other guests have reported a problem with the room.', becomes: null },
      { text: 'Everyone else on the course seemed to enjoy it.', becomes: null },
      { text: 'I find that hard to believe.', becomes: null },
    ],
    pass: [
      "Thank you for telling us; no other guests have reported it, so I'm glad you did, and I've asked housekeeping to check the room.",
      'No other charges have been added to your account.',
      'I believe you, and I have asked the driver for his photos.',
    ],
    paraphrases: {
      flag: [
        'Nobody else has complained about the noise.',
        'No one else is having this issue with the app.',
        'Everybody else enjoyed the tasting menu.',
        "You're the only customer to have complained about the coffee.",
        'We have never had a complaint like this before.',
        'Honestly, we find it hard to believe that the box arrived open.',
        'We have no reason to believe the item left our warehouse damaged.',
        'He is very experienced.',
        'Our groomer has trimmed over 3,000 dogs.',
        'All the other parents seemed happy with the trip.',
      ],
      pass: [
        'Nobody else can see your card details.',
        "You're the first person to spot that typo, thank you!",
        "I'm sorry, we have never had a complaint like this, so I've asked the kitchen to check the batch.",
        'Everyone else in your party has been refunded too.',
        'I find it easier to call, so I will ring you at 3pm.',
        'She is very experienced with this model, so she will call you tomorrow.',
        'No other action is needed from you.',
        'Our team has shipped your replacement today.',
        'Our team has answered over 500 messages today!',
      ],
    },
  },
});
