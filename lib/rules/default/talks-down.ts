import { defineRule } from '../define';

/**
 * Talking down by comparison or by a shrug: the customer measured against what "any" or "some" people know ("as any
 * waller will tell you", "as some people assume"), told how basic it is ("that's just common sense", "this is Pool
 * Care 101", "It is the beach, after all.") or that the trouble is simply what the thing is ("that's fireworks for
 * you!", "goes with the territory", "the nature of a live product"). Matched by the shape of the comparison, not by
 * one trade's words. Advice only: the aside usually carries the sentence's grammar, so deleting it would break it.
 * Issue #10, session 23.
 */
export default defineRule({
  id: 'talks-down',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'Talks down to the customer',
  description:
    'Measures the customer against what anyone should know, or shrugs the problem off as what the thing is: "as any waller will tell you", "that\'s just common sense", "that\'s fireworks for you!", "goes with the territory".',
  message: 'Respect: comparing them with what "anyone" knows, or shrugging it off as the nature of the thing, talks down to them; explain it as news they had no reason to know.',
  patterns: [
    // The customer measured against what "any" or "some" people know, whoever they are: "as any waller
    // will tell you", "which every sailor should know", "as some people assume", "people do it all the time".
    '(any|every) #Adjective? #Noun .{0,4} (will tell you|can tell you|should know|would know|should appreciate|would appreciate|should understand|would understand|should realise|should realize)',
    '(as|which|what) (some|many|most|a lot of) (people|customers|folk|folks|owners|users|clients|guests|buyers) (assume|think|expect|believe|imagine)',
    '(people|customers|folk|folks|owners|users|clients|guests) do (it|this|that) all the time',
    // How basic it is: "that's just common sense", "this is Pool Care 101", "It is the beach, after all."
    '(that is|that\'s|it is|it\'s|this is) (just|simply|only)? (common sense|basic common sense)',
    '(this|that|it) is #Adjective? #Noun+ 101',
    '^(it is|this is|that is|they are) (a|the|an)? #Adjective? #Noun+ after all$',
    // Shrugged off as what the thing is: "that's fireworks for you!", "goes with the territory", "the nature of a live product".
    '(that is|it is) (just)? (the|a)? #Noun+ for you$',
    '(goes|go|comes|come) with the territory',
    '(that is|it is) (just|simply)? the nature of (a|an|the|any)? #Adjective? #Noun',
  ],
  unless: [
    // Said of ourselves, or to reassure: "as any of our team will tell you, we'll sort it", "not your fault".
    '(not your fault|easy mistake|easily done|happens to the best|nothing you did|no need to worry)',
    "(i|we) ('ll|will|have|'ve|can) #Adverb? #Verb",
  ],
  rewrites: [],
  advice: 'Drop the comparison and give the fact as something worth knowing ("New walls can settle in the first frost; I\'ll come and reset those stones on Tuesday.").',
  examples: {
    flag: [
      { text: 'Mortar needs a week to cure, as any builder will tell you.', becomes: null },
      { text: "Rain delays happen, that's cricket for you.", becomes: null },
      { text: 'Honestly that is basic common sense.', becomes: null },
    ],
    pass: [
      "Mortar needs a week to cure, and I'll pop back on Friday to check it.",
      'Any questions, just reply here.',
      "That's a lovely photo, thank you for sending it.",
    ],
    paraphrases: {
      flag: [
        'Every gardener should know that tomatoes split after heavy rain.',
        'It is not an instant job as many customers assume.',
        'Owners do it all the time with new puppies.',
        'Frankly this is Baking 101.',
        'It is a sailing boat, after all.',
        'Some wear comes with the territory on a hire bike.',
        "That's just the nature of a handmade rug.",
        'Seasickness on a small boat? That is the sea for you.',
      ],
      pass: [
        'Every order ships with a tracked label.',
        'As we expected, the part arrived this morning.',
        'People ask about this all the time, so here is the short answer: yes.',
        "It's the beach hut on the left, after the café.",
        'That is the best price for you, and I have applied it.',
        'The nature reserve opens at 9am.',
        "Any size you choose, I'll swap it free.",
      ],
    },
  },
});
