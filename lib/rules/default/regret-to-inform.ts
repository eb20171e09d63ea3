import { defineRule } from '../define';

export default defineRule({
  id: 'regret-to-inform',
  kind: 'phrase',
  principle: 'plain-language',
  severity: 'suggestion',
  message: 'Plain language: "We regret to inform you" is letterhead language; "I\'m sorry to say" carries the same regret in a human voice.',
  phrases: [
    'we regret to inform you that',
    'we regret to inform you',
    'we regret to advise you that',
    'we regret to advise that',
    'we regret to announce that',
    'I regret to inform you that',
    'I regret to inform you',
    'it is with regret that we inform you that',
    'it is with regret that we must inform you that',
    'we are sorry to inform you that',
    'we are sorry to inform you',
  ],
  rewrites: ["I'm sorry to say that", "I'm sorry to tell you that"],
  examples: {
    flag: [
      { text: 'We regret to inform you that your flight has been cancelled.', becomes: "I'm sorry to say that your flight has been cancelled." },
      { text: 'It is with regret that we inform you that the event is postponed.', becomes: "I'm sorry to say that the event is postponed." },
    ],
    pass: ["I'm sorry to say the blue version is sold out, but the grey one ships today.", 'I regret not calling you sooner, and I have fixed it now.'],
  },
});
