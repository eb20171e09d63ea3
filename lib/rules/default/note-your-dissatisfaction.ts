import { defineRule } from '../define';

export default defineRule({
  id: 'note-your-dissatisfaction',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'suggestion',
  message: 'Empathy: "we note your dissatisfaction" files the feeling away; saying you are sorry they are unhappy meets it.',
  patterns: [
    // Noted on file rather than answered: "We have noted the breakage on your account."
    '^(we|i) have? #Adverb? (noted|logged|recorded) (the|your|this) #Adjective? #Noun+ (on|against|in) (your|the|our) (account|file|record|records|notes|system)$',
    '^(we|i) have? (note|noted|acknowledge|acknowledged) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) [<with>(with|about|regarding|over)]',
    '^(we|i) have? (register|registered|record|recorded) your (dissatisfaction|displeasure|unhappiness|disappointment|complaint) [<with>(with|about|regarding|over)]',
    '^(we|i) (note|acknowledge|understand) that you (are|were|feel|felt) (unhappy|dissatisfied|displeased|disappointed|upset) [<with>(with|about|regarding|over)]',
    '(we|i) #Adverb? have? (note|noted|acknowledge|acknowledged|registered|recorded) your (dissatisfaction|displeasure|unhappiness|disappointment|frustration|anger)',
    '^(we|i) (note|acknowledge) that you (are|were|feel|felt) #Adverb? (unhappy|dissatisfied|displeased|disappointed|upset|frustrated)$',
    'your (frustration|dissatisfaction|disappointment|unhappiness|displeasure|anger|upset) (is|are|has been|have been) #Adverb? (noted|acknowledged|recorded)',
    '(we|i) #Adverb? (note|acknowledge|recognise|recognize) (that)? you (are|were|feel|felt) #Adverb? (angry|annoyed|unhappy|dissatisfied|frustrated|upset)',
    '(we|i) #Adverb? (appreciate|value) your (feedback|comments|views)$',
    // The complaint filed as input for later: "Your feedback helps us improve our services", "as it helps us get better".
    '(feedback|comments|views) #Adverb? (helps|help|will help|allows|enables) us (to)? (improve|get better|do better|learn)',
    // Noting the customer's words instead of answering them: "We note your comments", "which has been duly noted".
    '^(we|i) #Adverb? (note|have noted|acknowledge|have acknowledged) your (comments|feedback|concerns|remarks|points|views)',
    '(which|this|that|it|feedback|comments|complaint) (has|have) been duly noted',
    '(feedback|comments|complaint|concerns|views|points) (which|and this|and it|that)? (has|have) been #Adverb? (noted|logged|recorded|registered)$',
    '^(we|i) have #Adverb? (logged|recorded|registered) your (complaint|feedback|comments|concerns|dissatisfaction)$',
  ],
  unless: [
    // ...followed by what was done about them.
    'noted your (comments|feedback|concerns|remarks) .{0,6} and #Verb',
  ],
  // Two wordings: with one, fixing one such sentence left the next with none (the same words twice read as a repeat).
  rewrites: ["I'm sorry you're unhappy {with}", 'I hear how disappointed you are {with}'],
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
        "Your feedback helps us improve our services.",
        "Customer comments help us to do better.",
        "All feedback allows us to improve.",
        'We have noted the missing parcel on your file.',
        'I have recorded your complaint against your account.',
        'Thank you for your feedback, which has been noted.',
        'We have logged your complaint.',
        'We have noted your frustration.',
        'We appreciate your feedback.',
        'Your displeasure has been duly noted.',
        'We recognise that you are upset about the charge.',
        'We have recorded your dissatisfaction with the repair.',
        'I acknowledge your dissatisfaction with the delay.',
        'We note that you were frustrated by the wait.',
        'We note that you are unhappy.',
        'Your frustration is noted.',
        'We note your comments regarding your stay.',
        'I have noted your comments.',
        'We thank you for your feedback, which has been duly noted.',
      ],
      pass: [
        "Your feedback helped us fix the login bug, and I've credited your account.",
        "Could you help us improve the form by telling me which step failed?",
        'I have noted your new address on your account, and the next parcel goes there.',
        'We have logged the fault on your account and an engineer is coming at 9am tomorrow.',
        'Your complaint has been logged and I will call you on Friday with the outcome.',
        'I have logged your complaint with the station manager, and she will ring you by Thursday.',
        "I've noted your new delivery address.",
        'Thank you for telling us about the broken lift, I have reported it to the building manager.',
        'I appreciate your patience while I checked with the courier.',
        'Your comments about the app helped us fix the login bug.',
        "I'm sorry you're unhappy with the repair, and I'd like to put it right.",
        'I have added a note to your account so nobody asks again.',
        "I've noted your comments about the lift and booked an engineer for Tuesday.",
        'Your note about the gate code is on the booking now, so the driver will have it.',
      ],
    },
  },
});
