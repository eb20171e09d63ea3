import { defineRule } from '../define';

export default defineRule({
  id: 'note-your-dissatisfaction',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "we note your dissatisfaction" files the feeling away; saying you are sorry they are unhappy meets it.',
  patterns: [
    '^(we|i) have? (note|noted|acknowledge|acknowledged) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) [<with>(with|about|regarding|over)]',
    '^(we|i) have? (register|registered|record|recorded) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) [<with>(with|about|regarding|over)]',
    '^(we|i) (note|acknowledge|understand) that you (are|were|feel|felt) (unhappy|dissatisfied|displeased|disappointed|upset) [<with>(with|about|regarding|over)]',
    '(we|i) #Adverb? have? (note|noted|acknowledge|acknowledged|registered|recorded) your (comments|feedback|concerns|complaint|dissatisfaction|views|points)',
    '^(we|i) (note|acknowledge) that you (are|were|feel|felt) #Adverb? (unhappy|dissatisfied|displeased|disappointed|upset|frustrated)$',
    'your (frustration|dissatisfaction|disappointment|unhappiness|concerns|feedback) (is|are|has been|have been) (noted|acknowledged|recorded)',
    'your (feedback|comments|concerns|views|dissatisfaction) (has|have) been (noted|registered|recorded|acknowledged)',
    '(we|i) #Adverb? (appreciate|value) your (feedback|comments|views)$',
  ],
  rewrites: ["I'm sorry you're unhappy {with}"],
  advice: 'Thank them for the specific point they raised and say what you will do with it.',
  examples: {
    flag: [
      {
        text: 'We note your dissatisfaction with the delivery service.',
        becomes: "I'm sorry you're unhappy with the delivery service.",
      },
      {
        text: 'We acknowledge that you are unhappy with the new opening hours.',
        becomes: "I'm sorry you're unhappy with the new opening hours.",
      },
    ],
    pass: ["I've noted your new delivery address.", "I'm sorry you're unhappy with the repair, and I'd like to put it right."],
    paraphrases: {
      flag: [
        'We note your comments.',
        'Your feedback has been noted.',
        'We have recorded your concerns.',
        'We appreciate your feedback.',
        'I acknowledge your dissatisfaction with the delay.',
        'Rest assured, we have noted your complaint about the noise.',
        'We note that you are unhappy.',
        'Your frustration is noted.',
      ],
      pass: [
        "I've noted your new delivery address.",
        'Thank you for telling us about the broken lift, I have reported it to the building manager.',
        'I appreciate your patience while I checked with the courier.',
        'Your comments about the app helped us fix the login bug.',
        "I'm sorry you're unhappy with the repair, and I'd like to put it right.",
        'I have added a note to your account so nobody asks again.',
      ],
    },
  },
});
