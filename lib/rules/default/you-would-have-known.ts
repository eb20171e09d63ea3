import { defineRule } from '../define';

/**
 * The customer would have known, had they looked: "You would have received a reminder.", "The vet would have called if
 * there was a problem.", "You'd know this if you checked the app.", "It's on the label." Split from `blames-by-guess`
 * (session 25, issue #10), which was at the pack's 30-pattern cap: that rule keeps the guessed cause and our side said to
 * be fine, this one the conditional of what the customer would have seen, known or avoided, matched by its grammar
 * ("would have" with the customer or our side as the subject, "if you had …", the answer put on the packaging).
 */
export default defineRule({
  id: 'you-would-have-known',
  kind: 'phrase',
  principle: 'respect',
  severity: 'suggestion',
  title: 'They would have known, had they looked',
  description:
    'Tells the customer they would have known or avoided it, had they looked: "You would have received a reminder.", "You\'d know this if you checked the app.", "If you had ordered on time you would not be in this position.", "It\'s on the label."',
  message: 'Respect: "you would have known" tells the customer the problem is their own doing; say what we sent or what the label says, as a fact, and what you can do now.',
  patterns: [
    // Moved from blames-by-guess. The reminder they would have had: its rewording says what we sent, as a fact.
    '^you would have (received|been sent|been given|had) [<thing>(#Determiner|#Value|our)? #Adjective? (reminder|reminders|warning|warnings|notice|notices) .*]',
    'you would have (received|been sent|been given|had|seen) (a|an|the|our|two|several)? #Adjective? (reminder|reminders|warning|warnings|notice|notices)',
    'you would have been (told|notified|warned|informed|advised)',
    // Any way of getting in touch, by its tense: "The clinic would have phoned you if something was wrong".
    'would have #Adverb? (#PastTense|#Participle|let you know) (you)? if (there|anything|something)',
    '(you would|you had) #Adverb? (know|have known) (this|that|it)? if you',
    'if you had #Adverb? (#PastTense|#Participle) (on time|earlier|sooner|in time|properly|correctly|carefully|the) .* you (would|had) (not|never)',
    'you would not be in (this|that) (position|situation|mess)',
    'which you (presumably|probably|obviously|clearly|apparently) (did not|have not|never) (read|see|check|open|notice)',
    // The answer put on the packaging, as the last word: "It's on the tin.", "That's all in the manual."
    '^(it is|that is|this is) #Adverb? (all)? (on|in) the (tin|label|leaflet|instructions|manual|packaging|box|sheet)$',
    // Known, had they read or checked: "If you had read the listing you would have seen the size", "had you checked the
    // app, you'd have known".
    "if you had? #Adverb? (read|checked|looked at|opened|followed) (#Determiner|#Possessive) .{0,4} you (would|'d) have? #Adverb? (known|seen|noticed|found|avoided)",
    '^had you #Adverb? (read|checked|looked at|opened|followed) .{1,6} you (would|\'d) (have)? #Adverb? (known|seen|noticed|found|avoided|realised|realized)',
    // Session 45 (shape): the speaker presumed the customer knew, any tense, the known thing after it: "I'm sure you
    // appreciate parking is limited", "I'd assumed you knew when you booked", "we assumed you were aware of the limit".
    // Knowing how they feel ("I'm sure you understand how worrying this was") is no such clause. No rewording: deleting
    // the presumption can leave a fragment ("the limit when you booked"); the advice says what to write.
    '(i|we) (am|are|had|would|have|did)? (have)? (sure|certain|assumed|assume|thought|expected|presumed) (that)? you (#Modal)? (have)? (know|knew|known|appreciate|understand|understood|realise|realize|realised|realized|were aware|are aware|be aware|been aware) (that|#Determiner|#Noun|#Pronoun|of|when|before|at)',
  ],
  unless: [
    '(sorry|apologise|apologize|our mistake|my mistake|our fault|my fault)',
    // Deferring to what they know best is respect: "I'm sure you know your garden best".
    '(know|knew|understand) .{0,3} (best|better)',
    // What they would like, not what they should have known (review 45): "I'm sure you'd appreciate a quick update";
    // and a feeling shared: "I'm sure you know the feeling".
    '(would|will) #Adverb? appreciate (a|an|some|any)',
    'know the feeling',
    '^(i|we) would have',
    "(i|we) (have|'ve|will|'ll) #Adverb? (sent|resent|refunded|fixed|booked|added|called|credited|waived|moved|replaced)",
  ],
  rewrites: ['We sent {thing}'],
  advice: 'Say what we sent or what the label says, as a fact you looked up for them, then what you can do now.',
  examples: {
    flag: [
      { text: 'You would have received a reminder email on the 3rd.', becomes: 'We sent a reminder email on the 3rd.' },
      { text: 'The vet would have called if there was a problem.', becomes: null },
      { text: "You'd know this if you checked the app.", becomes: null },
    ],
    pass: ['You would have received a welcome email from Sarah on Monday with your login.', "I would have called you if there was a problem, and there is none."],
    paraphrases: {
      flag: [
        'You would have received a reminder email 2 days before.',
        'You would have been sent two warning letters.',
        'The garage would have rung you if anything was wrong.',
        'If you had ordered on time you would not be in this position.',
        'The number is on the sheet, which you presumably did not read.',
        'You would have been notified by text.',
        "It's on the label.",
        "That's all in the manual.",
        'If you had read the listing you would have seen the size.',
        'Had you checked the app, you would have known about the delay.',
        "I'm sure you appreciate that the lifts close at ten.",
        'We had assumed you were aware of the limit when you signed up.',
      ],
      pass: [
        "You would have received a reminder, but it went to your old address, and I'm sorry.",
        'You would have been notified by text, and I have checked: the text failed, so I have called you instead.',
        "It's on the label, and I've copied the dose below so you have it here too.",
        'If you had a chance to read the guide, I hope it helped.',
        'The code is on the label inside the lid.',
        'Had you ordered before 2pm, it would have shipped today; I have upgraded it to next-day for you.',
        "I'm sure you know your own garden best, so pick the spot that suits you.",
        "I'm sure you understand how annoying this has been, and I'm sorry.",
      ],
    },
  },
});
