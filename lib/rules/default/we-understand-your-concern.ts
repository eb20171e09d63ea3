import { defineRule } from '../define';

/** How a situation is said to feel, in a stock line (two lists: pattern length). */
const FEELINGS = ['(frustrating|annoying|upsetting)', '(disappointing|stressful)', '(difficult|inconvenient)', 'distressing'];

export default defineRule({
  id: 'we-understand-your-concern',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  message: 'Empathy: "We understand your concern" is stock wording that can sound like a form letter; saying it as yourself, with what you will do, sounds like you mean it.',
  description:
    'Stock empathy said as a whole sentence and left there: "We understand your frustration.", "I completely understand your concern regarding the delay.", "We appreciate your frustration." A sentence that goes on to what the agent does ("…, and I have booked…") is real acknowledgement and passes.',
  patterns: [
    '(we|i) (do|can)? #Adverb? (understand|appreciate|acknowledge) your [<feeling>(concern|concerns|frustration|disappointment|worry|worries)]$',
    '(we|i) (do|can)? #Adverb? (understand|appreciate|acknowledge) your [<feeling>(feelings|annoyance|dissatisfaction|situation|position)]$',
    '(we|i) (do|can)? #Adverb? (recognise|recognize) your [<feeling>(concern|concerns|frustration|disappointment|worry|worries|situation)]$',
    '(we|i) (do|can)? #Adverb? (understand|appreciate) your [<feeling>(concern|concerns|frustration|disappointment)] [<about>(about|regarding|over|with) .{1,5}]$',
    '(we|i) (do|can)? #Adverb? (understand|appreciate) your [<feeling>(worry|worries|feelings|annoyance)] [<about>(about|regarding|over|with) .{1,5}]$',
    '(we|i) (do|can)? #Adverb? (understand|appreciate|realise) (that)? (this|it) (may be|might be|must be|is) #Adverb? (frustrating|annoying)$',
    '(understand|appreciate|realise|realize) (that)? this (is|was) not the (answer|news|outcome|response) you (were|had been) (hoping|looking) for',
    '(we|i) (do|can)? #Adverb? (understand|appreciate) (that|how) (this|that|it) #Modal? (is|be|has been) #Adverb? (frustrating|annoying|disappointing)$',
    // The feeling named by nobody: "I totally understand how you feel.", "We appreciate how frustrating this must be."
    '^(we|i) (do|can)? #Adverb? (understand|appreciate|know) how you (feel|must feel|are feeling)$',
    '^(we|i) (do|can)? #Adverb? (understand|appreciate|imagine) how (frustrating|upsetting|stressful|annoying|difficult) (this|that|it) (must be|is|has been)$',    // Session 29: the same stock line in any tense, hedge or verb of knowing: "We understand this may have been
    // frustrating", "I appreciate that this was a stressful experience for you", "We totally get how annoying that can be!"
    ...FEELINGS.map((f) => `^(we|i) #Adverb? (understand|appreciate|get) that? (this|that|it) #Modal? (have|has)? (is|be|been|was) .? ${f} #Noun? (for you)?$`),
    // Session 38: a bare "I understand." standing as its own sentence, before the policy or the record that follows.
    '^(we|i) (do|completely|totally|fully|really)? (understand|hear you|get it)$',
    ...FEELINGS.map((f) => `^(we|i) #Adverb? (understand|appreciate|get|imagine) how #Adverb? ${f} (this|that|it) #Modal? have? (is|be|been|was)$`),
    // Session 41: the same line going on to nothing done for them: "We understand your concern, and the matter has been
    // passed on", "I completely understand your concerns and have noted them". No capture: advice only, as the sentence
    // goes on past what the rewording would replace.
    // Only where it goes on to a note or a hand-on: "…, and the courier sets the slots" is understand-but's own rewording.
    // What is noted is the concern itself (a pronoun, "on", the feedback, or nothing after it), not a detail the agent
    // confirms (review 41: "…and have noted the new address" is a record, not a stock line).
    '(we|i) (do|can)? #Adverb? (understand|appreciate|acknowledge) your (concern|concerns|frustration|disappointment|worry|worries) and .{0,4} (passed|noted|logged|forwarded|recorded|shared|referred|raised|fed back|registered) (it|them|this|these|that|on|along|up|back|to|with|all|#Adverb|your feedback|your comments|your concern|your concerns|your complaint|your views)',
    '(we|i) (do|can)? #Adverb? (understand|appreciate|acknowledge) your (concern|concerns|frustration|disappointment|worry|worries) and .{0,4} (passed|noted|logged|forwarded|recorded|shared|referred|raised|fed back|registered)$',
    // The concern noted under another name (review 42): "…and have logged the issue", "…and have passed the matter on".
    '(we|i) (do|can)? #Adverb? (understand|appreciate|acknowledge) your (concern|concerns|frustration|disappointment|worry|worries) and .{0,4} (passed|noted|logged|forwarded|recorded|shared|referred|raised|fed back|registered) (the|this|that|your) (issue|issues|matter|feedback|complaint|complaints|problem|case|comments|concern|concerns)',
  ],
  unless: [
    '(however|but|nevertheless|nonetheless)',
    // The feeling named and then met with what the agent did: "…frustrating, and I've refunded the fee today."
    // Passing it on or noting it is not doing something: "…, and I've passed them on" stays a stock line.
    "(and|so) (i|we) (have|'ve|will|'ll|am|'m) #Adverb? (#Verb && !passed && !noted && !logged && !forwarded && !recorded && !shared && !pass && !note && !log && !forward && !record && !share)",
  ],
  rewrites: ["I understand your {feeling} {about}, and I'm here to help"],
  advice: 'Say what you are doing about it in the same breath ("…, and I have booked the engineer for Friday").',
  examples: {
    flag: [
      { text: 'We understand your concern.', becomes: "I understand your concern, and I'm here to help." },
      {
        text: 'We understand your concern regarding the delay.',
        becomes: "I understand your concern regarding the delay, and I'm here to help.",
      },
      {
        text: 'We fully understand your frustration. Your engineer visit is booked for Friday.',
        becomes: "I understand your frustration, and I'm here to help. Your engineer visit is booked for Friday.",
      },
    ],
    pass: [
      "We understand your frustration, and we've already booked the engineer for Friday.",
      "I understand your frustration, and I've booked the engineer for Friday morning.",
      'We understand the app crashed because of the last update, and the fix is out today.',
    ],
    paraphrases: {
      flag: [
        'I completely understand.',
        "I totally understand how you feel.",
        "We appreciate how frustrating this must be.",
        "We can imagine how stressful this has been.",
        "I know how you feel.",
        'I understand your frustration.',
        'I completely understand your concern about the price rise.',
        'We do appreciate your frustration.',
        'I can understand your disappointment.',
        'We appreciate your concerns regarding the noise.',
        'We understand how this must be frustrating.',
        'I totally understand your frustration with the app.',
        'We appreciate this may be frustrating.',
        'We understand this is not the answer you were hoping for.',
        '@kev_m We understand your frustration.',
        'Hi Dana, I understand your concerns.',
        'We understand this may have been frustrating.',
        'We totally get how annoying that can be!',
        'I appreciate that this was a stressful experience for you.',
        'We get that this might be an inconvenient situation.',
        'I understand it must have been really upsetting.',
        'We understand your concern, and the matter has been passed on.',
        'I completely understand your concerns and have noted them.',
        'We acknowledge your disappointment and have logged your feedback.',
        'We understand your concerns and I have passed them to the manager.',
        'We appreciate your concern and it has been fed back to the branch.',
      ],
      pass: [
        "I understand, and I've moved your booking to Friday.",
        "I understand how you feel, so I've refunded the fee today.",
        "I know how the new app works, and I'll walk you through it now.",
        'I understand your frustration, and I have refunded the delivery fee.',
        'That sounds really stressful, especially with the move on Friday.',
        'I can see why that was confusing, the two emails said different things.',
        'I understand the router keeps dropping at night, so I have booked an engineer.',
        'That sounds like it can be difficult to manage with two little ones.',
        'I understand your concern, so I checked the account myself and it is safe.',
        'We understand your frustration, and I have refunded the ticket.',
        "We understand that this is frustrating, and I've refunded the fee today.",
        'I know how stressful moving is, so I have booked your slot for 8am.',
        'I understand this is urgent, so I have called the depot.',
        'I understand how frustrating this is after the effort you put in.',
        'I completely understand how worrying this is with only two days of tablets left.',
        "We understand your concern, and I've booked an engineer for 8am tomorrow.",
        "Your concern was right: the charge was a mistake, and I've refunded it.",
        "That's a fair concern, and here's what I've done about it.",
        'We appreciate your concern, and the courier sets the delivery slots.',
      ],
    },
  },
});
