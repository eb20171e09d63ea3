import { defineRule } from '../define';

export default defineRule({
  id: 'not-a-big-deal',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: calling it "not a big deal" weighs the problem on your scale, not theirs; to the customer it may be a very big deal.',
  patterns: [
    '(it|that|this) is (not|no) (a|such a)? (big|huge) deal',
    '(it|that|this) is (only|just|merely) a (minor|small|little|tiny|slight) (issue|problem|delay|thing|glitch|inconvenience|hiccup|mistake|error)',
    '(it|that|this|the parcel|the order|your order) is (only|just|merely) (a few|a couple of|#Value) (days|hours|minutes|weeks) (late|behind|over|overdue)',
    '(it|that|this) is (only|just)? a minor (issue|problem|delay|thing|glitch|inconvenience|hiccup)',
    // Typed without apostrophes in chat: "its not a big deal", "thats only a small delay".
    '(its|thats) #Adverb? (not|no) (a|such a)? (big|huge) deal',
    '(its|thats) (only|just|merely) a (minor|small|little|tiny|slight) (issue|problem|delay|thing|glitch|inconvenience|hiccup)',
    // Shrugging it off: "wait times are what they are", "it is what it is", "not the end of the world".
    '^.{1,4} (is|are) #Adverb? what (it|they) (is|are)',
    '(it|that|this) is #Adverb? what it is',
    '(it|that|this) is #Adverb? (not|hardly) the end of the world',
    '(it|that|this) is (hardly|barely) (a|an)? (big|huge|major|serious)? (deal|problem|issue|delay)',
    '(it|that|this) (is|was) (only|just|merely) (a few|a couple of|#Value) (days|hours|minutes|weeks|months|years)',
    // The customer's problem made small, sentence-final: "It's just a cold meal." (Not "It's just a precaution.", which reassures.)
    '(it|that|this) is (only|just|merely) (a|an) (cold|late|small|little|minor|broken|scratched|missing|damaged|delayed|faded|cracked) #Noun$',
    '(its|thats) (only|just|merely) (a|an) (cold|late|small|little|minor|broken|scratched|missing|damaged|delayed|faded|cracked) #Noun$',
    // "It could be worse."
    '(it|that|this|things) could (be|have been) #Adverb? (a lot|much|far)? worse',
  ],
  unless: [
    '(do not|never) worry',
    'no (worries|problem)',
    'all good',
    'happens to (everyone|everybody|all of us)',
    '(not at all|deal at all)',
    '(thanks|thank you) for (letting|telling)',
    'what (it|they) (is|are) (for|about|called|worth|like|made of|doing)',
    '(only|just) (a few|a couple of|#Value) (days|hours|minutes|weeks|months|years) (left|to go|away|until|before)',
  ],
  rewrites: ["I know it's a hassle"],
  examples: {
    flag: [
      { text: "It's not a big deal, the parcel will arrive tomorrow.", becomes: "I know it's a hassle, the parcel will arrive tomorrow." },
      { text: 'This is only a minor delay.', becomes: "I know it's a hassle." },
    ],
    pass: [
      "No worries, it's not a big deal at all, thanks for letting me know!",
      "Don't worry about the typo, it's no big deal.",
      'I know a two-day delay is a big deal when it is a birthday present.',
    ],
    paraphrases: {
      flag: [
        'its not a big deal, they usually come back.',
        'Wait times are what they are.',
        'Honestly, it is what it is, and the parcel will come.',
        "It's not the end of the world, the driver will try again tomorrow.",
        "That's hardly a big problem.",
        'It was only a couple of days.',
        "It's just a tiny glitch.",
        "It's just a cold meal.",
        "Honestly it's only a small scratch.",
        'thats just a minor glitch',
        'It could be worse.',
        'Honestly, things could have been much worse.',
      ],
      pass: [
        "I know it's a big deal when the heating goes off, so I've booked the engineer for today.",
        "Here's what it is for: the fee covers the courier's second trip.",
        'Only a few days to go until your new plan starts.',
        'No worries at all, it happens to everyone.',
        'The outage lasted only a few minutes and nothing was lost.',
        "The charge is what it looks like: the yearly fee, taken on the 1st.",
        "It's just a quick note to say thanks.",
        'This is only a small part of the refund, the rest follows on Friday.',
        "It's just a click on the Export button, and I can do it for you.",
        'It could not be easier: I have done it for you.',
        'Could it be worse than the router? I will check both.',
        "It's just a precaution, and the engineer will be gone by noon.",
        'It is only a formality.',
        "It is only 3 months until your renewal, so I have locked in the old price.",
        "Your warranty is only 2 years old, so it's covered.",
      ],
    },
  },
});
