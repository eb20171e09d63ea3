import { defineRule } from '../define';

export default defineRule({
  id: 'you-are-wrong',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: "You are wrong" starts an argument; explaining the facts lets the customer save face.',
  description: 'Telling the customer they are wrong or doing it wrong, anywhere in the sentence, with adverbs and contractions.',
  patterns: [
    '(user|operator|customer|human) error',
    '(the|this|that) (problem|issue|fault|error) (is|lies) (on|at|with) your (end|side)',
    '^(i think|honestly|frankly)? you (are|were) #Adverb? (wrong|mistaken|incorrect) (about|regarding) [<topic>(the|your|our|this|that) #Adjective? #Noun+]',
    'you (are|were|have been) #Adverb? (wrong|mistaken|incorrect|misinformed)',
    'you (are|were|have been) #Adverb? (doing|setting|using|reading|entering|installing|typing) (it|this|that|them)? #Adverb? (up|in)? wrong',
    'you have? #Adverb? (got|gotten|got it|understood) (it|this|that)? (all)? wrong',
    '^(i think|honestly|frankly|actually)? you have? #Adverb? (misunderstood|misread|misinterpreted) [<topic>(the|your|our|this|that|my) #Adjective? #Noun+]',
    'you have? #Adverb? (misunderstood|misread|misinterpreted)',
    '(that|this|it) is #Adverb? (not|in) (correct|true|right|accurate)',
    '(that|this|it) is #Adverb? (incorrect|untrue|wrong|false)$',
  ],
  unless: [
    "(not|never|wasn't|isn't) (a|the)? (user|operator|customer|human) error",
    'if you (are|were|have)', '(not|never) (wrong|mistaken)', '(is|was|were|are) (not|never) your fault', 'you are right', '(if|when|whether) (that|this|it)'],
  rewrites: ['Let me explain {topic}', 'I may not have explained {topic} clearly'],
  advice: 'State the facts without saying who is wrong, e.g. "To clarify, the discount ended in May."',
  examples: {
    flag: [
      { text: 'You are wrong about the fee.', becomes: 'Let me explain the fee.' },
      { text: "You're mistaken, the discount ended in May.", becomes: null },
      { text: 'You misunderstood the offer.', becomes: 'Let me explain the offer.' },
    ],
    pass: ["You're right, and I'm sorry for the mix-up.", "You weren't wrong to ask, the page is confusing.", 'If you are unsure which plan fits, I can help you choose.'],
    paraphrases: {
      flag: [
        'This looks like user error.',
        'The problem is on your end.',
        'Is user error normally.',
        "Honestly, you're doing it wrong.",
        "You're setting it up wrong.",
        'I think you have completely misread the invoice.',
        "That's not correct.",
        'You were simply mistaken about the delivery date.',
        "You've got it all wrong.",
        'This is incorrect.',
      ],
      pass: [
        'This was not user error; the update broke it and I have rolled it back.',
        'I checked your end and everything looks fine, so the fault is ours.',
        "You're absolutely right about the delivery date.",
        "It wasn't your fault at all.",
        'Something went wrong with the payment on our side.',
        'If this is not correct, just reply and I will fix it.',
        'I got the date wrong in my last email, sorry about that.',
        "Nothing you did was wrong, the update broke it.",
      ],
    },
  },
});
