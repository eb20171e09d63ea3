import { defineRule } from '../define';

export default defineRule({
  id: 'we-understand-your-concern',
  kind: 'phrase',
  principle: 'empathy',
  severity: 'hint',
  message: 'Empathy: "We understand your concern" is stock wording that can sound like a form letter; saying it as yourself, with what you will do, sounds like you mean it.',
  patterns: [
    '^we #Adverb? (understand|appreciate|acknowledge|recognise|recognize) your [<feeling>(concern|concerns|frustration|disappointment|worry|worries|feelings)]$',
    '^we #Adverb? (understand|appreciate|acknowledge) your [<feeling>(concern|concerns|frustration|disappointment)] [<about>(about|regarding|over|with) .{1,5}]$',
    '^we #Adverb? (understand|appreciate|acknowledge) your [<feeling>(worry|worries|feelings|annoyance)] [<about>(about|regarding|over|with) .{1,5}]$',
    '^we #Adverb? (understand|appreciate|acknowledge|recognise|recognize) your [<feeling>(annoyance|dissatisfaction|situation|position)]$',
  ],
  unless: ['(however|but|nevertheless|nonetheless)'],
  rewrites: ["I understand your {feeling} {about}, and I'm here to help"],
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
  },
});
