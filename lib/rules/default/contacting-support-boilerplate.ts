import { defineRule } from '../define';

export default defineRule({
  id: 'contacting-support-boilerplate',
  kind: 'phrase',
  principle: 'interaction',
  severity: 'hint',
  message: 'Interaction: "Thank you for contacting Acme Support" is a script line; a short, personal thank-you sounds like someone is actually there.',
  patterns: [
    '^(thank you|thanks) (so much)? for (contacting|calling|emailing|choosing|writing to) .{0,3} (support|service|services|care|helpdesk|desk|department)',
  ],
  rewrites: ['Thanks for getting in touch', 'Thanks for writing in'],
  examples: {
    flag: [
      { text: 'Thank you for contacting Acme Customer Support.', becomes: 'Thanks for getting in touch.' },
      {
        text: 'Thank you for contacting the Help Desk about your login problem.',
        becomes: 'Thanks for getting in touch about your login problem.',
      },
    ],
    pass: ['Thanks for getting in touch, Maria!', 'Thank you for contacting us about this, and sorry for the wait.'],
  },
});
