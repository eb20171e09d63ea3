import { defineRule } from '../define';

export default defineRule({
  id: 'sorry-you-feel-that',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "sorry you feel that…" or "sorry if you were upset" apologises for the customer\'s view rather than for what happened, which reads as a non-apology.',
  description: 'A non-apology that puts the problem in the customer\'s head: sorry you feel / think / believe that…, sorry if you were upset or inconvenienced.',
  patterns: [
    // Sorry for the customer's mood, not for what happened: "We're sorry you were unhappy with the groom".
    // Also heard second-hand: "We are sorry to hear you were dissatisfied with your experience".
    '(sorry|regret) (to hear|to learn)? (that)? you (were|are|have been|felt|feel) #Adverb? (unhappy|dissatisfied|displeased|not happy|unsatisfied) (with|about|by)',
    '(i am|we are|i|we) #Adverb? (sorry|regret) (that|if)? you (feel|felt|think|thought|believe) that? [<clause>(your|our|the|this|it|we|there)]',
    '(i am|we are|i|we) #Adverb? (sorry|regret) (that|if)? you (feel|felt|think|thought|believe) that? [<clause>(these|my|a|an|they)]',
    '^#Adverb? sorry (that|if)? you (feel|felt|think|thought|believe) that? [<clause>(your|our|the|this|it|we|there|these|a|an|they)]',
    '(sorry|regret|apologise|apologize) if you (were|are|have been|felt|feel) #Adverb? (upset|offended|inconvenienced|unhappy|disappointed)',
    '(sorry|regret|apologise|apologize) if you (were|are|have been|felt|feel|found|find) #Adverb? (confused|frustrated|annoyed|it #Adjective)',
    '(sorry|regret|apologise|apologize|apologies) (for|if) any (upset|offence|offense|distress|hurt) (you|this|that|which)? #Adverb? (may|might)?',
    // Sorry for the feeling the customer was "left" with: "I'm sorry you have been left feeling let down."
    '(sorry|regret|apologise|apologize) (that|if)? you (have been|had been|were|are|feel|felt) #Adverb? left feeling',
    // "I'm sorry if you feel let down."
    '(sorry|regret|apologise|apologize) if you (were|are|have been|felt|feel) #Adverb? (let down|ignored|misled|unheard|fobbed off)',
    // Session 29: sorry for the customer's taste, not for what went wrong: "We're sorry to hear you didn't enjoy your
    // stay", "We are sorry the room was not what you expected", "…the tour did not meet your expectations".
    '(sorry|regret) (to hear|to learn)? (that)? you (did not|do not|have not|didnt|dont) #Adverb? (enjoy|enjoyed|like|liked|love|loved) (your|the|our|this|it)',
    '(sorry|regret) (to hear|that)? (the|your|our|this) #Adjective? #Noun (was|were|is|are) not (what you expected|what you hoped for|to your liking)',
    '(sorry|regret) (to hear|that)? (the|your|our|this) #Adjective? #Noun (did not|has not|have not) (meet|met|live up to|lived up to) your expectations',
  ],
  unless: [
    '(that|this) way',
    'like that',
    'sorry if you (feel|felt|were|are) #Adverb? (unwell|ill|poorly)',
    // The sorry followed by what the agent did about it: "…you didn't enjoy it, and I've refunded both tickets."
    "(and|so) (i|we) (have|'ve|will|'ll) #Adverb? (refunded|credited|booked|rebooked|sent|arranged|replaced|moved|added|refund|credit|book|send|arrange|replace)",
  ],
  // The sorry met at once with a yes or what the agent did: "I'm sorry the shade isn't what you expected… Yes, you can
  // exchange it."
  unlessNext: ['^(yes|of course|absolutely|happily|no problem)', "(i|we) (have|'ve) #Adverb? (refunded|credited|booked|rebooked|sent|arranged|replaced)"],
  rewrites: ["I'm sorry {clause}"],
  advice: 'Apologise for what actually happened ("I\'m sorry the room wasn\'t what we promised"), then say what you are doing about it.',
  examples: {
    flag: [
      {
        text: 'We are sorry you feel that your stay did not meet your expectations.',
        becomes: "I'm sorry your stay did not meet your expectations.",
      },
      // "I'm sorry the fee is unfair, but it is in the contract." would concede what the reply defends: advice only.
      { text: "I'm sorry you think the fee is unfair, but it is in the contract.", becomes: null },
      { text: 'We apologise if you were inconvenienced by the delay.', becomes: null },
    ],
    pass: [
      "I'm sorry your stay didn't live up to what we promised, and I've refunded the first night.",
      'I can see why you think the fee is unfair, so I have waived it.',
    ],
    paraphrases: {
      flag: [
        "We're sorry you were unhappy with the survey.",
        'We regret that you are dissatisfied with the outcome of your appeal.',
        'Honestly, we regret that you feel the service was poor.',
        'Sorry you feel our engineer was rude.',
        'I am sorry if you felt upset by the call.',
        'We apologise for any upset this may have caused.',
        'We are very sorry that you believe the charge is wrong.',
        "Sorry if you found it confusing.",
        "I'm sorry you thought we would call back.",
        "I'm sorry you have been left feeling let down.",
        'We regret that you were left feeling ignored.',
        "I'm sorry if you feel let down.",
        'We are sorry to hear you were dissatisfied with your experience.',
        'Sorry to learn that you are unhappy with the new tariff.',
        'We were sorry to learn that you felt dissatisfied with the course.',
        "We're sorry to hear you didn't enjoy your stay.",
        'I am sorry you did not like the new menu.',
        'We are sorry the room was not what you expected.',
        "Sorry that your meal wasn't to your liking.",
        'We regret that the tour did not meet your expectations.',
        "We're sorry the service hasn't lived up to your expectations.",
      ],
      pass: [
        "I'm sorry we got the survey wrong, and I have booked a second one free.",
        'Sorry the parcel was late, that is on us.',
        "I'm sorry the engineer didn't turn up, that's on us.",
        "If you feel the charge is wrong, reply here and I'll check it today.",
        "I'm sorry you feel unwell after the flight, I hope the rest of the trip is easier.",
        "I'm sorry that the repair failed again, and I've booked a new visit.",
        'I think the parcel will arrive tomorrow.',
        'We are sorry you feel that way.',
        'I am sorry we left you without heating for nine days.',
        'Sorry you were left waiting, I have booked the engineer for 9am.',
        "I'm sorry we let you down, and I've refunded the fee.",
        "I'm sorry to hear the course disappointed you; I've refunded the second term.",
        'Sorry to hear you were kept waiting two hours for your tablets.',
        'We are sorry to hear you were unwell on the trip.',
        "I'm sorry you didn't enjoy it, and I've refunded both tickets.",
        "Sorry the parcel wasn't what you ordered: the right one goes out today.",
        "I'm sorry you didn't get your parcel on time.",
      ],
    },
  },
});
