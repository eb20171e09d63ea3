import { defineRule } from '../define';

export default defineRule({
  id: 'sorry-for-any-inconvenience',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  // On social "Sorry for the trouble!" opening onto help is the channel's short sorry (5 of its 7 findings on the real social
  // replies unwanted, docs/social-verdicts-s23.md); a hint there keeps the stock "any inconvenience" visible, softly.
  channels: { social: { severity: 'hint' } },
  description: 'The stock apology for "any inconvenience", sorry or apologise, any tense. Absorbs the former any-inconvenience rule.',
  message: 'Empathy: "sorry for any inconvenience this may have caused" hedges the apology; a plain "I\'m sorry about this" sounds sincere.',
  patterns: [
    '(we|i)? (are|am)? (so|very|truly|really)? sorry for any (inconvenience|trouble|disruption|upset) (this|that|it|which)? (may|might)? (have|has)? caused?',
    '(we|i)? (are|am)? (so|very|truly|really)? sorry for the? (inconvenience|inconvenient) (this|that|it|which)? (may|might)? (have|has)? caused?',
    '(we|i)? (are|am)? (so|very|truly|really)? sorry if (this|that|it) (has|may have|might have)? caused you? any? (inconvenience|trouble|disruption)',
    '(we|i)? #Adverb? (apologize|apologise|regret) for? (any|the) inconvenience (this|that|it)? (may|might)? (have|has)? (caused|cause)? (to you|you)?',
    '(our|my)? (sincere|sincerest)? apologies for (any|the) inconvenience (this|that|it)? (may|might)? (have|has)? (caused|cause)? (to you|you)?',
    '(we|i) #Adverb? (apologize|apologise|regret) for? any (trouble|disruption|delay|confusion|problems) (this|that|it)? (may|might)? (have)? (caused|cause)?',
    '(we|i)? (are|am)? #Adverb? sorry for any (disappointment|frustration|distress) (this|that|it|which)? (may|might)? (have|has)? caused?',
    // The house's regret for what the customer went through, named only as "experienced": "We regret the delay experienced".
    '(we|i) #Adverb? (apologise|apologize|regret) for? (any|the) (delay|disruption|trouble|discomfort|hassle|stress) (experienced|suffered)',
    // Regret for "any" feeling the reply never names: "We regret any disappointment caused".
    '(we|i) #Adverb? (apologize|apologise|regret) for? any (disappointment|distress|frustration|upset) (this|that|it)? (may|might)? have? (caused|cause)?',
    // The bare line standing in for an apology: "Sorry for the trouble." with no "I'm", nothing named, nothing after it.
    '(we are|we\'re)? sorry for the trouble$',
    // Regret in the passive, owned by no one: "Inconvenience caused is deeply regretted", "The delay is regretted".
    '(the|any)? (inconvenience|delay|disappointment|distress|upset|trouble) (caused)? (is|was|has been) #Adverb? regretted',
  ],
  // A named apology is the agent's own ("Sorry for any trouble, Nick!"), not boilerplate.
  unless: [
    'sorry for (any|the) (trouble|confusion|mix up|mixup) (#Person|#ProperNoun)',
    // The agent's own apology, said with feeling: "I'm so sorry for the trouble."
    '(am|so|very|really|truly|terribly|awfully|again) sorry for the trouble$',
  ],
  rewrites: ["I'm sorry about this", "I'm sorry for the trouble this has caused"],
  examples: {
    flag: [
      {
        text: "Your replacement left our warehouse today. We're sorry for any inconvenience this may have caused.",
        becomes: "Your replacement left our warehouse today. I'm sorry about this.",
      },
      {
        text: 'Sorry for any inconvenience caused, your refund is on its way.',
        becomes: "I'm sorry about this, your refund is on its way.",
      },
      {
        text: 'Thanks for waiting while I checked with the courier. I am sorry if this caused any inconvenience.',
        becomes: "Thanks for waiting while I checked with the courier. I'm sorry about this.",
      },
    ],
    pass: [
      "I'm so sorry your order arrived damaged.",
      "Sorry about the wait, I've got your message now.",
      'Sorry about the mix-up with your invoice!',
      'I apologise for the delay, and I have refunded your shipping.',
    ],
    paraphrases: {
      flag: [
        'We are sorry for inconvenience caused.',
        'We regret the delay experienced.',
        'We regret any discomfort experienced.',
        'I apologise for the disruption suffered.',
        'We apologize for any inconvenience this may have caused.',
        'Apologies for any inconvenience caused.',
        'The site will be down tonight, and we apologise for the inconvenience.',
        'We sincerely apologise for any inconvenience.',
        'Once again, we are very sorry for any trouble this may have caused.',
        'I am sorry if this has caused you any inconvenience.',
        'We regret any disappointment caused.',
        'We apologise for any distress this may have caused.',
        'Sorry for the trouble.',
        'Hi, sorry for the trouble.',
        "We're sorry for the trouble.",
        'Inconvenience caused is deeply regretted.',
        'Any delay caused is regretted.',
      ],
      pass: [
        'We regret the delay, and I have refunded your postage so you are not out of pocket.',
        'The delay you experienced was our fault, and I am sorry.',
        "I'm so sorry your order arrived late, I know you needed it for the weekend.",
        'Sorry for the late reply, I was checking with the warehouse.',
        'I am sorry the engineer missed your appointment on Tuesday.',
        'Any inconvenience to your neighbours will be kept to a minimum, and the crew finish by 4pm.',
        'I apologise: I gave you the wrong date in my last email, and the correct one is 12 June.',
        "We're sorry to see you go, and your refund is on its way.",
        "I'm sorry the disappointment of missing Santorini landed on you with no warning.",
        "Any disappointment is understandable, and I've refunded the excursion in full.",
        "I'm so sorry for the trouble with the boiler, Ana.",
        'Sorry for the trouble, Nick!',
        'Sorry for the trouble the late van caused you on Friday.',
        'No trouble at all, sorry for the wait though!',
        "I'm so sorry for the trouble.",
        'Sorry again for the trouble.',
      ],
    },
  },
});
