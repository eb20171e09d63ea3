import { defineRule } from '../define';

export default defineRule({
  id: 'calm-down',
  kind: 'phrase',
  principle: 'respect',
  severity: 'warning',
  message: 'Respect: telling someone to calm down rarely calms them; naming what upset them does.',
  patterns: [
    '^please? (calm|settle|cool) down',
    '^please? stop (shouting|yelling|swearing)',
    '^there is no (need|reason) to (shout|yell|be rude|get angry|raise your voice|use that tone|swear)',
    '^please? (do not|don\'t) (shout|yell|be rude|raise your voice|use that tone|swear)',
    '^please? (mind|watch) your (tone|language)',
  ],
  unless: ['calm down and'],
  rewrites: ['I can see how frustrating this is', 'I understand why this is upsetting'],
  examples: {
    flag: [
      { text: 'Please calm down.', becomes: 'I can see how frustrating this is.' },
      { text: "There's no need to shout.", becomes: 'I can see how frustrating this is.' },
      { text: 'Calm down, I will look at your order now.', becomes: 'I can see how frustrating this is, I will look at your order now.' },
    ],
    pass: ["Please don't worry, your data is safe.", "Don't panic, I've restored your notes.", 'Sit back and relax, the engineer will handle everything.', 'Once things calm down after the sale, the shipping times will drop.'],
  },
});
